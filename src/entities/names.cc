#include "entities/names.h"

#include <cctype>

#include "core/text.h"

namespace trawl {

bool IsSurnameOf(std::string_view key, std::string_view full) {
  if (key.find(' ') != std::string_view::npos) return false;
  return IsNameSuffixOf(key, full);
}

bool IsFamilyNameOf(std::string_view key, std::string_view full) {
  if (key.empty() || key.find(' ') != std::string_view::npos || !full.starts_with(key)) return false;
  std::string_view rest = full.substr(key.size());
  // " Dong-hyuk": one more word, hyphenated, the part after the hyphen in lower case.
  if (rest.size() < 4 || rest[0] != ' ' || rest.find(' ', 1) != std::string_view::npos) return false;
  const size_t hyphen = rest.find('-');
  return hyphen != std::string_view::npos && hyphen + 1 < rest.size() &&
         std::islower(static_cast<unsigned char>(rest[hyphen + 1]));
}

bool IsGivenNameOf(std::string_view key, std::string_view full) {
  return !key.empty() && key.find(' ') == std::string_view::npos && full.size() > key.size() + 1 &&
         full.starts_with(key) && full[key.size()] == ' ';
}

bool IsNameSuffixOf(std::string_view key, std::string_view full) {
  return full.size() > key.size() + 1 && full.ends_with(key) && full[full.size() - key.size() - 1] == ' ';
}

bool IsShortTitleOf(std::string_view key, std::string_view full) {
  if (key.empty() || full.size() <= key.size()) return false;
  if (full.starts_with("The ") && full.substr(4) == key) return true;
  // A brand's possessive: "Runaways" for "Marvel’s Runaways".
  for (std::string_view mark : {std::string_view("’s "), std::string_view("'s ")})
    if (full.ends_with(key) && full.substr(0, full.size() - key.size()).ends_with(mark) &&
        full.size() > key.size() + mark.size())
      return true;
  size_t colon = full.rfind(": ");
  if (colon == std::string_view::npos) return false;
  std::string_view tail = full.substr(colon + 2);
  if (tail == key) return true;
  if (tail.starts_with("The ") && tail.substr(4) == key) return true;
  // Initials: "SVU" for "Special Victims Unit".
  if (key.size() < 2) return false;
  for (char c : key)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  std::string initials;
  for (std::string_view w : SplitWords(tail))
    if (std::isupper(static_cast<unsigned char>(w[0]))) initials += w[0];
  return initials == key;
}

}  // namespace trawl
