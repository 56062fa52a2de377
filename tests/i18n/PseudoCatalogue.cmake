# cmake -DLUPDATE=… -DLRELEASE=… -DSOURCES_LIST=… -DTS=… -DQM=… -DMARK=… -P PseudoCatalogue.cmake
# A fresh .ts of every translatable sentence in the listed sources, compiled with each sentence translated
# as MARK + its English text. lupdate's output (it notes every non-QObject class that calls a tr() helper)
# is shown only when a step fails. The timeout turns a parser hang of lupdate into a build error.
file(REMOVE ${TS} ${QM})
execute_process(COMMAND ${LUPDATE} -silent -locations none @${SOURCES_LIST} -ts ${TS}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 120)
if(NOT rc EQUAL 0 OR NOT EXISTS ${TS})
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
endif()
execute_process(COMMAND ${LRELEASE} -silent -markuntranslated ${MARK} ${TS} -qm ${QM}
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 120)
if(NOT rc EQUAL 0 OR NOT EXISTS ${QM})
    message(FATAL_ERROR "lrelease failed (${rc}):\n${out}")
endif()
