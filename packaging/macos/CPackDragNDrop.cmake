# macOS: Herald.app in a DMG with a link to /Applications. macdeployqt copies Qt's frameworks and plugins
# into the bundle at install time, before CPack images it; -executable= points herald-cli and
# herald-sandbox (installed into Herald.app/Contents/MacOS by app/CMakeLists.txt) at the same frameworks.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Herald")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "Herald-${PROJECT_VERSION}") # as the README names it
set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/packaging/macos/herald.icns")
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" "${Qt6_DIR}/../../../bin")
if(MACDEPLOYQT_EXECUTABLE)
    install(CODE "execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${CMAKE_INSTALL_PREFIX}/Herald.app\"
        \"-executable=\${CMAKE_INSTALL_PREFIX}/Herald.app/Contents/MacOS/herald-cli\"
        \"-executable=\${CMAKE_INSTALL_PREFIX}/Herald.app/Contents/MacOS/herald-sandbox\"
        -always-overwrite
        COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "macdeployqt not found: the DMG will not carry Qt")
endif()
