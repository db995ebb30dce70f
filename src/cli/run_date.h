#pragma once

// The day a run judges dates on and writes on its notes.

#include <chrono>
#include <optional>
#include <string>

namespace msklint {

// The report's date: `given` when set (checked), else the date of
// SOURCE_DATE_EPOCH (seconds since 1970, UTC) when that is set, else today.
// Returns nothing, with `error` set, when `given` or SOURCE_DATE_EPOCH is not usable.
std::optional<std::string> run_date(const std::string& given, const char* source_date_epoch, std::string& error);

// The same as a calendar day, with SOURCE_DATE_EPOCH from the environment.
std::optional<std::chrono::year_month_day> run_day(const std::string& given, std::string& error);

}  // namespace msklint
