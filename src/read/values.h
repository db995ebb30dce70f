#pragma once

// Parsing the small value languages of the pathway format: rates, durations
// shares and dates. Each returns nothing when the text does not fit.

#include <chrono>
#include <optional>
#include <string_view>

#include "model/pathway.h"

namespace msklint {

std::optional<Rate> parse_rate(std::string_view text);
std::optional<Duration> parse_duration(std::string_view text);
std::optional<double> parse_share(std::string_view text);
bool is_slug(std::string_view text);
// The longest id the format takes: far more than any name a person writes,
// and short enough that an id is never a workload (quoted in messages,
// compared for did-you-mean, drawn in pictures).
inline constexpr std::size_t max_id_length = 100;
// "2026-01-01" as a calendar date; nothing for other text or a day the
// calendar does not have.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

}  // namespace msklint
