#include "common/crypto.hpp"

#include <sodium.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace accord::crypto {

void initialize() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialize");
}

namespace {
std::atomic<PasswordCost> passwordCost{PasswordCost::kInteractive};
}  // namespace

void setPasswordCost(PasswordCost cost) { passwordCost = cost; }

std::string hashPassword(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  // The interactive limits keep a login near a tenth of a second on a small server.
  bool minimal = passwordCost == PasswordCost::kMinimal;
  if (crypto_pwhash_str(out, password.data(), password.size(),
                        minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return out;
}

bool verifyPassword(std::string_view password, const std::string& hash) {
  if (hash.empty()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string randomToken() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string randomHex(std::size_t bytes) {
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string out(bytes * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), raw.data(), raw.size());
  out.pop_back();
  return out;
}

std::string sha256Hex(std::string_view text) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char out[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(out, sizeof out, digest, sizeof digest);
  return out;
}

bool constantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace accord::crypto
