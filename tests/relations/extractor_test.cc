#include "relations/extractor.h"

#include <gtest/gtest.h>

#include "../test_util.h"

namespace trawl {
namespace {

using testing::ExtractText;
using Set = std::set<std::string>;

struct Case {
  std::string name;
  std::string text;
  Set expect;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class RelationTest : public ::testing::TestWithParam<Case> {};

TEST_P(RelationTest, ExtractsExactly) { EXPECT_EQ(ExtractText(GetParam().text), GetParam().expect); }

// Hand-written sentences (not from the corpus), each with every triple a
// reader would take from it under GUIDELINES.md.
INSTANTIATE_TEST_SUITE_P(
    Table, RelationTest,
    ::testing::Values(
        Case{"coordinated_creators",
             "Cold Lake was created by Ann Low, Bo Diaz, and Cy Ng.",
             {"cold lake | created_by | ann low", "cold lake | created_by | bo diaz", "cold lake | created_by | cy ng"}},
        Case{"negation_vetoes", "Hulu has not renewed Cold Lake for a third season.", {}},
        Case{"hedge_vetoes", "Cold Lake could return for a third season on Hulu.", {}},
        Case{"developed_is_not_created", "Cold Lake was developed by Ann Low.", {}},
        Case{"respectively",
             "Cold Lake and Hot Springs will return for their 9th and 4th seasons, respectively.",
             {"cold lake | renewed_for | 9", "hot springs | renewed_for | 4"}},
        Case{"executive_title_is_not_produced_for",
             "“We love Cold Lake,” said Ann Low, head of programming for Apple TV+.", {}},
        Case{"series_in_focus",
             "Hulu renewed Cold Lake for a second season.\n\nAnn Low and Bo Diaz serve as showrunners.",
             {"cold lake | produced_for | hulu", "cold lake | renewed_for | 2", "cold lake | showrun_by | ann low",
              "cold lake | showrun_by | bo diaz"}},
        Case{"other_show_in_passing",
             "Ann Low, the creator of Cold Lake, now showruns Hot Springs, which Hulu renewed.",
             {"cold lake | created_by | ann low", "hot springs | showrun_by | ann low",
              "hot springs | produced_for | hulu"}}),
    [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace trawl
