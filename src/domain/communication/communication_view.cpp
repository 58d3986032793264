#include "domain/communication/use_cases.hpp"

namespace accord::domain {

Result<CommunicationView> communicationView(Transaction& tx, const Body& body, const Communication& communication,
                                            long long viewerId) {
  CommunicationView view;
  view.communication = communication;
  ACCORD_TRY(view.readByMe, tx.communications().hasRead(communication.id, viewerId));
  if (body.laborCoChairId == viewerId || body.managementCoChairId == viewerId) {
    ACCORD_TRY(auto readers, tx.communications().readers(communication.id));
    view.readers = std::move(readers);
  }
  return view;
}

}  // namespace accord::domain
