#pragma once
// Caucus notes. Each function is one use case, in a file of the same name.
#include "domain/account/use_cases.hpp"
#include "domain/caucus/caucus.hpp"
#include "domain/caucus/policy.hpp"

namespace accord::domain {

// Written in the caller's side's caucus; the audit log records only that a note was created.
Result<CaucusNote> addCaucusNote(Store& store, const Caller& caller, long long districtId,
                                 const CaucusSubject& subject, const std::string& text, UnixSeconds now);

// The notes of the caller's own side on the subject; the other side's notes are never returned.
Result<Page<CaucusNote>> listCaucusNotes(Store& store, const Caller& caller, long long districtId,
                                         const CaucusSubject& subject, long long cursor, int limit);

}  // namespace accord::domain
