#include "smtp_sink.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace accord::testing {

namespace fs = std::filesystem;

namespace {

// Saves every message to DIR as it came over the wire, after two lines naming the envelope.
constexpr const char* kSinkScript = R"py(
import os, signal, sys, time
from aiosmtpd.controller import Controller

class Save:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.directory, "%d-%d.eml" % (time.time_ns(), self.count))
        with open(name + ".tmp", "wb") as f:
            f.write(b"X-Envelope-From: " + envelope.mail_from.encode() + b"\r\n")
            f.write(b"X-Envelope-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content)
        os.rename(name + ".tmp", name)
        return "250 Message accepted for delivery"

signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM, signal.SIGINT])
controller = Controller(Save(sys.argv[2]), hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
signal.sigwait([signal.SIGTERM, signal.SIGINT])
controller.stop()
)py";

bool accepts(int port);

}  // namespace

namespace {

bool accepts(int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

SmtpSink::SmtpSink(const fs::path& dir, int port) : dir_(dir), port_(port) {
  fs::create_directories(dir_ / "mail");
  std::ofstream(dir_ / "sink.py") << kSinkScript;
  std::string script = (dir_ / "sink.py").string(), portText = std::to_string(port), mail = (dir_ / "mail").string();
  // Debian's own Python, which has python3-aiosmtpd, before any other on the PATH.
  const char* python = fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  const char* argv[] = {python, script.c_str(), portText.c_str(), mail.c_str(), nullptr};
  if (::posix_spawnp(&pid_, python, nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0) pid_ = 0;
  for (int i = 0; i < 200 && pid_ && !accepts(port_); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
}
SmtpSink::~SmtpSink() {
  if (pid_) {
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
  }
}
bool SmtpSink::ready() const { return pid_ != 0 && accepts(port_); }

std::vector<std::string> SmtpSink::messages() const {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir_ / "mail"))
    if (entry.path().extension() == ".eml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    out.push_back(s.str());
  }
  return out;
}
std::string SmtpSink::to(const std::string& address) const {
  std::string found;
  for (const auto& m : messages())
    if (m.find("X-Envelope-To: " + address + "\r\n") != std::string::npos) {
      EXPECT_TRUE(found.empty()) << "more than one message to " << address;
      found = m;
    }
  return found;
}

}  // namespace accord::testing
