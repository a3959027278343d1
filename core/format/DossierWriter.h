// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"
#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace hostreview {

// Writes a Dossier in the interchange format, version 1. The layout is fixed (keys in the spec's
// order, two-space indentation, optional keys only when the dossier has them), so exporting what
// was imported from an export gives the same bytes.
class DossierWriter
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::DossierWriter)

public:
    struct Options
    {
        // Leave out everything marked confidential: confidential sources (and references to
        // them), confidential bids, and confidential responses' evidence.
        bool publicEdition = false;
    };

    static QByteArray write(const Dossier& dossier, const Options& options);
    static QByteArray write(const Dossier& dossier) { return write(dossier, Options{}); }
    // write(), then read back with DossierReader: an export never holds what an import would
    // refuse (a review file altered outside HostReview can hold an empty date, an id with a
    // control character, a reference to nothing). On refusal the Error says where in the export
    // and why; `origin` (the review file) is named in it.
    static Result<QByteArray> writeChecked(const Dossier& dossier, const Options& options, const QString& origin);
};

} // namespace hostreview
