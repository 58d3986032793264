#pragma once
// Files larger than a request body may be, sent in parts. The server reads every request body
// before any handler runs (and before it knows who sends it), so the body limit is kept small for
// every route; a large import file comes as numbered parts of at most that size, each part an
// authenticated request, gathered here into a temporary file that the import then reads.
//
// Held by this process, on its disk: the parts of one upload must reach the same server.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace accord::http {

class Uploads {
 public:
  // At most `maxOpen` uploads at once on this server (one per person), each of at most `maxBytes`;
  // an upload with no new part for `idle` is dropped.
  Uploads(std::size_t maxBytes, unsigned maxOpen, std::chrono::seconds idle);
  ~Uploads();  // removes every file
  Uploads(const Uploads&) = delete;
  Uploads& operator=(const Uploads&) = delete;

  // A new upload of `size` bytes for `userId`, replacing that person's unfinished one; its id.
  Result<std::string> begin(long long userId, long long size, const std::string& purpose);
  // Writes `part` at `offset`, which must be where the previous part ended; the bytes received.
  Result<long long> append(long long userId, const std::string& id, long long offset, std::string_view part);

  // A complete upload, handed over: its file is removed when the last copy of this is destroyed.
  struct File {
    std::filesystem::path path;
    long long size = 0;
    std::string purpose;
    ~File();
  };
  // The complete upload `id` of `userId` for `purpose`, taken out of the store.
  Result<std::shared_ptr<File>> take(long long userId, const std::string& id, const std::string& purpose);

 private:
  struct Open {
    long long userId = 0;
    long long size = 0;
    long long received = 0;
    std::string purpose;
    std::filesystem::path path;
    std::chrono::steady_clock::time_point touched;
  };
  void dropIdle();  // with the mutex held

  std::size_t maxBytes_;
  unsigned maxOpen_;
  std::chrono::seconds idle_;
  std::filesystem::path dir_;
  std::mutex mutex_;
  std::map<std::string, Open> open_;
};

// What an import reads: a complete upload's file, or a request body held in memory.
class FileSource {
 public:
  static FileSource ofText(std::string text);
  static FileSource ofUpload(std::shared_ptr<Uploads::File> file);
  long long size() const;
  // A stream over the bytes, without copying them; valid while this source lives.
  std::unique_ptr<std::istream> open();

 private:
  std::string text_;
  std::shared_ptr<Uploads::File> file_;
};

}  // namespace accord::http
