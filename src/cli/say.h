#pragma once

// Messages to the person running msklint, on standard error. They quote
// paths, ids and text from files and the command line, so what they quote is
// written out visibly (util/visible.h), never passed to the terminal raw.

#include <iostream>
#include <string_view>

#include "util/visible.h"

namespace msklint {

// "msklint: MESSAGE" on a line of its own.
inline void say(std::string_view message) { std::cerr << "msklint: " << visible(message) << '\n'; }

// A line of its own, without the "msklint: " prefix (a list under a message).
inline void say_line(std::string_view line) { std::cerr << visible(line) << '\n'; }

}  // namespace msklint
