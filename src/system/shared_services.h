#pragma once

// A pathway's `- uses: ID` entries made whole: each takes the records of its
// system's shared service, placed where the pathway names it.

#include <string>

#include "model/finding.h"
#include "model/pathway.h"
#include "model/system.h"

namespace msklint {

// Copies each used service's records from `system` into `pathway`. A `uses`
// that names no shared service, or a pathway with no system, is an
// `unknown-service` finding in `file`; the entry stays, with its id only, so
// routes to it are not reported a second time. The copy has no throughput:
// the system's figure is for all its pathways, and within one pathway the
// service passes on what that pathway sends it.
Findings use_shared_services(Pathway& pathway, const System* system, const std::string& file);

}  // namespace msklint
