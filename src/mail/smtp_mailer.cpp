#include "mail/smtp_mailer.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <mutex>

#include "common/crypto.hpp"

namespace accord::mail {

namespace {

std::string base64(const std::string& in) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                 static_cast<unsigned char>(in[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(n >> shift) & 63];
  }
  if (i < in.size()) {
    unsigned n = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < in.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// A header value: as is when it is plain ASCII without line breaks, else RFC 2047 encoded.
std::string headerText(const std::string& text) {
  bool plain = true;
  for (unsigned char c : text) plain = plain && c >= 0x20 && c < 0x7f;
  return plain ? text : "=?UTF-8?B?" + base64(text) + "?=";
}

std::string mailbox(const std::string& name, const std::string& address) {
  std::string shown;
  for (char c : name)
    if (c != '"' && c != '\\' && c != '\r' && c != '\n') shown += c;
  if (shown.empty()) return "<" + address + ">";
  bool plain = headerText(shown) == shown;
  return (plain ? "\"" + shown + "\"" : headerText(shown)) + " <" + address + ">";
}

// Every line end as CRLF.
std::string crlf(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') continue;
    if (text[i] == '\n') out += "\r\n";
    else out += text[i];
  }
  return out;
}

std::string rfc5322Date() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &tm);
  return buffer;
}

std::string bareAddress(const std::string& from) {
  auto lt = from.find('<');
  auto gt = from.find('>');
  if (lt != std::string::npos && gt != std::string::npos && gt > lt) return from.substr(lt + 1, gt - lt - 1);
  return from;
}

struct Upload {
  const std::string& data;
  std::size_t offset = 0;
};

std::size_t readChunk(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  std::size_t n = std::min(size * count, upload->data.size() - upload->offset);
  std::memcpy(buffer, upload->data.data() + upload->offset, n);
  upload->offset += n;
  return n;
}

}  // namespace

std::string mimeMessage(const domain::MailMessage& m, const std::string& from, const std::string& date,
                        const std::string& messageId) {
  std::string boundary = "accord-" + messageId.substr(0, 24);
  std::string out;
  out += "From: " + mailbox("Accord", bareAddress(from)) + "\r\n";
  out += "To: " + mailbox(m.toName, m.to) + "\r\n";
  out += "Subject: " + headerText(m.subject) + "\r\n";
  out += "Date: " + date + "\r\n";
  out += "Message-ID: <" + messageId + "@" + bareAddress(from).substr(bareAddress(from).find('@') + 1) + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Auto-Submitted: auto-generated\r\n";
  out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
  out += crlf(m.text) + "\r\n";
  out += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
  out += crlf(m.html) + "\r\n";
  out += "--" + boundary + "--\r\n";
  return out;
}

SmtpMailer::SmtpMailer(const Config& config)
    : url_(config.smtpUrl),
      from_(config.smtpFrom),
      user_(config.smtpUser),
      password_(config.smtpPassword),
      tls_(config.smtpTls) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

Result<void> SmtpMailer::send(const domain::MailMessage& message) {
  if (url_.empty()) return invalid("smtp-url", "no mail server is configured");
  if (from_.empty()) return invalid("smtp-from", "no sender address is configured");
  std::string data = mimeMessage(message, from_, rfc5322Date(), crypto::randomHex(16));
  CURL* curl = curl_easy_init();
  if (!curl) return Error{ErrorCode::kUnavailable, "the mail client could not start", {}, "curl_easy_init"};
  char errors[CURL_ERROR_SIZE] = {0};
  std::string sender = "<" + bareAddress(from_) + ">";
  std::string recipient = "<" + message.to + ">";
  curl_slist* recipients = curl_slist_append(nullptr, recipient.c_str());
  Upload upload{data};
  curl_easy_setopt(curl, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(tls_ ? CURLUSESSL_ALL : CURLUSESSL_NONE));
  if (!user_.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, user_.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password_.c_str());
  }
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, sender.c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
  curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(recipients);
  curl_easy_cleanup(curl);
  if (code != CURLE_OK) {
    std::string detail = curl_easy_strerror(code);
    if (errors[0]) detail += ": " + std::string(errors);
    return Error{ErrorCode::kUnavailable, "the mail server did not take the message", {}, url_ + ": " + detail};
  }
  return Ok{};
}

}  // namespace accord::mail
