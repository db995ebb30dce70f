#pragma once

// The output formats of `msklint what-if`: what a proposed change does to
// demand and capacity across the system, and to the findings. None decides
// anything: lint/what_if.h does.

#include <iosfwd>
#include <string>

#include "lint/what_if.h"

namespace msklint {

// "short by 88" or "fits (12 to spare)".
std::string capacity_verdict(double sent, double capacity);

void write_what_if_text(std::ostream& out, const WhatIfResult& result);
void write_what_if_markdown(std::ostream& out, const WhatIfResult& result);
void write_what_if_json(std::ostream& out, const WhatIfResult& result);

}  // namespace msklint
