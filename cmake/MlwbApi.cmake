# SPDX-License-Identifier: GPL-3.0-or-later
# Thin wrappers (modelled on Qt Creator's add_qtc_*) so each module's CMakeLists stays short
# and the dependency direction is enforced by what each target links.

set(MLWB_WARNINGS -Wall -Wextra -Wno-missing-field-initializers)

# wb_add_library(<name> SOURCES ... [DEPENDS public-targets...] [PRIVATE_DEPENDS targets...])
function(wb_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
    target_compile_options(${name} PRIVATE ${MLWB_WARNINGS})
endfunction()

# wb_add_test(<name> SOURCES ... [DEPENDS targets...] [LABELS unit|gui|docker|bench|packaging] [TIMEOUT s])
function(wb_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPENDS;LABELS;ARGS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_DEPENDS})
    target_compile_options(${name} PRIVATE ${MLWB_WARNINGS})
    target_compile_definitions(${name} PRIVATE
        MLWB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MLWB_SHARED_DIR="${MLWB_SHARED_DIR}"
        MLWB_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name} ${ARG_ARGS})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLWB_CLI=$<TARGET_FILE:mlwb-cli>")
endfunction()

# wb_add_benchmark(<name> SOURCES ... DEPENDS ...): a program that prints its figures; run by
# CTest (label bench) with --short so CI stays quick; run by hand without it for full sizes.
function(wb_add_benchmark name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPENDS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_DEPENDS})
    target_compile_options(${name} PRIVATE ${MLWB_WARNINGS})
    target_compile_definitions(${name} PRIVATE
        MLWB_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        MLWB_SHARED_DIR="${MLWB_SHARED_DIR}")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    add_test(NAME ${name} COMMAND ${name} --short)
    set_tests_properties(${name} PROPERTIES LABELS bench TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MLWB_CLI=$<TARGET_FILE:mlwb-cli>")
endfunction()

# wb_add_plugin(<name> SOURCES ... [DEPENDS targets...] JSON <metadata.json>
#               [OUTPUT_DIRECTORY dir] [NO_INSTALL])
# A Qt plugin (MODULE library) whose Q_PLUGIN_METADATA names the JSON file. Built into
# ${PROJECT_BINARY_DIR}/plugins (where PluginManager looks in a build tree) and installed to
# lib/mlwb/plugins (where it looks next to an installed bin/mlwb). Test plugins pass their own
# OUTPUT_DIRECTORY and NO_INSTALL so the app never loads them.
function(wb_add_plugin name)
    cmake_parse_arguments(ARG "NO_INSTALL" "JSON;OUTPUT_DIRECTORY" "SOURCES;DEPENDS" ${ARGN})
    if(NOT ARG_JSON)
        message(FATAL_ERROR "wb_add_plugin(${name}): JSON <metadata file> is required")
    endif()
    if(NOT ARG_OUTPUT_DIRECTORY)
        set(ARG_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/plugins)
    endif()
    add_library(${name} MODULE ${ARG_SOURCES} ${ARG_JSON})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE Qt6::Core ${ARG_DEPENDS})
    target_compile_options(${name} PRIVATE ${MLWB_WARNINGS})
    target_compile_definitions(${name} PRIVATE QT_PLUGIN)
    set_target_properties(${name} PROPERTIES
        PREFIX "lib"
        LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
    if(NOT ARG_NO_INSTALL)
        install(TARGETS ${name} LIBRARY DESTINATION lib/mlwb/plugins)
    endif()
endfunction()
