#include "report/fingerprint.h"

#include <cstdint>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "util/paths.h"

namespace msklint {

std::uint64_t fnv1a_64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char byte : bytes) {
    hash ^= static_cast<unsigned char>(byte);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::vector<std::string> fingerprints(const Findings& findings) {
  std::map<std::string, std::string> repository_paths;  // file -> repository path; each looked up once
  std::map<std::tuple<std::string, std::string, std::string>, int> seen;  // (file, rule, subject) -> count
  std::vector<std::string> prints;
  prints.reserve(findings.size());
  for (const Finding& finding : findings) {
    auto [path, fresh] = repository_paths.try_emplace(finding.file);
    if (fresh) path->second = repository_path(finding.file);
    const int ordinal = seen[{finding.file, finding.rule, finding.subject}]++;
    std::string key = path->second;
    key += '\0';
    key += finding.rule;
    key += '\0';
    key += finding.subject;
    key += '\0';
    key += std::to_string(ordinal);
    prints.push_back(fmt::format("{:016x}", fnv1a_64(key)));
  }
  return prints;
}

FileFingerprints fingerprints(const FileReport& report) {
  // The order lint sorts both lists by; merging keeps it.
  const auto before = [](const Finding& a, const Finding& b) {
    return std::tie(a.at, a.rule, a.message) < std::tie(b.at, b.rule, b.message);
  };
  Findings merged;
  std::vector<bool> is_suppressed;
  std::size_t f = 0;
  std::size_t s = 0;
  while (f < report.findings.size() || s < report.suppressed.size()) {
    const bool take_suppressed = f == report.findings.size() ||
                                 (s < report.suppressed.size() && before(report.suppressed[s], report.findings[f]));
    merged.push_back(take_suppressed ? report.suppressed[s++] : report.findings[f++]);
    is_suppressed.push_back(take_suppressed);
  }
  std::vector<std::string> prints = fingerprints(merged);
  FileFingerprints result;
  for (std::size_t i = 0; i < prints.size(); ++i) {
    (is_suppressed[i] ? result.suppressed : result.findings).push_back(std::move(prints[i]));
  }
  return result;
}

}  // namespace msklint
