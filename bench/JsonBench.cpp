// SPDX-License-Identifier: EUPL-1.2
// Issue 19: Debian's simdjson measured as the JSON tokenizer of the large dossier (82 MiB), against
// the project's own parser (core/json/JsonDocument), which indexes every value with its position
// and refuses duplicate keys. Both read the same bytes from memory and visit every value once.
// Figures and the decision go to docs/performance.md.
#include "BenchSupport.h"

#include "format/DossierReader.h"
#include "json/JsonDocument.h"

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>
#include <simdjson.h>

using namespace hostreview;
using namespace hostreview::bench;

namespace {

QByteArray largeBytes()
{
    QFile f(largeDossierJson());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Counts every value of a simdjson DOM element.
qint64 countValues(simdjson::dom::element e)
{
    qint64 n = 1;
    simdjson::dom::array array;
    simdjson::dom::object object;
    if (e.get_array().get(array) == simdjson::SUCCESS) {
        for (simdjson::dom::element x : array)
            n += countValues(x);
    } else if (e.get_object().get(object) == simdjson::SUCCESS) {
        for (simdjson::dom::key_value_pair kv : object)
            n += countValues(kv.value);
    }
    return n;
}

} // namespace

// The project's parser: tokenise, check, index every value with its position.
static void BM_TokenizeWithJsonDocument(benchmark::State& state)
{
    const QByteArray bytes = largeBytes();
    for (auto _ : state) {
        auto doc = JsonDocument::parse(bytes);
        if (!doc) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(doc->root());
    }
    state.counters["MiB"] = double(bytes.size()) / (1024 * 1024);
}
BENCHMARK(BM_TokenizeWithJsonDocument)->Unit(benchmark::kMillisecond)->Iterations(3);

// simdjson's DOM parser (stage 1 and 2), then a walk over every value: the least a tokenizer
// under the position and duplicate-key layer would do.
static void BM_TokenizeWithSimdjson(benchmark::State& state)
{
    const QByteArray bytes = largeBytes();
    simdjson::dom::parser parser;
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    qint64 values = 0;
    for (auto _ : state) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
            state.SkipWithError("parse failed");
            break;
        }
        values = countValues(root);
        benchmark::DoNotOptimize(values);
    }
    state.counters["values"] = double(values);
    state.counters["MiB"] = double(bytes.size()) / (1024 * 1024);
}
BENCHMARK(BM_TokenizeWithSimdjson)->Unit(benchmark::kMillisecond)->Iterations(3);

// The whole reader, for scale: parse, validate, build the dossier.
static void BM_ReadTheWholeDossier(benchmark::State& state)
{
    const QByteArray bytes = largeBytes();
    for (auto _ : state) {
        auto d = DossierReader::read(bytes, largeDossierJson());
        benchmark::DoNotOptimize(d.ok());
    }
}
BENCHMARK(BM_ReadTheWholeDossier)->Unit(benchmark::kMillisecond)->Iterations(2);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
