#pragma once

// The pathway format, version 1, as data: the keys each object may have and
// the controlled vocabularies. The reader checks files against it and
// `msklint schema` turns it into a JSON Schema, so the two cannot drift.

#include <span>
#include <string_view>
#include <vector>

namespace msklint::format {

struct Vocabulary {
  std::string_view name;  // used in messages: "service type"
  std::span<const std::string_view> words;
  // What each word means, in the same order, for people: editors show it
  // beside each word they offer (the schema's markdownEnumDescriptions).
  std::span<const std::string_view> meanings;

  bool contains(std::string_view word) const;
};

enum class ValueType {
  text,        // a string
  slug,        // a lower-case identifier: a-z, 0-9, '-'
  boolean,
  rate,        // "<number>/<day|week|month|year>"
  duration,    // "6 weeks", "3 working days", "same day"
  share,       // "80%" or a number from 0 to 1
  text_list,   // a list of strings (a single string is accepted as a list of one)
  word,        // one word of `vocabulary`
  word_or_text,  // one word of `vocabulary`, or a sentence in words (anything with a space)
  word_list,   // a list of words of `vocabulary`
  open_word_list,  // a list of words; those not in `vocabulary` are noted, not errors
  conditions,  // a list of text or {text, basis}
  waivers,     // a mapping from rule id to a reason
  ids,         // one service id or a list of them
  date,        // a day, written YYYY-MM-DD
  object,      // a nested object: see `object`
  object_list, // a list of nested objects
};

struct ObjectSpec;

struct KeySpec {
  std::string_view key;
  ValueType type;
  bool required = false;
  const Vocabulary* vocabulary = nullptr;
  const ObjectSpec* object = nullptr;
  std::string_view description;
};

struct ObjectSpec {
  // The reader keeps which keys of an object it has met as the bits of one
  // 64-bit word: keys_of holds every object to it when compiling.
  static constexpr std::size_t max_keys = 64;
  template <std::size_t N>
  static constexpr std::span<const KeySpec> keys_of(const KeySpec (&keys)[N]) {
    static_assert(N <= max_keys, "the reader keeps an object's keys as the bits of one 64-bit word");
    return keys;
  }

  std::string_view name;  // used in messages: "service"
  std::span<const KeySpec> keys;

  const KeySpec* find(std::string_view key) const;
  // Its keys' names, for a did-you-mean.
  std::vector<std::string_view> key_names() const;
};

struct ServiceType {
  std::string_view id;
  std::string_view setting;  // the default setting
  bool is_end;               // a person may rightly finish here (no onward route needed)
};

extern const Vocabulary service_types;
extern const Vocabulary settings;
extern const Vocabulary conditions;
extern const Vocabulary ages;
extern const Vocabulary delivery_modes;
extern const Vocabulary offers;
extern const Vocabulary route_kinds;
extern const Vocabulary did_not_attend_actions;
extern const Vocabulary measures;

extern const ObjectSpec top_level;
extern const ObjectSpec pathway;
// A system file (top-level key `system`): the ICB's MSK records and shared services.
extern const ObjectSpec system_file;
extern const ObjectSpec system;
// A pathway's `- uses: ID` entry among its services.
extern const ObjectSpec used_service;
extern const ObjectSpec population;
extern const ObjectSpec service;
extern const ObjectSpec access;
extern const ObjectSpec route;
extern const ObjectSpec condition;

// nullptr when `id` is not a service type.
const ServiceType* find_service_type(std::string_view id);

}  // namespace msklint::format
