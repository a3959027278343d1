// SPDX-License-Identifier: EUPL-1.2
// Targets (issue 2), on the 10,000-requirement dossier: import under 10 s, an as-of snapshot of
// all requirements under 100 ms, peak memory under 1 GiB; (issue 20) re-importing its
// 10,000-row requirement list with 500 changes under 2 s. Figures go to docs/performance.md.
#include "BenchSupport.h"

#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "format/RequirementList.h"
#include "storage/ReviewFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
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

namespace {

// The large dossier's requirement list as a spreadsheet holds it today, with 500 changes: 300
// texts, 100 weights, 50 rows gone (withdrawn) and 50 new rows.
QByteArray amendedRequirementList()
{
    auto f = ReviewFile::open(largeReviewFile(), ReviewFile::Mode::OpenExisting);
    if (!f)
        return {};
    auto d = (*f)->load(u"GEN-1"_s, ReviewFile::LoadScope::WithoutBids);
    if (!d)
        return {};
    const auto cell = [](QString text) {
        text.replace(u"\""_s, u"\"\""_s);
        text.prepend(u'"');
        text.append(u'"');
        return text;
    };
    QString out = u"id,category,title,text,mandatory,weight\n"_s;
    int index = 0;
    for (const Requirement& r : d->requirements) {
        const RequirementRevision& last = r.revisions.last();
        ++index;
        if (!last.isActive())
            continue;
        if (index % 200 == 0) // 50 rows gone
            continue;
        QString text = last.text.value_or(QString());
        double weight = last.weightOrDefault();
        if (index % 33 == 0) // ~300 texts
            text.append(u" (amended)"_s);
        else if (index % 97 == 0) // ~100 weights
            weight += 1;
        const QStringList fields{r.id,
                                 enumName(r.categoryOrDefault()),
                                 cell(r.title.value_or(QString())),
                                 cell(text),
                                 last.isMandatory() ? u"yes"_s : u"no"_s,
                                 QLocale::c().toString(weight, 'g', 17)};
        out.append(fields.join(u','));
        out.append(u'\n');
    }
    for (int i = 0; i < 50; ++i)
        out.append(u"NEW-%1,security,New,\"A new requirement\",yes,1\n"_s.arg(i));
    return out.toUtf8();
}

} // namespace

// A later version of the 10,000-row list: read, compared with the file under its write lock,
// and the changes recorded as revisions (`hostreview-cli import-requirements`).
static void BM_ReimportRequirementList(benchmark::State& state)
{
    const QByteArray csv = amendedRequirementList();
    int changes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"r.db"_s);
        QFile::copy(largeReviewFile(), copy);
        auto f = ReviewFile::open(copy, ReviewFile::Mode::OpenExisting);
        state.ResumeTiming();
        auto parsed = RequirementList::parse(csv, u"list.csv"_s);
        if (!f || !parsed.list) {
            state.SkipWithError("cannot open or parse");
            break;
        }
        RequirementListImport how;
        how.effective = *Moment::parse(u"2031-01-01"_s, QTimeZone("Europe/Paris"));
        how.origin = u"list.csv"_s;
        auto recorded = (*f)->importRequirementList(u"GEN-1"_s, *parsed.list, how);
        if (!recorded) {
            state.SkipWithError(recorded.error().toString().toUtf8().constData());
            break;
        }
        changes = int(recorded->changes.size());
    }
    state.counters["rows"] = double(csv.count('\n') - 1);
    state.counters["changes"] = changes;
}
BENCHMARK(BM_ReimportRequirementList)->Unit(benchmark::kMillisecond)->Iterations(3);
