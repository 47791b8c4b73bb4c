#include "pipeline/scoring.h"

#include "segment/normalize.h"

namespace trawl {

std::string ScoringKey(const Extraction& e, int entity) {
  const Entity& ent = e.mentions.entities[static_cast<size_t>(entity)];
  return ent.type == EntityType::kSeason ? std::to_string(ent.season) : NameKey(ent.Label());
}

std::set<std::string> ScoringTriples(const Extraction& e) {
  std::set<std::string> out;
  for (const Fact& f : e.facts.facts)
    out.insert(ScoringKey(e, f.subject) + " | " + f.relation + " | " + ScoringKey(e, f.object));
  return out;
}

}  // namespace trawl
