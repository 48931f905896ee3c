#!/usr/bin/env bash
# Installs what cycle needs to build and test on Debian 12, if anything is missing.
# Run as root, or as a user with sudo. Used by the README's commands and by .ci/run.
set -euo pipefail
packages=(
    g++ cmake make pkg-config             # the shipped build
    clang libclang-rt-14-dev              # the sanitizer and fuzz build: clang, its ASan, UBSan and libFuzzer runtimes
    libboost-dev libboost-date-time-dev   # Boost.Statechart (header-only) and Boost.Date_Time
    libboost-locale-dev gettext           # Boost.Locale reads the message catalogs; msgfmt builds them
    libsqlitecpp-dev libsqlite3-dev       # SQLiteCpp
    libyaml-cpp-dev                       # yaml-cpp
    libcli11-dev nlohmann-json3-dev       # CLI11, nlohmann-json
    libssl-dev                            # OpenSSL libcrypto (SHA-256)
    doctest-dev                           # unit tests
    sqlite3                               # black-box tests tamper with a database behind cycle's back
    python3                               # the replay property test
    python3-icalendar                     # an independent parser checks the calendar export
    libbenchmark-dev openssl remind taskwarrior time  # bench/run --smoke: baselines and peak memory
    chromium fonts-dejavu-core            # the status page rendered headless (tests/pages), in the wheel's font
)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi
