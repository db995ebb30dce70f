#pragma once

// Parsing the small value languages of the pathway format: rates, durations
// and shares. Each returns nothing when the text does not fit.

#include <optional>
#include <string_view>

#include "model/pathway.h"

namespace msklint {

std::optional<Rate> parse_rate(std::string_view text);
std::optional<Duration> parse_duration(std::string_view text);
std::optional<double> parse_share(std::string_view text);
bool is_slug(std::string_view text);

}  // namespace msklint
