// SPDX-License-Identifier: EUPL-1.2
#include "support/Clock.h"

namespace hostreview {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace hostreview
