// Splits a Document into paragraphs, sentences and tokens with ICU, keeping
// every span as a UTF-8 byte offset into Document::text.
//
// ICU's English sentence rules split after an initial ("Ronald D. | Moore") and
// after abbreviations it does not know ("Feb. | 29"); the segmenter repairs
// both: a sentence that ends in an initial or a listed abbreviation is joined
// with the next one.
//
// Thread-safe: Segment() is const and builds its ICU iterators per call
// (cloning a prototype), so one Segmenter serves every thread.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "core/types.h"

namespace trawl {

class Segmenter {
 public:
  // `abbreviations` are tokens such as "Feb." or "p.m." that do not end a
  // sentence even when ICU says so (matched case-sensitively).
  static Result<std::unique_ptr<Segmenter>> Create(std::vector<std::string> abbreviations);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;  // owns ICU iterators
  Segmenter& operator=(const Segmenter&) = delete;

  SegmentedDocument Segment(const Document& doc) const;

 private:
  struct Icu;
  Segmenter(std::unique_ptr<Icu> icu, std::vector<std::string> abbreviations);
  bool EndsWithNonFinalToken(const Document& doc, const Sentence& s) const;

  std::unique_ptr<Icu> icu_;
  std::unordered_set<std::string> abbreviations_;
};

}  // namespace trawl
