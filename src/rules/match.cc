#include "rules/match.h"

#include "core/text.h"

namespace trawl {

void ForEachMatch(const RE2& re, std::string_view text, bool overlapping,
                  const std::function<void(const MatchGroups&)>& on_match) {
  const int n = re.NumberOfCapturingGroups() + 1;
  MatchGroups groups(static_cast<size_t>(n));
  size_t pos = 0;
  while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
    const size_t begin = OffsetIn(text, groups[0]);
    if (overlapping || groups[0].empty()) pos = begin + Utf8Length(text, begin);
    else pos = begin + groups[0].size();
    on_match(groups);
  }
}

}  // namespace trawl
