#include "app/commands.hpp"

int main(int argc, char** argv) { return accord::app::runCommand(std::vector<std::string>(argv + 1, argv + argc)); }
