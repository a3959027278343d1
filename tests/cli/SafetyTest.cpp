// SPDX-License-Identifier: EUPL-1.2
// What HostReview says is true and what it writes is safe: the refusals, writes and views of the
// "truth and safety" work, each as a user would meet it.
#include "TestSupport.h"
#include "analysis/Compliance.h"
#include "analysis/DossierQueries.h"
#include "analysis/SignalEngine.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "support/Language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

Result<Dossier> readJson(const QByteArray& json)
{
    return DossierReader::read(json, u"test.json"_s);
}

// Runs the real hostreview-cli (the terminal filter and exit codes are the program's own), through
// `sh -c` when a shell prefix (a ulimit) is given.
int runProgram(const QStringList& args, QByteArray* out, QByteArray* err, const QString& shellPrefix = {})
{
    QProcess p;
    if (shellPrefix.isEmpty()) {
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), args);
    } else {
        QStringList quoted;
        for (const QString& a : args)
            quoted << u'\'' + QString(a).replace(u"'"_s, u"'\\''"_s) + u'\'';
        p.start(
            u"sh"_s,
            {u"-c"_s, shellPrefix + u"; exec '"_s + QStringLiteral(HOSTREVIEW_CLI_PATH) + u"' "_s + quoted.join(u' ')});
    }
    p.waitForFinished(120000);
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// Changes a review file as another program would (the sqlite3 tool), past HostReview's checks.
void alterOutside(const QString& path, const QStringList& statements)
{
    const QString name = u"raw-alter"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        for (const QString& sql : statements)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(SafetyTest, ABareDateAfterADateTimeOfTheSameDayInTheDossiersZoneIsInOrder)
{
    // 20:30 in New York on 12 January is 13 January in Paris: a bare 13 January follows it.
    QByteArray json = minimalJson();
    json.replace(R"({ "rev": 2, "effective_at": "2024-03-15",)",
                 R"({ "rev": 2, "effective_at": "2024-03-14T20:30:00-05:00",)");
    json.replace(R"("revisions": [ { "rev": 1, "effective_at": "2024-03-01", "text": "A tested exit plan." } ])",
                 R"("revisions": [ { "rev": 1, "effective_at": "2024-03-01", "text": "A tested exit plan." },
                                   { "rev": 2, "effective_at": "2024-03-14T20:30:00-05:00", "text": "Tested yearly." },
                                   { "rev": 3, "effective_at": "2024-03-15", "text": "Tested twice a year." } ])");
    auto d = readJson(json);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_EQ(DossierQueries::inForce(d->requirements[1], QDate(2024, 3, 15))->rev, 3) << "on one day, the higher rev";
    // A bare date before the date-time's day is still refused, with its pointer.
    json.replace(R"({ "rev": 3, "effective_at": "2024-03-15",)", R"({ "rev": 3, "effective_at": "2024-03-14",)");
    auto refused = readJson(json);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().pointer, u"/requirements/1/revisions/2/effective_at"_s);
}

TEST(SafetyTest, ADatedWithdrawalCountsTheBidUntilItsDay)
{
    // B-1 (10 March) is withdrawn on 25 March, the day after B-2 arrives.
    QByteArray json = minimalJson();
    json.replace(
        R"({ "id": "B-1", "vendor": "V-1", "submitted_at": "2024-03-10",)",
        R"({ "id": "B-1", "vendor": "V-1", "submitted_at": "2024-03-10", "status": "withdrawn", "status_at": "2024-03-25",)");
    auto d = readJson(json);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    EXPECT_TRUE(bool(q.answerAsOf(u"V-1", u"R-2", QDate(2024, 3, 24))));
    EXPECT_FALSE(bool(q.answerAsOf(u"V-1", u"R-2", QDate(2024, 3, 25))));
    const ComplianceMatrix before = ComplianceMatrix::compute(q, QDate(2024, 3, 24));
    EXPECT_EQ(before.scores()[0].unanswered, 0) << "V-1 had answered both requirements";
    const ComplianceMatrix after = ComplianceMatrix::compute(q, QDate(2024, 3, 25));
    EXPECT_EQ(after.scores()[0].unanswered, 2) << "withdrawn: its answers no longer count";
    // The analysis as of the 24th sees two bids; as of the 25th and at the end, one.
    const AnalysisProfile profile;
    const auto codes = [&](std::optional<QDate> day) {
        QStringList out;
        for (const Signal& s : SignalEngine::analyze(*d, profile, day).fired)
            out << s.code;
        return out;
    };
    EXPECT_TRUE(codes(QDate(2024, 3, 24)).contains(u"FEW_BIDS"_s));
    EXPECT_FALSE(codes(QDate(2024, 3, 24)).contains(u"SINGLE_BID"_s));
    EXPECT_TRUE(codes(QDate(2024, 3, 25)).contains(u"SINGLE_BID"_s));
    EXPECT_TRUE(codes(std::nullopt).contains(u"SINGLE_BID"_s));
    // Kept on export, and refused before the submission, with its pointer.
    EXPECT_TRUE(DossierWriter::write(*d).contains(R"("status_at": "2024-03-25")"));
    json.replace(R"("status_at": "2024-03-25")", R"("status_at": "2024-03-09")");
    auto refused = readJson(json);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().pointer, u"/bids/0/status_at"_s);
}

TEST_F(DemoReviewFileTest, TheDemosWithdrawnBidStillCountsTheDayBeforeItsWithdrawal)
{
    // NumSpot submitted four answers on 15 December and withdrew on 18 December.
    QString out;
    ASSERT_EQ(runCli({u"vendor"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--vendor"_s,
                      u"V-NUMSPOT"_s,
                      u"--as-of"_s,
                      u"2023-12-16"_s},
                     &out),
              0);
    EXPECT_EQ(out.count(u": full (rev"_s) + out.count(u": partial (rev"_s) + out.count(u": none (rev"_s) +
                  out.count(u": stale (rev"_s),
              4)
        << out.toStdString();
    ASSERT_EQ(runCli({u"vendor"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--vendor"_s,
                      u"V-NUMSPOT"_s,
                      u"--as-of"_s,
                      u"2023-12-18"_s},
                     &out),
              0);
    EXPECT_FALSE(out.contains(u"(rev"_s)) << "withdrawn: its answers no longer count\n" << out.toStdString();
}

TEST(SafetyTest, NulAndNumbersADoubleCannotHoldAreRefusedWithTheirPosition)
{
    QByteArray json = minimalJson();
    json.replace(R"("title": "Encryption")", R"("title": "Encry\u0000ption")");
    auto nul = readJson(json);
    ASSERT_FALSE(nul.ok());
    EXPECT_TRUE(nul.error().reason.contains(u"\\u0000"_s)) << nul.error().toString().toStdString();
    EXPECT_GT(nul.error().line, 0);

    json = minimalJson();
    json.replace(R"("amount": 1200000.5)", R"("amount": 9007199254740993)");
    auto big = readJson(json);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().pointer, u"/bids/1/price/amount"_s);
    EXPECT_TRUE(big.error().reason.contains(u"9007199254740992"_s)) << "it says what it would have become";
    // What a double holds exactly is kept: 2^53, decimals as written.
    for (const char* ok : {"9007199254740992", "0.1", "1499.99", "1e3"}) {
        json = minimalJson();
        json.replace(QByteArray(R"("amount": 1200000.5)"), QByteArray(R"("amount": )").append(ok));
        EXPECT_TRUE(readJson(json).ok()) << ok;
    }
}

TEST(SafetyTest, ControlCharactersReachTheTerminalVisibly)
{
    QTemporaryDir dir;
    QByteArray json = minimalJson();
    json.replace(R"("title": "Test dossier")", R"("title": "Test \u001b[2J\u001b]0;pwned\u0007 dossier\r")");
    const QString path = dir.filePath(u"ctl.json"_s);
    writeAll(path, json);
    const QString review = dir.filePath(u"r.db"_s);
    ASSERT_EQ(runProgram({u"import"_s, path, u"--into"_s, review}, nullptr, nullptr), 0);
    QByteArray out;
    ASSERT_EQ(runProgram({u"list"_s, review}, &out, nullptr), 0);
    EXPECT_FALSE(out.contains('\x1b')) << out.toStdString();
    EXPECT_FALSE(out.contains('\x07'));
    EXPECT_FALSE(out.contains('\r'));
    EXPECT_TRUE(out.contains(R"(Test \u001b[2J\u001b]0;pwned\u0007 dossier\u000d)")) << out.toStdString();
    // JSON output escapes them itself and is unchanged.
    ASSERT_EQ(runProgram({u"export"_s, review, u"--dossier"_s, u"T-1"_s}, &out, nullptr), 0);
    EXPECT_TRUE(out.contains(R"(Test \u001b[2J\u001b]0;pwned\u0007 dossier\r)")) << out.toStdString();
}

TEST_F(DemoReviewFileTest, TargetsThatAreNotRegularFilesAreRefused)
{
    struct stat before;
    ASSERT_EQ(::stat("/dev/null", &before), 0);
    for (const QStringList& args :
         {QStringList{u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, u"/dev/null"_s},
          QStringList{u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, m_dir.path()},
          QStringList{u"report"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, u"/dev/null"_s},
          QStringList{u"vendor"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--vendor"_s,
                      u"V-OVH"_s,
                      u"--csv"_s,
                      u"/dev/null"_s}}) {
        QByteArray err;
        EXPECT_EQ(runProgram(args, nullptr, &err), 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(err.contains("not a regular file") || err.contains("folder")) << err.toStdString();
    }
    struct stat after;
    ASSERT_EQ(::stat("/dev/null", &after), 0);
    EXPECT_TRUE(S_ISCHR(after.st_mode)) << "/dev/null is still a device";
    EXPECT_EQ(after.st_mode, before.st_mode);
}

TEST_F(DemoReviewFileTest, AFullDiskKeepsThePreviousFileAndLeavesNoDebris)
{
    const QString out = m_dir.filePath(u"out"_s);
    ASSERT_TRUE(QDir().mkpath(out));
    const QString pdf = out + u"/report.pdf"_s;
    const QString json = out + u"/dossier.json"_s;
    ASSERT_EQ(runProgram({u"report"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf}, nullptr, nullptr), 0);
    ASSERT_EQ(runProgram({u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, json}, nullptr, nullptr), 0);
    const QByteArray goodPdf = readAll(pdf);
    const QByteArray goodJson = readAll(json);
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    // A file size limit of 48 KiB (96 blocks of 512 bytes): the review file's shared memory fits, the
    // report and the export do not, as on a disk that fills up while they are written.
    QByteArray err;
    EXPECT_EQ(runProgram({u"report"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf, u"--public"_s},
                         nullptr,
                         &err,
                         u"ulimit -f 96"_s),
              1)
        << err.toStdString();
    EXPECT_FALSE(err.contains("Wrote")) << err.toStdString();
    EXPECT_EQ(runProgram({u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, json, u"--public"_s},
                         nullptr,
                         &err,
                         u"ulimit -f 96"_s),
              1)
        << err.toStdString();
    EXPECT_EQ(readAll(pdf), goodPdf) << "the previous report is intact";
    EXPECT_EQ(readAll(json), goodJson) << "the previous export is intact";
    EXPECT_EQ(entries(out), (QStringList{u"dossier.json"_s, u"report.pdf"_s})) << "no temporary file left";
}

TEST_F(DemoReviewFileTest, AReadOnlyReviewFileIsReadAndRefusesChangesAsReadOnly)
{
    const QString place = m_dir.filePath(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(place));
    const QString copy = place + u"/review.db"_s;
    ASSERT_TRUE(QFile::copy(m_review, copy));
    ::chmod(QFile::encodeName(copy).constData(), 0444);
    ::chmod(QFile::encodeName(place).constData(), 0555);
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    // Root writes anywhere: the program then runs as nobody, for whom the folder is read-only.
    // A copy of the program that nobody may run, wherever the build tree is.
    const QString program = m_dir.filePath(u"hostreview-cli"_s);
    ASSERT_TRUE(QFile::copy(QStringLiteral(HOSTREVIEW_CLI_PATH), program));
    ::chmod(QFile::encodeName(program).constData(), 0755);
    auto run = [&](const QStringList& args, QByteArray* out, QByteArray* err) {
        QProcess p;
        if (::geteuid() == 0) {
            p.start(u"setpriv"_s,
                    QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, program} + args);
        } else {
            p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), args);
        }
        p.waitForFinished(60000);
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QByteArray out, err;
    ASSERT_EQ(run({u"list"_s, copy}, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.contains("EMC2-2023"));
    ASSERT_EQ(run({u"analyze"_s, copy, u"--dossier"_s, u"EMC2-2023"_s, u"--format"_s, u"json"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains("\"bias_index\""));
    EXPECT_NE(run({u"revise"_s,
                   copy,
                   u"--dossier"_s,
                   u"EMC2-2023"_s,
                   u"--requirement"_s,
                   u"SEC-01"_s,
                   u"--effective"_s,
                   u"2023-12-16"_s,
                   u"--weight"_s,
                   u"5"_s},
                  &out,
                  &err),
              0);
    EXPECT_TRUE(err.contains("read-only")) << err.toStdString();
    EXPECT_FALSE(err.contains("damaged")) << err.toStdString();
    // A whole dossier, imported or created, is refused in the same words.
    const QString json = m_dir.filePath(u"minimal.json"_s);
    writeAll(json, minimalJson());
    ::chmod(QFile::encodeName(json).constData(), 0644);
    EXPECT_NE(run({u"import"_s, json, u"--into"_s, copy}, &out, &err), 0);
    EXPECT_TRUE(err.contains("read-only")) << err.toStdString();
    EXPECT_NE(
        run({u"new-dossier"_s, copy, u"--id"_s, u"D-NEW"_s, u"--title"_s, u"New"_s, u"--author"_s, u"A"_s}, &out, &err),
        0);
    EXPECT_TRUE(err.contains("read-only")) << err.toStdString();
    EXPECT_EQ(entries(place), QStringList{u"review.db"_s}) << "no -wal or -shm left behind";
    ::chmod(QFile::encodeName(place).constData(), 0755);
}

TEST_F(DemoReviewFileTest, PeopleRevisingOneRequirementAtOnceEachGetTheNextNumber)
{
    QList<QProcess*> running;
    for (int p = 0; p < 3; ++p) {
        auto* proc = new QProcess;
        QStringList script;
        for (int i = 0; i < 8; ++i) {
            script << u"'"_s + QStringLiteral(HOSTREVIEW_CLI_PATH) + u"' revise '"_s + m_review +
                          u"' --dossier EMC2-2023 --requirement SEC-01 --effective 2023-12-20 --rationale p"_s +
                          QString::number(p) + u" || exit 1"_s;
        }
        proc->start(u"sh"_s, {u"-c"_s, script.join(u'\n')});
        running << proc;
    }
    for (QProcess* proc : running) {
        proc->waitForFinished(120000);
        EXPECT_EQ(proc->exitCode(), 0) << proc->readAllStandardError().toStdString();
        delete proc;
    }
    QString out;
    ASSERT_EQ(runCli({u"history"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--requirement"_s, u"SEC-01"_s}, &out),
              0);
    EXPECT_TRUE(out.contains(u"25 revisions"_s)) << out.toStdString();
}

TEST_F(DemoReviewFileTest, AnExportNeverHoldsWhatAnImportWouldRefuse)
{
    ASSERT_NO_FATAL_FAILURE(alterOutside(
        m_review, {u"DROP TRIGGER event_no_update"_s, u"UPDATE event SET at = '' WHERE key = 'E-OPEN'"_s}));
    const QString json = m_dir.filePath(u"altered.json"_s);
    QString err;
    EXPECT_EQ(runCli({u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, json}, nullptr, &err), 1);
    EXPECT_TRUE(err.contains(u"/events/1/at"_s)) << err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(json)) << "nothing written";
}

TEST_F(DemoReviewFileTest, TheClaimsCheckSaysWhoCompliedTheSelectedVendorIncluded)
{
    QString out;
    ASSERT_EQ(runCli({u"claims"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"OVHcloud met 19 of 21."_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"The selected vendor, Microsoft Ireland Operations Ltd, met 17 of 21: it did not comply "
                             "either."_s))
        << out.toStdString();
}

TEST_F(DemoReviewFileTest, TheCommandLineSaysWordsNotKeysInEitherLanguage)
{
    QString out, err;
    // --lang is read by the program's main(): in process, the language is installed as it does.
    ASSERT_TRUE(Language::install(u"fr"_s));
    // The audit trail's actions.
    ASSERT_EQ(runCli({u"audit"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--lang"_s, u"fr"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"dossier importé"_s)) << out.toStdString();
    // Its details too: recorded in English, shown in the reader's language.
    EXPECT_TRUE(out.contains(u"importé depuis"_s)) << out.toStdString();
    EXPECT_FALSE(out.contains(u"imported from"_s)) << out.toStdString();
    EXPECT_FALSE(out.contains(u"  import  "_s)) << out.toStdString();
    // What an analysis lacked: words, with the format's key in brackets.
    ASSERT_EQ(runCli({u"import"_s, sourcePath(u"resources/demo/hdh-2019.json"_s), u"--into"_s, m_review}), 0);
    ASSERT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, u"HDH-2019"_s, u"--lang"_s, u"fr"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"une date limite de remise des offres [events.bid_deadline]"_s)) << out.toStdString();
    ASSERT_TRUE(Language::install(u"en"_s));
    ASSERT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, u"HDH-2019"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"a bid deadline [events.bid_deadline]"_s)) << out.toStdString();
    // A built-in criterion's title in the user's language, whatever language it was stored in.
    ASSERT_TRUE(Language::install(u"fr"_s));
    ASSERT_EQ(runCli({u"assessment"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--lang"_s, u"fr"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"Base légale et finalité du traitement"_s)) << out.toStdString();
    ASSERT_TRUE(Language::install(u"en"_s));
    ASSERT_EQ(runCli({u"assessment"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--lang"_s, u"en"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"Legal basis and purpose of the processing"_s)) << out.toStdString();
    // The outcome as the application spells it.
    for (const QString& spelled : {u"authorised"_s, u"Authorised with conditions"_s}) {
        EXPECT_EQ(runCli({u"decide"_s,
                          m_review,
                          u"--dossier"_s,
                          u"HDH-2019"_s,
                          u"--outcome"_s,
                          spelled,
                          u"--despite-assessment"_s},
                         &out,
                         &err),
                  0)
            << spelled.toStdString() << ": " << err.toStdString();
    }
    EXPECT_TRUE(out.contains(u"Authorised with conditions"_s)) << out.toStdString();
}

TEST(SafetyTest, OnOneDayABareDateEqualsEveryMomentAndTheLaterInTheFileWins)
{
    // Two extensions on 18 March, the bare date later in the file: it sets the final deadline.
    QByteArray json = minimalJson();
    json.replace(
        R"({ "id": "E-EXT", "kind": "deadline_extended", "at": "2024-03-18", "new_deadline": "2024-03-25" })",
        R"({ "id": "E-EXT", "kind": "deadline_extended", "at": "2024-03-18T17:15:00+01:00", "new_deadline": "2024-03-25" },
                    { "id": "E-EXT2", "kind": "deadline_extended", "at": "2024-03-18", "new_deadline": "2024-03-28" })");
    // V-1 answers R-2 twice on 12 March: "none" at 18:00, then "full" on the bare day.
    json.replace(
        R"({ "requirement": "R-2", "rev": 1, "compliance": "partial", "evidence": "secret plan", "confidential": true })",
        R"({ "requirement": "R-2", "rev": 1, "compliance": "none", "at": "2024-03-12T18:00:00+01:00" },
                    { "requirement": "R-2", "rev": 1, "compliance": "full", "at": "2024-03-12" })");
    auto d = readJson(json);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    const DossierQueries q(*d);
    EXPECT_EQ(q.finalDeadline(), QDate(2024, 3, 28));
    EXPECT_EQ(q.deadlineAt(QDate(2024, 3, 18)), QDate(2024, 3, 28));
    const auto a = q.answerAsOf(u"V-1", u"R-2", QDate(2024, 3, 12));
    ASSERT_TRUE(bool(a));
    EXPECT_EQ(a.response->compliance, Compliance::Full);
    // Two date-times of one day still go by the clock, whatever their order in the file.
    json.replace(R"("compliance": "full", "at": "2024-03-12" })",
                 R"("compliance": "full", "at": "2024-03-12T09:00:00+01:00" })");
    auto clock = readJson(json);
    ASSERT_TRUE(clock.ok());
    const DossierQueries byClock(*clock);
    EXPECT_EQ(byClock.answerAsOf(u"V-1", u"R-2", QDate(2024, 3, 12)).response->compliance, Compliance::None);
}

TEST_F(DemoReviewFileTest, CheckListsEveryStoredValueAnImportWouldRefuseWithItsTableAndRow)
{
    QString out, err;
    ASSERT_EQ(runCli({u"check"_s, m_review}, &out, &err), 0) << out.toStdString() << err.toStdString();
    EXPECT_TRUE(out.contains(u"nothing an import would refuse"_s));
    ASSERT_NO_FATAL_FAILURE(alterOutside(m_review,
                                         {u"DROP TRIGGER event_no_update"_s,
                                          u"UPDATE event SET at = '' WHERE key = 'E-OPEN'"_s,
                                          u"UPDATE claim SET source = 'S-NOWHERE' WHERE key = 'C-NO-ALT-OFFER'"_s,
                                          u"UPDATE source SET key = 'S BAD' WHERE key = 'S-PRESS-CONSULT'"_s}));
    EXPECT_EQ(runCli({u"check"_s, m_review}, &out, &err), 1);
    EXPECT_TRUE(out.contains(u"table event, row "_s) && out.contains(u"E-OPEN), at: "_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"table claim, row "_s) && out.contains(u"unknown source id S-NOWHERE"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"table source, row "_s) && out.contains(u"\"S BAD\" is not a valid id"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"problems found."_s)) << out.toStdString();
}

TEST_F(DemoReviewFileTest, ABidsDatedStatusIsRecordedFromTheCommandLine)
{
    QString out, err;
    ASSERT_EQ(runCli({u"add-vendor"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--id"_s,
                      u"V-NEW"_s,
                      u"--name"_s,
                      u"New Cloud"_s,
                      u"--country"_s,
                      u"FR"_s},
                     &out,
                     &err),
              0)
        << err.toStdString();
    // --status-at without a status it could date is a usage error, and changes nothing.
    EXPECT_EQ(runCli({u"add-bid"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--id"_s,
                      u"B-NEW"_s,
                      u"--vendor"_s,
                      u"V-NEW"_s,
                      u"--submitted"_s,
                      u"2023-12-13"_s,
                      u"--status-at"_s,
                      u"2023-12-17"_s},
                     &out,
                     &err),
              2);
    EXPECT_TRUE(err.contains(u"--status-at"_s)) << err.toStdString();
    ASSERT_EQ(runCli({u"add-bid"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--id"_s,
                      u"B-NEW"_s,
                      u"--vendor"_s,
                      u"V-NEW"_s,
                      u"--submitted"_s,
                      u"2023-12-13"_s,
                      u"--status"_s,
                      u"withdrawn"_s,
                      u"--status-at"_s,
                      u"2023-12-17"_s},
                     &out,
                     &err),
              0)
        << err.toStdString();
    ASSERT_EQ(runCli({u"answer"_s,
                      m_review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--bid"_s,
                      u"B-NEW"_s,
                      u"--requirement"_s,
                      u"SEC-01"_s,
                      u"--compliance"_s,
                      u"full"_s},
                     &out,
                     &err),
              0)
        << err.toStdString();
    const Dossier d = demoAsStored();
    const Bid* b = d.bid(u"B-NEW");
    ASSERT_NE(b, nullptr);
    ASSERT_TRUE(b->statusAt.has_value());
    EXPECT_EQ(b->statusAt->day(), QDate(2023, 12, 17));
    const DossierQueries q(d);
    EXPECT_TRUE(bool(q.answerAsOf(u"V-NEW", u"SEC-01", QDate(2023, 12, 16))));
    EXPECT_FALSE(bool(q.answerAsOf(u"V-NEW", u"SEC-01", QDate(2023, 12, 17))));
    ASSERT_EQ(runCli({u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"\"status_at\": \"2023-12-17\""_s));
}
