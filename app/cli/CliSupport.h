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

} // namespace hostreview::cli
