// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "analysis/Analysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hostreview {

class SignalContext;
class SignalSink;

// The catalogue of docs/signals.md, version 1, in its order. Each entry carries its detector
// (analysis/signals/*Signals.cpp, by family): adding a signal is adding an entry here, with its
// detector, and its description in docs/signals.md.
class SignalCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::SignalCatalogue)

public:
    struct Entry
    {
        const char* code;
        Severity severity;
        const char* subject; // "dossier", "requirement", ...
        const char* title;   // untranslated; tr() it through title()
        const char* basis;   // untranslated; tr() it through basis()
        // Evaluates the signal: records its coverage in the sink, and each occurrence.
        void (*detect)(const SignalContext& context, SignalSink& out);
        // How much work it is on a large dossier, relative to the others (0: little): the
        // engine starts the costliest first, so that the threads finish together.
        int cost;
    };

    static const QList<Entry>& entries();
    static const Entry* find(const QString& code);
    static int weight(Severity severity);            // high 3, medium 2, low 1
    static QString severityName(Severity severity);  // "high", "medium", "low" (for JSON)
    static QString severityLabel(Severity severity); // translated
    static QString title(const QString& code);       // translated
    static QString basis(const QString& code);       // translated
};

} // namespace hostreview
