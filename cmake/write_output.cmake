# cmake -DPROGRAM=... -DARGS="a;b" -DOUTPUT=file -P write_output.cmake
# Runs PROGRAM with ARGS and writes what it prints to OUTPUT; fails if it fails.
execute_process(COMMAND ${PROGRAM} ${ARGS} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE ${OUTPUT})
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}")
endif()
