#include "entities/name_finder.h"

#include <gtest/gtest.h>

#include "../test_util.h"

namespace trawl {
namespace {

// The names the finder reports for `text` (nothing taken beforehand), as
// "key" or "key (quoted)".
std::vector<std::string> Names(const std::string& text) {
  auto seg = Segmenter::Create(testing::ProjectRules().abbreviations);
  EXPECT_TRUE(seg.ok());
  Document doc = MakeDocument("t", "t", text);
  SegmentedDocument sd = seg.value()->Segment(doc);
  std::vector<std::vector<ByteSpan>> taken(sd.sentences.size());
  std::vector<std::string> out;
  for (const FoundName& f : NameFinder(testing::ProjectRules()).Find(sd, taken))
    out.push_back(f.key + (f.quoted ? " (quoted)" : ""));
  return out;
}

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// "Fosse/Verdon" is one title; "Ann Low/Joe Ray" two people.
TEST(NameFinderTest, ASlashJoinsTwoWordsButPartsTwoLongerNames) {
  auto names = Names("She loved the drama Fosse/Verdon. The Ann Low/Joe Ray-created show is back.");
  EXPECT_TRUE(Has(names, "Fosse/Verdon")) << ::testing::PrintToString(names);
  EXPECT_TRUE(Has(names, "Ann Low"));
  EXPECT_TRUE(Has(names, "Joe Ray"));
  EXPECT_FALSE(Has(names, "Ann Low/Joe Ray"));
}

// A quoted nickname after a given name stays inside the person's name; a
// quoted title after a word that is no given name stays a title of its own.
TEST(NameFinderTest, AQuotedNicknameStaysInsideTheName) {
  auto names = Names("Showrunner Tom 'Tad' Reyes returns. Creator Ann \u201cAnnie\u201d Low agreed. "
                     "The Harbor \u201cLights\u201d Festival ended.");
  EXPECT_TRUE(Has(names, "Tom 'Tad' Reyes")) << ::testing::PrintToString(names);
  EXPECT_TRUE(Has(names, "Ann \u201cAnnie\u201d Low"));
  EXPECT_FALSE(Has(names, "Tom"));
  EXPECT_FALSE(Has(names, "Tad Reyes"));
  EXPECT_FALSE(Has(names, "Harbor \u201cLights\u201d Festival"));
}

// After a title cue a preposition may join a title, but not to a date.
TEST(NameFinderTest, ATitleAfterACueDoesNotJoinADate) {
  auto names = Names("The network renewed Cold Lake on Monday. It renewed Nobody Sleeps in Crete.");
  EXPECT_TRUE(Has(names, "Cold Lake")) << ::testing::PrintToString(names);
  EXPECT_FALSE(Has(names, "Cold Lake on Monday"));
  EXPECT_TRUE(Has(names, "Nobody Sleeps in Crete"));
}

// A job title before a person's full name is no part of the name, anywhere
// in the sentence; with no person after it, a run stays a title.
TEST(NameFinderTest, AJobTitleBeforeAPersonIsDropped) {
  auto names = Names("It was ordered by Head of Drama Jane Roe and Commissioning Editor Tom Ash. "
                     "She loved Head of the Class.");
  EXPECT_TRUE(Has(names, "Jane Roe")) << ::testing::PrintToString(names);
  EXPECT_TRUE(Has(names, "Tom Ash"));
  EXPECT_FALSE(Has(names, "Head of Drama Jane Roe"));
  EXPECT_TRUE(Has(names, "Head of the Class"));
}

// "&" joins a title, not two people named in full.
TEST(NameFinderTest, AnAmpersandBetweenTwoFullNamesPartsThem) {
  auto names = Names("It stars in Law & Order. It is run by Ann Low & Bo Tate.");
  EXPECT_TRUE(Has(names, "Law & Order")) << ::testing::PrintToString(names);
  EXPECT_TRUE(Has(names, "Ann Low"));
  EXPECT_TRUE(Has(names, "Bo Tate"));
  EXPECT_FALSE(Has(names, "Ann Low & Bo Tate"));
}

TEST(NameFinderTest, AnOrdinaryWordThatOpensASentenceIsNoName) {
  auto names = Names("Production has not started. Filming begins in Ohio.");
  EXPECT_FALSE(Has(names, "Production"));
  EXPECT_FALSE(Has(names, "Filming"));
  EXPECT_TRUE(Has(names, "Ohio"));
}

TEST(NameFinderTest, AWordTitleOpensASentenceWhenTheArticleWritesItAsAName) {
  auto names = Names("Drift is averaging five million viewers. Hulu has given Drift a second season.");
  EXPECT_EQ(std::count(names.begin(), names.end(), "Drift"), 2);
}

TEST(NameFinderTest, AnOpenerOrRoleWordIsDroppedFromTheName) {
  auto names = Names("Showrunner Marisol Quintero spoke. Also back is Tobias Lind.");
  EXPECT_TRUE(Has(names, "Marisol Quintero"));
  EXPECT_TRUE(Has(names, "Tobias Lind"));
  EXPECT_FALSE(Has(names, "Showrunner Marisol Quintero"));
}

TEST(NameFinderTest, TitlesWithJoinersAbbreviationsColonsAndNumbers) {
  auto names = Names(
      "It stars in House of the Dragon, St. Agnes Medical, Salt & Vine, Ironwood: The Reckoning and Station 19.");
  for (const char* n : {"House of the Dragon", "St. Agnes Medical", "Salt & Vine", "Ironwood: The Reckoning",
                        "Station 19"})
    EXPECT_TRUE(Has(names, n)) << n;
}

TEST(NameFinderTest, QuotedTitlesKeepLowerCaseWordsAndLoseTheSentenceComma) {
  auto names = Names("Fans loved “How to Leave Town (Fast),” and ‘Drift’ too. “We are thrilled to be back here,” she said.");
  EXPECT_TRUE(Has(names, "How to Leave Town (Fast) (quoted)"));
  EXPECT_TRUE(Has(names, "Drift (quoted)"));
  EXPECT_FALSE(Has(names, "We are thrilled to be back here (quoted)"));
}

TEST(NameFinderTest, ANicknameBetweenTwoNamesIsNoTitle) {
  auto names = Names("The cook Carmen “Carmy” Berzatto returns.");
  EXPECT_FALSE(Has(names, "Carmy (quoted)"));
}

TEST(NameFinderTest, TitleJoinersNeedTheArticlesConfirmation) {
  // Written twice the same way, "Ember and Ash" is a title; two people named
  // in full are not ("Rosa Diaz and Ben Ortiz").
  auto names = Names(
      "Netflix renewed Ember and Ash. Ember and Ash returns in May. Rosa Diaz and Ben Ortiz star. "
      "Rosa Diaz and Ben Ortiz wrote it.");
  EXPECT_TRUE(Has(names, "Ember and Ash"));
  EXPECT_FALSE(Has(names, "Rosa Diaz and Ben Ortiz"));
  // Once only: no evidence that it is one title.
  EXPECT_FALSE(Has(Names("She met Ember and Ash in Ohio."), "Ember and Ash"));
}

TEST(NameFinderTest, APrepositionJoinsATitleWhoseFirstPartNeverStandsAlone) {
  auto names = Names("Netflix renewed Nobody Sleeps in Crete. The drama Tidewater, set in Cornwall, is back.");
  EXPECT_TRUE(Has(names, "Nobody Sleeps in Crete"));
  // "Tidewater" stands alone elsewhere: "Tidewater in London" is a place.
  auto apart = Names("Tidewater returns. Hulu filmed Tidewater in London. Drift from May is a date.");
  EXPECT_FALSE(Has(apart, "Tidewater in London"));
  EXPECT_TRUE(Has(apart, "Tidewater"));
  // A date or a nationality ends no title: "developed the U.S. Spectres from the British comedy".
  auto british = Names("Hulu developed the U.S. Spectres from the British comedy. Spectres leads the way.");
  EXPECT_TRUE(Has(british, "Spectres"));
  EXPECT_FALSE(Has(british, "Spectres from the British"));
}

TEST(NameFinderTest, SurnamesOfPeopleNamedInFullAreNoTitle) {
  auto names = Names("Matt Wolpert and Ben Nedivi created it. Wolpert and Nedivi run it. Wolpert and Nedivi said so.");
  EXPECT_FALSE(Has(names, "Wolpert and Nedivi"));
  EXPECT_TRUE(Has(names, "Wolpert"));
}

TEST(NameFinderTest, PossessivesStayOutsideNamesUnlessTheyMakeATitle) {
  auto names = Names("Marnie’s Diner returns. Tobias Lind’s new drama is Ledger.");
  EXPECT_TRUE(Has(names, "Marnie’s Diner"));
  EXPECT_TRUE(Has(names, "Tobias Lind"));
  EXPECT_FALSE(Has(names, "Tobias Lind’s new"));
}

TEST(NameFinderTest, TheStaysWithATitleButNotBeforeAPerson) {
  auto names = Names("The Quiet Harbor returns. The Rosa Diaz comedy was renewed.");
  EXPECT_TRUE(Has(names, "The Quiet Harbor"));
  EXPECT_TRUE(Has(names, "Rosa Diaz"));
  EXPECT_FALSE(Has(names, "The Rosa Diaz"));
}

TEST(NameFinderTest, AdjectiveCompoundsAreNoNamesButCreditCompoundsKeepTheirHead) {
  auto names = Names("The Emmy-winning drama is a Rosa Diaz-created spinoff.");
  EXPECT_FALSE(Has(names, "Emmy"));
  EXPECT_TRUE(Has(names, "Rosa Diaz"));
}

TEST(NameFinderTest, AHeadlineCountsOnlyNamesTheBodyConfirmsOrQuotes) {
  auto names = Names("‘Drift’ Renewed For Season 2 At Hulu As Ledger Ends\n\nHulu has renewed Drift. It stars Rosa Diaz.");
  EXPECT_TRUE(Has(names, "Drift (quoted)"));
  EXPECT_FALSE(Has(names, "Renewed For Season"));
  EXPECT_FALSE(Has(names, "Ledger"));  // the body never names it
}

TEST(NameFinderTest, CountryAbbreviationsAreNotPartOfATitle) {
  auto names = Names("Hulu developed the U.S. Spectres from a British comedy.");
  EXPECT_TRUE(Has(names, "Spectres"));
}

}  // namespace
}  // namespace trawl
