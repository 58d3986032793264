#pragma once
// The changes that live views follow, carried to every server that shares the database. A change
// says which thing changed (a channel, a topic, and a short message of kind and ids), never its
// content: each viewer fetches that under its own access checks.
#include <functional>
#include <memory>
#include <string>

namespace accord::domain {

struct Change {
  std::string channel;  // which kind of view: "meeting" or "subject"
  long long topic = 0;  // which view of that kind
  std::string message;  // a small JSON object
};

class ChangeFeed {
 public:
  using Receiver = std::function<void(const Change& change)>;
  // Called when changes may have been missed (a lost connection): every view must fetch again.
  using Gap = std::function<void()>;

  virtual ~ChangeFeed() = default;
  // Called once, before the first publish: where this server's changes (its own included) arrive.
  virtual void receive(Receiver receiver, Gap gap) = 0;
  // Passes a committed change to every server, this one included, in the order published. Never
  // waits for the network.
  virtual void publish(Change change) = 0;
};

// Within this process only: what SQLite, with its one server per database file, needs.
std::shared_ptr<ChangeFeed> localChangeFeed();

}  // namespace accord::domain
