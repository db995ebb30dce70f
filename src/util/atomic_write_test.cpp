#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "test_support.h"
#include "util/atomic_write.h"

namespace msklint {

namespace fs = std::filesystem;

TEST_CASE("atomic writes replace a file whole, keep its permissions and leave no temporary behind") {
  const fs::path dir = fs::temp_directory_path() / ("msklint-atomic-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path file = dir / "report.sarif";
  CHECK(write_file_atomically(file, "first\n").empty());
  CHECK(testing::read_file(file) == "first\n");
  ::chmod(file.c_str(), 0640);
  CHECK(write_file_atomically(file, "second\n").empty());
  CHECK(testing::read_file(file) == "second\n");
  struct stat status {};
  REQUIRE(::stat(file.c_str(), &status) == 0);
  CHECK((status.st_mode & 0777) == 0640);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);

  // Through a link: the file it points to is replaced, the link stays a link.
  fs::create_symlink(file, dir / "latest.sarif");
  CHECK(write_file_atomically(dir / "latest.sarif", "third\n").empty());
  CHECK(fs::is_symlink(dir / "latest.sarif"));
  CHECK(testing::read_file(file) == "third\n");
  fs::remove(dir / "latest.sarif");

  // Not a regular file: written in place, never replaced.
  CHECK(write_file_atomically("/dev/null", "discarded").empty());
  CHECK(fs::is_character_file("/dev/null"));

  const std::string error = write_file_atomically(dir / "missing" / "out.json", "x");
  CHECK(error.find("cannot create a temporary file beside") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a new file is created whole, never over one that is there, and leaves no temporary behind") {
  const testing::ScratchDir dir("new-file");
  const fs::path file = dir.path() / "knee.yaml";
  CHECK(write_new_file_atomically(file, "pathway: {}\n").empty());
  CHECK(testing::read_file(file) == "pathway: {}\n");
  const std::string taken = write_new_file_atomically(file, "other\n");
  CHECK(taken.find("cannot create") != std::string::npos);
  CHECK(taken.find("File exists") != std::string::npos);
  CHECK(testing::read_file(file) == "pathway: {}\n");
  fs::create_symlink("nowhere.yaml", dir.path() / "dangling.yaml");  // a link is something there too
  CHECK_FALSE(write_new_file_atomically(dir.path() / "dangling.yaml", "x").empty());
  CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 2);
  CHECK_FALSE(write_new_file_atomically(dir.path() / "missing" / "knee.yaml", "x").empty());
}

}  // namespace msklint
