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
using cli::Parsed;

namespace {

const QCommandLineOption& dossierOption()
{
    static const QCommandLineOption o(u"dossier"_s, Cli::tr("The dossier id."), u"ID"_s);
    return o;
}

// yes/no (or true/false) for an option; nullopt (after saying why) otherwise.
std::optional<bool> yesNoOption(const QString& option, const QString& value, QTextStream& err)
{
    if (value == u"yes"_s || value == u"true"_s)
        return true;
    if (value == u"no"_s || value == u"false"_s)
        return false;
    err << "--" << option << ": " << Cli::tr("\"%1\" is not yes or no").arg(value) << Qt::endl;
    return std::nullopt;
}

// Reads option `name` into `target` when it is given; false (after saying why) when it is not yes or no.
bool readYesNo(const QCommandLineParser& parser, const QString& name, std::optional<bool>& target, QTextStream& err)
{
    if (!parser.isSet(name))
        return true;
    const auto b = yesNoOption(name, parser.value(name), err);
    if (b)
        target = *b;
    return b.has_value();
}

std::optional<double> numberOption(const QString& option, const QString& value, QTextStream& err)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (ok && std::isfinite(v)) // Qt reads "inf" and "nan" too
        return v;
    err << "--" << option << ": " << Cli::tr("\"%1\" is not a number").arg(value) << Qt::endl;
    return std::nullopt;
}

QList<QCommandLineOption> revisionOptionList()
{
    return {QCommandLineOption(u"effective"_s, Cli::tr("When the revision takes effect."), u"DATE"_s),
            QCommandLineOption(u"text"_s, Cli::tr("The requirement's text."), u"TEXT"_s),
            QCommandLineOption(u"mandatory"_s, Cli::tr("yes or no."), u"yes|no"_s),
            QCommandLineOption(u"weight"_s, Cli::tr("The weight (not negative)."), u"W"_s),
            QCommandLineOption(u"status"_s, Cli::tr("active or withdrawn."), u"STATUS"_s),
            QCommandLineOption(u"rationale"_s, Cli::tr("Why the requirement changes."), u"TEXT"_s),
            QCommandLineOption(u"source"_s, Cli::tr("A source of the dossier."), u"SID"_s)};
}

} // namespace

// An editing command's arguments, and what beginEdit() opens for it.
struct Cli::EditArgs
{
    Parsed p;
    QString path;
    std::unique_ptr<ReviewFile> file;
    Dossier dossier;

    EditArgs(const QStringList& args, QList<QCommandLineOption> options)
        : p(args, options << dossierOption())
    { }
};

int Cli::beginEdit(
    EditArgs& e, const QStringList& required, bool otherwiseValid, const QString& usage, ReviewFile::LoadScope scope)
{
    if (!e.p.ok)
        return usageError(e.p.error);
    const bool given =
        std::all_of(required.cbegin(), required.cend(), [&](const QString& name) { return e.p.parser.isSet(name); });
    if (e.p.positional().size() != 1 || !e.p.parser.isSet(dossierOption()) || !given || !otherwiseValid)
        return usageError(usage);
    e.path = e.p.positional().first();
    int code = Ok;
    e.file = openReviewFile(e.path, &code);
    if (!e.file)
        return code;
    return loadDossier(*e.file, e.p.parser.value(dossierOption()), e.dossier, scope);
}

// The fields of a revision that options give; `r` keeps what they do not.
bool Cli::revisionOptions(const QCommandLineParser& parser, const Dossier& dossier, RequirementRevision& r)
{
    for (const char* name : {"effective", "text", "mandatory", "weight", "status", "rationale", "source"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option);
        if (option == u"effective"_s) {
            auto m = momentOption(option, value, dossier.info.zone(), m_err);
            if (!m)
                return false;
            r.effectiveAt = *m;
        } else if (option == u"text"_s) {
            r.text = value;
        } else if (option == u"mandatory"_s && !readYesNo(parser, option, r.mandatory, m_err)) {
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
            r.rationale = value.isEmpty() ? std::nullopt : std::optional<QString>(value);
        } else if (option == u"source"_s) {
            r.source = value.isEmpty() ? std::nullopt : std::optional<QString>(value);
        }
    }
    return true;
}

int Cli::addRequirementCommand(const QStringList& args)
{
    const QCommandLineOption idOpt(u"id"_s, tr("The new requirement's id."), u"RID"_s);
    const QCommandLineOption titleOpt(u"title"_s, tr("Its title."), u"TITLE"_s);
    const QCommandLineOption categoryOpt(u"category"_s, tr("Its category."), u"CATEGORY"_s);
    QList<QCommandLineOption> options = revisionOptionList();
    options << idOpt << titleOpt << categoryOpt;
    EditArgs e(args, options);
    if (int code = beginEdit(e,
                             {u"id"_s, u"effective"_s, u"text"_s},
                             true,
                             tr("usage: add-requirement REVIEW.db --dossier ID --id RID --effective DATE --text TEXT "
                                "[--title TITLE] [--category CATEGORY] [--mandatory yes|no] [--weight W] "
                                "[--rationale TEXT] [--source SID]"));
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    Requirement r;
    r.id = p.parser.value(idOpt);
    if (p.parser.isSet(titleOpt))
        r.title = p.parser.value(titleOpt);
    if (p.parser.isSet(categoryOpt)) {
        auto c = enumOption<Category>(u"category"_s, p.parser.value(categoryOpt), m_err);
        if (!c)
            return Usage;
        r.category = *c;
    }
    RequirementRevision first;
    if (!revisionOptions(p.parser, dossier, first))
        return Usage;
    r.revisions << first;
    if (Status st = file->addRequirement(dossier.info.id, r); !st)
        return failed(path, st.error());
    m_out << tr("Requirement %1 added (rev 1, effective %2).").arg(r.id, first.effectiveAt.text()) << Qt::endl;
    return Ok;
}

int Cli::reviseCommand(const QStringList& args)
{
    const QCommandLineOption requirementOpt(u"requirement"_s, tr("The requirement's id."), u"RID"_s);
    QList<QCommandLineOption> options = revisionOptionList();
    options << requirementOpt;
    EditArgs e(args, options);
    if (int code = beginEdit(e,
                             {u"requirement"_s, u"effective"_s},
                             true,
                             tr("usage: revise REVIEW.db --dossier ID --requirement RID --effective DATE [--text TEXT] "
                                "[--mandatory yes|no] [--weight W] [--status active|withdrawn] [--rationale TEXT] "
                                "[--source SID]"));
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    const QString requirementId = p.parser.value(requirementOpt);
    const Requirement* existing = dossier.requirement(requirementId);
    if (!existing || existing->revisions.isEmpty())
        return failed(path, Error::input(tr("no requirement %1 in dossier %2").arg(requirementId, dossier.info.id)));
    // As in the desktop application: the text, mandatory, weight and status carry over from the
    // latest revision unless given; the rationale and source are the new revision's own. The
    // number and what carries over are read in the write's own transaction (others may be
    // revising the same requirement).
    RequirementRevision r;
    if (!revisionOptions(p.parser, dossier, r))
        return Usage;
    auto rev = file->addNextRevision(dossier.info.id, requirementId, r);
    if (!rev)
        return failed(path, rev.error());
    m_out << tr("Requirement %1: rev %2 recorded, effective %3.").arg(requirementId).arg(*rev).arg(r.effectiveAt.text())
          << Qt::endl;
    return Ok;
}

int Cli::sourceCommand(const QStringList& args)
{
    const QCommandLineOption idOpt(u"id"_s, tr("The source's id."), u"SID"_s);
    const QCommandLineOption editOpt(u"edit"_s, tr("Change an existing source (what is not given stays)."));
    const QList<QCommandLineOption> fields{QCommandLineOption(u"title"_s, tr("Its title."), u"TITLE"_s),
                                           QCommandLineOption(u"publisher"_s, tr("Who published it."), u"NAME"_s),
                                           QCommandLineOption(u"url"_s, tr("Where it can be read."), u"URL"_s),
                                           QCommandLineOption(u"date"_s, tr("Its date."), u"DATE"_s),
                                           QCommandLineOption(u"kind"_s, tr("Its kind."), u"KIND"_s),
                                           QCommandLineOption(u"excerpt"_s, tr("The passage relied on."), u"TEXT"_s),
                                           QCommandLineOption(u"confidential"_s, tr("yes or no."), u"yes|no"_s)};
    QList<QCommandLineOption> options = fields;
    options << idOpt << editOpt;
    EditArgs e(args, options);
    const bool edit = e.p.parser.isSet(editOpt);
    const bool anyField =
        std::any_of(fields.cbegin(), fields.cend(), [&](const QCommandLineOption& o) { return e.p.parser.isSet(o); });
    if (int code = beginEdit(e,
                             {u"id"_s},
                             edit ? anyField : e.p.parser.isSet(u"title"_s),
                             tr("usage: source REVIEW.db --dossier ID --id SID --title TITLE [--publisher NAME] "
                                "[--url URL] [--date DATE] [--kind KIND] [--excerpt TEXT] [--confidential yes|no]\n"
                                "       source REVIEW.db --dossier ID --id SID --edit [the fields to change]"));
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    Source s;
    s.id = p.parser.value(idOpt);
    if (edit) {
        const Source* existing = dossier.source(s.id);
        if (!existing)
            return failed(path, Error::input(tr("no source %1 in dossier %2").arg(s.id, dossier.info.id)));
        s = *existing;
    }
    for (const QCommandLineOption& o : fields) {
        const QString name = o.names().first();
        if (!p.parser.isSet(o))
            continue;
        const QString value = p.parser.value(o);
        // An empty value clears an optional field.
        const std::optional<QString> text = value.isEmpty() ? std::nullopt : std::optional<QString>(value);
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
        } else if (name == u"confidential"_s && !readYesNo(p.parser, name, s.confidential, m_err)) {
            return Usage;
        }
    }
    if (Status st = edit ? file->updateSource(dossier.info.id, s) : file->addSource(dossier.info.id, s); !st)
        return failed(path, st.error());
    m_out << (edit ? tr("Source %1 changed.") : tr("Source %1 added.")).arg(s.id) << Qt::endl;
    return Ok;
}

int Cli::addVendorCommand(const QStringList& args)
{
    const QCommandLineOption idOpt(u"id"_s, tr("The new vendor's id."), u"VID"_s);
    const QCommandLineOption nameOpt(u"name"_s, tr("Its name."), u"NAME"_s);
    const QCommandLineOption countryOpt(u"country"_s, tr("Its country (ISO 3166 code)."), u"CC"_s);
    const QCommandLineOption parentOpt(u"parent"_s, tr("Its parent company."), u"NAME"_s);
    const QCommandLineOption parentCountryOpt(u"parent-country"_s, tr("The parent's country."), u"CC"_s);
    const QCommandLineOption certOpt(
        u"certification"_s, tr("A certification: SCHEME, SCHEME,FROM or SCHEME,FROM,UNTIL (repeat)."), u"CERT"_s);
    const QCommandLineOption notesOpt(u"notes"_s, tr("Notes."), u"TEXT"_s);
    EditArgs e(args, {idOpt, nameOpt, countryOpt, parentOpt, parentCountryOpt, certOpt, notesOpt});
    if (int code = beginEdit(e,
                             {u"id"_s, u"name"_s},
                             true,
                             tr("usage: add-vendor REVIEW.db --dossier ID --id VID --name NAME [--country CC] "
                                "[--parent NAME] [--parent-country CC] [--certification SCHEME[,FROM[,UNTIL]]]... "
                                "[--notes TEXT]"));
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    Vendor v;
    v.id = p.parser.value(idOpt);
    v.name = p.parser.value(nameOpt);
    for (const auto& [opt, target] : {std::pair{&countryOpt, &v.country},
                                      std::pair{&parentOpt, &v.parent},
                                      std::pair{&parentCountryOpt, &v.parentCountry},
                                      std::pair{&notesOpt, &v.notes}}) {
        if (p.parser.isSet(*opt) && !p.parser.value(*opt).isEmpty()) // "" leaves it out
            *target = p.parser.value(*opt);
    }
    for (const QString& text : p.parser.values(certOpt)) {
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

int Cli::addBidCommand(const QStringList& args)
{
    const QCommandLineOption idOpt(u"id"_s, tr("The new bid's id."), u"BID"_s);
    const QCommandLineOption vendorOpt(u"vendor"_s, tr("The vendor's id."), u"VID"_s);
    const QCommandLineOption submittedOpt(u"submitted"_s, tr("When it was submitted."), u"DATE"_s);
    const QCommandLineOption statusOpt(u"status"_s, tr("submitted, withdrawn or disqualified."), u"STATUS"_s);
    const QCommandLineOption statusAtOpt(
        u"status-at"_s, tr("The day it was withdrawn or disqualified (before it, it was submitted)."), u"DATE"_s);
    const QCommandLineOption priceOpt(u"price"_s, tr("Its price."), u"AMOUNT"_s);
    const QCommandLineOption currencyOpt(u"currency"_s, tr("The price's currency (ISO 4217 code)."), u"CUR"_s);
    const QCommandLineOption confidentialOpt(u"confidential"_s, tr("yes or no."), u"yes|no"_s);
    EditArgs e(args, {idOpt, vendorOpt, submittedOpt, statusOpt, statusAtOpt, priceOpt, currencyOpt, confidentialOpt});
    if (int code = beginEdit(e,
                             {u"id"_s, u"vendor"_s, u"submitted"_s},
                             !e.p.parser.isSet(currencyOpt) || e.p.parser.isSet(priceOpt),
                             tr("usage: add-bid REVIEW.db --dossier ID --id BID --vendor VID --submitted DATE "
                                "[--status STATUS [--status-at DATE]] [--price AMOUNT [--currency CUR]] "
                                "[--confidential yes|no]"));
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    Bid b;
    b.id = p.parser.value(idOpt);
    b.vendor = p.parser.value(vendorOpt);
    auto at = momentOption(u"submitted"_s, p.parser.value(submittedOpt), dossier.info.zone(), m_err);
    if (!at)
        return Usage;
    b.submittedAt = *at;
    if (p.parser.isSet(statusOpt)) {
        auto s = enumOption<BidStatus>(u"status"_s, p.parser.value(statusOpt), m_err);
        if (!s)
            return Usage;
        b.status = *s;
    }
    if (p.parser.isSet(statusAtOpt)) {
        auto since = momentOption(u"status-at"_s, p.parser.value(statusAtOpt), dossier.info.zone(), m_err);
        if (!since)
            return Usage;
        if (!b.status || *b.status == BidStatus::Submitted)
            return usageError(tr("--status-at dates a withdrawal or a disqualification: give --status too"));
        b.statusAt = *since;
    }
    if (p.parser.isSet(priceOpt)) {
        auto amount = numberOption(u"price"_s, p.parser.value(priceOpt), m_err);
        if (!amount)
            return Usage;
        b.price = Price{*amount, std::nullopt};
        if (p.parser.isSet(currencyOpt))
            b.price->currency = p.parser.value(currencyOpt);
    }
    if (!readYesNo(p.parser, u"confidential"_s, b.confidential, m_err))
        return Usage;
    if (Status st = file->addBid(dossier.info.id, b); !st)
        return failed(path, st.error());
    m_out << tr("Bid %1 of %2 added.").arg(b.id, b.vendor) << Qt::endl;
    return Ok;
}

int Cli::answerCommand(const QStringList& args)
{
    const QCommandLineOption bidOpt(u"bid"_s, tr("The bid's id."), u"BID"_s);
    const QCommandLineOption requirementOpt(u"requirement"_s, tr("The requirement's id."), u"RID"_s);
    const QCommandLineOption revOpt(
        u"rev"_s, tr("The revision answered (default: the one in force on the day of the answer)."), u"N"_s);
    const QCommandLineOption complianceOpt(u"compliance"_s, tr("full, partial or none."), u"C"_s);
    const QCommandLineOption atOpt(u"at"_s, tr("When it was answered (default: the bid's submission)."), u"DATE"_s);
    const QCommandLineOption evidenceOpt(u"evidence"_s, tr("The vendor's evidence."), u"TEXT"_s);
    const QCommandLineOption confidentialOpt(u"confidential"_s, tr("yes or no."), u"yes|no"_s);
    EditArgs e(args, {bidOpt, requirementOpt, revOpt, complianceOpt, atOpt, evidenceOpt, confidentialOpt});
    if (int code = beginEdit(e,
                             {u"bid"_s, u"requirement"_s, u"compliance"_s},
                             true,
                             tr("usage: answer REVIEW.db --dossier ID --bid BID --requirement RID --compliance C "
                                "[--rev N] [--at DATE] [--evidence TEXT] [--confidential yes|no]"),
                             ReviewFile::LoadScope::ForAnalysis); // with the bids, for their submission
        code != Ok)
        return code;
    auto& [p, path, file, dossier] = e;
    const QString bidId = p.parser.value(bidOpt);
    const Bid* bid = dossier.bid(bidId);
    if (!bid)
        return failed(path, Error::input(tr("no bid %1 in dossier %2").arg(bidId, dossier.info.id)));
    Response r;
    r.requirement = p.parser.value(requirementOpt);
    const Requirement* requirement = dossier.requirement(r.requirement);
    if (!requirement || requirement->revisions.isEmpty())
        return failed(path, Error::input(tr("no requirement %1 in dossier %2").arg(r.requirement, dossier.info.id)));
    auto compliance = enumOption<Compliance>(u"compliance"_s, p.parser.value(complianceOpt), m_err);
    if (!compliance)
        return Usage;
    r.compliance = *compliance;
    if (p.parser.isSet(atOpt)) {
        auto at = momentOption(u"at"_s, p.parser.value(atOpt), dossier.info.zone(), m_err);
        if (!at)
            return Usage;
        r.at = *at;
    }
    if (p.parser.isSet(revOpt)) {
        bool ok = false;
        r.rev = p.parser.value(revOpt).toInt(&ok);
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
    if (p.parser.isSet(evidenceOpt))
        r.evidence = p.parser.value(evidenceOpt);
    if (!readYesNo(p.parser, u"confidential"_s, r.confidential, m_err))
        return Usage;
    if (Status st = file->recordAnswer(dossier.info.id, bidId, r); !st)
        return failed(path, st.error());
    m_out << tr("Bid %1 answered %2 rev %3: %4.").arg(bidId, r.requirement).arg(r.rev).arg(Labels::of(r.compliance))
          << Qt::endl;
    return Ok;
}

int Cli::retractCommand(const QStringList& args)
{
    const QCommandLineOption requirementOpt(
        u"requirement"_s, tr("A requirement (with --rev: one revision)."), u"RID"_s);
    const QCommandLineOption revOpt(u"rev"_s, tr("The revision (the latest of the requirement)."), u"N"_s);
    const QCommandLineOption sourceOpt(u"source"_s, tr("A source."), u"SID"_s);
    const QCommandLineOption vendorOpt(u"vendor"_s, tr("A vendor."), u"VID"_s);
    const QCommandLineOption bidOpt(u"bid"_s, tr("A bid (with --requirement and --rev: its latest answer)."), u"BID"_s);
    const QCommandLineOption assessmentOpt(u"assessment"_s, tr("The latest assessment of a criterion."), u"CID"_s);
    const QCommandLineOption decisionOpt(u"decision"_s, tr("The latest decision recorded."));
    Parsed p(args, {dossierOption(), requirementOpt, revOpt, sourceOpt, vendorOpt, bidOpt, assessmentOpt, decisionOpt});
    if (!p.ok)
        return usageError(p.error);
    int targets = 0;
    for (const QCommandLineOption* o : {&sourceOpt, &vendorOpt, &bidOpt, &assessmentOpt, &decisionOpt})
        targets += p.parser.isSet(*o) ? 1 : 0;
    if (p.parser.isSet(requirementOpt) && !p.parser.isSet(bidOpt))
        ++targets;
    const bool answer = p.parser.isSet(bidOpt) && p.parser.isSet(requirementOpt);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOption()) || targets != 1 ||
        (answer && !p.parser.isSet(revOpt)) || (p.parser.isSet(revOpt) && !p.parser.isSet(requirementOpt)))
        return usageError(tr("usage: retract REVIEW.db --dossier ID (--requirement RID [--rev N] | --source SID | "
                             "--vendor VID | --bid BID [--requirement RID --rev N] | --assessment CID | --decision)"));
    int rev = 0;
    if (p.parser.isSet(revOpt)) {
        bool ok = false;
        rev = p.parser.value(revOpt).toInt(&ok);
        if (!ok || rev < 1) {
            m_err << "--rev: " << tr("a revision number (1, 2, ...) is expected") << Qt::endl;
            return Usage;
        }
    }
    const QString path = p.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = p.parser.value(dossierOption());
    const QString requirementId = p.parser.value(requirementOpt);
    Result<qint64> entry = Error(QString());
    QString what;
    if (answer) {
        Response r;
        r.requirement = requirementId;
        r.rev = rev;
        entry = file->retractAnswer(dossierId, p.parser.value(bidOpt), r);
        what = tr("the answer of bid %1 to %2 rev %3").arg(p.parser.value(bidOpt), requirementId).arg(rev);
    } else if (p.parser.isSet(requirementOpt) && rev > 0) {
        entry = file->retractRevision(dossierId, requirementId, rev);
        what = tr("rev %1 of requirement %2").arg(rev).arg(requirementId);
    } else if (p.parser.isSet(requirementOpt)) {
        entry = file->retractRequirement(dossierId, requirementId);
        what = tr("requirement %1").arg(requirementId);
    } else if (p.parser.isSet(sourceOpt)) {
        entry = file->retractSource(dossierId, p.parser.value(sourceOpt));
        what = tr("source %1").arg(p.parser.value(sourceOpt));
    } else if (p.parser.isSet(vendorOpt)) {
        entry = file->retractVendor(dossierId, p.parser.value(vendorOpt));
        what = tr("vendor %1").arg(p.parser.value(vendorOpt));
    } else if (p.parser.isSet(bidOpt)) {
        entry = file->retractBid(dossierId, p.parser.value(bidOpt));
        what = tr("bid %1").arg(p.parser.value(bidOpt));
    } else if (p.parser.isSet(assessmentOpt)) {
        entry = file->retractAssessment(dossierId, p.parser.value(assessmentOpt));
        what = tr("the latest assessment of %1").arg(p.parser.value(assessmentOpt));
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

int Cli::reinstateCommand(const QStringList& args)
{
    const QCommandLineOption entryOpt(u"entry"_s, tr("The audit entry of the retraction."), u"N"_s);
    Parsed p(args, {dossierOption(), entryOpt});
    if (!p.ok)
        return usageError(p.error);
    bool ok = false;
    const qint64 entry = p.parser.value(entryOpt).toLongLong(&ok);
    if (p.positional().size() != 1 || !p.parser.isSet(dossierOption()) || !ok)
        return usageError(tr("usage: reinstate REVIEW.db --dossier ID --entry N"));
    const QString path = p.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    if (Status st = file->reinstate(p.parser.value(dossierOption()), entry); !st)
        return failed(path, st.error());
    m_out << tr("Reinstated what audit entry %1 retracted.").arg(entry) << Qt::endl;
    return Ok;
}

int Cli::auditCommand(const QStringList& args)
{
    Parsed p(args, {dossierOption()});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1)
        return usageError(tr("usage: audit REVIEW.db [--dossier ID]"));
    const QString path = p.positional().first();
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    const QString dossierId = p.parser.value(dossierOption());
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
        m_out << e.id << u"  "_s << e.at << u"  "_s << (e.dossier.isEmpty() ? u"—"_s : e.dossier) << u"  "_s
              << Labels::auditAction(e.action) << u"  "_s << Labels::auditDetail(e.detail) << u'\n';
    }
    m_out << tr("%n entry(ies)", nullptr, int(trail->size())) << Qt::endl;
    return Ok;
}

int Cli::checkCommand(const QStringList& args)
{
    Parsed p(args, {});
    if (!p.ok)
        return usageError(p.error);
    if (p.positional().size() != 1)
        return usageError(tr("usage: check REVIEW.db"));
    const QString path = p.positional().first();
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
