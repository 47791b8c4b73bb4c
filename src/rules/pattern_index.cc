#include "rules/pattern_index.h"

#include <algorithm>
#include <cctype>

namespace trawl {

const RE2* PatternIndex::Add(const std::string& pattern, std::string* error) {
  RE2::Options opts;
  opts.set_log_errors(false);  // errors become our diagnostics
  opts.set_max_mem(64 << 20);
  int id = 0;
  if (filter_.Add(pattern, opts, &id) != RE2::NoError) {
    RE2 again(pattern, opts);  // FilteredRE2 keeps only the code; get the text
    *error = again.error();
    return nullptr;
  }
  ++count_;
  return &filter_.GetRE2(id);
}

void PatternIndex::Compile() {
  if (count_ > 0) filter_.Compile(&atoms_);  // FilteredRE2 logs if empty
  compiled_ = count_ > 0;
}

std::vector<int> PatternIndex::Candidates(std::string_view text) const {
  std::vector<int> out;
  if (!compiled_) return out;
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<int> atoms;
  for (size_t i = 0; i < atoms_.size(); ++i)
    if (lower.find(atoms_[i]) != std::string::npos) atoms.push_back(static_cast<int>(i));
  filter_.AllPotentials(atoms, &out);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace trawl
