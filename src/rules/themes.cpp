#include "rules/themes.h"

#include <algorithm>
#include <array>

namespace msklint {

namespace {

constexpr std::array themes{
    Theme{"coproduction", "Co-production", "Key messages 2023, section 1"},
    Theme{"msk-services", "MSK services", "Key messages 2023, section 2"},
    Theme{"wider-access", "Wider access to services", "Key messages 2023, section 3"},
    Theme{"workforce-and-funding", "Workforce and funding", "Key messages 2023, section 4"},
    Theme{"health-equalities", "Health equalities", "Key messages 2023, section 5"},
    Theme{"barriers-to-access", "Barriers to access", "Key messages 2023, section 6"},
    Theme{"icb-leadership", "ICB leadership", "ICB report 2024"},
    Theme{"structure", "Pathway structure and file format", "msklint's pathway format"},
};

}  // namespace

std::span<const Theme> all_themes() { return themes; }

const Theme* find_theme(std::string_view id) {
  const auto it = std::find_if(themes.begin(), themes.end(), [&](const Theme& theme) { return theme.id == id; });
  return it == themes.end() ? nullptr : &*it;
}

}  // namespace msklint
