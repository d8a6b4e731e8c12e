# Fails when a visible string of core, ui or app has no Simplified Chinese translation.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/oversight_zh_CN.ts")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h,ui
            core ui app -ts "${copy}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<(extra)?comment>[^<]*</(extra)?comment>[^<]*)*<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REGEX REPLACE "<translation type=\"unfinished\"|<(extra)?comment>[^<]*</(extra)?comment>|\n *|</?source>" "" text "${missing}")
    string(REPLACE ";" "\n  " text "${text}")
    message(FATAL_ERROR "${count} string(s) have no Chinese translation. Run the update_translations target, "
                        "translate them in translations/oversight_zh_CN.ts and commit it:\n  ${text}")
endif()
string(REGEX MATCHALL "<message" all "${ts}")
list(LENGTH all total)
message(STATUS "all ${total} strings are translated")
