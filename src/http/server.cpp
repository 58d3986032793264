#include "http/server.hpp"

#include <signal.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include <restinio/all.hpp>

namespace accord::http {

namespace {

struct ServerTraits : public restinio::default_traits_t {
  static constexpr bool use_connection_count_limiter = true;
};
using HttpServer = restinio::http_server_t<ServerTraits>;

Request toRequest(const restinio::request_handle_t& req) {
  Request r;
  const auto& header = req->header();
  r.method = header.method().c_str();
  header.for_each_field([&](const restinio::http_header_field_t& field) {
    auto [it, inserted] = r.headers.emplace(field.name(), field.value());
    if (!inserted) it->second += (field.field_id() == restinio::http_field_t::cookie ? "; " : ", ") + field.value();
  });
  r.body = req->body();
  r.clientAddress = req->remote_endpoint().address().to_string();
  return r;
}

}  // namespace

struct Server::Impl {
  const Config& config;
  App& app;
  Logger& log;
  asio::io_context io;
  // Keeps the workers' run() from returning before the server has any work.
  asio::executor_work_guard<asio::io_context::executor_type> work = asio::make_work_guard(io);
  std::unique_ptr<HttpServer> server;
  std::vector<std::thread> workers;
  std::atomic<std::uint16_t> port{0};

  std::mutex mutex;
  std::condition_variable idle;
  long inFlight = 0;
  std::atomic<bool> draining{false};
  bool stopped = false;

  void finished() {
    std::lock_guard lock(mutex);
    if (--inFlight == 0) idle.notify_all();
  }

  restinio::request_handling_status_t handle(const restinio::request_handle_t& req) {
    {
      std::lock_guard lock(mutex);
      ++inFlight;
    }
    Request request = toRequest(req);
    std::string target(req->header().request_target());
    Response response;
    if (!parseTarget(target, request.path, request.query)) {
      request.path = "/";
      response = errorResponse(invalid("path", "the request address is malformed"));
    } else {
      response = app.handle(request);
    }
    auto builder = req->create_response(restinio::http_status_line_t{
        restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)}, reasonPhrase(response.status)});
    for (auto& [name, value] : response.headers) builder.append_header(name, value);
    if (draining) builder.connection_close();
    builder.set_body(std::move(response.body));
    builder.done([this](const asio::error_code&) { finished(); });
    return restinio::request_accepted();
  }
};

Server::Server(const Config& config, App& app, Logger& log) : impl_(new Impl{config, app, log}) {}

Server::~Server() { stop(); }

Result<std::uint16_t> Server::start() {
  Impl& s = *impl_;
  unsigned threads = s.config.threads ? s.config.threads : std::max(1u, std::thread::hardware_concurrency());

  auto settings =
      restinio::server_settings_t<ServerTraits>{}
          .address(s.config.listenHost)
          .port(s.config.listenPort)
          .request_handler([&s](auto req) { return s.handle(req); })
          .read_next_http_message_timelimit(std::chrono::seconds(s.config.readTimeoutSeconds))
          .write_http_response_timelimit(std::chrono::seconds(s.config.writeTimeoutSeconds))
          .handle_request_timeout(std::chrono::seconds(s.config.writeTimeoutSeconds))
          .max_parallel_connections(s.config.maxConnections)
          .concurrent_accepts_count(threads)
          .incoming_http_msg_limits(restinio::incoming_http_msg_limits_t{}
                                        .max_url_size(8 * 1024)
                                        .max_field_name_size(1024)
                                        .max_field_value_size(s.config.maxHeaderBytes)
                                        .max_field_count(100)
                                        // Bodies up to 4x the limit are read so that the client gets a 413
                                        // rather than a dropped connection; beyond that the connection is closed.
                                        .max_body_size(s.config.maxBodyBytes * 4))
          .acceptor_post_bind_hook([&s](asio::ip::tcp::acceptor& acceptor) {
            s.port = acceptor.local_endpoint().port();
          });

  s.server = std::make_unique<HttpServer>(restinio::external_io_context(s.io), std::move(settings));
  for (unsigned i = 0; i < threads; ++i) s.workers.emplace_back([&s] { s.io.run(); });

  std::promise<std::string> opened;
  s.server->open_async([&opened] { opened.set_value(""); },
                       [&opened](std::exception_ptr ex) {
                         try {
                           std::rethrow_exception(ex);
                         } catch (const std::exception& e) {
                           opened.set_value(e.what());
                         }
                       });
  std::string failure = opened.get_future().get();
  if (!failure.empty()) {
    s.work.reset();
    s.io.stop();
    for (auto& t : s.workers) t.join();
    s.workers.clear();
    s.stopped = true;
    return invalid("listen", "cannot listen on " + s.config.listenHost + ":" +
                                 std::to_string(s.config.listenPort) + ": " + failure);
  }
  return s.port.load();
}

void Server::stop() {
  Impl& s = *impl_;
  {
    std::lock_guard lock(s.mutex);
    if (s.stopped || !s.server) return;
    s.stopped = true;
  }
  s.draining = true;
  std::promise<void> closed;
  s.server->close_async([&closed] { closed.set_value(); }, [&closed](std::exception_ptr) { closed.set_value(); });
  closed.get_future().wait();
  {
    std::unique_lock lock(s.mutex);
    bool drained = s.idle.wait_for(lock, std::chrono::seconds(s.config.shutdownGraceSeconds),
                                   [&] { return s.inFlight == 0; });
    if (!drained) s.log.warn("shutdown grace period over with requests in flight", {{"in_flight", s.inFlight}});
  }
  s.work.reset();
  s.io.stop();
  for (auto& t : s.workers) t.join();
  s.workers.clear();
}

void blockShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

const char* waitForShutdownSignal() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  int signal = 0;
  sigwait(&set, &signal);
  return signal == SIGTERM ? "SIGTERM" : "SIGINT";
}

}  // namespace accord::http
