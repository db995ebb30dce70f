// The schema editors read (`msklint schema`) speaks to a person: each key and
// each word says what it means, a pattern error says what to write, and
// completion offers neither `<<` nor `null`.

#include "read/json_schema.h"

#include <doctest/doctest.h>

#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "read/format.h"

using nlohmann::json;
using namespace msklint;

namespace {

// Calls `visit` on every schema object, however deep: the maps of
// `properties` are walked through, not visited (their keys are key names).
void each_object(const json& node, const std::function<void(const json&)>& visit) {
  if (node.is_array()) {
    for (const json& child : node) each_object(child, visit);
    return;
  }
  if (!node.is_object()) return;
  visit(node);
  for (const auto& [key, child] : node.items()) {
    if (key == "properties" || key == "patternProperties") {
      for (const auto& [name, property] : child.items()) each_object(property, visit);
    } else if (child.is_object() || child.is_array()) {
      each_object(child, visit);
    }
  }
}

const json& schema() {
  static const json parsed = json::parse(pathway_json_schema());
  return parsed;
}

}  // namespace

TEST_CASE("format: every word of every vocabulary says what it means") {
  for (const format::Vocabulary* vocabulary :
       {&format::service_types, &format::settings, &format::conditions, &format::ages, &format::delivery_modes,
        &format::offers, &format::route_kinds, &format::did_not_attend_actions, &format::measures}) {
    CAPTURE(vocabulary->name);
    REQUIRE(vocabulary->meanings.size() == vocabulary->words.size());
    std::set<std::string_view> distinct;
    for (const std::string_view meaning : vocabulary->meanings) {
      CHECK(meaning.size() > 3);
      CHECK(meaning.back() == '.');
      distinct.insert(meaning);
    }
    CHECK(distinct.size() == vocabulary->meanings.size());
  }
}

TEST_CASE("schema: each word offered comes with its meaning") {
  int enums = 0;
  each_object(schema(), [&](const json& node) {
    if (!node.contains("enum")) return;
    ++enums;
    REQUIRE(node.contains("markdownEnumDescriptions"));
    CHECK(node["markdownEnumDescriptions"].size() == node["enum"].size());
    CHECK(node["enumDescriptions"] == node["markdownEnumDescriptions"]);
  });
  CHECK(enums >= 9);
  // The service types no longer share one text.
  const json& type = schema()["else"]["properties"]["services"]["items"]["else"]["properties"]["type"];
  REQUIRE(type.contains("markdownEnumDescriptions"));
  CHECK(type["markdownEnumDescriptions"][0] ==
        "General practice: the GP surgery, where many people first go with an MSK problem.");
}

TEST_CASE("schema: every key has a description for people, and a pattern error says what to write") {
  int keys = 0;
  int patterns = 0;
  each_object(schema(), [&](const json& node) {
    if (node.contains("properties")) {
      for (const auto& [name, property] : node["properties"].items()) {
        CAPTURE(name);
        ++keys;
        CHECK(property.contains("description"));
        CHECK(property.contains("markdownDescription"));
      }
    }
    if (node.contains("pattern")) {
      ++patterns;
      REQUIRE(node.contains("patternErrorMessage"));
      const std::string advice = node["patternErrorMessage"];
      CHECK(advice.starts_with("Write "));
      CHECK(advice.find('\\') == std::string::npos);  // no regular expression quoted at people
      CHECK(advice.find('^') == std::string::npos);
    }
  });
  CHECK(keys > 50);
  CHECK(patterns >= 6);
  const json& wait =
      schema()["else"]["properties"]["services"]["items"]["else"]["properties"]["access"]["anyOf"][0]["properties"]["wait"];
  CHECK(wait["anyOf"][0]["patternErrorMessage"] == "Write a duration such as '6 weeks', '3 working days' or 'same day'.");
  CHECK(wait["markdownDescription"] ==
        "Target wait, e.g. \"6 weeks\".\n\nA duration such as `6 weeks`, `3 working days` or `same day`.");
}

TEST_CASE("schema: completion offers neither the merge key << nor null, and no title doubles the hover") {
  each_object(schema(), [&](const json& node) {
    if (node.contains("properties")) CHECK_FALSE(node["properties"].contains("<<"));
    if (node.contains("type")) {
      const json& type = node["type"];
      const bool null_type = type == "null" || (type.is_array() && std::find(type.begin(), type.end(), "null") != type.end());
      CHECK_FALSE(null_type);
    }
    CHECK_FALSE(node.contains("title"));
  });
  // The merge key is still allowed, by a pattern editors do not offer.
  CHECK(schema()["else"]["patternProperties"].contains("^<<$"));
}
