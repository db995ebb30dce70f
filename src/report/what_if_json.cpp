#include <ostream>

#include <nlohmann/json.hpp>

#include "model/severity.h"
#include "report/what_if_report.h"

namespace msklint {

namespace {

using json = nlohmann::ordered_json;

json findings_json(const Findings& findings) {
  json list = json::array();
  for (const Finding& finding : findings) {
    list.push_back({{"file", finding.file},
                    {"line", finding.at.line},
                    {"column", finding.at.column},
                    {"rule", finding.rule},
                    {"severity", finding.severity ? std::string(to_string(*finding.severity)) : "error"},
                    {"subject", finding.subject},
                    {"message", finding.message}});
  }
  return list;
}

}  // namespace

void write_what_if_json(std::ostream& out, const WhatIfResult& result) {
  json changes = json::array();
  for (std::size_t i = 0; i < result.changes.size(); ++i) {
    const Change& change = result.changes[i];
    json item = {{"given", change.written},
                 {"pathway_or_system", change.owner},
                 {"service", change.service},
                 {"key", change.key},
                 {"described", i < result.described.size() ? result.described[i] : ""}};
    if (change.kind == Change::Kind::scale) {
      item["factor"] = change.factor;
    } else {
      item["per_month"] = change.rate.per_month();
    }
    changes.push_back(std::move(item));
  }
  json capacity = json::array();
  for (const CapacityChange& row : result.capacity) {
    capacity.push_back({{"pathway_or_system", row.owner},
                        {"service", row.service},
                        {"name", row.name},
                        {"shared", row.shared},
                        {"capacity_per_month_before", row.capacity_before},
                        {"capacity_per_month", row.capacity},
                        {"sent_per_month_before", row.before},
                        {"sent_per_month_after", row.after},
                        {"over_capacity_before", row.over_before},
                        {"over_capacity_after", row.over_after}});
  }
  const json document = {{"changes", std::move(changes)},
                         {"capacity", std::move(capacity)},
                         {"added", findings_json(result.added)},
                         {"cleared", findings_json(result.cleared)},
                         {"worse", result.worse}};
  out << document.dump(2) << '\n';
}

}  // namespace msklint
