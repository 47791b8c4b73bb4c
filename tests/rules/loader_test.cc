#include "rules/rule_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../test_util.h"

namespace trawl {
namespace {
namespace fs = std::filesystem;

std::set<std::string> Triggered(const std::string& words) {
  std::set<std::string> out;
  for (const RelationSchema* r : testing::ProjectRules().TriggeredRelations(words)) out.insert(r->name);
  return out;
}

TEST(TriggerTest, AStackOfWordsNamesEachRelationOnce) {
  EXPECT_EQ(Triggered("created, wrote and executive produces"),
            (std::set<std::string>{"created_by", "executive_produced_by"}));
  EXPECT_EQ(Triggered("creator and showrunner"), (std::set<std::string>{"created_by", "showrun_by"}));
}

TEST(TriggerTest, AWordInsideALongerTriggerOrWordCountsNot) {
  // "produced" of "executive produced" is no produced_by.
  EXPECT_EQ(Triggered("executive produced"), (std::set<std::string>{"executive_produced_by"}));
  // A co-executive producer is not an executive producer.
  EXPECT_TRUE(Triggered("co-executive producer").empty());
  EXPECT_TRUE(Triggered("recreated").empty());
  EXPECT_TRUE(Triggered("wrote and directed").empty());
}

TEST(TriggerTest, VerbsThatNeedTheShowAsObjectCanBeLeftOut) {
  auto rels = testing::ProjectRules().TriggeredRelations("runs", false);
  EXPECT_TRUE(rels.empty());
  EXPECT_EQ(Triggered("runs"), (std::set<std::string>{"showrun_by"}));
}

// A copy of the project's rules in a temp dir that a test may break.
class BrokenRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("trawl_rules_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::copy(testing::SourceDir() + "/rules", dir_, fs::copy_options::recursive);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Append(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file, std::ios::app) << text;
  }
  // Line number of the last line of `file`.
  int LineCount(const std::string& file) {
    std::ifstream in(dir_ / file);
    int n = 0;
    for (std::string line; std::getline(in, line);) ++n;
    return n;
  }
  std::string AllMessages(const LoadedRules& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += d.Format() + "\n";
    return out;
  }
  fs::path dir_;
};

TEST(RuleSetTest, ProjectRulesLoad) {
  LoadedRules r = LoadRuleSet(testing::SourceDir() + "/rules");
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_NE(r.rules, nullptr);
  EXPECT_EQ(r.rules->relations.size(), 7u);
  EXPECT_NE(r.rules->FindRelation("created_by"), nullptr);
}

TEST_F(BrokenRulesTest, BrokenRegexIsReportedWithFileLineAndRe2Text) {
  const std::string file = "relations/created_by.toml";
  int line = LineCount(file) + 2;
  Append(file, "\n[[rule]]\nid = \"created_by.broken\"\npattern = '''(?P<object>{PEOPLE}'''\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  std::string msg = AllMessages(r);
  EXPECT_NE(msg.find("created_by.toml:" + std::to_string(line) + ": error: rule created_by.broken: missing )"),
            std::string::npos)
      << msg;
}

TEST_F(BrokenRulesTest, UnknownMacroIsReported) {
  Append("relations/spinoff_of.toml",
         "\n[[rule]]\nid = \"spinoff_of.bad_macro\"\npattern = '''(?P<object>{SERIEZ})'''\n");
  std::string msg = AllMessages(LoadRuleSet(dir_.string()));
  EXPECT_NE(msg.find("rule spinoff_of.bad_macro: unknown macro {SERIEZ}"), std::string::npos) << msg;
}

// One error that names the missing file, not one "unknown macro" per pattern.
TEST_F(BrokenRulesTest, AMissingMacrosFileIsOneErrorNamingIt) {
  fs::remove(dir_ / "macros.toml");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  ASSERT_EQ(r.diagnostics.size(), 1u) << AllMessages(r);
  EXPECT_NE(AllMessages(r).find("macros.toml: error: missing: the {MACRO}s that the patterns use are defined there"),
            std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, TomlSyntaxErrorIsReportedWithLine) {
  const std::string file = "relations/produced_by.toml";
  int line = LineCount(file) + 2;
  Append(file, "\n[[rule]\n");
  std::string msg = AllMessages(LoadRuleSet(dir_.string()));
  EXPECT_NE(msg.find("produced_by.toml:" + std::to_string(line) + ": error: TOML syntax"), std::string::npos) << msg;
}

TEST_F(BrokenRulesTest, EveryErrorIsReportedInOnePass) {
  Append("relations/showrun_by.toml",
         "\n[[rule]]\nid = \"showrun_by.tapped_as\"\npattern = '''(?P<object>{PEOPLE})'''\n"
         "\n[[rule]]\nid = \"showrun_by.stray\"\npattern = '''(?P<who>{PEOPLE})'''\n");
  Append("guards.toml", "\n[[guard]]\nid = \"guard.x\"\nrelations = [\"directed_by\"]\npattern = 'x'\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  std::string msg = AllMessages(r);
  EXPECT_NE(msg.find("rule showrun_by.tapped_as: duplicate id"), std::string::npos) << msg;
  EXPECT_NE(msg.find("capture 'who' names no slot"), std::string::npos) << msg;
  EXPECT_NE(msg.find("unknown relation 'directed_by'"), std::string::npos) << msg;
  EXPECT_EQ(r.diagnostics.size(), 3u) << msg;
}

struct ExpandCase {
  std::string pattern, expanded;
};
class ExpandMacrosTest : public ::testing::TestWithParam<ExpandCase> {};
TEST_P(ExpandMacrosTest, Expands) {
  std::map<std::string, std::string> macros = {{"A", "x|y"}, {"B_2", "z"}};
  std::string out, error;
  ASSERT_TRUE(ExpandMacros(GetParam().pattern, macros, &out, &error)) << error;
  EXPECT_EQ(out, GetParam().expanded);
}
INSTANTIATE_TEST_SUITE_P(Cases, ExpandMacrosTest,
                         ::testing::Values(ExpandCase{"{A}b", "(?:x|y)b"}, ExpandCase{"a{2,3}", "a{2,3}"},
                                           ExpandCase{"\\p{Lu}{B_2}", "\\p{Lu}(?:z)"},
                                           ExpandCase{"\\{A}", "\\{A}"}));

TEST(RuleSetTest, ParsesSeasonNumbersInEveryForm) {
  const RuleSet& rules = testing::ProjectRules();
  EXPECT_EQ(rules.ParseNumber("5"), 5);
  EXPECT_EQ(rules.ParseNumber("13th"), 13);
  EXPECT_EQ(rules.ParseNumber("fifth"), 5);
  EXPECT_EQ(rules.ParseNumber("Two"), 2);
  EXPECT_EQ(rules.ParseNumber("twenty-first"), 21);
  EXPECT_EQ(rules.ParseNumber("many"), 0);
  EXPECT_EQ(rules.ParseNumber("5x"), 0);
}

TEST_F(BrokenRulesTest, AFrameMustCaptureItsTriggerWords) {
  Append("frames/verbs.toml",
         "\n[[frame]]\nid = \"frame.bad\"\npattern = '''(?P<object>{PERSON}) made (?P<subject>{SERIES})'''\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("frames/verbs.toml:" + std::to_string(LineCount("frames/verbs.toml") - 2) +
                                ": error: frame frame.bad: pattern must capture its words as (?P<trigger>...)"),
            std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, ABrokenPatternIsReportedBrieflyAtItsLine) {
  // Macros expand to pages of regex; the message must stay readable.
  Append("frames/verbs.toml",
         "\n[[frame]]\nid = \"frame.broken\"\npattern = '''(?P<object>{PEOPLE})) (?P<trigger>{VERB_GROUP})'''\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  ASSERT_EQ(r.rules, nullptr);
  const std::string msg = AllMessages(r);
  EXPECT_NE(msg.find("frames/verbs.toml:" + std::to_string(LineCount("frames/verbs.toml") - 2) +
                     ": error: rule frame.broken: unexpected ):"),
            std::string::npos)
      << msg;
  EXPECT_LT(msg.size(), 400u) << msg;
}

TEST_F(BrokenRulesTest, ATriggerKindMustBeKnown) {
  std::ofstream(dir_ / "relations" / "zz_other.toml")
      << "relation = \"zz_other\"\nsubject = \"SERIES\"\nobject = \"PERSON\"\n[triggers]\nadverb = '''x'''\n";
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("zz_other.toml:5: error: relation zz_other: [triggers] wants verb"), std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, AnUnknownAttachIsReportedWithTheChoices) {
  Append("frames/verbs.toml",
         "\n[[frame]]\nid = \"frame.odd\"\nattach = \"closest\"\npattern = '''(?P<object>{PERSON}) "
         "(?P<trigger>{VERB_GROUP})'''\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("frame.odd: attach must be \"focus\", \"nearest\", \"recent\" or \"list\""), std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, ACaptureNamedTwiceIsReported) {
  Append("frames/verbs.toml",
         "\n[[frame]]\nid = \"frame.twice\"\npattern = '''(?P<object>{PERSON}) (?P<trigger>{VERB_GROUP})|"
         "(?P<object>{PERSON}), (?P<trigger_2>{VERB_GROUP})'''\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("frame.twice: capture (?P<object>...) is named twice"), std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, AnUnknownGuardScopeIsReportedWithTheChoices) {
  Append("guards.toml", "\n[[guard]]\nid = \"guard.odd\"\nscope = \"before\"\npattern = 'x'\n");
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("guard.odd: scope must be \"match\", \"sentence\" or \"after\""), std::string::npos)
      << AllMessages(r);
}

TEST_F(BrokenRulesTest, AnImplicationMustNameAKnownRelation) {
  std::ofstream(dir_ / "relations" / "zz_other.toml")
      << "relation = \"zz_other\"\nsubject = \"SERIES\"\nobject = \"PERSON\"\n[implies]\nrelation = \"made_for\"\n"
         "object = \"lead_network\"\n";
  LoadedRules r = LoadRuleSet(dir_.string());
  EXPECT_EQ(r.rules, nullptr);
  EXPECT_NE(AllMessages(r).find("zz_other.toml:4: error: relation zz_other: [implies] unknown relation 'made_for'"),
            std::string::npos)
      << AllMessages(r);
}

}  // namespace
}  // namespace trawl
