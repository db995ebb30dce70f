#include "read/json_schema.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "read/format.h"
#include "read/values.h"

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

// The words, each with its meaning: editors show the meaning beside each
// word they offer (enumDescriptions, and markdownEnumDescriptions in the
// YAML extension).
json words(const format::Vocabulary& vocabulary) {
  json list = json::array();
  json meanings = json::array();
  for (std::size_t i = 0; i < vocabulary.words.size(); ++i) {
    list.push_back(vocabulary.words[i]);
    meanings.push_back(i < vocabulary.meanings.size() ? vocabulary.meanings[i] : std::string_view());
  }
  return {{"enum", list}, {"enumDescriptions", meanings}, {"markdownEnumDescriptions", meanings}};
}

// A value written to a pattern, with what to write in place of the raw
// regular expression an editor would otherwise quote.
json patterned(std::string pattern, std::string_view advice) {
  return {{"type", "string"}, {"pattern", std::move(pattern)}, {"patternErrorMessage", advice}, {"errorMessage", advice}};
}

constexpr std::string_view slug_advice = "Write an id of lower-case letters, digits and hyphens, such as 'hip-knee'.";
constexpr std::string_view rate_advice = "Write a rate such as '400/month' (a day, week, month or year).";
constexpr std::string_view duration_advice = "Write a duration such as '6 weeks', '3 working days' or 'same day'.";
constexpr std::string_view share_advice = "Write a share such as '40%', or a number from 0 to 1.";
constexpr std::string_view date_advice = "Write a day as YYYY-MM-DD, such as '2026-03-31'.";

// An id: the reader's pattern and its length limit (read/values.h).
json slug_schema() {
  json schema = patterned(slug_pattern, slug_advice);
  schema["maxLength"] = max_id_length;
  return schema;
}

// How to write a value of this type, added to each key's description for
// editors that show Markdown (markdownDescription).
std::string_view how_to_write(ValueType type) {
  switch (type) {
    case ValueType::text: return "Text.";
    case ValueType::slug: return "Lower-case letters, digits and hyphens, such as `hip-knee`.";
    case ValueType::boolean: return "`true` or `false`.";
    case ValueType::rate: return "A rate such as `400/month` (a day, week, month or year).";
    case ValueType::duration: return "A duration such as `6 weeks`, `3 working days` or `same day`.";
    case ValueType::share: return "A share such as `40%`, or a number from 0 to 1.";
    case ValueType::text_list: return "One line of text, or a list of them.";
    case ValueType::word: return "One of the words offered; each says what it means.";
    case ValueType::word_or_text: return "One of the words offered, or the policy in a sentence.";
    case ValueType::word_list: return "One of the words offered, or a list of them.";
    case ValueType::open_word_list:
      return "Words such as those offered, or a list of them; msklint notes a word it does not know.";
    case ValueType::conditions:
      return "Each in words, or as `{text: ..., basis: ...}` naming its clinical basis (a NICE guideline, say).";
    case ValueType::waivers: return "A rule id and the reason it is set aside, such as `dead-end: discharge ends the pathway`.";
    case ValueType::ids: return "A service id, or a list of them.";
    case ValueType::date: return "A day written `YYYY-MM-DD`, such as `2026-03-31`.";
    case ValueType::object:
    case ValueType::object_list: return "";
  }
  return "";
}

// An optional key left empty ("owner:"), which msklint reads as not
// written. Said without `"type": "null"`, which editors would offer as a
// value ("null" among the route kinds).
json left_empty() {
  return {{"not", {{"type", {"string", "number", "integer", "boolean", "array", "object"}}}},
          {"$comment", "the key left empty: msklint reads it as not written"}};
}

json object_schema(const format::ObjectSpec& spec);

json value_schema(const format::KeySpec& key) {
  switch (key.type) {
    case ValueType::text: return {{"type", {"string", "number", "boolean"}}};
    case ValueType::slug: return slug_schema();
    case ValueType::boolean: return {{"type", "boolean"}};
    case ValueType::rate: return patterned(any_case(rate_pattern), rate_advice);
    case ValueType::duration: return patterned(any_case(duration_pattern), duration_advice);
    case ValueType::share:
      return {{"anyOf",
               {patterned("^\\s*(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)\\s*%\\s*$", share_advice),
                {{"type", "number"}, {"minimum", 0}, {"maximum", 1}}}},
              {"errorMessage", share_advice}};
    case ValueType::text_list: return one_or_many({{"type", {"string", "number", "boolean"}}});
    case ValueType::word: return words(*key.vocabulary);
    case ValueType::word_list: return one_or_many(words(*key.vocabulary));
    // Known words complete in editors; others are accepted (msklint notes them).
    case ValueType::open_word_list:
      return one_or_many({{"anyOf", {words(*key.vocabulary), {{"type", "string"}}}}});
    case ValueType::word_or_text:
      return {{"anyOf",
               {words(*key.vocabulary),
                patterned("\\s", "Write one of the words offered, or the policy in a sentence.")}}};
    case ValueType::conditions:
      return one_or_many({{"anyOf", {{{"type", "string"}}, object_schema(format::condition)}}});
    case ValueType::waivers:
      // A missing reason is waiver-reason-missing, a finding of its own, not a format error.
      return {{"type", "object"}, {"additionalProperties", {{"anyOf", {{{"type", "string"}}, left_empty()}}}}};
    case ValueType::ids: return one_or_many(slug_schema(), 1);
    case ValueType::object: return object_schema(*key.object);
    case ValueType::date: return patterned("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", date_advice);
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
    if (!key.required) schema = {{"anyOf", {std::move(schema), left_empty()}}};
    schema["description"] = key.description;
    const std::string_view how = how_to_write(key.type);
    schema["markdownDescription"] =
        how.empty() ? std::string(key.description) : fmt::format("{}\n\n{}", key.description, how);
    properties[std::string(key.key)] = std::move(schema);
    if (key.required) required.push_back(key.key);
  }
  // "<<" is YAML's merge key, which msklint understands: allowed by a
  // pattern, so editors do not offer it as a key to write.
  json patterns = {{"^<<$", json::object()}};
  if (&spec == &format::top_level || &spec == &format::system_file || &spec == &format::service ||
      &spec == &format::route) {
    patterns["^x-"] = json::object();
  }
  json schema = {{"type", "object"},
                 {"properties", std::move(properties)},
                 {"patternProperties", std::move(patterns)},
                 {"additionalProperties", false}};
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
  // No title: editors show a schema's title with every hover, above each
  // key's own description.
  json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                 {"$comment", "msklint pathway or system, format version 1 (msklint schema)"},
                 {"description",
                  "A musculoskeletal care pathway (services and the routes between them), or an ICB's MSK system "
                  "(its records and the services its pathways share)."},
                 {"if", {{"required", {"system"}}, {"not", {{"required", {"pathway"}}}}}},
                 {"then", object_schema(format::system_file)},
                 {"else", std::move(pathway_file)}};
  return schema.dump(2) + "\n";
}

}  // namespace msklint
