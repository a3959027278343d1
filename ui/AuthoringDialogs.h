// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "format/AnswerSheet.h"
#include "format/RequirementList.h"
#include "model/Dossier.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hostreview {

// The dialogs that build a case by hand (docs/storage.md, "Authoring"): a dossier's details, an
// event, the dated status of a bid, and the preview of a spreadsheet's changes. Each checks what
// it can before OK is enabled; the review file checks the rest, with the import's messages.

// A new dossier (`existing` null), or the details of one.
class DossierDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DossierDialog(const DossierInfo* existing, QWidget* parent = nullptr);
    DossierInfo info() const;

private:
    void validate();

    DossierInfo m_base;
    bool m_new;
    QLineEdit* m_id;
    QLineEdit* m_title;
    QLineEdit* m_applicant;
    QLineEdit* m_authority;
    QComboBox* m_procedure;
    QComboBox* m_sensitivity;
    QLineEdit* m_dataCategories;
    QLineEdit* m_certifications;
    QLineEdit* m_timezone;
    QComboBox* m_language;
    QCheckBox* m_illustrative;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// A new event of the dossier (`existing` null), or a change of one.
class EventDialog final : public QDialog
{
    Q_OBJECT

public:
    EventDialog(const Dossier& dossier, const Event* existing, QWidget* parent = nullptr);
    Event event() const;

private:
    void validate();

    const Dossier& m_dossier;
    bool m_new;
    QLineEdit* m_id;
    QComboBox* m_kind;
    QLineEdit* m_at;
    QLineEdit* m_newDeadline;
    QLineEdit* m_title;
    QPlainTextEdit* m_note;
    QComboBox* m_source;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// The status a bid took on a day: withdrawn, disqualified, or submitted again.
class BidStatusDialog final : public QDialog
{
    Q_OBJECT

public:
    BidStatusDialog(const Dossier& withBids, QWidget* parent = nullptr);
    QString bid() const;
    BidStatus status() const;
    std::optional<Moment> at() const;
    QString reason() const;

private:
    void validate();

    QTimeZone m_zone;
    QComboBox* m_bid;
    QComboBox* m_status;
    QLineEdit* m_at;
    QLineEdit* m_reason;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// A requirement list's changes, previewed before anything is written: the day they take effect,
// their rationale and source, and the list of changes as the import would record them
// (recomputed as the day changes). `preview` runs the import as a dry run.
class RequirementListDialog final : public QDialog
{
    Q_OBJECT

public:
    using Preview = std::function<Result<RequirementList::Changes>(const RequirementListImport&)>;
    RequirementListDialog(const Dossier& dossier,
                          const RequirementList& list,
                          const QString& fileName,
                          Preview preview,
                          QWidget* parent = nullptr);
    RequirementListImport how() const;

private:
    void refresh();

    const Dossier& m_dossier;
    QString m_fileName;
    Preview m_preview;
    QLineEdit* m_effective;
    QLineEdit* m_rationale;
    QComboBox* m_source;
    QPlainTextEdit* m_changes;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

// A vendor's answers read from a spreadsheet, previewed before they are recorded in a bid.
class AnswerSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    AnswerSheetDialog(const Dossier& withBids, const AnswerSheet& sheet, QWidget* parent = nullptr);
    QString bid() const;
    // The answers to record (those of the last preview), and the bid's latest answer to each
    // requirement that the preview saw (the file checks it still is when recording).
    QList<Response> answers() const;
    QList<std::optional<Response>> seen() const { return m_seen; }

private:
    void refresh();

    const Dossier& m_dossier;
    AnswerSheet m_sheet;
    QComboBox* m_bid;
    QLineEdit* m_at;
    QPlainTextEdit* m_changes;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QList<Response> m_answers;
    QList<std::optional<Response>> m_seen;
};

} // namespace hostreview
