// SPDX-License-Identifier: EUPL-1.2
// Targets (issue 4), on the 10,000-requirement dossier in a review file: open the file and show
// the requirements view under 1.5 s; filtering and sorting the requirements under 100 ms.
// Figures go to docs/performance.md.
#include "BenchSupport.h"

#include "ComplianceMatrixModel.h"
#include "DossierDocument.h"
#include "MainWindow.h"
#include "ReportWriter.h"
#include "RequirementFilterModel.h"
#include "RequirementTableModel.h"
#include "RequirementsView.h"
#include "VendorsView.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace hostreview;
using namespace hostreview::bench;
using namespace Qt::StringLiterals;

namespace {

// Opening includes the first paint of the requirements view, as a person would see it.
void BM_OpenFileAndShowRequirements(benchmark::State& state)
{
    const QString path = largeReviewFile();
    for (auto _ : state) {
        MainWindow window;
        window.resize(1400, 860);
        const bool opened = window.openFile(path, u"GEN-1"_s, MainWindow::Section::Requirements);
        window.show();
        QApplication::processEvents();
        benchmark::DoNotOptimize(window.grab());
        if (!opened || window.requirementsView()->table()->model()->rowCount() != 10000)
            state.SkipWithError("the requirements view did not show 10,000 requirements");
        state.PauseTiming(); // closing is not opening
        window.close();
        state.ResumeTiming();
    }
    state.counters["peak_MiB"] = peakMemoryMiB();
}

struct OpenWindow
{
    MainWindow window;
    RequirementsView* view = nullptr;
    OpenWindow()
    {
        window.resize(1400, 860);
        window.openFile(largeReviewFile(), u"GEN-1"_s, MainWindow::Section::Requirements);
        window.show();
        QApplication::processEvents();
        view = window.requirementsView();
    }
};

// Typing into the filter: every keystroke refilters 10,000 rows and repaints.
void BM_FilterRequirementsByText(benchmark::State& state)
{
    OpenWindow w;
    auto* filter = w.view->findChild<QLineEdit*>(u"requirementFilter"_s);
    const QStringList texts{u"req-00077"_s, u"encryption"_s, u"sécurité"_s, QString()};
    int i = 0;
    for (auto _ : state) {
        filter->setText(texts[i++ % texts.size()]);
        QApplication::processEvents();
        benchmark::DoNotOptimize(w.view->table()->model()->rowCount());
    }
}

void BM_SortRequirements(benchmark::State& state)
{
    OpenWindow w;
    const int columns[] = {RequirementTableModel::Title,
                           RequirementTableModel::LastChange,
                           RequirementTableModel::Revisions,
                           RequirementTableModel::Id};
    int i = 0;
    for (auto _ : state) {
        w.view->table()->sortByColumn(columns[i % 4], i % 8 < 4 ? Qt::AscendingOrder : Qt::DescendingOrder);
        ++i;
        QApplication::processEvents();
        benchmark::DoNotOptimize(w.view->table()->model()->index(0, 0).data());
    }
}

// One step of the matrix's date slider: the matrix and the scores as of the next day, repainted.
void sliderSteps(benchmark::State& state, const QString& path, const QString& dossierId)
{
    MainWindow window;
    window.resize(1400, 860);
    window.openFile(path, dossierId, MainWindow::Section::Vendors);
    window.show();
    QApplication::processEvents();
    VendorsView* view = window.vendorsView();
    const qint64 days = std::max<qint64>(1, view->firstDay().daysTo(view->lastDay()));
    qint64 i = 0;
    for (auto _ : state) {
        view->setDay(view->firstDay().addDays(i++ % (days + 1)));
        QApplication::processEvents();
        benchmark::DoNotOptimize(window.grab());
    }
    state.counters["rows"] = view->matrixModel()->rowCount();
    state.counters["vendors"] = view->matrixModel()->columnCount();
}

void BM_MatrixSliderStepDemo(benchmark::State& state)
{
    auto demo = DossierReader::readFile(QStringLiteral(HOSTREVIEW_SOURCE_DIR "/resources/demo/emc2-2023.json"));
    if (!demo) {
        state.SkipWithError("cannot read the demo");
        return;
    }
    sliderSteps(state, reviewFileWith(*demo, u"demo.db"_s), u"EMC2-2023"_s);
}

void BM_MatrixSliderStep1000x20(benchmark::State& state)
{
    sliderSteps(state, generatedReviewFile(1000, 20, 2000), u"GEN-1"_s);
}

// Issue 7: the review report of a generated 1,000-requirement dossier, target under 10 s.
void BM_Report1000Requirements(benchmark::State& state)
{
    auto file = ReviewFile::open(generatedReviewFile(1000, 20, 3000), ReviewFile::Mode::OpenExisting);
    QTemporaryDir out;
    for (auto _ : state) {
        auto source = ReportSource::load(**file, u"GEN-1"_s);
        if (!source || !ReportWriter::writePdf((*source)->input(), out.filePath(u"report.pdf"_s), {})) {
            state.SkipWithError("the report failed");
            break;
        }
    }
    state.counters["peak_MiB"] = peakMemoryMiB();
}

} // namespace

BENCHMARK(BM_Report1000Requirements)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_MatrixSliderStepDemo)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(BM_MatrixSliderStep1000x20)->Unit(benchmark::kMillisecond)->Iterations(30);
BENCHMARK(BM_OpenFileAndShowRequirements)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FilterRequirementsByText)->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_SortRequirements)->Unit(benchmark::kMillisecond)->Iterations(16);

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HostReviewBench"_s);
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
