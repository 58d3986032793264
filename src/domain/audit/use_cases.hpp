#pragma once
#include <nlohmann/json.hpp>

#include "domain/account/use_cases.hpp"
#include "domain/audit/audit.hpp"

namespace accord::domain {

// Records one write inside the transaction that makes it.
Result<void> audit(Transaction& tx, long long districtId, const Caller& caller, std::string action,
                   std::string subjectType, long long subjectId, const nlohmann::json& details, UnixSeconds now);

// Records one write that a rule made rather than a person (a proposal closing once its deadline
// passed or its outcome can no longer change): the entry has no actor, whoever's request set it off.
Result<void> auditByRule(Transaction& tx, long long districtId, std::string action, std::string subjectType,
                         long long subjectId, const nlohmann::json& details, UnixSeconds now);

// The details of a write about a subject confidential to a body (a confidential issue or decision,
// an agenda item linked to one): marked with the body, and without the words (title, text,
// description, name), which the audit log never carries for such a subject. listAudit() shows even
// the rest only to the body's members.
nlohmann::json confidentialDetails(long long bodyId, nlohmann::json details);

// Records one write to what the whole network shares (events, the district directory); `actor`
// null: the command line.
Result<void> auditNetwork(Transaction& tx, const User* actor, std::string action, std::string subjectType,
                          long long subjectId, const nlohmann::json& details, UnixSeconds now);

// For co-chairs of any body and the district's leaders; newest first. An entry about a subject
// confidential to a body (marked by confidentialDetails(), or a confidential issue or decision, or
// an agenda item linked to one, an action item following one) shows a reader outside the body only
// its ids, and no subject title.
Result<Page<AuditEntry>> listAudit(Store& store, const Caller& caller, long long districtId, long long cursor,
                                   int limit);

// The network's log, for the installation's administrators; newest first.
Result<Page<AuditEntry>> listNetworkAudit(Store& store, const Caller& caller, long long cursor, int limit);

}  // namespace accord::domain
