#pragma once

// `msklint what-if`: proposed changes applied in memory (never to the files)
// and their knock-on across the system: each service's demand against its
// capacity before and after, and the findings the change adds or clears
// (docs/capacity.md, "What if").

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lint/lint.h"
#include "model/pathway.h"
#include "read/limits.h"

namespace msklint {

// One proposed change: `--scale ID=FACTOR` or `--set ID.KEY=VALUE`.
struct Change {
  enum class Kind { scale, set };
  Kind kind = Kind::scale;
  std::string owner;    // pathway or system id; empty until resolved
  std::string service;  // service id
  std::string key;      // throughput (scale) | capacity | throughput
  double factor = 1;    // scale
  Rate rate;            // set
  std::string written;  // as given, for messages
};

// Reads "ortho=+30%", "ortho=1.3", "hip-knee/ortho=-10%"; nothing, with
// `error` set, when it does not fit.
std::optional<Change> parse_scale(const std::string& text, std::string& error);
// Reads "rehab.capacity=350/month", "hip-knee/ortho.throughput=260/month".
std::optional<Change> parse_set(const std::string& text, std::string& error);

// A service with a capacity, before and after.
struct CapacityChange {
  std::string owner;    // pathway id, or the system's id for a shared service
  std::string service;  // service id
  std::string name;     // display name
  bool shared = false;  // a system's shared service: demand summed across its pathways
  double capacity = 0;  // people a month, after the change
  double capacity_before = 0;
  double before = 0;    // sent a month
  double after = 0;
  bool over_before = false;
  bool over_after = false;
  // What the change does to it, decided here so every format says the same:
  bool changed = false;            // the people sent or the capacity, counted whole, differ
  bool shortfall_changed = false;  // over capacity before and after, by a different number of people
  // Worth a line in the meeting: its demand or capacity changes, it is (or
  // was) over capacity, or it is shared across pathways.
  bool notable = false;
};

struct WhatIfResult {
  std::vector<Change> changes;          // resolved
  std::vector<std::string> described;   // "hip-knee/orthopaedics throughput 200 -> 260 a month"
  std::vector<CapacityChange> capacity;
  Findings added;    // findings after the change that were not there before
  Findings cleared;  // findings before the change that are gone after it
  bool worse = false;  // a new or deeper shortfall, or a new error: exit 1
};

// The files to judge (pathways and system files; their systems are added),
// with each file's rule settings from `settings_for`. Throws ConfigError
// for a change that names no service, an ambiguous one, or a service with
// nothing to scale.
WhatIfResult what_if(const std::vector<std::string>& files, std::vector<Change> changes, const Limits& limits,
                     const std::function<const RuleSettings&(const std::string&)>& settings_for,
                     std::optional<std::chrono::year_month_day> today);

}  // namespace msklint
