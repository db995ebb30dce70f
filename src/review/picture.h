#pragma once

// What a picture of a pathway shows, decided once for every drawing format
// (Mermaid, DOT, SVG): the services as nodes, the routes as arrows, and the
// worst finding on each service. The formats in src/report/ only draw it.

#include <map>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/finding.h"
#include "model/pathway.h"
#include "system/loaded_system.h"

namespace msklint {

// The setting of a box that stands for a whole pathway in a system picture:
// drawn as a setting that is not known, named for what it is in the legend.
inline constexpr std::string_view system_pathway_setting = "pathway";

struct PictureNode {
  std::string id;       // the service id (unique in the picture; later duplicates are left out)
  std::string label;    // the service's name, else its id
  std::string setting;  // primary | community | secondary | voluntary | self-care | pathway | "" (not known)
  bool entry = false;   // a way into the pathway
  std::optional<Severity> worst;  // the most serious counted finding about this service
  int findings = 0;               // how many counted findings are about it
  bool end = false;               // a discharge: drawn after the lanes, where the pathway ends
};

struct PictureEdge {
  std::string from;
  std::string to;
  RouteKind kind = RouteKind::referral;
  std::string label;  // share and target time, e.g. "40% · within 2 weeks"; may be empty
  std::optional<Severity> worst = std::nullopt;  // the most serious counted finding about this route
  // Drawn quietly (thin, grey, unlabelled, not shaping the layout) so the main
  // flow stands out: a signpost, a return to a way in, a discharge. A route
  // with a finding, an urgent or an emergency route is never quiet.
  bool quiet = false;
  bool to_entry = false;  // a return to a way in: left out of the layout's ranking
  // Routes written as one route with several targets share a bundle number
  // (drawn as one line to a junction that fans out); -1 for a single target.
  int bundle = -1;
};

struct Picture {
  std::string title;  // the pathway's title, else its id
  std::vector<PictureNode> nodes;
  std::vector<PictureEdge> edges;  // only between nodes in the picture
  // Findings about the pathway as a whole, most serious first, for a panel
  // beside the picture: "✖ this back pain pathway has no emergency route...".
  std::vector<std::string> problems = {};
};

// The lanes of a "pathway on a page", top to bottom, by PictureNode::setting:
// primary, community, secondary, voluntary, self-care, then not known, then
// the pathways of a system picture.
inline constexpr std::string_view lane_order[] = {"primary",   "community", "secondary",
                                                  "voluntary", "self-care", "",
                                                  system_pathway_setting};

// Whether a picture can be read on one printed page (A4 landscape): at most
// max_page_services boxes and max_page_routes arrows that are not quiet. The
// bundled examples show the line: 14 services and 7 routes read well; 21
// services and 79 main routes are a web no layout untangles.
inline constexpr std::size_t max_page_services = 16;
inline constexpr std::size_t max_page_routes = 30;
bool fits_one_page(const Picture& picture);
// Why it does not, in words: "21 services and 94 routes are more than one
// printed page can show legibly". Empty when it fits.
std::string too_large_note(const Picture& picture);

// A picture too large for a page, split into one picture per lane: the
// lane's services and the routes between them, with each other lane that
// sends people to it or receives people from it drawn as one box ("Primary
// care: 5 services") and its routes merged into one unlabelled arrow each
// way. Lanes in lane_order; discharge kept as itself.
std::vector<Picture> lane_pictures(const Picture& whole);

// `id` with what leads to it and what it leads to (one route either way):
// `msklint graph --focus ID`. Nothing when the picture has no such service.
std::optional<Picture> focus_picture(const Picture& picture, std::string_view id);

// `findings` are the file's counted findings (FileReport::findings).
Picture make_picture(const Pathway& pathway, const Findings& findings);
// A system: each pathway as one box, with arrows to the shared services it
// uses labelled with what it sends them; `findings` are the system file's.
Picture make_system_picture(const LoadedSystem& system, const Findings& findings);

// The words every drawing uses, so that they all read the same.
// "▶ General practice" for an entry point, else the label.
std::string node_caption(const PictureNode& node);
// "✖ error · 2 findings", "⚠ warning · 1 finding", "ℹ info · 1 finding";
// empty for a service without findings. A symbol, so colour is never the
// only signal.
std::string findings_mark(const PictureNode& node);
// ✖ ⚠ ℹ: symbols Debian's default font (DejaVu Sans) has, so a picture drawn
// or printed without emoji fonts still shows them (✖ would be a box).
std::string_view severity_symbol(Severity severity);
// A label broken at spaces (and line breaks, tabs) into lines of at most
// `width` characters (a longer word keeps a line to itself), so long names
// make tall boxes, not very wide ones.
std::vector<std::string> wrapped(std::string_view text, std::size_t width = 28);
// What an arrow says: its kind unless a plain referral, then its label:
// "urgent · 40% · within 2 weeks".
std::string arrow_caption(const PictureEdge& edge);
// The legend's line for an arrow: "┄┄▶ signpost (dotted)".
std::string_view arrow_key(RouteKind kind);
// The legend's line for quiet arrows (PictureEdge::quiet).
inline constexpr std::string_view quiet_arrow_key =
    "──▶ thin, grey: a signpost, a return to a way in, or a discharge (shares in the notes)";
// "Primary care", "Community", ... "Setting not known": legend entries.
std::string_view setting_caption(std::string_view setting);
// Colours shared by the drawings (docs/pictures.md): a light fill per
// setting, a border per severity, red for emergency routes.
std::string_view setting_fill(std::string_view setting);
std::string_view severity_colour(Severity severity);
inline constexpr std::string_view emergency_colour = "#b91c1c";

// Node names safe in Mermaid and DOT, keyed by PictureNode::id: "s_" and the
// id with anything but [a-z0-9_] made "_", numbered when two would clash
// ("s_end", "s_a_b", "s_a_b_2"). The prefix keeps Mermaid's words (end,
// graph, style...) from being read as keywords.
std::map<std::string, std::string> drawing_names(const Picture& picture);

// render_svg refuses pictures bigger than this, rather than let Graphviz's
// layout (worse than quadratic in places) run for minutes: 500 services
// took 4 seconds even with the cheaper layout write_dot uses for large
// pictures. Routes matter more than their number suggests: 300 services and
// 825 routes in rings took under a second, but 600 routes between random
// services 10 seconds, 900 of them 21, and 450 from 0.35 to 3 seconds; 400
// stayed under half a second.
inline constexpr std::size_t max_svg_nodes = 300;
inline constexpr std::size_t max_svg_edges = 400;
struct PictureTooLarge : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Drawing formats (src/report/picture_*.cpp).
void write_mermaid(std::ostream& out, const Picture& picture);
void write_dot(std::ostream& out, const Picture& picture);
// Laid out by Graphviz's library (gvc/cgraph), not a `dot` program. Returns
// a complete standalone SVG document (with an XML declaration); callers that
// inline it in HTML strip the declaration and DOCTYPE. Safe to call from
// several threads (calls into Graphviz take turns). Throws PictureTooLarge
// above max_svg_nodes or max_svg_edges, and std::runtime_error when Graphviz
// fails; what() says why.
std::string render_svg(const Picture& picture);

}  // namespace msklint
