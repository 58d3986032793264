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
  };
  return migrations;
}

}  // namespace accord::store
