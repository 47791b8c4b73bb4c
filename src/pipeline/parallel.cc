#include "pipeline/parallel.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "input/reader.h"

namespace trawl {
namespace {

ArticleResult Process(const Pipeline& pipeline, const std::string& path) {
  ArticleResult r;
  r.path = path;
  if (path == "-") {
    // A closed stdin (`trawl extract - <&-`) is no empty article.
    if (fcntl(STDIN_FILENO, F_GETFD) < 0) r.extraction = Status::Error("<stdin>", "standard input is closed");
    else r.extraction = pipeline.Run(ReadDocument(std::cin, "stdin"));
    return r;
  }
  auto doc = ReadDocument(path);
  if (!doc.ok()) r.extraction = Status::Error(doc.error().location, doc.error().message);
  else r.extraction = pipeline.Run(std::move(doc).value());
  return r;
}

}  // namespace

void RunInOrder(const Pipeline& pipeline, const std::vector<std::string>& paths, unsigned jobs,
                const std::function<bool(ArticleResult&)>& on_result) {
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, static_cast<unsigned>(std::max<size_t>(1, paths.size())));
  if (jobs == 1) {
    for (const std::string& p : paths) {
      ArticleResult r = Process(pipeline, p);
      if (!on_result(r)) return;
    }
    return;
  }
  // Workers take the next index; the caller consumes results in order. A
  // worker waits while it is more than `window` articles ahead of the
  // consumer, which bounds memory.
  const size_t window = 4 * jobs;
  std::mutex mu;
  std::condition_variable ready, room;
  std::map<size_t, ArticleResult> done;
  size_t next_to_take = 0, next_to_emit = 0;
  bool stop = false;
  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mu);
        room.wait(lock, [&] { return stop || next_to_take >= paths.size() || next_to_take < next_to_emit + window; });
        if (stop || next_to_take >= paths.size()) return;
        i = next_to_take++;
      }
      ArticleResult r = Process(pipeline, paths[i]);
      std::lock_guard lock(mu);
      done.emplace(i, std::move(r));
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  while (next_to_emit < paths.size()) {
    ArticleResult r;
    {
      std::unique_lock lock(mu);
      ready.wait(lock, [&] { return done.count(next_to_emit) > 0; });
      r = std::move(done.at(next_to_emit));
      done.erase(next_to_emit);
    }
    bool go_on = on_result(r);
    {
      std::lock_guard lock(mu);
      ++next_to_emit;
      if (!go_on) stop = true;
      room.notify_all();
    }
    if (!go_on) break;
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace trawl
