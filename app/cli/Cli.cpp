// SPDX-License-Identifier: EUPL-1.2
#include "Cli.h"

#include "CliSupport.h"

#include "Generator.h"
#include "ReportWriter.h"
#include "analysis/Compliance.h"
#include "analysis/DossierQueries.h"
#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"
#include "support/Author.h"
#include "support/SafeFile.h"
#include "text/AnalysisFormat.h"
#include "text/DossierStory.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hostreview {

QString Cli::countsText(int requirements, int revisions, int vendors, int bids)
{
    return QStringList{tr("%n requirement(s)", nullptr, requirements),
                       tr("%n revision(s)", nullptr, revisions),
                       tr("%n vendor(s)", nullptr, vendors),
                       tr("%n bid(s)", nullptr, bids)}
        .join(u", "_s);
}

using cli::exitFor;

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int Cli::run(QStringList args)
{
    if (args.size() < 2)
        return usageError(tr("no command given"));
    // --lang is handled by main() before the translator is installed; drop it here.
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang"_s && i + 1 < args.size()) {
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(u"--lang="_s)) {
            args.remove(i);
            --i;
        }
    }
    if (args.size() < 2)
        return usageError(tr("no command given"));
    const QString command = args[1];
    // QCommandLineParser wants a program name first.
    QStringList rest = args.mid(1);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s)
        return help(args.size() > 2 ? args[2] : QString());
    if (command == u"--version"_s || command == u"-v"_s) {
        m_out << "hostreview-cli " << HOSTREVIEW_VERSION << Qt::endl;
        return Ok;
    }
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s))
        return help(command);
    const Command* found = Commands::find(command);
    if (!found)
        return usageError(tr("unknown command \"%1\"").arg(command));
    Invocation invocation(*found);
    if (!invocation.parse(rest))
        return usageError(invocation.parser.errorText());
    if (found->records) {
        m_author = invocation.isSet(u"author"_s) ? invocation.value(u"author"_s).trimmed() : defaultAuthor();
        if (m_author.isEmpty())
            return usageError(tr("--author: a name is needed (or set HOSTREVIEW_AUTHOR)"));
    }
    return (this->*found->run)(invocation);
}

int Cli::usageError(const QString& message)
{
    m_err << "hostreview-cli: " << message << Qt::endl;
    m_err << tr("Try 'hostreview-cli --help'.") << Qt::endl;
    return Usage;
}

int Cli::usage(const Invocation& in)
{
    m_err << Commands::usage(in.command) << Qt::endl;
    m_err << tr("Try 'hostreview-cli --help'.") << Qt::endl;
    return Usage;
}

int Cli::help(const QString& command)
{
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s) {
        m_out << Commands::generalHelp();
        return Ok;
    }
    const Command* found = Commands::find(command);
    if (!found)
        return usageError(tr("unknown command \"%1\"").arg(command));
    m_out << Commands::help(*found);
    return Ok;
}

int Cli::importCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"into"_s))
        return usage(in);
    const QString jsonPath = in.positional().first();
    const QString into = in.value(u"into"_s);
    auto dossier = DossierReader::readFile(jsonPath);
    if (!dossier) {
        m_err << dossier.error().toString() << Qt::endl;
        return exitFor(dossier.error());
    }
    auto file = ReviewFile::open(into, ReviewFile::Mode::CreateIfMissing);
    if (!file) {
        m_err << file.error().toString() << Qt::endl;
        return exitFor(file.error());
    }
    (*file)->setAuthor(m_author);
    if (Status st = (*file)->importDossier(*dossier, QFileInfo(jsonPath).fileName()); !st) {
        Error e = st.error();
        e.file = into;
        m_err << e.toString() << Qt::endl;
        return exitFor(e);
    }
    int revisions = 0;
    for (const Requirement& r : dossier->requirements)
        revisions += int(r.revisions.size());
    m_out << tr("Imported dossier %1 (%2) into %3")
                 .arg(dossier->info.id,
                      countsText(int(dossier->requirements.size()),
                                 revisions,
                                 int(dossier->vendors.size()),
                                 int(dossier->bids.size())),
                      into)
          << Qt::endl;
    return Ok;
}

int Cli::exportCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    Dossier dossier;
    if (int code = loadFromReviewFile(in.positional().first(), in.value(u"dossier"_s), dossier); code != Ok)
        return code;
    DossierWriter::Options options;
    options.publicEdition = in.isSet(u"public"_s);
    const auto json = DossierWriter::writeChecked(dossier, options, in.positional().first());
    if (!json) {
        m_err << json.error().toString() << Qt::endl;
        return Failure;
    }
    if (!in.isSet(u"output"_s))
        return writeUtf8(*json);
    const QString output = in.value(u"output"_s);
    if (Status st = SafeFile::write(output, *json); !st) {
        m_err << st.error().toString() << Qt::endl;
        return exitFor(st.error());
    }
    m_err << tr("Wrote %1").arg(output) << Qt::endl;
    return Ok;
}

int Cli::listCommand(const Invocation& in)
{
    if (in.positional().size() != 1)
        return usage(in);
    int code = Ok;
    auto file = openReviewFile(in.positional().first(), &code);
    if (!file)
        return code;
    auto list = file->dossiers();
    if (!list) {
        m_err << list.error().toString() << Qt::endl;
        return Failure;
    }
    if (list->isEmpty())
        m_out << tr("No dossier in %1.").arg(in.positional().first()) << Qt::endl;
    for (const DossierSummary& s : *list) {
        m_out << s.id << u"  "_s << s.title;
        if (s.illustrative)
            m_out << u"  "_s << tr("[illustrative]");
        m_out << u"\n    "_s << countsText(s.requirements, s.revisions, s.vendors, s.bids) << Qt::endl;
    }
    return Ok;
}

int Cli::showCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    Dossier dossier;
    if (int code = loadFromReviewFile(in.positional().first(), in.value(u"dossier"_s), dossier); code != Ok)
        return code;
    m_out << DossierStory::overview(dossier);
    m_out.flush();
    return Ok;
}

int Cli::historyCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"requirement"_s))
        return usage(in);
    int code = Ok;
    auto file = openReviewFile(in.positional().first(), &code);
    if (!file)
        return code;
    Dossier dossier;
    if (int loaded = loadDossier(*file, in.value(u"dossier"_s), dossier, ReviewFile::LoadScope::WithoutBids);
        loaded != Ok)
        return loaded;
    const QString requirementId = in.value(u"requirement"_s);
    const Requirement* r = dossier.requirement(requirementId);
    if (!r) {
        m_err << in.positional().first() << ": "
              << tr("no requirement %1 in dossier %2").arg(requirementId, dossier.info.id) << Qt::endl;
        return Usage;
    }
    auto recordings = file->revisionRecordings(dossier.info.id, requirementId);
    if (!recordings)
        return failed(file->path(), recordings.error());
    m_out << DossierStory::history(dossier, *r, *recordings);
    m_out.flush();
    return Ok;
}

int Cli::generateCommand(const Invocation& in)
{
    if (!in.positional().isEmpty() || !in.isSet(u"output"_s))
        return usage(in);
    Generator::Options o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.requirements = in.value(u"requirements"_s).toInt(&ok1);
    o.vendors = in.value(u"vendors"_s).toInt(&ok2);
    o.changes = in.value(u"changes"_s).toInt(&ok3);
    o.seed = in.value(u"seed"_s).toULongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.requirements < 0 || o.vendors < 0 || o.changes < 0 ||
        o.requirements > 10000000 || o.vendors > 100000)
        return usageError(tr("--requirements, --vendors, --changes and --seed take non-negative whole numbers"));
    const QByteArray json = DossierWriter::write(Generator::generate(o));
    const QString output = in.value(u"output"_s);
    if (Status st = SafeFile::write(output, json); !st) {
        m_err << st.error().toString() << Qt::endl;
        return exitFor(st.error());
    }
    m_err << tr("Wrote %1 (%2 bytes)").arg(output).arg(json.size()) << Qt::endl;
    return Ok;
}

int Cli::analyzeCommand(const Invocation& in)
{
    const QString format = in.value(u"format"_s);
    if (in.positional().size() != 1 || (format != u"text"_s && format != u"json"_s))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    QFile probe(path);
    const bool isReviewFile = probe.open(QIODevice::ReadOnly) && probe.read(16).startsWith("SQLite format 3");
    probe.close();

    Dossier dossier;
    if (isReviewFile) {
        if (!in.isSet(u"dossier"_s))
            return usageError(tr("--dossier ID is required with a review file"));
        if (int code = loadFromReviewFile(path, dossierId, dossier, ReviewFile::LoadScope::ForAnalysis); code != Ok)
            return code;
    } else {
        auto read = DossierReader::readFile(path);
        if (!read) {
            m_err << read.error().toString() << Qt::endl;
            return exitFor(read.error());
        }
        dossier = std::move(*read);
        if (in.isSet(u"dossier"_s) && dossierId != dossier.info.id) {
            m_err << path << ": " << tr("the file holds dossier %1, not %2").arg(dossier.info.id, dossierId)
                  << Qt::endl;
            return Usage;
        }
    }

    auto dossierProfile = AnalysisProfile::forDossier(dossier, path);
    if (!dossierProfile) {
        m_err << dossierProfile.error().toString() << Qt::endl;
        return Usage;
    }
    AnalysisProfile profile = std::move(*dossierProfile);
    if (in.isSet(u"profile"_s)) {
        const QString profilePath = in.value(u"profile"_s);
        QFile f(profilePath);
        if (!f.open(QIODevice::ReadOnly)) {
            m_err << profilePath << ": " << f.errorString() << Qt::endl;
            return Usage;
        }
        if (Status st = profile.apply(f.read(16 * 1024 * 1024), profilePath); !st) {
            m_err << st.error().toString() << Qt::endl;
            return Usage;
        }
    }
    std::optional<QDate> asOf;
    QString asOfText;
    if (in.isSet(u"as-of"_s)) {
        asOfText = in.value(u"as-of"_s);
        auto m = Moment::parse(asOfText, dossier.info.zone());
        if (!m) {
            m_err << "--as-of: " << m.error().reason << Qt::endl;
            return Usage;
        }
        asOf = m->day();
    }
    const Analysis analysis = SignalEngine::analyze(dossier, profile, asOf, asOfText);
    if (format == u"json"_s)
        return writeUtf8(AnalysisFormat::toJson(analysis));
    m_out << AnalysisFormat::toText(analysis, dossier.info.title);
    m_out.flush();
    return Ok;
}

int Cli::writeUtf8(const QByteArray& bytes)
{
    // Straight to the device: 150 MB of JSON need not be decoded to UTF-16 and encoded back.
    m_out.flush();
    QIODevice* device = m_out.device();
    if (!device) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Ok;
    }
    // Flushed and checked here: a QFile on stdout keeps small writes in its buffer, and an error
    // when it is closed at exit would go unreported.
    auto* file = qobject_cast<QFileDevice*>(device);
    if (device->write(bytes) != bytes.size() || (file && !file->flush())) {
        m_err << tr("cannot write the output: %1").arg(device->errorString()) << Qt::endl;
        return Failure;
    }
    return Ok;
}

std::unique_ptr<ReviewFile> Cli::openReviewFile(const QString& path, int* exitCode, ReviewFile::Mode mode)
{
    auto file = ReviewFile::open(path, mode);
    if (!file) {
        m_err << file.error().toString() << Qt::endl;
        *exitCode = exitFor(file.error());
        return nullptr;
    }
    (*file)->setAuthor(m_author);
    return std::move(*file);
}

int Cli::loadDossier(const ReviewFile& file, const QString& dossierId, Dossier& out, ReviewFile::LoadScope scope)
{
    auto loaded = file.load(dossierId, scope);
    if (!loaded) {
        m_err << file.path() << ": " << loaded.error().reason << Qt::endl;
        return Usage;
    }
    out = std::move(*loaded);
    return Ok;
}

int Cli::loadFromReviewFile(const QString& path, const QString& dossierId, Dossier& out, ReviewFile::LoadScope scope)
{
    int code = Ok;
    auto file = openReviewFile(path, &code);
    return file ? loadDossier(*file, dossierId, out, scope) : code;
}

std::optional<QDate> Cli::dayOption(const Invocation& in, const QString& option, const Dossier& dossier)
{
    if (in.isSet(option)) {
        const auto m = cli::momentOption(option, in.value(option), dossier.info.zone(), m_err);
        return m ? std::optional<QDate>(m->day()) : std::nullopt;
    }
    // The default: the final deadline, else the decision, else the latest revision.
    const DossierQueries q(dossier);
    if (auto end = q.finalDeadline())
        return *end;
    if (dossier.decision && dossier.decision->decidedAt)
        return dossier.decision->decidedAt->day();
    QDate last;
    for (const Requirement& r : dossier.requirements) {
        for (const RequirementRevision& v : r.revisions)
            last = std::max(last, v.effectiveAt.day());
    }
    return last.isValid() ? last : QDate::currentDate();
}

int Cli::matrixCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    Dossier dossier;
    if (int code = loadFromReviewFile(in.positional().first(), in.value(u"dossier"_s), dossier); code != Ok)
        return code;
    const std::optional<QDate> day = dayOption(in, u"as-of"_s, dossier);
    if (!day)
        return Usage;
    const DossierQueries q(dossier);
    m_out << ComplianceMatrix::compute(q, *day).toText();
    m_out.flush();
    return Ok;
}

int Cli::vendorCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"vendor"_s))
        return usage(in);
    Dossier dossier;
    if (int code = loadFromReviewFile(in.positional().first(), in.value(u"dossier"_s), dossier); code != Ok)
        return code;
    const std::optional<QDate> day = dayOption(in, u"as-of"_s, dossier);
    if (!day)
        return Usage;
    const DossierQueries q(dossier);
    auto perspective = VendorPerspective::compute(q, in.value(u"vendor"_s), *day);
    if (!perspective) {
        m_err << in.positional().first() << ": " << perspective.error().reason << Qt::endl;
        return Usage;
    }
    if (in.isSet(u"csv"_s)) {
        if (Status st = SafeFile::write(in.value(u"csv"_s), perspective->toCsv()); !st) {
            m_err << st.error().toString() << Qt::endl;
            return exitFor(st.error());
        }
    }
    m_out << perspective->toText();
    m_out.flush();
    return Ok;
}

int Cli::reportCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"output"_s))
        return usage(in);
    int code = Ok;
    auto file = openReviewFile(in.positional().first(), &code);
    if (!file)
        return code;
    // Read only: the dossier, its queries and its analysis, without an editing document.
    auto source = ReportSource::load(*file, in.value(u"dossier"_s));
    if (!source) {
        m_err << in.positional().first() << ": " << source.error().reason << Qt::endl;
        return exitFor(source.error());
    }
    ReportWriter::Options options;
    options.publicEdition = in.isSet(u"public"_s);
    const QString output = in.value(u"output"_s);
    if (Status st = ReportWriter::writePdf((*source)->input(), output, options); !st) {
        m_err << st.error().toString() << Qt::endl;
        return st.error().invalidInput ? Usage : Failure;
    }
    m_out << (options.publicEdition ? tr("Wrote the public report to %1") : tr("Wrote the report to %1")).arg(output)
          << Qt::endl;
    return Ok;
}

} // namespace hostreview
