// Shared helpers for the tests: the project's rules loaded once, and
// extraction of a text into normalized "subject | relation | object" strings.
#pragma once

#include <memory>
#include <set>
#include <string>

#include "input/reader.h"
#include "pipeline/pipeline.h"
#include "pipeline/scoring.h"
#include "rules/rule_set.h"
#include "segment/normalize.h"

namespace trawl::testing {

inline std::string SourceDir() { return TRAWL_SOURCE_DIR; }

// The project's rules/ (loaded once; must be valid).
inline const RuleSet& ProjectRules() {
  static const std::unique_ptr<RuleSet> rules = [] {
    LoadedRules loaded = LoadRuleSet(SourceDir() + "/rules");
    if (!loaded.rules) {
      for (const auto& d : loaded.diagnostics) fprintf(stderr, "%s\n", d.Format().c_str());
      abort();
    }
    return std::move(loaded.rules);
  }();
  return *rules;
}

inline const Pipeline& ProjectPipeline() {
  static const std::unique_ptr<Pipeline> p = [] {
    auto created = Pipeline::Create(ProjectRules(), GraphOptions{});
    if (!created.ok()) abort();
    return std::move(created).value();
  }();
  return *p;
}

// Facts as "subject | relation | object" in the scoring's normal form.
inline std::set<std::string> Triples(const Extraction& e) { return ScoringTriples(e); }

inline std::set<std::string> ExtractText(const std::string& text) {
  return Triples(ProjectPipeline().Run(MakeDocument("test", "<test>", text)));
}

}  // namespace trawl::testing
