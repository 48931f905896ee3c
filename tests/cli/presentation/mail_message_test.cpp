// RFC 5322 messages: addresses, encoded headers, the Date in Oslo time, CRLF.
#include "cli/presentation/mail_message.hpp"

#include <doctest/doctest.h>

#include <regex>

#include "engine/time/clock.hpp"
#include "tests/support/shipped_config.hpp"

namespace cycle {
namespace {

using testing::day;

TEST_CASE("mail: stored text cannot add a header or drive the reader's terminal") {
    MailMessage message{"post@example.org",
                        {"post@example.org"},
                        "[cycle] x\r\nBcc: victim@example.org \x1b[2J",
                        oslo_start_of_day_utc(day("2021-01-15")),
                        "title \x1b]0;owned\x07 \u202Eevil\rforged\nnext\n"};
    const std::string mail = render_mail(message);
    const auto start = mail.find("Subject: ");
    CHECK(mail.substr(start, mail.find("\r\nDate:") - start) ==
          "Subject: [cycle] x\\r\\nBcc: victim@example.org \\u001B[2J");
    CHECK(mail.substr(mail.find("\r\n\r\n") + 4) ==
          "title \\u001B]0;owned\\u0007 \\u202Eevil\\rforged\r\nnext\r\n");
}

TEST_CASE("mail: the Date header is Oslo time, +0100 in winter and +0200 in summer") {
    CHECK(rfc5322_date(oslo_start_of_day_utc(day("2021-01-15"))) ==
          "Fri, 15 Jan 2021 00:00:00 +0100");
    CHECK(rfc5322_date(oslo_start_of_day_utc(day("2021-06-30"))) ==
          "Wed, 30 Jun 2021 00:00:00 +0200");
    // The day summer time begins (28 March 2021) starts in winter time.
    CHECK(rfc5322_date(oslo_start_of_day_utc(day("2021-03-28"))) ==
          "Sun, 28 Mar 2021 00:00:00 +0100");
}

TEST_CASE("mail: the whole message") {
    MailMessage message{"cycle på kontoret <cycle@example.org>",
                        {"post@example.org", "Board, secretary <board@example.org>"},
                        "[cycle] Frister: 1 overdue",
                        oslo_start_of_day_utc(day("2021-01-15")),
                        "Line one\nLine two\n"};
    // The Message-ID is a digest of the content: 32 hex digits at the sender's domain.
    const std::regex whole(
        "From: =\\?UTF-8\\?B\\?Y3ljbGUgcMOlIGtvbnRvcmV0\\?=\r\n <cycle@example.org>\r\n"
        "To: post@example.org,\r\n \"Board, secretary\" <board@example.org>\r\n"
        "Subject: \\[cycle\\] Frister: 1 overdue\r\n"
        "Date: Fri, 15 Jan 2021 00:00:00 \\+0100\r\n"
        "Message-ID: <[0-9a-f]{32}@example.org>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        "Line one\r\nLine two\r\n");
    CHECK(std::regex_match(render_mail(message), whole));
}

TEST_CASE("mail: a long non-ASCII subject becomes encoded words of at most 75 characters") {
    MailMessage message{"post@example.org",
                        {"post@example.org"},
                        "[cycle] Osloregionen interkommunalt politisk råd: 1 overdue, 0 due",
                        oslo_start_of_day_utc(day("2021-01-15")),
                        ""};
    const std::string mail = render_mail(message);
    const auto start = mail.find("Subject: ");
    const std::string subject = mail.substr(start, mail.find("\r\nDate:") - start);
    CHECK(subject ==
          "Subject: =?UTF-8?B?W2N5Y2xlXSBPc2xvcmVnaW9uZW4gaW50ZXJrb21tdW5hbHQgcG9s?=\r\n"
          " =?UTF-8?B?aXRpc2sgcsOlZDogMSBvdmVyZHVlLCAwIGR1ZQ==?=");
}

TEST_CASE("mail: the Message-ID depends on the content only") {
    MailMessage message{"post@example.org",
                        {"post@example.org"},
                        "Same",
                        oslo_start_of_day_utc(day("2021-01-15")),
                        "Body\n"};
    const std::string first = render_mail(message);
    CHECK(render_mail(message) == first);
    message.body = "Other body\n";
    CHECK(render_mail(message) != first);
}

TEST_CASE("mail: a Cc header only when there are copies, and the id of a message without") {
    MailMessage message{"cycle@example.org",
                        {"Styret <styret@example.org>"},
                        "[cycle] Styret: 1 overdue",
                        oslo_start_of_day_utc(day("2021-01-15")),
                        "Line\n"};
    const std::string without = render_mail(message);
    CHECK(without.find("\r\nCc:") == std::string::npos);
    message.cc = {"arkiv@example.org", "Sekretariatet <post@example.org>"};
    const std::string with = render_mail(message);
    const auto start = with.find("To: ");
    CHECK(with.substr(start, with.find("Subject: ") - start) ==
          "To: Styret <styret@example.org>\r\n"
          "Cc: arkiv@example.org,\r\n Sekretariatet <post@example.org>\r\n");
    // The copies are part of what the id is derived from.
    CHECK(with.substr(with.find("Message-ID:"), 46) !=
          without.substr(without.find("Message-ID:"), 46));
}

TEST_CASE("mail: several messages as an mbox, a line starting From quoted (mboxrd)") {
    const MailMessage first{"cycle <cycle@example.org>",
                            {"styret@example.org"},
                            "One",
                            oslo_start_of_day_utc(day("2021-01-15")),
                            "From the board\n>From quoted\nplain\n"};
    const MailMessage second{"cycle <cycle@example.org>",
                             {"post@example.org"},
                             "Two",
                             oslo_start_of_day_utc(day("2021-07-01")),
                             "Two\n"};
    const std::string mbox = render_mbox({first, second});
    // The start of the day in Oslo, in UTC as asctime writes it: 23:00 the day before in
    // winter, 22:00 in summer.
    CHECK(mbox.rfind("From cycle@example.org Thu Jan 14 23:00:00 2021\r\nFrom: ", 0) == 0);
    const std::string body_one = "\r\n\r\n>From the board\r\n>>From quoted\r\nplain\r\n\r\n";
    const auto at = mbox.find(body_one);
    REQUIRE(at != std::string::npos);
    CHECK(mbox.substr(at + body_one.size()) ==
          "From cycle@example.org Wed Jun 30 22:00:00 2021\r\n" + render_mail(second).substr(0) +
              "\r\n");
    // Each message as render_mail makes it, between its From line and the empty line.
    const std::string first_mail = render_mail(first);
    CHECK(mbox.substr(mbox.find("\r\n") + 2, first_mail.find("\r\n\r\n")) ==
          first_mail.substr(0, first_mail.find("\r\n\r\n")));
    CHECK(mbox.find("Mon Jan") == std::string::npos);
    // A day of the month below 10 is padded with a space, as asctime does.
    const MailMessage early{"cycle@example.org",
                            {"post@example.org"},
                            "Three",
                            oslo_start_of_day_utc(day("2021-03-06")),
                            "x\n"};
    CHECK(render_mbox({early}).rfind("From cycle@example.org Fri Mar  5 23:00:00 2021\r\n", 0) ==
          0);
}

}  // namespace
}  // namespace cycle
