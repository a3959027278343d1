// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {
using CliTest = DemoReviewFileTest;
} // namespace

TEST_F(CliTest, ShowTellsTheStoryOfTheConsultation)
{
    QString out;
    ASSERT_EQ(runCli({u"show"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"Illustrative dossier"_s));
    EXPECT_TRUE(out.contains(u"Response window: 14 days, from 4 December 2023 to 18 December 2023"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"(first announced deadline: 15 December 2023)"_s));
    EXPECT_TRUE(out.contains(u"13 December 2023  Deadline extended → 18 December 2023"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"12 December 2023  TEC-02 rev 2"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"3 days before the deadline in force (15 December 2023)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"TEC-04 added (rev 1)"_s));
    EXPECT_TRUE(out.contains(u"no rationale given"_s));
    EXPECT_TRUE(out.contains(u"1 day after the deadline (18 December 2023)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"decision published"_s));
}

TEST_F(CliTest, HistoryListsEveryRevision)
{
    QString out;
    ASSERT_EQ(runCli({u"history"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--requirement"_s, u"FUN-01"_s}, &out),
              0);
    EXPECT_TRUE(out.contains(u"3 revisions"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"rev 1, effective 2023-12-04"_s));
    EXPECT_TRUE(out.contains(u"rev 3, effective 2023-12-08"_s));
    EXPECT_TRUE(out.contains(u"changed: "_s));
    QString err;
    EXPECT_EQ(
        runCli({u"history"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--requirement"_s, u"NOPE"_s}, nullptr, &err),
        2);
    EXPECT_TRUE(err.contains(u"no requirement NOPE"_s));
    // REV-01 rev 2 came a day after the deadline then in force.
    ASSERT_EQ(runCli({u"history"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--requirement"_s, u"REV-01"_s}, &out),
              0);
    EXPECT_TRUE(out.contains(u"effective 1 day after the deadline then in force (18 December 2023)"_s))
        << out.toStdString();
    EXPECT_FALSE(out.contains(u"%n"_s)) << out.toStdString();
    ASSERT_EQ(runCli({u"history"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--requirement"_s, u"TEC-02"_s}, &out),
              0);
    EXPECT_TRUE(out.contains(u"un délai maximal de [-12-]{+6+} semaines"_s)) << out.toStdString();
}

TEST_F(CliTest, ListAndExport)
{
    QString out;
    ASSERT_EQ(runCli({u"list"_s, m_review}, &out), 0);
    EXPECT_TRUE(out.contains(u"EMC2-2023"_s));
    EXPECT_TRUE(out.contains(u"[illustrative]"_s));
    const QString exported = m_dir.filePath(u"out.json"_s);
    ASSERT_EQ(runCli({u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, exported}), 0);
    EXPECT_EQ(QFile::permissions(exported) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions())
        << "exports are owner-only";
    // Re-import of the export into another file, and export again: same bytes.
    const QString other = m_dir.filePath(u"other.db"_s);
    ASSERT_EQ(runCli({u"import"_s, exported, u"--into"_s, other}), 0);
    QString again;
    ASSERT_EQ(runCli({u"export"_s, other, u"--dossier"_s, u"EMC2-2023"_s}, &again), 0);
    EXPECT_EQ(again.toUtf8(), readAll(exported));
}

TEST_F(CliTest, ExitCodesAndErrors)
{
    QString out, err;
    EXPECT_EQ(runCli({}, &out, &err), 2);
    EXPECT_EQ(runCli({u"frobnicate"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"unknown command"_s));
    EXPECT_EQ(runCli({u"import"_s, demoPath()}, &out, &err), 2) << "--into is required";
    EXPECT_EQ(runCli({u"import"_s, demoPath(), u"--into"_s, m_review}, &out, &err), 2) << "already there";
    EXPECT_TRUE(err.contains(u"already in this review file"_s)) << err.toStdString();
    EXPECT_EQ(runCli({u"show"_s, m_dir.filePath(u"missing.db"_s), u"--dossier"_s, u"X"_s}, &out, &err), 2);
    EXPECT_EQ(runCli({u"show"_s, m_review, u"--dossier"_s, u"NOPE"_s}, &out, &err), 2);
    EXPECT_EQ(runCli({u"--help"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"Usage: hostreview-cli"_s));
    EXPECT_EQ(runCli({u"help"_s, u"import"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"nothing is stored"_s));
}

TEST_F(CliTest, TheRealBinaryRunsWithExitCodes)
{
    QProcess p;
    p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), {u"--version"_s});
    ASSERT_TRUE(p.waitForFinished());
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_TRUE(p.readAllStandardOutput().startsWith("hostreview-cli "));
    p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), {u"import"_s, u"/nonexistent.json"_s, u"--into"_s, m_review});
    ASSERT_TRUE(p.waitForFinished());
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_TRUE(p.readAllStandardError().contains("no such file"));
}

// The binary writes JSON straight to its output, the same bytes as the command run in process,
// and reports an output it cannot write.
TEST_F(CliTest, TheRealBinaryWritesTheSameAnalysisAsInProcess)
{
    const QStringList args{u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--format"_s, u"json"_s};
    QString inProcess;
    ASSERT_EQ(runCli(args, &inProcess), 0);
    {
        QProcess p;
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        const QByteArray out = p.readAllStandardOutput();
        EXPECT_EQ(out, inProcess.toUtf8());
        EXPECT_TRUE(out.startsWith("{\n  \"format\": \"hostreview-analysis\""));
    }
    if (QFile::exists(u"/dev/full"_s)) {
        QProcess p;
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), args);
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 1) << "a full disk is not a success";
        EXPECT_TRUE(p.readAllStandardError().contains("cannot write the output"));
        // Another command that writes its output as bytes.
        p.start(QStringLiteral(HOSTREVIEW_CLI_PATH), {u"export"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s});
        ASSERT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 1);
        EXPECT_TRUE(p.readAllStandardError().contains("cannot write the output"));
    }
}

TEST_F(CliTest, GenerateWritesAValidDeterministicDossier)
{
    const QString a = m_dir.filePath(u"a.json"_s);
    const QString b = m_dir.filePath(u"b.json"_s);
    const QStringList args{u"generate"_s,
                           u"--requirements"_s,
                           u"30"_s,
                           u"--vendors"_s,
                           u"3"_s,
                           u"--changes"_s,
                           u"20"_s,
                           u"--seed"_s,
                           u"9"_s,
                           u"-o"_s};
    ASSERT_EQ(runCli(args + QStringList{a}), 0);
    ASSERT_EQ(runCli(args + QStringList{b}), 0);
    EXPECT_EQ(readAll(a), readAll(b));
    QString out;
    ASSERT_EQ(runCli({u"import"_s, a, u"--into"_s, m_review}, &out), 0);
    EXPECT_TRUE(out.contains(u"30 requirements, 50 revisions, 3 vendors, 3 bids"_s)) << out.toStdString();
    EXPECT_EQ(runCli({u"generate"_s, u"--requirements"_s, u"many"_s, u"-o"_s, a}), 2);
}
