#pragma once

#include <QString>
#include <QStringList>

namespace hostreview {

// The application's languages. Translations are compiled into the program (":/i18n"); English
// has a plural-only catalogue so that "%n day(s)" reads "1 day" / "14 days".
class Language
{
public:
    // "fr" or "en": the system locale's language when it is one of those, else "en".
    static QString systemDefault();
    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    // Replaces the installed HostReview (and Qt) translators with those of `code`. Returns false,
    // leaving the current ones, when `code` is not an available language. Needs a
    // QCoreApplication.
    static bool install(const QString& code);
    // The language installed last ("en" before any install).
    static QString current();
};

} // namespace hostreview
