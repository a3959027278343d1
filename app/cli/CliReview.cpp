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

int Cli::failed(const QString& path, const Error& error)
{
    if (error.file == path)
        m_err << error.toString() << Qt::endl;
    else
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

int Cli::assessmentCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    Dossier dossier; // the assessment needs no bids
    if (int code = loadFromReviewFile(
            in.positional().first(), in.value(u"dossier"_s), dossier, ReviewFile::LoadScope::WithoutBids);
        code != Ok)
        return code;
    m_out << assessmentText(dossier);
    m_out.flush();
    return Ok;
}

int Cli::templateCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    AssessmentTemplate t = AssessmentTemplate::builtIn();
    if (in.isSet(u"file"_s)) {
        auto read = AssessmentTemplate::readFile(in.value(u"file"_s));
        if (!read) {
            m_err << read.error().toString() << Qt::endl;
            return Usage;
        }
        t = std::move(*read);
    }
    int code = Ok;
    auto file = openReviewFile(in.positional().first(), &code);
    if (!file)
        return code;
    auto added = file->addCriteria(in.value(u"dossier"_s), t.criteria(Language::current()), t.id);
    if (!added)
        return failed(in.positional().first(), added.error());
    m_out
        << tr("Added %n criterion(s) from template %1: %2", nullptr, int(added->size())).arg(t.id, added->join(u", "_s))
        << Qt::endl;
    return Ok;
}

int Cli::assessCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"criterion"_s) || !in.isSet(u"status"_s))
        return usage(in);
    const auto status = enumOption<AssessmentStatus>(u"status"_s, in.value(u"status"_s), m_err);
    if (!status)
        return Usage;
    int code = Ok;
    auto file = openReviewFile(in.positional().first(), &code);
    if (!file)
        return code;
    // The comment and source stay as they are unless given ("" clears them).
    Dossier dossier;
    if (int loaded = loadDossier(*file, in.value(u"dossier"_s), dossier, ReviewFile::LoadScope::WithoutBids);
        loaded != Ok)
        return loaded;
    Criterion c;
    c.criterion = in.value(u"criterion"_s);
    for (const Criterion& current : dossier.assessment) {
        if (current.criterion == c.criterion) {
            c.comment = current.comment;
            c.source = current.source;
        }
    }
    c.status = *status;
    if (in.isSet(u"comment"_s)) {
        const QString comment = in.value(u"comment"_s).trimmed();
        c.comment = cli::textOrNone(comment);
    }
    if (in.isSet(u"source"_s)) {
        const QString source = in.value(u"source"_s);
        c.source = cli::textOrNone(source);
    }
    if (Status st = file->assessCriterion(in.value(u"dossier"_s), c); !st)
        return failed(in.positional().first(), st.error());
    m_out << tr("Criterion %1: %2").arg(c.criterion, Labels::of(*status)) << Qt::endl;
    return Ok;
}

int Cli::decideCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    Dossier dossier;
    if (int loaded = loadDossier(*file, in.value(u"dossier"_s), dossier, ReviewFile::LoadScope::WithoutBids);
        loaded != Ok)
        return loaded;
    // What is not given stays as recorded.
    Decision d = dossier.decision.value_or(Decision());
    if (in.isSet(u"outcome"_s)) {
        const auto outcome = enumOption<Outcome>(u"outcome"_s, in.value(u"outcome"_s), m_err);
        if (!outcome)
            return Usage;
        d.outcome = *outcome;
    }
    if (in.isSet(u"vendor"_s))
        d.selectedVendor = in.value(u"vendor"_s);
    if (in.isSet(u"no-vendor"_s))
        d.selectedVendor.reset();
    for (const auto& [name, target] :
         {std::pair{u"decided-at"_s, &d.decidedAt}, std::pair{u"published-at"_s, &d.publishedAt}}) {
        if (!in.isSet(name))
            continue;
        auto m = momentOption(name, in.value(name), dossier.info.zone(), m_err);
        if (!m)
            return Usage;
        *target = *m;
    }
    if (in.isSet(u"duration"_s)) {
        bool ok = false;
        const int months = in.value(u"duration"_s).toInt(&ok);
        if (!ok) {
            m_err << "--duration: " << tr("a whole number of months is expected") << Qt::endl;
            return Usage;
        }
        d.durationMonths = months;
    }
    if (in.isSet(u"condition"_s))
        d.conditions = in.values(u"condition"_s);
    if (in.isSet(u"rationale"_s))
        d.rationale = in.value(u"rationale"_s);
    const auto gate = in.isSet(u"despite-assessment"_s) ? ReviewFile::DecisionGate::DespiteAssessment
                                                        : ReviewFile::DecisionGate::Checked;
    if (Status st = file->recordDecision(dossier.info.id, d, gate); !st) {
        const int failure = failed(path, st.error());
        if (gate == ReviewFile::DecisionGate::Checked && st.error().invalidInput &&
            (d.outcomeOrDefault() == Outcome::Authorized || d.outcomeOrDefault() == Outcome::AuthorizedWithConditions))
            m_err << tr("To record it all the same, add --despite-assessment.") << Qt::endl;
        return failure;
    }
    m_out << tr("Decision recorded: %1").arg(Labels::of(d.outcomeOrDefault())) << Qt::endl;
    return Ok;
}

int Cli::claimCommand(const Invocation& in)
{
    const bool remove = in.isSet(u"remove"_s);
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"id"_s) ||
        (!remove && (!in.isSet(u"kind"_s) || !in.isSet(u"text"_s))))
        return usage(in);
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = in.value(u"dossier"_s);
    if (remove) {
        auto r = file->retractClaim(dossierId, in.value(u"id"_s));
        if (!r)
            return failed(path, r.error());
        m_out << tr("Claim %1 removed.").arg(in.value(u"id"_s)) << Qt::endl;
        return Ok;
    }
    const auto kind = enumOption<ClaimKind>(u"kind"_s, in.value(u"kind"_s), m_err);
    if (!kind)
        return Usage;
    Claim c;
    c.id = in.value(u"id"_s);
    c.kind = *kind;
    c.text = in.value(u"text"_s);
    if (in.isSet(u"source"_s))
        c.source = in.value(u"source"_s);
    if (Status st = file->addClaim(dossierId, c); !st)
        return failed(path, st.error());
    m_out << tr("Claim %1 added.").arg(c.id) << Qt::endl;
    return Ok;
}

int Cli::claimsCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    const QString path = in.positional().first();
    Dossier dossier; // what the analysis reads: the answers without their evidence
    if (int code = loadFromReviewFile(path, in.value(u"dossier"_s), dossier, ReviewFile::LoadScope::ForAnalysis);
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
