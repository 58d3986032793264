#include "http/kept_answers.hpp"

#include "http/representation.hpp"

namespace accord::http {

std::shared_ptr<const KeptAnswers::Answer> KeptAnswers::at(const std::string& key, long long version) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.version != version) return nullptr;
  uses_.splice(uses_.begin(), uses_, it->second.use);
  return it->second.answer;
}

void KeptAnswers::keep(const std::string& key, long long version, std::shared_ptr<const Answer> answer) {
  if (!answer || answer->bytes() > maxBytes_ / 4) return;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    if (it->second.version > version) return;
    bytes_ -= it->second.answer->bytes();
    uses_.erase(it->second.use);
    entries_.erase(it);
  }
  bytes_ += answer->bytes();
  uses_.push_front(key);
  entries_.emplace(key, Entry{version, std::move(answer), uses_.begin()});
  while (bytes_ > maxBytes_) {
    auto oldest = entries_.find(uses_.back());
    bytes_ -= oldest->second.answer->bytes();
    entries_.erase(oldest);
    uses_.pop_back();
  }
}

std::size_t KeptAnswers::bytes() const {
  std::lock_guard lock(mutex_);
  return bytes_;
}

std::shared_ptr<const KeptAnswers::Answer> answerToKeep(std::string body) {
  auto answer = std::make_shared<KeptAnswers::Answer>();
  answer->etag = weakEtag(body);
  answer->body = std::move(body);
  return answer;
}

Response keptResponse(const Request& request, KeptAnswers& kept, const std::string& key,
                      std::optional<long long> version, std::shared_ptr<const KeptAnswers::Answer> answer,
                      ClientCopy copy) {
  Response r;
  r.with("Content-Type", "application/json; charset=utf-8");
  bool revalidated = copy == ClientCopy::kRevalidate;
  r.with("Cache-Control", revalidated ? "private, no-cache" : "no-store");
  if (revalidated) r.with("ETag", answer->etag);
  Encoding encoding = preferredEncoding(request.header("Accept-Encoding"));
  // A client that holds the answer gets a 304, made from this one: nothing to compress.
  bool held = revalidated && noneMatchNames(request.header("If-None-Match"), answer->etag);
  // The body goes out shared with the kept answer (which it keeps alive), never copied.
  if (encoding == Encoding::kIdentity || held || request.method == "HEAD" ||
      answer->body.size() < kCompressAtLeast) {
    r.keptBody = std::shared_ptr<const std::string>(answer, &answer->body);
    return r;
  }
  auto form = [encoding](const KeptAnswers::Answer& a) -> const std::string& {
    return encoding == Encoding::kBrotli ? a.brotli : a.gzip;
  };
  if (form(*answer).empty()) {
    auto more = std::make_shared<KeptAnswers::Answer>(*answer);
    (encoding == Encoding::kBrotli ? more->brotli : more->gzip) = compressedForm(answer->body, encoding);
    if (version) kept.keep(key, *version, more);
    answer = std::move(more);
  }
  r.keptBody = std::shared_ptr<const std::string>(answer, &form(*answer));
  r.with("Content-Encoding", encodingName(encoding));
  return r;
}

Result<Response> keptOrWritten(const Request& request, KeptAnswers& kept, const std::string& key,
                               std::optional<long long> version, ClientCopy copy,
                               const std::function<Result<std::string>()>& write, const VersionReader& versionNow) {
  if (version)
    if (auto answer = kept.at(key, *version)) return keptResponse(request, kept, key, version, std::move(answer), copy);
  ACCORD_TRY(std::string body, write());
  auto answer = answerToKeep(std::move(body));
  if (version) {
    ACCORD_TRY(auto now, versionNow());
    if (now != version) version.reset();
  }
  if (version) kept.keep(key, *version, answer);
  return keptResponse(request, kept, key, version, std::move(answer), copy);
}

}  // namespace accord::http
