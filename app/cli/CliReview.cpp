// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's commands for the regulator's review: the assessment, templates, the decision
// and its claims. Each change is one action of the review file, in its audit trail.
#include "Cli.h"

#include "CliSupport.h"
#include "analysis/ClaimCheck.h"
#include "analysis/DossierQueries.h"
#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/AssessmentTemplate.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"
#include "text/Labels.h"

using namespace Qt::StringLiterals;

namespace hostreview {

using cli::enumOption;
using cli::exitFor;
using cli::momentOption;
using cli::Parsed;

int Cli::failed(const QString& path, const Error& error)
{
    m_err << path << ": " << error.toString() << Qt::endl;
    return exitFor(error);
}

QString Cli::assessmentText(const Dossier& dossier)
{
    if (dossier.assessment.isEmpty())
        return tr("No assessment criteria. 'hostreview-cli template' adds the built-in ones.") + u'\n';
    QString out =
        tr("Assessment of %1 (%n criterion(s))", nullptr, int(dossier.assessment.size())).arg(dossier.info.id) +
        u"\n\n"_s;
    for (const Criterion& c : dossier.assessment) {
        out += u"%1  %2  %3 — %4\n"_s.arg(c.criterion.leftJustified(5),
                                          Labels::of(c.statusOrDefault()).leftJustified(14),
                                          Labels::of(c.kind.value_or(CriterionKind::Other)),
                                          AssessmentTemplate::titleOf(c));
        if (c.comment)
            out += u"       "_s + c.comment->simplified() + u'\n';
        if (c.source)
            out += u"       "_s + tr("source: %1").arg(*c.source) + u'\n';
    }
    return out;
}

int Cli::assessmentCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    Parsed p(args, {dossierOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: assessment REVIEW.db --dossier ID"));
    Dossier dossier; // the assessment needs no bids
    if (int code = loadFromReviewFile(
            p.positional().first(), p.parser.value(dossierOpt), dossier, ReviewFile::LoadScope::WithoutBids);
        code != Ok)
        return code;
    m_out << assessmentText(dossier);
    m_out.flush();
    return Ok;
}

int Cli::templateCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption fileOpt(u"file"_s, tr("A template file (default: the built-in one)."), u"TEMPLATE.json"_s);
    Parsed p(args, {dossierOpt, fileOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: template REVIEW.db --dossier ID [--file TEMPLATE.json]"));
    AssessmentTemplate t = AssessmentTemplate::builtIn();
    if (p.parser.isSet(fileOpt)) {
        auto read = AssessmentTemplate::readFile(p.parser.value(fileOpt));
        if (!read) {
            m_err << read.error().toString() << Qt::endl;
            return Usage;
        }
        t = std::move(*read);
    }
    int code = Ok;
    auto file = openReviewFile(p.positional().first(), &code);
    if (!file)
        return code;
    auto added = file->addCriteria(p.parser.value(dossierOpt), t.criteria(Language::current()), t.id);
    if (!added)
        return failed(p.positional().first(), added.error());
    m_out
        << tr("Added %n criterion(s) from template %1: %2", nullptr, int(added->size())).arg(t.id, added->join(u", "_s))
        << Qt::endl;
    return Ok;
}

int Cli::assessCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption criterionOpt(u"criterion"_s, tr("The criterion id."), u"CID"_s);
    const QCommandLineOption statusOpt(
        u"status"_s, tr("not_assessed, acceptable, to_improve or unacceptable."), u"STATUS"_s);
    const QCommandLineOption commentOpt(u"comment"_s, tr("The reviewer's comment."), u"TEXT"_s);
    const QCommandLineOption sourceOpt(u"source"_s, tr("A source of the dossier."), u"SID"_s);
    Parsed p(args, {dossierOpt, criterionOpt, statusOpt, commentOpt, sourceOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt) || !p.parser.isSet(criterionOpt) ||
        !p.parser.isSet(statusOpt))
        return usageError(tr("usage: assess REVIEW.db --dossier ID --criterion CID --status STATUS "
                             "[--comment TEXT] [--source SID]"));
    const auto status = enumOption<AssessmentStatus>(u"status"_s, p.parser.value(statusOpt), m_err);
    if (!status)
        return Usage;
    int code = Ok;
    auto file = openReviewFile(p.positional().first(), &code);
    if (!file)
        return code;
    // The comment and source stay as they are unless given ("" clears them).
    Dossier dossier;
    if (int loaded = loadDossier(*file, p.parser.value(dossierOpt), dossier, ReviewFile::LoadScope::WithoutBids);
        loaded != Ok)
        return loaded;
    Criterion c;
    c.criterion = p.parser.value(criterionOpt);
    for (const Criterion& current : dossier.assessment) {
        if (current.criterion == c.criterion) {
            c.comment = current.comment;
            c.source = current.source;
        }
    }
    c.status = *status;
    if (p.parser.isSet(commentOpt)) {
        const QString comment = p.parser.value(commentOpt).trimmed();
        c.comment = comment.isEmpty() ? std::nullopt : std::optional<QString>(comment);
    }
    if (p.parser.isSet(sourceOpt)) {
        const QString source = p.parser.value(sourceOpt);
        c.source = source.isEmpty() ? std::nullopt : std::optional<QString>(source);
    }
    if (Status st = file->assessCriterion(p.parser.value(dossierOpt), c); !st)
        return failed(p.positional().first(), st.error());
    m_out << tr("Criterion %1: %2").arg(c.criterion, Labels::of(*status)) << Qt::endl;
    return Ok;
}

int Cli::decideCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption outcomeOpt(
        u"outcome"_s, tr("pending, authorized, authorized_with_conditions or refused."), u"OUTCOME"_s);
    const QCommandLineOption vendorOpt(u"vendor"_s, tr("The selected vendor's id."), u"VID"_s);
    const QCommandLineOption noVendorOpt(u"no-vendor"_s, tr("No vendor is selected."));
    const QCommandLineOption decidedOpt(u"decided-at"_s, tr("The day of the decision."), u"DATE"_s);
    const QCommandLineOption publishedOpt(u"published-at"_s, tr("The day it was published."), u"DATE"_s);
    const QCommandLineOption durationOpt(u"duration"_s, tr("The authorisation's duration in months."), u"MONTHS"_s);
    const QCommandLineOption conditionOpt(
        u"condition"_s, tr("A condition (repeat for each; replaces the conditions)."), u"TEXT"_s);
    const QCommandLineOption rationaleOpt(u"rationale"_s, tr("The grounds of the decision."), u"TEXT"_s);
    Parsed p(args,
             {dossierOpt,
              outcomeOpt,
              vendorOpt,
              noVendorOpt,
              decidedOpt,
              publishedOpt,
              durationOpt,
              conditionOpt,
              rationaleOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: decide REVIEW.db --dossier ID [--outcome OUTCOME] [--vendor VID | --no-vendor] "
                             "[--decided-at DATE] [--published-at DATE] [--duration MONTHS] [--condition TEXT]... "
                             "[--rationale TEXT]"));
    const QString path = p.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    Dossier dossier;
    if (int loaded = loadDossier(*file, p.parser.value(dossierOpt), dossier, ReviewFile::LoadScope::WithoutBids);
        loaded != Ok)
        return loaded;
    // What is not given stays as recorded.
    Decision d = dossier.decision.value_or(Decision());
    if (p.parser.isSet(outcomeOpt)) {
        const auto outcome = enumOption<Outcome>(u"outcome"_s, p.parser.value(outcomeOpt), m_err);
        if (!outcome)
            return Usage;
        d.outcome = *outcome;
    }
    if (p.parser.isSet(vendorOpt))
        d.selectedVendor = p.parser.value(vendorOpt);
    if (p.parser.isSet(noVendorOpt))
        d.selectedVendor.reset();
    for (const auto& [opt, target] : {std::pair{&decidedOpt, &d.decidedAt}, std::pair{&publishedOpt, &d.publishedAt}}) {
        if (!p.parser.isSet(*opt))
            continue;
        auto m = momentOption(opt->names().first(), p.parser.value(*opt), dossier.info.zone(), m_err);
        if (!m)
            return Usage;
        *target = *m;
    }
    if (p.parser.isSet(durationOpt)) {
        bool ok = false;
        const int months = p.parser.value(durationOpt).toInt(&ok);
        if (!ok) {
            m_err << "--duration: " << tr("a whole number of months is expected") << Qt::endl;
            return Usage;
        }
        d.durationMonths = months;
    }
    if (p.parser.isSet(conditionOpt))
        d.conditions = p.parser.values(conditionOpt);
    if (p.parser.isSet(rationaleOpt))
        d.rationale = p.parser.value(rationaleOpt);
    if (Status st = file->recordDecision(dossier.info.id, d); !st)
        return failed(path, st.error());
    m_out << tr("Decision recorded: %1").arg(Labels::of(d.outcomeOrDefault())) << Qt::endl;
    return Ok;
}

int Cli::claimCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    const QCommandLineOption idOpt(u"id"_s, tr("The claim's id."), u"CID"_s);
    const QCommandLineOption kindOpt(
        u"kind"_s, tr("no_compliant_alternative, no_alternative_offer or other."), u"KIND"_s);
    const QCommandLineOption textOpt(u"text"_s, tr("What the decision says."), u"TEXT"_s);
    const QCommandLineOption sourceOpt(u"source"_s, tr("A source of the dossier."), u"SID"_s);
    const QCommandLineOption removeOpt(u"remove"_s, tr("Remove the claim (it stays in the audit trail)."));
    Parsed p(args, {dossierOpt, idOpt, kindOpt, textOpt, sourceOpt, removeOpt});
    if (!p.ok)
        return usageError(p.error);
    const bool remove = p.parser.isSet(removeOpt);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt) || !p.parser.isSet(idOpt) ||
        (!remove && (!p.parser.isSet(kindOpt) || !p.parser.isSet(textOpt))))
        return usageError(tr("usage: claim REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID]\n"
                             "       claim REVIEW.db --dossier ID --id CID --remove"));
    const QString path = p.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = p.parser.value(dossierOpt);
    if (remove) {
        auto r = file->retractClaim(dossierId, p.parser.value(idOpt));
        if (!r)
            return failed(path, r.error());
        m_out << tr("Claim %1 removed.").arg(p.parser.value(idOpt)) << Qt::endl;
        return Ok;
    }
    const auto kind = enumOption<ClaimKind>(u"kind"_s, p.parser.value(kindOpt), m_err);
    if (!kind)
        return Usage;
    Claim c;
    c.id = p.parser.value(idOpt);
    c.kind = *kind;
    c.text = p.parser.value(textOpt);
    if (p.parser.isSet(sourceOpt))
        c.source = p.parser.value(sourceOpt);
    if (Status st = file->addClaim(dossierId, c); !st)
        return failed(path, st.error());
    m_out << tr("Claim %1 added.").arg(c.id) << Qt::endl;
    return Ok;
}

int Cli::claimsCommand(const QStringList& args)
{
    const QCommandLineOption dossierOpt(u"dossier"_s, tr("The dossier id."), u"ID"_s);
    Parsed p(args, {dossierOpt});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOpt))
        return usageError(tr("usage: claims REVIEW.db --dossier ID"));
    const QString path = p.positional().first();
    Dossier dossier; // what the analysis reads: the answers without their evidence
    if (int code = loadFromReviewFile(path, p.parser.value(dossierOpt), dossier, ReviewFile::LoadScope::ForAnalysis);
        code != Ok)
        return code;
    auto profile = AnalysisProfile::forDossier(dossier, path);
    if (!profile) {
        m_err << profile.error().toString() << Qt::endl;
        return Usage;
    }
    const DossierQueries q(dossier);
    m_out << ClaimCheck::toText(ClaimCheck::compute(q, SignalEngine::analyze(dossier, *profile)));
    m_out.flush();
    return Ok;
}

} // namespace hostreview
