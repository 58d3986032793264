#include "common/calendar_date.hpp"
#include "domain/event/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<void> applyEventInput(Event& event, const EventInput& input) {
  if (input.title) {
    ACCORD_TRY(event.title, checkText(*input.title, "title", 200));
  }
  if (input.kind) {
    if (!isEventKind(*input.kind)) return invalid("kind", "must be conference or retreat");
    event.kind = *input.kind;
  }
  if (input.startsOn) {
    if (!isIsoDate(*input.startsOn)) return invalid("starts_on", "must be a date written YYYY-MM-DD");
    event.startsOn = *input.startsOn;
  }
  if (input.endsOn) {
    if (!isIsoDate(*input.endsOn)) return invalid("ends_on", "must be a date written YYYY-MM-DD");
    event.endsOn = *input.endsOn;
  }
  if (event.endsOn < event.startsOn) return invalid("ends_on", "must not be before the first day");
  if (input.place) {
    if (input.place->size() > 200) return invalid("place", "must be at most 200 characters");
    event.place = *input.place;
  }
  if (input.description) {
    if (input.description->size() > 20000) return invalid("description", "must be at most 20000 characters");
    event.description = *input.description;
  }
  if (input.teamCapacity) {
    if (*input.teamCapacity < 1 || *input.teamCapacity > 1000)
      return invalid("team_capacity", "must be a whole number from 1 to 1000");
    event.teamCapacity = static_cast<int>(*input.teamCapacity);
  }
  if (input.pledge) {
    ACCORD_TRY(event.pledge, checkText(*input.pledge, "pledge", 5000));
  }
  if (input.registrationOpen) event.registrationOpen = *input.registrationOpen;
  return Ok{};
}

}  // namespace accord::domain
