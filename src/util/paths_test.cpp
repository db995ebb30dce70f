#include <doctest/doctest.h>

#include "util/paths.h"

namespace msklint {

TEST_CASE("repository paths do not depend on how the file was named") {
  // Tests run from the repository root.
  CHECK(repository_path("examples/hip-knee.yaml") == "examples/hip-knee.yaml");
  CHECK(repository_path("./examples/../examples/hip-knee.yaml") == "examples/hip-knee.yaml");
  CHECK(repository_path((repository_root() / "examples" / "hip-knee.yaml").string()) == "examples/hip-knee.yaml");
}

TEST_CASE("an output path is matched to the input it would overwrite, however either is written") {
  const std::vector<std::string> inputs = {"examples/shoulder-pain.yaml", "examples/back-pain-linear.yaml"};
  CHECK(same_file_among("./examples/../examples/back-pain-linear.yaml", inputs) == "examples/back-pain-linear.yaml");
  CHECK(same_file_among((repository_root() / "examples/shoulder-pain.yaml").string(), inputs) ==
        "examples/shoulder-pain.yaml");
  CHECK(same_file_among("examples/new-notes.md", inputs) == std::nullopt);
  CHECK(same_file_among("", inputs) == std::nullopt);  // no --output: standard output
}

}  // namespace msklint
