#pragma once
// The accord command line: one function per subcommand, each returning the exit code.
#include <string>
#include <vector>

namespace accord::app {

int runCommand(const std::vector<std::string>& args);

}  // namespace accord::app
