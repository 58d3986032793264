#pragma once
// Large answers written once and sent again while what they were made of stays the same: the
// outcome charts, read by everyone in a district and changed by an import a year. Each answer is
// kept under a key that names everything the answer depends on (the request, the district, the
// viewer) with the version of the data it was written from; a newer version makes it useless, so
// nothing is ever served from data older than the version read for the request.
#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "common/result.hpp"
#include "http/message.hpp"

namespace accord::http {

class KeptAnswers {
 public:
  struct Answer {
    std::string body;  // the JSON as written
    std::string etag;
    std::string gzip;    // the compressed forms, made the first time a client asks for them
    std::string brotli;
    std::size_t bytes() const { return body.size() + gzip.size() + brotli.size(); }
  };

  // At most `maxBytes` of answers; the least recently used go first.
  explicit KeptAnswers(std::size_t maxBytes) : maxBytes_(maxBytes) {}

  // The answer kept under `key` at exactly `version`, or null.
  std::shared_ptr<const Answer> at(const std::string& key, long long version);
  // Keeps `answer` unless one of a newer version is kept already. One larger than a quarter of the
  // limit is not kept.
  void keep(const std::string& key, long long version, std::shared_ptr<const Answer> answer);
  std::size_t bytes() const;

 private:
  struct Entry {
    long long version;
    std::shared_ptr<const Answer> answer;
    std::list<std::string>::iterator use;
  };
  mutable std::mutex mutex_;
  std::size_t maxBytes_;
  std::size_t bytes_ = 0;
  std::list<std::string> uses_;  // keys, most recently used first
  std::unordered_map<std::string, Entry> entries_;
};

// A kept answer's JSON as it is written for keeping: its ETag worked out once.
std::shared_ptr<const KeptAnswers::Answer> answerToKeep(std::string body);

// What the client may do with a kept answer: keep it and revalidate it by its ETag ("private,
// no-cache"), or not keep it at all ("no-store"), for answers that were never stored before.
enum class ClientCopy { kRevalidate, kNone };

// The answer as this client asks for it. A compressed form the client accepts is made once and kept
// beside the answer (when there is a version to keep it at). With kRevalidate a 304 is made from it
// afterwards, as for any answer that may be kept.
Response keptResponse(const Request& request, KeptAnswers& kept, const std::string& key,
                      std::optional<long long> version, std::shared_ptr<const KeptAnswers::Answer> answer,
                      ClientCopy copy = ClientCopy::kRevalidate);

// Reads the version of what an answer is made of again; nullopt when the row that counts versions is gone.
using VersionReader = std::function<Result<std::optional<long long>>()>;

// The answer kept under `key` at `version`, or else the one `write` writes. That one is kept for the
// next request only if `versionNow` still reads `version` after it was written: an answer written
// while a change was committed may hold that change, and must not be served as the older version to
// someone the change concerns (a new member's drafts to another member of the old districts).
Result<Response> keptOrWritten(const Request& request, KeptAnswers& kept, const std::string& key,
                               std::optional<long long> version, ClientCopy copy,
                               const std::function<Result<std::string>()>& write, const VersionReader& versionNow);

}  // namespace accord::http
