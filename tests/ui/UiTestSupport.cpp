// SPDX-License-Identifier: EUPL-1.2
#include "UiTestSupport.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace hostreview::test {

void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("HOSTREVIEW_SCREENSHOTS");
    if (!dir.isEmpty()) {
        EXPECT_TRUE(widget->grab().save(dir + u'/' + name)) << name.toStdString();
    }
}

void MainWindowTest::SetUp()
{
    DemoReviewFileTest::SetUp();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    Messages::setHandler([this](Messages::Kind kind, const QString& title, const QString& text) {
        m_messages << u"%1: %2: %3"_s.arg(int(kind)).arg(title, text);
        return true;
    });
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    ASSERT_TRUE(m_window->openFile(m_review)) << m_messages.join(u'\n').toStdString();
}

void MainWindowTest::TearDown()
{
    m_window.reset();
    Messages::setHandler(nullptr);
}

namespace {

QStringList wordsWith(const QTextDocument* document, bool (*has)(const QTextCharFormat&))
{
    QStringList out;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && has(f.charFormat()))
                out << f.text().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        }
    }
    return out;
}

} // namespace

QStringList MainWindowTest::struckWords(const QTextDocument* document)
{
    return wordsWith(document, [](const QTextCharFormat& f) { return f.fontStrikeOut(); });
}

QStringList MainWindowTest::underlinedWords(const QTextDocument* document)
{
    return wordsWith(document, [](const QTextCharFormat& f) { return f.fontUnderline(); });
}

} // namespace hostreview::test
