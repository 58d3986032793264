#include "store/sql/practice_repositories.hpp"

#include <algorithm>

#include "domain/practice/peers.hpp"
#include "domain/practice/search_text.hpp"
#include "store/sql/errors.hpp"
#include "store/sql/json_list.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertPractice =
    "INSERT INTO practices (district_id, decision_id, title, summary, body, problem, contact, tags, state, "
    "is_public, labor_signoff_by, labor_signoff_at, management_signoff_by, management_signoff_at, created_by, "
    "created_at, updated_at, published_at) VALUES (:district, :decision, :title, :summary, :body, :problem, "
    ":contact, :tags, :state, :public, :lby, :lat, :mby, :mat, :created_by, :created, :updated, :published) "
    "RETURNING id";
constexpr const char* kUpdatePractice =
    "UPDATE practices SET title = :title, summary = :summary, body = :body, problem = :problem, "
    "contact = :contact, tags = :tags, state = :state, is_public = :public, labor_signoff_by = :lby, "
    "labor_signoff_at = :lat, management_signoff_by = :mby, management_signoff_at = :mat, updated_at = :updated, "
    "published_at = :published WHERE id = :id";
constexpr const char* kDeleteTags = "DELETE FROM practice_tags WHERE practice_id = :id";
constexpr const char* kInsertTag = "INSERT INTO practice_tags (practice_id, tag) VALUES (:id, :tag)";
constexpr const char* kDeleteEvidence = "DELETE FROM practice_evidence WHERE practice_id = :id";
constexpr const char* kInsertEvidence =
    "INSERT INTO practice_evidence (practice_id, position, metric_key, from_year, to_year) "
    "VALUES (:id, :position, :metric, :from, :to)";
constexpr const char* kEvidenceOf =
    "SELECT metric_key, from_year, to_year FROM practice_evidence WHERE practice_id = :id ORDER BY position";
// SQLite keeps the words in an FTS5 table beside the practice; PostgreSQL computes its own column.
constexpr const char* kUnindex = "DELETE FROM practice_search WHERE rowid = :id";
constexpr const char* kIndex =
    "INSERT INTO practice_search (rowid, title, summary, body, problem, tags) "
    "VALUES (:id, :title, :summary, :body, :problem, :tags)";

#define ACCORD_PRACTICE_COLUMNS                                                                                 \
  "p.id, p.district_id, p.decision_id, p.title, p.summary, p.body, p.problem, p.contact, p.tags, p.state, "    \
  "p.is_public, p.labor_signoff_by, p.labor_signoff_at, p.management_signoff_by, p.management_signoff_at, "     \
  "p.created_by, p.created_at, p.updated_at, p.published_at, d.name, d.state, "                                \
  "(SELECT COUNT(*) FROM practice_adoptions a WHERE a.practice_id = p.id)"

constexpr const char* kPracticeById =
    "SELECT " ACCORD_PRACTICE_COLUMNS " FROM practices p JOIN districts d ON d.id = p.district_id WHERE p.id = :id";
constexpr const char* kPracticesOfDistrict =
    "SELECT " ACCORD_PRACTICE_COLUMNS " FROM practices p JOIN districts d ON d.id = p.district_id "
    "WHERE p.district_id = :district AND (:after = 0 OR p.id < :after2) ORDER BY p.id DESC LIMIT :limit";

// The filters every search shares; each parameter appears once, bound in this order by search().
// The visibility test is written so that no index serves it (`|| ''`, `+ 0`): SQLite would otherwise
// read every published practice through the state index and sort them, where walking the primary
// key newest first stops at the end of the page.
#define ACCORD_SEARCH_FILTERS                                                                                  \
  " AND (p.state || '' = 'published' OR p.district_id + 0 IN "                                                 \
  "(SELECT m.district_id FROM memberships m WHERE m.user_id = :viewer))"                                       \
  " AND (:public_only = 0 OR (p.is_public = 1 AND p.state = 'published'))"                                     \
  " AND (:state = '' OR p.state = :state2)"                                                                    \
  " AND (:tag = '' OR EXISTS (SELECT 1 FROM practice_tags t WHERE t.practice_id = p.id AND t.tag = :tag2))"    \
  " AND (:metric = '' OR EXISTS (SELECT 1 FROM practice_evidence e WHERE e.practice_id = p.id "               \
  "AND e.metric_key = :metric2))"                                                                              \
  " AND (:min < 0 OR d.enrollment >= :min2) AND (:max < 0 OR d.enrollment < :max2)"                            \
  " AND (:district = 0 OR p.district_id = :district2)"

// Newest first: the primary key's order, so the first page reads only the rows it shows.
constexpr const char* kNewest =
    "SELECT " ACCORD_PRACTICE_COLUMNS ", '' FROM practices p JOIN districts d ON d.id = p.district_id WHERE 1 = 1"
    ACCORD_SEARCH_FILTERS " ORDER BY p.id DESC LIMIT :limit OFFSET :offset";
// Ranked in three steps. `top` ranks the matches by bm25 (weights: title, summary, body, problem,
// tags) inside FTS5 alone, which is cheap, and keeps the best :candidates (-1: all); `page` joins
// only those to their practices to apply the filters and keeps one page; only that page's
// snippets are made, each by its rowid. Reading a practice row for every match of a common word
// and computing bm25 twice cost four times as much. A tag is checked in `top` already: it leaves
// out most matches, so the best candidates of the word alone seldom filled a page with the tag,
// and every match was then ranked and read again.
constexpr const char* kSearchSqlite =
    "WITH top AS (SELECT rowid AS id, bm25(practice_search, 10.0, 4.0, 1.0, 2.0, 6.0) AS score "
    "FROM practice_search WHERE practice_search MATCH :match AND (:top_tag = '' OR EXISTS (SELECT 1 FROM "
    "practice_tags t WHERE t.practice_id = practice_search.rowid AND t.tag = :top_tag2)) "
    "ORDER BY score, rowid DESC LIMIT :candidates), "
    "page AS (SELECT top.id, top.score FROM top JOIN practices p ON p.id = top.id "
    "JOIN districts d ON d.id = p.district_id WHERE 1 = 1" ACCORD_SEARCH_FILTERS
    " ORDER BY top.score, top.id DESC LIMIT :limit OFFSET :offset) "
    "SELECT " ACCORD_PRACTICE_COLUMNS ", snippet(practice_search, -1, char(2), char(3), '…', 20) FROM page "
    "JOIN practice_search ON practice_search.rowid = page.id JOIN practices p ON p.id = page.id "
    "JOIN districts d ON d.id = p.district_id WHERE practice_search MATCH :match2 ORDER BY page.score, page.id DESC";
// How many of the best-ranked matches SQLite filters before it ranks them all: enough for a page
// unless the filters leave out most of them.
constexpr long long kSearchCandidates = 200;
constexpr const char* kSearchPostgres =
    "WITH words AS (SELECT plainto_tsquery('accord_english', :match) AS q), "
    "hits AS (SELECT p.id, ts_rank(p.search_vector, words.q) AS rank FROM practices p "
    "JOIN districts d ON d.id = p.district_id CROSS JOIN words WHERE p.search_vector @@ words.q" ACCORD_SEARCH_FILTERS
    " ORDER BY rank DESC, p.id DESC LIMIT :limit OFFSET :offset) "
    "SELECT " ACCORD_PRACTICE_COLUMNS ", ts_headline('accord_english', p.title || ' · ' || p.summary || ' · ' || "
    "p.problem || ' · ' || p.body, words.q, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || "
    "', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"') "
    "FROM hits JOIN practices p ON p.id = hits.id JOIN districts d ON d.id = p.district_id CROSS JOIN words "
    "ORDER BY hits.rank DESC, p.id DESC";

// The districts a viewer is a member of, in order: whose drafts the viewer's searches find.
constexpr const char* kSearchVersionSqlite =
    "SELECT v.version, COALESCE((SELECT group_concat(m.district_id, ',') FROM (SELECT district_id FROM memberships "
    "WHERE user_id = :viewer ORDER BY district_id) m), '') FROM practice_version v WHERE v.id = 1";
constexpr const char* kSearchVersionPostgres =
    "SELECT v.version, COALESCE((SELECT string_agg(CAST(m.district_id AS text), ',' ORDER BY m.district_id) "
    "FROM memberships m WHERE m.user_id = :viewer), '') FROM practice_version v WHERE v.id = 1";

constexpr const char* kPeersVersion =
    "SELECT (SELECT version FROM profile_version WHERE id = 1), (SELECT version FROM practice_version WHERE id = 1)";

constexpr const char* kInsertAdoption =
    "INSERT INTO practice_adoptions (practice_id, district_id, issue_id, share_outcomes, adopted_by, adopted_at) "
    "VALUES (:practice, :district, :issue, :share, :by, :at) RETURNING id";
constexpr const char* kAdoptionsOf =
    "SELECT a.id, a.practice_id, a.district_id, a.issue_id, a.share_outcomes, a.adopted_by, a.adopted_at, d.name "
    "FROM practice_adoptions a JOIN districts d ON d.id = a.district_id WHERE a.practice_id = :practice "
    "ORDER BY a.id";

// Following again keeps the first followed_at: what a follower is told of starts from there.
constexpr const char* kFollow =
    "INSERT INTO practice_follows (practice_id, user_id, followed_at) VALUES (:practice, :user, :at) "
    "ON CONFLICT (practice_id, user_id) DO NOTHING";
constexpr const char* kUnfollow = "DELETE FROM practice_follows WHERE practice_id = :practice AND user_id = :user";
constexpr const char* kFollowState =
    "SELECT (SELECT COUNT(*) FROM practice_follows f WHERE f.practice_id = :practice AND f.user_id = :user), "
    "(SELECT COUNT(*) FROM practice_follows f WHERE f.practice_id = :practice2)";
// A draft stays on the list only for members of its district, who may read it.
constexpr const char* kFollowedBy =
    "SELECT p.id, p.title, p.district_id, d.name, p.state, p.published_at, "
    "(SELECT COUNT(*) FROM practice_adoptions a WHERE a.practice_id = p.id), f.followed_at, "
    "(SELECT MAX(a.adopted_at) FROM practice_adoptions a WHERE a.practice_id = p.id AND a.district_id NOT IN "
    "(SELECT m.district_id FROM memberships m WHERE m.user_id = :user)) "
    "FROM practice_follows f JOIN practices p ON p.id = f.practice_id JOIN districts d ON d.id = p.district_id "
    "WHERE f.user_id = :user2 AND (p.state = 'published' OR p.district_id IN "
    "(SELECT m.district_id FROM memberships m WHERE m.user_id = :user3)) "
    "AND (:after = 0 OR p.id < :after2) ORDER BY p.id DESC LIMIT :limit";
// Only what the practice's readers see: a published practice, and of an adoption only that it
// happened (not which district, which the practice shows only when that district shares its outcomes).
constexpr const char* kUpdatesFor =
    "SELECT p.id, p.title, p.district_id, d.name, 'published', p.published_at "
    "FROM practice_follows f JOIN practices p ON p.id = f.practice_id JOIN districts d ON d.id = p.district_id "
    "WHERE f.user_id = :user AND p.state = 'published' AND p.published_at >= :from AND p.published_at < :to "
    "AND p.published_at > f.followed_at "
    "UNION ALL "
    "SELECT p.id, p.title, p.district_id, d.name, 'adopted', a.adopted_at "
    "FROM practice_follows f JOIN practices p ON p.id = f.practice_id JOIN districts d ON d.id = p.district_id "
    "JOIN practice_adoptions a ON a.practice_id = p.id "
    "WHERE f.user_id = :user2 AND p.state = 'published' AND a.adopted_at >= :from2 AND a.adopted_at < :to2 "
    "AND a.adopted_at > f.followed_at "
    "AND a.district_id NOT IN (SELECT m.district_id FROM memberships m WHERE m.user_id = :user3) "
    "ORDER BY 6, 1";

// A district's own latest district-wide demographics come first, then what the directory filled in.
constexpr const char* kProfiles =
    "SELECT d.id, d.name, d.state, "
    "COALESCE((SELECT x.enrollment FROM demographics x WHERE x.district_id = d.id AND x.school_id = 0 "
    "AND x.enrollment IS NOT NULL ORDER BY x.year DESC LIMIT 1), d.enrollment), "
    "COALESCE((SELECT x.low_income_pct FROM demographics x WHERE x.district_id = d.id AND x.school_id = 0 "
    "AND x.low_income_pct IS NOT NULL ORDER BY x.year DESC LIMIT 1), d.low_income_pct), "
    "COALESCE((SELECT x.english_learners_pct FROM demographics x WHERE x.district_id = d.id AND x.school_id = 0 "
    "AND x.english_learners_pct IS NOT NULL ORDER BY x.year DESC LIMIT 1), d.english_learners_pct), "
    "COALESCE((SELECT x.minority_pct FROM demographics x WHERE x.district_id = d.id AND x.school_id = 0 "
    "AND x.minority_pct IS NOT NULL ORDER BY x.year DESC LIMIT 1), d.minority_pct) "
    "FROM districts d ORDER BY d.id";
constexpr const char* kProfileVersion = "SELECT version FROM profile_version WHERE id = 1";
// Each of several districts' newest published practices, in one statement kept like any other: the
// districts come as a JSON list, each walked through practices_district_published up to the limit.
// A round trip per district cost more than the walks on PostgreSQL, and a statement written for each
// list of districts cost SQLite more than the walks in preparing it.
constexpr const char* kPublishedTitlesSqlite =
    "SELECT k.key, p.id, p.title, p.published_at FROM json_each(:districts) k JOIN practices p ON p.id IN "
    "(SELECT q.id FROM practices q WHERE q.district_id = k.value AND q.state = 'published' "
    "ORDER BY q.published_at DESC, q.id DESC LIMIT :limit) ORDER BY 1, 4 DESC, 2 DESC";
constexpr const char* kPublishedTitlesPostgres =
    "SELECT k.key - 1, p.id, p.title, p.published_at FROM jsonb_array_elements_text(CAST(:districts AS jsonb)) "
    "WITH ORDINALITY AS k(value, key) CROSS JOIN LATERAL (SELECT q.id, q.title, q.published_at FROM practices q "
    "WHERE q.district_id = CAST(k.value AS bigint) AND q.state = 'published' "
    "ORDER BY q.published_at DESC, q.id DESC LIMIT :limit) p ORDER BY 1, 4 DESC, 2 DESC";

constexpr const char* kUpsertDirectory =
    "INSERT INTO directory_districts (nces_id, name, state, enrollment, minority_pct, school_year, updated_at) "
    "VALUES (:nces, :name, :state, :enrollment, :minority, :year, :at) ON CONFLICT (nces_id) DO UPDATE SET "
    "name = excluded.name, state = excluded.state, "
    "enrollment = COALESCE(excluded.enrollment, directory_districts.enrollment), "
    "minority_pct = COALESCE(excluded.minority_pct, directory_districts.minority_pct), "
    "school_year = excluded.school_year, updated_at = excluded.updated_at";
constexpr const char* kApplyDirectory =
    "UPDATE districts SET enrollment = COALESCE(:enrollment, enrollment), "
    "minority_pct = COALESCE(:minority, minority_pct) WHERE nces_id = :nces";
constexpr const char* kCountDirectory = "SELECT COUNT(*) FROM directory_districts";

struct PracticeRow {
  domain::Practice p;
  OptionalColumn<long long> decision, lby, lat, mby, mat, published;
  int isPublic = 0;
  std::string tags;
  template <class Columns>
  void bind(Columns& st) {
    st.into(p.id);
    st.into(p.districtId);
    st.into(decision);
    st.into(p.title);
    st.into(p.summary);
    st.into(p.body);
    st.into(p.problem);
    st.into(p.contact);
    st.into(tags);
    st.into(p.state);
    st.into(isPublic);
    st.into(lby);
    st.into(lat);
    st.into(mby);
    st.into(mat);
    st.into(p.createdBy);
    st.into(p.createdAt);
    st.into(p.updatedAt);
    st.into(published);
    st.into(p.districtName);
    st.into(p.districtState);
    st.into(p.adoptions);
  }
  domain::Practice take() const {
    domain::Practice out = p;
    out.decisionId = decision.get();
    out.laborSignoffBy = lby.get();
    out.laborSignoffAt = lat.get();
    out.managementSignoffBy = mby.get();
    out.managementSignoffAt = mat.get();
    out.publishedAt = published.get();
    out.isPublic = isPublic != 0;
    out.tags = fromJsonList(tags);
    return out;
  }
};

struct HitRow {
  PracticeRow row;
  std::string snippet;
  soci::indicator snippetInd = soci::i_ok;
  template <class Columns>
  void bind(Columns& st) {
    row.bind(st);
    st.into(snippet, snippetInd);
  }
  domain::SearchHit take() const {
    domain::SearchHit hit;
    hit.practice = row.take();
    if (snippetInd == soci::i_ok && !snippet.empty()) {
      hit.snippet = domain::snippetSegments(snippet);
    } else {
      // Without words to match, the summary's beginning stands in for a snippet.
      std::string start = hit.practice.summary.substr(0, 240);
      if (!start.empty()) hit.snippet.push_back({start, false});
    }
    return hit;
  }
};

struct SearchVersionRow {
  domain::SearchVersion v;
  template <class Columns>
  void bind(Columns& st) {
    st.into(v.version);
    st.into(v.draftDistricts);
  }
  domain::SearchVersion take() const { return v; }
};

struct PeersVersionRow {
  OptionalColumn<long long> profiles, practices;
  template <class Columns>
  void bind(Columns& st) {
    st.into(profiles);
    st.into(practices);
  }
  std::optional<domain::PeersVersion> take() const {
    if (!profiles.get() || !practices.get()) return std::nullopt;
    return domain::PeersVersion{profiles.value, practices.value};
  }
};

struct AdoptionRow {
  domain::Adoption a;
  OptionalColumn<long long> issue;
  int share = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(a.id);
    st.into(a.practiceId);
    st.into(a.districtId);
    st.into(issue);
    st.into(share);
    st.into(a.adoptedBy);
    st.into(a.adoptedAt);
    st.into(a.districtName);
  }
  domain::Adoption take() const {
    domain::Adoption out = a;
    out.issueId = issue.get();
    out.shareOutcomes = share != 0;
    return out;
  }
};

struct FollowStateRow {
  long long mine = 0, all = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(mine);
    st.into(all);
  }
  domain::FollowState take() const { return domain::FollowState{mine > 0, all}; }
};

struct FollowedRow {
  domain::FollowedPractice f;
  OptionalColumn<long long> published, lastAdopted;
  template <class Columns>
  void bind(Columns& st) {
    st.into(f.id);
    st.into(f.title);
    st.into(f.districtId);
    st.into(f.districtName);
    st.into(f.state);
    st.into(published);
    st.into(f.adoptions);
    st.into(f.followedAt);
    st.into(lastAdopted);
  }
  domain::FollowedPractice take() const {
    domain::FollowedPractice out = f;
    out.publishedAt = published.get();
    out.lastAdoptedAt = lastAdopted.get();
    return out;
  }
};

struct UpdateRow {
  domain::PracticeUpdate u;
  template <class Columns>
  void bind(Columns& st) {
    st.into(u.practiceId);
    st.into(u.title);
    st.into(u.districtId);
    st.into(u.districtName);
    st.into(u.change);
    st.into(u.at);
  }
  domain::PracticeUpdate take() const { return u; }
};

struct ProfileRow {
  domain::DistrictProfile d;
  OptionalColumn<long long> enrollment;
  OptionalColumn<double> lowIncome, englishLearners, minority;
  template <class Columns>
  void bind(Columns& st) {
    st.into(d.id);
    st.into(d.name);
    st.into(d.state);
    st.into(enrollment);
    st.into(lowIncome);
    st.into(englishLearners);
    st.into(minority);
  }
  domain::DistrictProfile take() const {
    domain::DistrictProfile out = d;
    out.enrollment = enrollment.get();
    out.lowIncomePct = lowIncome.get();
    out.englishLearnersPct = englishLearners.get();
    out.minorityPct = minority.get();
    return out;
  }
};

struct TitleRow {
  long long position = 0;
  domain::PracticeTitle t;
  OptionalColumn<long long> publishedAt;  // read only to order by
  template <class Columns>
  void bind(Columns& st) {
    st.into(position);
    st.into(t.id);
    st.into(t.title);
    st.into(publishedAt);
  }
  std::pair<long long, domain::PracticeTitle> take() const { return {position, t}; }
};

struct EvidenceRow {
  domain::EvidenceSpan e;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.metricKey);
    st.into(e.fromYear);
    st.into(e.toYear);
  }
  domain::EvidenceSpan take() const { return e; }
};

std::string tagsText(const domain::Practice& p) {
  std::string out;
  for (const auto& tag : p.tags) out += (out.empty() ? "" : " ") + tag;
  return out;
}

}  // namespace

bool SqlPractices::postgres() const { return sql_.get_backend_name() == "postgresql"; }

void SqlPractices::writeDetails(const domain::Practice& p, bool replace) {
  long long id = p.id;
  if (replace) {
    sql_ << kDeleteTags, use(id);
    sql_ << kDeleteEvidence, use(id);
  }
  for (const auto& tag : p.tags) sql_ << kInsertTag, use(id), use(tag);
  int position = 0;
  for (const auto& e : p.evidence) {
    sql_ << kInsertEvidence, use(id), use(position), use(e.metricKey), use(e.fromYear), use(e.toYear);
    ++position;
  }
  if (!postgres()) {
    if (replace) sql_ << kUnindex, use(id);
    std::string tags = tagsText(p);
    sql_ << kIndex, use(id), use(p.title), use(p.summary), use(p.body), use(p.problem), use(tags);
  }
}

Result<long long> SqlPractices::insert(const domain::Practice& p) {
  return guarded("insert practice", [&]() -> Result<long long> {
    long long id = 0;
    std::string tags = toJsonList(p.tags);
    int isPublic = p.isPublic ? 1 : 0;
    Nullable<long long> decision(p.decisionId), lby(p.laborSignoffBy), lat(p.laborSignoffAt),
        mby(p.managementSignoffBy), mat(p.managementSignoffAt), published(p.publishedAt);
    sql_ << kInsertPractice, use(p.districtId), use(decision.value, decision.ind), use(p.title), use(p.summary),
        use(p.body), use(p.problem), use(p.contact), use(tags), use(p.state), use(isPublic),
        use(lby.value, lby.ind), use(lat.value, lat.ind), use(mby.value, mby.ind), use(mat.value, mat.ind),
        use(p.createdBy), use(p.createdAt), use(p.updatedAt), use(published.value, published.ind), into(id);
    domain::Practice stored = p;
    stored.id = id;
    writeDetails(stored, false);
    return id;
  });
}

Result<void> SqlPractices::update(const domain::Practice& p) {
  return guarded("update practice", [&]() -> Result<void> {
    std::string tags = toJsonList(p.tags);
    int isPublic = p.isPublic ? 1 : 0;
    Nullable<long long> lby(p.laborSignoffBy), lat(p.laborSignoffAt), mby(p.managementSignoffBy),
        mat(p.managementSignoffAt), published(p.publishedAt);
    sql_ << kUpdatePractice, use(p.title), use(p.summary), use(p.body), use(p.problem), use(p.contact), use(tags),
        use(p.state), use(isPublic), use(lby.value, lby.ind), use(lat.value, lat.ind), use(mby.value, mby.ind),
        use(mat.value, mat.ind), use(p.updatedAt), use(published.value, published.ind), use(p.id);
    writeDetails(p, true);
    return Ok{};
  });
}

Result<domain::Practice> SqlPractices::byId(long long practiceId) {
  return guarded("read practice", [&]() -> Result<domain::Practice> {
    auto rows = selectKept<PracticeRow>(sql_, kPracticeById, practiceId);
    if (rows.empty()) return notFound("no such practice");
    domain::Practice p = std::move(rows.front());
    p.evidence =
        selectKept<EvidenceRow>(sql_, kEvidenceOf, practiceId);
    return p;
  });
}

Result<domain::Page<domain::Practice>> SqlPractices::listOfDistrict(long long districtId, long long afterId,
                                                                    int limit) {
  return guarded("list practices", [&]() -> Result<domain::Page<domain::Practice>> {
    int fetch = limit + 1;
    auto rows = selectKept<PracticeRow>(sql_, kPracticesOfDistrict, districtId, afterId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::Practice& p) { return p.id; });
  });
}

Result<std::vector<domain::SearchHit>> SqlPractices::search(const domain::PracticeSearch& q, bool& more) {
  return guarded("search practices", [&]() -> Result<std::vector<domain::SearchHit>> {
    bool pg = postgres();
    std::string match;
    // Each word is quoted (FTS5) or read as plain words (PostgreSQL), so nothing is an operator.
    for (const auto& term : q.terms) {
      if (!match.empty()) match += ' ';
      match += pg ? term : "\"" + term + "\"";
    }
    bool ranked = !q.terms.empty();
    const char* sql = !ranked ? kNewest : pg ? kSearchPostgres : kSearchSqlite;
    bool capped = ranked && !pg;
    long long viewer = q.viewerId;
    int publicOnly = q.publicOnly ? 1 : 0;
    long long minEnrollment = q.minEnrollment.value_or(-1), maxEnrollment = q.maxEnrollment.value_or(-1);
    int fetch = q.limit + 1;
    long long offset = q.offset;
    long long candidates = std::max(kSearchCandidates, 4 * (offset + fetch));
    auto bind = [&](soci::statement& st) {
      if (ranked) st.exchange(use(match));
      if (capped) {
        st.exchange(use(q.tag));
        st.exchange(use(q.tag));
        st.exchange(use(candidates));
      }
      st.exchange(use(viewer));
      st.exchange(use(publicOnly));
      st.exchange(use(q.state));
      st.exchange(use(q.state));
      st.exchange(use(q.tag));
      st.exchange(use(q.tag));
      st.exchange(use(q.metric));
      st.exchange(use(q.metric));
      st.exchange(use(minEnrollment));
      st.exchange(use(minEnrollment));
      st.exchange(use(maxEnrollment));
      st.exchange(use(maxEnrollment));
      st.exchange(use(q.districtId));
      st.exchange(use(q.districtId));
      st.exchange(use(fetch));
      st.exchange(use(offset));
      if (capped) st.exchange(use(match));
    };
    auto hits = selectAll<HitRow>(sql_, sql, bind);
    // The best candidates did not fill the page: the filters left many out, or there are no more.
    if (capped && static_cast<int>(hits.size()) < fetch) {
      candidates = -1;
      hits = selectAll<HitRow>(sql_, sql, bind);
    }
    more = static_cast<int>(hits.size()) > q.limit;
    if (more) hits.resize(q.limit);
    return hits;
  });
}

Result<std::optional<domain::SearchVersion>> SqlPractices::searchVersion(long long viewerId) {
  return guarded("practice search version", [&]() -> Result<std::optional<domain::SearchVersion>> {
    auto rows = selectKept<SearchVersionRow>(sql_, postgres() ? kSearchVersionPostgres : kSearchVersionSqlite,
                                             viewerId);
    if (rows.empty()) return std::optional<domain::SearchVersion>();
    return std::optional<domain::SearchVersion>(std::move(rows.front()));
  });
}

Result<std::optional<domain::PeersVersion>> SqlPractices::peersVersion() {
  return guarded("peers version", [&]() -> Result<std::optional<domain::PeersVersion>> {
    auto rows = selectKept<PeersVersionRow>(sql_, kPeersVersion);
    if (rows.empty()) return std::optional<domain::PeersVersion>();
    return rows.front();
  });
}

Result<long long> SqlPractices::insertAdoption(const domain::Adoption& a) {
  return guarded(
      "insert adoption",
      [&]() -> Result<long long> {
        long long id = 0;
        int share = a.shareOutcomes ? 1 : 0;
        Nullable<long long> issue(a.issueId);
        sql_ << kInsertAdoption, use(a.practiceId), use(a.districtId), use(issue.value, issue.ind), use(share),
            use(a.adoptedBy), use(a.adoptedAt), into(id);
        return id;
      },
      conflict("this district has adopted the practice already", "district_id"));
}

Result<std::vector<domain::Adoption>> SqlPractices::adoptions(long long practiceId) {
  return guarded("list adoptions", [&]() -> Result<std::vector<domain::Adoption>> {
    return selectKept<AdoptionRow>(sql_, kAdoptionsOf, practiceId);
  });
}

std::optional<long long> SqlPractices::profileVersion() {
  auto rows = selectKept<IntegerRow>(sql_, kProfileVersion);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

Result<domain::DistrictProfiles> SqlPractices::profiles() {
  return guarded("read district profiles", [&]() -> Result<domain::DistrictProfiles> {
    auto version = profileVersion();
    if (version)
      if (auto kept = profiles_.at(*version)) return kept;
    auto read = std::make_shared<const domain::ProfileList>(
        domain::profileList(selectAll<ProfileRow>(sql_, kProfiles, [](soci::statement&) {})));
    // Outside a transaction a change may have come between the two reads: then the list is used once.
    // Without the count (its row removed by hand) nothing is kept, since no change could be seen.
    if (version && profileVersion() == version) profiles_.keep(*version, read);
    return domain::DistrictProfiles(read);
  });
}

Result<std::vector<std::vector<domain::PracticeTitle>>> SqlPractices::publishedTitles(
    const std::vector<long long>& districtIds, int limit) {
  return guarded("newest published practices", [&]() -> Result<std::vector<std::vector<domain::PracticeTitle>>> {
    std::vector<std::vector<domain::PracticeTitle>> out(districtIds.size());
    if (districtIds.empty()) return out;
    std::string list = nlohmann::json(districtIds).dump();
    long long perDistrict = limit;
    auto rows = selectKept<TitleRow>(sql_, postgres() ? kPublishedTitlesPostgres : kPublishedTitlesSqlite, list,
                                     perDistrict);
    for (auto& [position, title] : rows)
      if (position >= 0 && static_cast<std::size_t>(position) < out.size())
        out[static_cast<std::size_t>(position)].push_back(std::move(title));
    return out;
  });
}

Result<void> SqlPractices::follow(long long practiceId, long long userId, UnixSeconds at) {
  return guarded("follow practice", [&]() -> Result<void> {
    sql_ << kFollow, use(practiceId), use(userId), use(at);
    return Ok{};
  });
}

Result<void> SqlPractices::unfollow(long long practiceId, long long userId) {
  return guarded("unfollow practice", [&]() -> Result<void> {
    sql_ << kUnfollow, use(practiceId), use(userId);
    return Ok{};
  });
}

Result<domain::FollowState> SqlPractices::followState(long long practiceId, long long userId) {
  return guarded("read follow state", [&]() -> Result<domain::FollowState> {
    // Read on every view of a practice: kept, not prepared anew.
    return selectKept<FollowStateRow>(sql_, kFollowState, practiceId, userId, practiceId).front();
  });
}

Result<domain::Page<domain::FollowedPractice>> SqlPractices::followedBy(long long userId, long long afterId,
                                                                        int limit) {
  return guarded("list followed practices", [&]() -> Result<domain::Page<domain::FollowedPractice>> {
    int fetch = limit + 1;
    auto rows = selectKept<FollowedRow>(sql_, kFollowedBy, userId, userId, userId, afterId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::FollowedPractice& f) { return f.id; });
  });
}

Result<std::vector<domain::PracticeUpdate>> SqlPractices::updatesFor(long long userId, UnixSeconds from,
                                                                     UnixSeconds to) {
  return guarded("list practice updates", [&]() -> Result<std::vector<domain::PracticeUpdate>> {
    return selectKept<UpdateRow>(sql_, kUpdatesFor, userId, from, to, userId, from, to, userId);
  });
}

Result<void> SqlDirectory::upsert(const domain::DirectoryEntry& e) {
  return guarded("store directory entry", [&]() -> Result<void> {
    Nullable<long long> enrollment(e.enrollment);
    Nullable<double> minority(e.minorityPct);
    sql_ << kUpsertDirectory, use(e.ncesId), use(e.name), use(e.state), use(enrollment.value, enrollment.ind),
        use(minority.value, minority.ind), use(e.schoolYear), use(e.updatedAt);
    return Ok{};
  });
}

Result<long long> SqlDirectory::applyToDistricts(const domain::DirectoryEntry& e) {
  return guarded("apply directory entry", [&]() -> Result<long long> {
    if (!e.enrollment && !e.minorityPct) return 0LL;
    Nullable<long long> enrollment(e.enrollment);
    Nullable<double> minority(e.minorityPct);
    soci::statement st = (sql_.prepare << kApplyDirectory, use(enrollment.value, enrollment.ind),
                          use(minority.value, minority.ind), use(e.ncesId));
    st.execute(true);
    return static_cast<long long>(st.get_affected_rows());
  });
}

Result<long long> SqlDirectory::count() {
  return guarded("count directory", [&]() -> Result<long long> {
    long long n = 0;
    sql_ << kCountDirectory, into(n);
    return n;
  });
}

}  // namespace accord::store
