// Reads one mapping of a YAML config (yaml-cpp): reports duplicate and unknown keys at their
// place, missing keys at the mapping, and wrong types at the value, each as Error(bad_input)
// starting with `file:line:col:`. Unknown keys get a did-you-mean.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "engine/log/step.hpp"  // is_identifier
#include "engine/time/relative_date.hpp"

namespace cycle {

// What a value is, for "got ...": the text of a scalar, quoted, else its kind ("a list",
// "a mapping", "nothing"; a list's Scalar() is "").
std::string shown_value(const YAML::Node& value);

class MapReader {
  public:
    MapReader(const std::string& source, const YAML::Node& node, std::string where,
              std::vector<std::string> allowed);

    [[noreturn]] void fail(const YAML::Node& at, const std::string& message) const {
        fail_at(source_, at.Mark(), message);
    }

    [[noreturn]] static void fail_at(const std::string& source, const YAML::Mark& mark,
                                     const std::string& message);
    // Parses YAML text, its first document; a syntax error is "source:line:col: YAML syntax
    // error: ...". Configs stored in the log are read so, as every earlier cycle read them.
    static YAML::Node load(const std::string& text, const std::string& source);
    // Error(bad_input) "source:line:col: a second YAML document ..." when `text` holds two.
    static void refuse_second_document(const std::string& text, const std::string& source);
    // A config's or budget document's bytes, read only up to max_file_bytes; Error(bad_input)
    // "OPTION: cannot read PATH", "OPTION: PATH is a folder ...", "PATH: larger than ..." or
    // a second document (refuse_second_document): a file holds one.
    static std::string read_file(const std::string& path, const std::string& option);
    // The shipped config is 4.7 KiB and the seed's budget 2.8 KiB: 1 MiB is some 200 times
    // either, room for any council's, while it bounds what yaml-cpp is asked to build in
    // memory from a file given by mistake (a log, an image, /dev/zero).
    static constexpr std::size_t max_file_bytes = 1024 * 1024;

    bool has(const std::string& key) const { return static_cast<bool>(node_[key]); }

    YAML::Node required(const std::string& key) const {
        const YAML::Node value = node_[key];
        if (!value) fail(node_, "missing key \"" + key + "\" in " + where_);
        return value;
    }

    std::string text(const std::string& key) const;  // one line

    std::string identifier(const std::string& key) const;

    // The index of `key`'s value in `names`; else "expected A, B or C for PATH, got X" with a
    // did-you-mean.
    std::size_t choice(const std::string& key, const std::vector<std::string>& names) const;

    long long integer(const std::string& key, long long min, long long max) const;

    RelativeDate relative_date(const std::string& key) const;

    // One of `bodies`, else a did-you-mean.
    std::string body_reference(const std::string& key,
                               const std::vector<std::string>& bodies) const;

    // The config format a key first appeared in: each of `keys` present in a config of an
    // earlier `format` fails at the key, asking for `format: 2`, so a config is never read
    // by rules other than those its author chose.
    void require_format(int format, int needed, const std::vector<std::string>& keys) const;

    std::string path(const std::string& key) const { return where_ + "." + key; }
    const YAML::Node& node() const { return node_; }
    const std::string& source() const { return source_; }

  private:
    const std::string& source_;
    YAML::Node node_;
    std::string where_;
    std::vector<std::string> allowed_;
};

}  // namespace cycle
