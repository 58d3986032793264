#pragma once
// The decision log: append-only and tamper-evident, one chain per district. Each entry is the
// canonical JSON of a closed decision (sorted keys, no spaces) with its sequence number, and its
// hash is SHA-256(previous hash ‖ entry); the first entry follows 64 zeros. Rewriting any entry
// breaks its own hash or the link from the next one, which verification finds.
//
// A confidential decision's entry is *sealed*: it carries `"sealed": true` and a random salt, and
// is chained through its content hash instead, SHA-256(previous hash ‖ SHA-256(entry)). Every
// member of the district reads the log, but only the body's members read a sealed entry's content;
// everyone else gets its content hash, which is enough to check the link, and which the salt keeps
// from being found by trying likely contents (a tally, an article number).
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

inline const std::string kGenesisHash(64, '0');

struct LogEntry {
  long long id = 0;
  long long districtId = 0;
  long long seq = 0;  // 1, 2, 3 … within the district
  long long decisionId = 0;
  std::string entry;  // canonical JSON
  std::string prevHash;
  std::string hash;
};

class DecisionLogRepository {
 public:
  virtual ~DecisionLogRepository() = default;
  // kConflict when another entry took the same sequence number first.
  virtual Result<void> append(const LogEntry& entry) = 0;
  virtual Result<std::optional<LogEntry>> last(long long districtId) = 0;
  // In order of sequence, starting after `afterId`.
  virtual Result<Page<LogEntry>> list(long long districtId, long long afterId, int limit) = 0;
  // Hands every entry to `visit`, in order of sequence, until it returns false. The entry is only
  // valid during the call (a district's log may hold a million entries: they are not all kept).
  virtual Result<void> each(long long districtId, const std::function<bool(const LogEntry&)>& visit) = 0;
  // Every district with at least one entry, by id.
  virtual Result<std::vector<long long>> districts() = 0;
};

// An entry as one reader may see it.
struct LogEntryView {
  LogEntry entry;           // `entry.entry` is empty when withheld
  bool sealed = false;      // chained through its content hash
  bool withheld = false;    // a confidential decision's, and the reader is not in its body
  std::string contentHash;  // SHA-256 of the canonical entry
};

// nlohmann dump: keys sorted (its objects are ordered maps), no spaces.
std::string canonicalJson(const nlohmann::json& value);
std::string chainHash(const std::string& prevHash, const std::string& canonicalEntry);
std::string contentHash(const std::string& canonicalEntry);
// The hash of a sealed entry: chainHash() over its content hash.
std::string sealedChainHash(const std::string& prevHash, const std::string& canonicalEntry);
bool isSealed(const nlohmann::json& entry);

struct ChainCheck {
  bool ok = true;
  long long entries = 0;
  std::optional<long long> firstBadSeq;  // the first entry that does not match
  std::string reason;
  std::string headHash;  // the last entry's hash: keep a copy to detect a rewrite of the whole chain
};
// What verification reads from an entry's content.
struct EntryFacts {
  long long seq = 0;         // "seq", 0 when absent
  long long decisionId = 0;  // "decision_id", 0 when absent
  bool sealed = false;       // "sealed": true
};
// The facts of an entry that is exactly what canonicalJson() writes for it, read in one pass without
// building a document; nullopt when it is not, or when this reader cannot be sure (a number with a
// fraction, an escape in a key), and the entry must be parsed to tell.
std::optional<EntryFacts> readCanonicalEntry(std::string_view text);

// Recomputes the chain from the first entry, given one entry at a time in order of sequence.
class ChainVerifier {
 public:
  // False once an entry does not match: the check is then settled.
  bool add(const LogEntry& entry);
  ChainCheck finish();

 private:
  bool fail(const LogEntry& entry, std::string reason);
  ChainCheck check_;
  std::string prev_ = kGenesisHash;
  long long expected_ = 1;
};

// The same over a whole chain.
ChainCheck verifyChain(const std::vector<LogEntry>& entries);

}  // namespace accord::domain
