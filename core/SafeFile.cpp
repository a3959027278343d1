#include "SafeFile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <sys/stat.h>

namespace hostreview {

Status SafeFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    Error e;
    e.file = path;
    if (!file.open(QIODevice::WriteOnly)) {
        e.reason = file.errorString();
        return e;
    }
    // The temporary file is created with 0666 minus umask; narrow it before any byte is written.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        file.cancelWriting();
        e.reason = QCoreApplication::translate("hostreview::SafeFile", "cannot restrict the file's permissions");
        return e;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            e.reason = QCoreApplication::translate("hostreview::SafeFile", "write failed: %1").arg(file.errorString());
            file.cancelWriting();
            return e;
        }
        done += n;
    }
    if (!file.flush() || !file.commit()) {
        e.reason = QCoreApplication::translate("hostreview::SafeFile", "could not save: %1").arg(file.errorString());
        return e;
    }
    return {};
}

} // namespace hostreview
