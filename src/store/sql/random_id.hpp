#pragma once

namespace accord::store {

// A positive id below 2^62 from the system's random source, so that a response's id says
// nothing about when it was stored, nor who stored it.
long long randomResponseId();

}  // namespace accord::store
