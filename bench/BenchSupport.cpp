// SPDX-License-Identifier: EUPL-1.2
#include "BenchSupport.h"

#include "Generator.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"
#include "support/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hostreview::bench {

namespace {
// The generated files live in a temporary directory, removed at exit, unless
// HOSTREVIEW_BENCH_DIR names a directory to keep them in (and reuse them from) between runs.
QDir workDir()
{
    static const QString path = [] {
        const QString kept = qEnvironmentVariable("HOSTREVIEW_BENCH_DIR");
        if (!kept.isEmpty() && QDir().mkpath(kept))
            return kept;
        static QTemporaryDir dir;
        return dir.path();
    }();
    return QDir(path);
}
} // namespace

QString largeDossierJson()
{
    static const QString path = [] {
        Generator::Options o;
        o.requirements = 10000;
        o.vendors = 50;
        o.changes = 90000;
        o.seed = 1;
        const QString p = workDir().filePath(u"large.json"_s);
        if (QFile::exists(p))
            return p;
        const Status st = SafeFile::write(p, DossierWriter::write(Generator::generate(o)));
        if (!st)
            std::fprintf(stderr, "%s\n", qPrintable(st.error().toString()));
        return p;
    }();
    return path;
}

QString largeReviewFile()
{
    static const QString path = [] {
        const QString p = workDir().filePath(u"large.db"_s);
        auto f = ReviewFile::open(p, ReviewFile::Mode::CreateIfMissing);
        if (f && !(*f)->contains(u"GEN-1"_s).value()) {
            auto d = DossierReader::readFile(largeDossierJson());
            if (d)
                (void)(*f)->importDossier(*d, u"large.json"_s);
        }
        return p;
    }();
    return path;
}

QString reviewFileWith(const Dossier& dossier, const QString& name)
{
    const QString p = workDir().filePath(name);
    auto f = ReviewFile::open(p, ReviewFile::Mode::CreateIfMissing);
    if (f && !(*f)->contains(dossier.info.id).value())
        (void)(*f)->importDossier(dossier, name);
    return p;
}

QString generatedReviewFile(int requirements, int vendors, int changes)
{
    Generator::Options o;
    o.requirements = requirements;
    o.vendors = vendors;
    o.changes = changes;
    o.seed = 1;
    return reviewFileWith(Generator::generate(o), u"gen-%1x%2x%3.db"_s.arg(requirements).arg(vendors).arg(changes));
}

double peakMemoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace hostreview::bench
