#pragma once

namespace msklint {

// A place in a source file. Both numbers are 1-based; 0 means "not known"
// (for example a finding about the file as a whole).
struct Location {
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
  friend bool operator==(const Location&, const Location&) = default;
  friend auto operator<=>(const Location&, const Location&) = default;
};

}  // namespace msklint
