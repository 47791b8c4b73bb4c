// Finds proper names (people, titles, companies whose names do not say what
// they are) by their shape, and decides their boundaries from the evidence
// of the whole article rather than from one sentence:
//
//   - a run of capitalized words, with the small words that join a name
//     ("of", "the", "de"), initials and abbreviations ("St.", "J.D."),
//     "&", a colon inside a title, a number after a word ("Station 19");
//   - a quoted title is a name as quoted ("How to Sell Drugs Online (Fast)");
//   - a capitalized word that opens a sentence is a name only when the
//     article writes it as a name elsewhere (mid-sentence or quoted), or when
//     it is not a common English word ("Production has not ..." is no name,
//     "Task is averaging ..." is, because "HBO has given Task ..." says so);
//   - words that join a title but also join lists ("Rick and Morty", "Emily
//     in Paris") and possessives inside titles ("Grey's Anatomy") join only
//     where the article confirms the whole title (quoted, or written the same
//     way twice) and the first part is not a person's full name;
//   - in a headline, where every word is capitalized, only names that are
//     quoted or that the body confirms count.
//
// Thread-safe: Find() is const.
#pragma once

#include <string>
#include <vector>

#include "core/types.h"
#include "rules/rule_set.h"

namespace trawl {

struct FoundName {
  size_t sentence = 0;
  ByteSpan span;
  std::string key;      // the name as typing and coreference see it
  bool quoted = false;  // written between quote marks
};

class NameFinder {
 public:
  // REQUIRES: `rules` outlives the finder.
  explicit NameFinder(const RuleSet& rules);

  // `taken[s]` holds the spans of sentence s that earlier passes found
  // (gazetteer names, seasons, companies): names never overlap them.
  std::vector<FoundName> Find(const SegmentedDocument& doc, const std::vector<std::vector<ByteSpan>>& taken) const;

 private:
  const RuleSet& rules_;
  std::unordered_set<std::string> abbreviations_;
};

}  // namespace trawl
