// What the subcommands share: loading rules with diagnostics on stderr and
// walking the inputs.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/types.h"
#include "pipeline/pipeline.h"
#include "rules/rule_set.h"

namespace trawl::cli {

// Prints every diagnostic GCC-style; null when there was any.
std::unique_ptr<RuleSet> LoadRulesOrReport(const std::string& dir);

// The rules and the pipeline built on them (the pipeline refers to the
// rules, so it is declared, and destroyed, after them).
struct Engine {
  std::unique_ptr<RuleSet> rules;
  std::unique_ptr<Pipeline> pipeline;  // null: errors were reported
};
Engine LoadEngineOrReport(const std::string& rules_dir, GraphOptions options);

// Extracts every article of `inputs` with `jobs` threads (0: one per core)
// and calls `on_extraction` for each in input order; an input that does not
// exist or cannot be read (article, directory, link) is reported on stderr
// and counted in *skipped, and the run goes on. `on_extraction` returning
// false stops the run.
void ForEachExtraction(const Pipeline& pipeline, const std::vector<std::string>& inputs, unsigned jobs,
                       const std::function<bool(Extraction&)>& on_extraction, int* skipped);

// printf to std::cout, so a report and the lines written with << share one
// stream, in order, and its write-error check.
[[gnu::format(printf, 1, 2)]] void Print(const char* format, ...);

}  // namespace trawl::cli
