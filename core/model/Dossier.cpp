// SPDX-License-Identifier: EUPL-1.2
#include "model/Dossier.h"

#include <algorithm>

namespace hostreview {

namespace {
template <typename List, typename Key>
auto findById(const List& list, QStringView id, Key key) -> decltype(&list.front())
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const auto& item) { return key(item) == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Requirement* Dossier::requirement(QStringView id) const
{
    return findById(requirements, id, [](const Requirement& r) { return r.id; });
}

const Vendor* Dossier::vendor(QStringView id) const
{
    return findById(vendors, id, [](const Vendor& v) { return v.id; });
}

const Bid* Dossier::bid(QStringView id) const
{
    return findById(bids, id, [](const Bid& b) { return b.id; });
}

const Source* Dossier::source(QStringView id) const
{
    return findById(sources, id, [](const Source& s) { return s.id; });
}

QStringList criteriaWith(const QList<Criterion>& assessment, AssessmentStatus status)
{
    QStringList out;
    for (const Criterion& c : assessment) {
        if (c.statusOrDefault() == status)
            out << c.criterion;
    }
    return out;
}

std::optional<qint64> daysRecordedLate(const Moment& effective, const Recording& recording, const QTimeZone& zone)
{
    if (recording.withDossier || !recording.recordedAt.isValid() || !effective.isValid())
        return std::nullopt;
    const qint64 days = effective.day().daysTo(recording.recordedAt.toTimeZone(zone).date());
    return days > 1 ? std::optional<qint64>(days) : std::nullopt;
}

} // namespace hostreview
