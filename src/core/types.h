// Value types that flow through the pipeline. Plain data, no behaviour beyond
// trivial accessors; every stage takes them by const reference.
//
// All spans are UTF-8 byte offsets into Document::text (the original bytes).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trawl {

struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;  // exclusive
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Overlaps(const ByteSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// One article. `text` holds the whole file; `body` is where the prose starts
// (after the optional " date YYYY-MM-DD " header).
struct Document {
  std::string id;    // file name without .txt, or "stdin"
  std::string path;  // where it was read from, for messages
  std::string date;  // ISO date from the header, or empty
  std::string text;
  size_t body_begin = 0;
  // What the reader repaired or ignored, for the user ("invalid UTF-8 at
  // byte 12 ..."); the article is still extracted.
  std::vector<std::string> warnings;
  std::string_view Slice(ByteSpan s) const {
    return std::string_view(text).substr(s.begin, s.size());
  }
};

// What a token looks like, from its first code point and its letters
// (Unicode-aware, computed by segment/ with ICU).
enum TokenShape : uint8_t {
  kShapeUpperInitial = 1 << 0,  // "Moore", "HBO", "É"
  kShapeAllUpper = 1 << 1,      // two or more letters, all upper case: "HBO", "U.S"
  kShapeLowerInitial = 1 << 2,  // "drama", "wiip"
  kShapeDigitInitial = 1 << 3,  // "1899", "9"
  kShapePunct = 1 << 4,         // no letter and no digit: ",", "’", "—"
};

struct Token {
  ByteSpan span;
  uint8_t shape = 0;  // TokenShape bits
  bool Is(TokenShape s) const { return (shape & s) != 0; }
};

struct Sentence {
  ByteSpan span;
  size_t paragraph = 0;
  std::vector<Token> tokens;
  // Part of the article's headline: title case, no sentence of its own
  // grammar; names in it count only where the body confirms them.
  bool headline = false;
  // A section heading in the body ("Future of Cold Lake", "What's next"):
  // one short line that does not end like a sentence, paragraphs after it;
  // or a run-in heading, a title alone that opens its paragraph ("Cold
  // Lake. The drama returns ..."), whose section is that paragraph.
  bool heading = false;
  bool run_in = false;  // a run-in heading: a sentence of the body all the same
  // Capitals here say nothing of names: a headline or a heading on its own line.
  bool TitleLine() const { return headline || (heading && !run_in); }
};

struct Paragraph {
  ByteSpan span;
};

struct SegmentedDocument {
  const Document* doc = nullptr;  // not owned; outlives this
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
};

enum class EntityType : uint8_t {
  kPerson,
  kSeries,
  kNetwork,  // networks and streaming services: objects of produced_for
  kStudio,   // studios and production companies: objects of produced_by
  kSeason,
  kName,     // a proper name whose type is not known yet
  kOther,    // a name known not to be any of the above (awards, places ...)
};

std::string_view EntityTypeName(EntityType t);  // "PERSON", "SERIES", ...
bool ParseEntityType(std::string_view name, EntityType* out);

// An entity of one article: what mentions resolve to.
struct Entity {
  EntityType type = EntityType::kName;
  std::string name;     // canonical name: the fullest form in the article,
                        // or a gazetteer entry's name; IRIs are made from it
  std::string label;    // how the article names it at its fullest (an alias
                        // for a gazetteer entry: "HBO Max"); empty: `name`
  int season = 0;       // kSeason only: the season number (its series is the
                        // subject of the renewed_for fact that names it)
  const std::string& Label() const { return label.empty() ? name : label; }
};

// A stretch of a sentence that names (or refers to) entities.
struct Mention {
  ByteSpan span;
  size_t sentence = 0;
  EntityType type = EntityType::kName;
  std::vector<int> entities;  // resolved entities; several for "both series"
  std::string rule_id;        // the mention rule (or gazetteer line) that found it
  std::string type_rule;      // the type rule whose vote decided its type
  bool is_reference = false;  // an anaphor ("the series"), not a name
  // Only modifies another mention here: "Game of Thrones" in "the Game of
  // Thrones prequel House of the Dragon". Relation rules see it as a
  // ⟨MODSERIES:i⟩ slot and take it only when nothing else is captured.
  bool modifier = false;
};

// The TYPE part of a mention's slot: "SERIES", or "MODSERIES" for a modifier.
std::string_view SlotLabel(const Mention& m);

// Mentions::section_series under a heading whose show trawl cannot name.
inline constexpr int kUntitledSection = -3;

struct Mentions {
  std::vector<Mention> mentions;  // in text order
  std::vector<Entity> entities;
  // Per sentence: the series the sentence is about (its first series
  // mention), -1, or kUntitledSection where a paragraph opens on a name
  // trawl could not type. Drives "the series" and rules without a subject.
  std::vector<int> sentence_topic;
  std::vector<size_t> sentence_topic_at;  // where the topic's mention starts (SIZE_MAX: none)
  int primary_series = -1;  // the series the article is mostly about
  // per sentence: the series its section heading names, -1 for none, or
  // kUntitledSection under a heading that names a show trawl cannot name
  std::vector<int> section_series;
};

// Where a fact came from: enough to explain it and to point at the rule.
struct Provenance {
  std::string rule_id;
  std::string rule_location;  // file:line
  size_t sentence = 0;
  ByteSpan span;              // the sentence
};

// A relation between two entities of one article. For renewed_for the object
// is a season entity.
struct Fact {
  std::string relation;
  int subject = -1;
  int object = -1;
  Provenance provenance;
};

// A fact that a rule proposed but that did not survive: vetoed by a guard or
// outranked by an overlapping rule. Kept for `trawl explain`.
struct RejectedFact {
  Fact fact;
  std::string reason;  // "guard negation.not (rules/guards.toml:12)"
};

struct Facts {
  std::vector<Fact> facts;
  std::vector<RejectedFact> rejected;
  // Facts that a later match produced again (same triple): the rule that
  // came first keeps the fact; these say which other rules agreed.
  std::vector<Fact> duplicates;
};

}  // namespace trawl
