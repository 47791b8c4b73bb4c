#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cctype>
#include <mutex>

namespace trawl {

struct Segmenter::Icu {
  std::unique_ptr<icu::BreakIterator> sentence;
  std::unique_ptr<icu::BreakIterator> word;
};

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

bool IsBlankLine(std::string_view line) {
  for (char c : line)
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  return true;
}

// Paragraphs are runs of lines separated by blank lines.
std::vector<Paragraph> SplitParagraphs(const Document& doc) {
  std::vector<Paragraph> out;
  std::string_view text = doc.text;
  size_t pos = doc.body_begin, start = std::string_view::npos;
  auto close = [&](size_t end) {
    if (start == std::string_view::npos) return;
    while (end > start && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    out.push_back(Paragraph{{start, end}});
    start = std::string_view::npos;
  };
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    if (IsBlankLine(line)) {
      close(pos);
    } else if (start == std::string_view::npos) {
      size_t lead = 0;
      while (lead < line.size() && std::isspace(static_cast<unsigned char>(line[lead]))) ++lead;
      start = pos + lead;
    }
    pos = eol + 1;
  }
  close(text.size());
  return out;
}

// Runs `iter` over text[span] and returns the boundaries as absolute offsets.
// For a UTF-8 UText, ICU's native indices are byte offsets.
std::vector<size_t> Boundaries(icu::BreakIterator& iter, std::string_view text, ByteSpan span) {
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr ut(utext_openUTF8(nullptr, text.data() + span.begin,
                             static_cast<int64_t>(span.size()), &status));
  std::vector<size_t> out;
  if (U_FAILURE(status)) return {span.begin, span.end};
  iter.setText(ut.get(), status);
  if (U_FAILURE(status)) return {span.begin, span.end};
  for (int32_t b = iter.first(); b != icu::BreakIterator::DONE; b = iter.next())
    out.push_back(span.begin + static_cast<size_t>(b));
  return out;
}

ByteSpan Trim(std::string_view text, ByteSpan s) {
  while (s.begin < s.end && std::isspace(static_cast<unsigned char>(text[s.begin]))) ++s.begin;
  while (s.end > s.begin && std::isspace(static_cast<unsigned char>(text[s.end - 1]))) --s.end;
  return s;
}

// "D." "R.R." "J.D.": one or more single capital ASCII letters each followed
// by a period. Non-ASCII initials are rare enough in English press to skip.
bool IsInitials(std::string_view tok) {
  if (tok.size() < 2 || tok.size() % 2 != 0) return false;
  for (size_t i = 0; i < tok.size(); i += 2)
    if (!std::isupper(static_cast<unsigned char>(tok[i])) || tok[i + 1] != '.') return false;
  return true;
}

// TokenShape bits of text[span].
uint8_t ShapeOf(std::string_view text, ByteSpan span) {
  const char* s = text.data() + span.begin;
  const int32_t n = static_cast<int32_t>(span.size());
  int32_t i = 0;
  UChar32 first = 0;
  U8_NEXT(s, i, n, first);
  uint8_t shape = 0;
  if (u_isupper(first) || u_istitle(first)) shape |= kShapeUpperInitial;
  else if (u_islower(first)) shape |= kShapeLowerInitial;
  else if (u_isdigit(first)) shape |= kShapeDigitInitial;
  int letters = u_isalpha(first) ? 1 : 0, upper = u_isupper(first) ? 1 : 0;
  bool alnum = u_isalnum(first);
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (u_isalpha(c)) {
      ++letters;
      upper += u_isupper(c) ? 1 : 0;
    }
    alnum |= u_isalnum(c) != 0;
  }
  if (letters >= 2 && upper == letters) shape |= kShapeAllUpper;
  if (!alnum) shape |= kShapePunct;
  return shape;
}

// `line` without the closing quotes, brackets and spaces at its end: where
// its last word or punctuation is.
std::string_view WithoutClosers(std::string_view line) {
  for (bool more = true; more && !line.empty();) {
    more = false;
    for (std::string_view q : {"\"", "'", ")", "\u2019", "\u201d", " "})
      if (line.ends_with(q)) {
        line.remove_suffix(q.size());
        more = true;
      }
  }
  return line;
}

// Whether the first paragraph is a headline: more paragraphs follow, and it
// does not end like a sentence, or most of its longer words are capitalized.
bool IsHeadline(std::string_view text, const std::vector<Paragraph>& paragraphs,
                const std::vector<Sentence>& sentences) {
  if (paragraphs.size() < 2) return false;
  const std::string_view p = WithoutClosers(text.substr(paragraphs[0].span.begin, paragraphs[0].span.size()));
  size_t words = 0, long_words = 0, capitalized = 0;
  for (const Sentence& s : sentences) {
    if (s.paragraph != 0) break;
    for (const Token& t : s.tokens) {
      if (t.Is(kShapePunct)) continue;
      ++words;
      if (t.span.size() < 4) continue;
      ++long_words;
      capitalized += t.Is(kShapeUpperInitial) ? 1 : 0;
    }
  }
  if (words == 0 || words > 40) return false;
  const char last = p.empty() ? '.' : p.back();
  const bool sentence_end = last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
  const bool title_case = long_words >= 3 && capitalized * 10 >= long_words * 7;
  return !sentence_end || title_case;
}

// Marks the section headings of the body: a paragraph of one sentence, of
// at most kMaxHeadingWords words, that does not end like a sentence (past
// closing quotes and brackets), with a paragraph after it; and run-in
// headings, a title that opens its paragraph as a sentence of its own.
void MarkHeadings(std::string_view text, const std::vector<Paragraph>& paragraphs, std::vector<Sentence>* sentences) {
  constexpr size_t kMaxHeadingWords = 10;
  std::vector<int> sentences_in(paragraphs.size(), 0);
  for (const Sentence& s : *sentences) ++sentences_in[s.paragraph];
  for (Sentence& s : *sentences) {
    if (s.headline || s.paragraph == 0 || s.paragraph + 1 >= paragraphs.size() || sentences_in[s.paragraph] != 1)
      continue;
    size_t words = 0;
    for (const Token& t : s.tokens) words += t.Is(kShapePunct) ? 0 : 1;
    if (words == 0 || words > kMaxHeadingWords) continue;
    const std::string_view line = WithoutClosers(text.substr(s.span.begin, s.span.size()));
    if (line.empty()) continue;
    const char last = line.back();
    if (last == '.' || last == '!' || last == ':' || last == ';' || last == ',' || line.ends_with("\u2026")) continue;
    // "Creator: Ann Low": one word and a colon make a label and its value
    const bool label = s.tokens.size() > 2 && text.substr(s.tokens[1].span.begin, s.tokens[1].span.size()) == ":";
    if (label) continue;
    s.heading = true;
  }
  // A run-in heading: a paragraph that opens with a title alone and a full
  // stop, the way listicles and newsletters head each item ("Cold Lake. The
  // drama returns ..."): a few capitalized words, no comma, nothing else.
  constexpr size_t kMaxRunInWords = 6;
  for (size_t k = 0; k < sentences->size(); ++k) {
    Sentence& s = (*sentences)[k];
    if (s.headline || s.paragraph == 0 || sentences_in[s.paragraph] < 2) continue;
    if (k > 0 && (*sentences)[k - 1].paragraph == s.paragraph) continue;  // not the paragraph's first
    const std::string_view line = WithoutClosers(text.substr(s.span.begin, s.span.size()));
    if (!line.ends_with(".") || line.ends_with("..")) continue;
    size_t words = 0;
    bool title = true;
    for (const Token& t : s.tokens) {
      const std::string_view w = text.substr(t.span.begin, t.span.size());
      if (w == "," || w == ";" || w == ":" || w == "?" || w == "!") title = false;
      if (t.Is(kShapePunct)) continue;
      ++words;
      const bool joiner = w == "of" || w == "the" || w == "and" || w == "a" || w == "in" || w == "on" || w == "to";
      title &= t.Is(kShapeUpperInitial) || t.Is(kShapeDigitInitial) || joiner;
    }
    if (title && words > 0 && words <= kMaxRunInWords) s.heading = s.run_in = true;
  }
}

}  // namespace

Segmenter::Segmenter(std::unique_ptr<Icu> icu, std::vector<std::string> abbreviations)
    : icu_(std::move(icu)), abbreviations_(abbreviations.begin(), abbreviations.end()) {}

Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(std::vector<std::string> abbreviations) {
  UErrorCode status = U_ZERO_ERROR;
  auto icu = std::make_unique<Icu>();
  // "ss=standard" turns on ICU's own list of English abbreviations.
  icu->sentence.reset(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    icu->sentence.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
  }
  if (U_FAILURE(status))
    return Status::Error("", std::string("ICU sentence iterator: ") + u_errorName(status));
  icu->word.reset(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
  if (U_FAILURE(status))
    return Status::Error("", std::string("ICU word iterator: ") + u_errorName(status));
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(icu), std::move(abbreviations)));
}

bool Segmenter::EndsWithNonFinalToken(const Document& doc, const Sentence& s) const {
  std::string_view text = doc.Slice(s.span);
  size_t space = text.find_last_of(" \t\n(");
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return IsInitials(last) || abbreviations_.count(std::string(last)) > 0;
}

SegmentedDocument Segmenter::Segment(const Document& doc) const {
  SegmentedDocument out;
  out.doc = &doc;
  out.paragraphs = SplitParagraphs(doc);
  // BreakIterator is not thread-safe; each call works on its own clones.
  std::unique_ptr<icu::BreakIterator> sentences(icu_->sentence->clone());
  std::unique_ptr<icu::BreakIterator> words(icu_->word->clone());
  for (size_t p = 0; p < out.paragraphs.size(); ++p) {
    std::vector<size_t> bounds = Boundaries(*sentences, doc.text, out.paragraphs[p].span);
    bool join_next = false;
    for (size_t i = 0; i + 1 < bounds.size(); ++i) {
      ByteSpan span = Trim(doc.text, {bounds[i], bounds[i + 1]});
      if (span.empty()) continue;
      if (join_next) {
        out.sentences.back().span.end = span.end;
      } else {
        out.sentences.push_back(Sentence{span, p, {}});
      }
      join_next = EndsWithNonFinalToken(doc, out.sentences.back());
    }
  }
  for (Sentence& s : out.sentences) {
    std::vector<size_t> wb = Boundaries(*words, doc.text, s.span);
    for (size_t i = 0; i + 1 < wb.size(); ++i) {
      ByteSpan t = Trim(doc.text, {wb[i], wb[i + 1]});
      if (!t.empty()) s.tokens.push_back(Token{t, ShapeOf(doc.text, t)});
    }
  }
  if (IsHeadline(doc.text, out.paragraphs, out.sentences))
    for (Sentence& s : out.sentences)
      if (s.paragraph == 0) s.headline = true;
  MarkHeadings(doc.text, out.paragraphs, &out.sentences);
  return out;
}

}  // namespace trawl
