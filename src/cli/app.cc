#include "cli/app.h"

#include <CLI/CLI.hpp>

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>

#include "cli/commands.h"

#ifndef TRAWL_VERSION
#define TRAWL_VERSION "0.0.0"
#endif

namespace trawl::cli {
namespace {

// std::cout's buffer for the text commands: writes to fd 1 and keeps the errno
// of the first failed write, which a later flush would no longer know (the
// stdio buffer has failed and been discarded by then).
class StdoutBuffer : public std::streambuf {
 public:
  StdoutBuffer() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    const char* p = pbase();
    while (p < pptr() && error_ == 0) {
      ssize_t n = ::write(STDOUT_FILENO, p, pptr() - p);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) error_ = n < 0 ? errno : EIO;
      else p += n;
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());  // after a failure, discard
    return error_ == 0;
  }
  std::array<char, 1 << 16> buffer_{};
  int error_ = 0;
};

// The exit code of a text command: its own, unless stdout could not take the
// output. A reader that closed the pipe (`| head`) took what it wanted.
int CheckStdout(int code, StdoutBuffer& out) {
  std::cout.flush();
  if (out.error() == 0 || out.error() == EPIPE) return code;
  std::cerr << "<stdout>: error: cannot write: " << std::strerror(out.error()) << "\n";
  return kExitError;
}

}  // namespace

int Run(int argc, char** argv) {
  CLI::App app{"trawl: extracts a knowledge graph (RDF) of TV series from news articles, with rules."};
  app.set_version_flag("--version", std::string("trawl ") + TRAWL_VERSION);
  app.require_subcommand(1);
  const std::string rules_help = "rules directory (default: the rules/ next to the binary)";

  ExtractOptions ex;
  ex.rules_dir = DefaultRulesDir();
  CLI::App* extract = app.add_subcommand("extract", "extract triples from articles (.txt files, directories, - for stdin)");
  extract->add_option("inputs", ex.inputs, "articles: .txt files, directories of them, or - for stdin")->required();
  extract->add_option("--format,-f", ex.format,
                      "output format: turtle, ntriples, or (one named graph per article) nquads, trig")
      ->check(CLI::IsMember({"turtle", "ttl", "ntriples", "nt", "nquads", "nq", "trig"}))
      ->capture_default_str();
  extract->add_option("--rules,-r", ex.rules_dir, rules_help);
  extract->add_option("--output,-o", ex.output, "write everything to this file instead of stdout");
  extract->add_option("--output-dir,-d", ex.output_dir, "write one file per article into this directory")
      ->excludes("--output");
  extract->add_flag("--provenance", ex.provenance, "add a reified statement per fact: rule, article, sentence span, quote");
  extract->add_flag("--progress", ex.progress, "report progress on stderr");
  const std::string jobs_help = "threads (default: one per core); output order does not depend on it";
  extract->add_option("--jobs,-j", ex.jobs, jobs_help);

  CLI::App* rules = app.add_subcommand("rules", "validate and test the rule files");
  rules->require_subcommand(1);
  std::string rules_dir = DefaultRulesDir();
  bool verbose = false;
  CLI::App* check = rules->add_subcommand("check", "validate every rule file; report all errors as file:line");
  check->add_option("--rules,-r", rules_dir, rules_help);
  CLI::App* test = rules->add_subcommand("test", "run every rule's examples and counterexamples");
  test->add_option("--rules,-r", rules_dir, rules_help);
  test->add_flag("--verbose,-v", verbose, "list passing examples too");
  BankOptions bank;
  bank.rules_dir = DefaultRulesDir();
  CLI::App* bank_cmd = rules->add_subcommand(
      "bank", "run a phrasing bank: cases of how text states a relation, and near misses that state nothing");
  bank_cmd->add_option("inputs", bank.inputs, "bank files (one TOML file per relation) or directories of them")
      ->required()
      ->check(CLI::ExistingPath);
  bank_cmd->add_option("--rules,-r", bank.rules_dir, rules_help);
  bank_cmd->add_flag("--verbose,-v", bank.verbose, "list every failing case with what came out");
  bank_cmd->add_option("--min-cases", bank.min_cases, "exit 1 if fewer cases than this fraction pass");
  bank_cmd->add_option("--min-near-misses", bank.min_near_misses,
                       "exit 1 if fewer near misses than this fraction pass");

  ExplainOptions exp;
  exp.rules_dir = DefaultRulesDir();
  CLI::App* explain = app.add_subcommand("explain", "show, per triple, the rule and sentence that produced it, and the candidates that were vetoed");
  explain->add_option("inputs", exp.inputs, "articles")->required();
  explain->add_option("--rules,-r", exp.rules_dir, rules_help);
  explain->add_flag("--json", exp.json, "JSON Lines for tools instead of text");
  explain->add_flag("--mentions", exp.mentions, "also list every sentence as the rules see it, with its mentions");
  explain->add_option("--jobs,-j", exp.jobs, jobs_help);

  EvalOptions ev;
  ev.rules_dir = DefaultRulesDir();
  CLI::App* eval = app.add_subcommand("eval", "score extraction against a gold TSV (GUIDELINES.md)");
  eval->add_option("inputs", ev.inputs, "articles or directories")->required();
  eval->add_option("--gold,-g", ev.gold, "gold TSV: doc, subject, relation, object (repeatable); only the articles it names are scored")
      ->required()->check(CLI::ExistingFile);
  eval->add_option("--rules,-r", ev.rules_dir, rules_help);
  eval->add_flag("--errors", ev.errors, "list every false positive (with its rule) and false negative");
  eval->add_option("--min-f1", ev.min_f1, "exit 1 if micro F1 is below this");
  eval->add_option("--min-precision", ev.min_precision, "exit 1 if micro precision is below this");
  eval->add_option("--jobs,-j", ev.jobs, jobs_help);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitError;
  }
  if (*extract) return Extract(ex);  // writes through Serd and checks each write itself
  StdoutBuffer out;
  // cout goes back to its own buffer however the command ends
  struct Restore {
    std::streambuf* saved;
    ~Restore() { std::cout.rdbuf(saved); }
  } restore{std::cout.rdbuf(&out)};
  int code = kExitError;
  if (*check) code = RulesCheck(rules_dir);
  else if (*test) code = RulesTest(rules_dir, verbose);
  else if (*bank_cmd) code = RulesBank(bank);
  else if (*explain) code = Explain(exp);
  else if (*eval) code = Eval(ev);
  return CheckStdout(code, out);
}

}  // namespace trawl::cli
