#include "cli/presentation/mail_message.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <regex>

#include "engine/log/hash_chain.hpp"
#include "engine/support/mail_address.hpp"
#include "engine/support/quote.hpp"
#include "engine/time/clock.hpp"

namespace cycle {

namespace {

// Header words that need no quoting (RFC 5322 atext and spaces). Compiled on first use.
const std::regex& plain_words() {
    static const std::regex compiled("[ " + std::string(mail_atext()) + "]+");
    return compiled;
}

bool is_ascii(const std::string& text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

std::string base64(const std::string& bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
    const int length = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                       reinterpret_cast<const unsigned char*>(bytes.data()),
                                       static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

// RFC 2047 B-encoded words of at most 39 bytes of text each (64 characters a word), split
// between UTF-8 characters, joined by folding whitespace.
std::string encoded_words(const std::string& text) {
    std::string result;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 39);
        // Do not cut a UTF-8 character: back up past continuation bytes (10xxxxxx).
        while (end < text.size() && end > start &&
               (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
            --end;
        }
        if (!result.empty()) result += "\r\n ";
        result += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return result;
}

// Header text: as it is when ASCII (folded at spaces to keep lines near 78 characters),
// else as encoded words.
std::string header_text(const std::string& text, std::size_t used) {
    if (!is_ascii(text)) return encoded_words(text);
    std::string result;
    std::size_t line = used;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t space = text.find(' ', start);
        if (space == std::string::npos) space = text.size();
        const std::string word = text.substr(start, space - start);
        if (start > 0) {
            if (line + 1 + word.size() > 78) {
                result += "\r\n";
                line = 0;
            }
            result += ' ';
            ++line;
        }
        result += word;
        line += word.size();
        start = space + 1;
    }
    return result;
}

std::string header_address(const std::string& address) {
    const std::optional<NamedAddress> named = named_address(address);
    if (!named) return address;
    const std::string& name = named->name;
    // Appended, not "<" + str + ">": g++ 12 -O3 warns falsely (-Wrestrict) on that form here.
    std::string mailbox = "<";
    mailbox.append(named->mailbox).push_back('>');
    // Encoded words may not share a line of more than 76 characters (RFC 2047 § 2): the
    // address goes on a line of its own.
    if (!is_ascii(name)) return encoded_words(name) + "\r\n " + mailbox;
    if (std::regex_match(name, plain_words())) return name + " " + mailbox;
    return "\"" + name + "\" " + mailbox;
}

// The address alone: "name@example.org" of "Name <name@example.org>".
std::string mailbox_of(const std::string& address) {
    const std::optional<NamedAddress> named = named_address(address);
    return named ? named->mailbox : address;
}

std::string domain_of(const std::string& address) {
    const std::string mailbox = mailbox_of(address);
    return mailbox.substr(mailbox.find('@') + 1);
}

}  // namespace

std::string rfc5322_date(const boost::posix_time::ptime& utc) {
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int offset = oslo_utc_offset_minutes(utc);
    const boost::posix_time::ptime local = utc + boost::posix_time::minutes(offset);
    const Date day = local.date();
    const auto time = local.time_of_day();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s, %d %s %d %02d:%02d:%02d %c%02d%02d",
                  weekdays[day.day_of_week().as_number()], static_cast<int>(day.day()),
                  months[day.month() - 1], static_cast<int>(day.year()),
                  static_cast<int>(time.hours()), static_cast<int>(time.minutes()),
                  static_cast<int>(time.seconds()), offset < 0 ? '-' : '+', std::abs(offset) / 60,
                  std::abs(offset) % 60);
    return buffer;
}

namespace {

std::string address_list(const std::vector<std::string>& addresses) {
    std::string list;
    for (const std::string& address : addresses) {
        if (!list.empty()) list += ",\r\n ";
        list += header_address(address);
    }
    return list;
}

}  // namespace

std::string render_mail(const MailMessage& given) {
    // Stored text reaches a mail program as it reaches a terminal: controls and bidirectional
    // formatting escaped, the subject on one line (a line break there would start a header).
    MailMessage message = given;
    message.subject = one_line(message.subject);
    message.body = visible_text(message.body, "\n");
    const std::string to = address_list(message.to);
    const std::string cc = address_list(message.cc);
    const std::string date = rfc5322_date(message.sent_utc);
    // Without Cc the id is derived as it always was, so such a message keeps its id.
    const std::string id =
        sha256_hex(message.from + "\n" + to + "\n" + (cc.empty() ? "" : cc + "\n") +
                   message.subject + "\n" + date + "\n" + message.body)
            .substr(0, 32);
    std::string body;
    for (char c : message.body) {
        if (c == '\n') body += '\r';
        body += c;
    }
    return "From: " + header_address(message.from) + "\r\n" + "To: " + to + "\r\n" +
           (cc.empty() ? "" : "Cc: " + cc + "\r\n") +
           "Subject: " + header_text(message.subject, 9) + "\r\n" + "Date: " + date + "\r\n" +
           "Message-ID: <" + id + "@" + domain_of(message.from) + ">\r\n" +
           "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n" +
           "Content-Transfer-Encoding: 8bit\r\n" + "\r\n" + body;
}

std::string render_mbox(const std::vector<MailMessage>& messages) {
    static const char* const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::string mbox;
    for (const MailMessage& message : messages) {
        const Date day = message.sent_utc.date();
        const auto time = message.sent_utc.time_of_day();
        char stamp[64];
        std::snprintf(stamp, sizeof stamp, "%s %s %2d %02d:%02d:%02d %d",
                      weekdays[day.day_of_week().as_number()], months[day.month() - 1],
                      static_cast<int>(day.day()), static_cast<int>(time.hours()),
                      static_cast<int>(time.minutes()), static_cast<int>(time.seconds()),
                      static_cast<int>(day.year()));
        mbox += "From " + mailbox_of(message.from) + " " + stamp + "\r\n";
        // mboxrd: a line that reads "From " after any number of '>' gets one more '>'.
        const std::string text = render_mail(message);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find('\n', start);
            end = end == std::string::npos ? text.size() : end + 1;
            const std::size_t quotes = text.find_first_not_of('>', start);
            if (quotes != std::string::npos && text.compare(quotes, 5, "From ") == 0) mbox += '>';
            mbox.append(text, start, end - start);
            start = end;
        }
        mbox += "\r\n";  // the empty line that ends each message of an mbox
    }
    return mbox;
}

}  // namespace cycle
