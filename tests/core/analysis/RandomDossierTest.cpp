// SPDX-License-Identifier: EUPL-1.2
// Property test: every random valid dossier of ../shared/tools/gen_random.py (biased toward the
// edges of the format and the signal rules) imports, exports back to the same facts through a
// review file, and analyses as of every day of its history without error.
#include "TestSupport.h"
#include "analysis/SignalEngine.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Seeds = 300;

// Writes the dossiers of seeds 1..count to dir/SEED.json with one Python process.
bool generate(const QString& dir, int count)
{
    const QString generator = sourcePath(u"../shared/tools/gen_random.py"_s);
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s,
             u"import importlib.util, json, sys\n"
             "spec = importlib.util.spec_from_file_location('gen', sys.argv[1])\n"
             "gen = importlib.util.module_from_spec(spec); spec.loader.exec_module(gen)\n"
             "for seed in range(1, int(sys.argv[3]) + 1):\n"
             "    with open(f'{sys.argv[2]}/{seed}.json', 'w', encoding='utf-8') as f:\n"
             "        json.dump(gen.generate(seed), f, ensure_ascii=False, indent=1)\n"_s,
             generator,
             dir,
             QString::number(count)});
    p.waitForFinished(300000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Every calendar day a date of the file names, with the day before and after each.
QList<QDate> daysOf(const QByteArray& json)
{
    static const QRegularExpression date(uR"("(\d{4}-\d{2}-\d{2})(T[^"]*)?")"_s);
    QSet<QDate> days;
    for (const auto& m : date.globalMatch(QString::fromUtf8(json))) {
        const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
        if (d.isValid())
            days << d.addDays(-1) << d << d.addDays(1);
    }
    QList<QDate> out(days.cbegin(), days.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST(RandomDossierTest, EverySeedImportsExportsTheSameFactsAndAnalysesOnEveryDay)
{
    if (!QFileInfo::exists(sourcePath(u"../shared/tools/gen_random.py"_s)))
        GTEST_SKIP() << "../shared/tools/gen_random.py is not beside the source tree";
    QTemporaryDir dir;
    ASSERT_TRUE(generate(dir.path(), Seeds)) << "python3 gen_random.py failed";
    const QString review = dir.filePath(u"random.db"_s);
    auto file = ReviewFile::open(review, ReviewFile::Mode::CreateIfMissing);
    ASSERT_TRUE(file.ok()) << file.error().toString().toStdString();
    const AnalysisProfile defaults;
    int analyses = 0;
    for (int seed = 1; seed <= Seeds; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const QByteArray json = readAll(dir.filePath(QString::number(seed) + u".json"_s));
        auto dossier = DossierReader::read(json, QString::number(seed) + u".json"_s);
        ASSERT_TRUE(dossier.ok()) << dossier.error().toString().toStdString();
        // The same facts: the export of what the review file stored is the export of what was read.
        const QByteArray written = DossierWriter::write(*dossier);
        ASSERT_TRUE((*file)->importDossier(*dossier, u"random"_s).ok());
        auto stored = (*file)->load(dossier->info.id);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
        EXPECT_EQ(DossierWriter::write(*stored), written);
        auto again = DossierReader::read(written, u"export.json"_s);
        ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
        EXPECT_EQ(DossierWriter::write(*again), written) << "export then import changes nothing";
        // An analysis as of every day the file names, and at the end, each complete.
        AnalysisProfile profile = defaults;
        if (!dossier->analysisProfile.isEmpty()) {
            ASSERT_TRUE(profile.apply(dossier->analysisProfile, u"profile"_s, u"/analysis_profile"_s).ok());
        }
        QList<std::optional<QDate>> when{std::nullopt};
        for (const QDate& d : daysOf(json))
            when << d;
        for (const auto& day : when) {
            const Analysis a = SignalEngine::analyze(*stored, profile, day);
            ASSERT_EQ(a.coverage.size(), 22) << (day ? day->toString(Qt::ISODate).toStdString() : "end");
            ++analyses;
        }
    }
    EXPECT_GT(analyses, Seeds * 10);
}
