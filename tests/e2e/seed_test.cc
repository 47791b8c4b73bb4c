// The seed article against its hand-made gold: all 28 triples, nothing else.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "../test_util.h"

namespace trawl {
namespace {

// Gold TSV (doc, subject, relation, object) -> normalized triples of `doc`.
std::set<std::string> ReadGold(const std::string& path, const std::string& doc) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << path;
  std::set<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("doc\t", 0) == 0) continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    if (cols.size() == 4 && cols[0] == doc) out.insert(NameKey(cols[1]) + " | " + cols[2] + " | " + NameKey(cols[3]));
  }
  return out;
}

TEST(SeedTest, ExtractsExactlyTheGoldTriples) {
  const std::string dir = testing::SourceDir();
  auto doc = ReadDocument(dir + "/corpus/for-all-mankind-renewal.txt");
  ASSERT_TRUE(doc.ok());
  Extraction e = testing::ProjectPipeline().Run(std::move(doc).value());
  std::set<std::string> gold = ReadGold(dir + "/tests/data/seed.gold.tsv", "for-all-mankind-renewal");
  ASSERT_EQ(gold.size(), 28u);
  EXPECT_EQ(testing::Triples(e), gold);
  EXPECT_EQ(e.doc->date, "2024-04-17");
}

}  // namespace
}  // namespace trawl
