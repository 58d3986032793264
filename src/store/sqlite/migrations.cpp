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
  };
  return migrations;
}

}  // namespace accord::store
