#include "http/uploads.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>

#include "common/crypto.hpp"

namespace accord::http {

namespace fs = std::filesystem;

namespace {

// Reads a string in place, without a copy.
class TextStream final : public std::istream {
 public:
  explicit TextStream(std::string& text) : std::istream(nullptr), buffer_(text) { rdbuf(&buffer_); }

 private:
  struct Buffer final : std::streambuf {
    explicit Buffer(std::string& text) { setg(text.data(), text.data(), text.data() + text.size()); }
  };
  Buffer buffer_;
};

Error notFoundUpload() { return Error{ErrorCode::kNotFound, "there is no such upload", "upload", {}}; }

// A directory of our own, readable by this user only.
fs::path makePrivateDirectory() {
  std::string pattern = (fs::temp_directory_path() / "accord-uploads-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) return {};
  return pattern;
}

}  // namespace

Uploads::File::~File() {
  std::error_code ec;
  fs::remove(path, ec);
}

Uploads::Uploads(std::size_t maxBytes, unsigned maxOpen, std::chrono::seconds idle)
    : maxBytes_(maxBytes), maxOpen_(maxOpen), idle_(idle), dir_(makePrivateDirectory()) {}

Uploads::~Uploads() {
  std::error_code ec;
  if (!dir_.empty()) fs::remove_all(dir_, ec);
}

void Uploads::dropIdle() {
  auto now = std::chrono::steady_clock::now();
  for (auto it = open_.begin(); it != open_.end();) {
    if (now - it->second.touched > idle_) {
      std::error_code ec;
      fs::remove(it->second.path, ec);
      it = open_.erase(it);
    } else {
      ++it;
    }
  }
}

Result<std::string> Uploads::begin(long long userId, long long size, const std::string& purpose) {
  if (size <= 0) return invalid("size", "must be the file's size in bytes, more than 0");
  if (static_cast<unsigned long long>(size) > maxBytes_)
    return invalid("size", "the file is larger than the server accepts (" + std::to_string(maxBytes_) + " bytes)");
  if (dir_.empty()) return internal("no directory for uploads");
  std::lock_guard lock(mutex_);
  dropIdle();
  for (auto it = open_.begin(); it != open_.end();) {
    if (it->second.userId == userId) {
      std::error_code ec;
      fs::remove(it->second.path, ec);
      it = open_.erase(it);
    } else {
      ++it;
    }
  }
  if (open_.size() >= maxOpen_)
    return Error{ErrorCode::kTooManyRequests, "the server is receiving other files; try again in a minute", "size",
                 {}};
  std::string id = crypto::randomHex(16);
  fs::path path = dir_ / id;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) return internal("cannot create the upload's file");
  ::close(fd);
  open_[id] = Open{userId, size, 0, purpose, path, std::chrono::steady_clock::now()};
  return id;
}

Result<long long> Uploads::append(long long userId, const std::string& id, long long offset, std::string_view part) {
  std::lock_guard lock(mutex_);
  dropIdle();
  auto it = open_.find(id);
  if (it == open_.end() || it->second.userId != userId) return notFoundUpload();
  Open& upload = it->second;
  if (offset != upload.received)
    return Error{ErrorCode::kConflict,
                 "parts go in order: the next part starts at byte " + std::to_string(upload.received), "offset", {}};
  if (part.empty()) return invalid("body", "send the part as the request body");
  if (upload.received + static_cast<long long>(part.size()) > upload.size)
    return invalid("body", "the parts are longer than the size given when the upload began");
  std::ofstream out(upload.path, std::ios::binary | std::ios::app);
  out.write(part.data(), static_cast<std::streamsize>(part.size()));
  out.close();
  if (!out) return internal("cannot write the upload's file");
  upload.received += static_cast<long long>(part.size());
  upload.touched = std::chrono::steady_clock::now();
  return upload.received;
}

Result<std::shared_ptr<Uploads::File>> Uploads::take(long long userId, const std::string& id,
                                                     const std::string& purpose) {
  std::lock_guard lock(mutex_);
  dropIdle();
  auto it = open_.find(id);
  if (it == open_.end() || it->second.userId != userId || it->second.purpose != purpose) return notFoundUpload();
  if (it->second.received != it->second.size)
    return Error{ErrorCode::kConflict,
                 "the upload is not complete: " + std::to_string(it->second.received) + " of " +
                     std::to_string(it->second.size) + " bytes received",
                 "upload", {}};
  auto file = std::make_shared<File>();
  file->path = it->second.path;
  file->size = it->second.size;
  file->purpose = it->second.purpose;
  open_.erase(it);
  return file;
}

FileSource FileSource::ofText(std::string text) {
  FileSource source;
  source.text_ = std::move(text);
  return source;
}

FileSource FileSource::ofUpload(std::shared_ptr<Uploads::File> file) {
  FileSource source;
  source.file_ = std::move(file);
  return source;
}

long long FileSource::size() const { return file_ ? file_->size : static_cast<long long>(text_.size()); }

std::unique_ptr<std::istream> FileSource::open() {
  if (file_) return std::make_unique<std::ifstream>(file_->path, std::ios::binary);
  return std::make_unique<TextStream>(text_);
}

}  // namespace accord::http
