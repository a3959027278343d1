// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "format/DossierReader.h"
#include "support/Language.h"

#include <QFileInfo>
#include <QLocale>
#include <QProcess>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

// The text of a PDF as a reader would copy it (pdftotext, package poppler-utils), or of its
// metadata (pdfinfo).
QString pdfTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << tool.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString report(const QString& review, const QString& pdf, const QStringList& extra = {})
{
    QString out, err;
    EXPECT_EQ(
        runCli(QStringList{u"report"_s, review, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf} + extra, &out, &err), 0)
        << err.toStdString();
    // Spaces are normalised for the searches, and ligatures ("ﬁ") undone: NFKC.
    return pdfTool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_F(DemoReviewFileTest, TheReportHoldsEverySectionAndTheFigures)
{
    const QString text = report(m_review, m_dir.filePath(u"report.pdf"_s));
    for (const QString& expected : {u"ILLUSTRATIVE DOSSIER"_s,
                                    u"Full edition"_s,
                                    u"Contents"_s,
                                    u"Summary"_s,
                                    u"Bias index: 88.9 / 100, 28 signals."_s,
                                    u"LATE_CHANGE — requirement TEC-02"_s,
                                    u"Basis: Directive 2014/24/EU art. 47(3)"_s,
                                    u"Requirement changes"_s,
                                    u"TEC-02 rev 2 — Delivery lead time, effective 12 December 2023"_s,
                                    u"Compliance at the final deadline"_s,
                                    u"As of 18 December 2023"_s,
                                    u"Assessment and decision"_s,
                                    u"Claims check"_s,
                                    u"Sources"_s,
                                    u"page 2 of"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
    const QString info = pdfTool(u"pdfinfo"_s, {m_dir.filePath(u"report.pdf"_s)});
    EXPECT_TRUE(info.contains(u"Creator:         HostReview"_s)) << info.toStdString();
    const int pages = info.section(u"Pages:"_s, 1).simplified().section(u' ', 0, 0).toInt();
    EXPECT_GE(pages, 10);
}

TEST_F(DemoReviewFileTest, TheReportIsInFrenchWhenAsked)
{
    Language::install(u"fr"_s);
    const QString text = report(m_review, m_dir.filePath(u"rapport.pdf"_s));
    Language::install(u"en"_s);
    EXPECT_TRUE(text.contains(u"88,9"_s)) << "a French decimal comma";
    EXPECT_TRUE(text.contains(u"12 décembre 2023"_s)) << "a French date";
    EXPECT_TRUE(text.contains(u"Sommaire"_s) || text.contains(u"Table des matières"_s)) << text.left(600).toStdString();
}

TEST_F(DemoReviewFileTest, ThePublicReportLeavesOutEverythingConfidential)
{
    const Dossier d = demoDossier();
    QStringList secrets;
    for (const Source& s : d.sources) {
        if (s.isConfidential())
            secrets << s.title;
    }
    for (const Bid& b : d.bids) {
        if (b.price)
            secrets << QString::number(b.price->amount, 'f', 0);
        for (const Response& r : b.responses) {
            if ((r.isConfidential() || b.isConfidential()) && r.evidence && r.evidence->size() > 12)
                secrets << *r.evidence;
        }
    }
    ASSERT_FALSE(secrets.isEmpty()) << "the demo has confidential material to leave out";
    const QString pdf = m_dir.filePath(u"public.pdf"_s);
    const QString text = report(m_review, pdf, {u"--public"_s});
    EXPECT_TRUE(text.contains(u"Public edition: everything marked confidential"_s));
    const QString info = pdfTool(u"pdfinfo"_s, {pdf}).normalized(QString::NormalizationForm_KC);
    for (const QString& secret : secrets) {
        EXPECT_FALSE(text.contains(secret.simplified())) << secret.toStdString();
        EXPECT_FALSE(info.contains(secret.simplified())) << secret.toStdString();
    }
    // The full edition does carry them: the test would notice if nothing confidential were printed.
    const QString full = report(m_review, m_dir.filePath(u"full.pdf"_s));
    int shown = 0;
    for (const QString& secret : secrets)
        shown += full.contains(secret.simplified()) ? 1 : 0;
    EXPECT_GT(shown, 0);
}

TEST_F(MainWindowTest, TheWindowExportsThePublicReport)
{
    const QString pdf = m_dir.filePath(u"window-public.pdf"_s);
    ASSERT_TRUE(m_window->exportReport(pdf, true)) << m_messages.join(u'\n').toStdString();
    const QString text = pdfTool(u"pdftotext"_s, {pdf, u"-"_s}).normalized(QString::NormalizationForm_KC).simplified();
    EXPECT_TRUE(text.contains(u"Public edition"_s));
    EXPECT_TRUE(text.contains(u"Bias index: 88.9 / 100"_s));
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}
