#include "http/server.hpp"

#include <signal.h>

#include <atomic>
#include <condition_variable>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <restinio/all.hpp>

namespace accord::http {

namespace {

// Threads that answer writes (at least as many as the network's): as many writes as may join one commit.
constexpr unsigned kWriteThreads = 32;

struct ServerTraits : public restinio::default_traits_t {
  static constexpr bool use_connection_count_limiter = true;
};
using HttpServer = restinio::http_server_t<ServerTraits>;
using ChunkedBuilder = restinio::response_builder_t<restinio::chunked_output_t>;

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

class ChunkSink;

// What a graceful stop waits for (requests and last stream writes in flight) and the open
// streams it ends.
struct Activity {
  std::mutex mutex;
  std::condition_variable idle;
  long inFlight = 0;
  bool stopping = false;
  std::map<const ChunkSink*, std::shared_ptr<ChunkSink>> streams;

  void begin() {
    std::lock_guard lock(mutex);
    ++inFlight;
  }
  void end() {
    std::lock_guard lock(mutex);
    if (--inFlight == 0) idle.notify_all();
  }
};

// A streamed response over RESTinio's chunked output. Writes come from any thread; RESTinio
// runs them on the connection's strand. The connection closes with the stream.
class ChunkSink final : public StreamSink, public std::enable_shared_from_this<ChunkSink> {
 public:
  ChunkSink(ChunkedBuilder builder, asio::io_context& io, Activity& activity, std::string keepAlive,
            std::chrono::seconds keepAliveEvery)
      : builder_(std::move(builder)),
        io_(io),
        timer_(io),
        activity_(activity),
        keepAlive_(std::move(keepAlive)),
        keepAliveEvery_(keepAliveEvery) {}

  // Sends the status and headers and starts the keep-alive timer; false when the server is stopping.
  bool open() {
    {
      std::lock_guard lock(activity_.mutex);
      if (activity_.stopping) return false;
      activity_.streams[this] = shared_from_this();
    }
    std::lock_guard lock(mutex_);
    builder_.flush(closeOnFailure());
    armKeepAlive();
    return true;
  }

  bool write(std::string chunk) override {
    std::lock_guard lock(mutex_);
    if (closed_) return false;
    builder_.append_chunk(std::move(chunk));
    builder_.flush(closeOnFailure());
    return true;
  }

  void onClose(std::function<void()> callback) override {
    {
      std::lock_guard lock(mutex_);
      if (!closed_) {
        onClose_.push_back(std::move(callback));
        return;
      }
    }
    callback();
  }

  // Ends the response (its last chunk, then the connection closes) and runs the close callbacks.
  void close() {
    std::vector<std::function<void()>> callbacks;
    {
      std::lock_guard lock(mutex_);
      if (closed_) return;
      closed_ = true;
      timer_.cancel();
      activity_.begin();
      builder_.done([&activity = activity_](const asio::error_code&) { activity.end(); });
      callbacks.swap(onClose_);
    }
    for (auto& callback : callbacks) callback();
    std::shared_ptr<ChunkSink> self;  // released after the lock, possibly the last reference
    std::lock_guard lock(activity_.mutex);
    if (auto it = activity_.streams.find(this); it != activity_.streams.end()) {
      self = std::move(it->second);
      activity_.streams.erase(it);
    }
  }

 private:
  // A failed write means the client is gone. The close runs later, never inside RESTinio's callback.
  restinio::write_status_cb_t closeOnFailure() {
    return [weak = weak_from_this(), &io = io_](const asio::error_code& ec) {
      // A write group destroyed unsent means the server itself is going away: nothing to do.
      if (!ec || ec == restinio::make_asio_compaible_error(
                           restinio::asio_convertible_error_t::write_group_destroyed_passively))
        return;
      asio::post(io, [weak] {
        if (auto self = weak.lock()) self->close();
      });
    };
  }

  void armKeepAlive() {
    timer_.expires_after(keepAliveEvery_);
    timer_.async_wait([weak = weak_from_this()](const asio::error_code& ec) {
      if (ec) return;
      auto self = weak.lock();
      if (!self) return;
      std::lock_guard lock(self->mutex_);
      if (self->closed_) return;
      self->builder_.append_chunk(self->keepAlive_);
      self->builder_.flush(self->closeOnFailure());
      self->armKeepAlive();
    });
  }

  std::mutex mutex_;
  ChunkedBuilder builder_;
  asio::io_context& io_;
  asio::steady_timer timer_;
  Activity& activity_;
  std::string keepAlive_;
  std::chrono::seconds keepAliveEvery_;
  bool closed_ = false;
  std::vector<std::function<void()>> onClose_;
};

}  // namespace

struct Server::Impl {
  Impl(const Config& c, App& a, Logger& l) : config(c), app(a), log(l) {}

  const Config& config;
  App& app;
  Logger& log;
  // Declared before the io_context: write callbacks that run while it is destroyed still use it.
  Activity activity;
  asio::io_context io;
  // Keeps the workers' run() from returning before the server has any work.
  asio::executor_work_guard<asio::io_context::executor_type> work = asio::make_work_guard(io);
  // Writes are answered on threads of their own: a write may wait for the database's one writer, and
  // on the network's threads that wait held every other connection too (writes whose own work took
  // 1 ms waited 130 ms and more at the 99th percentile, bench/national.sh). There are many of them:
  // on SQLite, the writes waiting for the writer are committed together, one disk sync for all
  // (store/sql/group_commit.hpp), so the more writes wait at once, the fewer syncs each costs.
  asio::io_context writeIo;
  asio::executor_work_guard<asio::io_context::executor_type> writeWork = asio::make_work_guard(writeIo);
  std::unique_ptr<HttpServer> server;
  std::vector<std::thread> workers;
  std::vector<std::thread> writers;
  std::atomic<std::uint16_t> port{0};

  std::atomic<bool> draining{false};
  bool stopped = false;

  restinio::request_handling_status_t handle(const restinio::request_handle_t& req) {
    activity.begin();
    auto method = req->header().method();
    if (method == restinio::http_method_get() || method == restinio::http_method_head()) {
      respond(req);
    } else {
      asio::post(writeIo, [this, req] { respond(req); });
    }
    return restinio::request_accepted();
  }

  // Answers the request, from whichever thread; RESTinio sends the answer on the connection's own.
  void respond(const restinio::request_handle_t& req) {
    Request request = toRequest(req);
    std::string target(req->header().request_target());
    Response response;
    if (!parseTarget(target, request.path, request.query)) {
      request.path = "/";
      response = errorResponse(invalid("path", "the request address is malformed"));
    } else {
      response = app.handle(request);
    }
    restinio::http_status_line_t status{restinio::http_status_code_t{static_cast<std::uint16_t>(response.status)},
                                        reasonPhrase(response.status)};
    if (response.stream) {
      openStream(req, std::move(status), response);
      activity.end();
      return;
    }
    auto builder = req->create_response(std::move(status));
    for (auto& [name, value] : response.headers) builder.append_header(name, value);
    if (draining) builder.connection_close();
    if (response.keptBody)
      builder.set_body(restinio::writable_item_t(std::move(response.keptBody)));
    else
      builder.set_body(std::move(response.body));
    builder.done([this](const asio::error_code&) { activity.end(); });
  }

  void stopThreads() {
    work.reset();
    io.stop();
    for (auto& t : workers) t.join();
    workers.clear();
    writeWork.reset();
    writeIo.stop();
    for (auto& t : writers) t.join();
    writers.clear();
  }

  void openStream(const restinio::request_handle_t& req, restinio::http_status_line_t status, Response& response) {
    auto builder = req->create_response<restinio::chunked_output_t>(std::move(status));
    for (auto& [name, value] : response.headers) builder.append_header(name, value);
    builder.connection_close();
    // RESTinio closes a connection whose response has been silent longer than the request timeout.
    unsigned every = std::max(1u, std::min(response.stream->keepAliveSeconds, config.writeTimeoutSeconds / 2));
    auto sink = std::make_shared<ChunkSink>(std::move(builder), io, activity, response.stream->keepAlive,
                                            std::chrono::seconds(every));
    if (!sink->open()) {
      sink->close();
      return;
    }
    if (response.stream->start) response.stream->start(sink);
  }

  // Ends every open stream; they would otherwise keep their connections for good.
  void closeStreams() {
    std::vector<std::shared_ptr<ChunkSink>> open;
    {
      std::lock_guard lock(activity.mutex);
      activity.stopping = true;
      for (auto& [key, sink] : activity.streams) open.push_back(sink);
    }
    for (auto& sink : open) sink->close();
  }
};

Server::Server(const Config& config, App& app, Logger& log) : impl_(new Impl(config, app, log)) {}

Server::~Server() { stop(); }

std::size_t Server::openStreams() const {
  std::lock_guard lock(impl_->activity.mutex);
  return impl_->activity.streams.size();
}
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
                                        // Room for a search of 10 kB of text (30 kB encoded), which the
                                        // search then refuses with its own 400 rather than a dropped connection.
                                        .max_url_size(32 * 1024)
                                        .max_field_name_size(1024)
                                        .max_field_value_size(s.config.maxHeaderBytes)
                                        .max_field_count(100)
                                        // Bodies up to 4x the limit are read so that the client gets a 413
                                        // rather than a dropped connection; beyond that the connection is closed.
                                        // Every route has the same small limit, since the body is read
                                        // before the request is authenticated: files larger than it come in
                                        // parts (the uploads routes).
                                        .max_body_size(s.config.maxBodyBytes * 4))
          // An answer goes out as soon as it is written. With Nagle's algorithm on, the last part of a
          // large answer (the outcomes dashboard's 300 kB) waited for the client's delayed
          // acknowledgement: 40 ms, which put that page's 99th percentile at 50 ms whatever its speed.
          .socket_options_setter([](restinio::socket_options_t& options) {
            options.set_option(asio::ip::tcp::no_delay{true});
          })
          .acceptor_post_bind_hook([&s](asio::ip::tcp::acceptor& acceptor) {
            s.port = acceptor.local_endpoint().port();
          });

  s.server = std::make_unique<HttpServer>(restinio::external_io_context(s.io), std::move(settings));
  for (unsigned i = 0; i < threads; ++i) s.workers.emplace_back([&s] { s.io.run(); });
  for (unsigned i = 0; i < std::max(threads, kWriteThreads); ++i) s.writers.emplace_back([&s] { s.writeIo.run(); });

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
    s.stopThreads();
    s.stopped = true;
    return invalid("listen", "cannot listen on " + s.config.listenHost + ":" +
                                 std::to_string(s.config.listenPort) + ": " + failure);
  }
  return s.port.load();
}

void Server::stop() {
  Impl& s = *impl_;
  {
    std::lock_guard lock(s.activity.mutex);
    if (s.stopped || !s.server) return;
    s.stopped = true;
  }
  s.draining = true;
  std::promise<void> closed;
  s.server->close_async([&closed] { closed.set_value(); }, [&closed](std::exception_ptr) { closed.set_value(); });
  closed.get_future().wait();
  s.closeStreams();
  {
    std::unique_lock lock(s.activity.mutex);
    bool drained = s.activity.idle.wait_for(lock, std::chrono::seconds(s.config.shutdownGraceSeconds),
                                            [&] { return s.activity.inFlight == 0; });
    if (!drained)
      s.log.warn("shutdown grace period over with requests in flight", {{"in_flight", s.activity.inFlight}});
  }
  s.stopThreads();
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
