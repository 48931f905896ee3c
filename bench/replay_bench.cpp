// Replay in process (bench/README.md, target 5): an organisation's workflow events (those a
// machine moves on: CaseLog::workflow_events, what status and the recording commands read),
// read once from a database, replayed through the statechart machines with cycle::replay() as
// every command does. Google Benchmark reports items_per_second = events replayed per second.
//
//   replay_bench --db DB --org ID [--org ID]... [--as-of YYYY-MM-DD] [benchmark flags]
#include <benchmark/benchmark.h>

#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "engine/time/calendar_date.hpp"
#include "storage/case_log.hpp"
#include "storage/database.hpp"
#include "workflows/state/replay.hpp"

namespace {

struct Loaded {
    std::string org;
    std::vector<cycle::Event> events;
};

void replay_events(benchmark::State& state, const Loaded* loaded,
                   std::optional<cycle::Date> as_of) {
    for (auto _ : state) {
        cycle::OrganisationState replayed = cycle::replay(loaded->events, as_of);
        benchmark::DoNotOptimize(replayed);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(loaded->events.size()));
    state.counters["events"] = static_cast<double>(loaded->events.size());
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    std::string db_path;
    std::vector<std::string> orgs;
    std::optional<cycle::Date> as_of;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--db" && i + 1 < argc) {
            db_path = argv[++i];
        } else if (arg == "--org" && i + 1 < argc) {
            orgs.push_back(argv[++i]);
        } else if (arg == "--as-of" && i + 1 < argc) {
            as_of = cycle::parse_iso_date(argv[++i]).date;
        } else {
            std::cerr << "replay_bench: unknown argument " << arg << "\n"
                      << "usage: replay_bench --db DB --org ID [--org ID]... [--as-of DATE] "
                         "[--benchmark_...]\n";
            return 2;
        }
    }
    if (db_path.empty() || orgs.empty()) {
        std::cerr << "usage: replay_bench --db DB --org ID [--org ID]... [--as-of DATE]\n";
        return 2;
    }
    std::vector<Loaded> loaded;
    loaded.reserve(orgs.size());
    {
        cycle::Database db(db_path, cycle::OpenMode::read_only);
        cycle::CaseLog log(db.sql());
        for (const std::string& org : orgs) loaded.push_back({org, log.workflow_events(org)});
    }
    for (const Loaded& one : loaded) {
        benchmark::RegisterBenchmark(("replay/" + one.org).c_str(), replay_events, &one, as_of)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
