// yaml-cpp's own verdict on YAML files, for tests/yaml_test_suite.py: does
// yaml-cpp 0.7's event parser reject the file, and where? One line per file:
//   PATH<TAB>accepts
//   PATH<TAB>rejects<TAB>LINE<TAB>COLUMN<TAB>MESSAGE   (LINE and COLUMN 1-based)
// Every document is parsed (not only the first, as msklint does), and no
// alias is expanded. A document that does not advance the stream is
// yaml-cpp looping on its own input (upstream issue 1040): parsing stops there.

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

class StartOnly : public YAML::EventHandler {
 public:
  int start = -1;
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark.pos; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

std::string verdict(std::istream& in) {
  try {
    YAML::Parser parser(in);
    StartOnly handler;
    int last_start = -1;
    while (parser.HandleNextDocument(handler)) {
      if (handler.start <= last_start) break;
      last_start = handler.start;
    }
    return "accepts";
  } catch (const YAML::Exception& error) {
    std::ostringstream out;
    out << "rejects\t" << error.mark.line + 1 << '\t' << error.mark.column + 1 << '\t' << error.msg;
    return out.str();
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: yaml_cpp_accepts FILE...\n";
    return 2;
  }
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << "yaml_cpp_accepts: cannot read " << argv[i] << '\n';
      return 2;
    }
    std::cout << argv[i] << '\t' << verdict(in) << '\n';
  }
  return 0;
}
