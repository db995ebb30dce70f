#pragma once

// Documents are named by URI in the Language Server Protocol; msklint reads
// configuration and systems by path. Only `file:` URIs name files.

#include <optional>
#include <string>
#include <string_view>

namespace msklint::server {

// The path of a `file:` URI ("file:///home/a/hip%20knee.yaml" ->
// "/home/a/hip knee.yaml"); nothing for another scheme (an editor's unsaved
// "untitled:" buffer), a remote host, or an escape that is not %XX.
std::optional<std::string> path_of_uri(std::string_view uri);

// The `file:` URI of an absolute path, with reserved and non-ASCII bytes
// percent-encoded.
std::string uri_of_path(std::string_view path);

}  // namespace msklint::server
