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
using cli::Parsed;

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
    if (command == u"import"_s)
        return importCommand(rest);
    if (command == u"export"_s)
        return exportCommand(rest);
    if (command == u"list"_s)
        return listCommand(rest);
    if (command == u"show"_s)
        return showCommand(rest);
    if (command == u"history"_s)
        return historyCommand(rest);
    if (command == u"generate"_s)
        return generateCommand(rest);
    if (command == u"analyze"_s || command == u"analyse"_s)
        return analyzeCommand(rest);
    if (command == u"matrix"_s)
        return matrixCommand(rest);
    if (command == u"vendor"_s)
        return vendorCommand(rest);
    if (command == u"report"_s)
        return reportCommand(rest);
    if (command == u"assessment"_s)
        return assessmentCommand(rest);
    if (command == u"template"_s)
        return templateCommand(rest);
    if (command == u"assess"_s)
        return assessCommand(rest);
    if (command == u"decide"_s)
        return decideCommand(rest);
    if (command == u"claim"_s)
        return claimCommand(rest);
    if (command == u"claims"_s)
        return claimsCommand(rest);
    if (command == u"add-requirement"_s)
        return addRequirementCommand(rest);
    if (command == u"revise"_s)
        return reviseCommand(rest);
    if (command == u"source"_s)
        return sourceCommand(rest);
    if (command == u"add-vendor"_s)
        return addVendorCommand(rest);
    if (command == u"add-bid"_s)
        return addBidCommand(rest);
    if (command == u"answer"_s)
        return answerCommand(rest);
    if (command == u"retract"_s)
        return retractCommand(rest);
    if (command == u"reinstate"_s)
        return reinstateCommand(rest);
    if (command == u"audit"_s)
        return auditCommand(rest);
    if (command == u"check"_s)
        return checkCommand(rest);
    return usageError(tr("unknown command \"%1\"").arg(command));
}

int Cli::usageError(const QString& message)
{
    m_err << "hostreview-cli: " << message << Qt::endl;
    m_err << tr("Try 'hostreview-cli --help'.") << Qt::endl;
    return Usage;
}

int Cli::help(const QString& command)
{
    const QString general =
        tr("Usage: hostreview-cli COMMAND [OPTIONS]\n"
           "\n"
           "Review authorisations to host sensitive data with a cloud provider.\n"
           "\n"
           "Commands:\n"
           "  import FILE.json --into REVIEW.db          store a dossier in a review file (created if missing)\n"
           "  export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
           "                                             write a dossier as JSON (stdout without -o)\n"
           "  list REVIEW.db                             list the dossiers of a review file\n"
           "  show REVIEW.db --dossier ID                the story of a dossier: dates, counts, changes\n"
           "  history REVIEW.db --dossier ID --requirement RID\n"
           "                                             every revision of a requirement\n"
           "  analyze REVIEW.db --dossier ID | FILE.json [--as-of DATE] [--profile PROFILE.json]\n"
           "          [--format text|json]               the bias signals, their evidence, the bias index\n"
           "  matrix REVIEW.db --dossier ID [--as-of DATE]\n"
           "                                             requirements x vendors: full, partial, none, stale; scores\n"
           "  vendor REVIEW.db --dossier ID --vendor VID [--as-of DATE] [--csv FILE.csv]\n"
           "                                             a vendor's answers, what changed since, what to answer\n"
           "  report REVIEW.db --dossier ID -o REPORT.pdf [--public]\n"
           "                                             the review report as PDF\n"
           "  assessment REVIEW.db --dossier ID          the assessment criteria and their status\n"
           "  template REVIEW.db --dossier ID [--file TEMPLATE.json]\n"
           "                                             add the criteria of a template the dossier lacks\n"
           "  assess REVIEW.db --dossier ID --criterion CID --status STATUS [--comment TEXT] [--source SID]\n"
           "                                             record the assessment of a criterion\n"
           "  decide REVIEW.db --dossier ID [--outcome O] [--vendor VID] [--decided-at DATE] ...\n"
           "                                             record the decision\n"
           "  claim REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID] | --remove\n"
           "                                             add or remove a claim of the decision\n"
           "  claims REVIEW.db --dossier ID              each claim tested against the evidence\n"
           "  add-requirement REVIEW.db --dossier ID --id RID --effective DATE --text TEXT ...\n"
           "                                             add a requirement with its first revision\n"
           "  revise REVIEW.db --dossier ID --requirement RID --effective DATE [--text TEXT] ...\n"
           "                                             record a new revision of a requirement\n"
           "  source REVIEW.db --dossier ID --id SID --title TITLE ... | --edit ...\n"
           "                                             add or change a source\n"
           "  add-vendor REVIEW.db --dossier ID --id VID --name NAME ...\n"
           "                                             add a vendor with its certifications\n"
           "  add-bid REVIEW.db --dossier ID --id BID --vendor VID --submitted DATE ...\n"
           "                                             add a vendor's bid\n"
           "  answer REVIEW.db --dossier ID --bid BID --requirement RID --compliance C [--rev N] ...\n"
           "                                             record a bid's answer to a revision\n"
           "  retract REVIEW.db --dossier ID (--requirement RID [--rev N] | --source SID | ...)\n"
           "                                             undo an addition; it stays in the file\n"
           "  reinstate REVIEW.db --dossier ID --entry N bring back what a retraction took\n"
           "  audit REVIEW.db [--dossier ID]             every action recorded in the file\n"
           "  generate --requirements N --vendors M --changes K --seed S -o FILE.json\n"
           "                                             write a valid synthetic dossier\n"
           "\n"
           "Options for every command:\n"
           "  --lang fr|en     language of the output\n"
           "  --help           this help; 'hostreview-cli help COMMAND' for one command\n"
           "  --version        the version\n"
           "\n"
           "Exit status: 0 success, 2 bad usage or invalid input, 1 any other failure.\n");
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s) {
        m_out << general;
        return Ok;
    }
    static const QHash<QString, const char*> details{
        {u"import"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli import FILE.json --into REVIEW.db\n"
                           "Checks the whole file first: an invalid dossier is refused with the file, line, column,\n"
                           "JSON pointer and reason, and nothing is stored. A dossier whose id is already in the\n"
                           "review file is refused: history is never overwritten.\n")},
        {u"export"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
                           "Writes the dossier in the interchange format. --public leaves out confidential sources,\n"
                           "confidential bids' prices and evidence, and confidential answers' evidence.\n"
                           "Files are written whole (never half) and readable by their owner only.\n")},
        {u"list"_s, QT_TRANSLATE_NOOP("hostreview::Cli", "hostreview-cli list REVIEW.db\nLists the dossiers.\n")},
        {u"show"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli show REVIEW.db --dossier ID\n"
                           "Tells the dossier's story: parties, timeline, response window, counts, and every\n"
                           "requirement change with its distance to the deadline then in force.\n")},
        {u"history"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli history REVIEW.db --dossier ID --requirement RID\n"
                           "Every revision of the requirement with its date, text, rationale and what changed.\n")},
        {u"analyze"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli analyze REVIEW.db --dossier ID [--as-of DATE] [--profile PROFILE.json]\n"
                           "                       [--format text|json] [--lang fr|en]\n"
                           "hostreview-cli analyze FILE.json [same options]\n"
                           "Evaluates every bias signal of the catalogue (docs/signals.md): each with its subject,\n"
                           "date, evidence and basis, the bias index with its breakdown, and the signals that could\n"
                           "not be evaluated with what was missing. --as-of counts only what existed on that day.\n"
                           "The dossier's own analysis_profile applies first, then --profile. Exit 0 whether or\n"
                           "not signals fire.\n")},
        {u"matrix"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli matrix REVIEW.db --dossier ID [--as-of DATE]\n"
             "The compliance matrix as of a day (default: the final deadline): one line per requirement\n"
             "in force (* mandatory), one column per vendor: ✓ full, ◐ partial, ✗ none, ↻ stale (the\n"
             "answer was to an earlier revision), · no answer. Then each vendor's weighted score (full =\n"
             "weight of the revision in force, partial = half, anything else 0) and mandatory requirements met.\n")},
        {u"vendor"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli vendor REVIEW.db --dossier ID --vendor VID [--as-of DATE] [--csv FILE.csv]\n"
             "The vendor's perspective as of a day (default: the final deadline): the deadline in force,\n"
             "every requirement changed since the vendor answered it, what it must answer (again), and\n"
             "its answers. --csv also writes the answers as CSV (owner-only, never half a file).\n")},
        {u"report"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli report REVIEW.db --dossier ID -o REPORT.pdf [--public] [--lang fr|en]\n"
             "Writes the review report: cover, contents, bias index and breakdown, signals with evidence\n"
             "and basis, requirement changes with word diffs, the compliance matrix at the final deadline,\n"
             "assessment and decision, claims check, sources, timeline and funnel charts. --public leaves\n"
             "out everything marked confidential and says so on the cover.\n")},
        {u"assessment"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli assessment REVIEW.db --dossier ID\n"
                           "Every assessment criterion with its status, kind, title, comment and source.\n")},
        {u"template"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli template REVIEW.db --dossier ID [--file TEMPLATE.json] [--lang fr|en]\n"
                           "Adds the criteria of a template that the dossier lacks, not yet assessed, titled in the\n"
                           "language of --lang; the dossier's own criteria are kept. Without --file: the built-in\n"
                           "template for hosting health data (18 criteria). The format is in docs/assessment.md.\n")},
        {u"assess"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli assess REVIEW.db --dossier ID --criterion CID --status STATUS\n"
                           "                      [--comment TEXT] [--source SID]\n"
                           "Records an assessment of a criterion: STATUS is not_assessed, acceptable, to_improve or\n"
                           "unacceptable. The comment and source stay as they were unless given (\"\" clears them).\n"
                           "The previous assessment stays in the file as the criterion's history.\n")},
        {u"decide"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli decide REVIEW.db --dossier ID [--outcome OUTCOME] [--vendor VID | --no-vendor]\n"
             "                      [--decided-at DATE] [--published-at DATE] [--duration MONTHS]\n"
             "                      [--condition TEXT]... [--rationale TEXT]\n"
             "Records the decision; what is not given stays as recorded. OUTCOME is pending,\n"
             "authorized, authorized_with_conditions or refused. --condition replaces the conditions.\n"
             "The previous decision stays in the file.\n")},
        {u"claim"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli claim REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID]\n"
             "hostreview-cli claim REVIEW.db --dossier ID --id CID --remove\n"
             "Adds a claim the decision rests on (KIND: no_compliant_alternative,\n"
             "no_alternative_offer or other), or removes one (it stays in the audit trail).\n")},
        {u"claims"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli claims REVIEW.db --dossier ID\n"
             "Each claim of the decision tested against the evidence (CLAIM_CONTRADICTED): the\n"
             "verdict, why, and every bid with the mandatory requirements it met at the final deadline.\n")},
        {u"add-requirement"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli add-requirement REVIEW.db --dossier ID --id RID --effective DATE --text TEXT\n"
             "                      [--title TITLE] [--category CATEGORY] [--mandatory yes|no] [--weight W]\n"
             "                      [--rationale TEXT] [--source SID]\n"
             "Adds a requirement with its first revision. DATE is a day (YYYY-MM-DD, its start in the\n"
             "dossier's time zone) or an instant with its offset (2023-12-12T18:00:00+01:00).\n")},
        {u"revise"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli revise REVIEW.db --dossier ID --requirement RID --effective DATE [--text TEXT]\n"
             "                      [--mandatory yes|no] [--weight W] [--status active|withdrawn]\n"
             "                      [--rationale TEXT] [--source SID]\n"
             "Records the requirement's next revision: the earlier ones never change. The text, mandatory,\n"
             "weight and status carry over from the latest revision unless given; the rationale and\n"
             "source are the new revision's own. Its effective date is not earlier than the latest's.\n")},
        {u"source"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli source REVIEW.db --dossier ID --id SID --title TITLE [--publisher NAME] [--url URL]\n"
             "                      [--date DATE] [--kind KIND] [--excerpt TEXT] [--confidential yes|no]\n"
             "hostreview-cli source REVIEW.db --dossier ID --id SID --edit [the fields to change]\n"
             "Adds a source, or with --edit changes one (\"\" clears a field); the audit trail keeps\n"
             "the values replaced. KIND is official, press, petition, bid_document,\n"
             "consultation_document or other.\n")},
        {u"add-vendor"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli add-vendor REVIEW.db --dossier ID --id VID --name NAME [--country CC]\n"
                           "                      [--parent NAME] [--parent-country CC]\n"
                           "                      [--certification SCHEME[,FROM[,UNTIL]]]... [--notes TEXT]\n"
                           "Adds a vendor, its jurisdiction and its certifications.\n")},
        {u"add-bid"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli add-bid REVIEW.db --dossier ID --id BID --vendor VID --submitted DATE\n"
                           "                      [--status STATUS [--status-at DATE]] [--price AMOUNT\n"
                           "                      [--currency CUR]] [--confidential yes|no]\n"
                           "Adds a bid of a known vendor, without answers ('answer' records them). STATUS is\n"
                           "submitted, withdrawn or disqualified; --status-at dates a withdrawal or a\n"
                           "disqualification (before that day the bid was submitted and its answers count).\n")},
        {u"answer"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli answer REVIEW.db --dossier ID --bid BID --requirement RID --compliance C\n"
                           "                      [--rev N] [--at DATE] [--evidence TEXT] [--confidential yes|no]\n"
                           "Records the bid's answer to a revision of a requirement (default: the one in force on the\n"
                           "day of the answer): C is full, partial or none; --at defaults to the bid's submission.\n"
                           "Earlier answers stay: the latest one given counts. An answer to a revision since replaced\n"
                           "is stale.\n")},
        {u"retract"_s,
         QT_TRANSLATE_NOOP(
             "hostreview::Cli",
             "hostreview-cli retract REVIEW.db --dossier ID --requirement RID [--rev N]\n"
             "hostreview-cli retract REVIEW.db --dossier ID --bid BID [--requirement RID --rev N]\n"
             "hostreview-cli retract REVIEW.db --dossier ID --source SID | --vendor VID | --assessment CID\n"
             "                       | --decision\n"
             "Undoes an addition: a requirement, its latest revision, a source, a vendor, a bid, a bid's\n"
             "latest answer, a criterion's latest assessment or the latest decision. Nothing is deleted:\n"
             "the rows are marked retracted by an audit entry, whose number is printed, and stay in the\n"
             "file. Refused while something depends on them (an answered revision, a cited source...).\n")},
        {u"reinstate"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli reinstate REVIEW.db --dossier ID --entry N\n"
                           "Brings back what the retraction recorded as audit entry N took (redo).\n")},
        {u"audit"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli audit REVIEW.db [--dossier ID]\n"
                           "The file's audit trail, oldest first: every action with its number, time (UTC),\n"
                           "dossier, kind and detail. It is append-only.\n")},
        {u"check"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli check REVIEW.db\n"
                           "Lists every stored value an import would refuse (a file altered outside HostReview: an\n"
                           "empty date, an id with a control character, a reference to nothing), with its table and\n"
                           "row. Exit 0 when there is none, 1 otherwise.\n")},
        {u"generate"_s,
         QT_TRANSLATE_NOOP("hostreview::Cli",
                           "hostreview-cli generate --requirements N --vendors M --changes K --seed S -o FILE.json\n"
                           "Writes a valid, deterministic synthetic dossier: N requirements, M vendors with one bid\n"
                           "each answering every requirement, K changes (revisions after the first).\n")},
    };
    const auto it = details.constFind(command);
    if (it == details.cend())
        return usageError(tr("unknown command \"%1\"").arg(command));
    m_out << tr(*it);
    return Ok;
}

int Cli::importCommand(const QStringList& args)
{
    const QCommandLineOption into(u"into"_s, tr("The review file."), u"REVIEW.db"_s);
    Parsed p(args, {into});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(into))
        return usageError(tr("usage: import FILE.json --into REVIEW.db"));
    const QString jsonPath = p.positional().first();
    auto dossier = DossierReader::readFile(jsonPath);
    if (!dossier) {
        m_err << dossier.error().toString() << Qt::endl;
        return exitFor(dossier.error());
    }
    auto file = ReviewFile::open(p.parser.value(into), ReviewFile::Mode::CreateIfMissing);
    if (!file) {
        m_err << file.error().toString() << Qt::endl;
        return exitFor(file.error());
    }
    if (Status st = (*file)->importDossier(*dossier, QFileInfo(jsonPath).fileName()); !st) {
        Error e = st.error();
        e.file = p.parser.value(into);
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
                      p.parser.value(into))
          << Qt::endl;
    return Ok;
}

int Cli::exportCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, tr("Output file."), u"FILE.json"_s);
    const QCommandLineOption publicOpt(u"public"_s, tr("Leave out confidential material."));
    Parsed p(args, {dossierOpt, output, publicOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: export REVIEW.db --dossier ID [-o FILE.json] [--public]"));
    Dossier dossier;
    if (int code = loadFromReviewFile(p.positional().first(), p.parser.value(dossierOpt), dossier); code != Ok)
        return code;
    DossierWriter::Options options;
    options.publicEdition = p.parser.isSet(publicOpt);
    const auto json = DossierWriter::writeChecked(dossier, options, p.positional().first());
    if (!json) {
        m_err << json.error().toString() << Qt::endl;
        return Failure;
    }
    if (!p.parser.isSet(output))
        return writeUtf8(*json);
    if (Status st = SafeFile::write(p.parser.value(output), *json); !st) {
        m_err << st.error().toString() << Qt::endl;
        return exitFor(st.error());
    }
    m_err << tr("Wrote %1").arg(p.parser.value(output)) << Qt::endl;
    return Ok;
}

int Cli::listCommand(const QStringList& args)
{
    Parsed p(args, {});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1)
        return usageError(tr("usage: list REVIEW.db"));
    int code = Ok;
    auto file = openReviewFile(p.positional().first(), &code);
    if (!file)
        return code;
    auto list = file->dossiers();
    if (!list) {
        m_err << list.error().toString() << Qt::endl;
        return Failure;
    }
    if (list->isEmpty())
        m_out << tr("No dossier in %1.").arg(p.positional().first()) << Qt::endl;
    for (const DossierSummary& s : *list) {
        m_out << s.id << u"  "_s << s.title;
        if (s.illustrative)
            m_out << u"  "_s << tr("[illustrative]");
        m_out << u"\n    "_s << countsText(s.requirements, s.revisions, s.vendors, s.bids) << Qt::endl;
    }
    return Ok;
}

int Cli::showCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    Parsed p(args, {dossierOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: show REVIEW.db --dossier ID"));
    Dossier dossier;
    if (int code = loadFromReviewFile(p.positional().first(), p.parser.value(dossierOpt), dossier); code != Ok)
        return code;
    m_out << DossierStory::overview(dossier);
    m_out.flush();
    return Ok;
}

int Cli::historyCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption reqOpt(u"requirement"_s, tr("The requirement id."), u"RID"_s);
    Parsed p(args, {dossierOpt, reqOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt) || !p.parser.isSet(reqOpt))
        return usageError(tr("usage: history REVIEW.db --dossier ID --requirement RID"));
    Dossier dossier;
    if (int code = loadFromReviewFile(p.positional().first(), p.parser.value(dossierOpt), dossier); code != Ok)
        return code;
    const Requirement* r = dossier.requirement(p.parser.value(reqOpt));
    if (!r) {
        m_err << p.positional().first() << ": "
              << tr("no requirement %1 in dossier %2").arg(p.parser.value(reqOpt), dossier.info.id) << Qt::endl;
        return Usage;
    }
    m_out << DossierStory::history(dossier, *r);
    m_out.flush();
    return Ok;
}

int Cli::generateCommand(const QStringList& args)
{
    const QCommandLineOption reqs(u"requirements"_s, tr("Number of requirements."), u"N"_s, u"100"_s);
    const QCommandLineOption vendors(u"vendors"_s, tr("Number of vendors."), u"M"_s, u"5"_s);
    const QCommandLineOption changes(u"changes"_s, tr("Number of changes."), u"K"_s, u"50"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Random seed."), u"S"_s, u"1"_s);
    const QCommandLineOption output(QStringList{u"o"_s, u"output"_s}, tr("Output file."), u"FILE.json"_s);
    Parsed p(args, {reqs, vendors, changes, seed, output});
    if (!p.ok)
        return usageError(p.error);
    if (!p.positional().isEmpty() || !p.parser.isSet(output))
        return usageError(tr("usage: generate --requirements N --vendors M --changes K --seed S -o FILE.json"));
    Generator::Options o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.requirements = p.parser.value(reqs).toInt(&ok1);
    o.vendors = p.parser.value(vendors).toInt(&ok2);
    o.changes = p.parser.value(changes).toInt(&ok3);
    o.seed = p.parser.value(seed).toULongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.requirements < 0 || o.vendors < 0 || o.changes < 0 ||
        o.requirements > 10000000 || o.vendors > 100000)
        return usageError(tr("--requirements, --vendors, --changes and --seed take non-negative whole numbers"));
    const QByteArray json = DossierWriter::write(Generator::generate(o));
    if (Status st = SafeFile::write(p.parser.value(output), json); !st) {
        m_err << st.error().toString() << Qt::endl;
        return exitFor(st.error());
    }
    m_err << tr("Wrote %1 (%2 bytes)").arg(p.parser.value(output)).arg(json.size()) << Qt::endl;
    return Ok;
}

int Cli::analyzeCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption asOfOpt(u"as-of"_s, tr("Analyse as of this day."), u"DATE"_s);
    const QCommandLineOption profileOpt(u"profile"_s, tr("Settings overriding the defaults."), u"PROFILE.json"_s);
    const QCommandLineOption formatOpt(u"format"_s, tr("text or json."), u"FORMAT"_s, u"text"_s);
    Parsed p(args, {dossierOpt, asOfOpt, profileOpt, formatOpt});
    if (!p.ok)
        return usageError(p.error);
    const QString format = p.parser.value(formatOpt);
    if (p.positional().size() != 1 || (format != u"text"_s && format != u"json"_s))
        return usageError(tr("usage: analyze REVIEW.db --dossier ID | FILE.json [--as-of DATE] [--profile P] "
                             "[--format text|json]"));
    const QString path = p.positional().first();
    QFile probe(path);
    const bool isReviewFile = probe.open(QIODevice::ReadOnly) && probe.read(16).startsWith("SQLite format 3");
    probe.close();

    Dossier dossier;
    if (isReviewFile) {
        if (!p.parser.isSet(dossierOpt))
            return usageError(tr("--dossier ID is required with a review file"));
        if (int code =
                loadFromReviewFile(path, p.parser.value(dossierOpt), dossier, ReviewFile::LoadScope::ForAnalysis);
            code != Ok)
            return code;
    } else {
        auto read = DossierReader::readFile(path);
        if (!read) {
            m_err << read.error().toString() << Qt::endl;
            return exitFor(read.error());
        }
        dossier = std::move(*read);
        if (p.parser.isSet(dossierOpt) && p.parser.value(dossierOpt) != dossier.info.id) {
            m_err << path << ": "
                  << tr("the file holds dossier %1, not %2").arg(dossier.info.id, p.parser.value(dossierOpt))
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
    if (p.parser.isSet(profileOpt)) {
        const QString profilePath = p.parser.value(profileOpt);
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
    if (p.parser.isSet(asOfOpt)) {
        asOfText = p.parser.value(asOfOpt);
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

std::unique_ptr<ReviewFile> Cli::openReviewFile(const QString& path, int* exitCode)
{
    auto file = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    if (!file) {
        m_err << file.error().toString() << Qt::endl;
        *exitCode = exitFor(file.error());
        return nullptr;
    }
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

std::optional<QDate> Cli::dayOption(const QCommandLineParser& parser, const QString& option, const Dossier& dossier)
{
    if (parser.isSet(option)) {
        const auto m = cli::momentOption(option, parser.value(option), dossier.info.zone(), m_err);
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

int Cli::matrixCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption asOfOpt(u"as-of"_s, tr("The day of the matrix."), u"DATE"_s);
    Parsed p(args, {dossierOpt, asOfOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: matrix REVIEW.db --dossier ID [--as-of DATE]"));
    Dossier dossier;
    if (int code = loadFromReviewFile(p.positional().first(), p.parser.value(dossierOpt), dossier); code != Ok)
        return code;
    const std::optional<QDate> day = dayOption(p.parser, u"as-of"_s, dossier);
    if (!day)
        return Usage;
    const DossierQueries q(dossier);
    m_out << ComplianceMatrix::compute(q, *day).toText();
    m_out.flush();
    return Ok;
}

int Cli::vendorCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption vendorOpt(u"vendor"_s, tr("The vendor id."), u"VID"_s);
    const QCommandLineOption asOfOpt(u"as-of"_s, tr("The day to look from."), u"DATE"_s);
    const QCommandLineOption csvOpt(u"csv"_s, tr("Also write the answers as CSV."), u"FILE.csv"_s);
    Parsed p(args, {dossierOpt, vendorOpt, asOfOpt, csvOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt) || !p.parser.isSet(vendorOpt))
        return usageError(tr("usage: vendor REVIEW.db --dossier ID --vendor VID [--as-of DATE] [--csv FILE.csv]"));
    Dossier dossier;
    if (int code = loadFromReviewFile(p.positional().first(), p.parser.value(dossierOpt), dossier); code != Ok)
        return code;
    const std::optional<QDate> day = dayOption(p.parser, u"as-of"_s, dossier);
    if (!day)
        return Usage;
    const DossierQueries q(dossier);
    auto perspective = VendorPerspective::compute(q, p.parser.value(vendorOpt), *day);
    if (!perspective) {
        m_err << p.positional().first() << ": " << perspective.error().reason << Qt::endl;
        return Usage;
    }
    if (p.parser.isSet(csvOpt)) {
        if (Status st = SafeFile::write(p.parser.value(csvOpt), perspective->toCsv()); !st) {
            m_err << st.error().toString() << Qt::endl;
            return exitFor(st.error());
        }
    }
    m_out << perspective->toText();
    m_out.flush();
    return Ok;
}

int Cli::reportCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption outputOpt(QStringList{u"o"_s, u"output"_s}, tr("The PDF file to write."), u"REPORT.pdf"_s);
    const QCommandLineOption publicOpt(u"public"_s, tr("Leave out everything marked confidential."));
    Parsed p(args, {dossierOpt, outputOpt, publicOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt) || !p.parser.isSet(outputOpt))
        return usageError(tr("usage: report REVIEW.db --dossier ID -o REPORT.pdf [--public]"));
    int code = Ok;
    auto file = openReviewFile(p.positional().first(), &code);
    if (!file)
        return code;
    // Read only: the dossier, its queries and its analysis, without an editing document.
    auto source = ReportSource::load(*file, p.parser.value(dossierOpt));
    if (!source) {
        m_err << p.positional().first() << ": " << source.error().reason << Qt::endl;
        return exitFor(source.error());
    }
    ReportWriter::Options options;
    options.publicEdition = p.parser.isSet(publicOpt);
    const QString output = p.parser.value(outputOpt);
    if (Status st = ReportWriter::writePdf((*source)->input(), output, options); !st) {
        m_err << st.error().toString() << Qt::endl;
        return st.error().invalidInput ? Usage : Failure;
    }
    m_out << (options.publicEdition ? tr("Wrote the public report to %1") : tr("Wrote the report to %1")).arg(output)
          << Qt::endl;
    return Ok;
}

} // namespace hostreview
