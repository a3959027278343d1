// SPDX-License-Identifier: EUPL-1.2
#include "EditCommands.h"

#include "DossierDocument.h"

namespace hostreview {

EditCommand::EditCommand(DossierDocument* document, const QString& text)
    : m_document(document)
{
    setText(text);
}

void EditCommand::undo()
{
    if (Status st = doUndo(); !st) {
        (void)m_document->reload();
        emit m_document->failed(tr("Cannot undo “%1”: %2").arg(text(), st.error().toString()));
    }
}

void EditCommand::redo()
{
    if (!m_done) {
        m_done = true;
        Status st = doFirst();
        if (!st)
            setObsolete(true); // nothing was done: QUndoStack::push() drops the command
        if (m_outcome)
            *m_outcome = std::move(st);
        m_outcome = nullptr;
        return;
    }
    if (Status st = doRedo(); !st) {
        (void)m_document->reload();
        emit m_document->failed(tr("Cannot redo “%1”: %2").arg(text(), st.error().toString()));
    }
}

RetractableCommand::RetractableCommand(DossierDocument* document,
                                       const QString& text,
                                       std::function<Status()> add,
                                       std::function<Result<qint64>()> retract,
                                       std::function<Status(qint64)> reinstate)
    : EditCommand(document, text)
    , m_add(std::move(add))
    , m_retract(std::move(retract))
    , m_reinstate(std::move(reinstate))
{ }

RetractableCommand* RetractableCommand::removal(DossierDocument* document,
                                                const QString& text,
                                                std::function<Result<qint64>()> retract,
                                                std::function<Status(qint64)> reinstate)
{
    return new RetractableCommand(document, text, {}, std::move(retract), std::move(reinstate));
}

Status RetractableCommand::doFirst()
{
    return m_add ? m_add() : takeBack();
}

Status RetractableCommand::doUndo()
{
    return m_add ? takeBack() : m_reinstate(m_retraction);
}

Status RetractableCommand::doRedo()
{
    return m_add ? m_reinstate(m_retraction) : takeBack();
}

Status RetractableCommand::takeBack()
{
    auto r = m_retract();
    if (!r)
        return r.error();
    m_retraction = *r;
    return {};
}

EditSourceCommand::EditSourceCommand(DossierDocument* document, Source before, Source after)
    : EditCommand(document, EditCommand::tr("edit source %1").arg(after.id))
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

Status EditSourceCommand::doUndo()
{
    return m_document->writeSource(m_before);
}

Status EditSourceCommand::doRedo()
{
    return m_document->writeSource(m_after);
}

} // namespace hostreview
