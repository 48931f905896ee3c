#include "engine/log/hash_chain.hpp"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace cycle {

const std::string genesis_hash(64, '0');

std::string canonical_bytes(const Event& event) {
    // nlohmann::json keeps object keys sorted, so `details` serialises the same way every time.
    return canonical_bytes(
        event, event.details.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict));
}

std::string canonical_bytes(const Event& event, std::string_view details_text) {
    nlohmann::json case_json;
    if (event.case_number) {
        case_json = {event.case_number->body, event.case_number->year, event.case_number->sequence};
    }
    // The array ["cycle-event-v1", seq, ..., case, details, irregular, reason], compact: the
    // fields before details and those after are dumped apart and joined around details_text.
    const nlohmann::json before = {
        "cycle-event-v1",
        event.seq,
        event.org,
        event.recorded_at,
        iso(event.effective_date),
        event.actor,
        event.kind,
        event.budget_year ? nlohmann::json(*event.budget_year) : nlohmann::json(),
        event.body,
        case_json,
    };
    const nlohmann::json after = {event.irregular, event.reason};
    const auto strict = nlohmann::json::error_handler_t::strict;
    std::string bytes = before.dump(-1, ' ', false, strict);
    bytes.back() = ',';  // the closing ']'
    bytes += details_text;
    bytes += ',';
    const std::string rest = after.dump(-1, ' ', false, strict);
    bytes.append(rest, 1);  // without the opening '['
    return bytes;
}

namespace {

// OpenSSL 3 looks SHA-256 up in its provider registry (a lock and a search) on every
// EVP_sha256() init; verify hashes every event, so the algorithm is fetched once and one context
// per thread is reused. The algorithm lives as long as the process, a context as long as
// its thread.
const EVP_MD* sha256() {
    static EVP_MD* const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (fetched == nullptr) throw std::runtime_error("OpenSSL: SHA-256 is not available");
    return fetched;
}

EVP_MD_CTX* reusable_context() {
    thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(),
                                                                                  EVP_MD_CTX_free);
    if (context == nullptr) throw std::runtime_error("OpenSSL: cannot allocate a digest context");
    return context.get();
}

}  // namespace

std::string chain_hash(const std::string& prev_hash, const std::string& canonical) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_MD_CTX* context = reusable_context();
    const bool ok = EVP_DigestInit_ex2(context, sha256(), nullptr) == 1 &&
                    EVP_DigestUpdate(context, prev_hash.data(), prev_hash.size()) == 1 &&
                    EVP_DigestUpdate(context, canonical.data(), canonical.size()) == 1 &&
                    EVP_DigestFinal_ex(context, digest, &length) == 1;
    if (!ok) throw std::runtime_error("OpenSSL: SHA-256 failed");
    static const char* const hex = "0123456789abcdef";
    std::string text;
    text.reserve(length * 2);
    for (unsigned int i = 0; i < length; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 0x0f];
    }
    return text;
}

std::string sha256_hex(const std::string& bytes) {
    return chain_hash("", bytes);
}

bool is_valid_utf8(const std::string& text) {
    try {
        (void)nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

}  // namespace cycle
