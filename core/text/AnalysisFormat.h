// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace hostreview {

// The analysis as docs/signals.md's machine-readable result, and as text for a person.
class AnalysisFormat
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::AnalysisFormat)

public:
    // {"format": "hostreview-analysis", "version": 1, ...}: locale-independent, byte-stable.
    static QByteArray toJson(const Analysis& analysis);
    // Grouped by severity, each signal with subject, date, evidence and basis; then the bias
    // index with its breakdown, then the coverage. In the installed translator's language.
    static QString toText(const Analysis& analysis, const QString& dossierTitle);
    // "57.9" ("57,9" in French), or "—" when nothing was evaluated.
    static QString indexText(const Analysis& analysis, const QLocale& locale = QLocale::c());
    // One piece of evidence as a person reads it: "revision TEC-02 rev 2".
    static QString evidenceText(const Evidence& evidence);
    // The translated name of a subject kind ("requirement", "bid"...).
    static QString subjectKindLabel(const QString& kind);
};

} // namespace hostreview
