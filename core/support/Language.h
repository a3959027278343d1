// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QLocale>
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
    // The locale of the current language (fr_FR or en_GB), for dates and numbers in text
    // written for a person. JSON and CSV stay locale-independent (ISO dates, "." decimals).
    static QLocale locale();
    // A calendar day as a person reads it in the current language: "18 December 2023",
    // "18 décembre 2023".
    static QString date(QDate day);
};

} // namespace hostreview
