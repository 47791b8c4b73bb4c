#include "entities/name_finder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

namespace trawl {
namespace {

constexpr size_t kMaxQuotedWords = 12;
constexpr size_t kMaxJoinWords = 3;  // "and the", "in the": words between two parts of a title

enum class UnitKind { kWord, kNumber, kPunct, kTaken };

// A word as names are made of: a token, or tokens glued together ("St.",
// "J.D.", "Spider-Noir", "9-1-1", "Fosse/Verdon").
struct Unit {
  ByteSpan span;
  UnitKind kind = UnitKind::kPunct;
  bool cap = false;          // starts with an upper-case letter
  bool all_upper = false;    // "HBO", "IT"
  bool possessive = false;   // followed by "'s" or "s'" (outside the span)
  bool closes_name = false;  // "Balcer" of "Balcer-created": nothing joins after it
  int quote = 0;             // punctuation: +1 opens a quoted title, -1 closes it
};

bool Adjacent(const Token& a, const Token& b) { return a.span.end == b.span.begin; }

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), s) != options.end();
}

// "U.S", "J.D", "P", "R.R": capital letters separated by periods (the final
// period is a token of its own).
bool IsInitialsStem(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool letter_slot = i % 2 == 0;
    if (letter_slot ? !(s[i] >= 'A' && s[i] <= 'Z') : s[i] != '.') return false;
  }
  return s.size() % 2 == 1;
}

// One sentence as units, with the quote pairs that hold a title.
class SentenceUnits {
 public:
  SentenceUnits(std::string_view text, const Sentence& sentence, const std::vector<ByteSpan>& taken,
                const std::unordered_set<std::string>& abbreviations, const NameLexicon& lex)
      : text_(text) {
    const std::vector<Token>& toks = sentence.tokens;
    std::vector<int> quote = QuoteMarks(toks);
    for (size_t i = 0; i < toks.size();) {
      const Token& t = toks[i];
      Unit u;
      u.span = t.span;
      if (Overlaps(taken, t.span)) {
        u.kind = UnitKind::kTaken;
        units_.push_back(u);
        ++i;
        continue;
      }
      if (t.Is(kShapePunct)) {
        u.quote = quote[i];
        units_.push_back(u);
        ++i;
        continue;
      }
      u.kind = t.Is(kShapeDigitInitial) ? UnitKind::kNumber : UnitKind::kWord;
      u.cap = t.Is(kShapeUpperInitial);
      u.all_upper = t.Is(kShapeAllUpper);
      size_t j = i;
      // Glued compounds: "Spider-Noir", "9-1-1", "Fosse/Verdon". A slash
      // between longer names parts two names: "Ann Low/Joe Ray".
      auto spaced_cap = [&](size_t k) {
        const std::string_view w = Slice(toks[k].span);
        return toks[k].Is(kShapeUpperInitial) && !w.ends_with("'s") && !w.ends_with("\u2019s") &&
               !Overlaps(taken, toks[k].span);
      };
      const bool name_before = i > 0 && !Adjacent(toks[i - 1], t) && spaced_cap(i - 1);
      while (j + 2 < toks.size() && Adjacent(toks[j], toks[j + 1]) && Adjacent(toks[j + 1], toks[j + 2]) &&
             IsOneOf(Slice(toks[j + 1].span), {"-", "/"}) && !toks[j + 2].Is(kShapePunct)) {
        if (Slice(toks[j + 1].span) == "/" &&
            (name_before || (j + 3 < toks.size() && !Adjacent(toks[j + 2], toks[j + 3]) && spaced_cap(j + 3))))
          break;
        j += 2;
      }
      if (j > i) {
        if ((u.cap || u.kind == UnitKind::kNumber) && toks[j].Is(kShapeLowerInitial) &&
            !Overlaps(taken, toks[j].span)) {
          if (j == i + 2 && lex.name_suffixes.count(std::string(Slice(toks[j].span)))) {
            u.closes_name = true;  // "the René Balcer-created spinoff": the name is the head
          } else {
            u.cap = false;  // "Emmy-winning", "Edinburgh-set": an adjective, no name
            u.span.end = toks[j].span.end;
          }
        } else {
          u.span.end = toks[j].span.end;
        }
        i = j + 1;
      } else if (i + 1 < toks.size() && Adjacent(t, toks[i + 1]) && Slice(toks[i + 1].span) == "." &&
                 (IsInitialsStem(Slice(t.span)) || abbreviations.count(std::string(Slice(t.span)) + "."))) {
        u.span.end = toks[i + 1].span.end;  // "St.", "J.D.", "U.S."
        i += 2;
      } else {
        ++i;
      }
      // Possessives stay outside the name: "Ingelsby's feature credits"; a
      // contraction is a word of its own ("It's Always Sunny").
      std::string_view word = Slice(u.span);
      const bool contraction = lex.contractions.count(std::string(word)) > 0;
      for (std::string_view s : {std::string_view("\u2019s"), std::string_view("'s")}) {
        if (u.kind == UnitKind::kWord && !contraction && word.size() > s.size() && word.ends_with(s)) {
          u.span.end -= s.size();
          u.possessive = true;
        }
      }
      if (!u.possessive && i < toks.size() && quote[i] == 0 && Adjacent(toks[i - 1], toks[i]) &&
          IsOneOf(Slice(toks[i].span), {"\u2019", "'"}) && word.ends_with("s")) {
        u.possessive = true;  // "Fellowes’ drama"
        ++i;
      }
      units_.push_back(u);
    }
  }

  const std::vector<Unit>& units() const { return units_; }
  std::string_view Slice(ByteSpan s) const { return text_.substr(s.begin, s.size()); }
  // Whether only one space (or nothing, for `glued`) separates units a and b.
  bool Spaced(size_t a, size_t b) const {
    const size_t from = units_[a].span.end, to = units_[b].span.begin;
    if (units_[a].possessive) return false;
    return to == from + 1 && text_[from] == ' ';
  }

 private:
  static bool Overlaps(const std::vector<ByteSpan>& spans, ByteSpan s) {
    for (const ByteSpan& t : spans)
      if (t.Overlaps(s)) return true;
    return false;
  }

  // +1 / -1 for the quote tokens that open and close a quoted stretch.
  std::vector<int> QuoteMarks(const std::vector<Token>& toks) const {
    std::vector<int> out(toks.size(), 0);
    auto opens_word = [&](size_t i) {
      return i + 1 < toks.size() && Adjacent(toks[i], toks[i + 1]) && !toks[i + 1].Is(kShapePunct);
    };
    auto after_space = [&](size_t i) {
      if (i == 0) return true;
      const char c = text_[toks[i].span.begin - 1];
      return c == ' ' || c == '(' || c == '\n' || (!Adjacent(toks[i - 1], toks[i]));
    };
    auto before_space = [&](size_t i) {
      return i + 1 == toks.size() || !Adjacent(toks[i], toks[i + 1]) || toks[i + 1].Is(kShapePunct);
    };
    for (size_t i = 0; i < toks.size(); ++i) {
      std::string_view q = Slice(toks[i].span);
      std::string_view close;
      if (q == "\u201c") close = "\u201d";
      else if (q == "\u2018") close = "\u2019";
      else if ((q == "\"" || q == "'") && after_space(i) && opens_word(i)) close = q;
      else continue;
      for (size_t j = i + 1; j < toks.size() && j <= i + 2 * kMaxQuotedWords; ++j) {
        if (Slice(toks[j].span) == close && j > i + 1 && Adjacent(toks[j - 1], toks[j]) && before_space(j)) {
          out[i] = 1;
          out[j] = -1;
          i = j;
          break;
        }
      }
    }
    return out;
  }

  std::string_view text_;
  std::vector<Unit> units_;
};

// A stretch of units [first, last] that may be a name.
struct Chunk {
  size_t first = 0, last = 0;
};

class DocumentNames {
 public:
  DocumentNames(const RuleSet& rules, const std::unordered_set<std::string>& abbreviations,
                const SegmentedDocument& doc, const std::vector<std::vector<ByteSpan>>& taken)
      : lex_(rules.names), ambiguous_aliases_(rules.ambiguous_alias_to_entry), doc_(doc), text_(doc.doc->text) {
    for (size_t s = 0; s < doc.sentences.size(); ++s)
      sentences_.emplace_back(text_, doc.sentences[s], taken[s], abbreviations, lex_);
  }

  std::vector<FoundName> Run() {
    // Pass 1: what the article writes as a name where the form is
    // reliable: quoted, or in a body sentence after its first word.
    std::vector<std::vector<Chunk>> chunks(sentences_.size());
    for (size_t s = 0; s < sentences_.size(); ++s) {
      for (const auto& [first, last] : Quoted(s)) confirmed_.insert(Key(s, first, last));
      chunks[s] = Chunks(s);
      if (doc_.sentences[s].TitleLine()) continue;
      std::vector<Chunk> joined = Joined(s, chunks[s]);
      for (const Chunk& c : joined) ++joined_count_[Key(s, c.first, c.last)];
      for (const Chunk& c : chunks[s]) {
        bool joined_part = false;
        for (const Chunk& j : joined) joined_part |= c.first >= j.first && c.last <= j.last;
        if (!joined_part) standalone_.insert(Key(s, c.first, c.last));
        if (c.first == Initial(s)) continue;
        // The parts of "Marnie's Diner" or "Nobody Sleeps in Crete" say
        // nothing of their own; a list's parts ("Ghosts and Tracker") do.
        bool in_title = false;
        for (const Chunk& j : joined)
          in_title |= c.first >= j.first && c.last <= j.last && U(s)[j.first].kind != UnitKind::kNumber &&
                      (Possessive(s, j) || (!ListJoinedWithin(s, j) && !EndsWithDateOrPlace(s, j)));
        if (!in_title) confirmed_.insert(Key(s, c.first, c.last));
      }
      for (const Chunk& c : chunks[s])
        if (PersonShaped(s, c)) surnames_.insert(Word(s, c.last));
      for (size_t i = 0; i < U(s).size(); ++i)
        if (NumberTitleHere(s, i)) confirmed_.insert(Key(s, i, i));
    }
    // Pass 2: the names, each sentence with the article's evidence.
    std::vector<FoundName> out;
    for (size_t s = 0; s < sentences_.size(); ++s) {
      std::vector<Chunk> quoted = Quoted(s);
      for (const auto& [first, last] : quoted) Emit(s, first, last, true, &out);
      std::vector<Chunk> names = doc_.sentences[s].TitleLine() ? HeadlineNames(s, chunks[s]) : BodyNames(s, chunks[s]);
      for (const Chunk& c : NumberTitles(s, names)) names.push_back(c);
      for (const Chunk& c : names) {
        bool inside_quote = false;
        for (const Chunk& q : quoted) inside_quote |= c.first >= q.first && c.last <= q.last;
        if (!inside_quote) Emit(s, c.first, c.last, false, &out);
      }
    }
    return out;
  }

 private:
  const std::vector<Unit>& U(size_t s) const { return sentences_[s].units(); }

  std::string Key(size_t s, size_t first, size_t last) const {
    const std::vector<Unit>& u = U(s);
    return std::string(sentences_[s].Slice({u[first].span.begin, u[last].span.end}));
  }

  // "LONDON: Ann Low ...", "EXCLUSIVE: ...": a sentence that opens with a
  // place or a slug in capitals and a colon; no title goes on past it
  // ("FBI: Most Wanted" opens with an acronym that is neither).
  bool Dateline(size_t s, size_t first, size_t last) const {
    if (first != 0) return false;
    std::string title_case;
    for (size_t k = first; k <= last; ++k) {
      if (!U(s)[k].all_upper) return false;
      std::string w = Word(s, k);
      for (size_t c = 1; c < w.size(); ++c)
        if (w[c - 1] != ' ' && w[c - 1] != '-') w[c] = static_cast<char>(std::tolower(static_cast<unsigned char>(w[c])));
      title_case += (k == first ? "" : " ") + w;
    }
    // slugs as written ("EXCLUSIVE"): "IT: Welcome to Derry" is a title
    return lex_.places.count(title_case) > 0 || lex_.openers.count(Word(s, first)) > 0;
  }

  std::string Word(size_t s, size_t i) const { return std::string(sentences_[s].Slice(U(s)[i].span)); }

  void Emit(size_t s, size_t first, size_t last, bool quoted, std::vector<FoundName>* out) const {
    const std::vector<Unit>& u = U(s);
    out->push_back(FoundName{s, {u[first].span.begin, u[last].span.end}, Key(s, first, last), quoted});
  }

  // The first unit that holds a word: what a sentence's capital letter is
  // on ("1. Peacemaker (HBO Max)", "“Ghosts” leads").
  size_t Initial(size_t s) const {
    const std::vector<Unit>& u = U(s);
    size_t i = 0;
    while (i < u.size() && (u[i].kind == UnitKind::kPunct ||
                            (u[i].kind == UnitKind::kNumber && i + 1 < u.size() &&
                             sentences_[s].Slice(u[i + 1].span) == ".")))
      ++i;
    return i;
  }

  bool IsNameWord(size_t s, size_t i) const {
    const Unit& u = U(s)[i];
    return u.kind == UnitKind::kWord && u.cap && !lex_.not_names.count(Word(s, i));
  }

  bool IsJoiner(size_t s, size_t i, bool strong_only) const {
    const Unit& u = U(s)[i];
    if (u.kind == UnitKind::kPunct) return sentences_[s].Slice(u.span) == "&";
    if (u.kind != UnitKind::kWord || u.cap) return false;
    const std::string w = Word(s, i);
    return lex_.joiners.count(w) || (!strong_only && lex_.title_joiners.count(w));
  }

  // Runs of capitalized words with the small words that join a name.
  std::vector<Chunk> Chunks(size_t s) const {
    const std::vector<Unit>& u = U(s);
    const SentenceUnits& su = sentences_[s];
    std::vector<Chunk> out;
    for (size_t i = 0; i < u.size();) {
      if (!IsNameWord(s, i)) {
        ++i;
        continue;
      }
      size_t end = i;
      while (!u[end].possessive && !u[end].closes_name) {
        const size_t next = end + 1;
        if (next >= u.size()) break;
        if (su.Spaced(end, next) && IsNameWord(s, next)) {
          end = next;
          continue;
        }
        // Carmen “Carmy” Berzatto: a quoted nickname after a given name
        // stays inside the person's name.
        if (u[next].quote == 1 && next + 3 < u.size() && u[next + 2].quote == -1 && u[next + 1].cap &&
            su.Spaced(end, next) && su.Spaced(next + 2, next + 3) && IsNameWord(s, next + 3) &&
            lex_.given_names.count(Word(s, end))) {
          end = next + 3;
          continue;
        }
        // "Station 19": a short number after a word of the name.
        if (su.Spaced(end, next) && u[next].kind == UnitKind::kNumber && u[end].kind == UnitKind::kWord &&
            u[next].span.size() <= 4) {
          end = next;
          continue;
        }
        // "Law & Order", "House of the Dragon", "Kevin de la Noy".
        size_t k = next;
        while (k < u.size() && k - next < kMaxJoinWords && su.Spaced(k - 1, k) && IsJoiner(s, k, true)) ++k;
        // "Ann Low & Bo Tate" are two people: "&" joins no two full names.
        const bool two_people = k == next + 1 && su.Slice(u[next].span) == "&" && PersonShaped(s, {i, end}) &&
                                k + 1 < u.size() && PersonShaped(s, {k, k + 1});
        if (k > next && k < u.size() && su.Spaced(k - 1, k) && IsNameWord(s, k) && !two_people) {
          end = k;
          continue;
        }
        // "FBI: Most Wanted", "Squid Game: The Challenge"; but in "Cold Lake:
        // The drama returns" an article opens a sentence after the colon.
        const auto article_alone = [&](size_t w) {
          const std::string_view word = su.Slice(u[w].span);
          return (word == "The" || word == "A" || word == "An") &&
                 !(w + 1 < u.size() && su.Spaced(w, w + 1) && IsNameWord(s, w + 1));
        };
        // "Returning: Ann Low (L) and ...", "Pictured: ...": a caption's
        // label (a participle that opens the sentence), no title; "Alien:
        // Earth" goes on
        const std::string first_word = Word(s, i);
        const bool label = i == 0 && end == i && lex_.IsCommonWord(first_word) &&
                           (first_word.ends_with("ing") || first_word.ends_with("ed"));
        if (su.Slice(u[next].span) == ":" && u[end].span.end == u[next].span.begin && next + 1 < u.size() &&
            !Dateline(s, i, end) && !label &&
            su.Spaced(next, next + 1) && IsNameWord(s, next + 1) && !lex_.openers.count(Word(s, next + 1)) &&
            !article_alone(next + 1)) {
          end = next + 1;
          continue;
        }
        // "Designated Survivor: 60 Days": a number and a word after the colon
        if (su.Slice(u[next].span) == ":" && u[end].span.end == u[next].span.begin && next + 2 < u.size() &&
            !Dateline(s, i, end) && su.Spaced(next, next + 1) && u[next + 1].kind == UnitKind::kNumber &&
            u[next + 1].span.size() <= 4 && su.Spaced(next + 1, next + 2) && IsNameWord(s, next + 2)) {
          end = next + 2;
          continue;
        }
        break;
      }
      out.push_back({i, end});
      i = end + 1;
    }
    return out;
  }

  // Two chunks that a title joiner ("Emily in Paris", "Rick and Morty") or a
  // possessive ("Grey's Anatomy") may make one title.
  std::vector<Chunk> Joined(size_t s, const std::vector<Chunk>& chunks) const {
    const std::vector<Unit>& u = U(s);
    const SentenceUnits& su = sentences_[s];
    std::vector<Chunk> out;
    // "3 Body Problem": a number before a name may start a title (also
    // inside a run that an opener starts: "On 3 Body Problem").
    for (const Chunk& a : chunks)
      for (size_t k = a.first; k < a.last; ++k)
        if (u[k].kind == UnitKind::kNumber && (k > a.first || k == 0 || !IsNameWord(s, k - 1)) && u[k].span.size() <= 4 &&
            su.Spaced(k, k + 1) && IsNameWord(s, k + 1) && (k == a.first || u[k - 1].kind != UnitKind::kNumber))
          out.push_back({k, a.last});
    for (const Chunk& a : chunks)
      if (a.first > 0 && u[a.first - 1].kind == UnitKind::kNumber && su.Spaced(a.first - 1, a.first) &&
          u[a.first - 1].span.size() <= 4)
        out.push_back({a.first - 1, a.last});
    for (size_t c = 0; c + 1 < chunks.size(); ++c) {
      const Chunk& a = chunks[c];
      const Chunk& b = chunks[c + 1];
      if (u[a.last].possessive) {
        const size_t apostrophe_end = u[b.first].span.begin - 1;
        if (b.first == a.last + 1 && text_[apostrophe_end] == ' ') out.push_back({a.first, b.last});
        continue;
      }
      if (b.first <= a.last + 1 || b.first - a.last - 1 > kMaxJoinWords) continue;
      bool ok = true;
      for (size_t k = a.last + 1; k < b.first && ok; ++k) ok = IsJoiner(s, k, false) && su.Spaced(k - 1, k);
      if (ok && su.Spaced(b.first - 1, b.first)) out.push_back({a.first, b.last});
    }
    return out;
  }

  // Whether a joined chunk is "A's B".
  bool Possessive(size_t s, const Chunk& j) const {
    for (size_t k = j.first; k < j.last; ++k)
      if (U(s)[k].possessive) return true;
    return false;
  }

  // Whether a joined stretch ends in a date or a people's name: "Ghosts
  // from the British comedy", "Drift in May" join nothing.
  bool EndsWithDateOrPlace(size_t s, const Chunk& j) const {
    size_t k = j.last;
    while (k > j.first && IsNameWord(s, k - 1)) --k;  // the tail's first word
    const std::string w = Word(s, k);
    return lex_.calendar.count(w) > 0 || lex_.demonyms.count(w) > 0;
  }

  // Whether a joined stretch is joined by "and", "or" or "&".
  bool ListJoinedWithin(size_t s, const Chunk& j) const {
    for (size_t k = j.first; k <= j.last; ++k)
      if (IsOneOf(Word(s, k), {"and", "or", "&"}) && U(s)[k].kind != UnitKind::kTaken) return true;
    return false;
  }

  // Whether the words between two chunks are "and", "or" or "&".
  bool ListJoined(size_t s, const Chunk& a, const Chunk& b) const {
    for (size_t k = a.last + 1; k < b.first; ++k)
      if (IsOneOf(Word(s, k), {"and", "or", "&"})) return true;
    return false;
  }

  // Whether the word before unit i names a work: "the podcast Missing in
  // Marlow", "the comedy Rick and Morty".
  bool AfterTitleCue(size_t s, size_t i) const {
    if (i == 0) return false;
    const std::vector<Unit>& u = U(s);
    // "Netflix’s Emily in Paris": an outlet's possessive announces a title
    // (the "’s" is part of the outlet's token, or tokens of its own).
    const size_t at = u[i].span.begin;
    const std::string_view before = std::string_view(text_).substr(0, at);
    if (before.ends_with("\u2019s ") || before.ends_with("'s ")) {
      const size_t owner_end = at - (before.ends_with("'s ") ? 3 : 5);
      for (size_t k = i; k-- > 0;) {
        if (u[k].span.begin >= owner_end) continue;
        return u[k].kind == UnitKind::kTaken && u[k].span.end >= owner_end;
      }
      return false;
    }
    const Unit& prev = u[i - 1];
    return sentences_[s].Spaced(i - 1, i) && prev.kind == UnitKind::kWord && !prev.cap &&
           lex_.title_cues.count(Word(s, i - 1)) > 0;
  }

  // A title that is a number alone ("1899", "9-1-1") where the sentence
  // says it names a work: after a cue ("cancelled 1899 after", "the drama
  // 1899") or before an apposition that names one ("9-1-1, the procedural").
  // A count ("renewed 12 shows") or a date is none.
  bool NumberTitleHere(size_t s, size_t i) const {
    const std::vector<Unit>& u = U(s);
    if (u[i].kind != UnitKind::kNumber || !NumberStandsAlone(s, i)) return false;
    if (AfterTitleCue(s, i)) return true;
    if (i + 2 >= u.size() || Word(s, i + 1) != "," || !IsOneOf(Word(s, i + 2), {"the", "a", "an"})) return false;
    for (size_t k = i + 3; k < u.size() && k <= i + 7; ++k) {
      if (u[k].kind == UnitKind::kPunct) break;
      if (lex_.title_cues.count(Word(s, k))) return true;
    }
    return false;
  }

  // Whether number unit i may be a name: no word of a name, a count's noun
  // or a date's preposition around it. A headline capitalizes every word,
  // so there only the words count.
  bool NumberStandsAlone(size_t s, size_t i) const {
    const std::vector<Unit>& u = U(s);
    const bool headline = doc_.sentences[s].TitleLine();
    if (i > 0) {
      std::string prev = Word(s, i - 1);
      if (headline && !prev.empty()) prev[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(prev[0])));
      if (u[i - 1].kind == UnitKind::kNumber || (!headline && u[i - 1].kind == UnitKind::kWord && u[i - 1].cap) ||
          lex_.calendar.count(Word(s, i - 1)) || lex_.date_prepositions.count(prev))
        return false;
    }
    if (headline) return true;
    if (i + 1 < u.size() && u[i + 1].kind != UnitKind::kPunct && sentences_[s].Spaced(i, i + 1) &&
        !lex_.title_prepositions.count(Word(s, i + 1)) && !lex_.joiners.count(Word(s, i + 1)))
      return false;
    return true;
  }

  // The number titles of sentence s the article confirms.
  std::vector<Chunk> NumberTitles(size_t s, const std::vector<Chunk>& names) const {
    std::vector<Chunk> out;
    const std::vector<Unit>& u = U(s);
    for (size_t i = 0; i < u.size(); ++i) {
      bool inside = false;
      for (const Chunk& c : names) inside |= i >= c.first && i <= c.last;
      if (!inside && u[i].kind == UnitKind::kNumber && confirmed_.count(Key(s, i, i)) && NumberStandsAlone(s, i))
        out.push_back({i, i});
    }
    return out;
  }

  // A person's full name: a given name and more ("Emily" alone is not).
  bool PersonShaped(size_t s, const Chunk& c) const {
    if (c.last == c.first || c.last - c.first > 3 || !lex_.given_names.count(Word(s, c.first))) return false;
    for (size_t k = c.first; k <= c.last; ++k)
      if (!IsNameWord(s, k)) return false;  // "Georgie & Mandy" is no one's name
    return true;
  }

  bool Confirmed(size_t s, const Chunk& c) const { return confirmed_.count(Key(s, c.first, c.last)) > 0; }

  // "Head of Drama Ann Low", "Commissioning Editor Bo Tate": a run that opens
  // with a job title and ends with a person's full name is the person ("Head
  // of the Class", with no person after, stays a title).
  Chunk TrimJobTitle(size_t s, Chunk c) const {
    if (c.first == c.last || !lex_.job_titles.count(Word(s, c.first))) return c;
    for (size_t k = c.first + 1; k < c.last; ++k)
      if (PersonShaped(s, {k, c.last})) return {k, c.last};
    return c;
  }

  // A sentence-initial chunk, with the opening word dropped when it is an
  // ordinary word that only carries the sentence's capital letter.
  // Whether what follows unit i says a title stands there ([names]
  // title_after): "Ghosts has been renewed".
  bool TitleFollows(size_t s, size_t i) const {
    if (!lex_.title_after) return false;
    const size_t end = doc_.sentences[s].span.end;
    const size_t from = U(s)[i].span.end;
    return from < end && RE2::PartialMatch(std::string_view(text_).substr(from, end - from), *lex_.title_after);
  }

  std::optional<Chunk> TrimInitial(size_t s, Chunk c) const {
    const std::vector<Unit>& u = U(s);
    while (true) {
      const std::string first = Word(s, c.first);
      // An acronym is a name ("HBO"), a capitalized slug is not ("EXCLUSIVE:").
      if (Confirmed(s, c) || (u[c.first].all_upper && !lex_.openers.count(first))) return c;
      const bool article = IsOneOf(first, {"The", "A", "An"});
      const bool opener = lex_.openers.count(first) > 0;
      if (c.first == c.last) {
        // One word: a name unless it is an ordinary word the article never
        // writes as a name elsewhere ("Production has not been scheduled"),
        // but a person's surname is a name ("Star, who created ...").
        const bool common = lex_.IsCommonWord(first) && !lex_.given_names.count(first) &&
                            !ambiguous_aliases_.count(first);
        if (opener || article || (common && !surnames_.count(first) && !TitleFollows(s, c.last))) return std::nullopt;
        return c;
      }
      // Longer runs lose only a word that opens sentences and never names:
      // "Showrunner Ann Low", "Also Cold Lake". A common word may start a
      // title ("Cobra Kai", "Law & Order").
      size_t rest = c.first + 1;
      while (rest <= c.last && !IsNameWord(s, rest)) ++rest;
      // "Hosts Dan Levy and ...", "Confirmed: Albert Kim": an ordinary word
      // before a person's full name is no part of it.
      if (!article && !opener) {
        const bool common = lex_.IsCommonWord(first) && !lex_.given_names.count(first);
        if (common && rest <= c.last && PersonShaped(s, {rest, c.last})) return Chunk{rest, c.last};
        return c;
      }
      if (rest > c.last) return std::nullopt;
      Chunk r{rest, c.last};
      if (article && !opener) {
        // "The Bear" stays a title unless the article names the rest alone
        // or the rest is a person ("The Rose Byrne comedy") or a network's
        // name that needs its context ("The Fox network").
        if (!Confirmed(s, r) && !lex_.given_names.count(Word(s, r.first)) &&
            !ambiguous_aliases_.count(Key(s, r.first, r.last)))
          return c;
      }
      c = r;
    }
  }

  std::vector<Chunk> BodyNames(size_t s, const std::vector<Chunk>& chunks) const {
    std::vector<Chunk> out;
    std::vector<Chunk> joined = Joined(s, chunks);
    const size_t initial = Initial(s);
    for (size_t c = 0; c < chunks.size(); ++c) {
      Chunk chunk = chunks[c];
      // A confirmed longer title that starts here wins.
      for (const Chunk& j : joined) {
        if (j.first != chunk.first || U(s)[j.first].kind == UnitKind::kNumber || c + 1 >= chunks.size()) continue;
        const std::string key = Key(s, j.first, j.last);
        const bool possessive = U(s)[chunk.last].possessive;
        const Chunk& head = chunks[c];
        bool take = confirmed_.count(key) > 0;
        // "Fox's House": a network's possessive, not a title.
        const bool network = ambiguous_aliases_.count(Key(s, head.first, head.last)) > 0;
        if (!take && !PersonShaped(s, head) && !(possessive && network)) {
          if (possessive && PersonShaped(s, chunks[c + 1])) {
            take = false;  // "Tomorrow's Marty Adelstein": a person of a company
          } else if (possessive) {
            // "Grey's Anatomy": neither part is a name of its own here.
            take = !confirmed_.count(Key(s, head.first, head.last)) &&
                   !confirmed_.count(Key(s, chunks[c + 1].first, chunks[c + 1].last));
          } else {
            // "Wolpert and Nedivi" are two people named in full elsewhere.
            const Chunk& tail = chunks[c + 1];
            const bool people = PersonShaped(s, tail) || surnames_.count(Word(s, head.last)) ||
                                surnames_.count(Word(s, tail.last));
            auto it = joined_count_.find(key);
            // After a work's noun a preposition joins; "and" may still be a
            // list ("the dramas Ghosts and Tracker").
            const bool list_word = ListJoined(s, head, chunks[c + 1]) ||
                                   ambiguous_aliases_.count(Key(s, chunks[c + 1].first, chunks[c + 1].last)) > 0;
            // A preposition or article joins two parts where the first is
            // never a name on its own in the article ("Nobody Sleeps in
            // Crete", not "renewed Cold Lake in London" when Cold Lake is
            // written alone elsewhere) and the second is no date ("renewed
            // Cold Lake on Monday").
            const bool standalone = standalone_.count(Key(s, head.first, head.last)) > 0;
            const bool date = lex_.calendar.count(Word(s, tail.first)) > 0 || lex_.demonyms.count(Word(s, tail.first)) > 0;
            bool prepositions = true;
            for (size_t k = head.last + 1; k < tail.first; ++k)
              prepositions &= lex_.title_prepositions.count(Word(s, k)) > 0;
            // "ordered Iron Gate from the Cold Lake team", "from Cold Lake
            // creator Ann Low": "from" gives the source, whose name modifies
            // a noun, not the end of a title ("Emily in Paris star" is one).
            const bool modifier = Word(s, head.last + 1) == "from" && tail.last + 1 < U(s).size() &&
                                  lex_.modified_nouns.count(Word(s, tail.last + 1));
            // "produced by Dynamo in Colombia": a company and where it works,
            // not a title ("It's Always Sunny in Philadelphia" is one).
            const bool place = head.first > 0 && Word(s, head.first - 1) == "by" &&
                               lex_.places.count(Key(s, tail.first, tail.last)) > 0;
            take = !people && ((it != joined_count_.end() && it->second >= 2) ||
                               (!list_word && !date && !modifier &&
                                (AfterTitleCue(s, head.first) || (prepositions && !standalone && !place))));
          }
        }
        if (take) {
          chunk = j;
          while (c + 1 < chunks.size() && chunks[c + 1].first <= j.last) ++c;
        }
      }
      if (chunk.first == initial) {
        std::optional<Chunk> kept = TrimInitial(s, chunk);
        if (!kept) continue;
        chunk = *kept;
      }
      // A number before the name makes a title where the article confirms
      // it: written so twice, quoted, or after a work's noun ("the sitcom 2
      // Broke Girls"); "12 Emmy nominations" is no title.
      for (const Chunk& j : joined) {
        if (j.last != chunk.last || j.first + 1 != chunk.first || U(s)[j.first].kind != UnitKind::kNumber) continue;
        auto it = joined_count_.find(Key(s, j.first, j.last));
        if (confirmed_.count(Key(s, j.first, j.last)) || (it != joined_count_.end() && it->second >= 2) ||
            AfterTitleCue(s, j.first))
          chunk.first = j.first;
      }
      chunk = TrimJobTitle(s, chunk);
      // "— The small-town drama": a lone opener is no name anywhere.
      if (chunk.first == chunk.last && (lex_.openers.count(Word(s, chunk.first)) ||
                                        IsOneOf(Word(s, chunk.first), {"The", "A", "An"})))
        continue;
      out.push_back(chunk);
    }
    return out;
  }

  // In a headline only the stretches the body confirms, longest first.
  std::vector<Chunk> HeadlineNames(size_t s, const std::vector<Chunk>& chunks) const {
    std::vector<Chunk> out;
    for (const Chunk& c : chunks) {
      for (size_t first = c.first; first <= c.last;) {
        size_t found = SIZE_MAX;
        for (size_t last = c.last + 1; last-- > first;) {
          if (IsNameWord(s, last) && confirmed_.count(Key(s, first, last))) {
            found = last;
            break;
          }
        }
        if (found == SIZE_MAX) {
          ++first;
          continue;
        }
        out.push_back({first, found});
        first = found + 1;
      }
    }
    return out;
  }

  // Quoted titles: “Industry”, ‘Silo’, "The Chi". A quotation of speech is
  // no title: titles are short, and their longer words are capitalized.
  std::vector<Chunk> Quoted(size_t s) const {
    const std::vector<Unit>& u = U(s);
    const SentenceUnits& su = sentences_[s];
    std::vector<Chunk> out;
    for (size_t i = 0; i < u.size(); ++i) {
      if (u[i].quote != 1) continue;
      size_t j = i + 1;
      while (j < u.size() && u[j].quote != -1) ++j;
      if (j >= u.size() || j == i + 1) continue;
      size_t first = i + 1, last = j - 1;
      // American style puts a sentence's comma or period inside the quotes.
      while (last > first && IsOneOf(su.Slice(u[last].span), {",", "."}) &&
             !(last >= 2 && su.Slice(u[last - 1].span) == "." && su.Slice(u[last - 2].span) == "."))
        --last;
      bool taken = false;
      size_t words = 0, long_words = 0, capitalized = 0;
      for (size_t k = first; k <= last; ++k) {
        taken |= u[k].kind == UnitKind::kTaken;
        words += u[k].kind == UnitKind::kNumber ? 1 : 0;  // “1899”, “9-1-1”
        if (u[k].kind != UnitKind::kWord) continue;
        ++words;
        if (u[k].span.size() < 4) continue;
        ++long_words;
        capitalized += u[k].cap ? 1 : 0;
      }
      const bool starts = u[first].cap || u[first].kind == UnitKind::kNumber;
      // Carmen “Carmy” Berzatto: a nickname between two parts of a name.
      if (i > 0 && j + 1 < u.size() && IsNameWord(s, i - 1) && IsNameWord(s, j + 1) && first == last) continue;
      const bool title_case = long_words == 0 || capitalized * 2 >= long_words;
      if (!taken && starts && title_case && words > 0 && words <= kMaxQuotedWords) out.push_back({first, last});
      i = j;
    }
    return out;
  }

  const NameLexicon& lex_;
  // "Peacock", "Max": words that may be a network's name; typing decides.
  const std::unordered_map<std::string, size_t>& ambiguous_aliases_;
  const SegmentedDocument& doc_;
  std::string_view text_;
  std::vector<SentenceUnits> sentences_;
  std::set<std::string> confirmed_;             // names in reliable positions
  std::map<std::string, int> joined_count_;     // joined titles, how often written
  std::set<std::string> surnames_;              // last words of people's full names
  std::set<std::string> standalone_;            // names written on their own somewhere
};

}  // namespace

NameFinder::NameFinder(const RuleSet& rules)
    : rules_(rules), abbreviations_(rules.abbreviations.begin(), rules.abbreviations.end()) {}

std::vector<FoundName> NameFinder::Find(const SegmentedDocument& doc,
                                        const std::vector<std::vector<ByteSpan>>& taken) const {
  return DocumentNames(rules_, abbreviations_, doc, taken).Run();
}

}  // namespace trawl
