#pragma once

// The located model of a system file: an ICB's MSK system as one whole
// (docs/pathway-format.md, "Systems"). It holds the ICB-level records and the
// services several pathways share; the pathways are files of their own.

#include <string>
#include <vector>

#include "model/pathway.h"

namespace msklint {

struct SystemInfo {
  Text id;
  Text title;
  Text owner;
  Text msk_lead;
  TextList priorities;     // the ICB's stated priorities for MSK
  Text board_discussed;    // when the ICB board last discussed MSK: YYYY-MM-DD
  Field<Population> population;
  TextList pathways;       // globs naming its pathway files; empty: every pathway below the file
  std::vector<Waiver> waivers;
  Location at;
};

struct System {
  SystemInfo info;
  bool has_info = false;
  std::vector<Service> services;  // shared: pathways name them with `- uses: ID`

  const Service* find_service(std::string_view id) const;
};

}  // namespace msklint
