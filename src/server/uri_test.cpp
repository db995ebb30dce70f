#include "server/uri.h"

#include <doctest/doctest.h>

using namespace msklint::server;

TEST_CASE("server uri: file URIs become paths, percent escapes decoded") {
  CHECK(path_of_uri("file:///home/a/hip-knee.yaml") == "/home/a/hip-knee.yaml");
  CHECK(path_of_uri("file:///home/a/hip%20knee%C3%A9.yaml") == "/home/a/hip knee\xC3\xA9.yaml");
  CHECK(path_of_uri("FILE:///x.yaml") == "/x.yaml");
  CHECK(path_of_uri("file://localhost/x.yaml") == "/x.yaml");
  CHECK(path_of_uri("file:///x.yaml?query#part") == "/x.yaml");
}

TEST_CASE("server uri: other schemes, hosts and broken escapes name no file") {
  CHECK_FALSE(path_of_uri("untitled:Untitled-1"));
  CHECK_FALSE(path_of_uri("file://server/share/x.yaml"));
  CHECK_FALSE(path_of_uri("file:///x%2"));
  CHECK_FALSE(path_of_uri("file:///x%zz.yaml"));
  CHECK_FALSE(path_of_uri("file:///x%00.yaml"));
  CHECK_FALSE(path_of_uri(""));
}

TEST_CASE("server uri: paths become file URIs that read back") {
  CHECK(uri_of_path("/home/a/hip-knee.yaml") == "file:///home/a/hip-knee.yaml");
  CHECK(uri_of_path("/a b/c#d%.yaml") == "file:///a%20b/c%23d%25.yaml");
  for (const char* path : {"/a b/c#d%.yaml", "/\xC3\xA9/\x01?.yaml", "/plain/x.yml"}) {
    CHECK(path_of_uri(uri_of_path(path)) == path);
  }
}
