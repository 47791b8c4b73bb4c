// How a short form relates to a full name. Used for coreference: "Moore" is
// Ronald D. Moore, "SVU" is Law & Order: Special Victims Unit.
#pragma once

#include <string>
#include <string_view>

namespace trawl {

// "Moore" of "Ronald D. Moore": one word, the last word of a longer name.
bool IsSurnameOf(std::string_view key, std::string_view full);
// "Hwang" of "Hwang Dong-hyuk": a family name that comes first, in the shape
// of Korean names (a short family name, a hyphenated given name).
bool IsFamilyNameOf(std::string_view key, std::string_view full);
// "Marisol" of "Marisol Ade Kwan": one word, the first word of a longer name
// (a quote's way to name a colleague). Callers take it only when one person
// of the article has that given name.
bool IsGivenNameOf(std::string_view key, std::string_view full);
// "Van Dusen" of "Chris Van Dusen": the trailing words of a longer name.
bool IsNameSuffixOf(std::string_view key, std::string_view full);
// "Organized Crime" of "Law & Order: Organized Crime", "Rings of Power" of
// "The Lord of the Rings: The Rings of Power", "Good Wife" of "The Good
// Wife", and "SVU" of "Law & Order: Special Victims Unit" (initials of the
// capitalized words after the colon).
bool IsShortTitleOf(std::string_view key, std::string_view full);

}  // namespace trawl
