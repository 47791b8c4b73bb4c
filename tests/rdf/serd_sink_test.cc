#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "rdf/triple_sink.h"

namespace trawl {
namespace {

std::string Write(RdfFormat format, const std::vector<Triple>& triples) {
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* f = open_memstream(&buf, &size);
  auto sink = MakeSerdSink(format, f);
  sink->Write(triples, "g");
  EXPECT_TRUE(sink->Finish().ok());
  std::fclose(f);
  std::string out(buf, size);
  free(buf);
  return out;
}

const std::vector<Triple> kTriples = {
    {Term::Iri("https://w3id.org/trawl/id/series/x"), Term::Iri("http://www.w3.org/2000/01/rdf-schema#label"),
     Term::Literal("Say \"hi\"\\ \n“Iñárritu”")},
    {Term::Iri("https://w3id.org/trawl/id/series/x"), Term::Iri("http://schema.org/seasonNumber"),
     Term::Literal("5", "http://www.w3.org/2001/XMLSchema#integer")}};

TEST(SerdSinkTest, NTriplesEscapesLiterals) {
  std::string nt = Write(RdfFormat::kNTriples, kTriples);
  EXPECT_NE(nt.find("<https://w3id.org/trawl/id/series/x> <http://www.w3.org/2000/01/rdf-schema#label> "
                    "\"Say \\\"hi\\\"\\\\ \\n“Iñárritu”\" ."),
            std::string::npos)
      << nt;
  EXPECT_NE(nt.find("\"5\"^^<http://www.w3.org/2001/XMLSchema#integer> ."), std::string::npos) << nt;
}

TEST(SerdSinkTest, TurtleDeclaresPrefixesAndUsesThem) {
  std::string ttl = Write(RdfFormat::kTurtle, kTriples);
  EXPECT_NE(ttl.find("@prefix schema: <http://schema.org/> ."), std::string::npos) << ttl;
  EXPECT_NE(ttl.find("schema:seasonNumber"), std::string::npos) << ttl;
}

TEST(SerdSinkTest, QuadFormatsNameTheArticleGraph) {
  char* buf = nullptr;
  size_t size = 0;
  std::FILE* f = open_memstream(&buf, &size);
  auto sink = MakeSerdSink(RdfFormat::kNQuads, f);
  sink->Write({kTriples[1]}, "https://w3id.org/trawl/article/a1");
  ASSERT_TRUE(sink->Finish().ok());
  std::fclose(f);
  std::string nq(buf, size);
  free(buf);
  EXPECT_EQ(nq,
            "<https://w3id.org/trawl/id/series/x> <http://schema.org/seasonNumber> "
            "\"5\"^^<http://www.w3.org/2001/XMLSchema#integer> <https://w3id.org/trawl/article/a1> .\n");
}

TEST(SerdSinkTest, ClosedOutputIsReportedAsBrokenPipe) {
  std::signal(SIGPIPE, SIG_IGN);  // as main() does
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  close(fds[0]);
  std::FILE* f = fdopen(fds[1], "w");
  auto sink = MakeSerdSink(RdfFormat::kNTriples, f);
  std::vector<Triple> many(20000, kTriples[0]);
  sink->Write(many, "g");
  Status st = sink->Finish();
  std::fclose(f);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "broken pipe");
}

}  // namespace
}  // namespace trawl
