#pragma once
// Passwords, tokens and hashes, all through libsodium.
#include <string>
#include <string_view>

namespace accord::crypto {

// Must be called once before any other function here.
void initialize();

// Argon2id, in libsodium's self-describing string form.
// The Argon2id cost of new password hashes (a hash carries its own cost, so verifying follows it). Always
// kInteractive in the server; the in-process API tests, which create thousands of accounts, choose kMinimal:
// the same algorithm and code at its smallest cost.
enum class PasswordCost { kInteractive, kMinimal };
void setPasswordCost(PasswordCost cost);
std::string hashPassword(std::string_view password);
bool verifyPassword(std::string_view password, const std::string& hash);

// A random 256-bit token, base64url without padding.
std::string randomToken();
// A random hex string of `bytes` bytes (used for request ids).
std::string randomHex(std::size_t bytes);
// SHA-256 of `text`, lower-case hex: how tokens are stored.
std::string sha256Hex(std::string_view text);
// SHA-256 of `first` followed by `second`, without joining them first.
std::string sha256Hex(std::string_view first, std::string_view second);
// Compares in time independent of where the strings differ.
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace accord::crypto
