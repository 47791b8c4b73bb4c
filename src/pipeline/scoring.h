// Facts in the normal form of ../shared/eval/GUIDELINES.md scoring: names
// through NameKey, seasons as their number. Shared by eval, rules test and
// the tests.
#pragma once

#include <set>
#include <string>

#include "pipeline/pipeline.h"

namespace trawl {

// "ronald d moore", or "5" for a season.
std::string ScoringKey(const Extraction& e, int entity);

// "subject | relation | object" for each fact.
std::set<std::string> ScoringTriples(const Extraction& e);

}  // namespace trawl
