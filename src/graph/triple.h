// RDF terms and triples as plain values; rdf/ turns them into bytes.
#pragma once

#include <string>
#include <tuple>

namespace trawl {

struct Term {
  enum class Kind { kIri, kLiteral };
  Kind kind = Kind::kIri;
  std::string value;     // IRI or lexical form
  std::string datatype;  // literals: datatype IRI, empty for xsd:string
  static Term Iri(std::string v) { return Term{Kind::kIri, std::move(v), {}}; }
  static Term Literal(std::string v, std::string datatype = {}) {
    return Term{Kind::kLiteral, std::move(v), std::move(datatype)};
  }
  friend bool operator==(const Term&, const Term&) = default;
  friend auto operator<=>(const Term& a, const Term& b) {
    return std::tie(a.kind, a.value, a.datatype) <=> std::tie(b.kind, b.value, b.datatype);
  }
};

struct Triple {
  Term subject, predicate, object;
  friend bool operator==(const Triple&, const Triple&) = default;
};

namespace ns {
inline constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* kSchema = "http://schema.org/";
inline constexpr const char* kVocab = "https://w3id.org/trawl/vocab#";
inline constexpr const char* kId = "https://w3id.org/trawl/id/";
inline constexpr const char* kArticle = "https://w3id.org/trawl/article/";
}  // namespace ns

}  // namespace trawl
