#include <fmt/format.h>

#include "common/html.hpp"
#include "domain/notification/notification_subject.hpp"
#include "domain/notification/use_cases.hpp"

namespace accord::domain {

namespace {

struct NotificationWords {
  const char* greeting;  // {} = name
  const char* mention;   // {} = who
  const char* comment;
  const char* ready;
  const char* proposal;
  const char* agenda;
  const char* signature;
  const char* charterSignature;
  const char* someone;
  const char* open;
  const char* footer;
};

constexpr NotificationWords kNotificationEnglish = {
    "Hello {},",
    "{} mentioned you in",
    "{} commented on",
    "An issue waits for your side to say it is ready to move on:",
    "A proposal waits for your stance:",
    "An agenda waits for your approval:",
    "A communication waits for your signature:",
    "The charter of this body waits for your signature:",
    "Someone",
    "Open it in Accord:",
    "You get this email at once because you chose so for this kind of notification. Change it on your account page:",
};

constexpr NotificationWords kNotificationSpanish = {
    "Hola {}:",
    "{} le mencionó en",
    "{} comentó en",
    "Un asunto espera a que su parte diga que está lista para avanzar:",
    "Una propuesta espera su postura:",
    "Un orden del día espera su aprobación:",
    "Un comunicado espera su firma:",
    "La carta de este órgano espera su firma:",
    "Alguien",
    "Ábralo en Accord:",
    "Recibe este correo al momento porque así lo eligió para este tipo de aviso. Cámbielo en la página de su cuenta:",
};

std::string sentence(const NotificationWords& w, const Notification& n) {
  std::string who = n.actorName.empty() ? w.someone : n.actorName;
  if (n.kind == "mention") return fmt::format(fmt::runtime(w.mention), who);
  if (n.kind == "comment") return fmt::format(fmt::runtime(w.comment), who);
  if (n.kind == "issue_ready") return w.ready;
  if (n.kind == "agenda_approval") return w.agenda;
  if (n.kind == "signature") return n.subjectType == kCharterSubject ? w.charterSignature : w.signature;
  return w.proposal;
}

}  // namespace

MailMessage notificationMessage(const User& user, const NotificationView& view, const std::string& publicUrl) {
  const NotificationWords& w = user.locale == "es" ? kNotificationSpanish : kNotificationEnglish;
  std::string what = sentence(w, view.notification);
  MailMessage m;
  m.to = user.email;
  m.toName = user.name;
  m.subject = "Accord: " + what + " " + view.title;
  std::string link = publicUrl + view.path;
  std::string account = publicUrl + "/account";
  std::string greeting = fmt::format(fmt::runtime(w.greeting), user.name);
  m.text = fmt::format("{}\n\n{} {}\n\n{}\n{}\n\n--\n{}\n{}\n", greeting, what, view.title, w.open, link, w.footer,
                       account);
  m.html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n"
      "<body style=\"font-family: sans-serif; color: #1a1a1a; line-height: 1.5\">\n<p>{}</p>\n"
      "<p>{} <a href=\"{}\">{}</a></p>\n<hr>\n<p style=\"font-size: 0.9em\">{} <a href=\"{}\">{}</a></p>\n"
      "</body>\n</html>\n",
      user.locale == "es" ? "es" : "en", escapeHtml(m.subject), escapeHtml(greeting), escapeHtml(what),
      escapeHtml(link), escapeHtml(view.title), escapeHtml(w.footer), escapeHtml(account), escapeHtml(account));
  return m;
}

}  // namespace accord::domain
