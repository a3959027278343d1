// SPDX-License-Identifier: EUPL-1.2
#include "support/Author.h"

#include <pwd.h>
#include <unistd.h>

namespace hostreview {

QString defaultAuthor()
{
    const QString named = qEnvironmentVariable("HOSTREVIEW_AUTHOR").trimmed();
    if (!named.isEmpty())
        return named;
    if (const passwd* account = getpwuid(getuid())) {
        // "Full Name,room,phone,...".
        const QString full =
            QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(QLatin1Char(','), 0, 0);
        if (!full.trimmed().isEmpty())
            return full.trimmed();
        if (account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
    }
    return qEnvironmentVariable("USER");
}

} // namespace hostreview
