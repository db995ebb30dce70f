#pragma once

// Fingerprints tell the same finding apart across runs (SARIF's
// partialFingerprints, the JSON output), so a code-scanning alert stays one
// alert while the lines above it move. They hash what the finding is about,
// never where it is: the file's repository path, the rule, the subject, and
// how many findings of that file, rule and subject came before it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"
#include "model/finding.h"

namespace msklint {

// FNV-1a, 64 bits: a fixed algorithm, so the same text gives the same hash
// on every build and platform (std::hash promises neither).
std::uint64_t fnv1a_64(std::string_view bytes);

// One 16-hex-digit fingerprint per finding, in order.
std::vector<std::string> fingerprints(const Findings& findings);

// A file's fingerprints, counted over its findings and suppressed findings
// merged in position order, so waiving one finding does not shift the
// fingerprints of others with the same rule and subject.
struct FileFingerprints {
  std::vector<std::string> findings;    // one per report.findings
  std::vector<std::string> suppressed;  // one per report.suppressed
};
FileFingerprints fingerprints(const FileReport& report);

}  // namespace msklint
