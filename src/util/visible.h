#pragma once

// Text from a pathway (or a path, or a configuration) made safe to show a
// person. A terminal or a CI log obeys control characters: ESC starts colour,
// cursor and window-title sequences, a newline lets a message forge a line of
// its own (which GitHub Actions reads as a workflow command), and the Unicode
// bidirectional controls reorder what is shown. Every human-facing output
// passes pathway text through here first, so such characters are shown as
// escapes people can read, never obeyed.

#include <iosfwd>
#include <string>
#include <string_view>

namespace msklint {

enum class Tabs { escape, keep };

// `text` with each character a terminal or viewer would act on written out:
//   C0 controls and DEL   \e \n \r \t \a \b \f \v \0, else \xNN
//   C1 controls           \xNN as the code point (U+0080..U+009F: \u009b)
//   bidirectional controls, line and paragraph separators   U+202E
//   malformed UTF-8       \xNN for each byte that is not part of a character
// Everything else, including a backslash, is kept. `Tabs::keep` keeps tabs
// (a source line shown under a caret keeps its layout).
std::string visible(std::string_view text, Tabs tabs = Tabs::escape);

// `out << shown(text)` writes visible(text), copying only text that needs
// escapes: reports write every finding's message, source line and advice.
struct Shown {
  std::string_view text;
  Tabs tabs;
};
inline Shown shown(std::string_view text, Tabs tabs = Tabs::escape) { return {text, tabs}; }
std::ostream& operator<<(std::ostream& out, const Shown& shown);

// True when `text` holds nothing visible() would change.
bool is_visible(std::string_view text, Tabs tabs = Tabs::escape);

// The number of characters `visible(text, tabs)` shows (tabs count as one).
std::size_t visible_width(std::string_view text, Tabs tabs = Tabs::escape);

}  // namespace msklint
