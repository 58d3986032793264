#pragma once
// Joint communications. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/communication/communication.hpp"
#include "domain/communication/policy.hpp"

namespace accord::domain {

struct CommunicationInput {
  std::optional<long long> bodyId;  // on drafting only
  std::optional<std::string> title;
  std::optional<std::string> text;
};

// A communication as one reader sees it.
struct CommunicationView {
  Communication communication;
  bool readByMe = false;
  // Who has read it: for the body's co-chairs only.
  std::optional<std::vector<CommunicationReader>> readers;
};

// Builds the view of `communication` (of `body`) for `viewerId`.
Result<CommunicationView> communicationView(Transaction& tx, const Body& body, const Communication& communication,
                                            long long viewerId);

// Checks `input` and writes its title and text into `communication`.
Result<void> applyCommunicationInput(Communication& communication, const CommunicationInput& input);

// A new draft, by a member of either side of the body.
Result<CommunicationView> draftCommunication(Store& store, const Caller& caller, long long districtId,
                                             const CommunicationInput& input, UnixSeconds now);

// Changes a draft, which drops its signatures; kConflict once published.
Result<CommunicationView> updateCommunication(Store& store, const Caller& caller, long long districtId,
                                              long long communicationId, const CommunicationInput& input,
                                              UnixSeconds now);

// Signs as one of the body's co-chairs; signing twice changes nothing; the second co-chair's signature publishes.
// After the first, the other co-chair is told in their notification centre (signature); `notified`, when
// given, learns who was told.
Result<CommunicationView> signCommunication(Store& store, const Caller& caller, long long districtId,
                                            long long communicationId, UnixSeconds now,
                                            std::vector<long long>* notified = nullptr);

// Records that the caller has read a published communication (kConflict for a draft); idempotent.
Result<CommunicationView> readCommunication(Store& store, const Caller& caller, long long districtId,
                                            long long communicationId, UnixSeconds now);

Result<CommunicationView> getCommunication(Store& store, const Caller& caller, long long districtId,
                                           long long communicationId);

// Newest first: the published ones and the drafts of the caller's bodies; `bodyId` 0 for every body.
Result<Page<CommunicationView>> listCommunications(Store& store, const Caller& caller, long long districtId,
                                                   long long bodyId, long long cursor, int limit);

}  // namespace accord::domain
