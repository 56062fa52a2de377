# Read by cpack (CPACK_PROJECT_CONFIG_FILE) before it makes each package. CPack's DEB generator, when it
# finds no dpkg-shlibdeps, says "Using only user-provided dependencies" and makes a .deb without Qt or
# QtKeychain among its dependencies: stop with the fix instead.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    cmake_policy(PUSH)
    cmake_policy(SET CMP0109 NEW) # a program is what may be executed, as CPack's own search has it
    find_program(HERALD_DPKG_SHLIBDEPS dpkg-shlibdeps)
    cmake_policy(POP)
    if(NOT HERALD_DPKG_SHLIBDEPS)
        message(FATAL_ERROR "dpkg-shlibdeps is missing, so the .deb would not depend on the libraries Herald "
                            "links (Qt, QtKeychain): install it with `apt-get install dpkg-dev`.")
    endif()
endif()
