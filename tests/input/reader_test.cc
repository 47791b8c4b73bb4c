#include "input/reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

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
  Document d = MakeDocument("x", "x.txt", std::string("Caf\xE9 society"));
  EXPECT_EQ(d.text, "Caf\xEF\xBF\xBD society");
}

TEST(ReaderTest, ExpandsDirectoriesSortedAndReportsMissingInputs) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "trawl_reader_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.txt", "sub/c.txt", "notes.md"}) std::ofstream(dir / name) << "x";
  auto files = ExpandInputs({dir.string()});
  ASSERT_TRUE(files.ok());
  ASSERT_EQ(files.value().size(), 3u);
  EXPECT_EQ(fs::path(files.value()[0]).filename(), "a.txt");
  EXPECT_EQ(fs::path(files.value()[1]).filename(), "b.txt");
  EXPECT_EQ(fs::path(files.value()[2]).filename(), "c.txt");
  auto missing = ExpandInputs({(dir / "nope.txt").string()});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().Format().find("nope.txt"), std::string::npos);
  auto doc = ReadDocument((dir / "a.txt").string());
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc.value().id, "a");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace trawl
