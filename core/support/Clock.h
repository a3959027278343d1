// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDateTime>

namespace hostreview {

// Where "now" comes from, so that recorded times (audit trail, revisions recorded) are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The system clock, in UTC. Never null; lives for the whole program.
    static const Clock& system();
};

// A clock that says what it is told, for tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    { }
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace hostreview
