// SPDX-License-Identifier: EUPL-1.2
// Targets (issue 2), on the 10,000-requirement dossier: import under 10 s, an as-of snapshot of
// all requirements under 100 ms, peak memory under 1 GiB. Figures go to docs/performance.md.
#include "BenchSupport.h"

#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace hostreview;
using namespace hostreview::bench;
using namespace Qt::StringLiterals;

// Read, validate and store the whole dossier in a new review file: what `hostreview-cli import` does.
static void BM_ImportLargeDossier(benchmark::State& state)
{
    const QString json = largeDossierJson();
    double readSeconds = 0;
    double storeSeconds = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        QElapsedTimer clock;
        clock.start();
        auto d = DossierReader::readFile(json);
        readSeconds += double(clock.nsecsElapsed()) / 1e9;
        clock.restart();
        auto f = ReviewFile::open(dir.filePath(u"r.db"_s), ReviewFile::Mode::CreateIfMissing);
        if (!d || !f || !(*f)->importDossier(*d, u"large.json"_s)) {
            state.SkipWithError("import failed");
            break;
        }
        storeSeconds += double(clock.nsecsElapsed()) / 1e9;
    }
    // The two halves of the time: reading and validating the JSON, then storing it.
    state.counters["read_s"] = benchmark::Counter(readSeconds, benchmark::Counter::kAvgIterations);
    state.counters["store_s"] = benchmark::Counter(storeSeconds, benchmark::Counter::kAvgIterations);
    state.counters["file_MiB"] = double(QFile(json).size()) / (1024 * 1024);
    state.counters["peak_MiB"] = peakMemoryMiB();
}
BENCHMARK(BM_ImportLargeDossier)->Unit(benchmark::kSecond)->Iterations(1);

// Parsing and validating alone.
static void BM_ReadLargeDossier(benchmark::State& state)
{
    const QString json = largeDossierJson();
    for (auto _ : state) {
        auto d = DossierReader::readFile(json);
        benchmark::DoNotOptimize(d.ok());
    }
}
BENCHMARK(BM_ReadLargeDossier)->Unit(benchmark::kMillisecond)->Iterations(2);

// Every requirement as it stood on a day, read from the review file.
static void BM_AsOfSnapshotFromFile(benchmark::State& state)
{
    auto f = ReviewFile::open(largeReviewFile(), ReviewFile::Mode::OpenExisting);
    if (!f) {
        state.SkipWithError("open failed");
        return;
    }
    int day = 0;
    for (auto _ : state) {
        auto rows = (*f)->requirementsAsOf(u"GEN-1"_s, QDate(2024, 1, 10).addDays(day++ % 40));
        if (!rows || rows->size() < 9000) {
            state.SkipWithError("snapshot incomplete");
            break;
        }
    }
}
BENCHMARK(BM_AsOfSnapshotFromFile)->Unit(benchmark::kMillisecond);

// Loading the whole dossier, then the same snapshot in memory.
static void BM_LoadLargeDossier(benchmark::State& state)
{
    auto f = ReviewFile::open(largeReviewFile(), ReviewFile::Mode::OpenExisting);
    for (auto _ : state) {
        auto d = (*f)->load(u"GEN-1"_s);
        benchmark::DoNotOptimize(d.ok());
    }
    state.counters["peak_MiB"] = peakMemoryMiB();
}
BENCHMARK(BM_LoadLargeDossier)->Unit(benchmark::kMillisecond)->Iterations(2);

static void BM_AsOfSnapshotInMemory(benchmark::State& state)
{
    auto f = ReviewFile::open(largeReviewFile(), ReviewFile::Mode::OpenExisting);
    const Dossier d = *(*f)->load(u"GEN-1"_s);
    const DossierQueries q(d);
    int day = 0;
    for (auto _ : state) {
        auto rows = q.requirementsInForce(QDate(2024, 1, 10).addDays(day++ % 40));
        benchmark::DoNotOptimize(rows.size());
    }
}
BENCHMARK(BM_AsOfSnapshotInMemory)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
