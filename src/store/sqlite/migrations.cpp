#include "store/sqlite/migrations.hpp"

namespace accord::store {

const std::vector<Migration>& sqliteMigrations() {
  static const std::vector<Migration> migrations = {
      {1,
       "accounts and districts",
       {
           "CREATE TABLE users ("
           " id INTEGER PRIMARY KEY,"
           " email TEXT NOT NULL UNIQUE,"
           " name TEXT NOT NULL,"
           " locale TEXT NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'es')),"
           " is_admin INTEGER NOT NULL DEFAULT 0,"
           " password_hash TEXT NOT NULL DEFAULT '',"
           " created_at INTEGER NOT NULL)",

           "CREATE TABLE sessions ("
           " token_hash TEXT PRIMARY KEY,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " csrf_token TEXT NOT NULL,"
           " created_at INTEGER NOT NULL,"
           " expires_at INTEGER NOT NULL,"
           " last_seen_at INTEGER NOT NULL)",
           "CREATE INDEX sessions_user ON sessions(user_id)",
           "CREATE INDEX sessions_expiry ON sessions(expires_at)",

           "CREATE TABLE login_failures ("
           " id INTEGER PRIMARY KEY,"
           " throttle_key TEXT NOT NULL,"
           " failed_at INTEGER NOT NULL)",
           "CREATE INDEX login_failures_key ON login_failures(throttle_key, failed_at)",
           "CREATE INDEX login_failures_time ON login_failures(failed_at)",

           "CREATE TABLE districts ("
           " id INTEGER PRIMARY KEY,"
           " name TEXT NOT NULL,"
           " state TEXT NOT NULL,"
           " nces_id TEXT,"
           " enrollment INTEGER,"
           " low_income_pct REAL,"
           " english_learners_pct REAL,"
           " minority_pct REAL,"
           " created_at INTEGER NOT NULL)",

           "CREATE TABLE memberships ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management', 'neutral')),"
           " role TEXT NOT NULL,"
           " created_at INTEGER NOT NULL,"
           " UNIQUE (district_id, user_id))",
           "CREATE INDEX memberships_user ON memberships(user_id)",

           "CREATE TABLE invitations ("
           " id INTEGER PRIMARY KEY,"
           " token_hash TEXT NOT NULL UNIQUE,"
           " email TEXT NOT NULL,"
           " name TEXT NOT NULL,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " side TEXT NOT NULL,"
           " role TEXT NOT NULL,"
           " invited_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " expires_at INTEGER NOT NULL,"
           " used_at INTEGER)",
       }},
      {2,
       "joint bodies and the audit log",
       {
           "CREATE TABLE bodies ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " name TEXT NOT NULL,"
           " level TEXT NOT NULL CHECK (level IN ('district', 'site', 'committee')),"
           " school TEXT,"
           " labor_seats INTEGER NOT NULL,"
           " management_seats INTEGER NOT NULL,"
           " rule_kind TEXT NOT NULL,"
           " quorum_per_side INTEGER NOT NULL,"
           " supermajority_k INTEGER NOT NULL DEFAULT 0,"
           " supermajority_n INTEGER NOT NULL DEFAULT 0,"
           " fallback TEXT NOT NULL,"
           " labor_co_chair_id INTEGER REFERENCES users(id),"
           " management_co_chair_id INTEGER REFERENCES users(id),"
           " charter_review_due INTEGER NOT NULL DEFAULT 0,"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX bodies_district ON bodies(district_id, id)",

           "CREATE TABLE body_members ("
           " id INTEGER PRIMARY KEY,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management', 'neutral')),"
           " seat TEXT NOT NULL CHECK (seat IN ('member', 'alternate')),"
           " created_at INTEGER NOT NULL,"
           " UNIQUE (body_id, user_id))",
           "CREATE INDEX body_members_user ON body_members(user_id)",

           "CREATE TABLE audit_log ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " actor_id INTEGER NOT NULL REFERENCES users(id),"
           " at INTEGER NOT NULL,"
           " action TEXT NOT NULL,"
           " subject_type TEXT NOT NULL,"
           " subject_id INTEGER NOT NULL,"
           " details TEXT NOT NULL)",
           "CREATE INDEX audit_log_district ON audit_log(district_id, id)",
       }},
      {3,
       "charters, action items and joint communications",
       {
           "CREATE TABLE charter_versions ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " number INTEGER NOT NULL,"
           " mission TEXT NOT NULL,"
           " principles TEXT NOT NULL,"
           " norms TEXT NOT NULL,"
           " review_date TEXT NOT NULL,"
           " status TEXT NOT NULL CHECK (status IN ('draft', 'in_force', 'superseded')),"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " effective_at INTEGER,"
           " UNIQUE (body_id, number))",
           "CREATE INDEX charter_versions_body ON charter_versions(district_id, body_id, id)",

           "CREATE TABLE charter_signers ("
           " id INTEGER PRIMARY KEY,"
           " version_id INTEGER NOT NULL REFERENCES charter_versions(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " signed_at INTEGER,"
           " UNIQUE (version_id, user_id))",

           "CREATE TABLE action_items ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,"
           " meeting_id INTEGER,"
           " issue_id INTEGER,"
           " decision_id INTEGER,"
           " title TEXT NOT NULL,"
           " owner_id INTEGER NOT NULL REFERENCES users(id),"
           " due_date TEXT NOT NULL,"
           " status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL)",
           "CREATE INDEX action_items_district ON action_items(district_id, id)",
           "CREATE INDEX action_items_owner ON action_items(district_id, owner_id)",
           "CREATE INDEX action_items_due ON action_items(district_id, due_date)",

           "CREATE TABLE communications ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " title TEXT NOT NULL,"
           " text TEXT NOT NULL,"
           " status TEXT NOT NULL CHECK (status IN ('draft', 'published')),"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " published_at INTEGER)",
           "CREATE INDEX communications_district ON communications(district_id, id)",

           "CREATE TABLE communication_signatures ("
           " id INTEGER PRIMARY KEY,"
           " communication_id INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " signed_at INTEGER NOT NULL,"
           " UNIQUE (communication_id, user_id))",

           "CREATE TABLE communication_reads ("
           " id INTEGER PRIMARY KEY,"
           " communication_id INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " read_at INTEGER NOT NULL,"
           " UNIQUE (communication_id, user_id))",
       }},
      {4,
       "meetings, agendas, attendance, minutes and calendar feeds",
       {
           "CREATE TABLE meeting_series ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " title TEXT NOT NULL,"
           " start_local TEXT NOT NULL,"
           " time_zone TEXT NOT NULL,"
           " duration_minutes INTEGER NOT NULL,"
           " location TEXT NOT NULL DEFAULT '',"
           " frequency TEXT NOT NULL CHECK (frequency IN ('once', 'weekly', 'biweekly', 'monthly')),"
           " until_date TEXT,"
           " occurrence_count INTEGER,"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX meeting_series_body ON meeting_series(district_id, body_id, id)",

           "CREATE TABLE meeting_cancellations ("
           " series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,"
           " occurrence_date TEXT NOT NULL,"
           " PRIMARY KEY (series_id, occurrence_date))",

           "CREATE TABLE meetings ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,"
           " occurrence_date TEXT NOT NULL,"
           " minutes TEXT NOT NULL DEFAULT '',"
           " labor_approved_by INTEGER REFERENCES users(id),"
           " management_approved_by INTEGER REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " UNIQUE (series_id, occurrence_date))",
           "CREATE INDEX meetings_body ON meetings(district_id, body_id)",

           "CREATE TABLE agenda_items ("
           " id INTEGER PRIMARY KEY,"
           " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
           " position INTEGER NOT NULL,"
           " title TEXT NOT NULL,"
           " issue_id INTEGER,"
           " decision_id INTEGER,"
           " action_id INTEGER,"
           " time_box_minutes INTEGER NOT NULL,"
           " proposed_by INTEGER NOT NULL REFERENCES users(id),"
           " outcome TEXT CHECK (outcome IN ('done', 'carried_over')),"
           " carried_from_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position)",
           "CREATE INDEX agenda_items_carried ON agenda_items(carried_from_id)",

           "CREATE TABLE meeting_attendance ("
           " meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),"
           " PRIMARY KEY (meeting_id, user_id))",

           "CREATE TABLE calendar_feeds ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " token_hash TEXT NOT NULL UNIQUE,"
           " created_at INTEGER NOT NULL,"
           " UNIQUE (district_id, user_id))",
       }},
      {5,
       "issues, decisions, the decision log and caucus notes",
       {
           "CREATE TABLE issues ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " raised_by INTEGER NOT NULL REFERENCES users(id),"
           " title TEXT NOT NULL,"
           " description TEXT NOT NULL,"
           " confidential INTEGER NOT NULL DEFAULT 0,"
           " refs TEXT NOT NULL,"
           " step TEXT NOT NULL CHECK (step IN ('focus', 'interests', 'options', 'criteria', 'scoring', 'solution',"
           " 'agreement', 'withdrawn', 'referred')),"
           " step_note TEXT NOT NULL DEFAULT '',"
           " solution_option_id INTEGER,"
           " solution_text TEXT NOT NULL DEFAULT '',"
           " decision_id INTEGER,"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL)",
           "CREATE INDEX issues_district ON issues(district_id, id)",
           "CREATE TABLE issue_items ("
           " id INTEGER PRIMARY KEY,"
           " issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,"
           " kind TEXT NOT NULL CHECK (kind IN ('interest', 'option', 'criterion')),"
           " text TEXT NOT NULL,"
           " tag TEXT NOT NULL DEFAULT '',"
           " weight INTEGER NOT NULL DEFAULT 0,"
           " author_id INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX issue_items_issue ON issue_items(issue_id, id)",
           "CREATE TABLE issue_scores ("
           " id INTEGER PRIMARY KEY,"
           " issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,"
           " option_id INTEGER NOT NULL REFERENCES issue_items(id) ON DELETE CASCADE,"
           " criterion_id INTEGER NOT NULL REFERENCES issue_items(id) ON DELETE CASCADE,"
           " score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
           " scored_by INTEGER NOT NULL REFERENCES users(id),"
           " scored_at INTEGER NOT NULL,"
           " UNIQUE (option_id, criterion_id))",
           "CREATE INDEX issue_scores_issue ON issue_scores(issue_id)",
           "CREATE TABLE decisions ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " issue_id INTEGER REFERENCES issues(id),"
           " confidential INTEGER NOT NULL DEFAULT 0,"
           " title TEXT NOT NULL,"
           " text TEXT NOT NULL,"
           " proposed_by INTEGER NOT NULL REFERENCES users(id),"
           " status TEXT NOT NULL CHECK (status IN ('open', 'adopted', 'no_consent')),"
           " deadline INTEGER NOT NULL,"
           " articles TEXT NOT NULL,"
           " metrics TEXT NOT NULL,"
           " effective_at INTEGER,"
           " review_at INTEGER,"
           " participation TEXT NOT NULL CHECK (participation IN ('informed', 'consulted', 'joint')),"
           " fallback TEXT NOT NULL DEFAULT '',"
           " created_at INTEGER NOT NULL,"
           " closed_at INTEGER)",
           "CREATE INDEX decisions_district ON decisions(district_id, id)",
           "CREATE TABLE decision_stances ("
           " id INTEGER PRIMARY KEY,"
           " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " stance TEXT NOT NULL CHECK (stance IN ('agree', 'stand_aside', 'block', 'abstain')),"
           " vote INTEGER,"
           " reason TEXT NOT NULL DEFAULT '',"
           " at INTEGER NOT NULL,"
           " UNIQUE (decision_id, user_id))",
           "CREATE TABLE decision_log ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " seq INTEGER NOT NULL,"
           " decision_id INTEGER NOT NULL,"
           " entry TEXT NOT NULL,"
           " prev_hash TEXT NOT NULL,"
           " hash TEXT NOT NULL,"
           " UNIQUE (district_id, seq))",
           "CREATE TABLE caucus_notes ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " author_id INTEGER NOT NULL REFERENCES users(id),"
           " subject_type TEXT NOT NULL CHECK (subject_type IN ('issue', 'decision', 'meeting')),"
           " subject_id INTEGER NOT NULL,"
           " text TEXT NOT NULL,"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX caucus_notes_subject ON caucus_notes(body_id, subject_type, subject_id, side, id)",
       }},
      {6,
       "indexes for counting issues by step and finding open proposals",
       {
           "CREATE INDEX issues_step ON issues(district_id, step, confidential, body_id)",
           "CREATE INDEX decisions_status ON decisions(district_id, status, body_id)",
           "CREATE INDEX decisions_issue ON decisions(issue_id)",
       }},
      {7,
       "schools, outcome metrics, yearly values, demographics and their imports",
       {
           "ALTER TABLE districts ADD COLUMN state_code TEXT",

           "CREATE TABLE schools ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " name TEXT NOT NULL,"
           " state_code TEXT,"
           " level TEXT NOT NULL CHECK (level IN ('elementary', 'middle', 'high', 'other')),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " UNIQUE (district_id, state_code))",
           "CREATE INDEX schools_district ON schools(district_id, name)",

           // Built-in metrics have no district and are shared by every district.
           "CREATE TABLE metrics ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER REFERENCES districts(id) ON DELETE CASCADE,"
           " key TEXT NOT NULL,"
           " name_en TEXT NOT NULL,"
           " name_es TEXT NOT NULL,"
           " unit TEXT NOT NULL CHECK (unit IN ('percent', 'count', 'number')),"
           " higher_is_better INTEGER NOT NULL,"
           " created_at INTEGER NOT NULL,"
           " UNIQUE (district_id, key))",
           "CREATE UNIQUE INDEX metrics_builtin_key ON metrics(key) WHERE district_id IS NULL",
           "INSERT INTO metrics (district_id, key, name_en, name_es, unit, higher_is_better, created_at) VALUES "
           "(NULL, 'ela_met', 'ELA: students meeting or exceeding the standard',"
           " 'Lengua y literatura: estudiantes que cumplen o superan el estándar', 'percent', 1, 0),"
           "(NULL, 'math_met', 'Mathematics: students meeting or exceeding the standard',"
           " 'Matemáticas: estudiantes que cumplen o superan el estándar', 'percent', 1, 0),"
           "(NULL, 'graduation_rate', 'Graduation rate', 'Tasa de graduación', 'percent', 1, 0),"
           "(NULL, 'chronic_absence', 'Chronic absence', 'Ausentismo crónico', 'percent', 0, 0),"
           "(NULL, 'teacher_retention', 'Teacher retention', 'Retención de docentes', 'percent', 1, 0),"
           "(NULL, 'grievances_filed', 'Grievances filed', 'Quejas formales presentadas', 'count', 0, 0)",

           // school_id is 0 for the district and the state, never NULL: NULLs are distinct in a
           // UNIQUE constraint, and re-imports must replace rows, not add them.
           "CREATE TABLE metric_values ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,"
           " year INTEGER NOT NULL,"
           " scope TEXT NOT NULL CHECK (scope IN ('district', 'school', 'state')),"
           " school_id INTEGER NOT NULL DEFAULT 0,"
           " student_group TEXT NOT NULL DEFAULT '1',"
           " value REAL,"
           " n INTEGER,"
           " source TEXT NOT NULL CHECK (source IN ('manual', 'csv', 'caaspp')),"
           " import_id INTEGER,"
           " updated_at INTEGER NOT NULL,"
           " UNIQUE (district_id, metric_id, year, scope, school_id, student_group))",
           "CREATE INDEX metric_values_series ON metric_values(district_id, student_group, metric_id, year)",

           "CREATE TABLE demographics ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " year INTEGER NOT NULL,"
           " school_id INTEGER NOT NULL DEFAULT 0,"
           " enrollment INTEGER,"
           " low_income_pct REAL,"
           " english_learners_pct REAL,"
           " minority_pct REAL,"
           " source TEXT NOT NULL CHECK (source IN ('manual', 'csv')),"
           " import_id INTEGER,"
           " updated_at INTEGER NOT NULL,"
           " UNIQUE (district_id, year, school_id))",

           "CREATE TABLE import_jobs ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " format TEXT NOT NULL CHECK (format IN ('caaspp', 'csv', 'demographics')),"
           " file_name TEXT NOT NULL DEFAULT '',"
           " status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),"
           " bytes_total INTEGER NOT NULL DEFAULT 0,"
           " bytes_read INTEGER NOT NULL DEFAULT 0,"
           " rows_read INTEGER NOT NULL DEFAULT 0,"
           " rows_imported INTEGER NOT NULL DEFAULT 0,"
           " rows_skipped INTEGER NOT NULL DEFAULT 0,"
           " rows_failed INTEGER NOT NULL DEFAULT 0,"
           " message TEXT NOT NULL DEFAULT '',"
           " created_by INTEGER REFERENCES users(id),"
           " started_at INTEGER NOT NULL,"
           " finished_at INTEGER)",
           "CREATE INDEX import_jobs_district ON import_jobs(district_id, id)",
           "CREATE TABLE import_errors ("
           " id INTEGER PRIMARY KEY,"
           " job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,"
           " line INTEGER NOT NULL,"
           " column_name TEXT NOT NULL,"
           " reason TEXT NOT NULL)",
           "CREATE INDEX import_errors_job ON import_errors(job_id, id)",
       }},
      {8,
       "partnership surveys: climate and collaboration network",
       {
           "CREATE TABLE survey_instruments ("
           " district_id INTEGER PRIMARY KEY REFERENCES districts(id) ON DELETE CASCADE,"
           " document TEXT NOT NULL,"
           " updated_at INTEGER NOT NULL)",
           "CREATE TABLE survey_windows ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " year INTEGER NOT NULL,"
           " climate INTEGER NOT NULL CHECK (climate IN (0, 1)),"
           " network INTEGER NOT NULL CHECK (network IN (0, 1)),"
           " opens_on TEXT NOT NULL,"
           " closes_on TEXT NOT NULL,"
           " closed_early INTEGER NOT NULL DEFAULT 0,"
           " min_group_size INTEGER NOT NULL CHECK (min_group_size >= 3),"
           " schools TEXT NOT NULL,"
           " instrument TEXT,"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX survey_windows_district ON survey_windows(district_id, year)",
           "CREATE UNIQUE INDEX survey_windows_climate_year ON survey_windows(district_id, year) WHERE climate = 1",
           "CREATE UNIQUE INDEX survey_windows_network_year ON survey_windows(district_id, year) WHERE network = 1",
           // Who answered, only to refuse a second answer: nothing in it leads to the responses.
           "CREATE TABLE climate_participation ("
           " window_id INTEGER NOT NULL REFERENCES survey_windows(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " PRIMARY KEY (window_id, user_id))",
           // No person and no time; the id is random, so neither it nor the row order follows who answered when.
           "CREATE TABLE climate_responses ("
           " id INTEGER PRIMARY KEY,"
           " window_id INTEGER NOT NULL REFERENCES survey_windows(id) ON DELETE CASCADE,"
           " school TEXT,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management', 'neutral')))",
           "CREATE INDEX climate_responses_window ON climate_responses(window_id, id)",
           // WITHOUT ROWID: a rowid would number the answers in the order they were stored.
           "CREATE TABLE climate_answers ("
           " response_id INTEGER NOT NULL REFERENCES climate_responses(id) ON DELETE CASCADE,"
           " item TEXT NOT NULL,"
           " value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),"
           " PRIMARY KEY (response_id, item)) WITHOUT ROWID",
           "CREATE TABLE network_respondents ("
           " window_id INTEGER NOT NULL REFERENCES survey_windows(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " school TEXT NOT NULL,"
           " PRIMARY KEY (window_id, user_id))",
           // Confidential: read only to compute each school's aggregates, never returned.
           "CREATE TABLE network_nominations ("
           " window_id INTEGER NOT NULL REFERENCES survey_windows(id) ON DELETE CASCADE,"
           " from_user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " to_user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " topic TEXT NOT NULL CHECK (topic IN ('student_data', 'curriculum', 'teaching_practice', 'mentoring')),"
           " frequency TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'rarely')),"
           " PRIMARY KEY (window_id, from_user_id, to_user_id, topic))",
       }},
      {9,
       "self-checks of collaborative structures",
       {
           "CREATE TABLE self_checks ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " year INTEGER NOT NULL CHECK (year >= 1990),"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " UNIQUE (body_id, year))",
           "CREATE INDEX self_checks_district ON self_checks(district_id, body_id, year)",
           "CREATE TABLE self_check_ratings ("
           " self_check_id INTEGER NOT NULL REFERENCES self_checks(id) ON DELETE CASCADE,"
           " structure TEXT NOT NULL,"
           " rating TEXT NOT NULL"
           " CHECK (rating IN ('not_existing', 'being_discussed', 'being_developed', 'implemented')),"
           " note TEXT NOT NULL DEFAULT '',"
           " changed_by INTEGER NOT NULL REFERENCES users(id),"
           " changed_at INTEGER NOT NULL,"
           " PRIMARY KEY (self_check_id, structure))",
       }},
      {10,
       "practice library, adoptions and the district directory",
       {
           "CREATE TABLE practices ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,"
           " title TEXT NOT NULL,"
           " summary TEXT NOT NULL DEFAULT '',"
           " body TEXT NOT NULL DEFAULT '',"
           " problem TEXT NOT NULL DEFAULT '',"
           " contact TEXT NOT NULL DEFAULT '',"
           " tags TEXT NOT NULL DEFAULT '[]',"
           " state TEXT NOT NULL CHECK (state IN ('draft', 'published')),"
           " is_public INTEGER NOT NULL DEFAULT 0,"
           " labor_signoff_by INTEGER REFERENCES users(id),"
           " labor_signoff_at INTEGER,"
           " management_signoff_by INTEGER REFERENCES users(id),"
           " management_signoff_at INTEGER,"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " published_at INTEGER)",
           "CREATE INDEX practices_district ON practices(district_id, id)",
           "CREATE INDEX practices_published ON practices(state, published_at, id)",
           "CREATE TABLE practice_tags ("
           " practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,"
           " tag TEXT NOT NULL,"
           " PRIMARY KEY (practice_id, tag))",
           "CREATE INDEX practice_tags_tag ON practice_tags(tag, practice_id)",
           "CREATE TABLE practice_evidence ("
           " practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,"
           " position INTEGER NOT NULL,"
           " metric_key TEXT NOT NULL,"
           " from_year INTEGER NOT NULL,"
           " to_year INTEGER NOT NULL,"
           " PRIMARY KEY (practice_id, position))",
           "CREATE INDEX practice_evidence_metric ON practice_evidence(metric_key, practice_id)",
           "CREATE TABLE practice_adoptions ("
           " id INTEGER PRIMARY KEY,"
           " practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " issue_id INTEGER REFERENCES issues(id) ON DELETE SET NULL,"
           " share_outcomes INTEGER NOT NULL DEFAULT 0,"
           " adopted_by INTEGER NOT NULL REFERENCES users(id),"
           " adopted_at INTEGER NOT NULL,"
           " UNIQUE (practice_id, district_id))",
           // Full text of every practice, kept in step by the repository; rowid is the practice's id.
           "CREATE VIRTUAL TABLE practice_search USING fts5(title, summary, body, problem, tags,"
           " tokenize = 'unicode61 remove_diacritics 0')",
           "CREATE TABLE directory_districts ("
           " nces_id TEXT PRIMARY KEY,"
           " name TEXT NOT NULL,"
           " state TEXT NOT NULL,"
           " enrollment INTEGER,"
           " minority_pct REAL,"
           " school_year TEXT NOT NULL DEFAULT '',"
           " updated_at INTEGER NOT NULL)",
       }},
      {11,
       "network events: teams, pledges, action plans, check-ins and surveys",
       {
           "CREATE TABLE events ("
           " id INTEGER PRIMARY KEY,"
           " title TEXT NOT NULL,"
           " kind TEXT NOT NULL CHECK (kind IN ('conference', 'retreat')),"
           " starts_on TEXT NOT NULL,"
           " ends_on TEXT NOT NULL,"
           " place TEXT NOT NULL,"
           " description TEXT NOT NULL,"
           " team_capacity INTEGER NOT NULL CHECK (team_capacity >= 1),"
           " pledge TEXT NOT NULL,"
           " registration_open INTEGER NOT NULL CHECK (registration_open IN (0, 1)),"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL)",
           "CREATE INDEX events_start ON events(starts_on, id)",
           "CREATE TABLE event_organizers ("
           " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " PRIMARY KEY (event_id, user_id))",
           "CREATE INDEX event_organizers_user ON event_organizers(user_id)",
           "CREATE TABLE event_sessions ("
           " id INTEGER PRIMARY KEY,"
           " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
           " title TEXT NOT NULL,"
           " starts_at TEXT NOT NULL,"
           " room TEXT NOT NULL)",
           "CREATE INDEX event_sessions_event ON event_sessions(event_id, starts_at)",
           "CREATE TABLE event_session_districts ("
           " session_id INTEGER NOT NULL REFERENCES event_sessions(id) ON DELETE CASCADE,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " PRIMARY KEY (session_id, district_id))",
           "CREATE TABLE event_teams ("
           " id INTEGER PRIMARY KEY,"
           " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'withdrawn')),"
           " queue_number INTEGER NOT NULL,"
           " registered_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL,"
           " updated_at INTEGER NOT NULL,"
           " UNIQUE (event_id, district_id))",
           "CREATE INDEX event_teams_line ON event_teams(event_id, status, queue_number)",
           "CREATE INDEX event_teams_district ON event_teams(district_id)",
           "CREATE TABLE event_team_members ("
           " team_id INTEGER NOT NULL REFERENCES event_teams(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " signed_at INTEGER,"
           " PRIMARY KEY (team_id, user_id))",
           "CREATE INDEX event_team_members_user ON event_team_members(user_id)",
           "CREATE TABLE event_plan_goals ("
           " id INTEGER PRIMARY KEY,"
           " team_id INTEGER NOT NULL REFERENCES event_teams(id) ON DELETE CASCADE,"
           " text TEXT NOT NULL,"
           " owner_id INTEGER NOT NULL REFERENCES users(id),"
           " due_date TEXT NOT NULL,"
           " action_item_id INTEGER REFERENCES action_items(id) ON DELETE SET NULL,"
           " created_by INTEGER NOT NULL REFERENCES users(id),"
           " created_at INTEGER NOT NULL)",
           "CREATE INDEX event_plan_goals_team ON event_plan_goals(team_id, id)",
           "CREATE TABLE event_check_ins ("
           " id INTEGER PRIMARY KEY,"
           " team_id INTEGER NOT NULL REFERENCES event_teams(id) ON DELETE CASCADE,"
           " milestone INTEGER NOT NULL CHECK (milestone IN (30, 90, 180)),"
           " reported_by INTEGER NOT NULL REFERENCES users(id),"
           " reported_at INTEGER NOT NULL,"
           " UNIQUE (team_id, milestone))",
           "CREATE TABLE event_check_in_goals ("
           " check_in_id INTEGER NOT NULL REFERENCES event_check_ins(id) ON DELETE CASCADE,"
           " goal_id INTEGER NOT NULL REFERENCES event_plan_goals(id) ON DELETE CASCADE,"
           " status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'stalled')),"
           " note TEXT NOT NULL,"
           " PRIMARY KEY (check_in_id, goal_id))",
           // Who answered, only to refuse a second answer: nothing in it leads to the responses.
           "CREATE TABLE event_survey_participation ("
           " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " PRIMARY KEY (event_id, user_id))",
           // No person and no time; the id is random, so neither it nor the row order follows who answered when.
           "CREATE TABLE event_survey_responses ("
           " id INTEGER PRIMARY KEY,"
           " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
           " comment TEXT NOT NULL)",
           "CREATE INDEX event_survey_responses_event ON event_survey_responses(event_id, id)",
           // WITHOUT ROWID: a rowid would number the answers in the order they were stored.
           "CREATE TABLE event_survey_answers ("
           " response_id INTEGER NOT NULL REFERENCES event_survey_responses(id) ON DELETE CASCADE,"
           " item TEXT NOT NULL,"
           " value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),"
           " PRIMARY KEY (response_id, item)) WITHOUT ROWID",
       }},
      {12,
       "partnership handbook and email notifications",
       {
           // Each appointment of a co-chair, for the handbook's timeline, with the charter review it opened.
           "CREATE TABLE leadership_changes ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " previous_user_id INTEGER REFERENCES users(id),"
           " review_version_id INTEGER REFERENCES charter_versions(id) ON DELETE SET NULL,"
           " at INTEGER NOT NULL)",
           "CREATE INDEX leadership_changes_district ON leadership_changes(district_id, at)",
           // Who is asked to read the handbook (a new co-chair), and when they did.
           "CREATE TABLE handbook_readers ("
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " assigned_at INTEGER NOT NULL,"
           " read_at INTEGER,"
           " PRIMARY KEY (district_id, user_id))",
           // A kind of notification a person turned off (or back on); no row: on.
           "CREATE TABLE notification_preferences ("
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " kind TEXT NOT NULL,"
           " enabled INTEGER NOT NULL,"
           " PRIMARY KEY (user_id, kind))",
           // One row per person and day, claimed before sending, so that no digest goes out twice.
           "CREATE TABLE notification_digests ("
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " day TEXT NOT NULL,"
           " status TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'empty')),"
           " attempts INTEGER NOT NULL DEFAULT 0,"
           " claimed_at INTEGER NOT NULL,"
           " finished_at INTEGER,"
           " error TEXT NOT NULL DEFAULT '',"
           " PRIMARY KEY (user_id, day))",
           "CREATE INDEX notification_digests_day ON notification_digests(day, status)",
       }},
      {13,
       "the network's own audit log; practices searched by word stems",
       {
           // "mentor" finds "mentoring" and "mentors": the words are indexed by their stems.
           "DROP TABLE practice_search",
           "CREATE VIRTUAL TABLE practice_search USING fts5(title, summary, body, problem, tags,"
           " tokenize = 'porter unicode61 remove_diacritics 0')",
           "INSERT INTO practice_search (rowid, title, summary, body, problem, tags) "
           "SELECT p.id, p.title, p.summary, p.body, p.problem, "
           "COALESCE((SELECT group_concat(t.tag, ' ') FROM practice_tags t WHERE t.practice_id = p.id), '') "
           "FROM practices p",
           // Writes to what every district shares: events, their organizers and sessions, the directory.
           // No actor: the command line.
           "CREATE TABLE network_audit_log ("
           " id INTEGER PRIMARY KEY,"
           " actor_id INTEGER REFERENCES users(id),"
           " at INTEGER NOT NULL,"
           " action TEXT NOT NULL,"
           " subject_type TEXT NOT NULL,"
           " subject_id INTEGER NOT NULL,"
           " details TEXT NOT NULL)",
       }},
      {14,
       "people following practices of the library",
       {
           // Following is personal: one row per person and practice, kept while the practice goes back
           // to draft and is published again, which is what its followers are told of.
           "CREATE TABLE practice_follows ("
           " practice_id INTEGER NOT NULL REFERENCES practices(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " followed_at INTEGER NOT NULL,"
           " PRIMARY KEY (practice_id, user_id))",
           "CREATE INDEX practice_follows_user ON practice_follows(user_id, practice_id)",
       }},
      {15,
       "survey answers: no audit entry says who answered, nor when",
       {
           // Each entry named a respondent and the second they answered; beside two readings of the
           // results, that was their answers. The answers themselves never carried the person.
           "DELETE FROM audit_log WHERE action IN ('climate_survey.respond', 'network_survey.respond')",
       }},
       {16,
       "accounts: one row per throttle key, locked while a password attempt is counted",
       {
           // Counting a key's failures and recording the next attempt happen under this row's lock, so
           // concurrent guesses cannot all read the same count and pass the limit together.
           "CREATE TABLE throttle_keys ("
           " throttle_key TEXT PRIMARY KEY,"
           " locked_at INTEGER NOT NULL)",
           "CREATE INDEX invitations_email ON invitations(email, used_at)",
       }},
      {17,
       "a national network: a district's newest published practices, districts by NCES id, and a version of the districts' profiles",
       {
           // Peers list each neighbour's newest published practices: one short walk per district.
           "CREATE INDEX practices_district_published ON practices(district_id, state, published_at DESC, id DESC)",
           // The directory import finds each district by its NCES id.
           "CREATE INDEX districts_nces ON districts(nces_id)",
           // Ending idle sessions, and the imports a stopped server left running, without reading every row.
           "CREATE INDEX sessions_seen ON sessions(last_seen_at)",
           "CREATE INDEX import_jobs_running ON import_jobs(status, started_at)",
           // Any change to what a district's profile is made of (the district's own figures, or its
           // demographics) moves this number on, so a reader may keep the profiles it read at one number.
           "CREATE TABLE profile_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
           "INSERT INTO profile_version (id, version) VALUES (1, 0)",
           "CREATE TRIGGER districts_profile_insert AFTER INSERT ON districts BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
           "CREATE TRIGGER districts_profile_delete AFTER DELETE ON districts BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
           "CREATE TRIGGER districts_profile_update AFTER UPDATE OF name, state, enrollment, low_income_pct, "
           "english_learners_pct, minority_pct ON districts BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
           "CREATE TRIGGER demographics_profile_insert AFTER INSERT ON demographics BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
           "CREATE TRIGGER demographics_profile_delete AFTER DELETE ON demographics BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
           "CREATE TRIGGER demographics_profile_update AFTER UPDATE ON demographics BEGIN "
           "UPDATE profile_version SET version = version + 1; END",
       }},
      {18,
       "a version of what each district's outcome charts are made of",
       {
           // Moved on by any change to a district's values, metrics, schools, name, adopted decisions,
           // charter versions, bodies or seats (the seats decide which confidential decisions a viewer
           // sees), so a server may keep a chart it wrote at one version and send it again.
           "CREATE TABLE chart_versions ("
           " district_id INTEGER PRIMARY KEY REFERENCES districts(id) ON DELETE CASCADE,"
           " version INTEGER NOT NULL)",
           "INSERT INTO chart_versions (district_id, version) SELECT id, 0 FROM districts",
           "CREATE TRIGGER districts_chart_insert AFTER INSERT ON districts BEGIN "
           "INSERT INTO chart_versions (district_id, version) VALUES (NEW.id, 0); END",
           "CREATE TRIGGER districts_chart_update AFTER UPDATE OF name, state ON districts BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.id; END",
           "CREATE TRIGGER metric_values_chart_insert AFTER INSERT ON metric_values BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER metric_values_chart_update AFTER UPDATE ON metric_values BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER metric_values_chart_delete AFTER DELETE ON metric_values BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER metrics_chart_insert AFTER INSERT ON metrics BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER metrics_chart_update AFTER UPDATE ON metrics BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER metrics_chart_delete AFTER DELETE ON metrics BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER schools_chart_insert AFTER INSERT ON schools BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER schools_chart_update AFTER UPDATE ON schools BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER schools_chart_delete AFTER DELETE ON schools BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER charter_versions_chart_insert AFTER INSERT ON charter_versions BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER charter_versions_chart_update AFTER UPDATE ON charter_versions BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER charter_versions_chart_delete AFTER DELETE ON charter_versions BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER decisions_chart_insert AFTER INSERT ON decisions BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER decisions_chart_update AFTER UPDATE ON decisions "
           "WHEN OLD.status IS NOT NEW.status OR OLD.title IS NOT NEW.title "
           "OR OLD.effective_at IS NOT NEW.effective_at OR OLD.closed_at IS NOT NEW.closed_at "
           "OR OLD.confidential IS NOT NEW.confidential OR OLD.body_id IS NOT NEW.body_id BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER decisions_chart_delete AFTER DELETE ON decisions BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER bodies_chart_update AFTER UPDATE OF name ON bodies BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = NEW.district_id; END",
           "CREATE TRIGGER bodies_chart_delete AFTER DELETE ON bodies BEGIN "
           "UPDATE chart_versions SET version = version + 1 WHERE district_id = OLD.district_id; END",
           "CREATE TRIGGER body_members_chart_insert AFTER INSERT ON body_members BEGIN "
           "UPDATE chart_versions SET version = version + 1 "
           "WHERE district_id = (SELECT district_id FROM bodies WHERE id = NEW.body_id); END",
           "CREATE TRIGGER body_members_chart_update AFTER UPDATE ON body_members BEGIN "
           "UPDATE chart_versions SET version = version + 1 "
           "WHERE district_id = (SELECT district_id FROM bodies WHERE id = NEW.body_id); END",
           "CREATE TRIGGER body_members_chart_delete AFTER DELETE ON body_members BEGIN "
           "UPDATE chart_versions SET version = version + 1 "
           "WHERE district_id = (SELECT district_id FROM bodies WHERE id = OLD.body_id); END",
       }},
      {19,
       "a version of what practice searches read",
       {
           // Moved on by any change to a practice, its tags, evidence or adoptions, to a district's
           // name, state or size, or to who is a member of which district (members find its drafts),
           // so a server may keep a search's answer it wrote at one version and send it again.
           "CREATE TABLE practice_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
           "INSERT INTO practice_version (id, version) VALUES (1, 0)",
           "CREATE TRIGGER practices_search_insert AFTER INSERT ON practices BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practices_search_update AFTER UPDATE ON practices BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practices_search_delete AFTER DELETE ON practices BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_tags_search_insert AFTER INSERT ON practice_tags BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_tags_search_update AFTER UPDATE ON practice_tags BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_tags_search_delete AFTER DELETE ON practice_tags BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_evidence_search_insert AFTER INSERT ON practice_evidence BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_evidence_search_update AFTER UPDATE ON practice_evidence BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_evidence_search_delete AFTER DELETE ON practice_evidence BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_adoptions_search_insert AFTER INSERT ON practice_adoptions BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_adoptions_search_update AFTER UPDATE ON practice_adoptions BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER practice_adoptions_search_delete AFTER DELETE ON practice_adoptions BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER districts_search_update AFTER UPDATE OF name, state, enrollment ON districts BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER districts_search_delete AFTER DELETE ON districts BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER memberships_search_insert AFTER INSERT ON memberships BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER memberships_search_update AFTER UPDATE ON memberships BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
           "CREATE TRIGGER memberships_search_delete AFTER DELETE ON memberships BEGIN "
           "UPDATE practice_version SET version = version + 1; END",
       }},
      {20,
       "discussion: comments on issues, proposals, meetings and communications, and whom they mention",
       {
           "CREATE TABLE comments ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " subject_type TEXT NOT NULL CHECK (subject_type IN ('issue', 'decision', 'meeting', 'communication')),"
           " subject_id INTEGER NOT NULL,"
           " author_id INTEGER NOT NULL REFERENCES users(id),"
           " text TEXT NOT NULL,"
           " created_at INTEGER NOT NULL,"
           " edited_at INTEGER,"
           " deleted_at INTEGER,"
           " deleted_by INTEGER REFERENCES users(id))",
           "CREATE INDEX comments_thread ON comments(district_id, subject_type, subject_id, id)",
           "CREATE TABLE comment_mentions ("
           " comment_id INTEGER NOT NULL REFERENCES comments(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " PRIMARY KEY (comment_id, user_id))",
           "CREATE INDEX comment_mentions_user ON comment_mentions(user_id, comment_id)",
       }},
      {21,
       "who moves an issue on: each body's rule, and each side's word that it is ready",
       {
           // Bodies made before this rule keep what they had: any member moves an issue on.
           "ALTER TABLE bodies ADD COLUMN advance_rule TEXT NOT NULL DEFAULT 'any_member' "
           "CHECK (advance_rule IN ('both_sides', 'any_member'))",
           "CREATE TABLE issue_ready ("
           " issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,"
           " district_id INTEGER NOT NULL,"
           " body_id INTEGER NOT NULL,"
           " step TEXT NOT NULL,"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " at INTEGER NOT NULL,"
           " PRIMARY KEY (issue_id, step, side))",
           // What waits for a side, found from the bodies a person sits on.
           "CREATE INDEX issue_ready_body ON issue_ready(district_id, body_id)",
       }},
      {22,
       "the notification centre: what reached each person, each kind's delivery, and the emails sent at once",
       {
           // One row per person told of something; the words are read at read time, under access.
           "CREATE TABLE notifications ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
           " kind TEXT NOT NULL,"
           " subject_type TEXT NOT NULL CHECK (subject_type IN ('issue', 'decision', 'meeting', 'communication', 'charter')),"
           " subject_id INTEGER NOT NULL,"
           " actor_id INTEGER REFERENCES users(id) ON DELETE SET NULL,"
           " created_at INTEGER NOT NULL,"
           " read_at INTEGER)",
           // A person's list newest first, and their unread count, each one walk of an index.
           "CREATE INDEX notifications_user ON notifications(user_id, id)",
           "CREATE INDEX notifications_unread ON notifications(user_id) WHERE read_at IS NULL",
           // digest (the default), immediately (an email at once) or off; NULL: as `enabled` says.
           "ALTER TABLE notification_preferences ADD COLUMN delivery TEXT "
           "CHECK (delivery IN ('digest', 'immediately', 'off'))",
           // An email to send at once, written with its notification and claimed before sending, so
           // that no server sends it twice.
           "CREATE TABLE notification_emails ("
           " notification_id INTEGER PRIMARY KEY REFERENCES notifications(id) ON DELETE CASCADE,"
           " status TEXT NOT NULL CHECK (status IN ('waiting', 'sending', 'sent', 'failed', 'dropped')),"
           " attempts INTEGER NOT NULL DEFAULT 0,"
           " claimed_at INTEGER,"
           " finished_at INTEGER,"
           " error TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX notification_emails_waiting ON notification_emails(status, notification_id)",
        }},
      {23,
       "work done by a rule rather than a person (a proposal closing by its rule) is logged with no actor",
       {
           // SQLite cannot drop a NOT NULL in place: the log is copied into a table that allows it.
           "CREATE TABLE audit_log_new ("
           " id INTEGER PRIMARY KEY,"
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " actor_id INTEGER REFERENCES users(id),"
           " at INTEGER NOT NULL,"
           " action TEXT NOT NULL,"
           " subject_type TEXT NOT NULL,"
           " subject_id INTEGER NOT NULL,"
           " details TEXT NOT NULL)",
           "INSERT INTO audit_log_new (id, district_id, actor_id, at, action, subject_type, subject_id, details) "
           "SELECT id, district_id, actor_id, at, action, subject_type, subject_id, details FROM audit_log",
           "DROP TABLE audit_log",
           "ALTER TABLE audit_log_new RENAME TO audit_log",
           "CREATE INDEX audit_log_district ON audit_log(district_id, id)",
       }},
      {24,
       "the district home finds the overdue action items without reading the finished ones",
       {
           "CREATE INDEX action_items_open_due ON action_items(district_id, due_date) "
           "WHERE status IN ('open', 'in_progress')",
       }},
      {25,
       "a district's issues counted by step as they change, for the district home and the issue list",
       {
           // One row per district, step, confidentiality and body, kept by the triggers below in the same
           // transaction as the change to the issue: the counts read a few rows where they walked every
           // issue of the district, whose number only grows (bench/README.md, "After the ninth round").
           "CREATE TABLE issue_step_counts ("
           " district_id INTEGER NOT NULL REFERENCES districts(id) ON DELETE CASCADE,"
           " step TEXT NOT NULL,"
           " confidential INTEGER NOT NULL,"
           " body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,"
           " n INTEGER NOT NULL,"
           " PRIMARY KEY (district_id, step, confidential, body_id))",
           "INSERT INTO issue_step_counts (district_id, step, confidential, body_id, n) "
           "SELECT district_id, step, confidential, body_id, COUNT(*) FROM issues "
           "GROUP BY district_id, step, confidential, body_id",
           "CREATE TRIGGER issues_count_insert AFTER INSERT ON issues BEGIN "
           "INSERT INTO issue_step_counts (district_id, step, confidential, body_id, n) "
           "VALUES (NEW.district_id, NEW.step, NEW.confidential, NEW.body_id, 1) "
           "ON CONFLICT (district_id, step, confidential, body_id) DO UPDATE SET n = n + 1; END",
           "CREATE TRIGGER issues_count_delete AFTER DELETE ON issues BEGIN "
           "UPDATE issue_step_counts SET n = n - 1 WHERE district_id = OLD.district_id AND step = OLD.step "
           "AND confidential = OLD.confidential AND body_id = OLD.body_id; END",
           "CREATE TRIGGER issues_count_update AFTER UPDATE OF district_id, step, confidential, body_id ON issues "
           "WHEN OLD.district_id IS NOT NEW.district_id OR OLD.step IS NOT NEW.step "
           "OR OLD.confidential IS NOT NEW.confidential OR OLD.body_id IS NOT NEW.body_id BEGIN "
           "UPDATE issue_step_counts SET n = n - 1 WHERE district_id = OLD.district_id AND step = OLD.step "
           "AND confidential = OLD.confidential AND body_id = OLD.body_id; "
           "INSERT INTO issue_step_counts (district_id, step, confidential, body_id, n) "
           "VALUES (NEW.district_id, NEW.step, NEW.confidential, NEW.body_id, 1) "
           "ON CONFLICT (district_id, step, confidential, body_id) DO UPDATE SET n = n + 1; END",
       }},
      {26,
       "a district's audit log read from its index alone",
       {
           // The audit page reads a district's latest entries. Their rows lie among every other
           // district's, one table lookup each; this index holds every column, in the district's order,
           // so a page is one sweep of it (bench/README.md, "After the eleventh round").
           "CREATE INDEX audit_log_page ON audit_log(district_id, id, actor_id, at, action, subject_type, "
           "subject_id, details)",
           "DROP INDEX audit_log_district",
       }},
      {27,
       "a decision's stances kept together, by decision and person",
       {
           // Read on every view of a decision. As a table by row id, each stance was one more lookup
           // among every decision's stances; kept by (decision, person), a decision's stances lie
           // together and are read in one sweep (bench/README.md, "After the eleventh round"). Their
           // row id was never read.
           "CREATE TABLE decision_stances_new ("
           " decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,"
           " user_id INTEGER NOT NULL REFERENCES users(id),"
           " side TEXT NOT NULL CHECK (side IN ('labor', 'management')),"
           " stance TEXT NOT NULL CHECK (stance IN ('agree', 'stand_aside', 'block', 'abstain')),"
           " vote INTEGER,"
           " reason TEXT NOT NULL DEFAULT '',"
           " at INTEGER NOT NULL,"
           " PRIMARY KEY (decision_id, user_id)) WITHOUT ROWID",
           "INSERT INTO decision_stances_new (decision_id, user_id, side, stance, vote, reason, at) "
           "SELECT decision_id, user_id, side, stance, vote, reason, at FROM decision_stances",
           "DROP TABLE decision_stances",
           "ALTER TABLE decision_stances_new RENAME TO decision_stances",
       }},
  };
  return migrations;
}

}  // namespace accord::store
