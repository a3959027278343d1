// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace hostreview {

class DossierDocument;

// The undo commands of a dossier, the Qt way: redo() performs the action (the first time when
// the command is pushed, later to do it again) and undo() takes it back, each one transaction of
// the review file. The first redo() is the user's action itself: its outcome goes to
// DossierDocument::perform(), and a command whose action failed marks itself obsolete, so that
// QUndoStack drops it. When a later undo() or redo() fails (the file was changed elsewhere), the
// document says so and rereads the file.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::EditCommand)

public:
    void undo() final;
    void redo() final;
    // Where the first redo() writes its outcome (DossierDocument::perform()).
    void setOutcome(Status* outcome) { m_outcome = outcome; }

protected:
    EditCommand(DossierDocument* document, const QString& text);
    // The action, the first time; by default the same as doing it again.
    virtual Status doFirst() { return doRedo(); }
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;
    DossierDocument* m_document;

private:
    bool m_done = false;
    Status* m_outcome = nullptr;
};

// What is added to a file is taken back by a retraction (kept in the file) and brought back by
// reinstating that retraction. An addition: the first redo() adds, undo() retracts, a later
// redo() reinstates. A removal (removal()): redo() retracts, undo() reinstates what it took.
class RetractableCommand final : public EditCommand
{
public:
    RetractableCommand(DossierDocument* document,
                       const QString& text,
                       std::function<Status()> add,
                       std::function<Result<qint64>()> retract,
                       std::function<Status(qint64)> reinstate);
    static RetractableCommand* removal(DossierDocument* document,
                                       const QString& text,
                                       std::function<Result<qint64>()> retract,
                                       std::function<Status(qint64)> reinstate);

private:
    Status doFirst() override;
    Status doUndo() override;
    Status doRedo() override;
    // Retracts and keeps the retraction for the next reinstate.
    Status takeBack();
    std::function<Status()> m_add; // empty for a removal
    std::function<Result<qint64>()> m_retract;
    std::function<Status(qint64)> m_reinstate;
    qint64 m_retraction = 0;
};

class EditSourceCommand final : public EditCommand
{
public:
    EditSourceCommand(DossierDocument* document, Source before, Source after);

private:
    Status doUndo() override;
    Status doRedo() override;
    Source m_before;
    Source m_after;
};

} // namespace hostreview
