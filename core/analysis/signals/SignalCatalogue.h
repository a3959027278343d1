#pragma once

#include "analysis/Analysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hostreview {

// The catalogue of docs/signals.md, version 1, in its order.
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
