// Small UTF-8 helpers shared by the stages. No Unicode tables here: ICU
// stays in segment/; these only need to tell word characters from the
// punctuation that surrounds names in English text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trawl {

// Byte length of the UTF-8 sequence that starts at text[pos] (1 if invalid).
size_t Utf8Length(std::string_view text, size_t pos);

// Whether the code point at / just before `pos` is a letter or digit. Only
// ASCII is classified exactly; non-ASCII counts as a letter except for the
// General Punctuation block (curly quotes, dashes) and no-break spaces.
bool IsWordCharAt(std::string_view text, size_t pos);
bool IsWordCharBefore(std::string_view text, size_t pos);

// Splits on ASCII spaces, dropping empty pieces.
std::vector<std::string_view> SplitWords(std::string_view s);

}  // namespace trawl
