// Turning files, directories and stdin into Documents.
//
// An article is a UTF-8 text file; it may begin with the news corpus header
// " date YYYY-MM-DD " which becomes Document::date and is not part of the body.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/types.h"

namespace trawl {

// Builds a Document from raw bytes. Never fails: a missing header just leaves
// the date empty. Invalid UTF-8 is replaced by U+FFFD and NUL bytes by
// spaces, so later stages may assume valid UTF-8 without NULs (byte offsets
// stay meaningful for the repaired text); each repair, and a date header with
// an impossible date (which gives no date), is noted in Document::warnings.
Document MakeDocument(std::string id, std::string path, std::string text);

// Reads one article; the id is the file name without its .txt extension. A
// binary file (an image, an archive) is an error, not an article.
Result<Document> ReadDocument(const std::string& path);

// Reads all of `in` as one article named `id`.
Document ReadDocument(std::istream& in, std::string id);

// Expands INPUT arguments: a file stays itself, a directory becomes its .txt
// files (recursively, sorted by path so output order is stable; links to
// directories are not followed), "-" stays "-". A missing path, an unreadable
// directory, a broken link or a link loop is reported in `skipped`, and the
// other inputs are still expanded.
struct ExpandedInputs {
  std::vector<std::string> files;
  std::vector<Status> skipped;
};
ExpandedInputs ExpandInputs(const std::vector<std::string>& inputs);

}  // namespace trawl
