#pragma once
// A diagnostic for operators and for the query-plan check: when the environment variable
// ACCORD_QUERY_LOG names a file, every distinct SQL statement the server runs is appended to it once,
// on one line. Nothing is written when it is unset; parameters are never written, only the SQL text.
#include <soci/soci.h>

namespace accord::store {

// Makes `sql` report its statements to the log, when there is one.
void logQueriesOf(soci::session& sql);

}  // namespace accord::store
