#include "graph/graph_builder.h"

#include <algorithm>
#include <set>

#include "segment/normalize.h"

namespace trawl {
namespace {

std::string Kind(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kSeries: return "series";
    default: return "organization";
  }
}

std::string SchemaClass(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return std::string(ns::kSchema) + "Person";
    case EntityType::kSeries: return std::string(ns::kSchema) + "TVSeries";
    case EntityType::kSeason: return std::string(ns::kSchema) + "TVSeason";
    default: return std::string(ns::kSchema) + "Organization";
  }
}

std::string Slug(std::string_view name) {
  std::string key = NameKey(name);
  std::replace(key.begin(), key.end(), ' ', '_');
  return PercentEncode(key);
}

// rdf:type first, then rdfs:label, then the rest by IRI: readable Turtle.
int PredicateRank(const std::string& p) {
  if (p == std::string(ns::kRdf) + "type") return 0;
  if (p == std::string(ns::kRdfs) + "label") return 1;
  return 2;
}

}  // namespace

std::string PercentEncode(std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string EntityIri(EntityType type, std::string_view name) {
  return std::string(ns::kId) + Kind(type) + "/" + Slug(name);
}

std::string SeasonIri(std::string_view series_name, int season) {
  return EntityIri(EntityType::kSeries, series_name) + "/season/" + std::to_string(season);
}

std::string ArticleIri(std::string_view doc_id) { return std::string(ns::kArticle) + PercentEncode(doc_id); }

std::vector<Triple> GraphBuilder::Build(const Document& doc, const Mentions& mentions, const Facts& facts) const {
  const std::string rdf = ns::kRdf, rdfs = ns::kRdfs, schema = ns::kSchema, xsd = ns::kXsd;
  std::vector<Triple> out;
  auto add = [&](const std::string& s, const std::string& p, Term o) {
    out.push_back(Triple{Term::Iri(s), Term::Iri(p), std::move(o)});
  };
  const std::string article = ArticleIri(doc.id);
  add(article, rdf + "type", Term::Iri(schema + "NewsArticle"));
  add(article, schema + "identifier", Term::Literal(doc.id));
  if (!doc.date.empty()) add(article, schema + "datePublished", Term::Literal(doc.date, xsd + "date"));

  std::set<int> described;
  auto node = [&](int e, int series_for_season) -> std::string {
    const Entity& ent = mentions.entities[static_cast<size_t>(e)];
    std::string iri;
    if (ent.type == EntityType::kSeason) {
      const Entity& series = mentions.entities[static_cast<size_t>(series_for_season)];
      iri = SeasonIri(series.name, ent.season);
      add(iri, rdf + "type", Term::Iri(SchemaClass(EntityType::kSeason)));
      add(iri, rdfs + "label", Term::Literal(Nfc(series.name) + " season " + std::to_string(ent.season)));
      add(iri, schema + "seasonNumber", Term::Literal(std::to_string(ent.season), xsd + "integer"));
      add(iri, schema + "partOfSeries", Term::Iri(EntityIri(EntityType::kSeries, series.name)));
      return iri;
    }
    iri = EntityIri(ent.type, ent.name);
    if (described.insert(e).second) {
      add(iri, rdf + "type", Term::Iri(SchemaClass(ent.type)));
      add(iri, rdfs + "label", Term::Literal(Nfc(ent.Label())));
      add(article, schema + "mentions", Term::Iri(iri));
    }
    return iri;
  };

  for (const Fact& f : facts.facts) {
    const std::string s = node(f.subject, -1);
    const std::string o = node(f.object, f.subject);
    const std::string p = std::string(ns::kVocab) + f.relation;
    add(s, p, Term::Iri(o));
    if (!options_.provenance) continue;
    // A reified statement per fact: plain RDF 1.1, so every N-Triples
    // reader keeps it, and the asserted triple above stays as it is.
    const std::string stmt = article + "#fact-" + PercentEncode(f.relation) + "-" +
                             std::to_string(f.provenance.sentence) + "-" +
                             std::to_string(&f - facts.facts.data());
    add(stmt, rdf + "type", Term::Iri(rdf + "Statement"));
    add(stmt, rdf + "subject", Term::Iri(s));
    add(stmt, rdf + "predicate", Term::Iri(p));
    add(stmt, rdf + "object", Term::Iri(o));
    add(stmt, std::string(ns::kVocab) + "rule", Term::Literal(f.provenance.rule_id));
    add(stmt, std::string(ns::kVocab) + "ruleSource", Term::Literal(f.provenance.rule_location));
    add(stmt, std::string(ns::kVocab) + "article", Term::Iri(article));
    add(stmt, std::string(ns::kVocab) + "sentenceStart",
        Term::Literal(std::to_string(f.provenance.span.begin), xsd + "integer"));
    add(stmt, std::string(ns::kVocab) + "sentenceEnd",
        Term::Literal(std::to_string(f.provenance.span.end), xsd + "integer"));
    add(stmt, std::string(ns::kVocab) + "quote", Term::Literal(std::string(doc.Slice(f.provenance.span))));
  }
  std::sort(out.begin(), out.end(), [](const Triple& a, const Triple& b) {
    if (a.subject != b.subject) return a.subject < b.subject;
    int ra = PredicateRank(a.predicate.value), rb = PredicateRank(b.predicate.value);
    if (ra != rb) return ra < rb;
    if (a.predicate != b.predicate) return a.predicate < b.predicate;
    return a.object < b.object;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace trawl
