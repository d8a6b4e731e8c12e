# The one place that says how every target of the project is compiled.
add_library(oversight_options INTERFACE)
add_library(Oversight::options ALIAS oversight_options)

target_compile_features(oversight_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(oversight_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${OVERSIGHT_WERROR}>:-Werror>)

target_compile_definitions(oversight_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# oversight_add_test(NAME LABEL label SOURCES ... LIBS ...)
# One Qt Test executable, registered with CTest, run offscreen, with the test data folder compiled in.
function(oversight_add_test name)
    cmake_parse_arguments(ARG "" "LABEL" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE oversight_options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        OVERSIGHT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        OVERSIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()

# AddressSanitizer + UBSan for every target (CI builds the suite once this way, with clang). UBSan stops at
# the first finding, so a test fails rather than printing and carrying on.
if(OVERSIGHT_SANITIZE)
    target_compile_options(oversight_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(oversight_options INTERFACE -fsanitize=address,undefined)
endif()
# libFuzzer: every target is built with the fuzzer's coverage instrumentation; tests/fuzz links the engine.
if(OVERSIGHT_FUZZ)
    target_compile_options(oversight_options INTERFACE -fsanitize=fuzzer-no-link)
endif()
