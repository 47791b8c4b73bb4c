// The only file that knows Serd.
#include <serd/serd.h>

#include <cerrno>
#include <cstring>

#include "rdf/triple_sink.h"

namespace trawl {

bool ParseRdfFormat(const std::string& name, RdfFormat* out) {
  if (name == "turtle" || name == "ttl") *out = RdfFormat::kTurtle;
  else if (name == "ntriples" || name == "nt") *out = RdfFormat::kNTriples;
  else if (name == "nquads" || name == "nq") *out = RdfFormat::kNQuads;
  else if (name == "trig") *out = RdfFormat::kTriG;
  else return false;
  return true;
}

namespace {

// Output stream state shared with Serd's C callback.
struct Stream {
  std::FILE* file = nullptr;
  int error = 0;  // errno of the first failed write
};

size_t WriteBytes(const void* buf, size_t len, void* stream) {
  auto* s = static_cast<Stream*>(stream);
  if (s->error) return 0;
  size_t n = std::fwrite(buf, 1, len, s->file);
  if (n != len) s->error = errno ? errno : EIO;
  return n;
}

SerdNode Uri(const std::string& s) {
  return serd_node_from_substring(SERD_URI, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

class SerdSink : public TripleSink {
 public:
  SerdSink(RdfFormat format, std::FILE* out) : quads_(format == RdfFormat::kNQuads || format == RdfFormat::kTriG) {
    stream_.file = out;
    env_ = serd_env_new(nullptr);
    const bool terse = format == RdfFormat::kTurtle || format == RdfFormat::kTriG;
    const auto style = static_cast<SerdStyle>(terse ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : 0);
    const SerdSyntax syntax = format == RdfFormat::kTurtle     ? SERD_TURTLE
                              : format == RdfFormat::kNTriples ? SERD_NTRIPLES
                              : format == RdfFormat::kNQuads   ? SERD_NQUADS
                                                               : SERD_TRIG;
    writer_ = serd_writer_new(syntax, style, env_, nullptr, WriteBytes, &stream_);
    if (terse) {
      const std::pair<const char*, const char*> prefixes[] = {
          {"rdf", ns::kRdf}, {"rdfs", ns::kRdfs}, {"xsd", ns::kXsd}, {"schema", ns::kSchema}, {"trawl", ns::kVocab}};
      for (const auto& [name, iri] : prefixes) {
        SerdNode n = serd_node_from_string(SERD_LITERAL, reinterpret_cast<const uint8_t*>(name));
        SerdNode u = serd_node_from_string(SERD_URI, reinterpret_cast<const uint8_t*>(iri));
        serd_env_set_prefix(env_, &n, &u);
        serd_writer_set_prefix(writer_, &n, &u);
      }
    }
  }
  ~SerdSink() override { Close(); }
  SerdSink(const SerdSink&) = delete;  // owns the Serd writer
  SerdSink& operator=(const SerdSink&) = delete;

  void Write(const std::vector<Triple>& triples, const std::string& graph) override {
    SerdNode g = Uri(graph);
    for (const Triple& t : triples) {
      if (stream_.error) return;
      SerdNode s = Uri(t.subject.value), p = Uri(t.predicate.value);
      SerdNode o, dt = SERD_NODE_NULL;
      if (t.object.kind == Term::Kind::kIri) {
        o = Uri(t.object.value);
      } else {
        o = serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(t.object.value.data()),
                                     t.object.value.size());
        if (!t.object.datatype.empty()) dt = Uri(t.object.datatype);
      }
      serd_writer_write_statement(writer_, 0, quads_ && !graph.empty() ? &g : nullptr, &s, &p, &o,
                                  dt.buf ? &dt : nullptr, nullptr);
    }
  }

  Status Finish() override {
    Close();
    if (stream_.error == EPIPE) return Status::Error("<stdout>", "broken pipe");
    if (stream_.error) return Status::Error("<output>", std::strerror(stream_.error));
    if (std::fflush(stream_.file) != 0)
      return Status::Error("<output>", errno == EPIPE ? "broken pipe" : std::strerror(errno));
    return Status::Ok();
  }

 private:
  // Finishes the writer on every path (it closes open Turtle blocks).
  void Close() {
    if (!writer_) return;
    serd_writer_finish(writer_);
    serd_writer_free(writer_);
    serd_env_free(env_);
    writer_ = nullptr;
    env_ = nullptr;
  }

  const bool quads_;
  Stream stream_;
  SerdEnv* env_ = nullptr;
  SerdWriter* writer_ = nullptr;
};

}  // namespace

std::unique_ptr<TripleSink> MakeSerdSink(RdfFormat format, std::FILE* out) {
  return std::make_unique<SerdSink>(format, out);
}

}  // namespace trawl
