// One function per subcommand; each gets validated options and returns the
// exit code. Only cli/ knows about the command line.
#pragma once

#include <string>
#include <vector>

namespace trawl::cli {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string rules_dir;
  std::string format = "turtle";
  std::string output;      // file, or "" for stdout
  std::string output_dir;  // one file per article
  bool provenance = false;
  bool progress = false;
  unsigned jobs = 0;  // 0: one thread per core
};
int Extract(const ExtractOptions& o);

int RulesCheck(const std::string& rules_dir);
int RulesTest(const std::string& rules_dir, bool verbose);

struct BankOptions {
  std::vector<std::string> inputs;  // bank files or directories of them
  std::string rules_dir;
  bool verbose = false;             // list every failing case
  double min_cases = 0;             // fraction of positive cases that must pass
  double min_near_misses = 0;       // fraction of near misses that must pass
};
int RulesBank(const BankOptions& o);

struct ExplainOptions {
  std::vector<std::string> inputs;
  std::string rules_dir;
  bool json = false;
  bool mentions = false;
  unsigned jobs = 0;
};
int Explain(const ExplainOptions& o);

struct EvalOptions {
  std::vector<std::string> inputs;
  std::string rules_dir;
  std::vector<std::string> gold;
  bool errors = false;
  double min_f1 = 0, min_precision = 0;
  unsigned jobs = 0;
};
int Eval(const EvalOptions& o);

// The rules directory next to the binary (build/trawl -> rules/), else ./rules.
std::string DefaultRulesDir();

}  // namespace trawl::cli
