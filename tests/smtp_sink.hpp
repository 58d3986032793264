#pragma once
// A real SMTP server on loopback for tests (Python's aiosmtpd, Debian's python3-aiosmtpd), which saves
// each message it receives to a directory.
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "http_client.hpp"

namespace accord::testing {

// The loopback SMTP server, stopped when destroyed.
class SmtpSink {
 public:
  SmtpSink(const std::filesystem::path& dir, int port);
  ~SmtpSink();
  SmtpSink(const SmtpSink&) = delete;
  SmtpSink& operator=(const SmtpSink&) = delete;
  bool ready() const;
  // Every message received so far, in the order received.
  std::vector<std::string> messages() const;
  // The one message to `address` (empty when there is none; a failure when there are several).
  std::string to(const std::string& address) const;

 private:
  std::filesystem::path dir_;
  int port_;
  pid_t pid_ = 0;
};

}  // namespace accord::testing
