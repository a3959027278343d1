// SPDX-License-Identifier: EUPL-1.2
#include "support/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {
struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString code = u"en"_s;
};
Installed& installed()
{
    static Installed s;
    return s;
}
} // namespace

QString Language::systemDefault()
{
    const QString lang = QLocale::system().name().section(u'_', 0, 0);
    return available().contains(lang) ? lang : u"en"_s;
}

bool Language::install(const QString& code)
{
    if (!available().contains(code))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(u":/i18n/hostreview_"_s + code + u".qm"_s))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    Installed& s = installed();
    if (s.app)
        QCoreApplication::removeTranslator(s.app.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.app = std::move(app);
    s.qt = std::move(qt);
    if (s.qt)
        QCoreApplication::installTranslator(s.qt.get());
    QCoreApplication::installTranslator(s.app.get());
    s.code = code;
    return true;
}

QString Language::current()
{
    return installed().code;
}

QLocale Language::locale()
{
    // Built once: messages ask for it thousands of times in a large analysis.
    static const QLocale french(QLocale::French, QLocale::France);
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return current() == u"fr"_s ? french : english;
}

QString Language::date(QDate day)
{
    return locale().toString(day, u"d MMMM yyyy"_s);
}

} // namespace hostreview
