#pragma once
// The partnership handbook. Each function is one use case, in a file of the same name.
#include <string>

#include "domain/account/use_cases.hpp"
#include "domain/body/body.hpp"
#include "domain/handbook/handbook.hpp"

namespace accord::domain {

// For every member of the district; confidential decisions only of bodies the caller sits on.
// Never anything from the caucus notes.
Result<Handbook> getHandbook(Store& store, const Caller& caller, long long districtId, UnixSeconds now);

// The handbook of a district named by id or by exact name, for the server's operator (the command
// line): it leaves out every confidential decision, as a document to hand around.
Result<Handbook> exportHandbook(Store& store, const std::string& district, UnixSeconds now);

// Records that the caller has read the handbook; kNotFound unless they are in the district.
Result<UnixSeconds> markHandbookRead(Store& store, const Caller& caller, long long districtId, UnixSeconds now);

// Inside the transaction that appoints `userId` co-chair of `body` for `side` (the body already
// carrying the new co-chair): records the appointment for the timeline, asks the newcomer to read
// the handbook, and when they replace someone opens a charter review — a draft copy of the charter
// in force for both co-chairs to sign — unless a draft is open already. Audited.
Result<void> recordLeadershipChange(Transaction& tx, const Caller& caller, const Body& body, const std::string& side,
                                    long long userId, std::optional<long long> previousUserId, UnixSeconds now);

// The handbook as one self-contained, printable HTML document (inline CSS, tables, everything
// escaped), in English or Spanish.
std::string handbookHtml(const Handbook& handbook, const std::string& locale);

}  // namespace accord::domain
