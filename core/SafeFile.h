#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace hostreview {

// Writes files so that a reader never sees half of one: through QSaveFile, created owner-only
// (0600, these files hold confidential material), every write checked, since QSaveFile::commit()
// reports success even after a short last write (shared/reference/pitfalls.md).
class SafeFile
{
public:
    // Replaces path with bytes. On failure the original file is untouched and the Error says why.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace hostreview
