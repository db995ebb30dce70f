#include "system/loaded_system.h"

#include <filesystem>

#include "system/shared_services.h"

namespace msklint {

SystemMember make_member(std::string file, Pathway pathway, const System& system) {
  SystemMember member;
  use_shared_services(pathway, &system, file);  // the member's own lint reports what is wrong
  member.id = pathway.info.id.present ? pathway.info.id.value : std::filesystem::path(file).stem().string();
  member.file = std::move(file);
  member.pathway = std::make_shared<const Pathway>(std::move(pathway));
  member.graph = std::make_shared<const Graph>(*member.pathway);
  member.demand = compute_demand(*member.graph);
  return member;
}

std::vector<SharedLoad> shared_loads(const System& system, std::span<const SystemMember> members) {
  std::vector<SharedLoad> loads(system.services.size());
  for (std::size_t index = 0; index < system.services.size(); ++index) {
    const Service& shared = system.services[index];
    if (!shared.id.present) continue;
    for (std::size_t m = 0; m < members.size(); ++m) {
      const SystemMember& member = members[m];
      const auto node = member.graph->find(shared.id.value);
      if (!node || !member.graph->service(*node).uses.present) continue;
      const auto at = static_cast<std::size_t>(*node);
      SharedLoad& load = loads[index];
      load.unbounded = load.unbounded || member.demand.unbounded[at];
      load.per_month += member.demand.per_month[at];
      load.from.push_back({static_cast<int>(m), *node, member.demand.per_month[at]});
    }
  }
  return loads;
}

}  // namespace msklint
