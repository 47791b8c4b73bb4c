// Runs a Pipeline over many articles on several threads and hands the
// results back in input order, so output is the same whatever the thread
// count. At most a few articles per thread are in flight at once.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "pipeline/pipeline.h"

namespace trawl {

// One article's outcome: its extraction, or why it could not be read.
struct ArticleResult {
  std::string path;
  Result<Extraction> extraction = Status::Error("", "not run");
};

// Reads and extracts every path ("-" is stdin) with `jobs` threads (0: one
// per core) and calls `on_result` for each, in the order of `paths`, on the
// calling thread. `on_result` returning false stops the run early.
void RunInOrder(const Pipeline& pipeline, const std::vector<std::string>& paths, unsigned jobs,
                const std::function<bool(ArticleResult&)>& on_result);

}  // namespace trawl
