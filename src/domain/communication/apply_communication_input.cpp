#include "domain/communication/use_cases.hpp"

namespace accord::domain {

Result<void> applyCommunicationInput(Communication& communication, const CommunicationInput& input) {
  auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
  if (input.title) {
    if (blank(*input.title)) return invalid("title", "must not be empty");
    if (input.title->size() > 300) return invalid("title", "must be at most 300 characters");
    communication.title = *input.title;
  }
  if (input.text) {
    if (blank(*input.text)) return invalid("text", "must not be empty");
    if (input.text->size() > 50000) return invalid("text", "must be at most 50000 characters");
    communication.text = *input.text;
  }
  return Ok{};
}

}  // namespace accord::domain
