#include "core/text.h"

#include <cctype>

namespace trawl {
namespace {

char32_t DecodeAt(std::string_view t, size_t pos) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(t[k]); };
  const size_t n = Utf8Length(t, pos);
  if (n == 1) return b(pos);
  char32_t c = b(pos) & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (b(pos + k) & 0x3F);
  return c;
}

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  if (c == 0xA0 || c == 0x202F) return false;  // no-break spaces
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation
  if (c == 0xAB || c == 0xBB) return false;      // guillemets
  return true;
}

}  // namespace

size_t Utf8Length(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 1;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  return pos + n <= text.size() ? n : 1;
}

bool IsWordCharAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsWordCodePoint(DecodeAt(text, pos));
}

bool IsWordCharBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return false;
  size_t start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return IsWordCodePoint(DecodeAt(text, start));
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace trawl
