// Matches relation rules over each sentence rendered with typed slots and
// turns their captures into facts; guards veto facts in their scope.
//
// Policy: every rule that matches contributes (keep-all); facts are
// de-duplicated by (relation, subject, object), the first in text order (and
// rule order within a sentence) keeping its provenance. A guard vetoes the
// facts of one match, never the whole article.
//
// Thread-safe: Extract() is const; the RuleSet must outlive the extractor.
#pragma once

#include "core/types.h"
#include "rules/rule_set.h"

namespace trawl {

class RelationExtractor {
 public:
  explicit RelationExtractor(const RuleSet& rules) : rules_(rules) {}

  Facts Extract(const SegmentedDocument& doc, const Mentions& mentions) const;

 private:
  const RuleSet& rules_;
};

}  // namespace trawl
