# Unit tests live beside the code they test (src/**/*_test.cpp); fixture and
# CLI tests live in tests/. One doctest binary runs them all.
file(GLOB_RECURSE unit_tests CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/*_test.cpp)
file(GLOB test_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/*.cpp)
add_executable(msklint_tests ${unit_tests} ${test_sources})
target_link_libraries(msklint_tests PRIVATE msklint_core doctest::doctest)
target_include_directories(msklint_tests PRIVATE ${CMAKE_SOURCE_DIR}/tests ${CMAKE_SOURCE_DIR})  # tests/..., fuzz/pipeline.h
target_compile_definitions(msklint_tests PRIVATE
  MSKLINT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  MSKLINT_BINARY="$<TARGET_FILE:msklint>")
add_dependencies(msklint_tests msklint)

include(doctest)
doctest_discover_tests(msklint_tests
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
  PROPERTIES TIMEOUT 120)

# The JSON Schema and the reader must agree on every example and fixture.
add_test(NAME schema_agrees_with_reader
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_schema.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
set_tests_properties(schema_agrees_with_reader PROPERTIES TIMEOUT 900)

# The machine-readable reports must be what their readers accept: SARIF valid
# against the OASIS schema (skipped where ../shared/schemas is absent), JUnit
# well-formed XML (skipped without xmllint).
add_test(NAME sarif_validates_against_schema
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_sarif.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
add_test(NAME junit_is_well_formed
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_junit.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
set_tests_properties(sarif_validates_against_schema junit_is_well_formed PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)

# The official YAML test suite (../shared/yaml-test-suite, skipped where it is
# absent): every input ends promptly with findings, and every must-fail input
# yaml-cpp rejects gives a located yaml-syntax finding. yaml_cpp_accepts is
# yaml-cpp's own verdict (docs/hardening.md).
add_executable(yaml_cpp_accepts ${CMAKE_SOURCE_DIR}/tests/tools/yaml_cpp_accepts.cpp)
target_link_libraries(yaml_cpp_accepts PRIVATE yaml-cpp)
add_test(NAME yaml_test_suite
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/yaml_test_suite.py
          $<TARGET_FILE:msklint> $<TARGET_FILE:yaml_cpp_accepts> ${CMAKE_SOURCE_DIR})
set_tests_properties(yaml_test_suite PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77)

# The pre-commit hook as docs/ci.md sets it up, end to end (Debian: pre-commit, git).
add_test(NAME pre_commit_hook
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_pre_commit.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
set_tests_properties(pre_commit_hook PROPERTIES TIMEOUT 300)

# The review notes printed to PDF by Debian's headless Chromium, as a
# consultant prints them: page numbers, contents, at most two pages a pathway
# for a board with no file:line or rule id, lanes and problems on the pictures.
add_test(NAME notes_print_for_a_board
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_print.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
set_tests_properties(notes_print_for_a_board PROPERTIES TIMEOUT 600)

# ctest runs each test case by name, and CMake cuts a name at ';': such a
# test case would run nothing and pass. None may have one.
add_test(NAME test_case_names_reach_ctest
  COMMAND /usr/bin/python3 -c "import pathlib, re, sys; bad = [m for p in pathlib.Path('${CMAKE_SOURCE_DIR}').glob('*/**/*.cpp') if 'build' not in p.parts[len(pathlib.Path('${CMAKE_SOURCE_DIR}').parts):][:1][0] for m in re.findall(r'TEST_CASE[(]\"([^\"]*;[^\"]*)\"', p.read_text(errors='replace'))]; print(*bad, sep='\\n'); sys.exit(1 if bad else 0)")

# The language server driven over its standard input and output as an editor
# drives it (tests/check_server.py), and by a real editor: Neovim's built-in
# LSP client, headless (tests/check_neovim.py).
add_test(NAME server_scripted_client
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_server.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
add_test(NAME server_in_neovim
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_neovim.py $<TARGET_FILE:msklint> ${CMAKE_SOURCE_DIR})
set_tests_properties(server_scripted_client server_in_neovim PROPERTIES TIMEOUT 300)

# Small files shaped to make a linter work hard (tests/hostile_shapes.py),
# each in every output format: exit 0 or 1, bounded memory, output linear in
# the input. The Release build's 2-second bound is bench/hostile_shapes.sh's.
add_test(NAME hostile_shapes
  COMMAND /usr/bin/python3 ${CMAKE_SOURCE_DIR}/tests/check_hostile_shapes.py $<TARGET_FILE:msklint>)
set_tests_properties(hostile_shapes PROPERTIES TIMEOUT 1500)
