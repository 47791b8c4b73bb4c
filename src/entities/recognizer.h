// Finds the people, series, networks, studios and seasons of an article.
//
// A cascade over each sentence (rules/entities/*.toml, in file order):
//   1. gazetteer aliases (networks, streamers, studios);
//   2. mention rules: seasons, organization shapes, proper-name chunks,
//      anaphors ("the series", "both series", "the network");
//   3. type rules decide what each proper name is, by its shape and by its
//      context anywhere in the article, repeated until nothing changes
//      (so "A, B and C" spreads a type along a list);
//   4. coreference: surnames and short titles go to the fullest form,
//      anaphors to the series in focus.
//
// Thread-safe: Recognize() is const; the RuleSet must outlive the recognizer.
#pragma once

#include "core/types.h"
#include "rules/rule_set.h"

namespace trawl {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(const RuleSet& rules) : rules_(rules) {}

  Mentions Recognize(const SegmentedDocument& doc) const;

 private:
  const RuleSet& rules_;
};

// The series in focus at byte `pos` of sentence `sentence`: the sentence's
// own first mention when that is a series before `pos`, else the topic of
// the nearest earlier sentence of the paragraph, else the series of its
// section's heading, else the article's primary series. -1 when the article
// names no series.
int FocusSeries(const SegmentedDocument& doc, const Mentions& mentions, size_t sentence, size_t pos);

// Whether a role noun follows mention m (salience.role_after): "Fargo
// creator Noah Hawley" names Fargo as Noah Hawley's credit, in passing.
bool RoleFollows(const RuleSet& rules, const SegmentedDocument& doc, const Mention& m);

// Per sentence, the one series that the section heading over it names
// ("Future of Cold Lake" above the paragraphs about it), or -1: no heading,
// or one that names no series or two.
std::vector<int> SectionSeries(const SegmentedDocument& doc, const Mentions& mentions);

}  // namespace trawl
