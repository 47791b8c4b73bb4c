// A family of compiled patterns with a cheap prefilter: RE2's FilteredRE2
// reduces every pattern to literal strings ("atoms") one of which must occur
// for it to match, so for a given text only the few candidate patterns need
// to run. Owns the compiled RE2 objects.
//
// Thread-safe after Compile(): Candidates() and the RE2s are const.
#pragma once

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

namespace trawl {

class PatternIndex {
 public:
  PatternIndex() : filter_(kMinAtomLength) {}
  PatternIndex(const PatternIndex&) = delete;  // owns compiled patterns
  PatternIndex& operator=(const PatternIndex&) = delete;

  // Compiles `pattern` (already macro-expanded); its id is the number of
  // patterns added before it. On failure returns null and sets *error to
  // RE2's message; the failed pattern takes no id.
  const RE2* Add(const std::string& pattern, std::string* error);
  // REQUIRES: called once, after the last Add.
  void Compile();
  // Ids of the patterns that may match `text`, ascending.
  std::vector<int> Candidates(std::string_view text) const;
  int size() const { return count_; }

 private:
  static constexpr int kMinAtomLength = 3;
  re2::FilteredRE2 filter_;
  std::vector<std::string> atoms_;  // lower case
  int count_ = 0;
  bool compiled_ = false;
};

}  // namespace trawl
