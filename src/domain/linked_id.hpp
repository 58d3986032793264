#pragma once
// The one error of a linked id (a meeting, issue, decision or action item named in the input) that
// names nothing the caller may link to: "not found", naming the field, whether the record is
// absent, in another district, or confidential to a body, so that an answer reveals nothing.
#include <string>

#include "common/result.hpp"

namespace accord::domain {

inline Error linkNotFound(std::string field, std::string message) {
  return {ErrorCode::kNotFound, std::move(message), std::move(field), {}};
}

}  // namespace accord::domain
