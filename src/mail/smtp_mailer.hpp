#pragma once
// Sends mail over SMTP through libcurl: one connection per message, TLS as configured.
#include <string>

#include "common/config.hpp"
#include "domain/notification/notification.hpp"

namespace accord::mail {

class SmtpMailer final : public domain::Mailer {
 public:
  // Takes the smtp* settings of `config`; sending with an empty SMTP URL is an error.
  explicit SmtpMailer(const Config& config);
  // kUnavailable (the server's answer in the detail) when the message was not accepted.
  Result<void> send(const domain::MailMessage& message) override;

 private:
  std::string url_, from_, user_, password_;
  bool tls_;
};

// The message as sent (RFC 5322 with a multipart/alternative body of text and HTML, UTF-8, CRLF
// line ends); `date` and `messageId` are passed in so that tests can fix them.
std::string mimeMessage(const domain::MailMessage& message, const std::string& from, const std::string& date,
                        const std::string& messageId);

}  // namespace accord::mail
