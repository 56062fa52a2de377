# Project-wide settings carried by one INTERFACE target (cf. qBittorrent CommonConfig.cmake).
add_library(herald_common INTERFACE)
target_compile_features(herald_common INTERFACE cxx_std_20)
target_compile_definitions(herald_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    HERALD_VERSION="${PROJECT_VERSION}"
    HERALD_QTKEYCHAIN_VERSION="${Qt6Keychain_VERSION}")
if(MSVC)
    # The sources are UTF-8 (e.g. "—" in strings); /permissive- for standard C++ name lookup.
    target_compile_options(herald_common INTERFACE /W4 /permissive- /utf-8)
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE /WX)
    endif()
    if(HERALD_SANITIZE)
        target_compile_options(herald_common INTERFACE /fsanitize=address)
    endif()
else()
    target_compile_options(herald_common INTERFACE -Wall -Wextra -Wpedantic)
    if(HERALD_WERROR)
        target_compile_options(herald_common INTERFACE -Werror)
    endif()
    if(HERALD_SANITIZE)
        target_compile_options(herald_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(herald_common INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# herald_add_test(NAME tst_x SOURCES a.cpp LIBS herald_core [ENVIRONMENT k=v ...] [TIMEOUT s])
# One test executable per test class, registered with ctest under the offscreen platform.
function(herald_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE herald_common Qt6::Test ${T_LIBS})
    # QT_QPA_PLATFORM=offscreen (below) puts GUI tests on the offscreen platform; GUI-less ones ignore it.
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENVIRONMENT}")
endfunction()
