// SPDX-License-Identifier: EUPL-1.2
// Spreadsheets through hostreview-cli: a French requirement list (Windows-1252, semicolons) and
// its amended version become revisions; bad rows are named and nothing is written; a vendor's
// answers go out with `vendor --csv` and come back with `import-answers`.
#include "TestSupport.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

class SpreadsheetCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(runCli({u"new-dossier"_s, m_review, u"--id"_s, u"D"_s, u"--title"_s, u"Consultation"_s}), 0);
    }
    int run(const QStringList& args, QString* out, QString* err)
    {
        QStringList all{args.first(), m_review, u"--dossier"_s, u"D"_s};
        all << args.mid(1);
        return runCli(all, out, err);
    }
    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        writeAll(path, bytes);
        return path;
    }
    int auditSize()
    {
        auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
        if (!f)
            return -1;
        const auto trail = (*f)->auditTrail(u"D"_s);
        return trail.ok() ? int(trail->size()) : -1;
    }

    QTemporaryDir m_dir;
    QString m_review = m_dir.filePath(u"review.db"_s);
};

} // namespace

TEST_F(SpreadsheetCliTest, AnAmendedFrenchListBecomesRevisions)
{
    // As a French Excel saves it: Windows-1252 (é = E9), semicolons, decimal commas, CRLF.
    const QString v1 = file("v1.csv",
                            "Identifiant;Cat\xe9gorie;Titre;Texte;Obligatoire;Poids\r\n"
                            "SEC-01;s\xe9"
                            "curit\xe9;Chiffrement;Donn\xe9"
                            "es chiffr\xe9"
                            "es au repos;oui;3\r\n"
                            "OPS-01;op\xe9rationnel;Support;Support en fran\xe7"
                            "ais;non;1\r\n");
    const QString v2 = file("v2.csv",
                            "Identifiant;Cat\xe9gorie;Titre;Texte;Obligatoire;Poids\r\n"
                            "SEC-01;s\xe9"
                            "curit\xe9;Chiffrement;Donn\xe9"
                            "es chiffr\xe9"
                            "es au repos et en transit;oui;3,5\r\n"
                            "REV-01;r\xe9versibilit\xe9;Sortie;Export en formats ouverts;oui;1\r\n");
    QString out, err;
    ASSERT_EQ(run({u"import-requirements"_s, u"--csv"_s, v1, u"--effective"_s, u"2024-01-10"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"Windows-1252"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"added SEC-01 (line 2)"_s)) << out.toStdString();

    const int before = auditSize();
    ASSERT_EQ(
        run({u"import-requirements"_s, u"--csv"_s, v2, u"--effective"_s, u"2024-02-01"_s, u"--dry-run"_s}, &out, &err),
        0);
    EXPECT_TRUE(out.contains(u"revised SEC-01 (line 2): rev 2 (text, weight 3 → 3.5)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"withdrawn OPS-01: rev 2"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"added REV-01 (line 3)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Dry run"_s));
    EXPECT_EQ(auditSize(), before);

    ASSERT_EQ(run({u"import-requirements"_s,
                   u"--csv"_s,
                   v2,
                   u"--effective"_s,
                   u"2024-02-01"_s,
                   u"--rationale"_s,
                   u"Avenant n° 1"_s},
                  &out,
                  &err),
              0)
        << err.toStdString();
    EXPECT_EQ(auditSize(), before + 1);
    ASSERT_EQ(runCli({u"history"_s, m_review, u"--dossier"_s, u"D"_s, u"--requirement"_s, u"SEC-01"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"Données chiffrées au repos et en transit"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Avenant n° 1"_s)) << out.toStdString();
}

TEST_F(SpreadsheetCliTest, EveryBadRowIsNamedAndNothingIsWritten)
{
    const QString bad = file("bad.csv",
                             "id,text,mandatory,weight\n"
                             "SEC-01,ok,yes,1\n"
                             "SEC 02,spaces in the id,yes,1\n"
                             "SEC-03,weight,yes,lots\n");
    const int before = auditSize();
    QString out, err;
    EXPECT_EQ(run({u"import-requirements"_s, u"--csv"_s, bad, u"--effective"_s, u"2024-01-10"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains(bad + u":3:1: \"SEC 02\" is not a valid id"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(bad + u":4:19: \"lots\" is not a number"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"Nothing was written."_s));
    EXPECT_EQ(auditSize(), before);
}

TEST_F(SpreadsheetCliTest, AVendorsAnswersGoOutAndComeBack)
{
    QTemporaryDir dir;
    const QString review = dir.filePath(u"demo.db"_s);
    ASSERT_EQ(runCli({u"import"_s, demoPath(), u"--into"_s, review}), 0);
    const QString csv = dir.filePath(u"ovh.csv"_s);
    QString out, err;
    // As of the day after the bids' last answers.
    ASSERT_EQ(runCli({u"vendor"_s,
                      review,
                      u"--dossier"_s,
                      u"EMC2-2023"_s,
                      u"--vendor"_s,
                      u"V-OVH"_s,
                      u"--as-of"_s,
                      u"2024-01-31"_s,
                      u"--csv"_s,
                      csv},
                     &out,
                     &err),
              0)
        << err.toStdString();
    const QStringList import{
        u"import-answers"_s, review, u"--dossier"_s, u"EMC2-2023"_s, u"--bid"_s, u"B-OVH"_s, u"--csv"_s, csv};
    ASSERT_EQ(runCli(import, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(u"No change"_s));

    // The vendor changes one answer and dates it.
    QByteArray bytes = readAll(csv);
    const qsizetype at = bytes.indexOf("V-OVH,TEC-02,");
    ASSERT_GE(at, 0);
    const qsizetype end = bytes.indexOf('\n', at);
    QList<QByteArray> cells = bytes.mid(at, end - at).split(',');
    cells[7] = "full";
    cells[8] = "2023-12-21";
    bytes.replace(at, end - at, cells.join(','));
    writeAll(csv, bytes);
    ASSERT_EQ(runCli(import, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(u"TEC-02 rev 2 full (was rev 2 partial)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"24 unchanged"_s)) << out.toStdString();
    ASSERT_EQ(runCli({u"audit"_s, review}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"answers of bid B-OVH from ovh.csv: 1"_s)) << out.toStdString();
}
