#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include "input/reader.h"
#include "segment/normalize.h"

namespace trawl {
namespace {

std::vector<std::string> Sentences(const std::string& text, std::vector<std::string> abbreviations = {}) {
  auto seg = Segmenter::Create(std::move(abbreviations));
  EXPECT_TRUE(seg.ok());
  Document doc = MakeDocument("t", "t", text);
  SegmentedDocument s = seg.value()->Segment(doc);
  std::vector<std::string> out;
  for (const Sentence& sentence : s.sentences) out.emplace_back(doc.Slice(sentence.span));
  return out;
}

TEST(SegmenterTest, JoinsSplitsAfterInitials) {
  EXPECT_EQ(Sentences("It was created by Ronald D. Moore and D. B. Weiss. It returns."),
            (std::vector<std::string>{"It was created by Ronald D. Moore and D. B. Weiss.", "It returns."}));
  EXPECT_EQ(Sentences("George R.R. Martin wrote it."), (std::vector<std::string>{"George R.R. Martin wrote it."}));
}

TEST(SegmenterTest, JoinsSplitsAfterListedAbbreviations) {
  EXPECT_EQ(Sentences("It airs at 10 p.m. ET on CBS. Then it streams.", {"p.m."}),
            (std::vector<std::string>{"It airs at 10 p.m. ET on CBS.", "Then it streams."}));
}

TEST(SegmenterTest, ParagraphsAndUtf8ByteOffsets) {
  const std::string text = " date 2024-01-01 “Café” is back.\n\nSecond paragraph — here.";
  auto seg = Segmenter::Create({});
  ASSERT_TRUE(seg.ok());
  Document doc = MakeDocument("t", "t", text);
  SegmentedDocument s = seg.value()->Segment(doc);
  ASSERT_EQ(s.paragraphs.size(), 2u);
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(doc.Slice(s.sentences[0].span), "“Café” is back.");
  EXPECT_EQ(s.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.Slice(s.sentences[1].span), "Second paragraph — here.");
  // Tokens are byte spans too: the first token of sentence 0 is the quote.
  ASSERT_FALSE(s.sentences[0].tokens.empty());
  EXPECT_EQ(doc.Slice(s.sentences[0].tokens[0].span), "“");
  EXPECT_EQ(doc.Slice(s.sentences[0].tokens[1].span), "Café");
}

TEST(NormalizeTest, NameKeyFollowsTheScoringGuidelines) {
  EXPECT_EQ(NameKey("Chicago P.D."), "chicago pd");
  EXPECT_EQ(NameKey("  Rockne S. O’Bannon "), "rockne s o'bannon");
  EXPECT_EQ(NameKey("Beverly Hills, 90210"), "beverly hills 90210");
  EXPECT_EQ(NameKey("ﬁne"), "fine");  // NFKC
}

}  // namespace
}  // namespace trawl

namespace trawl {
namespace {

SegmentedDocument SegmentText(const std::string& text, Document* doc) {
  auto seg = Segmenter::Create({});
  EXPECT_TRUE(seg.ok());
  *doc = MakeDocument("t", "t", text);
  return seg.value()->Segment(*doc);
}

TEST(SegmenterHeadlineTest, ATitleCaseFirstLineWithoutAFullStopIsAHeadline) {
  Document doc;
  SegmentedDocument sd = SegmentText("Hulu Renews Drift For A Second Season\n\nHulu has renewed Drift.", &doc);
  ASSERT_EQ(sd.sentences.size(), 2u);
  EXPECT_TRUE(sd.sentences[0].headline);
  EXPECT_FALSE(sd.sentences[1].headline);
}

TEST(SegmenterHeadlineTest, AShortBodyLineThatDoesNotEndASentenceIsAHeading) {
  Document doc;
  SegmentedDocument sd = SegmentText(
      "Hulu Renews Drift\n\nHulu has renewed Drift.\n\nThe Future of Drift\n\nAnn Low stays on.\n\nWhat's next?\n\n"
      "It ends here.\n\nThe last line",
      &doc);
  ASSERT_EQ(sd.sentences.size(), 7u);
  EXPECT_FALSE(sd.sentences[0].heading);  // the headline
  EXPECT_FALSE(sd.sentences[1].heading);  // a sentence
  EXPECT_TRUE(sd.sentences[2].heading);
  EXPECT_FALSE(sd.sentences[3].heading);
  EXPECT_TRUE(sd.sentences[4].heading);   // a question is a heading too
  EXPECT_FALSE(sd.sentences[6].heading);  // nothing after it to head
}

// A fact sheet's "Label: value" line is no heading: its names are read as
// the body's ("Creator: Ann Low").
TEST(SegmenterHeadlineTest, ALabelAndItsValueIsNoHeading) {
  Document doc;
  SegmentedDocument sd =
      SegmentText("Hulu has renewed the drama Drift.\n\nCreator: Ann Low\n\nWhat comes next\n\nIt ends.", &doc);
  ASSERT_EQ(sd.sentences.size(), 4u);
  EXPECT_FALSE(sd.sentences[1].heading);
  EXPECT_TRUE(sd.sentences[2].heading);
}

// A listicle's item opens with its title as a sentence of its own: a run-in
// heading. A sentence that is not a bare title ("It holds up.") or that does
// not open its paragraph is none.
TEST(SegmenterHeadlineTest, ATitleThatOpensItsParagraphIsARunInHeading) {
  Document doc;
  SegmentedDocument sd = SegmentText(
      "Hulu renewed Drift.\n\nThe Quiet Hour. Ann Low created it.\n\nIt holds up. Mostly.\n\n"
      "Cold Lake, Maine. Bo Diaz runs it.\n\nThe End Of The Road Is Here Again Now. Yes.",
      &doc);
  ASSERT_EQ(sd.sentences.size(), 9u);
  EXPECT_FALSE(sd.sentences[0].run_in);
  EXPECT_TRUE(sd.sentences[1].run_in);
  EXPECT_TRUE(sd.sentences[1].heading);
  EXPECT_FALSE(sd.sentences[1].TitleLine());  // its names are found as in the body
  EXPECT_FALSE(sd.sentences[2].run_in);
  EXPECT_FALSE(sd.sentences[3].run_in);  // not a title
  EXPECT_FALSE(sd.sentences[4].run_in);  // not the paragraph's first
  EXPECT_FALSE(sd.sentences[5].run_in);  // a comma
  EXPECT_FALSE(sd.sentences[7].run_in);  // too long for a title
}

TEST(SegmenterHeadlineTest, AFirstParagraphThatIsASentenceIsNoHeadline) {
  Document doc;
  SegmentedDocument sd = SegmentText("Drift is getting a third season.\n\nHulu said so on Monday.", &doc);
  EXPECT_FALSE(sd.sentences[0].headline);
  // One paragraph only: nothing to be the headline of.
  SegmentedDocument one = SegmentText("Hulu Renews Drift For A Second Season", &doc);
  EXPECT_FALSE(one.sentences[0].headline);
}

TEST(SegmenterTokenTest, TokensCarryTheirShape) {
  Document doc;
  SegmentedDocument sd = SegmentText("Émile met HBO crew in 1999, too.", &doc);
  const auto& t = sd.sentences[0].tokens;
  ASSERT_GE(t.size(), 7u);
  EXPECT_TRUE(t[0].Is(kShapeUpperInitial));   // Émile
  EXPECT_FALSE(t[0].Is(kShapeAllUpper));
  EXPECT_TRUE(t[1].Is(kShapeLowerInitial));   // met
  EXPECT_TRUE(t[2].Is(kShapeAllUpper));       // HBO
  EXPECT_TRUE(t[5].Is(kShapeDigitInitial));   // 1999
  EXPECT_TRUE(t[6].Is(kShapePunct));          // ,
}

}  // namespace
}  // namespace trawl
