#include "domain/decision/decision_log.hpp"

#include <fmt/format.h>

#include "common/crypto.hpp"

namespace accord::domain {

namespace {

// Reads one entry as canonicalJson() writes it, in a single pass and without building a document.
// It only ever accepts what parsing and writing the entry again would give back byte for byte; where
// it cannot be sure (a number with a fraction or an exponent, an escape in a key, very deep nesting)
// it gives up and the caller parses the entry.
class CanonicalReader {
 public:
  explicit CanonicalReader(std::string_view text) : s_(text) {}

  std::optional<EntryFacts> read() {
    EntryFacts facts;
    if (!object(0, &facts) || at_ != s_.size()) return std::nullopt;
    return facts;
  }

 private:
  static constexpr int kMaxDepth = 64;

  bool peek(char c) const { return at_ < s_.size() && s_[at_] == c; }
  bool take(char c) {
    if (!peek(c)) return false;
    ++at_;
    return true;
  }
  bool word(std::string_view w) {
    if (s_.substr(at_, w.size()) != w) return false;
    at_ += w.size();
    return true;
  }

  bool value(int depth) {
    if (at_ >= s_.size()) return false;
    switch (s_[at_]) {
      case '{': return object(depth + 1, nullptr);
      case '[': return array(depth + 1);
      case '"': return string(nullptr);
      case 't': return word("true");
      case 'f': return word("false");
      case 'n': return word("null");
      default: return integer(nullptr);
    }
  }

  // The top-level object (facts set) records seq, decision_id and sealed.
  bool object(int depth, EntryFacts* facts) {
    if (depth > kMaxDepth || !take('{')) return false;
    if (take('}')) return true;
    std::string_view previous;
    for (bool first = true;; first = false) {
      std::string_view key;
      if (!string(&key) || (!first && !(previous < key)) || !take(':')) return false;
      previous = key;
      if (facts && (key == "seq" || key == "decision_id")) {
        if (!integer(key == "seq" ? &facts->seq : &facts->decisionId)) return false;
      } else if (facts && key == "sealed") {
        facts->sealed = word("true");
        if (!facts->sealed && !value(depth)) return false;
      } else if (!value(depth)) {
        return false;
      }
      if (take('}')) return true;
      if (!take(',')) return false;
    }
  }

  bool array(int depth) {
    if (depth > kMaxDepth || !take('[')) return false;
    if (take(']')) return true;
    for (;;) {
      if (!value(depth)) return false;
      if (take(']')) return true;
      if (!take(',')) return false;
    }
  }

  // A whole number of at most 18 digits, written as the writer writes it (no "-0", no leading zeros).
  bool integer(long long* out) {
    bool negative = take('-');
    std::size_t digits = at_;
    while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9') ++at_;
    std::size_t count = at_ - digits;
    if (count == 0 || count > 18 || (s_[digits] == '0' && (count > 1 || negative))) return false;
    if (at_ < s_.size() && (s_[at_] == '.' || s_[at_] == 'e' || s_[at_] == 'E')) return false;
    if (out) {
      long long n = 0;
      for (std::size_t i = digits; i < at_; ++i) n = n * 10 + (s_[i] - '0');
      *out = negative ? -n : n;
    }
    return true;
  }

  // A string as the writer escapes it: only '"', '\\' and control characters, the usual ones by their
  // short names and the rest as \u00xx; anything else as its UTF-8 bytes, which must be valid. A key
  // (key set) must have no escapes, so that its bytes are what is compared for the order of keys.
  bool string(std::string_view* key) {
    if (!take('"')) return false;
    std::size_t start = at_;
    while (at_ < s_.size()) {
      auto c = static_cast<unsigned char>(s_[at_]);
      if (c == '"') {
        if (key) *key = s_.substr(start, at_ - start);
        ++at_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        if (key || !escape()) return false;
      } else if (c < 0x80) {
        ++at_;
      } else if (!utf8()) {
        return false;
      }
    }
    return false;
  }

  bool escape() {
    if (at_ + 1 >= s_.size()) return false;
    char e = s_[at_ + 1];
    if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
      at_ += 2;
      return true;
    }
    // \u00xx, lower-case, for a control character without a short name.
    if (e != 'u' || at_ + 6 > s_.size() || s_.substr(at_ + 2, 2) != "00") return false;
    auto hex = [](char h) { return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1; };
    int high = hex(s_[at_ + 4]), low = hex(s_[at_ + 5]);
    if (high < 0 || high > 1 || low < 0) return false;
    int code = high * 16 + low;
    if (code == '\b' || code == '\f' || code == '\n' || code == '\r' || code == '\t') return false;
    at_ += 6;
    return true;
  }

  // One well-formed UTF-8 sequence of two to four bytes (no overlong forms, no surrogates).
  bool utf8() {
    auto byte = [&](std::size_t i) { return i < s_.size() ? static_cast<unsigned char>(s_[i]) : 0u; };
    unsigned lead = byte(at_);
    int length;
    unsigned low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) length = 3, low = 0xA0;
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) length = 3, high = 0x9F;
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) length = 4, low = 0x90;
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) length = 4, high = 0x8F;
    else return false;
    unsigned second = byte(at_ + 1);
    if (second < low || second > high) return false;
    for (int i = 2; i < length; ++i)
      if (byte(at_ + i) < 0x80 || byte(at_ + i) > 0xBF) return false;
    at_ += length;
    return true;
  }

  std::string_view s_;
  std::size_t at_ = 0;
};

}  // namespace

std::optional<EntryFacts> readCanonicalEntry(std::string_view text) { return CanonicalReader(text).read(); }

std::string canonicalJson(const nlohmann::json& value) { return value.dump(); }

std::string chainHash(const std::string& prevHash, const std::string& canonicalEntry) {
  return crypto::sha256Hex(prevHash, canonicalEntry);
}

std::string contentHash(const std::string& canonicalEntry) { return crypto::sha256Hex(canonicalEntry); }

std::string sealedChainHash(const std::string& prevHash, const std::string& canonicalEntry) {
  return chainHash(prevHash, contentHash(canonicalEntry));
}

bool isSealed(const nlohmann::json& entry) {
  return entry.is_object() && entry.contains("sealed") && entry["sealed"] == true;
}

bool ChainVerifier::fail(const LogEntry& e, std::string reason) {
  check_.ok = false;
  check_.firstBadSeq = e.seq;
  check_.reason = std::move(reason);
  return false;
}

bool ChainVerifier::add(const LogEntry& e) {
  if (!check_.ok) return false;
  ++check_.entries;
  if (e.seq != expected_) return fail(e, fmt::format("expected entry {} here; an entry is missing", expected_));
  if (e.prevHash != prev_) return fail(e, "its previous hash does not match the entry before it");
  // Nearly every entry is read in one pass; only one the fast reader is unsure of is parsed.
  std::optional<EntryFacts> facts = readCanonicalEntry(e.entry);
  bool canonical = facts.has_value();
  if (!facts) {
    auto parsed = nlohmann::json::parse(e.entry, nullptr, false);
    canonical = !parsed.is_discarded() && canonicalJson(parsed) == e.entry;
    auto whole = [&](const char* key) {
      auto it = parsed.is_object() ? parsed.find(key) : parsed.end();
      return it != parsed.end() && it->is_number_integer() ? it->get<long long>() : 0LL;
    };
    facts = EntryFacts{whole("seq"), whole("decision_id"), isSealed(parsed)};
  }
  std::string expectedHash = facts->sealed ? sealedChainHash(prev_, e.entry) : chainHash(prev_, e.entry);
  if (expectedHash != e.hash) return fail(e, "its content does not match its hash");
  if (!canonical) return fail(e, "it is not canonical JSON");
  if (facts->seq != e.seq || facts->decisionId != e.decisionId)
    return fail(e, "its sequence number or decision does not match its content");
  prev_ = e.hash;
  ++expected_;
  return true;
}

ChainCheck ChainVerifier::finish() {
  if (check_.ok) check_.headHash = prev_;
  return check_;
}

ChainCheck verifyChain(const std::vector<LogEntry>& entries) {
  ChainVerifier verifier;
  for (const auto& e : entries)
    if (!verifier.add(e)) break;
  return verifier.finish();
}

}  // namespace accord::domain
