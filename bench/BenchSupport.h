// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QString>

namespace hostreview::bench {

// The benchmark dossier of the foundation issue: 10,000 requirements, 50 vendors, 100,000
// revisions and 500,000 answers, written once per run to a temporary JSON file.
QString largeDossierJson();
// A review file holding that dossier (imported once per run).
QString largeReviewFile();
// A review file holding `dossier` (imported on the first call for that name).
QString reviewFileWith(const Dossier& dossier, const QString& name);
// A review file holding a generated dossier of that size (seed 1).
QString generatedReviewFile(int requirements, int vendors, int changes);
// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMemoryMiB();

} // namespace hostreview::bench
