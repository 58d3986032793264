#include <malloc.h>

#include "app/commands.hpp"

int main(int argc, char** argv) {
  // The allocator keeps up to 64 MB of freed memory instead of handing it back to the system at once,
  // and serves blocks below 32 MB from its heaps rather than from fresh mappings. By default every
  // write transaction gave SQLite's pages back and faulted them in again: a third of the server's time
  // went to the kernel, and durable writes rose from 1,400 to 2,200 a second without it (profiled with
  // perf under wrk on the national data set).
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  return accord::app::runCommand(std::vector<std::string>(argv + 1, argv + argc));
}
