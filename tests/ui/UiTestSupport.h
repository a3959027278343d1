// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "MainWindow.h"
#include "Messages.h"
#include "TestSupport.h"

#include <QSettings>
#include <QStringList>
#include <QTextDocument>

#include <memory>

namespace hostreview::test {

// When HOSTREVIEW_SCREENSHOTS names a directory, saves a grab of the widget there (to look at).
void saveScreenshot(QWidget* widget, const QString& name);

// The demo imported into a fresh review file, settings in the temporary directory, message
// boxes recorded instead of shown, and the real main window on the file.
class MainWindowTest : public DemoReviewFileTest
{
protected:
    void SetUp() override;
    void TearDown() override;

    // The words of a rich-text document shown struck out (deleted) or underlined (inserted).
    static QStringList struckWords(const QTextDocument* document);
    static QStringList underlinedWords(const QTextDocument* document);

    std::unique_ptr<MainWindow> m_window;
    QStringList m_messages; // "kind: title: text" of every message the window gave
};

} // namespace hostreview::test
