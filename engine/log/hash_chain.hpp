// The case log's hash chain: hash = SHA-256(prev_hash || canonical bytes of the event).
// Changing any stored field of any event changes its hash and breaks every link after it.
#pragma once

#include <string>
#include <string_view>

#include "engine/log/event.hpp"

namespace cycle {

// prev_hash of the first event: 64 zeros.
extern const std::string genesis_hash;

// The bytes that are hashed: every field but the hashes, in a fixed order, as compact JSON.
// DO NOT CHANGE: every stored chain was computed with this (format "cycle-event-v1").
std::string canonical_bytes(const Event& event);
// The same, given `details_text`, event.details as compact JSON already (verify has it: the
// stored column, checked canonical), so that it is not serialised again.
std::string canonical_bytes(const Event& event, std::string_view details_text);

// Lower-case hex SHA-256 of the previous hash (as its hex text) followed by `canonical`.
std::string chain_hash(const std::string& prev_hash, const std::string& canonical);

// Lower-case hex SHA-256 of `bytes` (e.g. a config file, stored with the event that cites it).
std::string sha256_hex(const std::string& bytes);

// Whether `text` can be stored: the canonical bytes are JSON, which must be valid UTF-8.
bool is_valid_utf8(const std::string& text);

}  // namespace cycle
