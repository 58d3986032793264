#include <cmath>
#include <map>

#include <fmt/format.h>

#include "common/calendar_date.hpp"
#include "common/html.hpp"
#include "domain/handbook/use_cases.hpp"

namespace accord::domain {

namespace {

using Words = std::map<std::string, std::string>;

const Words& words(const std::string& locale) {
  static const Words en = {
      {"title", "Partnership handbook"},
      {"generated", "Prepared on"},
      {"intro", "What a new superintendent or union president reads on day one: the charter and its principles, "
                "the joint bodies and their co-chairs, the decisions taken together, the milestones, the outcomes "
                "beside the state, and the commitments still open."},
      {"charters", "Charter and principles"},
      {"no_charter", "No charter is in force."},
      {"version", "Version"},
      {"in_force_since", "in force since"},
      {"review_date", "Review date"},
      {"review_due", "A review of this charter is open."},
      {"mission", "Mission"},
      {"principles", "Guiding principles"},
      {"norms", "Behaviour norms"},
      {"signed_by", "Signed by"},
      {"bodies", "Joint bodies and co-chairs"},
      {"body", "Body"},
      {"level", "Level"},
      {"labor_co_chair", "Labor co-chair"},
      {"management_co_chair", "Management co-chair"},
      {"rule", "Decision rule"},
      {"none", "none"},
      {"decisions", "Decision log"},
      {"no_decisions", "No decision has been adopted yet."},
      {"adopted", "Adopted"},
      {"decision", "Decision"},
      {"timeline", "Timeline"},
      {"date", "Date"},
      {"milestone", "Milestone"},
      {"body_created", "Body created"},
      {"charter_in_force", "Charter version {} took effect"},
      {"decision_adopted", "Decision adopted"},
      {"co_chair_appointed", "New co-chair"},
      {"charter_review_opened", "Charter review opened: draft version {}"},
      {"outcomes", "Outcomes beside the state"},
      {"no_outcomes", "No outcome data has been recorded."},
      {"year", "Year"},
      {"district", "District"},
      {"state", "State"},
      {"commitments", "Open commitments"},
      {"no_commitments", "No action item is open."},
      {"item", "Action item"},
      {"owner", "Owner"},
      {"due", "Due"},
      {"status", "Status"},
      {"labor", "labor"},
      {"management", "management"},
      {"open", "open"},
      {"in_progress", "in progress"},
  };
  static const Words es = {
      {"title", "Manual de la alianza"},
      {"generated", "Preparado el"},
      {"intro", "Lo que lee el primer día una nueva superintendente o un nuevo presidente del sindicato: la carta y sus "
                "principios, los órganos conjuntos y sus copresidentes, las decisiones tomadas juntos, los hitos, los "
                "resultados junto al estado y los compromisos aún abiertos."},
      {"charters", "Carta y principios"},
      {"no_charter", "No hay ninguna carta en vigor."},
      {"version", "Versión"},
      {"in_force_since", "en vigor desde"},
      {"review_date", "Fecha de revisión"},
      {"review_due", "Hay una revisión abierta de esta carta."},
      {"mission", "Misión"},
      {"principles", "Principios rectores"},
      {"norms", "Normas de conducta"},
      {"signed_by", "Firmada por"},
      {"bodies", "Órganos conjuntos y copresidentes"},
      {"body", "Órgano"},
      {"level", "Nivel"},
      {"labor_co_chair", "Copresidencia sindical"},
      {"management_co_chair", "Copresidencia de la dirección"},
      {"rule", "Regla de decisión"},
      {"none", "ninguno"},
      {"decisions", "Registro de decisiones"},
      {"no_decisions", "Todavía no se ha adoptado ninguna decisión."},
      {"adopted", "Adoptada"},
      {"decision", "Decisión"},
      {"timeline", "Cronología"},
      {"date", "Fecha"},
      {"milestone", "Hito"},
      {"body_created", "Órgano creado"},
      {"charter_in_force", "Entró en vigor la versión {} de la carta"},
      {"decision_adopted", "Decisión adoptada"},
      {"co_chair_appointed", "Nueva copresidencia"},
      {"charter_review_opened", "Revisión de la carta abierta: borrador de la versión {}"},
      {"outcomes", "Resultados junto al estado"},
      {"no_outcomes", "No se han registrado datos de resultados."},
      {"year", "Año"},
      {"district", "Distrito"},
      {"state", "Estado"},
      {"commitments", "Compromisos abiertos"},
      {"no_commitments", "No hay ninguna tarea abierta."},
      {"item", "Tarea"},
      {"owner", "Responsable"},
      {"due", "Vence"},
      {"status", "Estado"},
      {"labor", "sindical"},
      {"management", "dirección"},
      {"open", "abierta"},
      {"in_progress", "en curso"},
  };
  return locale == "es" ? es : en;
}

constexpr const char* kStyle = R"css(
body { font-family: Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.5; }
h1 { font-size: 2rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1a1a1a; margin-top: 2rem; break-after: avoid; }
h3 { font-size: 1.15rem; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #555; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
tr, li { break-inside: avoid; }
section { margin-bottom: 1.5rem; }
.meta { color: #444; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  a { color: inherit; text-decoration: none; }
}
)css";

std::string e(const std::string& text) { return escapeHtml(text); }

std::string dateOf(UnixSeconds at) { return isoDateOf(at); }

std::string number(std::optional<double> value) {
  if (!value) return "—";
  double v = *value;
  if (std::fabs(v - std::round(v)) < 1e-9) return fmt::format("{:.0f}", v);
  return fmt::format("{:.1f}", v);
}

std::string personName(const std::optional<HandbookPerson>& p, const Words& w) {
  return p ? e(p->name) : e(w.at("none"));
}

std::string milestoneText(const Milestone& m, const Words& w) {
  if (m.type == "charter_in_force") return e(fmt::format(fmt::runtime(w.at("charter_in_force")), m.number));
  if (m.type == "charter_review_opened") return e(fmt::format(fmt::runtime(w.at("charter_review_opened")), m.number));
  if (m.type == "co_chair_appointed")
    return e(w.at("co_chair_appointed")) + " (" + e(w.at(m.side)) + "): " + e(m.title);
  if (m.type == "decision_adopted") return e(w.at("decision_adopted")) + ": " + e(m.title);
  return e(w.at("body_created")) + ": " + e(m.title);
}

}  // namespace

std::string handbookHtml(const Handbook& h, const std::string& locale) {
  const Words& w = words(locale);
  std::string lang = locale == "es" ? "es" : "en";
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
         e(w.at("title")) + " — " + e(h.district.name) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header>\n<h1>" + e(w.at("title")) + "</h1>\n<p class=\"meta\"><strong>" + e(h.district.name) +
         "</strong> (" + e(h.district.state) + ") · " + e(w.at("generated")) + " " + e(h.generatedOn) + "</p>\n<p>" +
         e(w.at("intro")) + "</p>\n</header>\n<main>\n";

  out += "<section>\n<h2 class=\"first\">" + e(w.at("charters")) + "</h2>\n";
  bool anyCharter = false;
  for (const auto& hb : h.bodies) {
    if (!hb.charter) continue;
    anyCharter = true;
    const auto& c = *hb.charter;
    out += "<h3>" + e(hb.body.name) + " — " + e(w.at("version")) + " " + std::to_string(c.number) + "</h3>\n";
    out += "<p class=\"meta\">" + e(w.at("in_force_since")) + " " + (c.effectiveAt ? e(dateOf(*c.effectiveAt)) : "") +
           " · " + e(w.at("review_date")) + " " + e(c.reviewDate) + "</p>\n";
    if (hb.charterReviewDue) out += "<p><strong>" + e(w.at("review_due")) + "</strong></p>\n";
    out += "<p><strong>" + e(w.at("mission")) + ":</strong> " + e(c.mission) + "</p>\n";
    auto list = [&](const std::string& heading, const std::vector<std::string>& items) {
      if (items.empty()) return;
      out += "<p><strong>" + e(heading) + "</strong></p>\n<ul>\n";
      for (const auto& i : items) out += "<li>" + e(i) + "</li>\n";
      out += "</ul>\n";
    };
    list(w.at("principles"), c.principles);
    list(w.at("norms"), c.norms);
    out += "<p><strong>" + e(w.at("signed_by")) + ":</strong> ";
    bool first = true;
    for (const auto& s : c.signers) {
      out += (first ? "" : "; ") + e(s.userName) + " (" + e(w.count(s.side) ? w.at(s.side) : s.side) + ", " +
             (s.signedAt ? e(dateOf(*s.signedAt)) : "") + ")";
      first = false;
    }
    out += "</p>\n";
  }
  if (!anyCharter) out += "<p>" + e(w.at("no_charter")) + "</p>\n";
  out += "</section>\n";

  out += "<section>\n<h2>" + e(w.at("bodies")) + "</h2>\n<table>\n<thead><tr><th scope=\"col\">" + e(w.at("body")) +
         "</th><th scope=\"col\">" + e(w.at("level")) + "</th><th scope=\"col\">" + e(w.at("labor_co_chair")) +
         "</th><th scope=\"col\">" + e(w.at("management_co_chair")) + "</th><th scope=\"col\">" + e(w.at("rule")) +
         "</th></tr></thead>\n<tbody>\n";
  for (const auto& hb : h.bodies)
    out += "<tr><td>" + e(hb.body.name) + (hb.body.school.empty() ? "" : " (" + e(hb.body.school) + ")") + "</td><td>" +
           e(hb.body.level) + "</td><td>" + personName(hb.laborCoChair, w) + "</td><td>" +
           personName(hb.managementCoChair, w) + "</td><td>" + e(hb.body.rule.kind) + "</td></tr>\n";
  out += "</tbody>\n</table>\n</section>\n";

  out += "<section>\n<h2>" + e(w.at("decisions")) + "</h2>\n";
  if (h.decisions.empty()) {
    out += "<p>" + e(w.at("no_decisions")) + "</p>\n";
  } else {
    out += "<table>\n<thead><tr><th scope=\"col\">" + e(w.at("adopted")) + "</th><th scope=\"col\">" +
           e(w.at("decision")) + "</th><th scope=\"col\">" + e(w.at("body")) + "</th></tr></thead>\n<tbody>\n";
    std::map<long long, std::string> bodyNames;
    for (const auto& hb : h.bodies) bodyNames[hb.body.id] = hb.body.name;
    for (const auto& d : h.decisions)
      out += "<tr><td>" + e(dateOf(d.closedAt.value_or(d.createdAt))) + "</td><td><strong>" + e(d.title) +
             "</strong><br>" + e(d.text) + "</td><td>" + e(bodyNames[d.bodyId]) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n";

  out += "<section>\n<h2>" + e(w.at("timeline")) + "</h2>\n<table>\n<thead><tr><th scope=\"col\">" + e(w.at("date")) +
         "</th><th scope=\"col\">" + e(w.at("milestone")) + "</th><th scope=\"col\">" + e(w.at("body")) +
         "</th></tr></thead>\n<tbody>\n";
  for (const auto& m : h.timeline)
    out += "<tr><td>" + e(dateOf(m.at)) + "</td><td>" + milestoneText(m, w) + "</td><td>" + e(m.bodyName) +
           "</td></tr>\n";
  out += "</tbody>\n</table>\n</section>\n";

  out += "<section>\n<h2>" + e(w.at("outcomes")) + "</h2>\n";
  if (h.outcomes.empty()) out += "<p>" + e(w.at("no_outcomes")) + "</p>\n";
  for (const auto& o : h.outcomes) {
    const std::string& name = locale == "es" && !o.metric.nameEs.empty() ? o.metric.nameEs : o.metric.nameEn;
    out += "<h3>" + e(name) + "</h3>\n<table>\n<thead><tr><th scope=\"col\">" + e(w.at("year")) +
           "</th><th scope=\"col\">" + e(w.at("district")) + "</th><th scope=\"col\">" + e(w.at("state")) + " (" +
           e(h.district.state) + ")</th></tr></thead>\n<tbody>\n";
    for (const auto& p : o.points)
      out += "<tr><td>" + std::to_string(p.year) + "</td><td>" + number(p.district) + "</td><td>" + number(p.state) +
             "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n";

  out += "<section>\n<h2>" + e(w.at("commitments")) + "</h2>\n";
  if (h.commitments.empty()) {
    out += "<p>" + e(w.at("no_commitments")) + "</p>\n";
  } else {
    out += "<table>\n<thead><tr><th scope=\"col\">" + e(w.at("item")) + "</th><th scope=\"col\">" + e(w.at("owner")) +
           "</th><th scope=\"col\">" + e(w.at("due")) + "</th><th scope=\"col\">" + e(w.at("status")) +
           "</th></tr></thead>\n<tbody>\n";
    for (const auto& a : h.commitments)
      out += "<tr><td>" + e(a.title) + "</td><td>" + e(a.ownerName) + "</td><td>" + e(a.dueDate) + "</td><td>" +
             e(w.count(a.status) ? w.at(a.status) : a.status) + "</td></tr>\n";
    out += "</tbody>\n</table>\n";
  }
  out += "</section>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace accord::domain
