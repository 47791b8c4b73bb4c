#include "entities/recognizer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include <re2/re2.h>

#include "core/masked_text.h"
#include "core/text.h"
#include "entities/name_finder.h"
#include "entities/names.h"
#include "rules/match.h"

namespace trawl {
namespace {

// How a mention came about; decides what the later passes may do with it.
struct Origin {
  int gazetteer = -1;     // index into RuleSet::gazetteer
  int season = 0;         // season number for SEASON mentions
  std::string reference;  // "focus" / "plural" for anaphors
  int count = 0;          // plural anaphors: how many ("all five series")
  int antecedent = -1;    // anaphors: the mention they stand for, if captured
  bool typable = false;   // a proper name: type rules decide its type
  bool absorbed = false;  // swallowed by a longer mention; no longer counts
  std::string key;        // the name's text, the unit of typing
};

struct Vote {
  int priority = -1;
  EntityType type = EntityType::kName;
  std::string rule_id;
};

class DocumentRecognizer {
 public:
  DocumentRecognizer(const RuleSet& rules, const SegmentedDocument& doc)
      : rules_(rules),
        doc_(doc),
        text_(doc.doc->text),
        by_sentence_(doc.sentences.size()),
        rendered_(doc.sentences.size()) {}

  Mentions Run() {
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      FindGazetteerMentions(s);
      // A headline's capitals say nothing: its names come from the name
      // finder, where the body confirms them.
      for (const MentionRule& rule : rules_.mention_rules)
        if (rule.reference.empty() && !(doc_.sentences[s].TitleLine() && rule.type == EntityType::kName))
          ApplyMentionRule(rule, s);
    }
    FindNames();
    TypeNames();
    for (auto& r : rendered_) r.reset();  // slots now carry their types
    // Anaphors are found once names are typed, so their patterns can tell a
    // series from a name that only modifies the noun.
    for (size_t s = 0; s < doc_.sentences.size(); ++s)
      for (const MentionRule& rule : rules_.mention_rules)
        if (!rule.reference.empty()) ApplyMentionRule(rule, s);
    return BuildEntities();
  }

 private:
  // ---- pass 1 and 2: mentions ------------------------------------------
  void Add(size_t sentence, ByteSpan span, EntityType type, const std::string& rule_id, Origin origin) {
    Mention m;
    m.span = span;
    m.sentence = sentence;
    m.type = type;
    m.rule_id = rule_id;
    m.is_reference = !origin.reference.empty();
    int index = static_cast<int>(mentions_.size());
    if (origin.typable) {
      const size_t order = sentence * (size_t{1} << 32) + span.begin;
      auto [it, fresh] = first_seen_.emplace(origin.key, order);
      if (!fresh) it->second = std::min(it->second, order);
      // How the name is written: after "the", or bare mid-sentence.
      const size_t start = doc_.sentences[sentence].span.begin;
      const std::string_view before = std::string_view(text_).substr(start, span.begin - start);
      const bool after_the = before.ends_with("the ") || before.ends_with("The ");
      if (span.begin > start && !after_the) written_bare_.insert(origin.key);
    }
    mentions_.push_back(std::move(m));
    origins_.push_back(std::move(origin));
    std::vector<int>& list = by_sentence_[sentence];
    auto at = std::lower_bound(list.begin(), list.end(), index, [&](int a, int b) {
      return mentions_[static_cast<size_t>(a)].span.begin < mentions_[static_cast<size_t>(b)].span.begin;
    });
    list.insert(at, index);
    rendered_[sentence].reset();
  }

  bool Overlaps(size_t sentence, ByteSpan span) const {
    for (int i : by_sentence_[sentence])
      if (mentions_[static_cast<size_t>(i)].span.Overlaps(span)) return true;
    return false;
  }

  // Proper names by shape, with the whole article as evidence.
  void FindNames() {
    std::vector<std::vector<ByteSpan>> taken(doc_.sentences.size());
    for (size_t s = 0; s < doc_.sentences.size(); ++s)
      for (int i : by_sentence_[s]) taken[s].push_back(mentions_[static_cast<size_t>(i)].span);
    for (FoundName& f : NameFinder(rules_).Find(doc_, taken)) {
      if (Overlaps(f.sentence, f.span)) continue;
      Origin o;
      o.typable = true;
      o.key = std::move(f.key);
      const NameLexicon& lex = rules_.names;
      if (f.quoted && lex.quoted_type != EntityType::kName)
        CastVote(o.key, lex.quoted_type, lex.quoted_priority, "names.quoted");
      Add(f.sentence, f.span, EntityType::kName, f.quoted ? "names.quoted" : "names.chunk", std::move(o));
    }
  }

  void FindGazetteerMentions(size_t s) {
    if (!rules_.gazetteer_pattern) return;
    const ByteSpan sent = doc_.sentences[s].span;
    std::string_view text(text_);
    size_t pos = sent.begin;
    re2::StringPiece m;
    while (pos < sent.end &&
           rules_.gazetteer_pattern->Match(text, pos, sent.end, RE2::UNANCHORED, &m, 1)) {
      size_t b = static_cast<size_t>(m.data() - text.data()), e = b + m.size();
      if (m.empty() || IsWordCharBefore(text, b) || IsWordCharAt(text, e)) {
        pos = b + std::max<size_t>(1, Utf8Length(text, b));
        continue;
      }
      auto it = rules_.alias_to_entry.find(std::string(m));
      if (it != rules_.alias_to_entry.end()) {
        Origin o;
        o.gazetteer = static_cast<int>(it->second);
        const GazetteerEntry& entry = rules_.gazetteer[it->second];
        Add(s, {b, e}, entry.type, "gazetteer:" + entry.source.Location(), std::move(o));
      }
      pos = e;
    }
  }

  std::string_view Label(int i) const {
    const Origin& o = origins_[static_cast<size_t>(i)];
    if (o.typable) {
      auto it = types_.find(o.key);
      return EntityTypeName(it == types_.end() ? mentions_[static_cast<size_t>(i)].type : it->second.type);
    }
    return EntityTypeName(mentions_[static_cast<size_t>(i)].type);
  }

  MaskedText Render(size_t s) const {
    return MaskedText::Render(text_, doc_.sentences[s].span, mentions_, by_sentence_[s],
                              [this](int i) { return Label(i); });
  }

  // The sentence as mention rules see it, rendered again only after a
  // mention was added or removed (types do not change while rules find
  // mentions: names are typed in a pass of their own).
  const MaskedText& Rendered(size_t s) {
    if (!rendered_[s]) rendered_[s] = Render(s);
    return *rendered_[s];
  }

  void ApplyMentionRule(const MentionRule& rule, size_t s) {
    const MaskedText& masked = Rendered(s);
    const std::string& mt = masked.text();
    const RE2& re = *rule.pattern;
    const int ngroups = re.NumberOfCapturingGroups();
    const auto& names = re.CapturingGroupNames();  // index -> name
    auto offset = [&](const re2::StringPiece& g) { return OffsetIn(mt, g); };
    struct Found {
      ByteSpan span;
      Origin origin;
      std::vector<int> absorbed;
    };
    std::vector<Found> found;
    // A rule with `exclude` looks again inside what it excluded: "the
    // production company behind the series" is no reference, "the series"
    // in it is.
    size_t taken_end = 0;
    ForEachMatch(re, mt, rule.exclude != nullptr, [&](const MatchGroups& groups) {
      const re2::StringPiece whole = groups[0];
      if (offset(whole) < taken_end) return;
      re2::StringPiece name_group = whole, antecedent, surname;
      std::vector<re2::StringPiece> numbers;
      int count = rule.count;
      for (int g = 1; g <= ngroups; ++g) {
        auto it = names.find(g);
        const re2::StringPiece& piece = groups[static_cast<size_t>(g)];
        if (it == names.end() || piece.data() == nullptr) continue;
        if (it->second == "name") name_group = piece;
        else if (it->second == "antecedent") antecedent = piece;
        else if (it->second == "surname") surname = piece;
        else if (it->second.rfind("number", 0) == 0) numbers.push_back(piece);
        else if (it->second == "count") count = rules_.ParseNumber(piece);
      }
      if (rule.type == EntityType::kSeason) {
        const bool one = numbers.size() == 1;
        for (const re2::StringPiece& n : numbers) {
          int value = rules_.ParseNumber(n);
          if (value <= 0) continue;
          const re2::StringPiece& where = one ? name_group : n;
          if (masked.TouchesSlot(offset(where), offset(where) + where.size())) continue;
          Origin o;
          o.season = value;
          found.push_back({masked.ToOriginal(offset(where), offset(where) + where.size()), std::move(o), {}});
        }
        return;
      }
      const size_t b = offset(name_group), e = b + name_group.size();
      if (b == e) return;
      std::vector<int> inside = masked.SlotsIn(b, e);
      if (masked.TouchesSlot(b, e)) {
        // Only gazetteer names may be swallowed, and only by rules that say so.
        bool ok = rule.absorb && !inside.empty();
        for (int i : inside) ok = ok && origins_[static_cast<size_t>(i)].gazetteer >= 0;
        if (!ok) return;
      }
      ByteSpan span = masked.ToOriginal(b, e);
      std::string text(doc_.doc->Slice(span));
      if (rule.exclude && RE2::FullMatch(text, *rule.exclude)) return;
      // "the drama slate", "the BBC drama boss": the noun modifies another
      if (rule.not_before && rule.not_before->Match(mt, e, mt.size(), RE2::ANCHOR_START, nullptr, 0)) return;
      taken_end = offset(whole) + whole.size();
      Origin o;
      o.reference = rule.reference;
      o.count = count;
      if (antecedent.data() != nullptr) {
        std::vector<int> slots = masked.SlotsIn(offset(antecedent), offset(antecedent) + antecedent.size());
        if (!slots.empty()) o.antecedent = slots.front();
      }
      if (rule.reference.empty()) {
        o.typable = rule.type != EntityType::kNetwork;
        o.key = std::move(text);
        // "Matt and Ross Duffer": the first name borrows the shared surname.
        if (surname.data() != nullptr && !masked.TouchesSlot(offset(surname), offset(surname) + surname.size())) {
          o.key += ' ';
          o.key.append(surname.data(), surname.size());
        }
      }
      found.push_back({span, std::move(o), std::move(inside)});
    });
    for (Found& f : found) {
      for (int i : f.absorbed) Remove(s, i);
      if (Overlaps(s, f.span)) continue;
      // A name's first vote is the mention rule's own type.
      if (f.origin.typable && rule.type != EntityType::kName)
        CastVote(f.origin.key, rule.type, rule.priority, rule.id);
      Add(s, f.span, rule.type, rule.id, std::move(f.origin));
    }
  }

  void Remove(size_t s, int mention) {
    origins_[static_cast<size_t>(mention)].absorbed = true;
    auto& list = by_sentence_[s];
    list.erase(std::remove(list.begin(), list.end(), mention), list.end());
    rendered_[s].reset();
  }

  // ---- pass 3: typing --------------------------------------------------
  bool CastVote(const std::string& key, EntityType type, int priority, const std::string& rule_id) {
    // Networks come from the gazetteers: a name is one only if it is an
    // ambiguous alias ("Max", "Peacock") that its context decides.
    if (type == EntityType::kNetwork) {
      auto it = rules_.ambiguous_alias_to_entry.find(key);
      if (it == rules_.ambiguous_alias_to_entry.end() || rules_.gazetteer[it->second].type != type) return false;
    }
    // A person's name has letters: "9-1-1" next to "alongside" is a show.
    if (type == EntityType::kPerson && std::none_of(key.begin(), key.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
        }))
      return false;
    Vote& v = types_[key];
    if (priority <= v.priority) return false;
    bool changed = v.type != type;
    v = Vote{priority, type, rule_id};
    return changed;
  }

  EntityType TypeOf(const std::string& key) const {
    auto it = types_.find(key);
    return it == types_.end() ? EntityType::kName : it->second.type;
  }

  void TypeNames() {
    std::set<std::string> keys;
    for (const Origin& o : origins_)
      if (o.typable && !o.absorbed) keys.insert(o.key);
    for (const TypeRule& rule : rules_.type_rules) {
      if (rule.context) continue;
      for (const std::string& key : keys)
        if (RE2::PartialMatch(key, *rule.shape)) CastVote(key, rule.type, rule.priority, rule.id);
    }
    constexpr int kMaxRounds = 6;
    // A sentence that reads as in the last round gives the same votes again.
    std::vector<std::string> last_round(doc_.sentences.size());
    for (int round = 0; round < kMaxRounds; ++round) {
      bool changed = false;
      for (size_t s = 0; s < doc_.sentences.size(); ++s) {
        if (by_sentence_[s].empty() || doc_.sentences[s].TitleLine()) continue;
        MaskedText masked = Render(s);
        if (masked.text() == last_round[s]) continue;
        last_round[s] = masked.text();
        for (const TypeRule& rule : rules_.type_rules) {
          if (!rule.context) continue;
          changed |= ApplyContextRule(rule, masked);
        }
      }
      changed |= ResolveShortForms(keys);
      changed |= TypeByRelations();
      if (!changed) break;
    }
  }

  // Whether mention i is a proper name no rule has typed yet.
  bool Untyped(int i) const {
    const Origin& o = origins_[static_cast<size_t>(i)];
    return o.typable && TypeOf(o.key) == EntityType::kName;
  }

  // Whether untyped mention i is a gazetteer's ambiguous network alias.
  bool AmbiguousNetwork(int i) const {
    auto it = rules_.ambiguous_alias_to_entry.find(origins_[static_cast<size_t>(i)].key);
    return it != rules_.ambiguous_alias_to_entry.end() && rules_.gazetteer[it->second].type == EntityType::kNetwork;
  }

  // Whether mention i is a possessive right before another name (not a
  // season: "Cold Lake’s third season"): "Marvel" in
  // "renewed Marvel’s Runaways" modifies the title after it and is no show
  // of its own, whatever slot the relation gives it.
  bool PossessiveBeforeName(int i) const {
    const Mention& m = mentions_[static_cast<size_t>(i)];
    const std::string_view rest = std::string_view(text_).substr(m.span.end);
    size_t skip = 0;
    for (std::string_view mark : {std::string_view("’s "), std::string_view("'s ")})
      if (rest.starts_with(mark)) skip = mark.size();
    if (skip == 0) return false;
    for (int j : by_sentence_[m.sentence]) {
      const Mention& next = mentions_[static_cast<size_t>(j)];
      if (next.span.begin == m.span.end + skip) return next.type != EntityType::kSeason && !next.is_reference;
    }
    return false;
  }

  // Relation rules type what they read. A name no rule typed yet stands in
  // a series slot (an ambiguous network alias, "Peacock", in a network
  // slot); where a match's other side is typed, the name takes the type of
  // its side: "Hulu renewed Drift" makes Drift a series, "Drift moved to
  // Peacock" Peacock the network. Relation rules are the broadest description
  // of where shows and outlets stand, so every new phrasing types names too.
  bool TypeByRelations() {
    const int priority = rules_.names.series_by_relation_priority;
    if (priority <= 0) return false;
    bool changed = false;
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (doc_.sentences[s].TitleLine()) continue;
      bool any = false;
      for (int i : by_sentence_[s]) any |= Untyped(i);
      if (!any) continue;
      MaskedText masked = MaskedText::Render(text_, doc_.sentences[s].span, mentions_, by_sentence_[s], [this](int i) {
        if (!Untyped(i)) return Label(i);
        if (PossessiveBeforeName(i)) return EntityTypeName(EntityType::kName);
        return EntityTypeName(AmbiguousNetwork(i) ? EntityType::kNetwork : EntityType::kSeries);
      });
      const std::string& mt = masked.text();
      auto slots = [&](const MatchGroups& g, const std::vector<int>& groups) {
        std::vector<int> out;
        for (int index : groups) {
          const re2::StringPiece& p = g[static_cast<size_t>(index)];
          if (p.data() == nullptr) continue;
          const size_t b = OffsetIn(mt, p);
          for (int i : masked.SlotsIn(b, b + p.size())) out.push_back(i);
        }
        return out;
      };
      auto typed = [&](const std::vector<int>& side, const std::vector<EntityType>& types) {
        for (int i : side) {
          if (Untyped(i)) continue;
          EntityType t = EntityType::kName;
          ParseEntityType(Label(i), &t);
          if (std::find(types.begin(), types.end(), t) != types.end()) return true;
        }
        return false;
      };
      // Votes for the untyped names of one side when the other side is typed.
      auto vote = [&](const RelationRule& rule, const RelationSchema& rel, const std::vector<int>& subjects,
                      const std::vector<int>& objects) {
        if (typed(objects, rel.object_types))
          for (int i : subjects)
            if (Untyped(i) && !AmbiguousNetwork(i) && !PossessiveBeforeName(i))
              changed |= CastVote(origins_[static_cast<size_t>(i)].key, EntityType::kSeries, priority,
                                  "relation " + rule.id);
        // A match that names no show is about one the sentence names.
        const bool show = subjects.empty() ? typed(by_sentence_[s], rel.subject_types) : typed(subjects, rel.subject_types);
        const auto& ot = rel.object_types;
        if (std::find(ot.begin(), ot.end(), EntityType::kNetwork) != ot.end() && show)
          for (int i : objects)
            if (Untyped(i) && AmbiguousNetwork(i))
              changed |= CastVote(origins_[static_cast<size_t>(i)].key, EntityType::kNetwork, priority,
                                  "relation " + rule.id);
      };
      for (int r : rules_.relation_index.Candidates(mt)) {
        const RelationRule& rule = rules_.relation_rules[static_cast<size_t>(r)];
        ForEachMatch(*rule.pattern, mt, false, [&](const MatchGroups& g) {
          const std::vector<int> subjects = slots(g, rule.subject_groups);
          if (!rule.frame) {
            vote(rule, *rule.schema, subjects, slots(g, rule.object_groups));
            return;
          }
          for (size_t t = 0; t < rule.trigger_groups.size(); ++t) {
            const re2::StringPiece& words = g[static_cast<size_t>(rule.trigger_groups[t])];
            if (words.data() == nullptr) continue;
            std::vector<int> groups;
            for (size_t k = 0; k < rule.object_groups.size(); ++k)
              if (rule.object_trigger[k] == static_cast<int>(t)) groups.push_back(rule.object_groups[k]);
            // "runs" says showrun_by only of what is already a show: "ran
            // the London Marathon" types nothing.
            for (const RelationSchema* rel :
                 rules_.TriggeredRelations(std::string_view(words.data(), words.size()), false))
              vote(rule, *rel, subjects, slots(g, groups));
          }
        });
      }
    }
    return changed;
  }

  bool ApplyContextRule(const TypeRule& rule, const MaskedText& masked) {
    const std::string& mt = masked.text();
    const RE2& re = *rule.context;
    bool changed = false;
    // Overlapping matches count: in "A, B and C" both "A, B" and "B and C"
    // are evidence.
    ForEachMatch(re, mt, true, [&](const MatchGroups& groups) {
      for (const auto& [name, index] : re.NamedCapturingGroups()) {
        const re2::StringPiece& g = groups[static_cast<size_t>(index)];
        if (g.data() == nullptr) continue;
        const size_t b = OffsetIn(mt, g);
        for (int i : masked.SlotsIn(b, b + g.size())) {
          const Origin& o = origins_[static_cast<size_t>(i)];
          if (!o.typable) continue;
          if (rule.shape && !RE2::PartialMatch(o.key, *rule.shape)) continue;
          changed |= CastVote(o.key, rule.type, rule.priority, rule.id);
        }
      }
    });
    return changed;
  }

  // Whether `key` is a short form of the title `full`. "Bear" is "The Bear"
  // unless the article writes both "The Bear" and a bare "Bear" mid-sentence:
  // then they are two shows ("The One Piece", the anime, and "One Piece").
  bool ShortTitle(const std::string& key, const std::string& full) const {
    if (!IsShortTitleOf(key, full)) return false;
    return !(full == "The " + key && written_bare_.count(key) && written_bare_.count(full));
  }

  // A one-word name that is the surname of a person named in full, or a
  // short form of a series title, takes that type.
  bool ResolveShortForms(const std::set<std::string>& keys) {
    bool changed = false;
    for (const std::string& key : keys) {
      if (types_.count(key) && types_[key].priority >= kCorefPriority) continue;
      const std::string given_name_of = UniqueGivenName(key);
      for (const std::string& full : keys) {
        if (full == key) continue;
        EntityType t = TypeOf(full);
        // both ways: a typed surname also types the full name it ends
        if ((t == EntityType::kPerson && (IsNameSuffixOf(key, full) || IsSurnameOf(full, key) || IsFamilyNameOf(key, full) ||
                                          given_name_of == full)) ||
            (t == EntityType::kSeries && (ShortTitle(key, full) || ShortTitle(full, key)))) {
          changed |= CastVote(key, t, kCorefPriority, t == EntityType::kPerson ? "coref.surname" : "coref.short_title");
          break;
        }
      }
    }
    return changed;
  }
  static constexpr int kCorefPriority = 5;

  // The one person of the article whose given name `key` is ("Marisol" in a
  // quote after "Marisol Ade Kwan"); "" when none or several are.
  std::string UniqueGivenName(const std::string& key) const {
    std::string found;
    for (const auto& [full, vote] : types_) {
      if (vote.type != EntityType::kPerson || !IsGivenNameOf(key, full)) continue;
      if (!found.empty()) return "";
      found = full;
    }
    return found;
  }

  // ---- pass 4: entities and coreference ------------------------------------
  int EntityFor(EntityType type, const std::string& name, int season = 0) {
    auto k = std::make_tuple(type, name, season);
    auto it = entity_index_.find(k);
    if (it != entity_index_.end()) return it->second;
    int id = static_cast<int>(out_.entities.size());
    Entity e;
    e.type = type;
    e.name = name;
    e.season = season;
    out_.entities.push_back(std::move(e));
    entity_index_.emplace(k, id);
    return id;
  }

  // A gazetteer entity, labelled with the fullest alias the article uses; a
  // nickname ("the Peacock network": ends in a lowercase word) is no label.
  int GazetteerEntity(EntityType type, size_t entry, std::string_view alias) {
    int id = EntityFor(type, rules_.gazetteer[entry].name);
    std::string& label = out_.entities[static_cast<size_t>(id)].label;
    static const RE2 kNickname(R"(\s\p{Ll}{2,}$)");  // "Peacock network"
    if (alias.size() > label.size() && !RE2::PartialMatch(alias, kNickname)) label = std::string(alias);
    return id;
  }

  // The fullest name of the same type that `key` is a short form of. When
  // several fit ("Glover": Donald Glover, Stephen Glover), the one named
  // first in the article: news names its main figure first, in full.
  std::string Canonical(const std::string& key, EntityType type) const {
    std::string best = key;
    size_t best_first = SIZE_MAX;
    const std::string given_name_of = type == EntityType::kPerson ? UniqueGivenName(key) : "";
    for (const auto& [full, vote] : types_) {
      if (vote.type != type || full.size() <= key.size()) continue;
      bool match = type == EntityType::kPerson
                       ? IsNameSuffixOf(key, full) || IsFamilyNameOf(key, full) || given_name_of == full
                       : ShortTitle(key, full);
      if (!match) continue;
      size_t first = first_seen_.count(full) ? first_seen_.at(full) : SIZE_MAX;
      if (first < best_first || (first == best_first && full.size() > best.size())) {
        best = full;
        best_first = first;
      }
    }
    return best;
  }

  // For a pronoun: the person that opens the pronoun's clause or the nearest
  // earlier clause of its sentence ("..., and Ilene Chaiken took over; she
  // shares ..." is Chaiken, not the sentence's first name). -1 if none.
  int ClauseSubject(size_t pronoun) const {
    const Mention& p = out_.mentions[pronoun];
    const std::string_view text = doc_.doc->text;
    const size_t sentence_begin = doc_.sentences[p.sentence].span.begin;
    int best = -1;
    for (size_t i = 0; i < pronoun; ++i) {
      const Mention& m = out_.mentions[i];
      if (m.sentence != p.sentence || m.type != EntityType::kPerson || m.entities.size() != 1) continue;
      std::string_view before = text.substr(sentence_begin, m.span.begin - sentence_begin);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      const bool opens_clause = before.empty() || before.ends_with(";") || before.ends_with(", and") ||
                                before.ends_with(", but") || before.ends_with(" and") || before.ends_with(":");
      if (opens_clause) best = m.entities[0];
    }
    return best;
  }

  // "the Kings" or "Kings", "the Borowitzes": every person named in full
  // whose surname is the plural's singular ("Robert King", "Michelle King").
  std::vector<std::string> FamilyOf(std::string_view key) const {
    if (key.starts_with("The ")) key.remove_prefix(4);
    std::vector<std::string> out;
    if (key.size() < 3 || key.back() != 's' || key.find(' ') != std::string_view::npos) return out;
    for (size_t cut : {1, 2}) {
      if (cut == 2 && !key.ends_with("es")) break;
      const std::string_view singular = key.substr(0, key.size() - cut);
      for (const auto& [full, vote] : types_)
        if (vote.type == EntityType::kPerson && IsSurnameOf(singular, full)) out.push_back(full);
      if (!out.empty()) break;
    }
    return out;
  }

  Mentions BuildEntities() {
    // Mentions in text order, indices remapped.
    std::vector<int> order(mentions_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      const Mention& x = mentions_[static_cast<size_t>(a)];
      const Mention& y = mentions_[static_cast<size_t>(b)];
      return x.sentence != y.sentence ? x.sentence < y.sentence : x.span.begin < y.span.begin;
    });
    std::vector<int> new_index(mentions_.size(), -1);
    for (int i : order) {
      const Origin& o = origins_[static_cast<size_t>(i)];
      if (o.absorbed) continue;
      new_index[static_cast<size_t>(i)] = static_cast<int>(out_.mentions.size());
      Mention m = mentions_[static_cast<size_t>(i)];
      if (o.gazetteer >= 0) {
        m.entities.push_back(GazetteerEntity(m.type, static_cast<size_t>(o.gazetteer), doc_.doc->Slice(m.span)));
      } else if (m.type == EntityType::kSeason) {
        m.entities.push_back(EntityFor(EntityType::kSeason, std::to_string(o.season), o.season));
      } else if (m.type == EntityType::kNetwork && o.reference.empty() && !o.key.empty()) {
        // an outlet by its name's shape, not in the gazetteers ("Zephyr Networks")
        m.entities.push_back(EntityFor(EntityType::kNetwork, o.key));
      } else if (o.typable) {
        auto it = types_.find(o.key);
        m.type = it == types_.end() ? m.type : it->second.type;
        if (it != types_.end()) m.type_rule = it->second.rule_id;
        auto alias = rules_.ambiguous_alias_to_entry.find(o.key);
        if (alias != rules_.ambiguous_alias_to_entry.end() && m.type == rules_.gazetteer[alias->second].type) {
          m.entities.push_back(GazetteerEntity(m.type, alias->second, o.key));
        } else if (m.type == EntityType::kPerson || m.type == EntityType::kSeries ||
            m.type == EntityType::kStudio || m.type == EntityType::kNetwork) {
          std::vector<std::string> family =
              m.type == EntityType::kPerson ? FamilyOf(o.key) : std::vector<std::string>{};
          if (family.size() >= 2) {
            for (const std::string& member : family) m.entities.push_back(EntityFor(m.type, member));
          } else {
            m.entities.push_back(EntityFor(m.type, Canonical(o.key, m.type)));
          }
        }
      }
      ref_origin_.push_back(o);
      out_.mentions.push_back(std::move(m));
    }
    for (Origin& o : ref_origin_)  // an antecedent may come after its anaphor
      if (o.antecedent >= 0) o.antecedent = new_index[static_cast<size_t>(o.antecedent)];
    MarkModifiers();
    ResolveReferences();
    return std::move(out_);
  }

  void MarkModifiers() {
    if (rules_.modifier_rules.empty()) return;
    std::vector<std::vector<int>> in_sentence(doc_.sentences.size());
    for (size_t i = 0; i < out_.mentions.size(); ++i)
      in_sentence[out_.mentions[i].sentence].push_back(static_cast<int>(i));
    for (size_t s = 0; s < doc_.sentences.size(); ++s) {
      if (in_sentence[s].size() < 2) continue;
      MaskedText masked = MaskedText::Render(text_, doc_.sentences[s].span, out_.mentions, in_sentence[s],
                                             [this](int i) { return SlotLabel(out_.mentions[static_cast<size_t>(i)]); });
      for (const ModifierRule& rule : rules_.modifier_rules) {
        const int group = rule.pattern->NamedCapturingGroups().at("name");
        const std::string& mt = masked.text();
        ForEachMatch(*rule.pattern, mt, false, [&](const MatchGroups& g) {
          const re2::StringPiece& cap = g[static_cast<size_t>(group)];
          if (cap.data() == nullptr) return;
          const size_t b = OffsetIn(mt, cap);
          for (int i : masked.SlotsIn(b, b + cap.size())) out_.mentions[static_cast<size_t>(i)].modifier = true;
        });
      }
    }
  }

  void ResolveReferences() {
    // Primary series: the most mentioned one, where the first series of the
    // article (the lede's) counts kFirstSeriesBonus mentions more; the
    // earliest wins a tie.
    constexpr int kFirstSeriesBonus = 3;
    constexpr int kHeadlineBonus = 3;  // the headline names the article's show
    constexpr size_t kLeadParagraphs = 2;
    std::map<int, int> counts;
    std::vector<int> first_seen;
    // A title that only modifies ("the Cold Lake prequel") or names a
    // person's credit ("Cold Lake creator Ann Low") is named in passing.
    auto passing = [&](const Mention& m) { return m.modifier || RoleFollows(m); };
    for (const Mention& m : out_.mentions) {
      if (m.type != EntityType::kSeries || m.is_reference || m.entities.empty() || passing(m)) continue;
      if (counts[m.entities[0]]++ == 0) first_seen.push_back(m.entities[0]);
      if (doc_.sentences[m.sentence].headline) counts[m.entities[0]] += kHeadlineBonus;
    }
    if (!first_seen.empty()) counts[first_seen.front()] += kFirstSeriesBonus;
    // News names its show up top: a series first named after the lead (the
    // headline and the first two body paragraphs) is one named in passing,
    // never the article's, however often it recurs.
    std::map<int, bool> in_lead;
    size_t lead_end = 0;  // the paragraph after the lead
    for (const Sentence& s : doc_.sentences)
      if (!s.headline) {
        lead_end = s.paragraph + kLeadParagraphs;
        break;
      }
    for (const Mention& m : out_.mentions)
      if (m.type == EntityType::kSeries && !m.is_reference && !m.entities.empty() && !passing(m) &&
          (doc_.sentences[m.sentence].headline || doc_.sentences[m.sentence].paragraph < lead_end))
        in_lead[m.entities[0]] = true;
    int best = 0;
    for (int e : first_seen) {
      if (!in_lead[e]) continue;
      if (counts[e] > best) {
        best = counts[e];
        out_.primary_series = e;
      }
    }
    out_.section_series = SectionSeries(doc_, out_);
    out_.sentence_topic.assign(doc_.sentences.size(), -1);
    out_.sentence_topic_at.assign(doc_.sentences.size(), SIZE_MAX);
    sentence_started_.assign(doc_.sentences.size(), false);
    // Distinct entities in order of last mention, most recent last.
    std::map<EntityType, std::vector<int>> recent;
    std::map<EntityType, std::vector<int>> last_plural;  // entities of the last plural anaphor
    std::map<EntityType, std::vector<int>> subject_lists;  // the last list of names that opened a sentence
    std::vector<int> sentence_subject_person(doc_.sentences.size(), -1);
    std::vector<size_t> subject_person_at(doc_.sentences.size(), SIZE_MAX);  // mention that opens it
    std::vector<bool> series_seen(doc_.sentences.size(), false);
    std::vector<bool> topic_after_modifier(doc_.sentences.size(), false);  // see below
    // Per list start: the entities of the list of names there ("A, B and
    // C"; one name alone is a list of one); per mention: where its list starts.
    std::vector<std::vector<int>> lists(out_.mentions.size());
    std::vector<size_t> lists_start(out_.mentions.size());
    for (size_t i = 0, start = 0; i < out_.mentions.size(); ++i) {
      if (i == 0 || !Coordinated(i - 1, i)) start = i;
      lists_start[i] = start;
      for (int e : out_.mentions[i].entities) lists[start].push_back(e);
    }
    auto touch = [&](EntityType t, int e) {
      std::vector<int>& list = recent[t];
      list.erase(std::remove(list.begin(), list.end(), e), list.end());
      list.push_back(e);
    };
    for (size_t i = 0; i < out_.mentions.size(); ++i) {
      Mention& m = out_.mentions[i];
      const Origin& o = ref_origin_[i];
      if (m.is_reference) {
        const std::vector<int>& last = recent[m.type];
        if (o.antecedent >= 0) {
          m.entities = out_.mentions[static_cast<size_t>(o.antecedent)].entities;
        } else if (o.reference == "unnamed") {
          // "Hulu ordered a comedy from ...": a show the article does not
          // name; it stands for none, and takes no credits
        } else if (o.reference == "subjects" && !subject_lists[m.type].empty()) {
          // "They will executive produce": the people who were last the
          // subject of a clause together ("Ann Low and Bo Diaz are writing
          // it, with Cy Ng set to direct"), not the last two named.
          m.entities = subject_lists[m.type];
        } else if (o.reference == "subjects") {
          const size_t n = static_cast<size_t>(std::max(o.count, 2));
          if (last.size() >= n) m.entities.assign(last.end() - static_cast<long>(n), last.end());
        } else if (o.reference == "plural" && o.count == 0) {
          m.entities = last_plural[m.type];  // "each of them"
        } else if (o.reference == "plural" && o.count == 1 && m.type == EntityType::kPerson) {
          // "he", "she": the person the sentence is about (its first
          // mention), else the last person who was a sentence's subject.
          int who = ClauseSubject(i);
          for (size_t k = m.sentence + 1; k-- > 0 && who < 0;) who = sentence_subject_person[k];
          if (who < 0 && !last.empty()) who = last.back();
          if (who >= 0) m.entities.push_back(who);
        } else if (o.reference == "plural") {
          // "the pair": the last two named. Where those close a longer list
          // ("a cast of A, B, ... Y and Z"), the pair is the last one named
          // as a pair ("A and B"); with none, it stays unresolved.
          size_t n = static_cast<size_t>(o.count);
          const size_t named = LastNamed(i, m.type);
          if (m.type == EntityType::kPerson && named != SIZE_MAX && lists[lists_start[named]].size() > n) {
            for (size_t k = named + 1; k-- > 0;)
              if (k == lists_start[k] && lists[k].size() == n && out_.mentions[k].type == m.type &&
                  !out_.mentions[k].is_reference) {
                m.entities = lists[k];
                break;
              }
          } else if (last.size() >= n) {
            m.entities.assign(last.end() - static_cast<long>(n), last.end());
          }
        } else if (m.type == EntityType::kSeries && o.reference == "recent") {
          // "it": the last series of its sentence, else the one in focus. A
          // title before a role noun names a person's credit, not what "it"
          // is ("the half-hour comes from Cold Lake creator Ann Low, who
          // co-created it").
          int f = -1;
          for (size_t k = i; k-- > 0 && out_.mentions[k].sentence == m.sentence;) {
            const Mention& prev = out_.mentions[k];
            if (prev.type == EntityType::kSeries && !prev.modifier && prev.entities.size() == 1 &&
                !RoleFollows(prev)) {
              f = prev.entities[0];
              break;
            }
          }
          if (f < 0) f = FocusSeries(doc_, out_, m.sentence, m.span.begin);
          if (f >= 0) m.entities.push_back(f);
        } else if (m.type == EntityType::kSeries && o.reference == "other") {
          // "the original": the last series named that is not in focus
          // (none where no show is: the other of what is unknown).
          const int f = FocusSeries(doc_, out_, m.sentence, m.span.begin);
          for (auto it = last.rbegin(); f >= 0 && it != last.rend(); ++it)
            if (*it != f) {
              m.entities.push_back(*it);
              break;
            }
        } else if (m.type == EntityType::kSeries) {
          int f = FocusSeries(doc_, out_, m.sentence, m.span.begin);
          if (f >= 0) m.entities.push_back(f);
        } else if (!last.empty()) {
          m.entities.push_back(last.back());
        }
      }
      // A paragraph that opens on a name trawl could not type ("Vantor has
      // nothing to do with ...") is about something it cannot name: its
      // anaphors and bare credits stay with no show (FocusSeries).
      if (!sentence_started_[m.sentence] && m.type == EntityType::kName && !m.is_reference &&
          ParagraphOpener(m.sentence) && OpensSentence(i) && UntypedSubject(m) && !NamesSeriesAfter(i)) {
        sentence_started_[m.sentence] = true;
        out_.sentence_topic[m.sentence] = kUntitledSection;
        out_.sentence_topic_at[m.sentence] = m.span.begin;
      }
      // "The untitled series follows ...": the paragraph goes on about a show
      // trawl cannot name.
      // So does one that introduces an unnamed new show where no show is
      // its subject ("Hulu also ordered a new Cold Lake series set in Lisbon.
      // The drama was co-created by ..."): what follows may be about either.
      if (m.is_reference && o.reference == "unnamed" &&
          (OpensSentence(i) ? !sentence_started_[m.sentence] : out_.sentence_topic[m.sentence] == -1)) {
        sentence_started_[m.sentence] = true;
        out_.sentence_topic[m.sentence] = kUntitledSection;
        out_.sentence_topic_at[m.sentence] = m.span.begin;
      }
      if (m.entities.empty()) continue;
      if (m.is_reference && m.entities.size() > 1) last_plural[m.type] = m.entities;
      if (!m.is_reference || m.type == EntityType::kSeries)
        for (int e : m.entities) touch(m.type, e);
      // A sentence's topic is the series that is its subject: its first
      // series, where it opens the sentence. A show named in passing ("after
      // Cold Lake", "who created Cold Lake", "Cold Lake creator Ann Low") is
      // no topic, and a person first makes the sentence about the person.
      if (!sentence_started_[m.sentence] && m.type != EntityType::kName && m.type != EntityType::kOther &&
          m.type != EntityType::kNetwork && m.type != EntityType::kStudio && m.type != EntityType::kSeason) {
        sentence_started_[m.sentence] = true;
        // A series that only modifies another ("Hulu ordered its Cold Lake
        // prequel series: Ember Road") hands the topic to the next one the
        // sentence names: the series it modifies, if trawl names it.
        if (m.type == EntityType::kSeries && m.entities.size() == 1 && OpensSentence(i)) {
          std::set<int> listed(lists[lists_start[i]].begin(), lists[lists_start[i]].end());
          if (m.modifier) {
            topic_after_modifier[m.sentence] = true;
          } else if (listed.size() > 1) {
            // "Hulu renewed Dune Sea and Harrow Lane. One of the series'
            // showrunners, ...": a list is no one show; the sentence's and
            // the next ones' anaphors cannot tell which
            out_.sentence_topic[m.sentence] = kUntitledSection;
            out_.sentence_topic_at[m.sentence] = m.span.begin;
          } else {
            out_.sentence_topic[m.sentence] = m.entities[0];
            out_.sentence_topic_at[m.sentence] = m.span.begin;
          }
        }
        if (m.type == EntityType::kPerson && m.entities.size() == 1) {
          sentence_subject_person[m.sentence] = m.entities[0];
          if (OpensSentence(i)) subject_person_at[m.sentence] = i;
          if (OpensSentence(i) && lists[lists_start[i]].size() > 1 && lists_start[i] == i)
            subject_lists[m.type] = lists[i];
        }
      } else if (m.type == EntityType::kSeries && m.entities.size() == 1 && !m.modifier &&
                 topic_after_modifier[m.sentence]) {
        topic_after_modifier[m.sentence] = false;
        out_.sentence_topic[m.sentence] = m.entities[0];
        out_.sentence_topic_at[m.sentence] = m.span.begin;
      } else if (m.type == EntityType::kSeries && m.entities.size() == 1 && !m.modifier &&
                 subject_person_at[m.sentence] != SIZE_MAX && out_.sentence_topic[m.sentence] < 0 &&
                 !series_seen[m.sentence] && PersonActsOn(subject_person_at[m.sentence], i)) {
        // "Ann Low stars in Cold Lake, which ...": the show the sentence's
        // subject works on now is what the sentence is about.
        out_.sentence_topic[m.sentence] = m.entities[0];
        out_.sentence_topic_at[m.sentence] = m.span.begin;
      }
      if (m.type == EntityType::kSeries) series_seen[m.sentence] = true;
    }
  }

  // Two names of one list: same type, both names, only ", " / "and" / "&"
  // between them.
  bool Coordinated(size_t a, size_t b) const {
    const Mention& x = out_.mentions[a];
    const Mention& y = out_.mentions[b];
    if (x.type != y.type || x.is_reference || y.is_reference || x.sentence != y.sentence) return false;
    static const RE2 kJoin(R"(\s*(?:,\s*(?:and\s+)?|and\s+|&\s*))");
    return RE2::FullMatch(doc_.doc->Slice({x.span.end, y.span.begin}), kJoin);
  }

  // The last name (not an anaphor) of `type` before mention `i`, or SIZE_MAX.
  size_t LastNamed(size_t i, EntityType type) const {
    for (size_t k = i; k-- > 0;)
      if (out_.mentions[k].type == type && !out_.mentions[k].is_reference && !out_.mentions[k].entities.empty())
        return k;
    return SIZE_MAX;
  }

  // Whether a role noun follows mention m: "Fargo creator Noah Hawley".
  bool RoleFollows(const Mention& m) const { return trawl::RoleFollows(rules_, doc_, m); }

  // Whether untyped mention m is a clause's subject by the words after it
  // (salience.untyped_subject: "Vantor has nothing to do with ..."), not a
  // modifier ("The Chicago restaurant drama") or one of a list.
  bool UntypedSubject(const Mention& m) const {
    if (!rules_.untyped_subject) return false;
    const size_t end = doc_.sentences[m.sentence].span.end;
    return RE2::PartialMatch(doc_.doc->Slice({m.span.end, end}), *rules_.untyped_subject);
  }

  // Whether a show is named after mention i in its sentence: "Lumen has
  // renewed Firehouse" is about Firehouse, whoever Lumen is.
  bool NamesSeriesAfter(size_t i) const {
    for (size_t k = i + 1; k < out_.mentions.size() && out_.mentions[k].sentence == out_.mentions[i].sentence; ++k)
      if (out_.mentions[k].type == EntityType::kSeries && !out_.mentions[k].is_reference) return true;
    return false;
  }

  // Whether sentence s is the first of its paragraph, in the body.
  bool ParagraphOpener(size_t s) const {
    const Sentence& sentence = doc_.sentences[s];
    if (sentence.headline || sentence.heading) return false;
    return s == 0 || doc_.sentences[s - 1].paragraph != sentence.paragraph;
  }

  // Whether person mention p acts on series mention i now, by the words
  // between them ("stars in", "runs"; salience.person_about in rules/).
  bool PersonActsOn(size_t p, size_t i) const {
    const Mention& who = out_.mentions[p];
    const Mention& show = out_.mentions[i];
    if (!rules_.person_about || who.sentence != show.sentence) return false;
    for (size_t k = p + 1; k < i; ++k)
      if (out_.mentions[k].type == EntityType::kPerson || out_.mentions[k].type == EntityType::kSeries) return false;
    return RE2::FullMatch(doc_.doc->Slice({who.span.end, show.span.begin}), *rules_.person_about);
  }

  // Whether mention i (of out_) is where its sentence's subject stands: only
  // quotes, a list number, a fronted phrase ("In May, ", "According to HBO,
  // ") or an outlet's possessive ("HBO's ") before it, and no role noun after
  // it ("Fargo creator Noah Hawley" is about Noah Hawley).
  bool OpensSentence(size_t i) const {
    const Mention& m = out_.mentions[i];
    const std::string_view text = doc_.doc->text;
    const size_t start = doc_.sentences[m.sentence].span.begin;
    std::string_view before = text.substr(start, m.span.begin - start);
    // An outlet's or a person's possessive: "HBO's Task", "Ann Low's Drift".
    for (size_t k = i; k-- > 0 && out_.mentions[k].sentence == m.sentence;) {
      const Mention& prev = out_.mentions[k];
      std::string_view between = text.substr(prev.span.end, m.span.begin - prev.span.end);
      if (between == "\u2019s " || between == "'s " || between == "\u2019 " || between == "' ")
        before = text.substr(start, prev.span.begin - start);
      break;
    }
    if (!rules_.sentence_opening) return false;
    // "Ann Low, the original Cold Lake star, saw ...": an apposition to the
    // name that opens the sentence, whose subject is that name.
    size_t first = i;
    while (first > 0 && out_.mentions[first - 1].sentence == m.sentence) --first;
    if (first < i) {
      const Mention& lead = out_.mentions[first];
      const std::string_view lead_before = text.substr(start, lead.span.begin - start);
      if ((lead.type == EntityType::kPerson || lead.type == EntityType::kName) &&
          lead_before.find_first_not_of(" \"\u201c\u2018") == std::string_view::npos &&
          text.substr(lead.span.end).starts_with(","))
        return false;
    }
    if (!RE2::FullMatch(before, *rules_.sentence_opening)) {
      // An outlet that opens the sentence acts on the show: in "HBO has
      // renewed Task", Task is what the sentence is about. A date in a
      // fronted phrase ("Among the shows unveiled on Tuesday, HBO ...")
      // does not stand in its way.
      size_t outlet = first;
      while (outlet < i && out_.mentions[outlet].type == EntityType::kOther) ++outlet;
      const Mention& lead = out_.mentions[outlet];
      if (outlet == i || lead.type != EntityType::kNetwork) return false;
      for (size_t k = outlet; k < i; ++k)
        if (out_.mentions[k].type == EntityType::kPerson || out_.mentions[k].type == EntityType::kSeries) return false;
      if (!RE2::FullMatch(text.substr(start, lead.span.begin - start), *rules_.sentence_opening)) return false;
    }
    return m.type == EntityType::kPerson || !RoleFollows(m);  // "Ann Low stars in" is a verb
  }

  const RuleSet& rules_;
  const SegmentedDocument& doc_;
  const std::string& text_;
  std::vector<Mention> mentions_;  // in order found
  std::vector<Origin> origins_;
  std::vector<std::vector<int>> by_sentence_;  // mention indices by position
  std::vector<std::optional<MaskedText>> rendered_;  // cache of Rendered()
  std::map<std::string, Vote> types_;            // name -> winning vote
  std::map<std::string, size_t> first_seen_;     // name -> position of its first mention
  std::set<std::string> written_bare_;           // names written mid-sentence without "the" before
  Mentions out_;
  std::vector<Origin> ref_origin_;  // origins in out_.mentions order
  std::vector<bool> sentence_started_;  // a sentence's first mention was seen
  std::map<std::tuple<EntityType, std::string, int>, int> entity_index_;
};

}  // namespace

Mentions EntityRecognizer::Recognize(const SegmentedDocument& doc) const {
  return DocumentRecognizer(rules_, doc).Run();
}

bool RoleFollows(const RuleSet& rules, const SegmentedDocument& doc, const Mention& m) {
  const std::string_view text = doc.doc->text;
  if (!rules.role_after_title) return false;
  const Sentence& sentence = doc.sentences[m.sentence];
  const std::string_view after = text.substr(m.span.end, sentence.span.end - m.span.end);
  if (!sentence.headline) {
    // A title that opens its sentence is its subject, and "stars" after it
    // the verb: "Dust Road stars Mina Carrow", not "Dust Road stars A and B".
    const std::string_view before = text.substr(sentence.span.begin, m.span.begin - sentence.span.begin);
    static const RE2 kOpening(R"([\s“"‘']*)");
    static const RE2 kStarsVerb(R"(^[”"’']?\s(?:co-)?stars\s)");
    if (RE2::FullMatch(before, kOpening) && RE2::PartialMatch(after, kStarsVerb)) return false;
    return RE2::PartialMatch(after, *rules.role_after_title);
  }
  // A headline is title case: "From “Cold Lake” Showrunner"
  std::string lower(after);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return RE2::PartialMatch(lower, *rules.role_after_title);
}

int FocusSeries(const SegmentedDocument& doc, const Mentions& mentions, size_t sentence, size_t pos) {
  // The sentence's own subject, when that is a series before `pos`; else
  // the nearest earlier one of the paragraph. A paragraph that opens on an
  // untyped name has no show in focus until a sentence names one.
  auto topic = [&](size_t k) { return k < mentions.sentence_topic.size() ? mentions.sentence_topic[k] : -1; };
  if (topic(sentence) != -1 && mentions.sentence_topic_at[sentence] < pos)
    return topic(sentence) == kUntitledSection ? -1 : topic(sentence);
  const size_t paragraph = doc.sentences[sentence].paragraph;
  for (size_t k = sentence; k-- > 0 && doc.sentences[k].paragraph == paragraph;)
    if (topic(k) != -1) return topic(k) == kUntitledSection ? -1 : topic(k);
  // Else the show the section heading names; under none, or one that names
  // no show ("Production"), the article's show.
  const int section = sentence < mentions.section_series.size() ? mentions.section_series[sentence] : -1;
  if (section == kUntitledSection) return -1;  // a section about a show trawl cannot name
  const int fallback = section >= 0 ? section : mentions.primary_series;
  // A paragraph that names no show after one about another show may go on
  // about either: trawl cannot tell, and abstains.
  for (size_t k = sentence; k-- > 0 && doc.sentences[k].paragraph + 1 >= paragraph;) {
    if (section >= 0 && (k >= mentions.section_series.size() || mentions.section_series[k] != section)) break;
    if (topic(k) == -1 || topic(k) == kUntitledSection) continue;
    if (topic(k) != fallback) return -1;
    break;
  }
  return fallback;
}

std::vector<int> SectionSeries(const SegmentedDocument& doc, const Mentions& mentions) {
  // The series each heading names: -1 for none, -2 for two or more, and
  // kUntitledSection where it names no show but a title trawl did not
  // recognize ("The Chi"), or where a run-in heading names no show at all.
  constexpr int kNone = -1, kTwo = -2;
  struct Heading {
    int series = kNone;
    bool untyped = false;  // holds an untyped name
    bool typed = false;    // holds a person's or a company's name: "Enter Jo Park." is no title
  };
  std::map<size_t, Heading> headings;  // by sentence
  for (size_t k = 0; k < doc.sentences.size(); ++k)
    if (doc.sentences[k].heading) headings[k] = Heading{};
  for (const Mention& m : mentions.mentions) {
    auto it = headings.find(m.sentence);
    if (it == headings.end() || m.is_reference) continue;
    Heading& h = it->second;
    if (m.type == EntityType::kName) h.untyped = true;
    if (m.type != EntityType::kName && m.type != EntityType::kSeries) h.typed = true;
    if (m.type != EntityType::kSeries || m.modifier || m.entities.size() != 1) continue;
    if (h.series == kNone) h.series = m.entities[0];
    else if (h.series != m.entities[0]) h.series = kTwo;  // a heading of two shows names no one
  }
  std::vector<int> out(doc.sentences.size(), kNone);
  int current = kNone;  // the series of the last heading paragraph before
  int run_in = kNone;   // the series of the run-in heading of run_in_paragraph
  size_t run_in_paragraph = SIZE_MAX;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    out[k] = s.paragraph == run_in_paragraph ? run_in : current;
    if (!s.heading) continue;
    out[k] = kNone;  // a heading is not under itself
    const Heading& h = headings[k];
    int series = h.series == kTwo ? kNone : h.series;
    if (series == kNone && !h.typed && (h.untyped || s.run_in)) series = kUntitledSection;
    if (s.run_in) {
      run_in = series;
      run_in_paragraph = s.paragraph;
    } else {
      current = series;
    }
  }
  return out;
}

}  // namespace trawl
