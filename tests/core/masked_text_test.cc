#include "core/masked_text.h"

#include <gtest/gtest.h>

namespace trawl {
namespace {

// "Ann Low created Drift." with two mentions.
struct Fixture {
  std::string text = "Ann Low created Drift For Hulu.";
  std::vector<Mention> mentions;
  MaskedText masked;
  Fixture() {
    Mention a, b;
    a.span = {0, 7};
    b.span = {16, 21};
    mentions = {a, b};
    masked = MaskedText::Render(text, {0, text.size()}, mentions, {0, 1}, [](int i) {
      return std::string_view(i == 0 ? "PERSON" : "SERIES");
    });
  }
};

TEST(MaskedTextTest, AnExcerptKeepsSlotsAndTheMapToTheOriginal) {
  Fixture f;
  ASSERT_EQ(f.masked.text(), "⟨PERSON:0⟩ created ⟨SERIES:1⟩ For Hulu.");
  const size_t series = f.masked.text().find("⟨SERIES");
  // "⟨PERSON:0⟩" and "⟨SERIES:1⟩ For Hulu." joined by " made ".
  const size_t person_end = f.masked.text().find(" created");
  MaskedText ex = f.masked.Excerpt({{0, person_end}, {series, f.masked.text().size()}}, " made ");
  EXPECT_EQ(ex.text(), "⟨PERSON:0⟩ made ⟨SERIES:1⟩ For Hulu.");
  EXPECT_EQ(ex.SlotsIn(0, ex.text().size()), (std::vector<int>{0, 1}));
  const size_t s = ex.text().find("⟨SERIES");
  EXPECT_EQ(ex.ToOriginal(s, s + 1).begin, 16u);
  const size_t hulu = ex.text().find("Hulu");
  EXPECT_EQ(ex.ToOriginal(hulu, hulu + 4).begin, 26u);
}

TEST(MaskedTextTest, LowercasingLeavesSlotsAlone) {
  Fixture f;
  EXPECT_EQ(f.masked.Lowercased().text(), "⟨PERSON:0⟩ created ⟨SERIES:1⟩ for hulu.");
}

}  // namespace
}  // namespace trawl
