// trawl extract, trawl rules check, and what the commands share.
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "cli/app.h"
#include "cli/commands.h"
#include "cli/shared.h"
#include "input/reader.h"
#include "pipeline/parallel.h"
#include "rdf/triple_sink.h"

namespace trawl::cli {
namespace fs = std::filesystem;

std::string DefaultRulesDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (const fs::path& candidate : {exe.parent_path().parent_path() / "rules", exe.parent_path() / "rules"})
      if (fs::is_directory(candidate / "relations", ec)) return candidate.lexically_normal().string();
  }
  return "rules";
}

void Print(const char* format, ...) {
  va_list args;
  va_start(args, format);
  va_list again;
  va_copy(again, args);
  const int size = std::vsnprintf(nullptr, 0, format, args);
  va_end(args);
  std::string line(size > 0 ? static_cast<size_t>(size) : 0, '\0');
  if (size > 0) std::vsnprintf(line.data(), line.size() + 1, format, again);
  va_end(again);
  std::cout << line;
}

std::unique_ptr<RuleSet> LoadRulesOrReport(const std::string& dir) {
  LoadedRules loaded = LoadRuleSet(dir);
  for (const Diagnostic& d : loaded.diagnostics) std::cerr << d.Format() << "\n";
  if (!loaded.diagnostics.empty())
    std::cerr << "trawl: " << loaded.diagnostics.size() << " error(s) in " << dir << "; nothing was extracted\n";
  return std::move(loaded.rules);
}

void ForEachExtraction(const Pipeline& pipeline, const std::vector<std::string>& inputs, unsigned jobs,
                       const std::function<bool(Extraction&)>& on_extraction, int* skipped) {
  const ExpandedInputs expanded = ExpandInputs(inputs);
  for (const Status& s : expanded.skipped) {
    std::cerr << s.error().Format() << " (skipped)\n";
    ++*skipped;
  }
  RunInOrder(pipeline, expanded.files, jobs, [&](ArticleResult& r) {
    if (!r.extraction.ok()) {
      std::cerr << r.extraction.error().Format() << " (skipped)\n";
      ++*skipped;
      return true;
    }
    Extraction e = std::move(r.extraction).value();
    for (const std::string& w : e.doc->warnings) std::cerr << e.doc->path << ": warning: " << w << "\n";
    return on_extraction(e);
  });
}

Engine LoadEngineOrReport(const std::string& rules_dir, GraphOptions options) {
  Engine engine;
  engine.rules = LoadRulesOrReport(rules_dir);
  if (!engine.rules) return engine;
  auto pipeline = Pipeline::Create(*engine.rules, options);
  if (!pipeline.ok()) std::cerr << pipeline.error().Format() << "\n";
  else engine.pipeline = std::move(pipeline).value();
  return engine;
}

int RulesCheck(const std::string& rules_dir) {
  auto rules = LoadRulesOrReport(rules_dir);
  if (!rules) return kExitError;
  std::cout << rules_dir << ": ok: " << rules->mention_rules.size() << " mention rules, " << rules->type_rules.size()
            << " type rules, " << rules->modifier_rules.size() << " modifier rules, " << rules->relation_rules.size() << " relation rules in " << rules->relations.size()
            << " relations, " << rules->guards.size() << " guards, " << rules->gazetteer.size()
            << " gazetteer entries\n";
  return kExitOk;
}

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f) std::fclose(f);
  }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

}  // namespace

int Extract(const ExtractOptions& o) {
  RdfFormat format;
  ParseRdfFormat(o.format, &format);  // CLI11 checked the name
  Engine engine = LoadEngineOrReport(o.rules_dir, GraphOptions{o.provenance});
  if (!engine.pipeline) return kExitError;
  const Pipeline& p = *engine.pipeline;

  FilePtr file;
  std::unique_ptr<TripleSink> shared_sink;
  if (o.output_dir.empty()) {
    std::FILE* out = stdout;
    if (!o.output.empty()) {
      file.reset(std::fopen(o.output.c_str(), "wb"));
      if (!file) {
        std::cerr << o.output << ": error: cannot write: " << std::strerror(errno) << "\n";
        return kExitError;
      }
      out = file.get();
    }
    shared_sink = MakeSerdSink(format, out);
  } else {
    std::error_code ec;
    fs::create_directories(o.output_dir, ec);
    if (ec) {
      std::cerr << o.output_dir << ": error: cannot create directory: " << ec.message() << "\n";
      return kExitError;
    }
  }
  const std::string ext = format == RdfFormat::kTurtle     ? ".ttl"
                          : format == RdfFormat::kNTriples ? ".nt"
                          : format == RdfFormat::kNQuads   ? ".nq"
                                                           : ".trig";
  const bool progress = o.progress || (isatty(STDERR_FILENO) && o.inputs.size() > 1 && !o.output_dir.empty());
  int skipped = 0, done = 0, triples = 0;
  bool io_error = false;
  ForEachExtraction(p, o.inputs, o.jobs, [&](Extraction& e) {
    const std::string& id = e.doc->id;
    std::vector<Triple> graph = p.Graph(e);
    triples += static_cast<int>(graph.size());
    if (shared_sink) {
      shared_sink->Write(graph, ArticleIri(id));
    } else {
      // Written under a temporary name and renamed when complete, so a full
      // disk or an interrupted run never leaves a truncated article file.
      const fs::path path = fs::path(o.output_dir) / (id + ext);
      const fs::path temp = fs::path(o.output_dir) / ("." + id + ext + ".part");
      FilePtr f(std::fopen(temp.c_str(), "wb"));
      if (!f) {
        std::cerr << temp.string() << ": error: cannot write: " << std::strerror(errno) << "\n";
        io_error = true;
        return false;
      }
      Status st = Status::Ok();
      {
        auto sink = MakeSerdSink(format, f.get());
        sink->Write(graph, ArticleIri(id));
        st = sink->Finish();
      }
      errno = 0;
      const bool closed = std::fclose(f.release()) == 0;
      if (st.ok() && !closed) st = Status::Error(path.string(), std::string("cannot write: ") + std::strerror(errno));
      std::error_code ec;
      if (st.ok()) fs::rename(temp, path, ec);
      if (!st.ok() || ec) {
        std::cerr << path.string() << ": error: " << (ec ? "cannot rename: " + ec.message() : st.error().message)
                  << "\n";
        fs::remove(temp, ec);
        io_error = true;
      }
    }
    if (progress) std::cerr << "\rtrawl: " << ++done << " articles, " << triples << " triples" << std::flush;
    return !io_error;
  }, &skipped);
  if (progress) std::cerr << "\n";
  if (shared_sink) {
    Status st = shared_sink->Finish();
    if (!st.ok()) {
      if (st.error().message == "broken pipe") return kExitOk;  // `| head`: not an error
      std::cerr << (o.output.empty() ? "<stdout>" : o.output) << ": error: " << st.error().message << "\n";
      return kExitError;
    }
  }
  if (io_error) return kExitError;
  if (skipped > 0) {
    std::cerr << "trawl: " << skipped << " input(s) skipped\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace trawl::cli
