#pragma once

#include <QString>

namespace hostreview::bench {

// The benchmark dossier of the foundation issue: 10,000 requirements, 50 vendors, 100,000
// revisions and 500,000 answers, written once per run to a temporary JSON file.
QString largeDossierJson();
// A review file holding that dossier (imported once per run).
QString largeReviewFile();
// Peak resident memory of this process so far, in MiB (VmHWM).
double peakMemoryMiB();

} // namespace hostreview::bench
