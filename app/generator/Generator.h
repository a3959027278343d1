// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

namespace hostreview {

// Makes valid, deterministic dossiers of any size, for tests and benchmarks: the same options
// always give the same dossier, byte for byte once written.
class Generator
{
public:
    struct Options
    {
        int requirements = 100;
        int vendors = 5;
        int changes = 50; // revisions beyond the first, spread over the requirements
        quint64 seed = 1;
        // Answers per vendor, as a share of the requirements (1 = every vendor answers all).
        double answerShare = 1.0;
    };

    static Dossier generate(const Options& options);
};

} // namespace hostreview
