#include "segment/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace trawl {
namespace {

std::string Apply(const icu::Normalizer2* norm, std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString out = norm ? norm->normalize(s, status) : s;
  if (U_FAILURE(status)) out = s;
  std::string utf8;
  out.toUTF8String(utf8);
  return utf8;
}

}  // namespace

std::string NameKey(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  std::string folded = Apply(icu::Normalizer2::getNFKCCasefoldInstance(status), name);
  std::string out;
  bool space = false;
  for (size_t i = 0; i < folded.size(); ++i) {
    std::string_view rest = std::string_view(folded).substr(i);
    char c = folded[i];
    if (rest.starts_with("\u2018") || rest.starts_with("\u2019")) {
      c = '\'';
      i += 2;
    } else if (rest.starts_with("\u201c") || rest.starts_with("\u201d")) {
      c = '"';
      i += 2;
    }
    if (c == '.' || c == ',' || c == '"') continue;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  return Apply(icu::Normalizer2::getNFCInstance(status), text);
}

}  // namespace trawl
