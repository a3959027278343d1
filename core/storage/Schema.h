// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringList>

#include <vector>

namespace hostreview {

// The review file's schema as ordered migrations: migration k (1-based) takes a file from
// user_version k-1 to k. Each is a list of single SQL statements (QtSql runs one per query),
// applied inside one write transaction together with the new user_version.
class Schema
{
public:
    static constexpr int Version = 7;
    // "HRVW": tells a HostReview review file from any other SQLite database.
    static constexpr int ApplicationId = 0x48525657;

    static const std::vector<QStringList>& migrations();
};

} // namespace hostreview
