#include "graph/graph_builder.h"

#include <gtest/gtest.h>

namespace trawl {
namespace {

TEST(IriTest, SameNameSameIriAcrossSpellings) {
  EXPECT_EQ(EntityIri(EntityType::kSeries, "Chicago P.D."), EntityIri(EntityType::kSeries, "Chicago PD"));
  EXPECT_EQ(EntityIri(EntityType::kNetwork, "Apple TV+"), "https://w3id.org/trawl/id/organization/apple_tv%2B");
  EXPECT_EQ(EntityIri(EntityType::kStudio, "Apple TV+"), EntityIri(EntityType::kNetwork, "Apple TV+"));
  EXPECT_NE(EntityIri(EntityType::kPerson, "Ben"), EntityIri(EntityType::kSeries, "Ben"));
}

TEST(IriTest, EveryByteOutsideUnreservedIsEncoded) {
  EXPECT_EQ(PercentEncode("Law & Order: SVU"), "Law%20%26%20Order%3A%20SVU");
  EXPECT_EQ(PercentEncode("Iñárritu"), "I%C3%B1%C3%A1rritu");
  EXPECT_EQ(PercentEncode("a-b_c.d~e"), "a-b_c.d~e");
}

TEST(GraphBuilderTest, SeasonNodeArticleAndLabels) {
  Document doc;
  doc.id = "art 1";
  doc.date = "2024-04-17";
  Mentions m;
  m.entities = {Entity{EntityType::kSeries, "For All Mankind", "", 0}, Entity{EntityType::kSeason, "5", "", 5}};
  Facts f;
  f.facts.push_back(Fact{"renewed_for", 0, 1, {}});
  std::vector<Triple> t = GraphBuilder(GraphOptions{}).Build(doc, m, f);
  const std::string series = "https://w3id.org/trawl/id/series/for_all_mankind";
  const std::string season = series + "/season/5";
  auto has = [&](const std::string& s, const std::string& p, const Term& o) {
    for (const Triple& x : t)
      if (x.subject.value == s && x.predicate.value == p && x.object == o) return true;
    return false;
  };
  EXPECT_TRUE(has(series, "https://w3id.org/trawl/vocab#renewed_for", Term::Iri(season)));
  EXPECT_TRUE(has(season, "http://schema.org/seasonNumber",
                  Term::Literal("5", "http://www.w3.org/2001/XMLSchema#integer")));
  EXPECT_TRUE(has(season, "http://schema.org/partOfSeries", Term::Iri(series)));
  EXPECT_TRUE(has(series, "http://www.w3.org/2000/01/rdf-schema#label", Term::Literal("For All Mankind")));
  EXPECT_TRUE(has("https://w3id.org/trawl/article/art%201", "http://schema.org/datePublished",
                  Term::Literal("2024-04-17", "http://www.w3.org/2001/XMLSchema#date")));
  // Sorted and without duplicates: building twice gives the same triples.
  EXPECT_EQ(t, GraphBuilder(GraphOptions{}).Build(doc, m, f));
}

}  // namespace
}  // namespace trawl
