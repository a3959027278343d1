// SPDX-License-Identifier: EUPL-1.2
#include "DossierDocument.h"

#include "EditCommands.h"
#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/AssessmentTemplate.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// The position of the item with this id (requirements, sources), or -1.
template <typename T>
int indexOfId(const QList<T>& items, const QString& id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace

Result<std::unique_ptr<DossierDocument>> DossierDocument::open(ReviewFile& file, const QString& dossierId)
{
    auto dossier = file.load(dossierId, ReviewFile::LoadScope::WithoutBids);
    if (!dossier)
        return dossier.error();
    return std::unique_ptr<DossierDocument>(new DossierDocument(file, std::move(*dossier)));
}

DossierDocument::DossierDocument(ReviewFile& file, Dossier dossier)
    : m_file(file)
    , m_dossier(std::move(dossier))
{ }

DossierDocument::~DossierDocument() = default;

const std::optional<Analysis>& DossierDocument::analysis()
{
    if (!m_analysed) {
        m_analysed = true;
        m_analysis = analyzeFull(std::nullopt);
    }
    return m_analysis;
}

std::optional<Analysis> DossierDocument::analyzeFull(std::optional<QDate> day)
{
    // The dossier with its bids is read once, by queries(), and shared by every view.
    const DossierQueries* q = queries();
    if (!q) {
        m_analysisError = m_fullError;
        return std::nullopt;
    }
    auto profile = AnalysisProfile::forDossier(q->dossier(), m_file.path());
    if (!profile) {
        m_analysisError = profile.error().toString();
        return std::nullopt;
    }
    m_analysisError.clear();
    return SignalEngine::analyze(q->dossier(), *profile, day, day ? day->toString(Qt::ISODate) : QString());
}

std::optional<Analysis> DossierDocument::analysisAsOf(QDate day)
{
    return analyzeFull(day);
}

const DossierQueries* DossierDocument::queries()
{
    if (m_queries)
        return m_queries.get();
    auto full = m_file.load(id(), ReviewFile::LoadScope::Everything);
    if (!full) {
        m_fullError = full.error().toString();
        return nullptr;
    }
    m_fullError.clear();
    m_full = std::make_unique<Dossier>(std::move(*full));
    m_queries = std::make_unique<DossierQueries>(*m_full);
    return m_queries.get();
}

DossierDocument::Prepared
DossierDocument::prepare(const QString& path, const QString& dossierId, const Progress& progress)
{
    Prepared out;
    if (!progress.step(5, tr("Reading the bids and answers")))
        return out;
    auto file = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    if (!file) {
        out.fullError = file.error().toString();
        out.complete = true;
        return out;
    }
    auto full = (*file)->load(dossierId, ReviewFile::LoadScope::Everything);
    if (!full) {
        out.fullError = full.error().toString();
        out.complete = true;
        return out;
    }
    out.full = std::make_unique<Dossier>(std::move(*full));
    if (!progress.step(50, tr("Indexing the answers")))
        return out;
    out.queries = std::make_unique<DossierQueries>(*out.full);
    if (!progress.step(65, tr("Evaluating the signals")))
        return out;
    if (auto profile = AnalysisProfile::forDossier(*out.full, path))
        out.analysis = SignalEngine::analyze(*out.full, *profile, std::nullopt, QString());
    else
        out.analysisError = profile.error().toString();
    out.complete = progress.step(100, tr("Evaluating the signals"));
    return out;
}

bool DossierDocument::adopt(Prepared prepared, quint64 generation)
{
    if (!prepared.complete || generation != m_generation)
        return false;
    // Views may hold pointers into queries already loaded: those stay. The analysis is values.
    if (!m_queries && prepared.full && prepared.queries) {
        m_fullError.clear();
        m_full = std::move(prepared.full);
        m_queries = std::move(prepared.queries);
    } else if (!m_queries) {
        m_fullError = prepared.fullError;
    }
    m_analysis = std::move(prepared.analysis);
    m_analysisError = prepared.analysisError;
    m_analysed = true;
    return true;
}

void DossierDocument::changed()
{
    ++m_generation;
    m_analysed = false;
    m_analysis.reset();
    // What views built from the old bids stays valid until they have heard of the change.
    const std::unique_ptr<DossierQueries> oldQueries = std::move(m_queries);
    const std::unique_ptr<Dossier> oldFull = std::move(m_full);
    emit dossierChanged();
}

Status DossierDocument::reload()
{
    auto dossier = m_file.load(id(), ReviewFile::LoadScope::WithoutBids);
    if (!dossier)
        return dossier.error();
    m_dossier = std::move(*dossier);
    changed();
    emit reset();
    return {};
}

// --- Requirements ---------------------------------------------------------------------------

Status DossierDocument::addRequirement(const Requirement& requirement)
{
    return perform(new RetractableCommand(
        this,
        tr("add requirement %1").arg(requirement.id),
        [this, requirement] { return redoAddRequirement(requirement, 0); },
        [this, requirementId = requirement.id] { return undoAddRequirement(requirementId); },
        [this, requirement](qint64 retraction) { return redoAddRequirement(requirement, retraction); }));
}

Status DossierDocument::redoAddRequirement(const Requirement& requirement, qint64 retraction)
{
    Status st = retraction ? m_file.reinstate(id(), retraction) : m_file.addRequirement(id(), requirement);
    if (!st)
        return st;
    m_dossier.requirements << requirement;
    changed();
    emit requirementAdded(int(m_dossier.requirements.size() - 1));
    return {};
}

Result<qint64> DossierDocument::undoAddRequirement(const QString& requirementId)
{
    auto retraction = m_file.retractRequirement(id(), requirementId);
    if (!retraction)
        return retraction;
    if (const int i = indexOfId(m_dossier.requirements, requirementId); i >= 0) {
        m_dossier.requirements.removeAt(i);
        changed();
        emit requirementRemoved(i);
    }
    return retraction;
}

Status DossierDocument::addRevision(const QString& requirementId, RequirementRevision revision)
{
    const Requirement* r = m_dossier.requirement(requirementId);
    if (!r)
        return Error(tr("no requirement %1 in this dossier").arg(requirementId));
    revision.rev = r->revisions.isEmpty() ? 1 : r->revisions.back().rev + 1;
    return perform(new RetractableCommand(
        this,
        tr("revision %1 of %2").arg(revision.rev).arg(requirementId),
        [this, requirementId, revision] { return redoAddRevision(requirementId, revision, 0); },
        [this, requirementId, rev = revision.rev] { return undoAddRevision(requirementId, rev); },
        [this, requirementId, revision](qint64 retraction) {
            return redoAddRevision(requirementId, revision, retraction);
        }));
}

Status
DossierDocument::redoAddRevision(const QString& requirementId, const RequirementRevision& revision, qint64 retraction)
{
    Status st = retraction ? m_file.reinstate(id(), retraction) : m_file.addRevision(id(), requirementId, revision);
    if (!st)
        return st;
    if (const int i = indexOfId(m_dossier.requirements, requirementId); i >= 0) {
        m_dossier.requirements[i].revisions << revision;
        changed();
        emit requirementChanged(i);
    }
    return {};
}

Result<qint64> DossierDocument::undoAddRevision(const QString& requirementId, int rev)
{
    auto retraction = m_file.retractRevision(id(), requirementId, rev);
    if (!retraction)
        return retraction;
    if (const int i = indexOfId(m_dossier.requirements, requirementId); i >= 0) {
        auto& revisions = m_dossier.requirements[i].revisions;
        if (!revisions.isEmpty() && revisions.back().rev == rev) {
            revisions.removeLast();
            changed();
            emit requirementChanged(i);
        }
    }
    return retraction;
}

// --- Sources --------------------------------------------------------------------------------

Status DossierDocument::addSource(const Source& source)
{
    return perform(new RetractableCommand(
        this,
        tr("add source %1").arg(source.id),
        [this, source] { return redoAddSource(source, 0); },
        [this, sourceId = source.id] { return undoAddSource(sourceId); },
        [this, source](qint64 retraction) { return redoAddSource(source, retraction); }));
}

Status DossierDocument::redoAddSource(const Source& source, qint64 retraction)
{
    Status st = retraction ? m_file.reinstate(id(), retraction) : m_file.addSource(id(), source);
    if (!st)
        return st;
    m_dossier.sources << source;
    changed();
    emit sourceAdded(int(m_dossier.sources.size() - 1));
    return {};
}

Result<qint64> DossierDocument::undoAddSource(const QString& sourceId)
{
    auto retraction = m_file.retractSource(id(), sourceId);
    if (!retraction)
        return retraction;
    if (const int i = indexOfId(m_dossier.sources, sourceId); i >= 0) {
        m_dossier.sources.removeAt(i);
        changed();
        emit sourceRemoved(i);
    }
    return retraction;
}

Status DossierDocument::updateSource(const Source& source)
{
    const Source* old = m_dossier.source(source.id);
    if (!old)
        return Error(tr("no source %1 in this dossier").arg(source.id));
    return perform(new EditSourceCommand(this, *old, source));
}

Status DossierDocument::writeSource(const Source& source)
{
    if (Status st = m_file.updateSource(id(), source); !st)
        return st;
    if (const int i = indexOfId(m_dossier.sources, source.id); i >= 0) {
        m_dossier.sources[i] = source;
        changed();
        emit sourceChanged(i);
    }
    return {};
}

// --- Vendors, bids, answers -----------------------------------------------------------------
// The document keeps vendors (without bids) in memory; bids and answers live in queries(),
// reread after each change.

void DossierDocument::vendorAdded(const Vendor& vendor)
{
    m_dossier.vendors << vendor;
    changed();
}

void DossierDocument::vendorRemoved(const QString& vendorId)
{
    m_dossier.vendors.removeIf([&](const Vendor& v) { return v.id == vendorId; });
    changed();
}

Status DossierDocument::addVendor(const Vendor& vendor)
{
    return perform(new RetractableCommand(
        this,
        tr("add vendor %1").arg(vendor.id),
        [this, vendor] {
            Status st = m_file.addVendor(id(), vendor);
            if (st)
                vendorAdded(vendor);
            return st;
        },
        [this, vendor]() -> Result<qint64> {
            auto r = m_file.retractVendor(id(), vendor.id);
            if (r)
                vendorRemoved(vendor.id);
            return r;
        },
        [this, vendor](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            if (st)
                vendorAdded(vendor);
            return st;
        }));
}

Status DossierDocument::addBid(const Bid& bid)
{
    return perform(new RetractableCommand(
        this,
        tr("add bid %1").arg(bid.id),
        [this, bid] {
            Status st = m_file.addBid(id(), bid);
            if (st)
                changed();
            return st;
        },
        [this, bid]() -> Result<qint64> {
            auto r = m_file.retractBid(id(), bid.id);
            changed();
            return r;
        },
        [this](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            changed();
            return st;
        }));
}

Status DossierDocument::recordAnswer(const QString& bidId, const Response& response)
{
    return perform(new RetractableCommand(
        this,
        tr("answer of %1 to %2 rev %3").arg(bidId, response.requirement).arg(response.rev),
        [this, bidId, response] {
            Status st = m_file.recordAnswer(id(), bidId, response);
            if (st)
                changed();
            return st;
        },
        [this, bidId, response]() -> Result<qint64> {
            auto r = m_file.retractAnswer(id(), bidId, response);
            changed();
            return r;
        },
        [this](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            changed();
            return st;
        }));
}

// --- The reviewer's assessment and decision ----------------------------------------------

void DossierDocument::reviewChanged()
{
    if (Status st = m_file.reloadReview(m_dossier); !st)
        emit failed(st.error().toString());
    if (m_full) {
        // The bids did not change: the loaded dossier takes the new review, and only the analysis
        // (which reads the assessment and the decision) is redone. The queries index no part of it.
        m_full->assessment = m_dossier.assessment;
        m_full->decision = m_dossier.decision;
        forgetAnalysis();
        emit dossierChanged();
    } else {
        changed();
    }
    emit assessmentChanged();
}

void DossierDocument::rereadAll()
{
    if (Status st = reload(); !st)
        emit failed(st.error().toString());
}

Status DossierDocument::performAndReload(const QString& text,
                                         std::function<Status()> action,
                                         std::function<Result<qint64>()> retract)
{
    return performThen(text, std::move(action), std::move(retract), [this] { rereadAll(); });
}

Status DossierDocument::reviseDossier(const DossierInfo& info)
{
    return performAndReload(
        tr("change the dossier's details"),
        [this, info] { return m_file.reviseDossier(info); },
        [this] { return m_file.retractDossierChange(id()); });
}

Status DossierDocument::addEvent(const Event& event)
{
    return performAndReload(
        tr("record event %1").arg(event.id),
        [this, event] { return m_file.addEvent(id(), event); },
        [this, eventId = event.id] {
            return m_file.retractEvent(id(), eventId, ReviewFile::EventRetraction::WholeEvent);
        });
}

Status DossierDocument::changeEvent(const Event& event)
{
    return performAndReload(
        tr("change event %1").arg(event.id),
        [this, event] { return m_file.changeEvent(id(), event); },
        [this, eventId = event.id] {
            return m_file.retractEvent(id(), eventId, ReviewFile::EventRetraction::LatestChange);
        });
}

Status DossierDocument::removeEvent(const QString& eventId)
{
    return perform(RetractableCommand::removal(
        this,
        tr("remove event %1").arg(eventId),
        [this, eventId]() -> Result<qint64> {
            auto r = m_file.retractEvent(id(), eventId, ReviewFile::EventRetraction::WholeEvent);
            if (r)
                rereadAll();
            return r;
        },
        [this](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            rereadAll();
            return st;
        }));
}

Status DossierDocument::recordBidStatus(const QString& bidId,
                                        BidStatus status,
                                        const std::optional<Moment>& at,
                                        const QString& reason)
{
    return performAndReload(
        tr("record the status of bid %1").arg(bidId),
        [this, bidId, status, at, reason] { return m_file.recordBidStatus(id(), bidId, status, at, reason); },
        [this, bidId] { return m_file.retractBidStatus(id(), bidId); });
}

Result<RequirementList::Changes> DossierDocument::importRequirementList(const RequirementList& list,
                                                                        RequirementListImport how)
{
    how.dryRun = false;
    // What the first redo recorded, for its undo.
    auto recorded = std::make_shared<std::optional<RequirementList::Changes>>();
    auto failure = std::make_shared<Error>();
    Status st = performAndReload(
        tr("import the requirement list %1").arg(how.origin),
        [this, list, how, recorded, failure]() -> Status {
            auto changes = m_file.importRequirementList(id(), list, how);
            if (!changes)
                return changes.error();
            if (changes->changes.isEmpty())
                return Error::input(tr("%1 changes nothing: every requirement is as recorded").arg(how.origin));
            *recorded = *changes;
            return {};
        },
        [this, recorded, origin = how.origin]() -> Result<qint64> {
            QList<RevisionKey> keys;
            for (const RequirementList::Change& c : (*recorded)->changes)
                keys << RevisionKey{c.id, c.revision.rev};
            return m_file.retractRevisions(id(), keys, origin);
        });
    if (!st)
        return st.error();
    return **recorded;
}

Status DossierDocument::importAnswers(const QString& bidId,
                                      const QList<Response>& answers,
                                      const QString& origin,
                                      const QList<std::optional<Response>>& seen)
{
    return performAndReload(
        tr("import the answers of bid %1").arg(bidId),
        [this, bidId, answers, origin, seen] { return m_file.recordAnswers(id(), bidId, answers, origin, seen); },
        [this, bidId, answers, origin] { return m_file.retractAnswers(id(), bidId, answers, origin); });
}

Status DossierDocument::performReview(const QString& text,
                                      std::function<Status()> action,
                                      std::function<Result<qint64>()> retract)
{
    return performThen(text, std::move(action), std::move(retract), [this] { reviewChanged(); });
}

Status DossierDocument::performThen(const QString& text,
                                    std::function<Status()> action,
                                    std::function<Result<qint64>()> retract,
                                    std::function<void()> then)
{
    return perform(new RetractableCommand(
        this,
        text,
        [then, action = std::move(action)] {
            Status st = action();
            if (st)
                then();
            return st;
        },
        [then, retract = std::move(retract)]() -> Result<qint64> {
            auto r = retract();
            then();
            return r;
        },
        [this, then](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            then();
            return st;
        }));
}

Status DossierDocument::applyTemplate(const AssessmentTemplate& assessmentTemplate)
{
    // The criteria the action added, for taking them back.
    auto added = std::make_shared<QStringList>();
    return performReview(
        tr("apply template %1").arg(assessmentTemplate.id),
        [this, added, assessmentTemplate]() -> Status {
            auto ids =
                m_file.addCriteria(id(), assessmentTemplate.criteria(Language::current()), assessmentTemplate.id);
            if (!ids)
                return ids.error();
            *added = *ids;
            return {};
        },
        [this, added] { return m_file.retractCriteria(id(), *added); });
}

Status DossierDocument::assessCriterion(const Criterion& assessment)
{
    return performReview(
        tr("assess %1").arg(assessment.criterion),
        [this, assessment] { return m_file.assessCriterion(id(), assessment); },
        [this, criterion = assessment.criterion] { return m_file.retractAssessment(id(), criterion); });
}

Status DossierDocument::recordDecision(const Decision& decision, bool despiteAssessment)
{
    const auto gate =
        despiteAssessment ? ReviewFile::DecisionGate::DespiteAssessment : ReviewFile::DecisionGate::Checked;
    return performReview(
        tr("record the decision"),
        [this, decision, gate] { return m_file.recordDecision(id(), decision, gate); },
        [this] { return m_file.retractDecision(id()); });
}

Status DossierDocument::addClaim(const Claim& claim)
{
    return performReview(
        tr("add claim %1").arg(claim.id),
        [this, claim] { return m_file.addClaim(id(), claim); },
        [this, claimId = claim.id] { return m_file.retractClaim(id(), claimId); });
}

Status DossierDocument::removeClaim(const QString& claimId)
{
    return perform(RetractableCommand::removal(
        this,
        tr("remove claim %1").arg(claimId),
        [this, claimId]() -> Result<qint64> {
            auto r = m_file.retractClaim(id(), claimId);
            if (r)
                reviewChanged();
            return r;
        },
        [this](qint64 retraction) -> Status {
            Status st = m_file.reinstate(id(), retraction);
            reviewChanged();
            return st;
        }));
}

Status DossierDocument::perform(EditCommand* command)
{
    Status outcome;
    command->setOutcome(&outcome);
    m_undo.push(command); // its redo() is the action
    return outcome;
}

} // namespace hostreview
