// Unicode normalization with ICU (kept in segment/, the one ICU module).
#pragma once

#include <string>
#include <string_view>

namespace trawl {

// The matching key of a name, as GUIDELINES.md scores names: NFKC with case
// folding, curly quotes made straight, periods and commas removed, runs of
// white space made one space, trimmed. "Chicago P.D." -> "chicago pd".
std::string NameKey(std::string_view name);

// NFC, for labels: the same name typed with combining accents or with
// precomposed letters becomes the same string.
std::string Nfc(std::string_view text);

}  // namespace trawl
