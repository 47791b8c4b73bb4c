// The compiled rule set: everything trawl knows about the language of TV
// news, loaded from the rules/ directory at run time.
//
// Layout of a rules directory (see rules/README.md for authors):
//   macros.toml             {MACRO} definitions and word lists for patterns
//   segment.toml            abbreviations that do not end a sentence
//   gazetteers/*.tsv        networks, streamers and studios with aliases
//   lexicon/*.txt|tsv       word lists (given names, number words ...)
//   entities/*.toml         mention rules (find names, seasons, anaphors)
//                           and type rules (decide what a name is)
//   relations/*.toml        one file per relation: its schema and rules
//   guards.toml             vetoes: negation, hedges, other-series scope
//
// Thread-safety: a RuleSet is immutable after LoadRuleSet and may be shared
// by every thread; RE2 objects are thread-safe for matching.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/types.h"
#include "rules/pattern_index.h"

namespace trawl {

// Where a rule was written, for messages: "rules/relations/created_by.toml:14".
struct RuleSource {
  std::string file;
  int line = 0;
  std::string Location() const { return file + ":" + std::to_string(line); }
};

// A sentence a rule must turn into the given triples ("Subject | relation |
// Object", names as they are in the sentence), or, for a counterexample,
// from which the rule must not produce anything.
struct RuleExample {
  std::string text;
  std::vector<std::string> expect;  // empty for counterexamples
  bool counterexample = false;
  int line = 0;
};

// Finds mentions in the sentence text (with earlier mentions masked as slots).
// The capture `name` (or the whole match) becomes one mention; for seasons,
// every capture whose name starts with `number` becomes a season mention.
//
// Anaphors (`reference` set) run after the names are typed; a capture
// `antecedent` ties the anaphor to the slot it stands for; `count` (capture
// or key) says how many entities a plural anaphor stands for.
struct MentionRule {
  std::string id;
  RuleSource source;
  EntityType type = EntityType::kName;
  std::string reference;  // "" for names; "focus", "recent", "other", "plural", "subjects", "unnamed" for anaphors
  int count = 0;          // plural anaphors without a `count` capture
  int priority = 0;       // weight of the type vote this rule casts for a name
  bool absorb = false;    // may swallow gazetteer mentions inside the match
  std::unique_ptr<RE2> pattern;
  std::unique_ptr<RE2> exclude;  // drop matches whose whole text matches this, and look inside them
  std::unique_ptr<RE2> not_before;  // drop matches whose name is followed by this (anchored)
  std::vector<RuleExample> examples;
};

// Decides the type of a NAME. `context` is matched over the masked sentence
// and must capture the NAME slot as `name` (or `name2`, ... in alternatives); `shape` is matched against the
// name's own text. A rule with both needs both. The highest priority that
// fires for a name (anywhere in the article) wins.
struct TypeRule {
  std::string id;
  RuleSource source;
  EntityType type = EntityType::kName;
  int priority = 0;
  std::unique_ptr<RE2> context;  // may be null
  std::unique_ptr<RE2> shape;    // may be null
  std::vector<RuleExample> examples;
};

// Marks a mention as a modifier where the pattern (over the masked sentence,
// names typed, anaphors resolved) captures its slot as `name`.
struct ModifierRule {
  std::string id;
  RuleSource source;
  std::unique_ptr<RE2> pattern;
  std::vector<RuleExample> examples;
};

// A word that evokes a relation, of one kind: "verb" ("creates", "created"),
// "verb_object" (a verb that says it only with the show as its object: "runs
// the show"), "participle" ("created", for passives), "noun" ("creator"),
// "nouns" ("creators"). Frames (rules/frames/) match the words of every
// relation at once through the {T_VERB}, {T_VERB_OBJECT}, {T_PARTICIPLE},
// {T_NOUN} and {T_NOUNS} macros; which relations a frame's match states, its
// trigger words say.
struct Trigger {
  std::string kind;
  std::unique_ptr<RE2> pattern;  // the words, bounded: never inside another word
};

struct RelationSchema {
  std::string name;  // "created_by"
  std::vector<EntityType> subject_types;
  std::vector<EntityType> object_types;
  std::string label;    // human label for the vocabulary
  RuleSource source;
  std::vector<Trigger> triggers;
  int min_season = 0;  // `min_season`: a season object below this is no fact
  // [implies]: each fact of this relation whose sentence names no outlet
  // also states `implies` (a relation) with the article's lead network as
  // object: "CBS is getting its house in order. ... Ghosts has been
  // greenlit for season 5" is renewed by CBS. "" if none.
  std::string implies;
  RuleSource implies_source;
};

// A pattern over the masked sentence. Captures named `subject...` and
// `object...` hold slots; a side whose captures are absent or did not take
// part in the match is the series in focus.
//
// A frame (rules/frames/*.toml) belongs to no relation: its `trigger...`
// captures hold the words that say which relations the match states
// ("created and executive produces": created_by and executive_produced_by),
// and each relation takes the slots of the types it allows. `object_2` goes
// with `trigger_2` when the frame has one, else with `trigger`.
struct RelationRule {
  std::string id;
  RuleSource source;
  const RelationSchema* schema = nullptr;  // owned by RuleSet::relations; null for a frame
  bool frame = false;
  // Which series a match that names none is about. kFocus (the default):
  // the series in focus. kNearest: the last series before it in the
  // sentence, else the first after it (a reduced relative: "Lodge, created
  // by Ann Low"). kRecent: the last series named before it in the article
  // ("its spinoff X": what "its" points to). kList: every show that heads
  // one of the list-item paragraphs right after the match's paragraph
  // ("Netflix previewed its lineup. Highlights include:" then "Cold Lake —
  // ...", "Hot Springs — ...").
  enum class Attach { kFocus, kNearest, kRecent, kList };
  Attach attach = Attach::kFocus;
  std::vector<int> trigger_groups;  // frames: RE2 group indices
  std::vector<int> object_trigger;  // frames: per object group, its index in trigger_groups
  // frames: per object group, whether it is a `partner...` capture: someone
  // who works "with" or "alongside" the objects shares their role only when
  // the trigger states one relation ("as showrunner alongside B"), not a
  // stack of roles ("as writer, showrunner and EP alongside B": which one?)
  std::vector<bool> object_partner;
  bool respectively = false;  // pair the i-th subject with the i-th object
  // Rules whose overlapping matches in the same sentence this rule discards
  // (they are reported by explain as overridden). Checked at load time.
  std::vector<std::string> overrides;
  const RE2* pattern = nullptr;  // owned by RuleSet::relation_index
  std::vector<int> subject_groups;  // RE2 group indices
  std::vector<int> object_groups;
  std::vector<RuleExample> examples;
};

// Vetoes facts of the listed relations (or all) when the pattern matches in
// the rule's matched text ("scope = match"), anywhere in the sentence, or at
// the start of the text right after the match ("scope = after").
struct Guard {
  enum class Scope { kMatch, kSentence, kAfter };
  std::string id;
  RuleSource source;
  std::vector<std::string> relations;  // empty: every relation
  Scope scope = Scope::kMatch;
  std::unique_ptr<RE2> pattern;
  std::vector<RuleExample> examples;
};

struct GazetteerEntry {
  std::string name;  // canonical: what the entity's IRI is made from
  EntityType type = EntityType::kNetwork;
  std::vector<std::string> aliases;  // includes the name itself (unless ambiguous)
  // Aliases written "~Max": also a common word or a given name, so they are
  // this entry only where a type rule's context says NETWORK (or STUDIO).
  std::vector<std::string> ambiguous_aliases;
  RuleSource source;
};

// What the name finder (entities/name_finder.h) knows about words. Word
// lists from rules/lexicon/, settings from the [names] table of
// rules/entities/*.toml.
struct NameLexicon {
  std::unordered_set<std::string> common_words;  // lexicon/common_words.txt, lower case
  std::unordered_set<std::string> given_names;   // lexicon/given_names.txt
  std::unordered_set<std::string> openers;       // lexicon/openers.txt: open a sentence, never a name
  std::unordered_set<std::string> calendar;      // lexicon/calendar.txt
  std::unordered_set<std::string> demonyms;      // lexicon/demonyms.txt
  std::unordered_set<std::string> places;        // lexicon/places.txt: countries, states, cities
  // Lower-case words that join the words of a name: "of", "the", "de".
  std::unordered_set<std::string> joiners;
  // Lower-case words that join a title only where the article confirms the
  // whole title (quoted, or written the same way twice): "in", "and", "with".
  std::unordered_set<std::string> title_joiners;
  // Words with an apostrophe-s that are no possessive: "It's", "That's".
  std::unordered_set<std::string> contractions;
  // Lower-case tails of a compound whose head is a name: "Balcer-created".
  std::unordered_set<std::string> name_suffixes;
  // A name in the series slot of a relation rule's match whose other side
  // is typed votes SERIES with this priority (0: never).
  int series_by_relation_priority = 0;
  // A quoted name votes for this type with this priority (a title).
  EntityType quoted_type = EntityType::kName;
  int quoted_priority = 0;
  // Title joiners that join two parts of a title where the first part is
  // never written alone in the article: "Nobody Sleeps in Crete".
  std::unordered_set<std::string> title_prepositions;
  // Nouns after which a name modifies them ("the Cold Lake team", "the Cold
  // Lake creator"): a name before one ends no title ("Night Desk from the
  // Cold Lake team" is two names).
  std::unordered_set<std::string> modified_nouns;
  // Nouns after which a title joins with title_joiners on its own evidence:
  // "the podcast Missing in Marlow", "the comedy Rick and Morty".
  std::unordered_set<std::string> title_cues;
  // Capitalized words that open a job title before a person's name: "Head
  // of Drama Ann Low", "Commissioning Editor Bo Tate" are the people.
  std::unordered_set<std::string> job_titles;
  // Words before a number that make it a date or an amount, no title:
  // "in 1899", "since 2019".
  std::unordered_set<std::string> date_prepositions;
  // What after a sentence's first word makes it a title although it is a
  // common word: "Ghosts has been renewed", "Industry returns" (matched
  // against the rest of the sentence).
  std::shared_ptr<RE2> title_after;
  // Capitalized words that are never part of a name: "U.S.", "TV", "EP".
  std::unordered_set<std::string> not_names;
  bool IsCommonWord(std::string_view word) const;  // lower-cases ASCII first
};

struct RuleSet {
  std::string dir;
  std::map<std::string, std::string> macros;  // expanded
  std::vector<std::string> abbreviations;
  std::map<std::string, int> number_words;  // "fifth" -> 5, "two" -> 2
  std::vector<GazetteerEntry> gazetteer;
  std::unique_ptr<RE2> gazetteer_pattern;  // all aliases, longest first
  std::map<std::string, size_t> alias_to_entry;
  std::unordered_map<std::string, size_t> ambiguous_alias_to_entry;
  NameLexicon names;
  std::vector<MentionRule> mention_rules;  // in order of application
  std::vector<TypeRule> type_rules;
  std::vector<ModifierRule> modifier_rules;
  std::vector<std::unique_ptr<RelationSchema>> relations;
  std::vector<RelationRule> relation_rules;
  PatternIndex relation_index;  // id i = relation_rules[i].pattern
  std::vector<Guard> guards;
  // [[clause]] (frames/*.toml): where a clause about the entities just named
  // opens (a "who" clause, an apposition). Relation rules also see the
  // sentence without such clauses, and each clause as a sentence of its own:
  // its `antecedent` capture, `glue`, then the text from its `body` capture
  // to the clause's end.
  // [salience] (frames/*.toml): what may stand before a sentence's subject
  // (`opening`, matched against the whole text before the mention) and what
  // after a title makes it a modifier, not the subject (`role_after`:
  // "Fargo creator Noah Hawley").
  std::unique_ptr<RE2> sentence_opening;
  std::unique_ptr<RE2> role_after_title;
  // The words between a sentence's subject person and a show that make the
  // show the sentence's topic ("stars in", "runs").
  std::unique_ptr<RE2> person_about;
  // What after an untyped name that opens a paragraph makes it the
  // subject: such a paragraph is about a show trawl cannot name.
  std::unique_ptr<RE2> untyped_subject;
  struct ClauseRule {
    std::string id;
    RuleSource source;
    std::unique_ptr<RE2> pattern;
    std::string glue;  // " " for "who was", " is " for an apposition
    // What the text before the antecedent may not match (ends with `$`): in
    // "Created by Ann Low, the drama ..." the comma ends a fronted phrase.
    std::unique_ptr<RE2> not_after;
    int antecedent = 0, body = 0;  // RE2 group indices
    // The clause is an aside about the people (a "who" clause, an
    // apposition): a show it names is named in passing, never one the rest of
    // the sentence may be about. A later predicate ("and executive
    // produces") is no aside.
    bool aside = false;
  };
  std::vector<ClauseRule> clause_rules;

  const RelationSchema* FindRelation(const std::string& name) const;
  // The relations whose trigger words occur in `words` (a frame's trigger
  // capture), a word inside a longer trigger not counting ("produced" in
  // "executive produced").
  // With `kinds_without_object` false, "verb_object" words count not.
  std::vector<const RelationSchema*> TriggeredRelations(std::string_view words,
                                                        bool kinds_without_object = true) const;
  // Parses "5", "13th", "fifth", "two"; 0 if it is not a number.
  int ParseNumber(std::string_view word) const;
};

// Loads and validates every file under `dir`. On any error returns all of
// them (GCC style, with file:line and rule id), not just the first.
struct LoadedRules {
  std::unique_ptr<RuleSet> rules;  // null if diagnostics is not empty
  Diagnostics diagnostics;
};
LoadedRules LoadRuleSet(const std::string& dir);

// Expands {MACRO} references. Exposed for tests.
// REQUIRES: `macros` holds already expanded bodies.
bool ExpandMacros(const std::string& pattern, const std::map<std::string, std::string>& macros,
                  std::string* out, std::string* error);

}  // namespace trawl
