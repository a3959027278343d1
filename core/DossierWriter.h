#pragma once

#include "Dossier.h"
#include "Result.h"

#include <QByteArray>

namespace hostreview {

// Writes a Dossier in the interchange format, version 1. The layout is fixed (keys in the spec's
// order, two-space indentation, optional keys only when the dossier has them), so exporting what
// was imported from an export gives the same bytes.
class DossierWriter
{
public:
    struct Options
    {
        // Leave out everything marked confidential: confidential sources (and references to
        // them), confidential bids, and confidential responses' evidence.
        bool publicEdition = false;
    };

    static QByteArray write(const Dossier& dossier, const Options& options);
    static QByteArray write(const Dossier& dossier) { return write(dossier, Options{}); }
};

} // namespace hostreview
