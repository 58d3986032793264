#include <gtest/gtest.h>

#include "domain/notification/use_cases.hpp"

namespace accord::domain {
namespace {

Digest sample(const std::string& locale) {
  Digest d;
  d.user.email = "ana@example.org";
  d.user.name = "Ana <Admin>";
  d.user.locale = locale;
  d.day = "2030-05-01";
  d.districts.push_back({7, "Harbor & Bay Unified",
                         {{"proposal_stance", "Bells <8:30>", "District LMC", "2030-05-03", false, "/districts/7/decisions/3"},
                          {"action_due", "Send the survey", "", "2030-04-28", true, "/districts/7/actions"}}});
  return d;
}

TEST(DigestMessage, SaysWhatWaitsWithLinksInTextAndEscapedHtml) {
  MailMessage m = digestMessage(sample("en"), "https://accord.example.org");
  EXPECT_EQ(m.to, "ana@example.org");
  EXPECT_EQ(m.subject, "Accord: what waits for you today");
  EXPECT_NE(m.text.find("Hello Ana <Admin>,"), std::string::npos);
  EXPECT_NE(m.text.find("Proposal waiting for your stance: Bells <8:30> (District LMC, closes 2030-05-03)"),
            std::string::npos)
      << m.text;
  EXPECT_NE(m.text.find("https://accord.example.org/districts/7/decisions/3"), std::string::npos);
  EXPECT_NE(m.text.find("Action item overdue: Send the survey"), std::string::npos);
  EXPECT_NE(m.html.find("Hello Ana &lt;Admin&gt;,"), std::string::npos);
  EXPECT_NE(m.html.find("Harbor &amp; Bay Unified"), std::string::npos);
  EXPECT_NE(m.html.find("<a href=\"https://accord.example.org/districts/7/decisions/3\">Bells &lt;8:30&gt;</a>"),
            std::string::npos)
      << m.html;
  EXPECT_EQ(m.html.find("<Admin>"), std::string::npos);
}

TEST(DigestMessage, SpeaksSpanishToASpanishReader) {
  MailMessage m = digestMessage(sample("es"), "https://accord.example.org");
  EXPECT_EQ(m.subject, "Accord: lo que le espera hoy");
  EXPECT_NE(m.text.find("Propuesta pendiente de su postura"), std::string::npos);
  EXPECT_NE(m.text.find("Tarea vencida: Send the survey"), std::string::npos);
  EXPECT_NE(m.html.find("lang=\"es\""), std::string::npos);
}

TEST(DigestMessage, TellsChangesInFollowedPracticesUnderTheirOwnHeading) {
  Digest d = sample("en");
  d.followed = {{"adopted", "Reading <buddies>", "Valley Unified", "2030-04-30", "/network/practices/9"},
                {"published", "Reading <buddies>", "Valley Unified", "2030-04-30", "/network/practices/9"}};
  MailMessage m = digestMessage(d, "https://accord.example.org");
  EXPECT_NE(m.text.find("Practices you follow\n===================="), std::string::npos) << m.text;
  EXPECT_NE(m.text.find("- Adopted by another district: Reading <buddies> (Valley Unified, on 2030-04-30)\n"
                        "  https://accord.example.org/network/practices/9"),
            std::string::npos)
      << m.text;
  EXPECT_NE(m.text.find("- Published again after a change: Reading <buddies>"), std::string::npos);
  EXPECT_NE(m.html.find("<a href=\"https://accord.example.org/network/practices/9\">Reading &lt;buddies&gt;</a>"),
            std::string::npos)
      << m.html;

  d.user.locale = "es";
  MailMessage es = digestMessage(d, "https://accord.example.org");
  EXPECT_NE(es.text.find("Prácticas que sigue"), std::string::npos);
  EXPECT_NE(es.text.find("Adoptada por otro distrito: Reading <buddies> (Valley Unified, el 2030-04-30)"),
            std::string::npos)
      << es.text;
}

TEST(DigestMessage, AFollowerWithNothingElseWaitingStillHasADigest) {
  Digest d;
  EXPECT_TRUE(d.empty());
  d.followed.push_back({"adopted", "Reading buddies", "Harbor Unified", "2030-04-30", "/network/practices/9"});
  EXPECT_FALSE(d.empty());
}

}  // namespace
}  // namespace accord::domain
