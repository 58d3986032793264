#pragma once
// Time zones of the IANA time zone database, read from the system's compiled zone files (TZif,
// RFC 8536) under $TZDIR, or /usr/share/zoneinfo when it is not set. A zone answers two
// questions: the local time rules in force at an instant, and every change of them over a span of
// instants (what an iCalendar VTIMEZONE lists). Past the last transition a file stores, its
// footer's POSIX TZ rule gives the answer, so "slim" files and far-future years work alike.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"

namespace accord {

// The local time rules over some span of instants.
struct ZoneState {
  int offset = 0;  // seconds east of UTC
  bool isDst = false;
  std::string abbreviation;  // "CEST", "+1030"
  bool operator==(const ZoneState&) const = default;
};

// A change of offset, daylight flag or abbreviation.
struct ZoneTransition {
  UnixSeconds at = 0;    // the first instant under the new rules
  int offsetBefore = 0;  // seconds east of UTC
  int offsetAfter = 0;
  bool isDst = false;        // after the transition
  std::string abbreviation;  // after the transition
};

class TimeZone {
 public:
  // The zone described by the contents of a TZif file; nullopt unless the file is well formed,
  // counts no leap seconds (a "right/" zone keeps TAI-like time, not civil time) and its footer,
  // if any, is a TZ rule this reader understands.
  static std::optional<TimeZone> fromTzif(std::string name, std::string_view bytes);

  const std::string& name() const { return name_; }
  ZoneState stateAt(UnixSeconds at) const;
  int offsetAt(UnixSeconds at) const { return stateAt(at).offset; }

  // The transitions at instants in [from, to), in order. Instants outside years 1–9999 are
  // clamped to them.
  std::vector<ZoneTransition> transitions(UnixSeconds from, UnixSeconds to) const;

 private:
  struct Footer;  // the POSIX TZ rule for the instants after the last stored transition
  struct Stored {
    UnixSeconds at;
    int type;  // index into types_
  };

  TimeZone() = default;

  std::string name_;
  std::vector<ZoneState> types_;  // types_[0] holds before the first stored transition
  std::vector<Stored> stored_;
  std::shared_ptr<const Footer> footer_;  // null: the last stored rules hold for ever
};

// Whether `name` names a zone of the system database: one or more parts of [A-Za-z0-9_+-]
// joined by single '/', at most 64 characters, not "localtime" or "posixrules", whose file lies
// inside the database directory (after symbolic links) and is a TZif file that TimeZone reads.
bool isKnownTimeZone(std::string_view name);

// The zone `name`, or null unless isKnownTimeZone(name). Zones read once are kept for the life of
// the process and shared between threads; a tzdata upgrade is seen after a restart.
std::shared_ptr<const TimeZone> loadTimeZone(std::string_view name);

}  // namespace accord
