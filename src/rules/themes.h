#pragma once

// ARMA's themes, in the order of its guidance. Every rule belongs to one; the
// rules list, the docs and (later) the review report group findings by them.

#include <span>
#include <string_view>

namespace msklint {

struct Theme {
  std::string_view id;        // used in rule documents' front matter
  std::string_view title;     // for people
  std::string_view guidance;  // where in ARMA's guidance it comes from
};

std::span<const Theme> all_themes();
const Theme* find_theme(std::string_view id);

}  // namespace msklint
