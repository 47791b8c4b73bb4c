// trawl eval: scores extraction against gold TSV files the way
// ../shared/eval/GUIDELINES.md says (names normalized with NameKey; a triple
// of a covered relation that is not in the gold is a false positive).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/shared.h"
#include "pipeline/scoring.h"
#include "segment/normalize.h"

namespace trawl::cli {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // subject, relation, object

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double P() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
  double R() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
  double F() const { return P() + R() > 0 ? 2 * P() * R() / (P() + R()) : 0.0; }
};

bool ReadGold(const std::string& path, std::map<std::string, std::set<Key>>* gold) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": error: cannot read gold file\n";
    return false;
  }
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#' || line.rfind("doc\t", 0) == 0) continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    if (cols.size() != 4) {
      std::cerr << path << ":" << n << ": error: want 4 tab-separated columns: doc, subject, relation, object\n";
      return false;
    }
    (*gold)[cols[0]].insert({NameKey(cols[1]), cols[2], NameKey(cols[3])});
  }
  return true;
}

void PrintRow(const std::string& name, const Counts& c) {
  Print("%-24s tp=%4d fp=%4d fn=%4d  P=%.3f R=%.3f F1=%.3f\n", name.c_str(), c.tp, c.fp, c.fn, c.P(), c.R(), c.F());
}

}  // namespace

int Eval(const EvalOptions& o) {
  std::map<std::string, std::set<Key>> gold;
  for (const std::string& g : o.gold)
    if (!ReadGold(g, &gold)) return kExitError;
  Engine engine = LoadEngineOrReport(o.rules_dir, GraphOptions{});
  if (!engine.pipeline) return kExitError;
  std::vector<std::string> relations;
  for (const auto& r : engine.rules->relations) relations.push_back(r->name);

  std::map<std::string, std::map<Key, std::string>> predicted;  // doc -> triple -> rule
  int skipped = 0;
  ForEachExtraction(*engine.pipeline, o.inputs, o.jobs, [&](Extraction& e) {
    auto& out = predicted[e.doc->id];
    for (const Fact& f : e.facts.facts)
      out.emplace(Key{ScoringKey(e, f.subject), f.relation, ScoringKey(e, f.object)},
                  f.provenance.rule_id + " (" + f.provenance.rule_location + ")");
    return true;
  }, &skipped);

  // The gold files say which articles are scored: a folder may hold more.
  std::set<std::string> docs;
  for (const auto& [d, _] : gold) docs.insert(d);
  std::map<std::string, Counts> by_relation;
  std::vector<std::string> errors;
  for (const std::string& d : docs) {
    const std::set<Key>& g = gold[d];
    const auto& p = predicted[d];
    for (const auto& [k, rule] : p) {
      Counts& c = by_relation[std::get<1>(k)];
      if (g.count(k)) ++c.tp;
      else {
        ++c.fp;
        errors.push_back("FP\t" + d + "\t" + std::get<0>(k) + "\t" + std::get<1>(k) + "\t" + std::get<2>(k) + "\t" + rule);
      }
    }
    for (const Key& k : g) {
      if (p.count(k)) continue;
      ++by_relation[std::get<1>(k)].fn;
      errors.push_back("FN\t" + d + "\t" + std::get<0>(k) + "\t" + std::get<1>(k) + "\t" + std::get<2>(k));
    }
  }
  Counts micro;
  for (const std::string& r : relations) {
    const Counts& c = by_relation[r];
    PrintRow(r, c);
    micro.tp += c.tp, micro.fp += c.fp, micro.fn += c.fn;
  }
  if (o.errors)
    for (const std::string& e : errors) std::cout << e << "\n";
  Print("micro P=%.3f R=%.3f F1=%.3f over %zu articles (tp=%d fp=%d fn=%d)\n", micro.P(), micro.R(), micro.F(),
        docs.size(), micro.tp, micro.fp, micro.fn);
  if (micro.F() < o.min_f1 || micro.P() < o.min_precision) {
    Print("below the bar: F1 >= %.3f and P >= %.3f\n", o.min_f1, o.min_precision);
    return kExitPartial;
  }
  return skipped ? kExitPartial : kExitOk;
}

}  // namespace trawl::cli
