// SPDX-License-Identifier: EUPL-1.2
#include "support/Result.h"

using namespace Qt::StringLiterals;

namespace hostreview {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += u':' + QString::number(line);
        if (line > 0 && column > 0)
            out += u':' + QString::number(column);
        out += u": "_s;
    }
    if (!pointer.isEmpty())
        out += pointer + u": "_s;
    out += reason;
    return out;
}

} // namespace hostreview
