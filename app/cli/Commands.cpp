// SPDX-License-Identifier: EUPL-1.2
// Every command of hostreview-cli, declared once: what it is called, how it is typed, what it
// does and the options it takes. To add a command: a function `int Cli::xCommand(const
// Invocation&)` (in the Cli*.cpp of its theme) and an entry below; its help, its usage line and
// its parsing follow. Texts are translated in the context hostreview::Cli when shown.
#include "Commands.h"

#include "Cli.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Options several commands share, with the same meaning.
const Option& dossierOption()
{
    static const Option o{.names = {u"dossier"_s},
                          .valueName = u"ID"_s,
                          .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The dossier id.")};
    return o;
}

const Option& sourceOfTheDossierOption()
{
    static const Option o{.names = {u"source"_s},
                          .valueName = u"SID"_s,
                          .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A source of the dossier.")};
    return o;
}

const Option& confidentialOption()
{
    static const Option o{.names = {u"confidential"_s},
                          .valueName = u"yes|no"_s,
                          .description = QT_TRANSLATE_NOOP("hostreview::Cli", "yes or no.")};
    return o;
}

// The fields of a requirement's revision (add-requirement, revise), but for the one that names it.
QList<Option> revisionFieldOptions()
{
    return {
        {.names = {u"effective"_s},
         .valueName = u"DATE"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "When the revision takes effect.")},
        {.names = {u"text"_s},
         .valueName = u"TEXT"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The requirement's text.")},
        {.names = {u"mandatory"_s},
         .valueName = u"yes|no"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "yes or no.")},
        {.names = {u"weight"_s},
         .valueName = u"W"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The weight (not negative).")},
        {.names = {u"status"_s},
         .valueName = u"active|withdrawn"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "active or withdrawn.")},
        {.names = {u"rationale"_s},
         .valueName = u"TEXT"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Why the requirement changes.")},
        sourceOfTheDossierOption(),
    };
}

// The metadata of a dossier (new-dossier, dossier), after the option that names it.
QList<Option> dossierMetadataOptions(const Option& naming)
{
    return {
        naming,
        {.names = {u"title"_s},
         .valueName = u"TITLE"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "What the dossier is about.")},
        {.names = {u"applicant"_s},
         .valueName = u"NAME"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Who asks for the authorisation.")},
        {.names = {u"authority"_s},
         .valueName = u"NAME"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Who decides.")},
        {.names = {u"procedure"_s},
         .valueName = u"P"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The procedure (docs/format.md, section 3).")},
        {.names = {u"sensitivity"_s},
         .valueName = u"S"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "personal, health, sensitive_public or public.")},
        {.names = {u"data-category"_s},
         .valueName = u"TEXT"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A category of the data hosted (repeat for each).")},
        {.names = {u"required-certification"_s},
         .valueName = u"SCHEME"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A certification a host must hold (repeat for each).")},
        {.names = {u"timezone"_s},
         .valueName = u"ZONE"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The IANA time zone of its dates (Europe/Paris).")},
        {.names = {u"language"_s},
         .valueName = u"fr|en"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The language of its texts.")},
        {.names = {u"illustrative"_s},
         .valueName = u"yes|no"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Whether it is an illustration, not a real case.")},
        {.names = {u"summary"_s},
         .valueName = u"TEXT"_s,
         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A summary.")},
    };
}

} // namespace

QList<Command> Commands::table()
{
    const Option dossier = dossierOption();
    return {
        {
            .name = u"import"_s,
            .synopses = {u"FILE.json --into REVIEW.db"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "store a dossier in a review file (created if missing)"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Checks the whole file first: an invalid dossier is refused with the file, line, column,\n"
                "JSON pointer and reason, and nothing is stored. A dossier whose id is already in the\n"
                "review file is refused: history is never overwritten."),
            .options = {{.names = {u"into"_s},
                         .valueName = u"REVIEW.db"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The review file.")}},
            .records = true,
            .run = &Cli::importCommand,
        },
        {
            .name = u"export"_s,
            .synopses = {u"REVIEW.db --dossier ID [-o FILE.json] [--public]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "write a dossier as JSON (stdout without -o)"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Writes the dossier in the interchange format. --public leaves out confidential sources,\n"
                "confidential bids' prices and evidence, and confidential answers' evidence.\n"
                "Files are written whole (never half) and readable by their owner only."),
            .options = {dossier,
                        {.names = {u"o"_s, u"output"_s},
                         .valueName = u"FILE.json"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Output file.")},
                        {.names = {u"public"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Leave out confidential material.")}},
            .run = &Cli::exportCommand,
        },
        {
            .name = u"list"_s,
            .synopses = {u"REVIEW.db"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "list the dossiers of a review file"),
            .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Lists the dossiers."),
            .run = &Cli::listCommand,
        },
        {
            .name = u"show"_s,
            .synopses = {u"REVIEW.db --dossier ID"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "the story of a dossier: dates, counts, changes"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli",
                                  "Tells the dossier's story: parties, timeline, response window, counts, and every\n"
                                  "requirement change with its distance to the deadline then in force."),
            .options = {dossier},
            .run = &Cli::showCommand,
        },
        {
            .name = u"history"_s,
            .synopses = {u"REVIEW.db --dossier ID --requirement RID"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "every revision of a requirement"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli",
                                  "Every revision of the requirement with its date, text, rationale and what changed."),
            .options = {dossier,
                        {.names = {u"requirement"_s},
                         .valueName = u"RID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The requirement id.")}},
            .run = &Cli::historyCommand,
        },
        {
            .name = u"analyze"_s,
            .aliases = {u"analyse"_s},
            .synopses = {u"REVIEW.db --dossier ID [--as-of DATE] [--profile PROFILE.json] [--format text|json]"_s,
                         u"FILE.json [--as-of DATE] [--profile PROFILE.json] [--format text|json]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "the bias signals, their evidence, the bias index"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Evaluates every bias signal of the catalogue (docs/signals.md): each with its subject,\n"
                "date, evidence and basis, the bias index with its breakdown, and the signals that could\n"
                "not be evaluated with what was missing. --as-of counts only what existed on that day.\n"
                "The dossier's own analysis_profile applies first, then --profile. Exit 0 whether or\n"
                "not signals fire."),
            .options = {dossier,
                        {.names = {u"as-of"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Analyse as of this day.")},
                        {.names = {u"profile"_s},
                         .valueName = u"PROFILE.json"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Settings overriding the defaults.")},
                        {.names = {u"format"_s},
                         .valueName = u"text|json"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "text or json."),
                         .defaultValue = u"text"_s}},
            .run = &Cli::analyzeCommand,
        },
        {
            .name = u"matrix"_s,
            .synopses = {u"REVIEW.db --dossier ID [--as-of DATE]"_s},
            .summary =
                QT_TRANSLATE_NOOP("hostreview::Cli", "requirements x vendors: full, partial, none, stale; scores"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "The compliance matrix as of a day (default: the final deadline): one line per requirement\n"
                "in force (* mandatory), one column per vendor: ✓ full, ◐ partial, ✗ none, ↻ stale (the\n"
                "answer was to an earlier revision), · no answer. Then each vendor's weighted score (full =\n"
                "weight of the revision in force, partial = half, anything else 0) and mandatory requirements met."),
            .options = {dossier,
                        {.names = {u"as-of"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The day of the matrix.")}},
            .run = &Cli::matrixCommand,
        },
        {
            .name = u"vendor"_s,
            .synopses = {u"REVIEW.db --dossier ID --vendor VID [--as-of DATE] [--csv FILE.csv]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "a vendor's answers, what changed since, what to answer"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "The vendor's perspective as of a day (default: the final deadline): the deadline in force,\n"
                "every requirement changed since the vendor answered it, what it must answer (again), and\n"
                "its answers. --csv also writes the answers as CSV (owner-only, never half a file)."),
            .options = {dossier,
                        {.names = {u"vendor"_s},
                         .valueName = u"VID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The vendor id.")},
                        {.names = {u"as-of"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The day to look from.")},
                        {.names = {u"csv"_s},
                         .valueName = u"FILE.csv"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Also write the answers as CSV.")}},
            .run = &Cli::vendorCommand,
        },
        {
            .name = u"report"_s,
            .synopses = {u"REVIEW.db --dossier ID -o REPORT.pdf [--public]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "the review report as PDF"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Writes the review report: cover, contents, bias index and breakdown, signals with evidence\n"
                "and basis, requirement changes with word diffs, the compliance matrix at the final deadline,\n"
                "assessment and decision, claims check, sources, timeline and funnel charts. --public leaves\n"
                "out everything marked confidential and says so on the cover."),
            .options = {dossier,
                        {.names = {u"o"_s, u"output"_s},
                         .valueName = u"REPORT.pdf"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The PDF file to write.")},
                        {.names = {u"public"_s},
                         .description =
                             QT_TRANSLATE_NOOP("hostreview::Cli", "Leave out everything marked confidential.")}},
            .run = &Cli::reportCommand,
        },
        {
            .name = u"assessment"_s,
            .synopses = {u"REVIEW.db --dossier ID"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "the assessment criteria and their status"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli", "Every assessment criterion with its status, kind, title, comment and source."),
            .options = {dossier},
            .run = &Cli::assessmentCommand,
        },
        {
            .name = u"template"_s,
            .synopses = {u"REVIEW.db --dossier ID [--file TEMPLATE.json]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add the criteria of a template the dossier lacks"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Adds the criteria of a template that the dossier lacks, not yet assessed, titled in the\n"
                "language of --lang; the dossier's own criteria are kept. Without --file: the built-in\n"
                "template for hosting health data (18 criteria). The format is in docs/assessment.md."),
            .options = {dossier,
                        {.names = {u"file"_s},
                         .valueName = u"TEMPLATE.json"_s,
                         .description =
                             QT_TRANSLATE_NOOP("hostreview::Cli", "A template file (default: the built-in one).")}},
            .records = true,
            .run = &Cli::templateCommand,
        },
        {
            .name = u"assess"_s,
            .synopses = {u"REVIEW.db --dossier ID --criterion CID --status STATUS [--comment TEXT] [--source SID]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record the assessment of a criterion"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records an assessment of a criterion: STATUS is not_assessed, acceptable, to_improve or\n"
                "unacceptable. The comment and source stay as they were unless given (\"\" clears them).\n"
                "The previous assessment stays in the file as the criterion's history."),
            .options = {dossier,
                        {.names = {u"criterion"_s},
                         .valueName = u"CID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The criterion id.")},
                        {.names = {u"status"_s},
                         .valueName = u"STATUS"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "not_assessed, acceptable, to_improve or unacceptable.")},
                        {.names = {u"comment"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The reviewer's comment.")},
                        sourceOfTheDossierOption()},
            .records = true,
            .run = &Cli::assessCommand,
        },
        {
            .name = u"decide"_s,
            .synopses = {u"REVIEW.db --dossier ID [--outcome OUTCOME] [--vendor VID | --no-vendor] [--decided-at DATE] "
                         "[--published-at DATE] [--duration MONTHS] [--condition TEXT]... [--rationale TEXT] "
                         "[--despite-assessment]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record the decision"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records the decision; what is not given stays as recorded. OUTCOME is pending,\n"
                "authorized, authorized_with_conditions or refused. --condition replaces the conditions.\n"
                "The previous decision stays in the file. An authorisation while criteria of the assessment\n"
                "are unacceptable or not assessed needs --despite-assessment; the audit trail names them."),
            .options = {dossier,
                        {.names = {u"outcome"_s},
                         .valueName = u"OUTCOME"_s,
                         .description = QT_TRANSLATE_NOOP(
                             "hostreview::Cli", "pending, authorized, authorized_with_conditions or refused.")},
                        {.names = {u"vendor"_s},
                         .valueName = u"VID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The selected vendor's id.")},
                        {.names = {u"no-vendor"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "No vendor is selected.")},
                        {.names = {u"decided-at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The day of the decision.")},
                        {.names = {u"published-at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The day it was published.")},
                        {.names = {u"duration"_s},
                         .valueName = u"MONTHS"_s,
                         .description =
                             QT_TRANSLATE_NOOP("hostreview::Cli", "The authorisation's duration in months.")},
                        {.names = {u"condition"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "A condition (repeat for each; replaces the conditions).")},
                        {.names = {u"rationale"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The grounds of the decision.")},
                        {.names = {u"despite-assessment"_s},
                         .description = QT_TRANSLATE_NOOP(
                             "hostreview::Cli", "Authorise although criteria are unacceptable or not assessed.")}},
            .records = true,
            .run = &Cli::decideCommand,
        },
        {
            .name = u"claim"_s,
            .synopses = {u"REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID]"_s,
                         u"REVIEW.db --dossier ID --id CID --remove"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add or remove a claim of the decision"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli",
                                  "Adds a claim the decision rests on (KIND: no_compliant_alternative,\n"
                                  "no_alternative_offer or other), or removes one (it stays in the audit trail)."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"CID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The claim's id.")},
                        {.names = {u"kind"_s},
                         .valueName = u"KIND"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "no_compliant_alternative, no_alternative_offer or other.")},
                        {.names = {u"text"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "What the decision says.")},
                        sourceOfTheDossierOption(),
                        {.names = {u"remove"_s},
                         .description =
                             QT_TRANSLATE_NOOP("hostreview::Cli", "Remove the claim (it stays in the audit trail).")}},
            .records = true,
            .run = &Cli::claimCommand,
        },
        {
            .name = u"claims"_s,
            .synopses = {u"REVIEW.db --dossier ID"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "each claim tested against the evidence"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Each claim of the decision tested against the evidence (CLAIM_CONTRADICTED): the\n"
                "verdict, why, and every bid with the mandatory requirements it met at the final deadline."),
            .options = {dossier},
            .run = &Cli::claimsCommand,
        },
        {
            .name = u"new-dossier"_s,
            .synopses = {u"REVIEW.db --id ID --title TITLE [--applicant A] [--authority A] [--procedure P] "
                         "[--sensitivity S] [--data-category TEXT]... [--required-certification SCHEME]... "
                         "[--timezone ZONE] [--language fr|en] [--illustrative yes|no] [--summary TEXT]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "create an empty dossier (and the review file if missing)"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Creates a dossier with its metadata only, checked as an import checks it; then add its\n"
                "sources, events, requirements, vendors, bids and answers with the other commands."),
            .options =
                dossierMetadataOptions({.names = {u"id"_s},
                                        .valueName = u"ID"_s,
                                        .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The new dossier's id.")}),
            .records = true,
            .run = &Cli::newDossierCommand,
        },
        {
            .name = u"dossier"_s,
            .synopses = {u"REVIEW.db --dossier ID [--title TITLE] [--applicant A] [--authority A] [--procedure P] "
                         "[--sensitivity S] [--data-category TEXT]... [--required-certification SCHEME]... "
                         "[--timezone ZONE] [--language fr|en] [--illustrative yes|no] [--summary TEXT]"_s,
                         u"REVIEW.db --dossier ID --undo"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "change a dossier's metadata"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records new metadata: what is given replaces what was recorded (\"\" removes an optional\n"
                "value; a repeated option replaces its whole list), the rest stays. The previous metadata\n"
                "stays in the file; --undo brings it back. The time zone cannot change once the dossier\n"
                "holds dates."),
            .options = dossierMetadataOptions(dossier) +
                       QList<Option>{{.names = {u"undo"_s},
                                      .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                                       "Undo the latest change of the metadata.")}},
            .records = true,
            .run = &Cli::dossierCommand,
        },
        {
            .name = u"event"_s,
            .synopses = {u"REVIEW.db --dossier ID --id EID --kind KIND --at DATE [--new-deadline DATE] [--title T] "
                         "[--note N] [--source SID]"_s,
                         u"REVIEW.db --dossier ID --id EID --edit [--kind KIND] [--at DATE] [--new-deadline DATE] "
                         "[--title T] [--note N] [--source SID]"_s,
                         u"REVIEW.db --dossier ID --id EID --remove"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record, change or remove an event of the consultation"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records an event of the consultation (KIND: docs/format.md, section 5; a deadline_extended\n"
                "needs --new-deadline). --edit records a change of an event (\"\" removes an optional\n"
                "value); --remove takes it back. Both stay in the file and its audit trail."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"EID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The event's id.")},
                        {.names = {u"kind"_s},
                         .valueName = u"KIND"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "What happened.")},
                        {.names = {u"at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "When it happened.")},
                        {.names = {u"new-deadline"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "The deadline in force from then on (deadline_extended).")},
                        {.names = {u"title"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A title.")},
                        {.names = {u"note"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A note.")},
                        sourceOfTheDossierOption(),
                        {.names = {u"edit"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Change an existing event.")},
                        {.names = {u"remove"_s},
                         .description =
                             QT_TRANSLATE_NOOP("hostreview::Cli", "Remove the event (it stays in the audit trail).")}},
            .records = true,
            .run = &Cli::eventCommand,
        },
        {
            .name = u"bid-status"_s,
            .synopses = {u"REVIEW.db --dossier ID --bid BID --status submitted|withdrawn|disqualified --at DATE "
                         "[--reason TEXT]"_s,
                         u"REVIEW.db --dossier ID --bid BID --undo"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record the day a bid was withdrawn or disqualified"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records the status a bid took on a day (its status_at): before that day it counts as\n"
                "submitted. The reason stays in the file and its audit trail. --undo brings the previous\n"
                "status back."),
            .options = {dossier,
                        {.names = {u"bid"_s},
                         .valueName = u"BID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The bid's id.")},
                        {.names = {u"status"_s},
                         .valueName = u"STATUS"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "submitted, withdrawn or disqualified.")},
                        {.names = {u"at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The day the bid took that status.")},
                        {.names = {u"reason"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Why.")},
                        {.names = {u"undo"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Undo the latest status recorded.")}},
            .records = true,
            .run = &Cli::bidStatusCommand,
        },
        {
            .name = u"criterion"_s,
            .synopses = {u"REVIEW.db --dossier ID --id CID [--title TITLE] [--kind KIND]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add an assessment criterion of the reviewer's own"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Adds a criterion to the dossier's assessment, not assessed yet (assess then assesses it).\n"
                "KIND: docs/format.md, section 9."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"CID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The criterion's id.")},
                        {.names = {u"title"_s},
                         .valueName = u"TITLE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "What it assesses.")},
                        {.names = {u"kind"_s},
                         .valueName = u"KIND"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its kind.")}},
            .records = true,
            .run = &Cli::criterionCommand,
        },
        {
            .name = u"import-requirements"_s,
            .synopses = {u"REVIEW.db --dossier ID --csv FILE --effective DATE [--rationale TEXT] [--source SID] "
                         "[--dry-run]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "import a requirement list from a spreadsheet (CSV)"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Reads a requirement list saved as CSV (columns id, category, title, text, mandatory,\n"
                "weight, or identifiant, catégorie, titre, texte, obligatoire, poids; comma or semicolon;\n"
                "UTF-8 or Windows-1252) and records what it changes, effective on DATE: a new row adds a\n"
                "requirement; a changed text, mandatory flag or weight adds a revision; a row gone withdraws\n"
                "its requirement. Prints the changes; --dry-run prints them and writes nothing. Every bad row\n"
                "is named with its line and column, and then nothing is written. docs/spreadsheets.md."),
            .options = {dossier,
                        {.names = {u"csv"_s},
                         .valueName = u"FILE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The requirement list (CSV).")},
                        {.names = {u"effective"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "When the changes take effect (a day or an instant).")},
                        {.names = {u"rationale"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Why the list changed (every revision).")},
                        {.names = {u"source"_s},
                         .valueName = u"SID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The source of the list.")},
                        {.names = {u"dry-run"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Print the changes; write nothing.")}},
            .records = true,
            .run = &Cli::importRequirementsCommand,
        },
        {
            .name = u"import-answers"_s,
            .synopses = {u"REVIEW.db --dossier ID --bid BID --csv FILE [--at DATE] [--dry-run]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "import a vendor's answers from a spreadsheet (CSV)"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Reads the CSV that 'vendor --csv' writes, filled in, and records each answer that differs\n"
                "from the bid's latest: to the revision its row names (rev_answered, else rev_in_force),\n"
                "dated --at, else its answered_at, else the bid's submission. Rows without a compliance are\n"
                "skipped. Every bad row is named with its line and column, and then nothing is written."),
            .options = {dossier,
                        {.names = {u"bid"_s},
                         .valueName = u"BID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The bid's id.")},
                        {.names = {u"csv"_s},
                         .valueName = u"FILE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The answers (CSV).")},
                        {.names = {u"at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "When the answers were given.")},
                        {.names = {u"dry-run"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Print the changes; write nothing.")}},
            .records = true,
            .run = &Cli::importAnswersCommand,
        },
        {
            .name = u"add-requirement"_s,
            .synopses = {u"REVIEW.db --dossier ID --id RID --effective DATE --text TEXT [--title TITLE] "
                         "[--category CATEGORY] [--mandatory yes|no] [--weight W] [--status active|withdrawn] "
                         "[--rationale TEXT] [--source SID]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add a requirement with its first revision"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Adds a requirement with its first revision. DATE is a day (YYYY-MM-DD, its start in the\n"
                "dossier's time zone) or an instant with its offset (2023-12-12T18:00:00+01:00)."),
            .options = QList<Option>{dossier,
                                     {.names = {u"id"_s},
                                      .valueName = u"RID"_s,
                                      .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The new requirement's id.")},
                                     {.names = {u"title"_s},
                                      .valueName = u"TITLE"_s,
                                      .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its title.")},
                                     {.names = {u"category"_s},
                                      .valueName = u"CATEGORY"_s,
                                      .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its category.")}} +
                       revisionFieldOptions(),
            .records = true,
            .run = &Cli::addRequirementCommand,
        },
        {
            .name = u"revise"_s,
            .synopses =
                {u"REVIEW.db --dossier ID --requirement RID --effective DATE [--text TEXT] [--mandatory yes|no] "
                 "[--weight W] [--status active|withdrawn] [--rationale TEXT] [--source SID]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record a new revision of a requirement"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records the requirement's next revision: the earlier ones never change. The text, mandatory,\n"
                "weight and status carry over from the latest revision unless given; the rationale and\n"
                "source are the new revision's own. Its effective date is not earlier than the latest's."),
            .options = QList<Option>{dossier,
                                     {.names = {u"requirement"_s},
                                      .valueName = u"RID"_s,
                                      .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The requirement's id.")}} +
                       revisionFieldOptions(),
            .records = true,
            .run = &Cli::reviseCommand,
        },
        {
            .name = u"source"_s,
            .synopses = {u"REVIEW.db --dossier ID --id SID --title TITLE [--publisher NAME] [--url URL] [--date DATE] "
                         "[--kind KIND] [--excerpt TEXT] [--confidential yes|no]"_s,
                         u"REVIEW.db --dossier ID --id SID --edit [--title TITLE] [--publisher NAME] [--url URL] "
                         "[--date DATE] [--kind KIND] [--excerpt TEXT] [--confidential yes|no]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add or change a source"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Adds a source, or with --edit changes one (\"\" clears a field); the audit trail keeps\n"
                "the values replaced. KIND is official, press, petition, bid_document,\n"
                "consultation_document or other."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"SID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The source's id.")},
                        {.names = {u"title"_s},
                         .valueName = u"TITLE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its title.")},
                        {.names = {u"publisher"_s},
                         .valueName = u"NAME"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Who published it.")},
                        {.names = {u"url"_s},
                         .valueName = u"URL"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Where it can be read.")},
                        {.names = {u"date"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its date.")},
                        {.names = {u"kind"_s},
                         .valueName = u"KIND"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its kind.")},
                        {.names = {u"excerpt"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The passage relied on.")},
                        confidentialOption(),
                        {.names = {u"edit"_s},
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "Change an existing source (what is not given stays).")}},
            .records = true,
            .run = &Cli::sourceCommand,
        },
        {
            .name = u"add-vendor"_s,
            .synopses = {u"REVIEW.db --dossier ID --id VID --name NAME [--country CC] [--parent NAME] "
                         "[--parent-country CC] [--certification SCHEME[,FROM[,UNTIL]]]... [--notes TEXT]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add a vendor with its certifications"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli", "Adds a vendor, its jurisdiction and its certifications."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"VID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The new vendor's id.")},
                        {.names = {u"name"_s},
                         .valueName = u"NAME"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its name.")},
                        {.names = {u"country"_s},
                         .valueName = u"CC"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its country (ISO 3166 code).")},
                        {.names = {u"parent"_s},
                         .valueName = u"NAME"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its parent company.")},
                        {.names = {u"parent-country"_s},
                         .valueName = u"CC"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The parent's country.")},
                        {.names = {u"certification"_s},
                         .valueName = u"SCHEME[,FROM[,UNTIL]]"_s,
                         .description = QT_TRANSLATE_NOOP(
                             "hostreview::Cli", "A certification: SCHEME, SCHEME,FROM or SCHEME,FROM,UNTIL (repeat).")},
                        {.names = {u"notes"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Notes.")}},
            .records = true,
            .run = &Cli::addVendorCommand,
        },
        {
            .name = u"add-bid"_s,
            .synopses = {u"REVIEW.db --dossier ID --id BID --vendor VID --submitted DATE [--status STATUS "
                         "[--status-at DATE]] [--price AMOUNT [--currency CUR]] [--confidential yes|no]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "add a vendor's bid"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli",
                                  "Adds a bid of a known vendor, without answers ('answer' records them). STATUS is\n"
                                  "submitted, withdrawn or disqualified; --status-at dates a withdrawal or a\n"
                                  "disqualification (before that day the bid was submitted and its answers count)."),
            .options = {dossier,
                        {.names = {u"id"_s},
                         .valueName = u"BID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The new bid's id.")},
                        {.names = {u"vendor"_s},
                         .valueName = u"VID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The vendor's id.")},
                        {.names = {u"submitted"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "When it was submitted.")},
                        {.names = {u"status"_s},
                         .valueName = u"STATUS"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "submitted, withdrawn or disqualified.")},
                        {.names = {u"status-at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP(
                             "hostreview::Cli",
                             "The day it was withdrawn or disqualified (before it, it was submitted).")},
                        {.names = {u"price"_s},
                         .valueName = u"AMOUNT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Its price.")},
                        {.names = {u"currency"_s},
                         .valueName = u"CUR"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The price's currency (ISO 4217 code).")},
                        confidentialOption()},
            .records = true,
            .run = &Cli::addBidCommand,
        },
        {
            .name = u"answer"_s,
            .synopses = {u"REVIEW.db --dossier ID --bid BID --requirement RID --compliance C [--rev N] [--at DATE] "
                         "[--evidence TEXT] [--confidential yes|no]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "record a bid's answer to a revision"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Records the bid's answer to a revision of a requirement (default: the one in force on the\n"
                "day of the answer): C is full, partial or none; --at defaults to the bid's submission.\n"
                "Earlier answers stay: the latest one given counts. An answer to a revision since replaced\n"
                "is stale."),
            .options = {dossier,
                        {.names = {u"bid"_s},
                         .valueName = u"BID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The bid's id.")},
                        {.names = {u"requirement"_s},
                         .valueName = u"RID"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The requirement's id.")},
                        {.names = {u"compliance"_s},
                         .valueName = u"C"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "full, partial or none.")},
                        {.names = {u"rev"_s},
                         .valueName = u"N"_s,
                         .description = QT_TRANSLATE_NOOP(
                             "hostreview::Cli",
                             "The revision answered (default: the one in force on the day of the answer).")},
                        {.names = {u"at"_s},
                         .valueName = u"DATE"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                                          "When it was answered (default: the bid's submission).")},
                        {.names = {u"evidence"_s},
                         .valueName = u"TEXT"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The vendor's evidence.")},
                        confidentialOption()},
            .records = true,
            .run = &Cli::answerCommand,
        },
        {
            .name = u"retract"_s,
            .synopses = {u"REVIEW.db --dossier ID --requirement RID [--rev N]"_s,
                         u"REVIEW.db --dossier ID --bid BID [--requirement RID --rev N]"_s,
                         u"REVIEW.db --dossier ID --source SID | --vendor VID | --assessment CID | --decision"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "undo an addition; it stays in the file"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Undoes an addition: a requirement, its latest revision, a source, a vendor, a bid, a bid's\n"
                "latest answer, a criterion's latest assessment or the latest decision. Nothing is deleted:\n"
                "the rows are marked retracted by an audit entry, whose number is printed, and stay in the\n"
                "file. Refused while something depends on them (an answered revision, a cited source...)."),
            .options =
                {dossier,
                 {.names = {u"requirement"_s},
                  .valueName = u"RID"_s,
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A requirement (with --rev: one revision).")},
                 {.names = {u"rev"_s},
                  .valueName = u"N"_s,
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The revision (the latest of the requirement).")},
                 {.names = {u"source"_s},
                  .valueName = u"SID"_s,
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A source.")},
                 {.names = {u"vendor"_s},
                  .valueName = u"VID"_s,
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "A vendor.")},
                 {.names = {u"bid"_s},
                  .valueName = u"BID"_s,
                  .description =
                      QT_TRANSLATE_NOOP("hostreview::Cli", "A bid (with --requirement and --rev: its latest answer).")},
                 {.names = {u"assessment"_s},
                  .valueName = u"CID"_s,
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The latest assessment of a criterion.")},
                 {.names = {u"decision"_s},
                  .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The latest decision recorded.")}},
            .records = true,
            .run = &Cli::retractCommand,
        },
        {
            .name = u"reinstate"_s,
            .synopses = {u"REVIEW.db --dossier ID --entry N"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "bring back what a retraction took"),
            .description = QT_TRANSLATE_NOOP("hostreview::Cli",
                                             "Brings back what the retraction recorded as audit entry N took (redo)."),
            .options = {dossier,
                        {.names = {u"entry"_s},
                         .valueName = u"N"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "The audit entry of the retraction.")}},
            .records = true,
            .run = &Cli::reinstateCommand,
        },
        {
            .name = u"audit"_s,
            .synopses = {u"REVIEW.db [--dossier ID]"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "every action recorded in the file"),
            .description =
                QT_TRANSLATE_NOOP("hostreview::Cli",
                                  "The file's audit trail, oldest first: every action with its number, time (UTC),\n"
                                  "dossier, kind and detail. It is append-only."),
            .options = {dossier},
            .run = &Cli::auditCommand,
        },
        {
            .name = u"check"_s,
            .synopses = {u"REVIEW.db"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "every stored value an import would refuse"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Lists every stored value an import would refuse (a file altered outside HostReview: an\n"
                "empty date, an id with a control character, a reference to nothing), with its table and\n"
                "row. Exit 0 when there is none, 1 otherwise."),
            .run = &Cli::checkCommand,
        },
        {
            .name = u"generate"_s,
            .synopses = {u"[--requirements N] [--vendors M] [--changes K] [--seed S] -o FILE.json"_s},
            .summary = QT_TRANSLATE_NOOP("hostreview::Cli", "write a valid synthetic dossier"),
            .description = QT_TRANSLATE_NOOP(
                "hostreview::Cli",
                "Writes a valid, deterministic synthetic dossier: N requirements, M vendors with one bid\n"
                "each answering every requirement, K changes (revisions after the first)."),
            .options = {{.names = {u"requirements"_s},
                         .valueName = u"N"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Number of requirements."),
                         .defaultValue = u"100"_s},
                        {.names = {u"vendors"_s},
                         .valueName = u"M"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Number of vendors."),
                         .defaultValue = u"5"_s},
                        {.names = {u"changes"_s},
                         .valueName = u"K"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Number of changes."),
                         .defaultValue = u"50"_s},
                        {.names = {u"seed"_s},
                         .valueName = u"S"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Random seed."),
                         .defaultValue = u"1"_s},
                        {.names = {u"o"_s, u"output"_s},
                         .valueName = u"FILE.json"_s,
                         .description = QT_TRANSLATE_NOOP("hostreview::Cli", "Output file.")}},
            .run = &Cli::generateCommand,
        },
    };
}

const QList<Command>& Commands::all()
{
    static const QList<Command> commands = [] {
        QList<Command> out = table();
        const Option author{.names = {u"author"_s},
                            .valueName = u"NAME"_s,
                            .description = QT_TRANSLATE_NOOP(
                                "hostreview::Cli",
                                "Who records the action (default: $HOSTREVIEW_AUTHOR, else the account's full name).")};
        for (Command& c : out) {
            if (c.records)
                c.options << author;
        }
        return out;
    }();
    return commands;
}

const Command* Commands::find(const QString& nameOrAlias)
{
    for (const Command& c : all()) {
        if (c.answersTo(nameOrAlias))
            return &c;
    }
    return nullptr;
}

QString Option::spelling() const
{
    QStringList spelled;
    for (const QString& n : names)
        spelled << (n.size() == 1 ? u"-"_s : u"--"_s) + n;
    QString text = spelled.join(u", "_s);
    if (!valueName.isEmpty())
        text += u' ' + valueName;
    return text;
}

QCommandLineOption Option::toParserOption() const
{
    QCommandLineOption o(names, QCoreApplication::translate("hostreview::Cli", description), valueName);
    if (!defaultValue.isEmpty())
        o.setDefaultValue(defaultValue);
    return o;
}

QList<QCommandLineOption> Commands::parserOptions(const Command& command)
{
    QList<QCommandLineOption> options;
    for (const Option& o : command.options)
        options << o.toParserOption();
    return options;
}

Invocation::Invocation(const Command& c)
    : command(c)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(Commands::parserOptions(c));
}

bool Invocation::parse(const QStringList& args)
{
    return parser.parse(args);
}

} // namespace hostreview
