// Builds the practice library's benchmark data set: the demo district and 200 more districts of
// every size, which have published 100,000 practices between them, each with a title, a summary
// and a body drawn from a vocabulary of 5,000 words (so that a word is found in about one
// practice in seventy, as a topic word is). The practices are written through the repository
// in transactions of a thousand, which keeps the full-text index of each backend in step.
//
//   accord_bench_seed_practices DATABASE_URL [COUNT]   prints what the benchmark searches for, as shell variables
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "domain/account/account.hpp"
#include "domain/demo/load_demo.hpp"
#include "domain/district/district.hpp"
#include "domain/practice/practice.hpp"
#include "store/open_store.hpp"
#include "vocabulary.hpp"

namespace {

using namespace accord;
using bench::kVocabulary;
using bench::vocabulary;
using namespace accord::domain;

constexpr int kDistricts = 200;
constexpr int kBatch = 1000;

[[noreturn]] void die(const char* what, const Error& e) {
  std::fprintf(stderr, "accord_bench_seed_practices: %s: %s (%s)\n", what, e.message.c_str(), e.detail.c_str());
  std::exit(1);
}

template <class T>
T must(Result<T> r, const char* what) {
  if (!r.ok()) die(what, r.error());
  return std::move(*r);
}

void must(Result<void> r, const char* what) {
  if (!r.ok()) die(what, r.error());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: accord_bench_seed_practices DATABASE_URL [COUNT]\n");
    return 64;
  }
  int count = argc == 3 ? std::stoi(argv[2]) : 100000;
  auto opened = must(store::openStore(argv[1], 2), "open");
  Store& store = *opened.store;
  UnixSeconds now = nowSeconds();
  DemoOptions options;
  options.network = false;  // only the practices made here
  auto demo = must(loadDemo(store, now, options), "demo");

  std::mt19937 random(42);
  std::vector<long long> districts = {demo.districtId};
  long long author = 0;
  {
    auto tx = must(store.write(), "write");
    author = must(tx->users().byEmail(demo.accounts.at(1).email), "author").id;
    for (int i = 0; i < kDistricts; ++i) {
      District d;
      d.name = "Bench District " + std::to_string(i + 1);
      d.state = "CA";
      d.enrollment = static_cast<long long>(std::pow(10.0, 2.5 + 3.0 * (i % 50) / 50.0));
      d.lowIncomePct = 20.0 + (i * 7) % 70;
      d.englishLearnersPct = 5.0 + (i * 3) % 30;
      d.minorityPct = 30.0 + (i * 11) % 60;
      d.createdAt = now;
      districts.push_back(must(tx->districts().insert(d), "district"));
    }
    must(tx->commit(), "commit");
  }

  auto words = vocabulary();
  std::uniform_int_distribution<int> pick(0, kVocabulary - 1);
  auto text = [&](int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? " " : "") + words[pick(random)];
    return out;
  };
  static const char* kTags[] = {"mentoring", "literacy", "budget", "scheduling", "retention", "attendance"};
  for (int done = 0; done < count;) {
    auto tx = must(store.write(), "write");
    for (int i = 0; i < kBatch && done < count; ++i, ++done) {
      Practice p;
      p.districtId = districts[done % districts.size()];
      p.title = text(4);
      p.summary = text(14);
      p.problem = text(10);
      p.body = text(50);
      p.tags = {kTags[done % 6]};
      p.state = "published";
      p.isPublic = done % 2 == 0;
      p.laborSignoffBy = p.managementSignoffBy = author;
      p.laborSignoffAt = p.managementSignoffAt = now;
      p.createdBy = author;
      p.createdAt = p.updatedAt = now;
      p.publishedAt = now - (count - done);
      must(tx->practices().insert(p), "practice");
    }
    must(tx->commit(), "commit");
  }
  // A word in about 1.5% of practices, and two of them together in few.
  std::printf("district=%lld\nword=%s\nsecond=%s\n", demo.districtId, words[17].c_str(), words[4242].c_str());
  return 0;
}
