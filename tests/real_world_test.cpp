// The four text rules on sentences quoted from real NHS and ICB policies
// (tests/fixtures/real-world/README.md): each clear sentence as an expert
// reader of ARMA expects, and recall and precision of at least 0.9 overall.

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "test_support.h"

using namespace msklint;
using namespace msklint::testing;

namespace {

const std::set<std::string> text_rules = {"bmi-threshold", "non-clinical-restriction", "gated-access",
                                          "dna-removal"};

struct Sentence {
  std::string id, text, place, expected, confidence;
};

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, separator)) fields.push_back(field);
  return fields;
}

std::vector<Sentence> sentences(const std::string& file) {
  std::istringstream lines(read_file(source_dir() / "tests/fixtures/real-world" / file));
  std::vector<Sentence> found;
  std::string line;
  std::getline(lines, line);  // the header
  while (std::getline(lines, line)) {
    const auto fields = split(line, '\t');
    REQUIRE(fields.size() >= 7);
    found.push_back({fields[0], fields[1], fields[3], fields[4], fields[5]});
  }
  return found;
}

// The minimal pathway score.py builds: the sentence in a service's criteria or
// on a route from general practice, with an emergency route and a discharge.
std::string fixture(const Sentence& sentence) {
  const auto colon = sentence.place.find(':');
  const std::string kind = sentence.place.substr(0, colon);
  const std::string type = sentence.place.substr(colon + 1);
  const std::string quoted = nlohmann::json(sentence.text).dump();
  std::string yaml =
      "pathway:\n  id: fixture\n  title: Fixture for one real sentence\nservices:\n"
      "  - id: gp\n    type: general-practice\n    entry: true\n";
  if (type == "general-practice") {
    return yaml + "    access:\n      criteria:\n        - " + quoted +
           "\n  - id: ed\n    type: emergency-department\n  - id: discharge\n    type: discharge\nroutes:\n"
           "  - {from: gp, to: ed, kind: emergency}\n  - {from: gp, to: discharge}\n  - {from: ed, to: discharge}\n";
  }
  if (type == "emergency-department") {
    return yaml +
           "  - id: ed\n    type: emergency-department\n  - id: discharge\n    type: discharge\nroutes:\n"
           "  - from: gp\n    to: ed\n    kind: emergency\n    requires:\n      - " + quoted +
           "\n  - {from: gp, to: discharge}\n  - {from: ed, to: discharge}\n";
  }
  yaml += "  - id: target\n    type: " + type + "\n";
  if (kind == "svc") yaml += "    access:\n      criteria:\n        - " + quoted + "\n";
  yaml += "  - id: ed\n    type: emergency-department\n  - id: discharge\n    type: discharge\nroutes:\n";
  const std::string route_kind = kind == "req-urgent" ? "urgent" : kind == "req-emergency" ? "emergency" : "referral";
  yaml += "  - from: gp\n    to: target\n    kind: " + route_kind + "\n";
  if (kind != "svc") yaml += "    requires:\n      - " + quoted + "\n";
  return yaml + "  - {from: gp, to: ed, kind: emergency}\n  - {from: target, to: discharge}\n"
                "  - {from: ed, to: discharge}\n";
}

struct Score {
  int true_positives = 0, false_positives = 0, false_negatives = 0;
  double recall() const { return static_cast<double>(true_positives) / std::max(1, true_positives + false_negatives); }
  double precision() const {
    return static_cast<double>(true_positives) / std::max(1, true_positives + false_positives);
  }
};

// Lints every sentence in its place; each clear one must give exactly its
// expected findings.
Score score(const std::vector<Sentence>& all) {
  Score total;
  for (const Sentence& sentence : all) {
    CAPTURE(sentence.id);
    CAPTURE(sentence.text);
    const FileReport report = lint_text(sentence.id + ".yaml", fixture(sentence));
    std::set<std::string> found;
    for (const Finding& finding : report.findings) {
      // The fixture must be read whole, or the test says nothing about the text.
      CHECK_MESSAGE((finding.rule != "schema" && finding.rule != "yaml-syntax" && finding.rule != "unknown-key"),
                    describe(report));
      if (text_rules.count(finding.rule)) found.insert(finding.rule);
    }
    std::set<std::string> expected;
    if (sentence.expected != "none") {
      for (const auto& rule : split(sentence.expected, ';')) expected.insert(rule);
    }
    for (const auto& rule : text_rules) {
      const bool want = expected.count(rule) > 0;
      const bool got = found.count(rule) > 0;
      total.true_positives += want && got;
      total.false_positives += !want && got;
      total.false_negatives += want && !got;
    }
    if (sentence.confidence == "clear") CHECK_MESSAGE(found == expected, describe(report));
  }
  return total;
}

}  // namespace

TEST_CASE("text rules on real NHS and ICB policy sentences") {
  const auto all = sentences("sentences.tsv");
  REQUIRE(all.size() == 45);
  const Score result = score(all);
  CAPTURE(result.recall());
  CAPTURE(result.precision());
  CHECK(result.recall() >= 0.9);
  CHECK(result.precision() >= 0.9);
}

TEST_CASE("text rules on further sentences gathered to check that the reading generalises") {
  const auto all = sentences("more-sentences.tsv");
  REQUIRE(all.size() >= 200);
  const Score result = score(all);
  CAPTURE(result.recall());
  CAPTURE(result.precision());
  CHECK(result.recall() >= 0.9);
  CHECK(result.precision() >= 0.9);
}
