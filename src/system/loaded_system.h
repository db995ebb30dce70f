#pragma once

// A system file with its pathways, read once and shared by every check that
// looks across them: which pathways send people to each shared service, and
// how many (docs/capacity.md, "Across a system").

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "graph/demand.h"
#include "graph/graph.h"
#include "model/pathway.h"
#include "model/system.h"

namespace msklint {

// One pathway of the system, with its shared services made whole.
struct SystemMember {
  std::string file;  // as shown in messages
  std::string id;    // the pathway's id, else its file name without extension
  std::shared_ptr<const Pathway> pathway;
  std::shared_ptr<const Graph> graph;  // of *pathway
  Demand demand;
};

// `file` (a pathway of `system`, already read) as a member: its `uses`
// entries resolved, its graph built and its demand computed.
SystemMember make_member(std::string file, Pathway pathway, const System& system);

// What one pathway sends a shared service.
struct Contribution {
  int member = -1;  // index into LoadedSystem::members
  int node = -1;    // the shared service's node in that member's graph
  double per_month = 0;
};

struct SharedLoad {
  double per_month = 0;            // the sum over the pathways
  bool unbounded = false;          // a pathway feeds it from a loop nobody leaves: no figure
  std::vector<Contribution> from;  // every pathway that uses it, in member order
};

struct LoadedSystem {
  std::string file;  // the system file, as shown in messages
  System system;
  std::vector<SystemMember> members;  // sorted by file
  std::vector<SharedLoad> loads;      // one per system.services, in order
};

// The load on each shared service: what each member sends it, summed.
std::vector<SharedLoad> shared_loads(const System& system, std::span<const SystemMember> members);

}  // namespace msklint
