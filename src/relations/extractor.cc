#include "relations/extractor.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/masked_text.h"
#include "entities/recognizer.h"
#include "rules/match.h"

namespace trawl {
namespace {

bool Allowed(const std::vector<EntityType>& types, EntityType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

// Entities of the slots in masked[begin, end) whose type the schema allows.
// Modifiers count only when the capture holds nothing else: "the ⟨MODSERIES⟩
// prequel ⟨SERIES⟩" is the second show.
std::vector<int> SlotEntities(const MaskedText& masked, size_t begin, size_t end, const Mentions& mentions,
                              const std::vector<EntityType>& types) {
  std::vector<int> heads, modifiers;
  for (int i : masked.SlotsIn(begin, end)) {
    const Mention& m = mentions.mentions[static_cast<size_t>(i)];
    if (!Allowed(types, m.type)) continue;
    std::vector<int>& out = m.modifier ? modifiers : heads;
    for (int e : m.entities)
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
  }
  return heads.empty() ? modifiers : heads;
}

// Where the clause that holds masked[pos] starts: after the last comma,
// semicolon, or colon followed by a space before it (a slot's own colon,
// "⟨NETWORK:3⟩", is no boundary).
size_t ClauseStart(std::string_view masked, size_t pos) {
  for (size_t i = std::min(pos, masked.size()); i-- > 0;) {
    const char c = masked[i];
    if (c == ',' || c == ';' || (c == ':' && i + 1 < masked.size() && masked[i + 1] == ' ')) return i + 1;
  }
  return 0;
}

class SentenceMatcher {
 public:
  SentenceMatcher(const RuleSet& rules, const SegmentedDocument& doc, const Mentions& mentions, Facts* out)
      : rules_(rules), doc_(doc), mentions_(mentions), out_(out) {}

  void Run() {
    by_sentence_.assign(doc_.sentences.size(), {});
    for (size_t i = 0; i < mentions_.mentions.size(); ++i)
      by_sentence_[mentions_.mentions[i].sentence].push_back(static_cast<int>(i));
    const auto& by_sentence = by_sentence_;
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (by_sentence[s].empty()) continue;
      MaskedText masked = MaskedText::Render(
          doc_.doc->text, doc_.sentences[s].span, mentions_.mentions, by_sentence[s],
          [this](int i) { return SlotLabel(mentions_.mentions[static_cast<size_t>(i)]); });
      // A headline is title case: its words are matched in lower case.
      if (doc_.sentences[s].headline) masked = masked.Lowercased();
      for (const MaskedText& view : Views(masked)) {
        std::vector<int> candidates = rules_.relation_index.Candidates(view.text());
        matches_.clear();
        for (int r : candidates) MatchRule(rules_.relation_rules[static_cast<size_t>(r)], s, view);
        EmitMatches(s);
      }
    }
  }

  // The texts a sentence is matched as: the sentence itself; the sentence
  // without its clauses about the entities it names ([[clause]] rules: "who"
  // clauses, appositions); and each such clause as a sentence of its own.
  // "Ann Low, who was showrunner of Cold Lake, now runs Hot Springs" is also
  // read as "Ann Low now runs Hot Springs" and "Ann Low was showrunner of
  // Cold Lake", so a rule never has to choose between clause and sentence,
  // and the series of one clause does not compete for the other's credits.
  std::vector<MaskedText> Views(const MaskedText& masked) {
    std::vector<MaskedText> views{masked};
    asides_.clear();
    const std::string& t = masked.text();
    struct Cut {
      size_t begin, end;  // removed from the main view
    };
    std::vector<Cut> cuts;
    for (const RuleSet::ClauseRule& rule : rules_.clause_rules) {
      const int groups = std::max(rule.antecedent, rule.body) + 1;
      std::vector<re2::StringPiece> m(static_cast<size_t>(groups));
      size_t search = 0;
      while (search < t.size() &&
             rule.pattern->Match(t, search, t.size(), RE2::UNANCHORED, m.data(), groups)) {
        const re2::StringPiece& who = m[static_cast<size_t>(rule.antecedent)];
        const size_t ab = OffsetIn(t, who), ae = ab + who.size();
        const size_t body = OffsetIn(t, m[static_cast<size_t>(rule.body)]);
        const size_t end = ClauseEnd(t, ae, body);
        search = std::max(end, body + 1);
        if (rule.not_after && RE2::PartialMatch(std::string_view(t).substr(0, ab), *rule.not_after)) continue;
        if (end <= body) continue;
        views.push_back(masked.Excerpt({{ab, ae}, {body, end}}, rule.glue));
        if (rule.aside) asides_.push_back(masked.ToOriginal(body, end));
        // Clauses that overlap one already cut ("A, who ..., developed X and
        // share ...") are read, but cut from the main view only once.
        bool overlaps = false;
        for (const Cut& c : cuts) overlaps |= ae < c.end && c.begin < end;
        if (overlaps) continue;
        // The main view loses the clause and the punctuation that closes it.
        size_t close = end;
        if (close < t.size() && t[close] == ',') ++close;
        else if (t.compare(close, 4, " \u2014") == 0 || t.compare(close, 4, " \u2013") == 0) close += 4;
        cuts.push_back({ae, close});
      }
    }
    if (cuts.empty()) return views;
    std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.begin < b.begin; });
    std::vector<std::pair<size_t, size_t>> kept;
    size_t pos = 0;
    for (const Cut& c : cuts) {
      if (c.begin > pos) kept.emplace_back(pos, c.begin);
      pos = std::max(pos, c.end);
    }
    kept.emplace_back(pos, t.size());
    views.push_back(masked.Excerpt(kept, ""));
    return views;
  }

  // Where a clause whose body starts at `body` ends: at the closing dash if
  // it opened with one; else at a semicolon, the sentence's end, or a comma
  // that does not go on with a list of verbs or nouns ("who created, wrote
  // and directed it, runs ..." ends after "it").
  static size_t ClauseEnd(const std::string& t, size_t open, size_t body) {
    const std::string_view opener = std::string_view(t).substr(open, body - open);
    if (opener.find("\u2014") != std::string_view::npos || opener.find("\u2013") != std::string_view::npos) {
      size_t dash = std::min(t.find(" \u2014", body), t.find(" \u2013", body));
      return dash == std::string::npos ? t.size() : dash;
    }
    for (size_t i = body; i < t.size(); ++i) {
      const char c = t[i];
      if (c == ';' || (c == '.' && i + 1 == t.size())) return i;
      if (c != ',') continue;
      // ", and ..." or ", wrote and" / ", wrote," continue the clause's list,
      // as does a list of names (", Bo Diaz and Cy Ng").
      std::string_view rest = std::string_view(t).substr(i + 1);
      if (rest.starts_with(" and ") || rest.starts_with(" or ")) continue;
      if (rest.starts_with(" \u27e8")) {
        const size_t close = rest.find("\u27e9");
        if (close != std::string_view::npos) {
          std::string_view after = rest.substr(close + 3);
          if (after.starts_with(",") || after.starts_with(" and ")) continue;
        }
      }
      size_t word_end = rest.find_first_of(" ,", 1);
      if (word_end != std::string_view::npos && !rest.substr(1).starts_with("\u27e8") &&
          (rest.substr(word_end).starts_with(" and ") || rest.substr(word_end).starts_with(",")))
        continue;
      return i;
    }
    return t.size();
  }

  // One match of one rule, before overrides and de-duplication: the facts it
  // states, each with the guard that vetoes it ("" if none).
  struct Candidate {
    const RelationSchema* relation;
    int subject, object;
    std::string veto;
  };
  struct Match {
    const RelationRule* rule;
    size_t begin, end;  // in the masked sentence
    std::vector<Candidate> candidates;
  };

  // A rule's match is dropped when a match of a rule that overrides it
  // covers it: a longer reading of the same words ("A created and runs Hulu's
  // X" over "A created and"), not a neighbour that shares some of them.
  void EmitMatches(size_t s) {
    for (const Match& m : matches_) {
      std::string lost;
      for (const Match& other : matches_) {
        if (&other == &m || other.begin > m.begin || m.end > other.end) continue;
        const auto& o = other.rule->overrides;
        if (std::find(o.begin(), o.end(), m.rule->id) != o.end())
          lost = "overridden by rule " + other.rule->id + " (" + other.rule->source.Location() + ")";
      }
      for (const Candidate& c : m.candidates)
        Emit(*m.rule, *c.relation, s, c.subject, c.object, lost.empty() ? c.veto : lost);
    }
  }

 private:
  void MatchRule(const RelationRule& rule, size_t s, const MaskedText& masked) {
    const std::string& mt = masked.text();
    ForEachMatch(*rule.pattern, mt, false, [&](const MatchGroups& g) {
      const size_t mb = OffsetIn(mt, g[0]);
      Match match{&rule, mb, mb + g[0].size(), {}};
      auto add = [&](const RelationSchema& relation, const std::vector<int>& subjects, const std::vector<int>& objects,
                     bool respectively, const std::string& contest) {
        if (subjects.empty() || objects.empty()) return;
        std::string veto = Veto(relation, masked, match.begin, match.end);
        if (veto.empty()) veto = contest;
        // "A and B were renewed for a fifth and a second season,
        // respectively": a list of objects pairs by order with the subjects,
        // whatever rule matched; lists of different lengths (one seen only in
        // part) pair nothing. One object still goes to every subject.
        static const RE2 kRespectively(R"(^[^.;]*?\brespectively\b)");
        respectively |= objects.size() > 1 &&
                        RE2::PartialMatch(std::string_view(mt).substr(match.end), kRespectively);
        if (respectively) {
          if (subjects.size() != objects.size()) return;
          for (size_t i = 0; i < subjects.size(); ++i)
            match.candidates.push_back({&relation, subjects[i], objects[i], veto});
          return;
        }
        for (int sub : subjects)
          for (int obj : objects) match.candidates.push_back({&relation, sub, obj, veto});
      };
      if (!rule.frame) {
        const RelationSchema& r = *rule.schema;
        std::string contest;
        auto subjects = Side(rule, rule.subject_groups, g, masked, r.subject_types, s, &contest);
        add(r, subjects, Side(rule, rule.object_groups, g, masked, r.object_types, s, nullptr), rule.respectively,
            contest);
      } else {
        // Each trigger capture names relations; each takes the objects of its
        // trigger whose types it allows.
        for (size_t t = 0; t < rule.trigger_groups.size(); ++t) {
          const re2::StringPiece& words = g[static_cast<size_t>(rule.trigger_groups[t])];
          if (words.data() == nullptr) continue;
          const auto relations = rules_.TriggeredRelations(std::string_view(words.data(), words.size()));
          std::vector<int> object_groups;
          for (size_t k = 0; k < rule.object_groups.size(); ++k)
            if (rule.object_trigger[k] == static_cast<int>(t) && (!rule.object_partner[k] || relations.size() == 1))
              object_groups.push_back(rule.object_groups[k]);
          for (const RelationSchema* r : relations) {
            std::string contest;
            auto subjects = Side(rule, rule.subject_groups, g, masked, r->subject_types, s, &contest);
            add(*r, subjects, Side(rule, object_groups, g, masked, r->object_types, s, nullptr), false, contest);
          }
        }
      }
      if (!match.candidates.empty()) matches_.push_back(std::move(match));
    });
  }

  // Entities captured by the groups of one side of the relation; the series
  // in focus when none of them took part in the match.
  // What a side of a match stands for when its captures hold no slot.
  struct Implicit {
    int series = -1;
    std::vector<int> list;  // attach = "list": the shows of the list items
    std::string contest;    // why trawl abstains, "" if it does not
  };

  // Entities captured by the groups of one side of the relation; when none
  // of them took part in the match, the series the rule's `attach` says.
  std::vector<int> Side(const RelationRule& rule, const std::vector<int>& groups, const MatchGroups& g,
                        const MaskedText& masked, const std::vector<EntityType>& types, size_t s,
                        std::string* contest) {
    std::vector<int> out;
    bool matched = false;
    const char* base = masked.text().data();
    for (int index : groups) {
      const re2::StringPiece& p = g[static_cast<size_t>(index)];
      if (p.data() == nullptr) continue;
      matched = true;
      const size_t b = static_cast<size_t>(p.data() - base);
      for (int e : SlotEntities(masked, b, b + p.size(), mentions_, types))
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
    if (!matched && Allowed(types, EntityType::kSeries)) {
      const size_t begin = OffsetIn(masked.text(), g[0]);
      Implicit it = ImplicitSeries(rule, masked, begin, begin + g[0].size(), s);
      if (it.series >= 0) out.push_back(it.series);
      for (int e : it.list)
        if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
      if (contest) *contest = it.contest;
    }
    return out;
  }

  // The series of a match that names none, as the rule's `attach` says
  // (RelationRule::Attach). By default the series in focus, unless another
  // series is named before the match in this view: then the credit may be
  // that show's, and trawl abstains.
  Implicit ImplicitSeries(const RelationRule& rule, const MaskedText& masked, size_t begin, size_t end, size_t s) {
    Implicit out;
    auto series_of = [&](int i) {
      const Mention& m = mentions_.mentions[static_cast<size_t>(i)];
      return m.type == EntityType::kSeries && !m.modifier && m.entities.size() == 1 ? m.entities[0] : -1;
    };
    // Why a show the article does not name ("a comedy") before the match
    // makes the one in focus only a vetoed candidate; "" for any other slot.
    auto unnamed = [&](int i) -> std::string {
      const Mention& m = mentions_.mentions[static_cast<size_t>(i)];
      if (m.type != EntityType::kSeries || m.modifier || !m.entities.empty()) return "";
      return "abstained: \"" + std::string(doc_.doc->Slice(m.span)) + "\" is a show the article does not name";
    };
    if (rule.attach == RelationRule::Attach::kList) {
      out.list = ListItemSeries(doc_.sentences[s].paragraph);
      return out;
    }
    std::vector<int> before = masked.SlotsIn(0, begin);
    const size_t origin = masked.ToOriginal(begin, begin + 1).begin;
    if (rule.attach == RelationRule::Attach::kRecent) {
      for (size_t i = mentions_.mentions.size(); i-- > 0 && out.series < 0;) {
        const Mention& m = mentions_.mentions[i];
        if (m.sentence < s || (m.sentence == s && m.span.end <= origin)) out.series = series_of(static_cast<int>(i));
      }
      return out;
    }
    if (rule.attach == RelationRule::Attach::kNearest) {
      // The show the phrase modifies is the last one before it, unless an
      // untyped name or another work stands in between: the phrase may be
      // about a title trawl did not recognize ("as Brazil's 3%, created
      // by ...").
      const Mention* between = nullptr;
      // "the streamer, which is overseen by Ann Low": a relative clause about
      // an outlet or a company is no show's.
      // ("which" after a person goes back further: "created by Ann Low,
      // which moved to Fox" is about the show)
      static const RE2 kRelative(R"(^[”"’]?,?\s(?:which|that)(?:\s(?:is|was|are|were|has\sbeen|have\sbeen|will\sbe))?\s?$)");
      if (!before.empty()) {
        const int last = before.back();
        const Mention& m = mentions_.mentions[static_cast<size_t>(last)];
        const size_t after_slot = masked.SlotEnd(last);
        if ((m.type == EntityType::kNetwork || m.type == EntityType::kStudio) && after_slot <= begin &&
            RE2::FullMatch(std::string_view(masked.text()).substr(after_slot, begin - after_slot), kRelative)) {
          out.contest = "abstained: the clause is about \"" + std::string(doc_.doc->Slice(m.span)) + "\", no show";
          return out;
        }
      }
      for (auto it = before.rbegin(); it != before.rend() && out.series < 0 && out.contest.empty(); ++it) {
        out.contest = unnamed(*it);
        const Mention& m = mentions_.mentions[static_cast<size_t>(*it)];
        if (!between && (m.type == EntityType::kName || m.type == EntityType::kOther)) between = &m;
        out.series = series_of(*it);
      }
      if (out.series >= 0 && between && out.contest.empty()) {
        out.contest = "abstained: \"" + std::string(doc_.doc->Slice(between->span)) +
                      "\" stands between the phrase and the show before it";
        return out;
      }
      if (out.series < 0 && out.contest.empty())
        for (int i : masked.SlotsIn(end, masked.text().size()))
          if ((out.series = series_of(i)) >= 0) break;
      if (out.series >= 0) return out;
    }
    out.series = FocusSeries(doc_, mentions_, s, origin);
    for (size_t k = 0; k < before.size() && out.contest.empty(); ++k) {
      const int i = before[k];
      if (!(out.contest = unnamed(i)).empty()) break;
      const int other = series_of(i);
      if (other >= 0 && other != out.series) {
        out.contest = "abstained: " + mentions_.entities[static_cast<size_t>(other)].Label() +
                      ", named before it, competes with the series in focus";
        break;
      }
    }
    // A clause still belongs to its sentence: when the match is a clause
    // that is no aside read on its own, or lies in an aside, a show named in
    // the rest of the sentence ("ordered Drift from Ann Low, who executive
    // produces", "Ann Low runs Drift and executive produces", "Ann Low, who
    // executive produces, sold Drift") may be the credit's. A show an aside
    // names is named in passing ("Ann Low, who created Drift, runs ..."), as
    // is one before a role noun ("succeeds Drift creator Ann Low").
    auto in_aside = [&](const ByteSpan& span) {
      return std::any_of(asides_.begin(), asides_.end(),
                         [&](const ByteSpan& a) { return a.begin <= span.begin && span.end <= a.end; });
    };
    const bool match_in_aside = std::any_of(asides_.begin(), asides_.end(), [&](const ByteSpan& a) {
      return a.Overlaps(masked.ToOriginal(begin, end));
    });
    for (int i : by_sentence_[s]) {
      if (!out.contest.empty()) break;
      const ByteSpan span = mentions_.mentions[static_cast<size_t>(i)].span;
      if ((masked.SlotBegin(i) != std::string::npos && !match_in_aside) || in_aside(span) ||
          RoleFollows(rules_, doc_, mentions_.mentions[static_cast<size_t>(i)]))
        continue;
      const int other = series_of(i);
      if (other >= 0 && other != out.series)
        out.contest = "abstained: " + mentions_.entities[static_cast<size_t>(other)].Label() +
                      ", named in the rest of the sentence, competes with the series in focus";
    }
    // A show the sentence later says a role is on may be the one the credit
    // is on ("Showrunner Bo Diaz was replaced by Cy Ng on Drift"); one named
    // in passing ("the Drift spinoff", "as was Drift") is not.
    static const RE2 kRoleOn(R"(\s(?:on|for)\s(?:the\s)?[“"‘]?$)");
    for (int i : masked.SlotsIn(end, masked.text().size())) {
      if (!out.contest.empty()) break;
      const int other = series_of(i);
      if (other >= 0 && other != out.series &&
          RE2::PartialMatch(std::string_view(masked.text()).substr(0, masked.SlotBegin(i)), kRoleOn))
        out.contest = "abstained: " + mentions_.entities[static_cast<size_t>(other)].Label() +
                      ", named after it, competes with the series in focus";
    }
    return out;
  }

  // The shows that head the list-item paragraphs right after paragraph p: a
  // paragraph is an item when it opens with a series (quoted or not) and a
  // dash or colon ("Cold Lake — The drama returns ..."). The run ends at the
  // first paragraph that is none; one item alone makes no list.
  std::vector<int> ListItemSeries(size_t p) const {
    constexpr size_t kMinItems = 2;
    const std::string_view text = doc_.doc->text;
    std::vector<size_t> first_sentence;  // of each paragraph after p
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (sentence.headline || sentence.paragraph <= p) continue;
      if (first_sentence.empty() || doc_.sentences[first_sentence.back()].paragraph != sentence.paragraph) {
        if (sentence.paragraph != p + 1 + first_sentence.size()) break;
        first_sentence.push_back(s);
      }
    }
    std::vector<int> items;
    size_t next = 0;  // first mention not yet looked at
    for (size_t s : first_sentence) {
      const size_t start = doc_.sentences[s].span.begin;
      while (next < mentions_.mentions.size() && mentions_.mentions[next].sentence < s) ++next;
      if (next == mentions_.mentions.size() || mentions_.mentions[next].sentence != s) break;
      const Mention& m = mentions_.mentions[next];
      if (m.type != EntityType::kSeries || m.modifier || m.entities.size() != 1 || m.is_reference) break;
      // Only an opening quote before the title; a closing one, then a dash,
      // a colon or a trade listing's parentheses ("Cold Lake (8x30', ...)"),
      // after it.
      std::string_view lead = text.substr(start, m.span.begin - start);
      if (!lead.empty() && lead != "\"" && lead != "\u201c" && lead != "\u2018") break;
      std::string_view rest = text.substr(m.span.end, 8);
      for (std::string_view q : {"\"", "\u201d", "\u2019"})
        if (rest.starts_with(q)) rest.remove_prefix(q.size());
      if (!(rest.starts_with(": ") || rest.starts_with(" \u2014") || rest.starts_with(" \u2013") ||
            rest.starts_with(" - ") || rest.starts_with("\u2014") || rest.starts_with(" (")))
        break;
      items.push_back(m.entities[0]);
    }
    if (items.size() < kMinItems) items.clear();
    return items;
  }

  // The guard that vetoes a fact of `relation` from this match, as text for
  // explain; "" if none.
  std::string Veto(const RelationSchema& relation, const MaskedText& masked, size_t begin, size_t end) {
    for (const Guard& guard : rules_.guards) {
      if (!guard.relations.empty() &&
          std::find(guard.relations.begin(), guard.relations.end(), relation.name) == guard.relations.end())
        continue;
      // A match's scope reaches back to the start of its clause, so "Hulu has
      // not renewed X for ..." is vetoed although the rule starts at "renewed".
      std::string_view scope = masked.text();
      bool vetoed = false;
      if (guard.scope == Guard::Scope::kAfter) {
        // "the season two premiere": what follows the match, anchored
        vetoed = guard.pattern->Match(scope, end, scope.size(), RE2::ANCHOR_START, nullptr, 0);
      } else {
        if (guard.scope == Guard::Scope::kMatch) {
          const size_t start = ClauseStart(scope, begin);
          scope = scope.substr(start, end - start);
        }
        vetoed = RE2::PartialMatch(scope, *guard.pattern);
      }
      if (vetoed) return "guard " + guard.id + " (" + guard.source.Location() + ")";
    }
    return "";
  }

 public:
  // [implies] facts: a fact whose sentence names no outlet, about a series
  // with no outlet of its own, takes the article's lead network: the one
  // network its headline and first paragraph name.
  void EmitImplied() {
    const int lead = LeadNetwork();
    if (lead < 0) return;
    std::set<int> has_outlet;
    for (const Fact& f : out_->facts) {
      const RelationSchema* r = rules_.FindRelation(f.relation);
      if (r && std::find(r->object_types.begin(), r->object_types.end(), EntityType::kNetwork) != r->object_types.end())
        has_outlet.insert(f.subject);
    }
    std::vector<bool> names_outlet(doc_.sentences.size(), false);
    for (const Mention& m : mentions_.mentions)
      if (m.type == EntityType::kNetwork) names_outlet[m.sentence] = true;
    const size_t n = out_->facts.size();
    for (size_t i = 0; i < n; ++i) {
      const Fact f = out_->facts[i];
      const RelationSchema* r = rules_.FindRelation(f.relation);
      if (!r || r->implies.empty() || has_outlet.count(f.subject) || names_outlet[f.provenance.sentence]) continue;
      const RelationSchema* to = rules_.FindRelation(r->implies);
      if (!to || !seen_.insert(std::make_tuple(to->name, f.subject, lead)).second) continue;
      Fact g;
      g.relation = to->name;
      g.subject = f.subject;
      g.object = lead;
      g.provenance = Provenance{r->name + ".implies", r->implies_source.Location(), f.provenance.sentence,
                                f.provenance.span};
      out_->facts.push_back(std::move(g));
    }
  }

  // The one network (no anaphor) the headline and first body paragraph
  // name; -1 if none or several.
  int LeadNetwork() const {
    size_t first_body = SIZE_MAX;
    for (const Sentence& s : doc_.sentences)
      if (!s.headline) {
        first_body = s.paragraph;
        break;
      }
    std::set<int> found;
    for (const Mention& m : mentions_.mentions) {
      const Sentence& s = doc_.sentences[m.sentence];
      if (m.type != EntityType::kNetwork || m.is_reference || (!s.headline && s.paragraph != first_body)) continue;
      found.insert(m.entities.begin(), m.entities.end());
    }
    return found.size() == 1 ? *found.begin() : -1;
  }

 private:
  void Emit(const RelationRule& rule, const RelationSchema& relation, size_t s, int subject, int object,
            const std::string& veto) {
    if (subject == object) return;
    const Entity& o = mentions_.entities[static_cast<size_t>(object)];
    if (o.type == EntityType::kSeason && o.season < relation.min_season) return;
    Fact f;
    f.relation = relation.name;
    f.subject = subject;
    f.object = object;
    f.provenance = Provenance{rule.id, rule.source.Location(), s, doc_.sentences[s].span};
    if (!veto.empty()) {
      out_->rejected.push_back(RejectedFact{std::move(f), veto});
      return;
    }
    if (seen_.insert(std::make_tuple(f.relation, subject, object)).second) out_->facts.push_back(std::move(f));
    else out_->duplicates.push_back(std::move(f));
  }

  const RuleSet& rules_;
  const SegmentedDocument& doc_;
  const Mentions& mentions_;
  Facts* out_;
  std::set<std::tuple<std::string, int, int>> seen_;
  std::vector<Match> matches_;  // of the current sentence
  std::vector<std::vector<int>> by_sentence_;  // mention indices of each sentence, in order
  std::vector<ByteSpan> asides_;               // of the current sentence, in original bytes
};

}  // namespace

Facts RelationExtractor::Extract(const SegmentedDocument& doc, const Mentions& mentions) const {
  Facts out;
  SentenceMatcher matcher(rules_, doc, mentions, &out);
  matcher.Run();
  matcher.EmitImplied();
  return out;
}

}  // namespace trawl
