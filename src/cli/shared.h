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

// Calls `on_document` for every article of `inputs` in order; an unreadable
// article is reported and counted in *skipped. False if an input is missing.
bool ForEachDocument(const std::vector<std::string>& inputs, const std::function<void(Document)>& on_document,
                     int* skipped);

}  // namespace trawl::cli
