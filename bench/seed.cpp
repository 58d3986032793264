// Builds the benchmark's data set in a database: the demo district grown to the size of a large
// partnership — 20 joint bodies, 5,000 issues (every tenth with its interests, options, criteria
// and a scored matrix), 2,000 decisions with every voting member's stance (and so a decision
// log of as many entries), action items, and ten years of weekly meetings of every body with
// their agendas. Everything goes through the use cases, as people would do it, so the data obeys
// every rule the server enforces.
//
//   accord_bench_seed DATABASE_URL        prints the ids the benchmark requests, as shell variables
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "domain/account/account.hpp"
#include "domain/action/use_cases.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/demo/load_demo.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"
#include "store/open_store.hpp"

namespace {

using namespace accord;
using namespace accord::domain;

constexpr int kBodies = 20;
constexpr int kIssues = 5000;
constexpr int kDecisions = 2000;
constexpr int kWeeks = 510;  // held so far, of a ten-year weekly series that runs ten weeks more
constexpr int kMatrixEvery = 10;  // every tenth issue is worked through to a scored matrix

[[noreturn]] void die(const char* what, const Error& e) {
  std::fprintf(stderr, "accord_bench_seed: %s: %s (%s)\n", what, e.message.c_str(), e.field.c_str());
  std::exit(1);
}

template <class T>
T must(Result<T> r, const char* what) {
  if (!r.ok()) die(what, r.error());
  return std::move(*r);
}

struct Seeder {
  explicit Seeder(Store& s) : store(s) {}
  Store& store;
  long long district = 0;
  std::vector<Caller> people;  // the demo's: admin, superintendent, union president, board, principal, site rep
  std::vector<std::string> sides;  // of each of `people`
  std::vector<long long> bodies;
  UnixSeconds now = nowSeconds();

  const Caller& superintendent() const { return people[1]; }
  const Caller& unionPresident() const { return people[2]; }
  // The voting members of every body: everyone but the administrator.
  std::vector<const Caller*> voters() const { return {&people[1], &people[2], &people[3], &people[4], &people[5]}; }

  void loadPeople() {
    auto demo = must(loadDemo(store, now), "demo");
    district = demo.districtId;
    auto tx = must(store.read(), "read");
    for (const auto& account : demo.accounts) {
      Caller c;
      c.user = must(tx->users().byEmail(account.email), "user");
      people.push_back(c);
      sides.push_back(account.side);
    }
    auto existing = must(tx->bodies().list(district, 0, 200), "bodies");
    for (const auto& b : existing.items) bodies.push_back(b.id);
    if (bodies.size() > 1) {
      std::fprintf(stderr, "accord_bench_seed: the database holds the data set already\n");
      std::exit(2);
    }
  }

  void addBodies() {
    for (int i = static_cast<int>(bodies.size()); i < kBodies; ++i) {
      BodyInput input;
      input.name = fmt::format("Site team {}", i);
      input.level = "site";
      input.school = fmt::format("School {}", i);
      input.laborSeats = 2;
      input.managementSeats = 3;
      input.ruleKind = "consensus";
      input.quorumPerSide = 2;
      input.fallback = "The principal and the site representative meet within a week.";
      Body body = must(createBody(store, superintendent(), district, input, now), "body");
      // Each side seats its own people and names its own co-chair.
      auto forSide = [&](std::size_t p) -> const Caller& {
        return sides[p] == "labor" ? unionPresident() : superintendent();
      };
      for (std::size_t p = 1; p < people.size(); ++p)
        must(addBodyMember(store, forSide(p), district, body.id, {people[p].user.id, "member"}, now), "member");
      must(setCoChair(store, forSide(4), district, body.id, people[4].user.id, now), "co-chair");
      must(setCoChair(store, forSide(5), district, body.id, people[5].user.id, now), "co-chair");
      bodies.push_back(body.id);
    }
  }

  // Moves an issue on: the union president says labor is ready, and where the body waits for both
  // sides, the superintendent says management is too.
  void moveOn(long long issue, const char* step) {
    Issue moved = must(moveIssue(store, unionPresident(), district, issue, step, "", now), step);
    if (moved.step != step) must(moveIssue(store, superintendent(), district, issue, step, "", now), step);
  }

  // Works an issue through to its scored matrix and chosen solution.
  void workThrough(long long issue) {
    auto step = [&](const char* s) { moveOn(issue, s); };
    auto item = [&](const char* kind, std::string text, const char* tag, std::optional<long long> weight) {
      return must(addIssueItem(store, unionPresident(), district, issue, {kind, std::move(text), tag, weight}, now),
                  kind)
          .id;
    };
    step("interests");
    item("interest", "Time to plan together", "labor", std::nullopt);
    item("interest", "Stay within the budget", "management", std::nullopt);
    item("interest", "Students learn more", "shared", std::nullopt);
    step("options");
    std::vector<long long> options = {item("option", "Common planning period", "", std::nullopt),
                                      item("option", "Early release Wednesdays", "", std::nullopt),
                                      item("option", "Summer planning days", "", std::nullopt)};
    step("criteria");
    std::vector<long long> criteria = {item("criterion", "Cost", "", 3), item("criterion", "Time for students", "", 5)};
    step("scoring");
    long long score = 1;
    for (long long o : options)
      for (long long c : criteria)
        must(scoreOption(store, unionPresident(), district, issue, {o, c, (score++ % 5) + 1, {}}, now), "score");
    step("solution");
    must(chooseSolution(store, unionPresident(), district, issue, options[0], "A common planning period.", now),
         "solution");
  }

  // Issues across the bodies, at every step; returns one with a full matrix.
  long long addIssues() {
    long long sample = 0;
    for (int i = 0; i < kIssues; ++i) {
      NewIssue input;
      input.bodyId = bodies[i % bodies.size()];
      input.title = fmt::format("Planning time for teachers, case {}", i);
      input.description = "Teachers have no common planning time in grades 3 to 5.";
      input.confidential = i % 50 == 0;
      input.references = {"Article 12.3"};
      Issue issue = must(raiseIssue(store, people[i % 2 ? 2 : 1], district, input, now), "issue");
      if (i % kMatrixEvery == 0) {
        workThrough(issue.id);
        if (!sample) sample = issue.id;
      } else if (i % 3 == 1) {
        moveOn(issue.id, "interests");
      }
    }
    return sample;
  }

  // Proposals decided by every voting member; most adopted, some open and waiting.
  long long addDecisions() {
    long long sample = 0;
    for (int i = 0; i < kDecisions; ++i) {
      NewDecision input;
      input.bodyId = bodies[i % bodies.size()];
      input.title = fmt::format("Adopt the planning-time agreement, part {}", i);
      input.text = "Each grade-level team gets a common planning period every week.";
      input.deadline = now + 30 * 24 * 3600;
      input.articles = {"Article 12.3"};
      input.metrics = {"teacher_retention"};
      input.participation = "joint";
      Decision d = must(proposeDecision(store, people[1 + i % 2], district, input, now), "proposal");
      if (i % 20 == 19) continue;  // left open, waiting for stances
      for (const Caller* voter : voters()) {
        StanceInput stance;
        stance.stance = (i % 25 == 7 && voter == voters().back()) ? "block" : "agree";
        stance.reason = "Discussed in the team.";
        must(takeStance(store, *voter, district, d.id, stance, now), "stance");
      }
      if (!sample) sample = d.id;
    }
    return sample;
  }

  void addActions() {
    for (int i = 0; i < 400; ++i) {
      ActionInput input;
      input.title = fmt::format("Follow up on agreement {}", i);
      input.ownerId = people[1 + i % 5].user.id;
      input.dueDate = isoDateOf(now + (i % 2 ? 1 : -1) * (i + 1) * 24 * 3600);
      input.bodyId = LinkChange(std::optional<long long>(bodies[i % bodies.size()]));
      must(createActionItem(store, superintendent(), district, input, now), "action");
    }
  }

  // Ten years of weekly meetings of every body, each held one with a short agenda.
  void addMeetings() {
    std::string first = isoDateOf(now - static_cast<long long>(kWeeks) * 7 * 24 * 3600);
    for (long long body : bodies) {
      SeriesInput input;
      input.title = "Weekly meeting";
      input.start = first + "T15:30";
      input.durationMinutes = 90;
      input.location = "District office";
      input.frequency = "weekly";
      input.until = isoDateOf(now - static_cast<long long>(kWeeks) * 7 * 24 * 3600 + 3649LL * 24 * 3600);
      MeetingSeries series = must(scheduleMeetingSeries(store, superintendent(), district, body, input, now), "series");
      auto days = series.occurrences();
      const Caller& chair = body == bodies.front() ? superintendent() : people[4];
      for (int week = 0; week < kWeeks; ++week) {
        auto opened =
            must(openMeeting(store, chair, district, body, series.id, formatDate(days[week]), now), "meeting");
        for (const char* title : {"Check-in", "Class sizes", "Planning time"}) {
          AgendaItemInput item;
          item.title = title;
          item.timeBoxMinutes = 20;
          auto added = must(addAgendaItem(store, chair, district, body, opened.meeting.id, item, now), "item");
          must(recordOutcome(store, chair, district, body, opened.meeting.id, added.id, "done", now), "outcome");
        }
      }
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: accord_bench_seed DATABASE_URL\n");
    return 64;
  }
  auto opened = must(store::openStore(argv[1], 2), "open");
  Seeder seed(*opened.store);
  seed.loadPeople();
  seed.addBodies();
  long long issue = seed.addIssues();
  long long decision = seed.addDecisions();
  seed.addMeetings();
  seed.addActions();
  std::printf("district=%lld\nissue=%lld\ndecision=%lld\n", seed.district, issue, decision);
  return 0;
}
