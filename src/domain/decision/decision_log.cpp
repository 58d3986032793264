#include "domain/decision/decision_log.hpp"

#include <fmt/format.h>

#include "common/crypto.hpp"

namespace accord::domain {

std::string canonicalJson(const nlohmann::json& value) { return value.dump(); }

std::string chainHash(const std::string& prevHash, const std::string& canonicalEntry) {
  return crypto::sha256Hex(prevHash + canonicalEntry);
}

std::string contentHash(const std::string& canonicalEntry) { return crypto::sha256Hex(canonicalEntry); }

std::string sealedChainHash(const std::string& prevHash, const std::string& canonicalEntry) {
  return chainHash(prevHash, contentHash(canonicalEntry));
}

bool isSealed(const nlohmann::json& entry) {
  return entry.is_object() && entry.contains("sealed") && entry["sealed"] == true;
}

ChainCheck verifyChain(const std::vector<LogEntry>& entries) {
  ChainCheck check;
  std::string prev = kGenesisHash;
  long long expected = 1;
  auto fail = [&](const LogEntry& e, std::string reason) {
    check.ok = false;
    check.firstBadSeq = e.seq;
    check.reason = std::move(reason);
    return check;
  };
  for (const auto& e : entries) {
    ++check.entries;
    if (e.seq != expected) return fail(e, fmt::format("expected entry {} here; an entry is missing", expected));
    if (e.prevHash != prev) return fail(e, "its previous hash does not match the entry before it");
    auto parsed = nlohmann::json::parse(e.entry, nullptr, false);
    std::string expectedHash = isSealed(parsed) ? sealedChainHash(prev, e.entry) : chainHash(prev, e.entry);
    if (expectedHash != e.hash) return fail(e, "its content does not match its hash");
    if (parsed.is_discarded() || canonicalJson(parsed) != e.entry) return fail(e, "it is not canonical JSON");
    if (parsed.value("seq", 0LL) != e.seq || parsed.value("decision_id", 0LL) != e.decisionId)
      return fail(e, "its sequence number or decision does not match its content");
    prev = e.hash;
    ++expected;
  }
  check.headHash = prev;
  return check;
}

}  // namespace accord::domain
