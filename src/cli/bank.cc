// trawl rules bank: runs a phrasing bank, test cases of how text states a
// relation and near misses that must state nothing. One TOML file per
// relation (tests/phrasings/created_by.toml):
//
//   relation = "created_by"
//   [[case]]
//   text = '''Cold Lake, created by Ann Low, returns.'''
//   expect = ["Cold Lake | created_by | Ann Low"]   # [] for a near miss
//
// A case passes when the file's relation comes out exactly as expected (no
// triple missing, none extra); other relations are not looked at.
#include <toml++/toml.h>

#include <filesystem>
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

namespace fs = std::filesystem;

struct BankCase {
  std::string text;
  std::set<std::string> expect;  // normal form
  int line = 0;
};

struct Tally {
  int positives = 0, positives_passed = 0, near_misses = 0, near_misses_passed = 0;
  int tp = 0, fp = 0, fn = 0;  // triples
};

// "Cold Lake | created_by | Ann Low" in the scoring's normal form.
std::string Normal(const std::string& triple) {
  std::string out;
  std::stringstream in(triple);
  for (std::string part; std::getline(in, part, '|');) out += (out.empty() ? "" : " | ") + NameKey(part);
  return out;
}

std::string Join(const std::set<std::string>& s) {
  std::string out;
  for (const std::string& x : s) out += (out.empty() ? "" : "; ") + x;
  return out.empty() ? "nothing" : out;
}

bool ReadBankFile(const std::string& path, std::string* relation, std::vector<BankCase>* cases) {
  toml::table tbl;
  try {
    tbl = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::cerr << path << ":" << e.source().begin.line << ": error: TOML syntax: " << e.description() << "\n";
    return false;
  }
  *relation = tbl["relation"].value_or(std::string());
  if (relation->empty()) {
    std::cerr << path << ":1: error: no `relation = \"...\"`\n";
    return false;
  }
  const toml::array* arr = tbl["case"].as_array();
  if (!arr) return true;
  for (auto&& node : *arr) {
    const toml::table* t = node.as_table();
    if (!t) continue;
    BankCase c;
    c.line = static_cast<int>(node.source().begin.line);
    c.text = (*t)["text"].value_or(std::string());
    const toml::array* expect = (*t)["expect"].as_array();
    if (c.text.empty() || !expect) {
      std::cerr << path << ":" << c.line << ": error: a case needs `text` and `expect`\n";
      return false;
    }
    for (auto&& e : *expect) c.expect.insert(Normal(e.value_or(std::string())));
    cases->push_back(std::move(c));
  }
  return true;
}

std::vector<std::string> BankFiles(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (!fs::is_directory(in, ec)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(in, ec))
      if (e.path().extension() == ".toml") files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

}  // namespace

int RulesBank(const BankOptions& o) {
  Engine engine = LoadEngineOrReport(o.rules_dir, GraphOptions{});
  if (!engine.pipeline) return kExitError;
  Tally all;
  std::map<std::string, Tally> by_relation;
  for (const std::string& path : BankFiles(o.inputs)) {
    std::string relation;
    std::vector<BankCase> cases;
    if (!ReadBankFile(path, &relation, &cases)) return kExitError;
    if (!engine.rules->FindRelation(relation)) {
      std::cerr << path << ":1: error: unknown relation '" << relation << "'\n";
      return kExitError;
    }
    Tally& t = by_relation[relation];
    for (const BankCase& c : cases) {
      Extraction e = engine.pipeline->Run(MakeDocument("case", path, c.text));
      std::set<std::string> got;
      for (const std::string& triple : ScoringTriples(e))
        if (triple.find(" | " + relation + " | ") != std::string::npos) got.insert(triple);
      for (const std::string& g : got) (c.expect.count(g) ? t.tp : t.fp)++;
      for (const std::string& x : c.expect) t.fn += got.count(x) ? 0 : 1;
      const bool pass = got == c.expect;
      const bool near_miss = c.expect.empty();
      (near_miss ? t.near_misses : t.positives)++;
      if (pass) (near_miss ? t.near_misses_passed : t.positives_passed)++;
      if (!pass && o.verbose)
        std::cout << path << ":" << c.line << ": " << (near_miss ? "near miss" : "case") << ": expected "
                  << Join(c.expect) << ", got " << Join(got) << "\n";
    }
  }
  auto row = [](const std::string& name, const Tally& t) {
    const double p = t.tp + t.fp ? static_cast<double>(t.tp) / (t.tp + t.fp) : 1.0;
    const double r = t.tp + t.fn ? static_cast<double>(t.tp) / (t.tp + t.fn) : 1.0;
    Print("%-24s cases %3d/%3d  near misses %3d/%3d  triples P=%.3f R=%.3f\n", name.c_str(), t.positives_passed,
                t.positives, t.near_misses_passed, t.near_misses, p, r);
  };
  for (const auto& [name, t] : by_relation) {
    row(name, t);
    all.positives += t.positives, all.positives_passed += t.positives_passed;
    all.near_misses += t.near_misses, all.near_misses_passed += t.near_misses_passed;
    all.tp += t.tp, all.fp += t.fp, all.fn += t.fn;
  }
  row("all", all);
  const double passed = all.positives ? static_cast<double>(all.positives_passed) / all.positives : 1.0;
  const double kept = all.near_misses ? static_cast<double>(all.near_misses_passed) / all.near_misses : 1.0;
  if (passed < o.min_cases || kept < o.min_near_misses) {
    Print("below the bar: cases >= %.3f and near misses >= %.3f passed\n", o.min_cases, o.min_near_misses);
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace trawl::cli
