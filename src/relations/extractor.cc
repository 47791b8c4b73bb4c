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
    std::vector<std::vector<int>> by_sentence(doc_.sentences.size());
    for (size_t i = 0; i < mentions_.mentions.size(); ++i)
      by_sentence[mentions_.mentions[i].sentence].push_back(static_cast<int>(i));
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (by_sentence[s].empty()) continue;
      MaskedText masked = MaskedText::Render(
          doc_.doc->text, doc_.sentences[s].span, mentions_.mentions, by_sentence[s],
          [this](int i) { return SlotLabel(mentions_.mentions[static_cast<size_t>(i)]); });
      std::vector<int> candidates = rules_.relation_index.Candidates(masked.text());
      matches_.clear();
      for (int r : candidates) MatchRule(rules_.relation_rules[static_cast<size_t>(r)], s, masked);
      EmitMatches(s);
    }
  }

  // One match of one rule, before overrides and de-duplication.
  struct Match {
    const RelationRule* rule;
    size_t begin, end;  // in the masked sentence
    std::vector<std::pair<int, int>> pairs;
    std::string veto;
  };

  // A rule's match is dropped when an overlapping match of a rule that
  // overrides it exists in the same sentence.
  void EmitMatches(size_t s) {
    for (const Match& m : matches_) {
      std::string lost;
      for (const Match& other : matches_) {
        if (&other == &m || other.begin >= m.end || m.begin >= other.end) continue;
        const auto& o = other.rule->overrides;
        if (std::find(o.begin(), o.end(), m.rule->id) != o.end())
          lost = "overridden by rule " + other.rule->id + " (" + other.rule->source.Location() + ")";
      }
      for (const auto& [subject, object] : m.pairs)
        Emit(*m.rule, s, subject, object, lost.empty() ? m.veto : lost);
    }
  }

 private:
  void MatchRule(const RelationRule& rule, size_t s, const MaskedText& masked) {
    const std::string& mt = masked.text();
    ForEachMatch(*rule.pattern, mt, false, [&](const MatchGroups& g) {
      const size_t mb = OffsetIn(mt, g[0]);
      const size_t origin = masked.ToOriginal(mb, mb + 1).begin;
      std::vector<int> subjects = Side(rule.subject_groups, g, masked, rule.schema->subject_types, s, origin);
      std::vector<int> objects = Side(rule.object_groups, g, masked, rule.schema->object_types, s, origin);
      if (subjects.empty() || objects.empty()) return;
      Match match{&rule, mb, mb + g[0].size(), {}, Veto(rule, s, masked, mb, mb + g[0].size())};
      if (rule.respectively) {
        if (subjects.size() != objects.size()) return;
        for (size_t i = 0; i < subjects.size(); ++i) match.pairs.emplace_back(subjects[i], objects[i]);
      } else {
        for (int sub : subjects)
          for (int obj_e : objects) match.pairs.emplace_back(sub, obj_e);
      }
      matches_.push_back(std::move(match));
    });
  }

  // Entities captured by the groups of one side of the relation; the series
  // in focus when none of them took part in the match.
  std::vector<int> Side(const std::vector<int>& groups, const MatchGroups& g,
                        const MaskedText& masked, const std::vector<EntityType>& types, size_t s, size_t origin) {
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
      int focus = FocusSeries(doc_, mentions_, s, origin);
      if (focus >= 0) out.push_back(focus);
    }
    return out;
  }

  // The guard that vetoes this match, as text for explain; "" if none.
  std::string Veto(const RelationRule& rule, size_t /*s*/, const MaskedText& masked, size_t begin, size_t end) {
    for (const Guard& guard : rules_.guards) {
      if (!guard.relations.empty() &&
          std::find(guard.relations.begin(), guard.relations.end(), rule.schema->name) == guard.relations.end())
        continue;
      // A match's scope reaches back to the start of its clause, so "Hulu has
      // not renewed X for ..." is vetoed although the rule starts at "renewed".
      std::string_view scope = masked.text();
      if (!guard.sentence_scope) {
        const size_t start = ClauseStart(scope, begin);
        scope = scope.substr(start, end - start);
      }
      if (RE2::PartialMatch(scope, *guard.pattern))
        return "guard " + guard.id + " (" + guard.source.Location() + ")";
    }
    return "";
  }

  void Emit(const RelationRule& rule, size_t s, int subject, int object, const std::string& veto) {
    if (subject == object) return;
    Fact f;
    f.relation = rule.schema->name;
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
};

}  // namespace

Facts RelationExtractor::Extract(const SegmentedDocument& doc, const Mentions& mentions) const {
  Facts out;
  SentenceMatcher(rules_, doc, mentions, &out).Run();
  return out;
}

}  // namespace trawl
