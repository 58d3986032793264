#include "domain/audit/use_cases.hpp"
#include "domain/caucus/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<CaucusNote> addCaucusNote(Store& store, const Caller& caller, long long districtId,
                                 const CaucusSubject& subject, const std::string& text, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(CaucusAccess access, caucusAccess(*tx, districtId, subject, caller.user));
  CaucusNote note;
  note.districtId = districtId;
  note.bodyId = access.body.body.id;
  note.side = access.side;
  note.authorId = caller.user.id;
  note.subjectType = subject.type;
  note.subjectId = subject.id;
  ACCORD_TRY(note.text, checkText(text, "text", 20000));
  note.createdAt = now;
  note.authorName = caller.user.name;
  ACCORD_TRY(note.id, tx->caucus().insert(note));
  // The audit log is read across sides: it says only that a note was created.
  ACCORD_CHECK(audit(*tx, districtId, caller, "caucus_note.create", "caucus_note", note.id, nlohmann::json::object(),
                     now));
  ACCORD_CHECK(tx->commit());
  return note;
}

}  // namespace accord::domain
