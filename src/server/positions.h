#pragma once

// Positions as the Language Server Protocol counts them. msklint's locations
// count characters (code points) from 1; LSP counts from 0 in the units the
// client and server agreed on: UTF-16 code units unless the client offers
// UTF-8 or UTF-32 (LSP 3.17 `positionEncoding`).

#include <span>
#include <string>
#include <string_view>

namespace msklint::server {

enum class PositionEncoding { utf8, utf16, utf32 };

// The name LSP gives the encoding: "utf-8", "utf-16", "utf-32".
std::string_view encoding_name(PositionEncoding encoding);

// The encoding to use, from the client's offer in order of its preference:
// UTF-32 or UTF-8 when offered first (they cost nothing to count), else
// UTF-16, which every client understands.
PositionEncoding choose_encoding(std::span<const std::string> offered);

// The LSP `character` of msklint's 1-based character column on `line`. A
// column past the line's end gives the line's end.
int lsp_character(std::string_view line, int column, PositionEncoding encoding);

// msklint's 1-based character column of an LSP `character` on `line`. One
// inside a character (half a surrogate pair, a byte within a UTF-8 sequence)
// counts as that character; one past the end gives the column after it.
int column_of(std::string_view line, int character, PositionEncoding encoding);

}  // namespace msklint::server
