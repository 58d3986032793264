#pragma once
// Reading delimited text one line at a time: fields, numbers, and the lines of a stream.
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace accord::domain {

// Splits `line` at `delimiter` into `fields`. A field may be enclosed in double quotes, inside
// which the delimiter is text and "" is one quote. False when a quote is left open.
bool splitFields(std::string_view line, char delimiter, std::vector<std::string>& fields);

// Without the spaces (and tabs) around it.
std::string_view trimField(std::string_view text);

// "Foo Bar " -> "foo bar": how header names are compared.
std::string headerKey(std::string_view name);

enum class NumberRead { kOk, kMissing, kMalformed };
// A decimal number such as 45, 45.2 or -3.5e1. Empty, "*" (suppressed) and "N/A" are missing.
NumberRead readDecimal(std::string_view text, double& out);
// A whole number; the same missing marks.
NumberRead readWhole(std::string_view text, long long& out);

// The lines of a stream, without their line endings (\n or \r\n) and without a UTF-8 byte order
// mark before the first. Counts the bytes consumed, for progress.
class LineReader {
 public:
  explicit LineReader(std::istream& in) : in_(in) {}
  // False at the end of the stream (check failed() to tell an end from an error).
  bool next(std::string& line);
  long long lineNumber() const { return lineNumber_; }
  long long bytesRead() const { return bytesRead_; }
  // Whether reading stopped on an I/O error rather than at the end.
  bool failed() const { return in_.bad(); }

 private:
  std::istream& in_;
  long long lineNumber_ = 0;
  long long bytesRead_ = 0;
};

}  // namespace accord::domain
