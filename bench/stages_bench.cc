// Google Benchmark for each pipeline stage on the seed article.
//   cmake -S . -B build -DTRAWL_BUILD_BENCH=ON && cmake --build build -j2
//   build/bench/trawl_bench
#include <benchmark/benchmark.h>

#include "input/reader.h"
#include "pipeline/pipeline.h"

namespace trawl {
namespace {

struct Fixture {
  LoadedRules loaded = LoadRuleSet(TRAWL_SOURCE_DIR "/rules");
  std::unique_ptr<Pipeline> pipeline = std::move(Pipeline::Create(*loaded.rules, GraphOptions{})).value();
  Document doc = std::move(ReadDocument(TRAWL_SOURCE_DIR "/corpus/for-all-mankind-renewal.txt")).value();
  std::unique_ptr<Segmenter> segmenter = std::move(Segmenter::Create(loaded.rules->abbreviations)).value();
};

Fixture& Get() {
  static Fixture f;
  return f;
}

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Get().doc.text.size()));
}

void BM_Segment(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Get().segmenter->Segment(Get().doc));
  SetBytes(state);
}
BENCHMARK(BM_Segment);

void BM_Recognize(benchmark::State& state) {
  SegmentedDocument seg = Get().segmenter->Segment(Get().doc);
  EntityRecognizer recognizer(*Get().loaded.rules);
  for (auto _ : state) benchmark::DoNotOptimize(recognizer.Recognize(seg));
  SetBytes(state);
}
BENCHMARK(BM_Recognize);

void BM_Extract(benchmark::State& state) {
  SegmentedDocument seg = Get().segmenter->Segment(Get().doc);
  Mentions mentions = EntityRecognizer(*Get().loaded.rules).Recognize(seg);
  RelationExtractor extractor(*Get().loaded.rules);
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(seg, mentions));
  SetBytes(state);
}
BENCHMARK(BM_Extract);

void BM_WholePipeline(benchmark::State& state) {
  for (auto _ : state) {
    Extraction e = Get().pipeline->Run(Get().doc);
    benchmark::DoNotOptimize(Get().pipeline->Graph(e));
  }
  SetBytes(state);
}
BENCHMARK(BM_WholePipeline);

}  // namespace
}  // namespace trawl
