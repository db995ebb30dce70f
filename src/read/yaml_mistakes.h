#pragma once

// Why a file is not valid YAML, in a commissioner's words (used by
// read/yaml_tree.cpp when the parser stops, and by the reader when text was
// read as a mapping).

#include <optional>
#include <string>
#include <string_view>

namespace msklint {

// Plain-words explanation of a yaml-cpp parser message, with a hint.
struct SyntaxExplanation {
  std::string message;
  std::string hint;
};
SyntaxExplanation explain_syntax_error(const std::string& parser_message);

// The likely cause of a syntax error, read from the error's line alone when
// it shows one of the usual mistakes: text holding ': ' left unquoted
// ("criteria: Adults only: no children"), or an apostrophe inside single
// quotes ('St John's'). `at` is the byte offset of the error in `line`.
// Linear in the line's length.
std::optional<SyntaxExplanation> explain_syntax_cause(std::string_view line, std::size_t at,
                                                      const std::string& parser_message);

// `text` as YAML double-quoted text, escaped and cut (with "...") to a
// length a hint can show: how a suggestion to quote a value writes it.
std::string quoted_suggestion(std::string_view text);

}  // namespace msklint
