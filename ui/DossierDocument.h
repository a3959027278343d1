// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"
#include "analysis/DossierQueries.h"
#include "model/Dossier.h"
#include "storage/ReviewFile.h"
#include "support/Progress.h"
#include "support/Result.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace hostreview {

class AssessmentTemplate;
class ReviewFile;

// One dossier of an open review file, as the workspace shows and edits it: the dossier (without
// its bids until analysis() needs them), its undo stack, and the edits. Every edit is one action
// of the review file (one transaction, in the audit trail) wrapped in an undo command; undo and
// redo are actions of the file too (retract, reinstate), so nothing is ever unsaved.
//
// After each change the document updates its dossier in memory and emits a precise signal, which
// the item models turn into beginInsertRows/dataChanged: they never reload.
class EditCommand;

class DossierDocument final : public QObject
{
    Q_OBJECT

public:
    // Loads the dossier from the file, which must outlive the document. An Error when it fails.
    static Result<std::unique_ptr<DossierDocument>> open(ReviewFile& file, const QString& dossierId);
    ~DossierDocument() override;

    ReviewFile& file() const { return m_file; }
    const QString& id() const { return m_dossier.info.id; }
    // The dossier as stored, without its bids (see analysis()).
    const Dossier& dossier() const { return m_dossier; }
    QUndoStack* undoStack() { return &m_undo; }

    // The signal analysis at the end of the dossier, computed on first use from queries()'
    // dossier (with the bids) and kept until the next change. nullopt when the dossier's analysis profile is invalid
    // (analysisError() says why).
    const std::optional<Analysis>& analysis();
    // The dossier with its bids and answers, and the as-of queries over it: loaded on first use
    // and kept until the next change. Null when the file cannot be read (fullError() says why).
    const DossierQueries* queries();
    QString fullError() const { return m_fullError; }
    QString analysisError() const { return m_analysisError; }
    // The analysis as of a day (not kept): what existed on that day only. nullopt when the bids
    // or the profile cannot be read (analysisError() says why).
    std::optional<Analysis> analysisAsOf(QDate day);
    // Loading off the UI thread. What queries() and analysis() build on first use, built by a
    // worker instead: with its own connection to the file at `path`, on any thread. Checks
    // `progress` between its steps; a cancelled preparation is empty.
    struct Prepared
    {
        std::unique_ptr<Dossier> full;
        std::unique_ptr<DossierQueries> queries;
        std::optional<Analysis> analysis;
        QString fullError;
        QString analysisError;
        bool complete = false;
    };
    static Prepared prepare(const QString& path, const QString& dossierId, const Progress& progress);
    // Whether the first use of queries() or analysis() would read the file or compute.
    bool needsPreparing() const { return !m_queries || !m_analysed; }
    // Counts the changes, so that a preparation started before one is not adopted after it.
    quint64 generation() const { return m_generation; }
    // Takes what prepare() built for `generation`; false (adopting nothing) when the dossier has
    // changed since or the preparation is not complete.
    bool adopt(Prepared prepared, quint64 generation);

    // Drops the analysis (its messages are in the language of the time it was made).
    void forgetAnalysis()
    {
        m_analysed = false;
        m_analysis.reset();
    }

    // Edits. Each records its action in the file and pushes an undo command; on failure nothing
    // changes and the Error says why.
    Status addRequirement(const Requirement& requirement);
    // The new revision's rev is set to the next number.
    Status addRevision(const QString& requirementId, RequirementRevision revision);
    Status addSource(const Source& source);
    Status addVendor(const Vendor& vendor);
    Status addBid(const Bid& bid);
    Status recordAnswer(const QString& bidId, const Response& response);
    Status updateSource(const Source& source);
    // The reviewer's work; each emits assessmentChanged(). A template adds the criteria the
    // dossier lacks, titled in the current language.
    Status applyTemplate(const AssessmentTemplate& assessmentTemplate);
    Status assessCriterion(const Criterion& assessment);
    // `despiteAssessment`: the person confirmed an authorisation while criteria stand against it.
    Status recordDecision(const Decision& decision, bool despiteAssessment = false);
    Status addClaim(const Claim& claim);
    Status removeClaim(const QString& claimId);

    // Authoring (docs/storage.md): the dossier's metadata, its events, the dated status of a bid,
    // and spreadsheets. Each is one action of the file, undone by a retraction; the document
    // rereads the dossier after each (they touch its head, its bids or many requirements).
    Status reviseDossier(const DossierInfo& info);
    Status addEvent(const Event& event);
    Status changeEvent(const Event& event);
    Status removeEvent(const QString& eventId);
    Status
    recordBidStatus(const QString& bidId, BidStatus status, const std::optional<Moment>& at, const QString& reason);
    // Records what a requirement list changes (`how.dryRun` is ignored); undone whole.
    Result<RequirementList::Changes> importRequirementList(const RequirementList& list, RequirementListImport how);
    Status importAnswers(const QString& bidId,
                         const QList<Response>& answers,
                         const QString& origin,
                         const QList<std::optional<Response>>& seen);

    // Writes a source's fields and updates it in memory (what EditSourceCommand calls).
    Status writeSource(const Source& source);

    // Rereads the dossier from the file (after a failed undo or redo, to show what the file holds).
    Status reload();

signals:
    void requirementAdded(int index);
    void requirementRemoved(int index);
    void requirementChanged(int index);
    void sourceAdded(int index);
    void sourceRemoved(int index);
    void sourceChanged(int index);
    // The assessment, the decision or its claims changed.
    void assessmentChanged();
    // The whole dossier was reread.
    void reset();
    // After any change (an edit, an undo, a redo, a reread): what was derived from it is stale.
    // Pointers into the previous queries() stay valid until the slots return, not after.
    void dossierChanged();
    // An undo or redo failed in the file; the document was reread.
    void failed(const QString& message);

private:
    DossierDocument(ReviewFile& file, Dossier dossier);
    // An addition's file action (or, with a retraction, its reinstatement) and the update in
    // memory; and its undo. What the undo commands call.
    Status redoAddRequirement(const Requirement& requirement, qint64 retraction);
    Result<qint64> undoAddRequirement(const QString& requirementId);
    Status redoAddRevision(const QString& requirementId, const RequirementRevision& revision, qint64 retraction);
    Result<qint64> undoAddRevision(const QString& requirementId, int rev);
    Status redoAddSource(const Source& source, qint64 retraction);
    Result<qint64> undoAddSource(const QString& sourceId);

    void changed();
    // The analysis of the dossier with its bids, at the end or as of a day.
    std::optional<Analysis> analyzeFull(std::optional<QDate> day);
    // Pushes the undo command of a reviewer's action that succeeded; its undo retracts.
    // An action of the reviewer's (assessment, decision, claims), undone by `retract`.
    Status performReview(const QString& text, std::function<Status()> action, std::function<Result<qint64>()> retract);
    // An action undone by `retract` (and redone by reinstating that retraction), with `then`
    // run after each step that touched the file.
    Status performThen(const QString& text,
                       std::function<Status()> action,
                       std::function<Result<qint64>()> retract,
                       std::function<void()> then);
    // Rereads the whole dossier, saying so when it fails.
    void rereadAll();
    // An authoring action, undone by `retract`: the dossier is reread after each step.
    Status
    performAndReload(const QString& text, std::function<Status()> action, std::function<Result<qint64>()> retract);
    // Pushes the command, whose first redo() performs the action; returns the action's outcome.
    Status perform(EditCommand* command);
    // Rereads the assessment and decision after a reviewer's action.
    void reviewChanged();
    void vendorAdded(const Vendor& vendor);
    void vendorRemoved(const QString& vendorId);

    ReviewFile& m_file;
    Dossier m_dossier;
    QUndoStack m_undo;
    std::optional<Analysis> m_analysis;
    std::unique_ptr<Dossier> m_full;
    std::unique_ptr<DossierQueries> m_queries;
    QString m_fullError;
    bool m_analysed = false;
    QString m_analysisError;
    quint64 m_generation = 0;
};

} // namespace hostreview
