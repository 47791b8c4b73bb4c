#include "input/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace trawl {
namespace {

struct HeaderCase {
  std::string text;
  std::string date;
  std::string body_start;
};

class DateHeaderTest : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(DateHeaderTest, SplitsDateFromBody) {
  const HeaderCase& c = GetParam();
  Document d = MakeDocument("x", "x.txt", c.text);
  EXPECT_EQ(d.date, c.date);
  EXPECT_EQ(d.text.substr(d.body_begin, c.body_start.size()), c.body_start);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, DateHeaderTest,
    ::testing::Values(HeaderCase{" date 2024-04-17 For All Mankind is back.", "2024-04-17", "For All Mankind"},
                      HeaderCase{"date 2023-01-02 Body.", "2023-01-02", "Body."},
                      HeaderCase{"No header here.", "", "No header"},
                      HeaderCase{" date 2024-4-17 Broken header.", "", " date"},
                      HeaderCase{" date 2024-04-17x Not a date.", "", " date"}));

TEST(ReaderTest, InvalidUtf8IsReplacedNotDropped) {
  Document d = MakeDocument("x", "x.txt", std::string("Caf\xE9 society \xFF!"));
  EXPECT_EQ(d.text, "Caf\xEF\xBF\xBD society \xEF\xBF\xBD!");
  // One warning for the article, with the first bad byte's offset.
  EXPECT_EQ(d.warnings, std::vector<std::string>{"invalid UTF-8 at byte 3: 2 byte(s) replaced by U+FFFD"});
  EXPECT_TRUE(MakeDocument("x", "x.txt", "Caf\xC3\xA9 society").warnings.empty());
}

// A NUL would end a name in C-string APIs: it becomes a space, with a warning.
TEST(ReaderTest, NulBytesBecomeSpacesWithAWarning) {
  Document d = MakeDocument("x", "x.txt", std::string("Ann\0Low created Cold Lake.", 26));
  EXPECT_EQ(d.text, "Ann Low created Cold Lake.");
  EXPECT_EQ(d.warnings, std::vector<std::string>{"NUL byte at byte 3: 1 NUL byte(s) replaced by spaces"});
}

// An opening quote between letters is a mistyped apostrophe; quotes that
// open a title keep their form.
TEST(ReaderTest, AnOpeningQuoteBetweenLettersBecomesAnApostrophe) {
  Document d = MakeDocument("x", "x.txt", "Fox\u2018s drama \u2018Cold Lake\u2019 is Ann Low\u2018s.");
  EXPECT_EQ(d.text, "Fox\u2019s drama \u2018Cold Lake\u2019 is Ann Low\u2019s.");
}

// A header whose day is on no calendar gives no date (an xsd:date validators
// would reject) and says so; the header still stays out of the body.
TEST(ReaderTest, AnImpossibleDateIsDroppedWithAWarning) {
  for (const std::string bad : {"2024-13-45", "2023-02-29", "2024-04-31", "2024-00-10"}) {
    Document d = MakeDocument("x", "x.txt", " date " + bad + " Body.");
    EXPECT_EQ(d.date, "") << bad;
    EXPECT_EQ(d.text.substr(d.body_begin), "Body.") << bad;
    EXPECT_EQ(d.warnings, std::vector<std::string>{"impossible date " + bad + " in the date header: ignored"});
  }
  for (const std::string good : {"2024-02-29", "2000-02-29", "2024-12-31"}) {
    Document d = MakeDocument("x", "x.txt", " date " + good + " Body.");
    EXPECT_EQ(d.date, good);
    EXPECT_TRUE(d.warnings.empty()) << good;
  }
  EXPECT_EQ(MakeDocument("x", "x.txt", " date 1900-02-29 Body.").date, "");  // no leap day in 1900
}

// An image or archive among the articles is skipped as binary; a text with a
// few bad bytes is still an article.
TEST(ReaderTest, ABinaryFileIsNoArticle) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("trawl_binary_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string png = "\x89PNG\r\n\x1a\n";
  for (int i = 0; i < 300; ++i) png += std::string("\0\0\0\rIHDR\x01\x02\xff\xfe", 12);
  std::ofstream(dir / "image.txt", std::ios::binary) << png;
  std::string text = "Netflix renewed Cold Lake. ";
  for (int i = 0; i < 40; ++i) text += "The drama returns in May. ";
  text += "Caf\xE9.";
  std::ofstream(dir / "text.txt", std::ios::binary) << text;
  auto image = ReadDocument((dir / "image.txt").string());
  ASSERT_FALSE(image.ok());
  EXPECT_EQ(image.error().message, "binary file, not a text article");
  auto article = ReadDocument((dir / "text.txt").string());
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article.value().warnings.size(), 1u);
  fs::remove_all(dir);
}

TEST(ReaderTest, ExpandsDirectoriesSortedAndReportsMissingInputs) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "trawl_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.txt", "sub/c.txt", "notes.md"}) std::ofstream(dir / name) << "x";
  auto files = ExpandInputs({dir.string()});
  EXPECT_TRUE(files.skipped.empty());
  ASSERT_EQ(files.files.size(), 3u);
  EXPECT_EQ(fs::path(files.files[0]).filename(), "a.txt");
  EXPECT_EQ(fs::path(files.files[1]).filename(), "b.txt");
  EXPECT_EQ(fs::path(files.files[2]).filename(), "c.txt");
  // A missing input is reported and the others still expand.
  auto missing = ExpandInputs({(dir / "nope.txt").string(), (dir / "a.txt").string()});
  ASSERT_EQ(missing.skipped.size(), 1u);
  EXPECT_NE(missing.skipped[0].error().Format().find("nope.txt"), std::string::npos);
  ASSERT_EQ(missing.files.size(), 1u);
  auto doc = ReadDocument((dir / "a.txt").string());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value().id, "a");
  fs::remove_all(dir);
}

// Links that loop or point nowhere, and a link back to a parent directory,
// are reported or not followed; the walk never aborts and never recurses
// forever.
TEST(ReaderTest, LinkLoopsAndBrokenLinksAreReportedNotFatal) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "trawl_reader_links";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.txt") << "x";
  std::ofstream(dir / "sub" / "b.txt") << "x";
  fs::create_symlink("loop.txt", dir / "loop.txt");  // a link to itself
  fs::create_symlink("gone.txt", dir / "dangling.txt");
  fs::create_directory_symlink("..", dir / "sub" / "up");  // a cycle through a directory link
  auto out = ExpandInputs({dir.string()});
  ASSERT_EQ(out.files.size(), 2u);
  EXPECT_EQ(fs::path(out.files[0]).filename(), "a.txt");
  EXPECT_EQ(fs::path(out.files[1]).filename(), "b.txt");
  ASSERT_EQ(out.skipped.size(), 2u);
  std::string messages;
  for (const Status& s : out.skipped) messages += s.error().Format() + "\n";
  EXPECT_NE(messages.find("loop.txt: error: Too many levels of symbolic links"), std::string::npos) << messages;
  EXPECT_NE(messages.find("dangling.txt: error: broken symbolic link"), std::string::npos) << messages;
  fs::remove_all(dir);
}

TEST(ReaderTest, AnUnreadableDirectoryIsReportedAndTheRestIsRead) {
  namespace fs = std::filesystem;
  if (geteuid() == 0) GTEST_SKIP() << "root reads every directory";
  fs::path dir = fs::temp_directory_path() / "trawl_reader_locked";
  fs::remove_all(dir);
  fs::create_directories(dir / "locked");
  std::ofstream(dir / "a.txt") << "x";
  std::ofstream(dir / "locked" / "b.txt") << "x";
  fs::permissions(dir / "locked", fs::perms::none);
  auto out = ExpandInputs({dir.string()});
  fs::permissions(dir / "locked", fs::perms::owner_all);
  ASSERT_EQ(out.files.size(), 1u);
  ASSERT_EQ(out.skipped.size(), 1u);
  EXPECT_NE(out.skipped[0].error().Format().find("locked: error: cannot read directory: Permission denied"),
            std::string::npos)
      << out.skipped[0].error().Format();
  fs::remove_all(dir);
}

TEST(ReaderTest, AnArticleThatCannotBeOpenedSaysWhy) {
  auto doc = ReadDocument("/nonexistent-dir/x.txt");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().Format(), "/nonexistent-dir/x.txt: error: cannot open article: No such file or directory");
}

// What a strict decoder rejects becomes U+FFFD, one per bad byte: surrogates,
// overlong 3- and 4-byte forms, code points above U+10FFFF, F5-F7 leads.
TEST(ReaderTest, RepairRejectsWhatStrictDecodersReject) {
  const std::string kBad = "\xEF\xBF\xBD";
  struct Bad {
    std::string bytes;
    size_t replacements;
  };
  for (const Bad& b : std::vector<Bad>{{"\xED\xA0\x80", 3},         // U+D800, a surrogate
                                       {"\xE0\x80\xAF", 3},         // overlong '/'
                                       {"\xF0\x80\x80\xAF", 4},     // overlong '/'
                                       {"\xF4\x90\x80\x80", 4},     // U+110000
                                       {"\xF5\x80\x80\x80", 4}}) {  // F5 lead
    Document d = MakeDocument("x", "x.txt", "a" + b.bytes + "b");
    std::string want = "a";
    for (size_t k = 0; k < b.replacements; ++k) want += kBad;
    EXPECT_EQ(d.text, want + "b");
  }
  // Valid edges stay as they are: U+D7FF, U+E000, U+10FFFF.
  for (const std::string ok : {"\xED\x9F\xBF", "\xEE\x80\x80", "\xF4\x8F\xBF\xBF"})
    EXPECT_EQ(MakeDocument("x", "x.txt", ok).text, ok);
}

}  // namespace
}  // namespace trawl
