// The command line: parses options with CLI11 and runs one command.
// Exit codes: 0 ok, 1 some articles skipped or examples failed, 2 usage,
// rule or I/O error.
#pragma once

namespace trawl::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitPartial = 1;
inline constexpr int kExitError = 2;

int Run(int argc, char** argv);

}  // namespace trawl::cli
