#pragma once

// The pipeline for one file: bytes -> located YAML tree -> model -> graph ->
// findings. Nothing here prints.

#include <string>

#include "model/finding.h"
#include "read/limits.h"
#include "read/source.h"

namespace msklint {

struct FileReport {
  SourceText source;  // for showing the lines findings point at
  Findings findings;  // severity filled in, sorted by position
};

FileReport lint_file(const std::string& path, const Limits& limits);
FileReport lint_bytes(std::string path, std::string bytes, const Limits& limits);

}  // namespace msklint
