// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's commands that change a dossier's record: requirements and their revisions,
// sources, vendors, bids and answers, and undoing any of them (a retraction, itself recorded).
// Each is one action of the review file, in its audit trail; what the desktop application's
// Edit menu does, without a display.
#include "Cli.h"

#include "CliSupport.h"
#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"
#include "text/Labels.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hostreview {

using cli::enumOption;
using cli::momentOption;
using cli::readYesNo;
using cli::textOrNone;

namespace {

std::optional<double> numberOption(const QString& option, const QString& value, QTextStream& err)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (ok && std::isfinite(v)) // Qt reads "inf" and "nan" too
        return v;
    err << "--" << option << ": " << Cli::tr("\"%1\" is not a number").arg(value) << Qt::endl;
    return std::nullopt;
}

} // namespace

// An editing command's arguments, and what beginEdit() opens for it.
struct Cli::EditArgs
{
    const Invocation& in;
    QString path{};
    std::unique_ptr<ReviewFile> file{};
    Dossier dossier{};
};

int Cli::beginEdit(EditArgs& e, const QStringList& required, bool otherwiseValid, ReviewFile::LoadScope scope)
{
    const Invocation& in = e.in;
    const bool given =
        std::all_of(required.cbegin(), required.cend(), [&](const QString& name) { return in.isSet(name); });
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !given || !otherwiseValid)
        return usage(in);
    e.path = in.positional().first();
    int code = Ok;
    e.file = openReviewFile(e.path, &code);
    if (!e.file)
        return code;
    return loadDossier(*e.file, in.value(u"dossier"_s), e.dossier, scope);
}

void Cli::warnIfLate(const Moment& effective, const QTimeZone& zone)
{
    Recording now;
    now.recordedAt = QDateTime::currentDateTimeUtc();
    if (const auto late = daysRecordedLate(effective, now, zone))
        m_err << tr("warning: recorded %n day(s) after its effective date (%1); the history shows it so.",
                    nullptr,
                    int(*late))
                     .arg(effective.text())
              << Qt::endl;
}

// The fields of a revision that options give; `r` keeps what they do not.
bool Cli::revisionOptions(const Invocation& in, const Dossier& dossier, RequirementRevision& r)
{
    for (const char* name : {"effective", "text", "mandatory", "weight", "status", "rationale", "source"}) {
        const QString option = QString::fromLatin1(name);
        if (!in.isSet(option))
            continue;
        const QString value = in.value(option);
        if (option == u"effective"_s) {
            auto m = momentOption(option, value, dossier.info.zone(), m_err);
            if (!m)
                return false;
            r.effectiveAt = *m;
        } else if (option == u"text"_s) {
            r.text = value;
        } else if (option == u"mandatory"_s && !readYesNo(in.parser, option, r.mandatory, m_err)) {
            return false;
        } else if (option == u"weight"_s) {
            auto w = numberOption(option, value, m_err);
            if (!w)
                return false;
            r.weight = *w;
        } else if (option == u"status"_s) {
            auto s = enumOption<RevisionStatus>(option, value, m_err);
            if (!s)
                return false;
            r.status = *s;
        } else if (option == u"rationale"_s) { // "" gives none: an unexplained change
            r.rationale = textOrNone(value);
        } else if (option == u"source"_s) {
            r.source = textOrNone(value);
        }
    }
    return true;
}

int Cli::addRequirementCommand(const Invocation& in)
{
    EditArgs e{in};
    if (int code = beginEdit(e, {u"id"_s, u"effective"_s, u"text"_s}, true); code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    Requirement r;
    r.id = in.value(u"id"_s);
    if (in.isSet(u"title"_s))
        r.title = in.value(u"title"_s);
    if (in.isSet(u"category"_s)) {
        auto c = enumOption<Category>(u"category"_s, in.value(u"category"_s), m_err);
        if (!c)
            return Usage;
        r.category = *c;
    }
    RequirementRevision first;
    if (!revisionOptions(in, dossier, first))
        return Usage;
    r.revisions << first;
    if (Status st = file->addRequirement(dossier.info.id, r); !st)
        return failed(path, st.error());
    m_out << tr("Requirement %1 added (rev 1, effective %2).").arg(r.id, first.effectiveAt.text()) << Qt::endl;
    warnIfLate(first.effectiveAt, dossier.info.zone());
    return Ok;
}

int Cli::reviseCommand(const Invocation& in)
{
    EditArgs e{in};
    if (int code = beginEdit(e, {u"requirement"_s, u"effective"_s}, true); code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    const QString requirementId = in.value(u"requirement"_s);
    const Requirement* existing = dossier.requirement(requirementId);
    if (!existing || existing->revisions.isEmpty())
        return failed(path, Error::input(tr("no requirement %1 in dossier %2").arg(requirementId, dossier.info.id)));
    // As in the desktop application: the text, mandatory, weight and status carry over from the
    // latest revision unless given; the rationale and source are the new revision's own. The
    // number and what carries over are read in the write's own transaction (others may be
    // revising the same requirement).
    RequirementRevision r;
    if (!revisionOptions(in, dossier, r))
        return Usage;
    auto rev = file->addNextRevision(dossier.info.id, requirementId, r);
    if (!rev)
        return failed(path, rev.error());
    m_out << tr("Requirement %1: rev %2 recorded, effective %3.").arg(requirementId).arg(*rev).arg(r.effectiveAt.text())
          << Qt::endl;
    warnIfLate(r.effectiveAt, dossier.info.zone());
    return Ok;
}

int Cli::sourceCommand(const Invocation& in)
{
    const QStringList fields{
        u"title"_s, u"publisher"_s, u"url"_s, u"date"_s, u"kind"_s, u"excerpt"_s, u"confidential"_s};
    const bool edit = in.isSet(u"edit"_s);
    const bool anyField =
        std::any_of(fields.cbegin(), fields.cend(), [&](const QString& name) { return in.isSet(name); });
    EditArgs e{in};
    if (int code = beginEdit(e, {u"id"_s}, edit ? anyField : in.isSet(u"title"_s)); code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    Source s;
    s.id = in.value(u"id"_s);
    if (edit) {
        const Source* existing = dossier.source(s.id);
        if (!existing)
            return failed(path, Error::input(tr("no source %1 in dossier %2").arg(s.id, dossier.info.id)));
        s = *existing;
    }
    for (const QString& name : fields) {
        if (!in.isSet(name))
            continue;
        const QString value = in.value(name);
        // An empty value clears an optional field.
        const std::optional<QString> text = textOrNone(value);
        if (name == u"title"_s) {
            s.title = value;
        } else if (name == u"publisher"_s) {
            s.publisher = text;
        } else if (name == u"url"_s) {
            s.url = text;
        } else if (name == u"excerpt"_s) {
            s.excerpt = text;
        } else if (name == u"date"_s) {
            s.date.reset();
            if (text) {
                auto m = momentOption(name, value, dossier.info.zone(), m_err);
                if (!m)
                    return Usage;
                s.date = *m;
            }
        } else if (name == u"kind"_s) {
            s.kind.reset();
            if (text) {
                auto k = enumOption<SourceKind>(name, value, m_err);
                if (!k)
                    return Usage;
                s.kind = *k;
            }
        } else if (name == u"confidential"_s && !readYesNo(in.parser, name, s.confidential, m_err)) {
            return Usage;
        }
    }
    if (Status st = edit ? file->updateSource(dossier.info.id, s) : file->addSource(dossier.info.id, s); !st)
        return failed(path, st.error());
    m_out << (edit ? tr("Source %1 changed.") : tr("Source %1 added.")).arg(s.id) << Qt::endl;
    return Ok;
}

int Cli::addVendorCommand(const Invocation& in)
{
    EditArgs e{in};
    if (int code = beginEdit(e, {u"id"_s, u"name"_s}, true); code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    Vendor v;
    v.id = in.value(u"id"_s);
    v.name = in.value(u"name"_s);
    for (const auto& [name, target] : {std::pair{u"country"_s, &v.country},
                                       std::pair{u"parent"_s, &v.parent},
                                       std::pair{u"parent-country"_s, &v.parentCountry},
                                       std::pair{u"notes"_s, &v.notes}}) {
        if (in.isSet(name) && !in.value(name).isEmpty()) // "" leaves it out
            *target = in.value(name);
    }
    for (const QString& text : in.values(u"certification"_s)) {
        const QStringList parts = text.split(u',');
        Certification c;
        c.scheme = parts.first().trimmed();
        if (c.scheme.isEmpty() || parts.size() > 3) {
            m_err << "--certification: " << tr("\"%1\" is not SCHEME, SCHEME,FROM or SCHEME,FROM,UNTIL").arg(text)
                  << Qt::endl;
            return Usage;
        }
        for (qsizetype i = 1; i < parts.size(); ++i) {
            auto m = momentOption(u"certification"_s, parts[i].trimmed(), dossier.info.zone(), m_err);
            if (!m)
                return Usage;
            (i == 1 ? c.validFrom : c.validUntil) = *m;
        }
        v.certifications << c;
    }
    if (Status st = file->addVendor(dossier.info.id, v); !st)
        return failed(path, st.error());
    m_out << tr("Vendor %1 added.").arg(v.id) << Qt::endl;
    return Ok;
}

int Cli::addBidCommand(const Invocation& in)
{
    EditArgs e{in};
    if (int code =
            beginEdit(e, {u"id"_s, u"vendor"_s, u"submitted"_s}, !in.isSet(u"currency"_s) || in.isSet(u"price"_s));
        code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    Bid b;
    b.id = in.value(u"id"_s);
    b.vendor = in.value(u"vendor"_s);
    auto at = momentOption(u"submitted"_s, in.value(u"submitted"_s), dossier.info.zone(), m_err);
    if (!at)
        return Usage;
    b.submittedAt = *at;
    if (in.isSet(u"status"_s)) {
        auto s = enumOption<BidStatus>(u"status"_s, in.value(u"status"_s), m_err);
        if (!s)
            return Usage;
        b.status = *s;
    }
    if (in.isSet(u"status-at"_s)) {
        auto since = momentOption(u"status-at"_s, in.value(u"status-at"_s), dossier.info.zone(), m_err);
        if (!since)
            return Usage;
        if (!b.status || *b.status == BidStatus::Submitted)
            return usageError(tr("--status-at dates a withdrawal or a disqualification: give --status too"));
        b.statusAt = *since;
    }
    if (in.isSet(u"price"_s)) {
        auto amount = numberOption(u"price"_s, in.value(u"price"_s), m_err);
        if (!amount)
            return Usage;
        b.price = Price{*amount, std::nullopt};
        if (in.isSet(u"currency"_s))
            b.price->currency = in.value(u"currency"_s);
    }
    if (!readYesNo(in.parser, u"confidential"_s, b.confidential, m_err))
        return Usage;
    if (Status st = file->addBid(dossier.info.id, b); !st)
        return failed(path, st.error());
    m_out << tr("Bid %1 of %2 added.").arg(b.id, b.vendor) << Qt::endl;
    return Ok;
}

int Cli::answerCommand(const Invocation& in)
{
    EditArgs e{in};
    if (int code = beginEdit(e,
                             {u"bid"_s, u"requirement"_s, u"compliance"_s},
                             true,
                             ReviewFile::LoadScope::ForAnalysis); // with the bids, for their submission
        code != Ok)
        return code;
    auto& [_, path, file, dossier] = e;
    const QString bidId = in.value(u"bid"_s);
    const Bid* bid = dossier.bid(bidId);
    if (!bid)
        return failed(path, Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossier.info.id)));
    Response r;
    r.requirement = in.value(u"requirement"_s);
    const Requirement* requirement = dossier.requirement(r.requirement);
    if (!requirement || requirement->revisions.isEmpty())
        return failed(path, Error::input(tr("no requirement %1 in dossier %2").arg(r.requirement, dossier.info.id)));
    auto compliance = enumOption<Compliance>(u"compliance"_s, in.value(u"compliance"_s), m_err);
    if (!compliance)
        return Usage;
    r.compliance = *compliance;
    if (in.isSet(u"at"_s)) {
        auto at = momentOption(u"at"_s, in.value(u"at"_s), dossier.info.zone(), m_err);
        if (!at)
            return Usage;
        r.at = *at;
    }
    if (in.isSet(u"rev"_s)) {
        bool ok = false;
        r.rev = in.value(u"rev"_s).toInt(&ok);
        if (!ok || r.rev < 1) {
            m_err << "--rev: " << tr("a revision number (1, 2, ...) is expected") << Qt::endl;
            return Usage;
        }
    } else {
        // The revision in force on the day of the answer: what the vendor was answering.
        const Moment& when = bid->answeredAt(r);
        const RequirementRevision* inForce = DossierQueries::inForce(*requirement, when.day());
        if (!inForce) {
            return failed(path,
                          Error::input(tr("no revision of %1 was in force on %2: give the revision answered (--rev)")
                                           .arg(r.requirement, when.text())));
        }
        r.rev = inForce->rev;
    }
    if (in.isSet(u"evidence"_s))
        r.evidence = in.value(u"evidence"_s);
    if (!readYesNo(in.parser, u"confidential"_s, r.confidential, m_err))
        return Usage;
    if (Status st = file->recordAnswer(dossier.info.id, bidId, r); !st)
        return failed(path, st.error());
    m_out << tr("Bid %1 answered %2 rev %3: %4.").arg(bidId, r.requirement).arg(r.rev).arg(Labels::of(r.compliance))
          << Qt::endl;
    return Ok;
}

int Cli::retractCommand(const Invocation& in)
{
    int targets = 0;
    for (const QString& name : {u"source"_s, u"vendor"_s, u"bid"_s, u"assessment"_s, u"decision"_s})
        targets += in.isSet(name) ? 1 : 0;
    if (in.isSet(u"requirement"_s) && !in.isSet(u"bid"_s))
        ++targets;
    const bool answer = in.isSet(u"bid"_s) && in.isSet(u"requirement"_s);
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || targets != 1 || (answer && !in.isSet(u"rev"_s)) ||
        (in.isSet(u"rev"_s) && !in.isSet(u"requirement"_s)))
        return usage(in);
    int rev = 0;
    if (in.isSet(u"rev"_s)) {
        bool ok = false;
        rev = in.value(u"rev"_s).toInt(&ok);
        if (!ok || rev < 1) {
            m_err << "--rev: " << tr("a revision number (1, 2, ...) is expected") << Qt::endl;
            return Usage;
        }
    }
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = in.value(u"dossier"_s);
    const QString requirementId = in.value(u"requirement"_s);
    Result<qint64> entry = Error(QString());
    QString what;
    if (answer) {
        Response r;
        r.requirement = requirementId;
        r.rev = rev;
        entry = file->retractAnswer(dossierId, in.value(u"bid"_s), r);
        what = tr("the answer of bid %1 to %2 rev %3").arg(in.value(u"bid"_s), requirementId).arg(rev);
    } else if (in.isSet(u"requirement"_s) && rev > 0) {
        entry = file->retractRevision(dossierId, requirementId, rev);
        what = tr("rev %1 of requirement %2").arg(rev).arg(requirementId);
    } else if (in.isSet(u"requirement"_s)) {
        entry = file->retractRequirement(dossierId, requirementId);
        what = tr("requirement %1").arg(requirementId);
    } else if (in.isSet(u"source"_s)) {
        entry = file->retractSource(dossierId, in.value(u"source"_s));
        what = tr("source %1").arg(in.value(u"source"_s));
    } else if (in.isSet(u"vendor"_s)) {
        entry = file->retractVendor(dossierId, in.value(u"vendor"_s));
        what = tr("vendor %1").arg(in.value(u"vendor"_s));
    } else if (in.isSet(u"bid"_s)) {
        entry = file->retractBid(dossierId, in.value(u"bid"_s));
        what = tr("bid %1").arg(in.value(u"bid"_s));
    } else if (in.isSet(u"assessment"_s)) {
        entry = file->retractAssessment(dossierId, in.value(u"assessment"_s));
        what = tr("the latest assessment of %1").arg(in.value(u"assessment"_s));
    } else {
        entry = file->retractDecision(dossierId);
        what = tr("the latest decision");
    }
    if (!entry)
        return failed(path, entry.error());
    m_out << tr("Retracted %1: audit entry %2. It stays in the file; 'hostreview-cli reinstate %3 --dossier %4 "
                "--entry %2' brings it back.")
                 .arg(what)
                 .arg(*entry)
                 .arg(path, dossierId)
          << Qt::endl;
    return Ok;
}

int Cli::reinstateCommand(const Invocation& in)
{
    bool ok = false;
    const qint64 entry = in.value(u"entry"_s).toLongLong(&ok);
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !ok)
        return usage(in);
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    if (Status st = file->reinstate(in.value(u"dossier"_s), entry); !st)
        return failed(path, st.error());
    m_out << tr("Reinstated what audit entry %1 retracted.").arg(entry) << Qt::endl;
    return Ok;
}

int Cli::auditCommand(const Invocation& in)
{
    if (in.positional().size() != 1)
        return usage(in);
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = in.value(u"dossier"_s);
    if (!dossierId.isEmpty()) {
        auto held = file->contains(dossierId);
        if (!held)
            return failed(path, held.error());
        if (!*held)
            return failed(path, Error::input(tr("no dossier %1 in this file").arg(dossierId)));
    }
    auto trail = file->auditTrail(dossierId);
    if (!trail)
        return failed(path, trail.error());
    for (const AuditEntry& e : *trail) {
        m_out << e.id << u"  "_s << e.at << u"  "_s << (e.author.isEmpty() ? u"—"_s : e.author) << u"  "_s
              << (e.dossier.isEmpty() ? u"—"_s : e.dossier) << u"  "_s << Labels::auditAction(e.action) << u"  "_s
              << Labels::auditDetail(e.detail) << u'\n';
    }
    m_out << tr("%n entry(ies)", nullptr, int(trail->size())) << Qt::endl;
    return Ok;
}

int Cli::checkCommand(const Invocation& in)
{
    if (in.positional().size() != 1)
        return usage(in);
    const QString path = in.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    auto problems = file->check();
    if (!problems)
        return failed(path, problems.error());
    for (const StoredProblem& x : *problems) {
        if (x.table.isEmpty()) {
            m_out << tr("%1: dossier %2: %3%4")
                         .arg(path, x.dossier, x.what.isEmpty() ? QString() : x.what + u": "_s, x.reason)
                  << u'\n';
        } else {
            m_out << tr("%1: table %2, row %3 (dossier %4, %5), %6: %7")
                         .arg(path, x.table, QString::number(x.row), x.dossier, x.what, x.column, x.reason)
                  << u'\n';
        }
    }
    if (problems->isEmpty()) {
        m_out << tr("%1: nothing an import would refuse.").arg(path) << Qt::endl;
        return Ok;
    }
    m_out << tr("%n problem(s) found.", nullptr, int(problems->size())) << Qt::endl;
    return Failure;
}

} // namespace hostreview
