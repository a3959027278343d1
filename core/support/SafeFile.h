// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace hostreview {

// Writes files so that nobody ever sees half of one, and a failure never costs the previous one:
// the bytes go to an unnamed file in the target's directory (O_TMPFILE; a hidden temporary name
// where the file system has no unnamed files), created owner-only (0600: these files hold
// confidential material), every write checked, flushed to the disk, and only then named as the
// target in one rename. A full disk, a file size limit or a kill leaves the previous file as it
// was, and no debris. Targets that are not regular files (a device such as /dev/null, a
// directory, a FIFO) are refused: replacing them would be a surprise, or worse.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::SafeFile)

public:
    // Whether `path` may be written: an Error (invalidInput) naming it when it is an existing
    // device, directory, FIFO or socket, or when its directory does not exist.
    static Status checkTarget(const QString& path);

    // Replaces `path` with `bytes`. On failure the previous file is untouched, nothing is left
    // behind, and the Error says why.
    static Status write(const QString& path, const QByteArray& bytes);
    // Reads a whole input file, refused (before reading) when it is larger than maxBytes; the
    // Error names the file.
    static Result<QByteArray> readAll(const QString& path, qint64 maxBytes);

    // A file being written for a target by a writer that needs a path of its own (QPrinter): it
    // writes to writePath(); commit() checks that the file is complete, flushes it and names it as
    // the target. Destroyed without a successful commit(), it leaves nothing behind.
    class Pending
    {
    public:
        // Null with an Error when the target is refused or no file can be made beside it.
        static Result<std::unique_ptr<Pending>> begin(const QString& target);
        ~Pending();
        Pending(const Pending&) = delete;
        Pending& operator=(const Pending&) = delete;

        // Where the writer writes (a /proc/self/fd path for an unnamed file).
        QString writePath() const { return m_writePath; }
        // Writes bytes at the end of the file; false (with *why set) on a short write.
        bool append(QByteArrayView bytes, QString* why);
        // Checks that the file ends with `tail` (when given: "%%EOF" for a PDF), that it reached the
        // disk, then replaces the target with it. On failure the target is untouched.
        Status commit(QByteArrayView tail = {});

    private:
        Pending() = default;
        QString m_target;
        QString m_writePath;
        QByteArray m_tempName; // the hidden temporary name, when the file system has no O_TMPFILE
        int m_fd = -1;
        bool m_committed = false;
    };
};

} // namespace hostreview
