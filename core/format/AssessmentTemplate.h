// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"
#include "model/Enums.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace hostreview {

// A set of review criteria a reviewer applies to a dossier's assessment: the built-in template
// for hosting health data (resources/assessment/health-data-hosting.json) or one of their own.
//
// Template JSON (docs/assessment.md):
//   { "format": "hostreview-assessment-template", "version": 1, "id": ID, "title": TEXT,
//     "criteria": [ { "criterion": ID, "kind": KIND, "title": TEXT, "evidence": TEXT,
//                     "basis": TEXT } ] }
// where TEXT is a string, or an object from language codes ("en", "fr", ...) to strings, and
// `evidence` (what settles the criterion) and `basis` are optional.
class AssessmentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::AssessmentTemplate)

public:
    // A text in one or more languages.
    struct Text
    {
        QMap<QString, QString> byLanguage; // "" when the template gave a plain string
        // The text in `language`, else in English, else in the first language given.
        QString in(const QString& language) const;
        bool isEmpty() const { return byLanguage.isEmpty(); }
    };
    struct Item
    {
        QString criterion;
        CriterionKind kind = CriterionKind::Other;
        Text title;
        Text evidence;
        Text basis;
    };

    QString id;
    Text title;
    QList<Item> items;

    // The built-in template, compiled into the program.
    static const AssessmentTemplate& builtIn();
    // Reads a template file; a bad one is refused with the file, line, column, JSON pointer and reason.
    static Result<AssessmentTemplate> readFile(const QString& path);
    static Result<AssessmentTemplate> read(const QByteArray& json, const QString& fileName);

    // The criteria to add to a dossier, titled in `language`, not yet assessed.
    QList<Criterion> criteria(const QString& language) const;
    // The item for a criterion id, or nullptr.
    const Item* item(const QString& criterion) const;
    // A criterion's title in the installed language: a built-in criterion whose title is the
    // template's own (in any of its languages) is shown in the user's language; any other title
    // is the reviewer's or the dossier's own text, shown as written (the id when it has none).
    static QString titleOf(const Criterion& criterion);
};

} // namespace hostreview
