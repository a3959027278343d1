// SPDX-License-Identifier: EUPL-1.2
#include "support/Language.h"

#include <QApplication>
#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // Tests never need a display. gtest_discover_tests applies only one ENVIRONMENT variable,
    // so everything the tests need is set here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HostReviewTests"));
    hostreview::Language::install(QStringLiteral("en")); // English plural forms
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
