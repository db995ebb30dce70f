#pragma once

#include <string>

namespace msklint {

// A JSON Schema (draft-07) of the pathway format, generated from read/format.h,
// for editors such as VS Code's YAML extension.
std::string pathway_json_schema();

}  // namespace msklint
