#include "server/framing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

#include <fmt/format.h>

namespace msklint::server {

namespace {

// One header line without its "\r\n"; nothing at the end of the stream
// (then `partial` says whether part of a line was read) or past
// max_header_line (then `too_long` is set).
std::optional<std::string> header_line(std::istream& in, bool& too_long, bool& partial) {
  std::string line;
  char c = 0;
  while (in.get(c)) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    }
    if (line.size() >= max_header_line) {
      too_long = true;
      return std::nullopt;
    }
    line += c;
  }
  partial = !line.empty();
  return std::nullopt;
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

Incoming malformed(std::string why) {
  Incoming incoming;
  incoming.status = Incoming::Status::malformed;
  incoming.error = std::move(why);
  return incoming;
}

}  // namespace

Incoming read_message(std::istream& in, std::size_t max_body) {
  std::optional<std::size_t> length;
  bool any_header = false;
  for (;;) {
    bool too_long = false;
    bool partial = false;
    const auto line = header_line(in, too_long, partial);
    if (too_long) return malformed(fmt::format("a header line is longer than {} bytes", max_header_line));
    if (!line) return any_header || partial ? malformed("the stream ended inside a message's header") : Incoming{};
    if (line->empty()) {
      if (!any_header) continue;  // blank lines between messages are tolerated
      break;
    }
    any_header = true;
    const auto colon = line->find(':');
    if (colon == std::string::npos) return malformed("a header line has no ':'");
    const std::string_view name = std::string_view(*line).substr(0, colon);
    std::string_view value = std::string_view(*line).substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (!same_name(name, "Content-Length")) continue;
    std::size_t parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size() || value.empty()) {
      return malformed("Content-Length is not a number");
    }
    length = parsed;
  }
  if (!length) return malformed("a message has no Content-Length");
  if (*length > max_body) return malformed(fmt::format("a message of {} bytes is larger than {}", *length, max_body));
  Incoming incoming;
  incoming.status = Incoming::Status::message;
  incoming.body.resize(*length);
  in.read(incoming.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in.gcount()) != *length) return malformed("the stream ended inside a message");
  return incoming;
}

void write_message(std::ostream& out, std::string_view body) {
  out << "Content-Length: " << body.size() << "\r\n\r\n" << body;
  out.flush();
}

}  // namespace msklint::server
