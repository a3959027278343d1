// SPDX-License-Identifier: EUPL-1.2
#include "Generator.h"
#include "TestSupport.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QString integrityCheck(const QString& path)
{
    const QString name = u"integrity-"_s + path;
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return u"cannot open"_s;
        QSqlQuery q(db);
        if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
            result = q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

// An import killed with SIGKILL at random moments leaves a file that passes integrity_check
// and holds the dossier whole or not at all.
TEST(CrashSafetyTest, ImportKilledAtRandomMomentsIsAllOrNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    Generator::Options o;
    o.requirements = 2000;
    o.vendors = 4;
    o.changes = 2000;
    o.seed = 5;
    const Dossier generated = Generator::generate(o);
    const QByteArray json = DossierWriter::write(generated);
    const QString jsonPath = dir.filePath(u"gen.json"_s);
    writeAll(jsonPath, json);
    const QByteArray expected = DossierWriter::write(*DossierReader::read(json, jsonPath));

    // A review file that already holds another dossier, copied afresh for every attempt.
    const QString base = dir.filePath(u"base.db"_s);
    {
        auto f = ReviewFile::open(base, ReviewFile::Mode::CreateIfMissing);
        ASSERT_TRUE(f.ok());
        ASSERT_TRUE((*f)->importDossier(*DossierReader::read(minimalJson(), u"m.json"_s), u"m.json"_s).ok());
    }
    ASSERT_FALSE(QFile::exists(base + u"-wal"_s));

    // How long a whole import takes here, to spread the kills over it.
    const QString review = dir.filePath(u"review.db"_s);
    QElapsedTimer timer;
    QFile::copy(base, review);
    timer.start();
    ASSERT_EQ(QProcess::execute(QStringLiteral(HOSTREVIEW_CLI_PATH), {u"import"_s, jsonPath, u"--into"_s, review}), 0);
    const qint64 full = std::max<qint64>(timer.elapsed(), 50);

    QRandomGenerator random(20261123);
    int whole = 0;
    int none = 0;
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(review + suffix);
        ASSERT_TRUE(QFile::copy(base, review));
        QProcess p;
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), {u"import"_s, jsonPath, u"--into"_s, review});
        ASSERT_TRUE(p.waitForStarted());
        QThread::msleep(random.bounded(quint32(full + full / 5)));
        p.kill(); // SIGKILL
        p.waitForFinished();

        ASSERT_EQ(integrityCheck(review), u"ok"_s) << "attempt " << attempt;
        auto f = ReviewFile::open(review, ReviewFile::Mode::OpenExisting);
        ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
        EXPECT_TRUE((*f)->contains(u"T-1"_s).value()) << "the dossier that was there before is still there";
        if ((*f)->contains(generated.info.id).value()) {
            auto d = (*f)->load(generated.info.id);
            ASSERT_TRUE(d.ok());
            ASSERT_EQ(DossierWriter::write(*d), expected) << "attempt " << attempt << ": a partial dossier";
            ++whole;
        } else {
            ++none;
        }
    }
    // Both outcomes should occur, or the kills did not land during the import.
    EXPECT_GT(none, 0);
    RecordProperty("whole", whole);
    RecordProperty("none", none);
    std::cout << "killed imports: " << whole << " complete, " << none << " absent" << std::endl;
}

TEST_F(DemoReviewFileTest, AKilledReportLeavesThePreviousReportWholeAndNoDebris)
{
    const QString out = m_dir.filePath(u"reports"_s);
    ASSERT_TRUE(QDir().mkpath(out));
    const QString pdf = out + u"/report.pdf"_s;
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(QProcess::execute(QStringLiteral(HOSTREVIEW_CLI_PATH),
                                {u"report"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf}),
              0);
    const qint64 full = std::max<qint64>(timer.elapsed(), 50);
    const QByteArray previous = readAll(pdf);
    ASSERT_TRUE(previous.startsWith("%PDF"));
    QRandomGenerator random(20261207);
    int replaced = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        QProcess p;
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH),
                {u"report"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf, u"--public"_s});
        ASSERT_TRUE(p.waitForStarted());
        QThread::msleep(random.bounded(quint32(full + full / 5)));
        p.kill(); // SIGKILL
        p.waitForFinished();
        const QByteArray now = readAll(pdf);
        // The previous report, or the new one complete: never half of one.
        if (now != previous) {
            EXPECT_TRUE(now.startsWith("%PDF") && now.trimmed().endsWith("%%EOF")) << "attempt " << attempt;
            ++replaced;
        }
        EXPECT_EQ(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.pdf"_s})
            << "attempt " << attempt << ": no temporary file left";
    }
    std::cout << "killed reports: " << replaced << " of 12 had replaced the previous one" << std::endl;
}
