#include <fmt/format.h>

#include "common/html.hpp"
#include "domain/notification/use_cases.hpp"

namespace accord::domain {

namespace {

struct Words {
  const char* subject;
  const char* greeting;  // {} = name
  const char* intro;
  const char* proposal;
  const char* ready;  // an issue waiting for the reader's side to say it is ready to move on
  const char* agenda;
  const char* action;
  const char* overdue;
  const char* checkIn;
  const char* checkInLate;
  const char* followed;  // the heading of the practices the person follows
  const char* republished;
  const char* adopted;
  const char* closes;
  const char* since;
  const char* meets;
  const char* due;
  const char* on;
  const char* footer;
};

constexpr Words kEnglish = {
    "Accord: what waits for you today",
    "Hello {},",
    "Here is what waits for you in your partnerships today.",
    "Proposal waiting for your stance",
    "Issue waiting for your side to say it is ready to move on",
    "Agenda waiting for your approval",
    "Action item due",
    "Action item overdue",
    "Event check-in due (days after the event)",
    "Event check-in overdue (days after the event)",
    "Practices you follow",
    "Published again after a change",
    "Adopted by another district",
    "closes",
    "the other side ready since",
    "meets",
    "due",
    "on",
    "You get this daily digest from Accord. Choose what it tells you on your account page:",
};

constexpr Words kSpanish = {
    "Accord: lo que le espera hoy",
    "Hola {}:",
    "Esto es lo que le espera hoy en sus alianzas.",
    "Propuesta pendiente de su postura",
    "Asunto que espera a que su parte diga que está lista para avanzar",
    "Orden del día pendiente de su aprobación",
    "Tarea que vence",
    "Tarea vencida",
    "Seguimiento del evento pendiente (días después del evento)",
    "Seguimiento del evento atrasado (días después del evento)",
    "Prácticas que sigue",
    "Publicada de nuevo tras un cambio",
    "Adoptada por otro distrito",
    "se cierra el",
    "la otra parte está lista desde el",
    "se reúne el",
    "vence el",
    "el",
    "Recibe este resumen diario de Accord. Elija qué le cuenta en la página de su cuenta:",
};

const char* label(const Words& w, const DigestItem& item) {
  if (item.kind == "proposal_stance") return w.proposal;
  if (item.kind == "issue_ready") return w.ready;
  if (item.kind == "agenda_approval") return w.agenda;
  if (item.kind == "action_due") return item.overdue ? w.overdue : w.action;
  if (item.kind == "check_in_due") return item.overdue ? w.checkInLate : w.checkIn;
  return item.kind.c_str();
}

const char* when(const Words& w, const DigestItem& item) {
  if (item.kind == "proposal_stance") return w.closes;
  if (item.kind == "issue_ready") return w.since;
  if (item.kind == "agenda_approval") return w.meets;
  return w.due;
}

}  // namespace

MailMessage digestMessage(const Digest& digest, const std::string& publicUrl) {
  const Words& w = digest.user.locale == "es" ? kSpanish : kEnglish;
  MailMessage m;
  m.to = digest.user.email;
  m.toName = digest.user.name;
  m.subject = w.subject;

  std::string text = fmt::format(fmt::runtime(w.greeting), digest.user.name) + "\n\n" + w.intro + "\n";
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"" + std::string(digest.user.locale == "es" ? "es" : "en") +
      "\">\n<head><meta charset=\"utf-8\"><title>" + escapeHtml(m.subject) +
      "</title></head>\n<body style=\"font-family: sans-serif; color: #1a1a1a; line-height: 1.5\">\n<p>" +
      escapeHtml(fmt::format(fmt::runtime(w.greeting), digest.user.name)) + "</p>\n<p>" + escapeHtml(w.intro) +
      "</p>\n";
  auto heading = [&](const std::string& name) {
    text += "\n" + name + "\n" + std::string(name.size(), '=') + "\n";
    html += "<h2 style=\"font-size: 1.2em\">" + escapeHtml(name) + "</h2>\n";
  };
  auto line = [&](const std::string& what, const std::string& title, const std::string& detail,
                  const std::string& path) {
    std::string link = publicUrl + path;
    text += fmt::format("- {}: {} ({})\n  {}\n", what, title, detail, link);
    html += fmt::format("<li><strong>{}:</strong> <a href=\"{}\">{}</a> ({})</li>\n", escapeHtml(what),
                        escapeHtml(link), escapeHtml(title), escapeHtml(detail));
  };
  for (const auto& district : digest.districts) {
    heading(district.districtName);
    html += "<ul>\n";
    for (const auto& item : district.items) {
      std::string detail = item.bodyName.empty() || item.bodyName == item.title ? "" : item.bodyName + ", ";
      detail += std::string(when(w, item)) + " " + item.date;
      line(label(w, item), item.title, detail, item.path);
    }
    html += "</ul>\n";
  }
  if (!digest.followed.empty()) {
    heading(w.followed);
    html += "<ul>\n";
    for (const auto& c : digest.followed)
      line(c.change == "adopted" ? w.adopted : w.republished, c.title,
           c.districtName + ", " + w.on + " " + c.date, c.path);
    html += "</ul>\n";
  }
  std::string account = publicUrl + "/account";
  text += "\n--\n" + std::string(w.footer) + "\n" + account + "\n";
  html += "<hr>\n<p style=\"font-size: 0.9em\">" + escapeHtml(w.footer) + " <a href=\"" + escapeHtml(account) +
          "\">" + escapeHtml(account) + "</a></p>\n</body>\n</html>\n";
  m.text = std::move(text);
  m.html = std::move(html);
  return m;
}

}  // namespace accord::domain
