#include "entities/names.h"

#include <gtest/gtest.h>

namespace trawl {
namespace {

struct ShortForm {
  const char* key;
  const char* full;
  bool surname, title;
};

class ShortFormTest : public ::testing::TestWithParam<ShortForm> {};

TEST_P(ShortFormTest, Matches) {
  const ShortForm& c = GetParam();
  EXPECT_EQ(IsSurnameOf(c.key, c.full), c.surname) << c.key << " / " << c.full;
  EXPECT_EQ(IsShortTitleOf(c.key, c.full), c.title) << c.key << " / " << c.full;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ShortFormTest,
    ::testing::Values(ShortForm{"Moore", "Ronald D. Moore", true, false},
                      ShortForm{"Ronald", "Ronald D. Moore", false, false},
                      ShortForm{"Moore", "Demi Moore-Smith", false, false},
                      ShortForm{"Organized Crime", "Law & Order: Organized Crime", false, true},
                      ShortForm{"Rings of Power", "The Lord of the Rings: The Rings of Power", false, true},
                      ShortForm{"Good Wife", "The Good Wife", false, true},
                      ShortForm{"SVU", "Law & Order: Special Victims Unit", false, true},
                      ShortForm{"SVX", "Law & Order: Special Victims Unit", false, false},
                      ShortForm{"Dexter", "Dexter: Resurrection", false, false},
                      ShortForm{"Quillbacks", "Zarvox’s Quillbacks", true, true},
                      ShortForm{"Quillbacks", "Zarvox's Quillbacks", true, true},
                      ShortForm{"Quillbacks", "Zarvox’s Quillbacksy", false, false},
                      ShortForm{"s Quillbacks", "Zarvox’s Quillbacks", false, false}));

}  // namespace
}  // namespace trawl
