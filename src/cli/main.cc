// trawl: rule-based knowledge-graph extraction from TV news articles.
#include <csignal>

#include "cli/app.h"

int main(int argc, char** argv) {
  // A closed stdout (`trawl extract ... | head`) shows up as EPIPE on write,
  // which the writers handle, instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  return trawl::cli::Run(argc, argv);
}
