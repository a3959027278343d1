// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's commands that build a case from nothing: a new dossier and its metadata, the
// events of the consultation, the dated status of a bid and the reviewer's own criteria. Each is
// one action of the review file, recorded with its author (docs/storage.md, "Authoring").
#include "Cli.h"

#include "CliSupport.h"
#include "storage/ReviewFile.h"

using namespace Qt::StringLiterals;

namespace hostreview {

using cli::enumOption;
using cli::exitFor;
using cli::momentOption;
using cli::readYesNo;
using cli::textOrNone;

namespace {

// An enum option: "" removes the value; false (after saying why) when it is not one of its names.
template <typename E>
bool readEnumOrNone(const Invocation& in, const QString& name, std::optional<E>& target, QTextStream& err)
{
    if (!in.isSet(name))
        return true;
    if (in.value(name).isEmpty()) {
        target.reset();
        return true;
    }
    const auto e = enumOption<E>(name, in.value(name), err);
    if (e)
        target = *e;
    return e.has_value();
}

// A repeated option's values as a list; a single "" empties it.
std::optional<QStringList> optionalList(const QStringList& values)
{
    QStringList kept;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            kept << v.trimmed();
    }
    return kept.isEmpty() ? std::nullopt : std::optional<QStringList>(kept);
}

} // namespace

bool Cli::metadataOptions(const Invocation& in, DossierInfo& info)
{
    if (in.isSet(u"title"_s))
        info.title = in.value(u"title"_s);
    static const std::pair<const char*, std::optional<QString> DossierInfo::*> texts[] = {
        {"applicant", &DossierInfo::applicant},
        {"authority", &DossierInfo::authority},
        {"timezone", &DossierInfo::timezone},
        {"language", &DossierInfo::language},
        {"summary", &DossierInfo::summary},
    };
    for (const auto& [name, member] : texts) {
        if (in.isSet(QLatin1StringView(name)))
            info.*member = textOrNone(in.value(QLatin1StringView(name)));
    }
    if (in.isSet(u"data-category"_s))
        info.dataCategories = optionalList(in.values(u"data-category"_s));
    if (in.isSet(u"required-certification"_s))
        info.requiredCertifications = optionalList(in.values(u"required-certification"_s));
    if (in.isSet(u"illustrative"_s) && in.value(u"illustrative"_s).isEmpty())
        info.illustrative.reset();
    else if (!readYesNo(in.parser, u"illustrative"_s, info.illustrative, m_err))
        return false;
    return readEnumOrNone(in, u"procedure"_s, info.procedure, m_err) &&
           readEnumOrNone(in, u"sensitivity"_s, info.sensitivity, m_err);
}

int Cli::newDossierCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"id"_s) || !in.isSet(u"title"_s))
        return usage(in);
    const QString path = in.positional().first();
    DossierInfo info;
    info.id = in.value(u"id"_s);
    if (!metadataOptions(in, info))
        return Usage;
    int code = Ok;
    auto file = openReviewFile(path, &code, ReviewFile::Mode::CreateIfMissing);
    if (!file)
        return code;
    if (Status st = file->createDossier(info); !st)
        return failed(path, st.error());
    m_out << tr("Dossier %1 created in %2.").arg(info.id, path) << Qt::endl;
    return Ok;
}

int Cli::dossierCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s))
        return usage(in);
    const QString path = in.positional().first();
    const QString id = in.value(u"dossier"_s);
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    if (in.isSet(u"undo"_s)) {
        auto undone = file->retractDossierChange(id);
        if (!undone)
            return failed(path, undone.error());
        m_out << tr("The previous metadata of dossier %1 is back (entry %2 of the audit trail).").arg(id).arg(*undone)
              << Qt::endl;
        return Ok;
    }
    auto head = file->loadHead(id);
    if (!head)
        return failed(path, head.error());
    DossierInfo info = head->info;
    if (!metadataOptions(in, info))
        return Usage;
    if (Status st = file->reviseDossier(info); !st)
        return failed(path, st.error());
    m_out << tr("Metadata of dossier %1 recorded.").arg(id) << Qt::endl;
    return Ok;
}

int Cli::eventCommand(const Invocation& in)
{
    const bool edit = in.isSet(u"edit"_s);
    const bool remove = in.isSet(u"remove"_s);
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"id"_s) || (edit && remove) ||
        (!edit && !remove && (!in.isSet(u"kind"_s) || !in.isSet(u"at"_s))))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    const QString eventId = in.value(u"id"_s);
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    if (remove) {
        auto undone = file->retractEvent(dossierId, eventId, ReviewFile::EventRetraction::WholeEvent);
        if (!undone)
            return failed(path, undone.error());
        m_out << tr("Event %1 removed (entry %2 of the audit trail).").arg(eventId).arg(*undone) << Qt::endl;
        return Ok;
    }
    auto head = file->loadHead(dossierId);
    if (!head)
        return failed(path, head.error());
    const Dossier& dossier = *head;
    Event e;
    e.id = eventId;
    if (edit) {
        bool found = false;
        for (const Event& known : dossier.events) {
            if (known.id == eventId) {
                e = known;
                found = true;
            }
        }
        if (!found)
            return failed(path, Error::input(tr("no event %1 in dossier %2").arg(eventId, dossierId)));
    }
    const QTimeZone zone = dossier.info.zone();
    if (in.isSet(u"kind"_s)) {
        auto kind = enumOption<EventKind>(u"kind"_s, in.value(u"kind"_s), m_err);
        if (!kind)
            return Usage;
        e.kind = *kind;
    }
    if (in.isSet(u"at"_s)) {
        auto at = momentOption(u"at"_s, in.value(u"at"_s), zone, m_err);
        if (!at)
            return Usage;
        e.at = *at;
    }
    if (in.isSet(u"new-deadline"_s)) {
        if (in.value(u"new-deadline"_s).isEmpty()) {
            e.newDeadline.reset();
        } else {
            auto deadline = momentOption(u"new-deadline"_s, in.value(u"new-deadline"_s), zone, m_err);
            if (!deadline)
                return Usage;
            e.newDeadline = *deadline;
        }
    }
    if (in.isSet(u"title"_s))
        e.title = textOrNone(in.value(u"title"_s));
    if (in.isSet(u"note"_s))
        e.note = textOrNone(in.value(u"note"_s));
    if (in.isSet(u"source"_s))
        e.source = textOrNone(in.value(u"source"_s));
    const Status st = edit ? file->changeEvent(dossierId, e) : file->addEvent(dossierId, e);
    if (!st)
        return failed(path, st.error());
    m_out << (edit ? tr("Change of event %1 recorded.") : tr("Event %1 recorded.")).arg(eventId) << Qt::endl;
    return Ok;
}

int Cli::bidStatusCommand(const Invocation& in)
{
    const bool undo = in.isSet(u"undo"_s);
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"bid"_s) ||
        (!undo && (!in.isSet(u"status"_s) || !in.isSet(u"at"_s))))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    const QString bidId = in.value(u"bid"_s);
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    if (undo) {
        auto undone = file->retractBidStatus(dossierId, bidId);
        if (!undone)
            return failed(path, undone.error());
        m_out << tr("The previous status of bid %1 is back (entry %2 of the audit trail).").arg(bidId).arg(*undone)
              << Qt::endl;
        return Ok;
    }
    auto status = enumOption<BidStatus>(u"status"_s, in.value(u"status"_s), m_err);
    if (!status)
        return Usage;
    auto head = file->loadHead(dossierId);
    if (!head)
        return failed(path, head.error());
    auto at = momentOption(u"at"_s, in.value(u"at"_s), head->info.zone(), m_err);
    if (!at)
        return Usage;
    if (Status st = file->recordBidStatus(dossierId, bidId, *status, *at, in.value(u"reason"_s)); !st)
        return failed(path, st.error());
    m_out << tr("Bid %1 is %2 from %3.").arg(bidId, in.value(u"status"_s), at->text()) << Qt::endl;
    return Ok;
}

int Cli::criterionCommand(const Invocation& in)
{
    if (in.positional().size() != 1 || !in.isSet(u"dossier"_s) || !in.isSet(u"id"_s))
        return usage(in);
    const QString path = in.positional().first();
    const QString dossierId = in.value(u"dossier"_s);
    Criterion c;
    c.criterion = in.value(u"id"_s);
    if (in.isSet(u"title"_s))
        c.title = textOrNone(in.value(u"title"_s));
    if (in.isSet(u"kind"_s)) {
        auto kind = enumOption<CriterionKind>(u"kind"_s, in.value(u"kind"_s), m_err);
        if (!kind)
            return Usage;
        c.kind = *kind;
    }
    int code = Ok;
    auto file = openReviewFile(path, &code);
    if (!file)
        return code;
    Dossier dossier;
    if (int loaded = loadDossier(*file, dossierId, dossier, ReviewFile::LoadScope::WithoutBids); loaded != Ok)
        return loaded;
    for (const Criterion& known : dossier.assessment) {
        if (known.criterion == c.criterion)
            return failed(path,
                          Error::input(tr("criterion %1 already exists in dossier %2").arg(c.criterion, dossierId)));
    }
    auto added = file->addCriteria(dossierId, {c}, u"own criterion"_s);
    if (!added)
        return failed(path, added.error());
    m_out << tr("Criterion %1 added, not assessed yet.").arg(c.criterion) << Qt::endl;
    return Ok;
}

} // namespace hostreview
