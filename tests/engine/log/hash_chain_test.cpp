// The hash chain's canonical bytes ("cycle-event-v1"): every stored chain was computed with
// them, so they are pinned here byte for byte, and the shortcut verify takes (the stored
// details text spliced in) must give the same bytes.
#include "engine/log/hash_chain.hpp"

#include <doctest/doctest.h>

#include <string>

#include "tests/support/event_builder.hpp"

namespace cycle {
namespace {

TEST_CASE("hash chain: canonical bytes are pinned, with or without the details text given") {
    Event event = testing::step_event(7, "contingent-set", "2020-10-28", 2021,
                                      {{"rate", "2.70"}, {"note", "æ \"q\"\n"}, {"a", {1, 2}}});
    event.body = "assembly";
    event.case_number = CaseNumber{"assembly", 2020, 12};
    event.irregular = true;
    event.reason = "late: reorganisation";
    const std::string expected = "[\"cycle-event-v1\",7,\"osloregionen\",\"" + event.recorded_at +
                                 "\",\"2020-10-28\",\"" + event.actor +
                                 "\",\"contingent-set\",2021,\"assembly\",[\"assembly\",2020,12],"
                                 "{\"a\":[1,2],\"note\":\"æ \\\"q\\\"\\n\",\"rate\":\"2.70\"},true,"
                                 "\"late: reorganisation\"]";
    CHECK(canonical_bytes(event) == expected);
    CHECK(canonical_bytes(event, event.details.dump()) == expected);

    event.case_number.reset();
    event.budget_year.reset();
    event.details = nlohmann::json::object();
    event.irregular = false;
    event.reason = "";
    CHECK(canonical_bytes(event) ==
          "[\"cycle-event-v1\",7,\"osloregionen\",\"" + event.recorded_at + "\",\"2020-10-28\",\"" +
              event.actor + "\",\"contingent-set\",null,\"assembly\",null,{},false,\"\"]");
    // SHA-256 of 64 zeros then "abc", as Python's hashlib computes it.
    CHECK(chain_hash(genesis_hash, "abc") ==
          "b64374d04ef9c4f39fddb1e0d6be38a0130f6c057fc0f4ee467ea0e18bc758f1");
}

}  // namespace
}  // namespace cycle
