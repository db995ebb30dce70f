#include <doctest/doctest.h>

#include "util/paths.h"

namespace msklint {

TEST_CASE("repository paths do not depend on how the file was named") {
  // Tests run from the repository root.
  CHECK(repository_path("examples/hip-knee.yaml") == "examples/hip-knee.yaml");
  CHECK(repository_path("./examples/../examples/hip-knee.yaml") == "examples/hip-knee.yaml");
  CHECK(repository_path((repository_root() / "examples" / "hip-knee.yaml").string()) == "examples/hip-knee.yaml");
}

}  // namespace msklint
