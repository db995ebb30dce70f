#include "util/yaml_quote.h"

#include <doctest/doctest.h>

#include <yaml-cpp/yaml.h>

using namespace msklint;

TEST_CASE("yaml_double_quoted: reads back as the same text, on one line") {
  for (const std::string text : {"Adults only: no children", "say \"hi\" \\ bye", "St John's", "tab\there\nnext",
                                 "bell\a", "Café ✔", ""}) {
    CAPTURE(text);
    const std::string quoted = yaml_double_quoted(text);
    CHECK(quoted.find('\n') == std::string::npos);
    CHECK(YAML::Load("value: " + quoted)["value"].as<std::string>() == text);
  }
}
