#pragma once
// The real server binary run as a child process, for the tests that start, stop or kill it.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace accord::testing {

// Runs a program with its standard error read by the test; killed when destroyed.
class Process {
 public:
  explicit Process(std::vector<std::string> args) {
    int pipeFds[2];
    EXPECT_EQ(::pipe(pipeFds), 0);
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(pipeFds[1], STDERR_FILENO);
      ::close(pipeFds[0]);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      _exit(127);
    }
    ::close(pipeFds[1]);
    stderr_ = ::fdopen(pipeFds[0], "r");
  }
  ~Process() {
    kill();
    if (drain_.joinable()) drain_.join();
    if (stderr_) ::fclose(stderr_);
  }
  // From here on its standard error is read and dropped, so that a full pipe never stalls it.
  void drainInBackground() {
    drain_ = std::thread([this] {
      char buffer[4096];
      while (std::fread(buffer, 1, sizeof buffer, stderr_) > 0) {
      }
    });
  }
  // Ends it at once (SIGKILL): it finishes nothing, as when the machine or the process dies.
  void kill() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  // Reads log lines until one matches; returns the first capture group.
  std::string waitForLine(const std::regex& pattern, std::string* all = nullptr) {
    char line[4096];
    while (std::fgets(line, sizeof line, stderr_)) {
      if (all) *all += line;
      std::cmatch m;
      if (std::regex_search(line, m, pattern)) return m.size() > 1 ? m[1].str() : m[0].str();
    }
    return {};
  }
  pid_t pid() const { return pid_; }
  int terminate() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

 private:
  pid_t pid_ = -1;
  FILE* stderr_ = nullptr;
  std::thread drain_;
};

}  // namespace accord::testing
