// Which mail addresses cycle accepts, in a config and on the command line (RFC 5322 subset).
#include "engine/support/mail_address.hpp"

#include <doctest/doctest.h>

#include <string>

namespace cycle {
namespace {

TEST_CASE("mail address: which addresses are accepted") {
    CHECK(is_mail_address("post@example.org"));
    CHECK(is_mail_address("Sekretariatet <post@example.org>"));
    CHECK(is_mail_address("Økonomi og plan <okonomi.plan@example.org>"));
    CHECK_FALSE(is_mail_address("post"));
    CHECK_FALSE(is_mail_address("post@localhost"));
    CHECK_FALSE(is_mail_address("a@example.org\r\nBcc: victim@example.org"));
    CHECK_FALSE(is_mail_address("\"Quoted\" <post@example.org>"));
    CHECK_FALSE(is_mail_address("Name <post@example.org"));
    // A display name a mail program would show reordered or with a control code in it.
    CHECK_FALSE(is_mail_address("Evil \u202Egro.elpmaxe <post@example.org>"));
    CHECK_FALSE(is_mail_address("Bell \u0085 <post@example.org>"));
}

TEST_CASE("mail address: one longer than any mail system takes is refused, not matched") {
    CHECK_FALSE(is_mail_address(std::string(100'000, 'a') + "@example.org"));
    CHECK_FALSE(is_mail_address("Name <" + std::string(600, 'a') + "@example.org>"));
}

TEST_CASE("mail address: a display name and its mailbox") {
    const auto named = named_address("Sekretariatet <post@example.org>");
    REQUIRE(named);
    CHECK(named->name == "Sekretariatet");
    CHECK(named->mailbox == "post@example.org");
    CHECK_FALSE(named_address("post@example.org"));
}

}  // namespace
}  // namespace cycle
