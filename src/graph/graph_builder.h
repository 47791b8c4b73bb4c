// Turns one article's facts into RDF triples: entity nodes with types and
// labels, season nodes, the article node, and optionally provenance.
//
// IRIs are minted in one place (EntityIri) from the entity's kind and the
// matching key of its name, so the same person, series or organization gets
// the same IRI in every article and every run, and graphs merge.
#pragma once

#include <string>
#include <vector>

#include "core/types.h"
#include "graph/triple.h"

namespace trawl {

struct GraphOptions {
  bool provenance = false;  // reified statements with rule, sentence, span
};

// "https://w3id.org/trawl/id/series/for_all_mankind".
std::string EntityIri(EntityType type, std::string_view name);
std::string SeasonIri(std::string_view series_name, int season);
std::string ArticleIri(std::string_view doc_id);
// Percent-encodes every byte outside RFC 3986's unreserved set.
std::string PercentEncode(std::string_view s);

class GraphBuilder {
 public:
  explicit GraphBuilder(GraphOptions options) : options_(options) {}

  // Triples sorted (subject, then predicate, then object) without duplicates.
  std::vector<Triple> Build(const Document& doc, const Mentions& mentions, const Facts& facts) const;

 private:
  GraphOptions options_;
};

}  // namespace trawl
