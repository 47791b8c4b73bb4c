// Runs the stages over documents. The only module that knows them all.
//
// A Pipeline is built once from a validated RuleSet and is immutable; Run()
// may be called from several threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/types.h"
#include "entities/recognizer.h"
#include "graph/graph_builder.h"
#include "relations/extractor.h"
#include "rules/rule_set.h"
#include "segment/segmenter.h"

namespace trawl {

// Everything the stages made of one article, kept together for explain and
// eval. Not copyable: `segmented` points into `doc`.
struct Extraction {
  std::unique_ptr<Document> doc;
  SegmentedDocument segmented;
  Mentions mentions;
  Facts facts;
};

class Pipeline {
 public:
  // REQUIRES: `rules` outlives the pipeline.
  static Result<std::unique_ptr<Pipeline>> Create(const RuleSet& rules, GraphOptions graph_options);

  Extraction Run(Document doc) const;
  std::vector<Triple> Graph(const Extraction& e) const { return graph_.Build(*e.doc, e.mentions, e.facts); }
  const RuleSet& rules() const { return rules_; }

 private:
  Pipeline(const RuleSet& rules, std::unique_ptr<Segmenter> segmenter, GraphOptions graph_options)
      : rules_(rules), segmenter_(std::move(segmenter)), recognizer_(rules), extractor_(rules),
        graph_(graph_options) {}

  const RuleSet& rules_;
  std::unique_ptr<Segmenter> segmenter_;
  EntityRecognizer recognizer_;
  RelationExtractor extractor_;
  GraphBuilder graph_;
};

}  // namespace trawl
