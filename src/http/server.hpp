#pragma once
// The HTTP server: RESTinio underneath, App on top. Only server.cpp sees RESTinio.
#include <cstdint>
#include <memory>

#include "common/config.hpp"
#include "http/app.hpp"

namespace accord::http {

class Server {
 public:
  Server(const Config& config, App& app, Logger& log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the worker threads; returns the bound port (useful with port 0).
  Result<std::uint16_t> start();

  // Streamed responses open now (a stream closes when its client is gone, noticed at the latest
  // by the next keep-alive write).
  std::size_t openStreams() const;

  // Graceful: stops accepting, lets requests in flight finish (up to the configured grace),
  // then stops the workers. Safe to call more than once.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Blocks SIGINT and SIGTERM in this thread and those it starts later; call before start().
void blockShutdownSignals();
// Waits for SIGINT or SIGTERM; returns the signal's name.
const char* waitForShutdownSignal();

}  // namespace accord::http
