#pragma once

// "Waive with a reason" (`msklint server`'s code action): the text that adds
// a `waive:` entry for a finding to the service, route, pathway or system it
// is about, keeping the file's layout. The reason is left as "TODO", which
// msklint does not take for a reason: the finding stays, and
// waiver-reason-missing points at the word to replace, until a person writes
// why the finding does not apply.

#include <cstddef>
#include <optional>
#include <string>

#include "model/finding.h"
#include "model/pathway.h"
#include "model/system.h"
#include "read/source.h"

namespace msklint {

inline constexpr std::string_view waiver_reason_to_write = "TODO";

struct Insertion {
  std::size_t offset = 0;  // byte offset in the file where `text` goes
  std::string text;
};

// Nothing when the finding cannot be waived (a problem with the file itself,
// one about waivers, a rule turned into a waiver already), its subject is
// not found, or the place is written in flow style ({...}), where an edit
// could not keep the layout.
std::optional<Insertion> waiver_insertion(const SourceText& source, const Pathway& pathway, const Finding& finding);
std::optional<Insertion> waiver_insertion(const SourceText& source, const System& system, const Finding& finding);

}  // namespace msklint
