// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace hostreview {

// What a long action (an import) tells as it goes, and how another thread cancels it. The action
// calls step() now and then, on its own thread; `report` forwards the figures (to a progress bar,
// through a queued call). A cancelled action stops at its next step() and changes nothing.
class Progress
{
public:
    // Percent done (0–100) and what is being done, translated.
    std::function<void(int percent, const QString& what)> report;

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    // Reports; false when the action must stop (it was cancelled).
    bool step(int percent, const QString& what) const
    {
        if (report)
            report(percent, what);
        return !isCancelled();
    }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace hostreview
