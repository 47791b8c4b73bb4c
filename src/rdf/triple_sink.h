// Where triples go: one interface for every writer (Serd for Turtle,
// N-Triples, N-Quads, TriG), in the push style of ripgrep's Sink.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "graph/triple.h"

namespace trawl {

class TripleSink {
 public:
  virtual ~TripleSink() = default;
  // `graph` names the article the triples come from (quad formats may use
  // it; triple formats ignore it).
  virtual void Write(const std::vector<Triple>& triples, const std::string& graph) = 0;
  // Flushes and ends the document. Must be called once; writes nothing after.
  virtual Status Finish() = 0;
};

enum class RdfFormat { kTurtle, kNTriples, kNQuads, kTriG };
bool ParseRdfFormat(const std::string& name, RdfFormat* out);

// Writes with Serd to `out` (not owned, not closed). A write error such as a
// closed pipe stops output and is reported by Finish() as `broken_pipe()`.
std::unique_ptr<TripleSink> MakeSerdSink(RdfFormat format, std::FILE* out);

}  // namespace trawl
