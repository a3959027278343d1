// SPDX-License-Identifier: EUPL-1.2
#include "support/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

Error fileError(const QString& path, const QString& reason, bool invalidInput = false)
{
    Error e(reason);
    e.file = path;
    e.invalidInput = invalidInput;
    return e;
}

// "dir/.name.1a2b3c4d.tmp": hidden, beside the target, so that the rename stays on one file system.
QByteArray temporaryName(const QString& target)
{
    const QFileInfo info(target);
    const QString name =
        u'.' + info.fileName() + u'.' + QString::number(QRandomGenerator::global()->generate64(), 36) + u".tmp"_s;
    return QFile::encodeName(QDir(info.absolutePath()).filePath(name));
}

} // namespace

Status SafeFile::checkTarget(const QString& path)
{
    if (path.isEmpty())
        return fileError(path, SafeFile::tr("no file name given"), true);
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fileError(path, SafeFile::tr("this is a folder, not a file: choose a file name"), true);
        if (!S_ISREG(st.st_mode)) {
            return fileError(
                path,
                SafeFile::tr("this is not a regular file (a device, a pipe or a socket): HostReview writes only "
                             "regular files"),
                true);
        }
    } else if (errno != ENOENT) {
        return fileError(path, systemError(errno));
    }
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return fileError(path, SafeFile::tr("the folder %1 does not exist").arg(info.absolutePath()), true);
    return {};
}

Result<std::unique_ptr<SafeFile::Pending>> SafeFile::Pending::begin(const QString& target)
{
    if (Status st = checkTarget(target); !st)
        return st.error();
    std::unique_ptr<Pending> p(new Pending);
    p->m_target = target;
    const QByteArray dir = QFile::encodeName(QFileInfo(target).absolutePath());
    p->m_fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (p->m_fd >= 0) {
        p->m_writePath = u"/proc/self/fd/"_s + QString::number(p->m_fd);
        return p;
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
        return fileError(target, SafeFile::tr("cannot write in its folder: %1").arg(systemError(errno)));
    // No unnamed files on this file system: a hidden name, removed on failure.
    for (int attempt = 0; attempt < 16 && p->m_fd < 0; ++attempt) {
        p->m_tempName = temporaryName(target);
        p->m_fd = ::open(p->m_tempName.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (p->m_fd < 0 && errno != EEXIST)
            return fileError(target, SafeFile::tr("cannot write in its folder: %1").arg(systemError(errno)));
    }
    if (p->m_fd < 0)
        return fileError(target, SafeFile::tr("cannot make a temporary file beside it"));
    p->m_writePath = QFile::decodeName(p->m_tempName);
    return p;
}

SafeFile::Pending::~Pending()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_tempName.isEmpty())
        ::unlink(m_tempName.constData());
}

bool SafeFile::Pending::append(QByteArrayView bytes, QString* why)
{
    if (::lseek(m_fd, 0, SEEK_END) < 0) {
        *why = systemError(errno);
        return false;
    }
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = n < 0 ? systemError(errno) : SafeFile::tr("nothing could be written");
            return false;
        }
        done += n;
    }
    return true;
}

Status SafeFile::Pending::commit(QByteArrayView tail)
{
    struct stat st;
    if (::fstat(m_fd, &st) != 0)
        return fileError(m_target, SafeFile::tr("could not save: %1").arg(systemError(errno)));
    if (!tail.isEmpty()) {
        // The writer may not report a short write (QPrinter does not): a complete file ends so.
        const qsizetype span = std::min<qsizetype>(st.st_size, tail.size() + 64);
        QByteArray end(span, '\0');
        if (span < tail.size() || ::pread(m_fd, end.data(), size_t(span), st.st_size - span) != span ||
            !end.contains(tail))
            return fileError(m_target,
                             SafeFile::tr("could not save: the file was not written whole (is the disk full?)"));
    }
    if (::fsync(m_fd) != 0)
        return fileError(m_target, SafeFile::tr("could not save: %1").arg(systemError(errno)));
    const QByteArray target = QFile::encodeName(m_target);
    if (m_tempName.isEmpty()) {
        // Give the unnamed file a hidden name, then rename it over the target in one step.
        const QByteArray from = QFile::encodeName(m_writePath);
        int linked = -1;
        for (int attempt = 0; attempt < 16 && linked != 0; ++attempt) {
            m_tempName = temporaryName(m_target);
            linked = ::linkat(AT_FDCWD, from.constData(), AT_FDCWD, m_tempName.constData(), AT_SYMLINK_FOLLOW);
            if (linked != 0 && errno != EEXIST) {
                const int code = errno;
                m_tempName.clear();
                return fileError(m_target, SafeFile::tr("could not save: %1").arg(systemError(code)));
            }
        }
        if (linked != 0) {
            m_tempName.clear();
            return fileError(m_target, SafeFile::tr("cannot make a temporary file beside it"));
        }
    }
    if (Status st = checkTarget(m_target); !st) // it may have become a directory or a device since
        return st;
    if (::rename(m_tempName.constData(), target.constData()) != 0)
        return fileError(m_target, SafeFile::tr("could not save: %1").arg(systemError(errno)));
    m_committed = true;
    // The new name must reach the disk too.
    const QByteArray dir = QFile::encodeName(QFileInfo(m_target).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Status SafeFile::write(const QString& path, const QByteArray& bytes)
{
    auto pending = Pending::begin(path);
    if (!pending)
        return pending.error();
    QString why;
    if (!(*pending)->append(bytes, &why))
        return fileError(path, SafeFile::tr("write failed: %1").arg(why));
    return (*pending)->commit();
}

Result<QByteArray> SafeFile::readAll(const QString& path, qint64 maxBytes)
{
    const QFileInfo info(path);
    Error e;
    e.file = path;
    e.invalidInput = true;
    if (!info.exists()) {
        e.reason = QCoreApplication::translate("hostreview::DossierReader", "no such file");
        return e;
    }
    if (info.size() > maxBytes) {
        e.reason =
            QCoreApplication::translate("hostreview::DossierReader", "the file is %1 bytes, over the limit of %2 bytes")
                .arg(info.size())
                .arg(maxBytes);
        return e;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        e.reason = file.errorString();
        return e;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        e.reason = QCoreApplication::translate("hostreview::DossierReader", "the file is over the limit of %1 bytes")
                       .arg(maxBytes);
        return e;
    }
    return bytes;
}

} // namespace hostreview
