#include "pipeline/pipeline.h"

namespace trawl {

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const RuleSet& rules, GraphOptions graph_options) {
  auto segmenter = Segmenter::Create(rules.abbreviations);
  if (!segmenter.ok()) return Status::Error(segmenter.error().location, segmenter.error().message);
  return std::unique_ptr<Pipeline>(new Pipeline(rules, std::move(segmenter).value(), graph_options));
}

Extraction Pipeline::Run(Document doc) const {
  Extraction e;
  e.doc = std::make_unique<Document>(std::move(doc));
  e.segmented = segmenter_->Segment(*e.doc);
  e.mentions = recognizer_.Recognize(e.segmented);
  e.facts = extractor_.Extract(e.segmented, e.mentions);
  return e;
}

}  // namespace trawl
