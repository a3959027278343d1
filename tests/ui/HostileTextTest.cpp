// SPDX-License-Identifier: EUPL-1.2
// Text from a dossier is text: a dossier whose every free text is hostile markup shows the
// literal characters in every view and in both editions of the report, and loads nothing.
#include "AssessmentView.h"
#include "RequirementsView.h"
#include "TimelineView.h"
#include "UiTestSupport.h"
#include "VendorsView.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTabWidget>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

const QString Hostile = uR"(<img src=x><a href="file:///etc/passwd">click</a><h1>BIG</h1>)"_s;

// Every free text of the dossier (not ids, enums or dates) prefixed with the hostile markup.
QJsonValue poisoned(const QJsonValue& v, const QString& key)
{
    static const QSet<QString> texts{u"title"_s,
                                     u"name"_s,
                                     u"text"_s,
                                     u"excerpt"_s,
                                     u"note"_s,
                                     u"rationale"_s,
                                     u"evidence"_s,
                                     u"comment"_s,
                                     u"summary"_s,
                                     u"applicant"_s,
                                     u"authority"_s,
                                     u"publisher"_s,
                                     u"conditions"_s,
                                     u"parent"_s,
                                     u"notes"_s,
                                     u"data_categories"_s};
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = poisoned(it.value(), it.key());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = poisoned(a[i], key);
        return a;
    }
    if (v.isString() && texts.contains(key))
        return QJsonValue(QString(Hostile + v.toString()));
    return v;
}

class HostileTextTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        const QJsonDocument demo = QJsonDocument::fromJson(readAll(demoPath()));
        const QJsonObject doc = poisoned(demo.object(), QString()).toObject();
        m_json = write(u"hostile.json"_s, QJsonDocument(doc).toJson());
        m_hostileReview = m_dir.filePath(u"hostile.db"_s);
        QString err;
        ASSERT_EQ(runCli({u"import"_s, m_json, u"--into"_s, m_hostileReview}, nullptr, &err), 0) << err.toStdString();
        ASSERT_TRUE(m_window->openFile(m_hostileReview, u"EMC2-2023"_s));
    }

    // No widget of the window reads the markup: labels are plain text or escape it, documents
    // hold no link and no image, and show the characters.
    void expectNothingRendered(const char* where)
    {
        SCOPED_TRACE(where);
        int shown = 0;
        for (QLabel* label : m_window->findChildren<QLabel*>()) {
            if (!label->isVisible() || !label->text().contains(u"<img src=x>"_s))
                continue;
            ++shown;
            EXPECT_EQ(label->textFormat(), Qt::PlainText) << label->objectName().toStdString();
        }
        for (QTextBrowser* browser : m_window->findChildren<QTextBrowser*>()) {
            const QString html = browser->document()->toHtml();
            EXPECT_FALSE(html.contains(u"href=\"file:"_s)) << browser->objectName().toStdString();
            EXPECT_FALSE(html.contains(u"<img src=\"x\""_s)) << browser->objectName().toStdString();
            if (browser->isVisible() && browser->toPlainText().contains(Hostile))
                ++shown;
        }
        for (QChart* chart : {m_window->timelineView()->timelineChart(), m_window->timelineView()->funnelChart()}) {
            for (QAbstractSeries* s : chart->series())
                EXPECT_FALSE(s->name().contains(u"<img"_s)) << s->name().toStdString();
        }
        m_shown += shown;
    }

    QString m_json;
    QString m_hostileReview;
    int m_shown = 0;
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {pdf, u"-"_s});
    p.waitForFinished(60000);
    // Ligatures ("ﬁ") undone: NFKC.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_F(HostileTextTest, EveryViewShowsTheCharactersAndLoadsNothing)
{
    for (MainWindow::Section s : {MainWindow::Section::Overview,
                                  MainWindow::Section::Requirements,
                                  MainWindow::Section::Vendors,
                                  MainWindow::Section::Timeline,
                                  MainWindow::Section::Signals,
                                  MainWindow::Section::Assessment,
                                  MainWindow::Section::Sources}) {
        m_window->showSection(s);
        QApplication::processEvents();
        expectNothingRendered("section");
    }
    m_window->showSection(MainWindow::Section::Requirements);
    m_window->requirementsView()->selectRequirement(u"TEC-02"_s);
    expectNothingRendered("requirement TEC-02");
    m_window->showSection(MainWindow::Section::Vendors);
    m_window->vendorsView()->setPerspectiveVendor(u"V-OVH"_s);
    m_window->vendorsView()->tabs()->setCurrentIndex(1);
    expectNothingRendered("the vendor's view");
    m_window->showSection(MainWindow::Section::Assessment);
    m_window->assessmentView()->tabs()->setCurrentIndex(1);
    m_window->assessmentView()->selectClaim(u"C-NO-COMPLIANT-ALT"_s);
    expectNothingRendered("a claim");
    EXPECT_GT(m_shown, 3) << "the hostile text was shown, as text, in several places";
    saveScreenshot(m_window.get(), u"hostile.png"_s);
}

TEST_F(HostileTextTest, BothReportsPrintTheCharactersAndHoldNoLink)
{
    for (const QStringList& extra : {QStringList{}, QStringList{u"--public"_s}}) {
        const QString pdf = m_dir.filePath(u"hostile"_s + extra.join(QString()) + u".pdf"_s);
        QString err;
        ASSERT_EQ(
            runCli(QStringList{u"report"_s, m_hostileReview, u"--dossier"_s, u"EMC2-2023"_s, u"-o"_s, pdf} + extra,
                   nullptr,
                   &err),
            0)
            << err.toStdString();
        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.contains(u"<img src=x><a href=\"file:///etc/passwd\">click</a><h1>BIG</h1>"_s))
            << text.left(2000).toStdString();
        const QByteArray bytes = readAll(pdf);
        EXPECT_FALSE(bytes.contains("/URI")) << "no link annotation";
        EXPECT_FALSE(bytes.contains("/Link"));
        EXPECT_FALSE(bytes.contains("file:///etc/passwd")) << "not even as an uncompressed string";
    }
}
