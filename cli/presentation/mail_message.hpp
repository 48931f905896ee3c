// An Internet message (RFC 5322) for `sendmail -t`: headers in ASCII, with non-ASCII text in
// RFC 2047 encoded words, lines ending in CRLF, and a UTF-8 plain-text body (8bit, RFC 6152).
#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>
#include <string>
#include <vector>

namespace cycle {

struct MailMessage {
    std::string from;  // an address is_mail_address accepts (engine/support/mail_address)
    std::vector<std::string> to;  // likewise
    std::string subject;          // one line, UTF-8
    boost::posix_time::ptime sent_utc;
    std::string body;               // UTF-8, lines ending in "\n"
    std::vector<std::string> cc{};  // addresses as `to`; no Cc header when empty
};

// The whole message. The Date header is in Europe/Oslo time; the Message-ID is derived from
// the content, so the same reminder on the same day has the same id. Subject and body show
// controls and bidirectional formatting escaped (engine/support/quote), the subject on one line.
std::string render_mail(const MailMessage& message);

// Several messages as one mbox (mboxrd): each preceded by a line "From ADDRESS DATE" (the
// sender's address, the time in UTC as asctime writes it) and followed by an empty line, a
// line of it reading ">...>From " or "From " quoted with one more '>'. Lines end in CRLF, as
// the messages' own. examples/remind-mail.sh splits it into messages for `sendmail -t`.
std::string render_mbox(const std::vector<MailMessage>& messages);

// RFC 5322 date-time of an instant, in Europe/Oslo: "Fri, 27 Nov 2026 00:00:00 +0100".
std::string rfc5322_date(const boost::posix_time::ptime& utc);

}  // namespace cycle
