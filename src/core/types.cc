#include "core/types.h"

#include <array>
#include <utility>

namespace trawl {
namespace {
constexpr std::array<std::pair<EntityType, std::string_view>, 7> kTypeNames = {{
    {EntityType::kPerson, "PERSON"},
    {EntityType::kSeries, "SERIES"},
    {EntityType::kNetwork, "NETWORK"},
    {EntityType::kStudio, "STUDIO"},
    {EntityType::kSeason, "SEASON"},
    {EntityType::kName, "NAME"},
    {EntityType::kOther, "OTHER"},
}};
}  // namespace

std::string_view SlotLabel(const Mention& m) {
  static const std::array<std::string, 7> kModifierLabels = [] {
    std::array<std::string, 7> out;
    for (size_t i = 0; i < kTypeNames.size(); ++i) out[i] = "MOD" + std::string(kTypeNames[i].second);
    return out;
  }();
  if (!m.modifier) return EntityTypeName(m.type);
  for (size_t i = 0; i < kTypeNames.size(); ++i)
    if (kTypeNames[i].first == m.type) return kModifierLabels[i];
  return EntityTypeName(m.type);
}

std::string_view EntityTypeName(EntityType t) {
  for (const auto& [type, name] : kTypeNames)
    if (type == t) return name;
  return "NAME";
}

bool ParseEntityType(std::string_view name, EntityType* out) {
  for (const auto& [type, n] : kTypeNames) {
    if (n == name) {
      *out = type;
      return true;
    }
  }
  return false;
}

}  // namespace trawl
