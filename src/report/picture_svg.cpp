// The pathway picture as SVG, laid out by Graphviz's library from the DOT
// text write_dot makes: nothing else needs to be installed, and no program
// is run.

#include <cgraph.h>
#include <gvc.h>

#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "review/picture.h"

// Graphviz 2.43 (Debian 12) leaks a little in dot's layout, and the Pango,
// Cairo and fontconfig libraries its text layout loads keep caches for the
// life of the process. None of it is msklint's memory, so LeakSanitizer is
// told to pass over stacks in those libraries. Declared here, in the file
// that brings Graphviz in, so every sanitized binary that can draw SVG has
// it (msklint, msklint_tests), however it is run.
#if defined(__SANITIZE_ADDRESS__)  // gcc -fsanitize=address
#define MSKLINT_WITH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)  // clang
#define MSKLINT_WITH_ASAN 1
#endif
#endif
#if defined(MSKLINT_WITH_ASAN)
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\n"
         "leak:libcgraph.so\n"
         "leak:libcdt.so\n"
         "leak:libgvplugin_\n"
         "leak:libpango\n"
         "leak:libcairo.so\n"
         "leak:libfontconfig.so\n"
         "leak:libfreetype.so\n"
         "leak:libharfbuzz.so\n"
         "leak:libglib-2.0.so\n"
         "leak:libgobject-2.0.so\n";
}
// ... and quietly: a list of what was passed over would end up in the
// standard error the command-line tests compare.
extern "C" const char* __lsan_default_options() { return "print_suppressions=0"; }
#endif

namespace msklint {

namespace {

// Graphviz keeps global state (its error buffer, plugin lists), so one call
// at a time.
std::mutex graphviz_mutex;

// Graphviz reports errors through a callback; collected here while the mutex is held.
std::string graphviz_errors;

int collect_error(char* message) {
  graphviz_errors += message;
  return 0;
}

// One Graphviz context for the whole process, never freed. Graphviz 2.43's
// Pango text layout remembers the last font name by pointer into the
// context, so a context freed and a new one made reads freed memory on the
// next layout (AddressSanitizer: heap-use-after-free in
// libgvplugin_pango). Keeping the context also loads the plugins only once.
GVC_t* graphviz_context() {
  static GVC_t* const context = gvContext();
  return context;
}
struct GraphDeleter {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};

// Object ids numbered in the order names are first read. Graphviz's own ids
// for named objects are the addresses of their interned names, and it keeps
// subgraphs ordered by id: the lanes (clusters) would be laid out in an order
// that depends on the heap, so the same notes could differ from run to run.
struct SequentialIds {
  std::map<std::string, IDTYPE, std::less<>> id_of_name;
  std::vector<std::string> names;  // names[id / 2 - 1]
  IDTYPE next_anonymous = 1;        // anonymous objects get odd ids, named ones even, as in Graphviz's own
};

void* ids_open(Agraph_t*, Agdisc_t*) { return new SequentialIds; }

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& ids = *static_cast<SequentialIds*>(state);
  if (name == nullptr) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
    return 1;
  }
  if (const auto found = ids.id_of_name.find(std::string_view(name)); found != ids.id_of_name.end()) {
    *id = found->second;
    return 1;
  }
  if (create == 0) return 0;
  ids.names.emplace_back(name);
  *id = static_cast<IDTYPE>(2 * ids.names.size());
  ids.id_of_name.emplace(ids.names.back(), *id);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 0; }  // no ids chosen by the caller
void ids_free(void*, int, IDTYPE) {}              // names live as long as the graph
char* ids_print(void* state, int, IDTYPE id) {
  auto& ids = *static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > ids.names.size()) return nullptr;
  return ids.names[static_cast<std::size_t>(id / 2 - 1)].data();
}
void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_ids = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};

// The DOT text read through a FILE (fmemopen) with the ids above; memory and
// reading as Graphviz's defaults.
Agraph_t* read_dot(const std::string& dot) {
  const std::unique_ptr<FILE, int (*)(FILE*)> stream(fmemopen(const_cast<char*>(dot.data()), dot.size(), "r"),
                                                     &std::fclose);
  if (!stream) return nullptr;
  Agdisc_t discipline = {&AgMemDisc, &sequential_ids, &AgIoDisc};
  return agread(stream.get(), &discipline);
}

std::runtime_error graphviz_failed(std::string_view what) {
  std::string detail = graphviz_errors;
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  return std::runtime_error(fmt::format("Graphviz could not {}{}{}", what, detail.empty() ? "" : ": ", detail));
}

std::string lay_out(const std::string& dot) {
  const std::lock_guard lock(graphviz_mutex);
  graphviz_errors.clear();
  agseterrf(collect_error);
  agseterr(AGERR);  // warnings (fonts, sizes) are not worth a user's attention

  GVC_t* const context = graphviz_context();
  if (context == nullptr) throw graphviz_failed("start");
  const std::unique_ptr<Agraph_t, GraphDeleter> graph(read_dot(dot));
  if (!graph) throw graphviz_failed("read the picture");
  if (gvLayout(context, graph.get(), "dot") != 0) throw graphviz_failed("lay out the picture");
  char* data = nullptr;
  unsigned int length = 0;
  const int rendered = gvRenderData(context, graph.get(), "svg", &data, &length);
  std::string svg = rendered == 0 && data != nullptr ? std::string(data, length) : std::string();
  gvFreeRenderData(data);
  gvFreeLayout(context, graph.get());
  if (rendered != 0 || svg.empty()) throw graphviz_failed("draw the picture as SVG");
  return svg;
}

}  // namespace

std::string render_svg(const Picture& picture) {
  if (picture.nodes.size() > max_svg_nodes || picture.edges.size() > max_svg_edges) {
    throw PictureTooLarge(fmt::format(
        "the pathway has {} services and {} routes; an SVG picture is drawn for at most {} services and {} routes "
        "(laying out more would take too long to be useful); draw it as Mermaid or DOT, or split the pathway",
        picture.nodes.size(), picture.edges.size(), max_svg_nodes, max_svg_edges));
  }
  std::ostringstream dot;
  write_dot(dot, picture);
  return lay_out(dot.str());
}

}  // namespace msklint
