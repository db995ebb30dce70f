#include "read/json_schema.h"

#include <nlohmann/json.hpp>

#include "read/format.h"

namespace msklint {

namespace {

using nlohmann::json;
using format::ValueType;

constexpr const char* slug_pattern = "^[a-z0-9][a-z0-9-]*$";
constexpr const char* rate_pattern = "^\\s*[0-9]+(\\.[0-9]+)?\\s*(/|per |a )\\s*(day|week|month|year)s?\\s*$";
constexpr const char* duration_pattern =
    "^\\s*(same[ -]day|immediately?|[0-9]+(\\.[0-9]+)?\\s*(hours?|(working )?days?|weeks?|months?|years?))\\s*$";

json one_or_many(const json& item, std::size_t min_items = 0) {
  return {{"anyOf", {item, {{"type", "array"}, {"items", item}, {"minItems", min_items}}}}};
}

// msklint reads words such as "Month" in any case; JSON Schema patterns have
// no case-insensitive flag, so spell each letter both ways.
std::string any_case(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += pattern.substr(i, 2);
      ++i;
    } else if (c >= 'a' && c <= 'z') {
      out += std::string("[") + c + static_cast<char>(c - 'a' + 'A') + "]";
    } else {
      out += c;
    }
  }
  return out;
}

json words(const format::Vocabulary& vocabulary) {
  json list = json::array();
  for (const auto word : vocabulary.words) list.push_back(word);
  return {{"enum", list}};
}

json object_schema(const format::ObjectSpec& spec);

json value_schema(const format::KeySpec& key) {
  switch (key.type) {
    case ValueType::text: return {{"type", {"string", "number", "boolean"}}};
    case ValueType::slug: return {{"type", "string"}, {"pattern", slug_pattern}};
    case ValueType::boolean: return {{"type", "boolean"}};
    case ValueType::rate: return {{"type", "string"}, {"pattern", any_case(rate_pattern)}};
    case ValueType::duration: return {{"type", "string"}, {"pattern", any_case(duration_pattern)}};
    case ValueType::share:
      return {{"anyOf",
               {{{"type", "string"}, {"pattern", "^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$"}},
                {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}}};
    case ValueType::text_list: return one_or_many({{"type", {"string", "number", "boolean"}}});
    case ValueType::word: return words(*key.vocabulary);
    case ValueType::word_list: return one_or_many(words(*key.vocabulary));
    // Known words complete in editors; others are accepted (msklint notes them).
    case ValueType::open_word_list:
      return one_or_many({{"anyOf", {words(*key.vocabulary), {{"type", "string"}}}}});
    case ValueType::word_or_text:
      return {{"anyOf", {words(*key.vocabulary), {{"type", "string"}, {"pattern", "\\s"}}}}};
    case ValueType::conditions:
      return one_or_many({{"anyOf", {{{"type", "string"}}, object_schema(format::condition)}}});
    case ValueType::waivers:
      // A missing reason is waiver-reason-missing, a finding of its own, not a format error.
      return {{"type", "object"}, {"additionalProperties", {{"type", {"string", "null"}}}}};
    case ValueType::ids: return one_or_many({{"type", "string"}, {"pattern", slug_pattern}}, 1);
    case ValueType::object: return object_schema(*key.object);
    case ValueType::date: return {{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    case ValueType::object_list: return {{"type", "array"}, {"items", object_schema(*key.object)}};
  }
  return json::object();
}

json object_schema(const format::ObjectSpec& spec) {
  json properties = json::object();
  json required = json::array();
  for (const auto& key : spec.keys) {
    json schema = value_schema(key);
    // An optional key may be left empty ("owner:"): msklint reads that as not written.
    if (!key.required) schema = {{"anyOf", {std::move(schema), {{"type", "null"}}}}};
    schema["description"] = key.description;
    properties[std::string(key.key)] = std::move(schema);
    if (key.required) required.push_back(key.key);
  }
  // "<<" is YAML's merge key, which msklint understands.
  properties["<<"] = json::object();
  json schema = {{"type", "object"}, {"properties", std::move(properties)}, {"additionalProperties", false}};
  if (&spec == &format::top_level || &spec == &format::system_file || &spec == &format::service ||
      &spec == &format::route) {
    schema["patternProperties"] = {{"^x-", json::object()}};
  }
  if (!required.empty()) schema["required"] = std::move(required);
  return schema;
}

}  // namespace

std::string pathway_json_schema() {
  json pathway_file = object_schema(format::top_level);
  pathway_file["properties"]["services"]["minItems"] = 1;
  // A pathway's service is written in full, or names a service of its system.
  pathway_file["properties"]["services"]["items"] = {{"if", {{"required", {"uses"}}}},
                                                     {"then", object_schema(format::used_service)},
                                                     {"else", object_schema(format::service)}};
  // Both kinds of file, told apart as the reader tells them: by the key `system`.
  json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                 {"title", "msklint pathway or system, format version 1"},
                 {"description",
                  "A musculoskeletal care pathway (services and the routes between them), or an ICB's MSK system "
                  "(its records and the services its pathways share)."},
                 {"if", {{"required", {"system"}}, {"not", {{"required", {"pathway"}}}}}},
                 {"then", object_schema(format::system_file)},
                 {"else", std::move(pathway_file)}};
  return schema.dump(2) + "\n";
}

}  // namespace msklint
