#include "entities/recognizer.h"

#include <gtest/gtest.h>

#include "../test_util.h"

namespace trawl {
namespace {

// name -> type of every entity the recognizer found in `text`.
std::map<std::string, EntityType> Entities(const std::string& text) {
  Extraction e = testing::ProjectPipeline().Run(MakeDocument("t", "t", text));
  std::map<std::string, EntityType> out;
  for (const Entity& ent : e.mentions.entities)
    if (ent.type != EntityType::kSeason) out[ent.name] = ent.type;
  return out;
}

TEST(RecognizerTest, AwardBeforeASurnameIsNotAPerson) {
  auto ents = Entities("Cold Lake was created by Ronald D. Moore. Cold Lake is created by Emmy Award winner Moore.");
  EXPECT_EQ(ents.count("Emmy Award"), 0u);
  EXPECT_EQ(ents.count("Moore"), 0u);  // resolved to the full name
  EXPECT_EQ(ents["Ronald D. Moore"], EntityType::kPerson);
}

TEST(RecognizerTest, SurnameResolvesForwardToTheFullName) {
  Extraction e = testing::ProjectPipeline().Run(MakeDocument(
      "t", "t", "Cold Lake was renewed. Davis executive produces. Later Maril Davis said hello."));
  int davis = -1;
  for (const Mention& m : e.mentions.mentions)
    if (e.doc->Slice(m.span) == "Davis") davis = m.entities.empty() ? -2 : m.entities[0];
  ASSERT_GE(davis, 0);
  EXPECT_EQ(e.mentions.entities[static_cast<size_t>(davis)].name, "Maril Davis");
}

// A show noun that modifies another noun ("drama slate", "comedy boss") is
// no reference to a show (a mention rule's `not_before`).
TEST(RecognizerTest, AShowNounInACompoundIsNoReference) {
  Extraction e = testing::ProjectPipeline().Run(MakeDocument(
      "t", "t", "Hulu renewed Cold Lake. The BBC has unveiled its drama slate. The drama was renewed."));
  std::vector<std::string> refs;
  for (const Mention& m : e.mentions.mentions)
    if (m.type == EntityType::kSeries) refs.emplace_back(e.doc->Slice(m.span));
  EXPECT_EQ(refs, (std::vector<std::string>{"Cold Lake", "The drama"}));
}

TEST(RecognizerTest, TypesByContextNotByList) {
  auto ents = Entities("Hulu renewed the drama Quiet Harbor. Quiet Harbor creator Zed Okafor said it was good.");
  EXPECT_EQ(ents["Quiet Harbor"], EntityType::kSeries);
  EXPECT_EQ(ents["Zed Okafor"], EntityType::kPerson);
  EXPECT_EQ(ents["Hulu"], EntityType::kNetwork);
}

TEST(RecognizerTest, ALongListOfUnknownNamesIsTypedFromItsFirstMember) {
  auto ents = Entities(
      "Executive producers include Ann Low, Zed Quist, Pim Oort, Vo Trang, Ise Malk, Ute Rask, Oli Brenn, "
      "Kai Dorn and Ebo Sall.");
  for (const char* name : {"Ann Low", "Zed Quist", "Oli Brenn", "Kai Dorn", "Ebo Sall"})
    EXPECT_EQ(ents[name], EntityType::kPerson) << name;
}

TEST(RecognizerTest, GazetteerPossessiveAndCompanyShapes) {
  auto ents = Entities("Netflix’s Quiet Harbor is produced by Grey Owl Productions and Sony Pictures Television.");
  EXPECT_EQ(ents["Netflix"], EntityType::kNetwork);
  EXPECT_EQ(ents["Grey Owl Productions"], EntityType::kStudio);
  EXPECT_EQ(ents["Sony Pictures Television"], EntityType::kStudio);
  EXPECT_EQ(ents["Quiet Harbor"], EntityType::kSeries);
}

TEST(RecognizerTest, BothSeriesRefersToTheTwoLastSeries) {
  Extraction e = testing::ProjectPipeline().Run(MakeDocument(
      "t", "t", "Cold Lake was renewed, and Hot Springs is its spinoff. Both series are made for Hulu."));
  bool found = false;
  for (const Mention& m : e.mentions.mentions) {
    if (!m.is_reference || m.type != EntityType::kSeries) continue;
    found = true;
    ASSERT_EQ(m.entities.size(), 2u);
    std::set<std::string> names;
    for (int x : m.entities) names.insert(e.mentions.entities[static_cast<size_t>(x)].name);
    EXPECT_EQ(names, (std::set<std::string>{"Cold Lake", "Hot Springs"}));
  }
  EXPECT_TRUE(found);
}

// The names "the duo" stands for, in the article's last sentence.
std::set<std::string> DuoIn(const std::string& text) {
  Extraction e = testing::ProjectPipeline().Run(MakeDocument("t", "t", text));
  std::set<std::string> names;
  bool found = false;  // an empty answer must come from the anaphor, not its absence
  for (const Mention& m : e.mentions.mentions)
    if (m.is_reference && m.type == EntityType::kPerson && e.doc->Slice(m.span) == "The duo") {
      found = true;
      for (int x : m.entities) names.insert(e.mentions.entities[static_cast<size_t>(x)].name);
    }
  EXPECT_TRUE(found) << text;
  return names;
}

TEST(RecognizerTest, APairAnaphorIsTheLastPairNamedNotTheEndOfAList) {
  // The last two names, when they stand alone.
  EXPECT_EQ(DuoIn("Cold Lake is new. Ann Low wrote it, and Bo Diaz directed it. The duo created the series."),
            (std::set<std::string>{"Ann Low", "Bo Diaz"}));
  // Not the end of a cast list: the pair named as a pair before it.
  EXPECT_EQ(DuoIn("Cold Lake is from Ann Low and Bo Diaz. Its cast: Cy Ray, Di Fox, Ed Gay and Flo Hart. "
                  "The duo created the series."),
            (std::set<std::string>{"Ann Low", "Bo Diaz"}));
  // With no pair named as such, no one.
  EXPECT_EQ(DuoIn("Cold Lake is new. Its cast: Cy Ray, Di Fox, Ed Gay and Flo Hart. The duo created the series."),
            (std::set<std::string>{}));
}

TEST(RecognizerTest, AnAmbiguousNetworkNameIsTheNetworkOnlyWhereTheContextSaysSo) {
  // "Peacock" and "Max" are listed as ~aliases: words or given names too.
  auto ents = Entities("Peacock has renewed Drift for a second season. It is moving to Max in May.");
  EXPECT_EQ(ents["Peacock"], EntityType::kNetwork);
  EXPECT_EQ(ents["HBO Max"], EntityType::kNetwork);  // the entry's canonical name
  auto person = Entities("Max Ortega stars in Drift. Peacock feathers cover the set.");
  EXPECT_EQ(person["Max Ortega"], EntityType::kPerson);
  EXPECT_EQ(person.count("HBO Max"), 0u);
  EXPECT_EQ(person.count("Peacock"), 0u);
}

TEST(RecognizerTest, AGazetteerEntityIsLabelledWithTheFullestAliasTheArticleUses) {
  Extraction e = testing::ProjectPipeline().Run(
      MakeDocument("t", "t", "Drift is moving to Max. Max has renewed Drift."));
  bool found = false;
  for (const Entity& ent : e.mentions.entities) {
    if (ent.name != "HBO Max") continue;
    found = true;
    EXPECT_EQ(ent.Label(), "Max");  // the article never says "HBO Max"
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace trawl
