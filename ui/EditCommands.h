// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace hostreview {

class DossierDocument;

// The undo commands of a dossier. Each is pushed after its action succeeded in the file, so its
// first redo() does nothing; later undo()/redo() are file actions of their own (retract,
// reinstate, write back), each one transaction. When one fails (the file was changed elsewhere),
// the document says so and rereads the file.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::EditCommand)

public:
    void undo() final;
    void redo() final;

protected:
    EditCommand(DossierDocument* document, const QString& text);
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;
    DossierDocument* m_document;

private:
    bool m_first = true;
};

// A file action that adds: undo retracts what it added (returning the retraction), redo reinstates it.
// A removal (`removal`: the retraction the action made) is the other way round: undo reinstates
// what it took, redo takes it again.
class RetractableCommand final : public EditCommand
{
public:
    RetractableCommand(DossierDocument* document,
                       const QString& text,
                       std::function<Result<qint64>()> retract,
                       std::function<Status(qint64)> reinstate,
                       std::optional<qint64> removal = std::nullopt);

private:
    Status doUndo() override;
    Status doRedo() override;
    std::function<Result<qint64>()> m_retract;
    // Retracts and keeps the retraction for the next reinstate.
    Status takeBack();
    std::function<Status(qint64)> m_reinstate;
    qint64 m_retraction = 0;
    bool m_removal = false;
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
