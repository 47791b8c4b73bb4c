// trawl rules test: runs every rule's examples through the whole pipeline and
// reports each failure at the rule's file:line with what was expected and
// what came out.
#include <iostream>
#include <set>
#include <sstream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/shared.h"
#include "input/reader.h"
#include "pipeline/scoring.h"
#include "segment/normalize.h"

namespace trawl::cli {
namespace {

// "Cold Lake | created_by | Ann Low" with names in GUIDELINES normal form.
std::string NormalTriple(const std::string& s) {
  std::string out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, '|');) out += (out.empty() ? "" : " | ") + NameKey(part);
  return out;
}

// Whether the rule produced a fact (counting those another rule produced
// first); with `or_vetoed`, also a fact that a guard vetoed.
bool RuleFired(const Extraction& e, const std::string& id, bool or_vetoed) {
  for (const auto* list : {&e.facts.facts, &e.facts.duplicates})
    for (const Fact& f : *list)
      if (f.provenance.rule_id == id) return true;
  if (or_vetoed)
    for (const RejectedFact& r : e.facts.rejected)
      if (r.fact.provenance.rule_id == id) return true;
  return false;
}

// "Ronald D. Moore | PERSON" for each mention, with its final type, seasons
// by number. For a mention rule (`rule_id` set) only its own mentions count,
// and the type is the one the rule gave (the type rules may change it later).
std::set<std::string> MentionKeys(const Extraction& e, const std::string& rule_id, EntityType rule_type) {
  std::set<std::string> out;
  for (const Mention& m : e.mentions.mentions) {
    if (!rule_id.empty() && m.rule_id != rule_id) continue;
    std::string text = m.type == EntityType::kSeason && !m.entities.empty()
                           ? std::to_string(e.mentions.entities[static_cast<size_t>(m.entities[0])].season)
                           : NameKey(e.doc->Slice(m.span));
    out.insert(text + " | " + NameKey(EntityTypeName(rule_id.empty() ? m.type : rule_type)));
  }
  return out;
}

// "Cold Lake | MODIFIER" for each mention marked as a modifier.
std::set<std::string> ModifierKeys(const Extraction& e) {
  std::set<std::string> out;
  for (const Mention& m : e.mentions.mentions)
    if (m.modifier) out.insert(NameKey(e.doc->Slice(m.span)) + " | modifier");
  return out;
}

// Whether the type rule decided the type of some name.
bool TypedBy(const Extraction& e, const std::string& id) {
  for (const Mention& m : e.mentions.mentions)
    if (m.type_rule == id) return true;
  return false;
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : "; ") + x;
  return out.empty() ? "nothing" : out;
}

class ExampleRunner {
 public:
  explicit ExampleRunner(const Pipeline& p, bool verbose) : p_(p), verbose_(verbose) {}

  // `what` is what the rule is checked on: "fact", "mention", "type" or "guard".
  template <typename Rule>
  void Check(const Rule& rule, const std::string& what, EntityType type = EntityType::kName) {
    for (const RuleExample& ex : rule.examples) {
      ++count_;
      Extraction e = p_.Run(MakeDocument("example", rule.source.file, ex.text));
      std::string problem = Problem(rule.id, what, type, ex, e);
      std::string where = rule.source.file + ":" + std::to_string(ex.line ? ex.line : rule.source.line);
      if (!problem.empty()) {
        ++failed_;
        std::cout << where << ": error: rule " << rule.id << ": " << (ex.counterexample ? "counterexample" : "example")
                  << " \"" << ex.text << "\": " << problem << "\n";
      } else if (verbose_) {
        std::cout << where << ": ok: rule " << rule.id << "\n";
      }
    }
  }

  int count() const { return count_; }
  int failed() const { return failed_; }

 private:
  std::string Problem(const std::string& id, const std::string& what, EntityType type, const RuleExample& ex,
                      const Extraction& e) {
    if (what == "guard") {
      bool vetoed = false;
      for (const RejectedFact& r : e.facts.rejected) vetoed |= r.reason.find("guard " + id + " ") == 0;
      if (ex.counterexample == vetoed)
        return ex.counterexample ? "the guard vetoed a fact" : "the guard vetoed nothing (no rule matched, or another guard won)";
      return "";
    }
    std::set<std::string> got = what == "fact"       ? ScoringTriples(e)
                                : what == "modifier" ? ModifierKeys(e)
                                                     : MentionKeys(e, what == "mention" ? id : "", type);
    if (ex.counterexample) {
      bool fired = what == "fact"       ? RuleFired(e, id, false)
                   : what == "mention"  ? !got.empty()
                   : what == "modifier" ? !got.empty()
                                        : TypedBy(e, id);
      return fired ? "expected nothing from this rule, got " + Join(got) : "";
    }
    std::string missing;
    for (const std::string& want : ex.expect)
      if (!got.count(NormalTriple(want))) missing += (missing.empty() ? "" : "; ") + want;
    if (!missing.empty()) return "expected " + missing + ", got " + Join(got);
    if (what == "fact" && !RuleFired(e, id, false)) return "the triples came out, but not from this rule";
    return "";
  }

  const Pipeline& p_;
  bool verbose_;
  int count_ = 0, failed_ = 0;
};

}  // namespace

int RulesTest(const std::string& rules_dir, bool verbose) {
  Engine engine = LoadEngineOrReport(rules_dir, GraphOptions{});
  if (!engine.pipeline) return kExitError;
  ExampleRunner runner(*engine.pipeline, verbose);
  // Every rule needs a sentence it must handle and a near miss it must not.
  int without = 0;
  auto count_missing = [&](const auto& rule) {
    bool example = false, counterexample = false;
    for (const RuleExample& ex : rule.examples) (ex.counterexample ? counterexample : example) = true;
    if (example && counterexample) return;
    ++without;
    std::cout << rule.source.Location() << ": error: rule " << rule.id << " has no "
              << (example ? "counterexample" : counterexample ? "example" : "examples") << "\n";
  };
  for (const MentionRule& r : engine.rules->mention_rules) count_missing(r), runner.Check(r, "mention", r.type);
  for (const TypeRule& r : engine.rules->type_rules) count_missing(r), runner.Check(r, "type");
  for (const ModifierRule& r : engine.rules->modifier_rules) count_missing(r), runner.Check(r, "modifier");
  for (const RelationRule& r : engine.rules->relation_rules) count_missing(r), runner.Check(r, "fact");
  for (const Guard& g : engine.rules->guards) count_missing(g), runner.Check(g, "guard");
  std::cout << runner.count() << " examples, " << runner.failed() << " failed";
  if (without) std::cout << ", " << without << " rules without an example and a counterexample";
  std::cout << "\n";
  return runner.failed() || without ? kExitPartial : kExitOk;
}

}  // namespace trawl::cli
