#pragma once

// What a picture of a pathway shows, decided once for every drawing format
// (Mermaid, DOT, SVG): the services as nodes, the routes as arrows, and the
// worst finding on each service. The formats in src/report/ only draw it.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/finding.h"
#include "model/pathway.h"

namespace msklint {

struct PictureNode {
  std::string id;       // the service id (unique in the picture; later duplicates are left out)
  std::string label;    // the service's name, else its id
  std::string setting;  // primary | community | secondary | voluntary | self-care | "" (not known)
  bool entry = false;   // a way into the pathway
  std::optional<Severity> worst;  // the most serious counted finding about this service
  int findings = 0;               // how many counted findings are about it
};

struct PictureEdge {
  std::string from;
  std::string to;
  RouteKind kind = RouteKind::referral;
  std::string label;  // share and target time, e.g. "40% · within 2 weeks"; may be empty
};

struct Picture {
  std::string title;  // the pathway's title, else its id
  std::vector<PictureNode> nodes;
  std::vector<PictureEdge> edges;  // only between nodes in the picture
};

// `findings` are the file's counted findings (FileReport::findings).
Picture make_picture(const Pathway& pathway, const Findings& findings);

// Drawing formats (src/report/picture_*.cpp).
void write_mermaid(std::ostream& out, const Picture& picture);
void write_dot(std::ostream& out, const Picture& picture);
// Laid out by Graphviz's library (gvc/cgraph), not a `dot` program. Returns
// a complete standalone SVG document (with an XML declaration); callers that
// inline it in HTML strip the declaration and DOCTYPE.
std::string render_svg(const Picture& picture);

}  // namespace msklint
