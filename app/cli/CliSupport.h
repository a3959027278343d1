// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Cli.h"
#include "model/Enums.h"
#include "model/Moment.h"
#include "support/Result.h"

#include <QStringList>

// What the CLI's command files share.
namespace hostreview::cli {

inline int exitFor(const Error& e)
{
    return e.invalidInput ? Cli::Usage : Cli::Failure;
}

// A date or instant, read in the dossier's time zone; nullopt (after saying why) when invalid.
inline std::optional<Moment>
momentOption(const QString& option, const QString& value, const QTimeZone& zone, QTextStream& err)
{
    auto m = Moment::parse(value, zone);
    if (m)
        return *m;
    err << "--" << option << ": " << m.error().reason << Qt::endl;
    return std::nullopt;
}

// An enum option's value by its JSON name; nullopt (after saying why) when unknown.
template <typename E>
std::optional<E> enumOption(const QString& option, const QString& value, QTextStream& err)
{
    if (auto e = enumFromName<E>(value))
        return e;
    // As a person may type it, or as the application shows it: "Authorised with conditions",
    // "authorised", "Direct-award" (British spellings and labels are the format's names).
    QString spelled = value.trimmed().toLower();
    spelled.replace(u' ', u'_').replace(u'-', u'_').replace(QStringLiteral("authoris"), QStringLiteral("authoriz"));
    if (auto e = enumFromName<E>(spelled))
        return e;
    err << "--" << option << ": "
        << Cli::tr("\"%1\" is not one of %2").arg(value, enumNames<E>().join(QStringLiteral(", "))) << Qt::endl;
    return std::nullopt;
}

// A text option's value: "" gives none (an optional value removed).
inline std::optional<QString> textOrNone(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

// yes/no (or true/false) for an option; nullopt (after saying why) otherwise.
inline std::optional<bool> yesNoOption(const QString& option, const QString& value, QTextStream& err)
{
    if (value == QLatin1StringView("yes") || value == QLatin1StringView("true"))
        return true;
    if (value == QLatin1StringView("no") || value == QLatin1StringView("false"))
        return false;
    err << "--" << option << ": " << Cli::tr("\"%1\" is not yes or no").arg(value) << Qt::endl;
    return std::nullopt;
}

// Reads option `name` into `target` when it is given; false (after saying why) when it is not yes or no.
inline bool
readYesNo(const QCommandLineParser& parser, const QString& name, std::optional<bool>& target, QTextStream& err)
{
    if (!parser.isSet(name))
        return true;
    const auto b = yesNoOption(name, parser.value(name), err);
    if (b)
        target = *b;
    return b.has_value();
}

} // namespace hostreview::cli
