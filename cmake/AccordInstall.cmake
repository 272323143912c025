# Installs the libraries, their headers and a CMake package, so that a user project can write
# find_package(accord) and link accord::schema, accord::sigv4, ...
include(CMakePackageConfigHelpers)

get_property(accord_libraries GLOBAL PROPERTY ACCORD_LIBRARIES)
install(TARGETS ${accord_libraries} EXPORT accordTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/accord DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT accordTargets NAMESPACE accord::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/accord)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/accordConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/accordConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/accord)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/accordConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/accordConfig.cmake
              ${PROJECT_BINARY_DIR}/accordConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/accord)
