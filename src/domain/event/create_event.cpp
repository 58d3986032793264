#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<Event> createEvent(Store& store, const Caller& caller, const EventInput& input,
                          const std::vector<std::string>& organizerEmails, UnixSeconds now) {
  ACCORD_CHECK(mayCreateEvent(caller.user));
  for (auto [given, field] : {std::pair{input.title.has_value(), "title"},
                              std::pair{input.startsOn.has_value(), "starts_on"},
                              std::pair{input.endsOn.has_value(), "ends_on"},
                              std::pair{input.teamCapacity.has_value(), "team_capacity"},
                              std::pair{input.pledge.has_value(), "pledge"}})
    if (!given) return invalid(field, "is required");
  Event event;
  ACCORD_CHECK(applyEventInput(event, input));
  event.createdBy = caller.user.id;
  event.createdAt = event.updatedAt = now;
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(event.id, tx->events().insert(event));
  for (const auto& email : organizerEmails) {
    auto user = tx->users().byEmail(email);
    if (!user.ok()) {
      if (user.error().code == ErrorCode::kNotFound) return invalid("organizer_emails", "no account for " + email);
      return user.takeError();
    }
    auto added = tx->events().addOrganizer(event.id, user->id);
    if (!added.ok() && added.error().code != ErrorCode::kConflict) return added.takeError();
  }
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event.create", "event", event.id,
                            {{"title", event.title}, {"organizers", organizerEmails.size()}}, now));
  ACCORD_CHECK(tx->commit());
  return event;
}

}  // namespace accord::domain
