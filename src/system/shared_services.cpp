#include "system/shared_services.h"

#include <fmt/format.h>

#include "util/did_you_mean.h"

namespace msklint {

Findings use_shared_services(Pathway& pathway, const System* system, const std::string& file) {
  Findings problems;
  std::vector<std::string_view> shared_ids;
  if (system != nullptr) {
    for (const Service& service : system->services) {
      if (service.id.present) shared_ids.push_back(service.id.value);
    }
  }
  for (Service& service : pathway.services) {
    if (!service.uses.present) continue;
    const Service* shared = system != nullptr ? system->find_service(service.uses.value) : nullptr;
    if (shared == nullptr) {
      problems.push_back(make_finding(
          "unknown-service", file, service.uses.at, service.uses.value,
          system == nullptr
              ? fmt::format("service '{}' is used from a system, but no system file was found for this pathway",
                            service.uses.value)
              : fmt::format("service '{}' is used from the system '{}', which has no service of that id{}",
                            service.uses.value, system->info.id.value, did_you_mean(service.uses.value, shared_ids)),
          system == nullptr
              ? "put the system file (top-level key 'system:') in this folder or one above it, or describe the "
                "service in full here"
              : "use the id of one of the system file's 'services'"));
      continue;
    }
    // Waivers stay where they are written: the system file's apply to what
    // is reported there (a shared service's capacity), the pathway's here.
    std::vector<Waiver> own_waivers = std::move(service.waivers);
    const Text uses = service.uses;
    service = *shared;
    // Its throughput is the whole system's: within this pathway it passes on
    // what this pathway sends it, as a service with no throughput does.
    service.throughput = {};
    place_at(service, uses.at);
    service.uses = uses;
    service.waivers = std::move(own_waivers);
  }
  return problems;
}

}  // namespace msklint
