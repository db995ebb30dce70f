#include "cli/run_date.h"

#include <charconv>
#include <ctime>

#include <fmt/format.h>

#include "read/values.h"

namespace msklint {

namespace {

std::string iso_date(std::chrono::year_month_day day) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                     static_cast<unsigned>(day.day()));
}

}  // namespace

std::optional<std::string> run_date(const std::string& given, const char* source_date_epoch, std::string& error) {
  using namespace std::chrono;
  if (!given.empty()) {
    if (parse_iso_date(given)) return given;
    error = fmt::format("--date '{}' is not a date written as YYYY-MM-DD (e.g. 2026-01-01)", given);
    return std::nullopt;
  }
  if (source_date_epoch != nullptr && source_date_epoch[0] != '\0') {
    // https://reproducible-builds.org/specs/source-date-epoch/: seconds since
    // 1970 in UTC; a value that is not a number is an error, not ignored.
    const std::string_view text = source_date_epoch;
    long long seconds = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), seconds);
    if (failure != std::errc() || end != text.data() + text.size() || seconds < 0) {
      error = fmt::format("SOURCE_DATE_EPOCH '{}' is not a number of seconds since 1970", text);
      return std::nullopt;
    }
    const auto day = year_month_day{floor<days>(sys_seconds{std::chrono::seconds{seconds}})};
    if (!day.ok()) {
      error = fmt::format("SOURCE_DATE_EPOCH '{}' is out of range", text);
      return std::nullopt;
    }
    return iso_date(day);
  }
  // Today where the person running it is.
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return fmt::format("{:04}-{:02}-{:02}", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::optional<std::chrono::year_month_day> run_day(const std::string& given, std::string& error) {
  const auto date = run_date(given, std::getenv("SOURCE_DATE_EPOCH"), error);
  if (!date) return std::nullopt;
  return parse_iso_date(*date);
}

}  // namespace msklint
