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
    if (m_first) {
        m_first = false;
        return;
    }
    if (Status st = doRedo(); !st) {
        (void)m_document->reload();
        emit m_document->failed(tr("Cannot redo “%1”: %2").arg(text(), st.error().toString()));
    }
}

AddRequirementCommand::AddRequirementCommand(DossierDocument* document, Requirement requirement)
    : EditCommand(document, EditCommand::tr("add requirement %1").arg(requirement.id))
    , m_requirement(std::move(requirement))
{ }

Status AddRequirementCommand::doUndo()
{
    auto r = m_document->undoAddRequirement(m_requirement.id);
    if (!r)
        return r.error();
    m_retraction = *r;
    return {};
}

Status AddRequirementCommand::doRedo()
{
    return m_document->redoAddRequirement(m_requirement, m_retraction);
}

AddRevisionCommand::AddRevisionCommand(DossierDocument* document, QString requirementId, RequirementRevision revision)
    : EditCommand(document, EditCommand::tr("revision %1 of %2").arg(revision.rev).arg(requirementId))
    , m_requirementId(std::move(requirementId))
    , m_revision(std::move(revision))
{ }

Status AddRevisionCommand::doUndo()
{
    auto r = m_document->undoAddRevision(m_requirementId, m_revision.rev);
    if (!r)
        return r.error();
    m_retraction = *r;
    return {};
}

Status AddRevisionCommand::doRedo()
{
    return m_document->redoAddRevision(m_requirementId, m_revision, m_retraction);
}

AddSourceCommand::AddSourceCommand(DossierDocument* document, Source source)
    : EditCommand(document, EditCommand::tr("add source %1").arg(source.id))
    , m_source(std::move(source))
{ }

Status AddSourceCommand::doUndo()
{
    auto r = m_document->undoAddSource(m_source.id);
    if (!r)
        return r.error();
    m_retraction = *r;
    return {};
}

Status AddSourceCommand::doRedo()
{
    return m_document->redoAddSource(m_source, m_retraction);
}

RetractableCommand::RetractableCommand(DossierDocument* document,
                                       const QString& text,
                                       std::function<Result<qint64>()> retract,
                                       std::function<Status(qint64)> reinstate,
                                       std::optional<qint64> removal)
    : EditCommand(document, text)
    , m_retract(std::move(retract))
    , m_reinstate(std::move(reinstate))
    , m_retraction(removal.value_or(0))
    , m_removal(removal.has_value())
{ }

Status RetractableCommand::doUndo()
{
    return m_removal ? m_reinstate(m_retraction) : takeBack();
}

Status RetractableCommand::doRedo()
{
    return m_removal ? takeBack() : m_reinstate(m_retraction);
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
