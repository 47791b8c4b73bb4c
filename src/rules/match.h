// Walking the matches of a pattern: the one loop every rule kind uses.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <string_view>
#include <vector>

namespace trawl {

// Capture groups of one match; [0] is the whole match, and a group that did
// not take part has data() == nullptr.
using MatchGroups = std::vector<re2::StringPiece>;

// Calls `on_match` for each match of `re` in `text`, leftmost first. Matches
// do not overlap unless `overlapping`, in which case the next search starts
// one character after each match's start ("A, B and C" then gives both
// "A, B" and "B and C").
void ForEachMatch(const RE2& re, std::string_view text, bool overlapping,
                  const std::function<void(const MatchGroups&)>& on_match);

// Byte offset of a group inside `text`.
inline size_t OffsetIn(std::string_view text, const re2::StringPiece& group) {
  return static_cast<size_t>(group.data() - text.data());
}

}  // namespace trawl
