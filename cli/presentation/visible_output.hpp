// Standard output and error as a reader's terminal may receive them: every byte passes through
// visible_text (engine/support/quote), which keeps only the line structure ("\n", or "\r\n" in
// mail, CSV and iCalendar), so that no stored text can move the cursor, recolour, retitle, reorder
// or hide what the reader sees. Held while a command runs, from main().
#pragma once

#include <streambuf>
#include <string>

namespace cycle {

// A stream buffer that escapes what it is given and passes it on to `target`. An unfinished
// UTF-8 character or a "\r" is held back until the next byte shows what it is; the destructor
// flushes what is held (an unfinished character then shows as U+FFFD).
class VisibleTextBuffer : public std::streambuf {
  public:
    explicit VisibleTextBuffer(std::streambuf& target) : target_(target) {}
    ~VisibleTextBuffer() override;
    VisibleTextBuffer(const VisibleTextBuffer&) = delete;
    VisibleTextBuffer& operator=(const VisibleTextBuffer&) = delete;

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* text, std::streamsize count) override;
    int sync() override;

  private:
    bool pass_on(bool final);  // false when the target refused bytes

    std::streambuf& target_;
    std::string held_;
};

// Puts std::cout and std::cerr through a VisibleTextBuffer for its lifetime, then flushes them
// and gives them their own buffers back.
class VisibleStandardStreams {
  public:
    VisibleStandardStreams();
    ~VisibleStandardStreams();
    VisibleStandardStreams(const VisibleStandardStreams&) = delete;
    VisibleStandardStreams& operator=(const VisibleStandardStreams&) = delete;

  private:
    std::streambuf* out_;
    std::streambuf* err_;
    VisibleTextBuffer visible_out_;
    VisibleTextBuffer visible_err_;
};

}  // namespace cycle
