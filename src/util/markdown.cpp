#include "util/markdown.h"

#include <algorithm>

#include "util/visible.h"

namespace msklint {

// Pathway text as Markdown text: on one line, with the characters Markdown
// would read as formatting, HTML or a table's cell border escaped (`>` and
// `!` mean something only where pathway text never starts a line or a link).
std::string markdown_text(std::string_view raw) {
  std::string escaped;
  for (const char c : visible(raw)) {  // control characters written out (util/visible.h)
    if (std::string_view("\\`*_[]<|#~&").find(c) != std::string_view::npos) {
      escaped += '\\';
      escaped += c;
    } else {
      escaped += c;
    }
  }
  return escaped;
}

// A code span that holds any text: the fence is longer than any run of
// backticks inside, and `|` is escaped because GFM tables split on it even
// within code.
std::string markdown_code(std::string_view raw) {
  std::string inner;
  std::size_t run = 0, longest = 0;
  for (const char c : visible(raw)) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
    if (c == '|') {
      inner += "\\|";
    } else {
      inner += c;
    }
  }
  const std::string fence(longest + 1, '`');
  const bool pad = !inner.empty() && (inner.front() == '`' || inner.back() == '`');
  return pad ? fence + ' ' + inner + ' ' + fence : fence + inner + fence;
}

}  // namespace msklint
