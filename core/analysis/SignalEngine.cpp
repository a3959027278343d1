// SPDX-License-Identifier: EUPL-1.2
#include "analysis/SignalEngine.h"

#include "analysis/signals/Detection.h"
#include "analysis/signals/SignalCatalogue.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// The numbers written in a text, in order: runs of ASCII digits joined by single '.' or ','
// ("1.5", "10,000", "3"). A scanner rather than an expression: it runs on every change of a
// large dossier, from several threads.
class Numbers
{
public:
    explicit Numbers(QStringView text)
        : m_text(text)
    { }
    // The next number, or a null view at the end.
    QStringView next()
    {
        const auto digit = [&](qsizetype i) { return i < m_text.size() && isDigit(m_text[i]); };
        while (m_pos < m_text.size() && !isDigit(m_text[m_pos]))
            ++m_pos;
        if (m_pos >= m_text.size())
            return {};
        const qsizetype start = m_pos;
        while (digit(m_pos))
            ++m_pos;
        while (m_pos + 1 < m_text.size() && (m_text[m_pos] == u'.' || m_text[m_pos] == u',') && digit(m_pos + 1)) {
            m_pos += 1;
            while (digit(m_pos))
                ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }

private:
    static bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool sameNumbers(QStringView a, QStringView b)
{
    Numbers x(a);
    Numbers y(b);
    for (;;) {
        const QStringView u = x.next();
        const QStringView v = y.next();
        if (u.isNull() || v.isNull())
            return u.isNull() && v.isNull();
        if (u != v)
            return false;
    }
}

// Runs every detector of the catalogue and merges what they report: signals in catalogue order,
// then subject; coverage; the bias index.
void run(const Dossier& dossier, const AnalysisProfile& profile, Analysis& result)
{
    // The costliest first (catalogue order among equals), so that the threads finish together.
    const auto& entries = SignalCatalogue::entries();
    const int count = int(entries.size());
    std::vector<int> schedule(size_t(count), 0);
    std::iota(schedule.begin(), schedule.end(), 0);
    std::stable_sort(schedule.begin(), schedule.end(), [&](int a, int b) { return entries[a].cost > entries[b].cost; });
    const SignalContext context(dossier, profile);

    // The detectors only read the dossier and write to their own sink: they run on every core
    // (two on the reference machine), each thread taking the next detector of the schedule. The
    // result does not depend on which thread ran what.
    std::vector<SignalSink> sinks;
    sinks.reserve(size_t(count));
    for (const SignalCatalogue::Entry& e : entries)
        sinks.emplace_back(e);
    // This thread runs the first of the schedule, the others start with the second.
    std::atomic<int> next{1};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++)
            entries[schedule[size_t(i)]].detect(context, sinks[size_t(schedule[size_t(i)])]);
    };
    const int helpers = std::clamp(QThread::idealThreadCount(), 1, 4) - 1;
    // Standard threads: joining them is a synchronisation that thread sanitizers see.
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t) {
        try {
            threads.emplace_back(work);
        } catch (const std::system_error&) {
            break; // fewer threads: the others take more of the schedule
        }
    }
    entries[schedule[0]].detect(context, sinks[size_t(schedule[0])]);
    work();
    for (std::thread& t : threads)
        t.join();

    // Catalogue order (the sinks are in it), then subject id (then kind, for a code with two
    // kinds of subject).
    struct Ranked
    {
        int order;
        Signal* signal;
    };
    std::vector<Ranked> ranked;
    for (int i = 0; i < count; ++i) {
        for (Signal& s : sinks[size_t(i)].fired)
            ranked.push_back({i, &s});
        result.coverage += sinks[size_t(i)].coverage;
    }
    const auto before = [](const Ranked& a, const Ranked& b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (a.signal->subjectId != b.signal->subjectId)
            return a.signal->subjectId < b.signal->subjectId;
        return a.signal->subjectKind < b.signal->subjectKind;
    };
    // Most detectors report in subject order already: a check is cheaper than a sort.
    if (!std::is_sorted(ranked.begin(), ranked.end(), before))
        std::stable_sort(ranked.begin(), ranked.end(), before);
    result.fired.reserve(qsizetype(ranked.size()));
    for (const Ranked& r : ranked)
        result.fired.push_back(std::move(*r.signal));
    qint64 numerator = 0;
    qint64 denominator = 0;
    for (int i = 0; i < count; ++i) {
        const SignalCatalogue::Entry& e = entries[i];
        const SignalSink& sink = sinks[size_t(i)];
        IndexComponent c;
        c.code = QString::fromLatin1(e.code);
        c.severity = e.severity;
        c.weight = SignalCatalogue::weight(e.severity);
        c.evaluated =
            std::any_of(sink.coverage.cbegin(), sink.coverage.cend(), [](const Coverage& x) { return x.evaluated; });
        c.fired = !sink.fired.isEmpty();
        if (c.evaluated) {
            denominator += c.weight;
            numerator += c.fired ? c.weight : 0;
        }
        result.breakdown.push_back(c);
    }
    if (denominator > 0) // round half up to tenths, in integers: no binary-fraction surprises
        result.biasIndexTenths = int((2000 * numerator + denominator) / (2 * denominator));
}

} // namespace

Dossier SignalEngine::existingAsOf(const Dossier& dossier, QDate day)
{
    Dossier d = dossier;
    const auto opening = std::find_if(dossier.events.cbegin(), dossier.events.cend(), [](const Event& e) {
        return e.kind == EventKind::ConsultationOpened;
    });
    const bool opened = opening != dossier.events.cend() && opening->at.day() <= day;
    d.events.removeIf([&](const Event& e) {
        if (e.kind == EventKind::BidDeadline && opening != dossier.events.cend())
            return !opened; // announced with the opening
        return e.at.day() > day;
    });
    for (Requirement& r : d.requirements)
        r.revisions.removeIf([&](const RequirementRevision& rev) { return rev.effectiveAt.day() > day; });
    d.requirements.removeIf([](const Requirement& r) { return r.revisions.isEmpty(); });
    d.bids.removeIf([&](const Bid& b) { return b.submittedAt.day() > day; });
    for (Bid& b : d.bids) {
        b.responses.removeIf([&](const Response& r) { return b.answeredAt(r).day() > day; });
        // A status taken after the day does not exist yet: the bid was submitted.
        if (b.statusAt && b.statusAt->day() > day) {
            b.status.reset();
            b.statusAt.reset();
        }
    }
    if (d.decision) {
        if (!d.decision->decidedAt || d.decision->decidedAt->day() > day)
            d.decision.reset();
        else if (d.decision->publishedAt && d.decision->publishedAt->day() > day)
            d.decision->publishedAt.reset();
    }
    return d;
}

QStringList
SignalEngine::significance(const Requirement& r, const RequirementRevision& rev, std::optional<QDate> opening)
{
    QStringList why;
    const RequirementRevision* prev = rev.rev >= 2 ? &r.revisions[rev.rev - 2] : nullptr;
    if (!prev) {
        if (opening && rev.effectiveAt.day() > *opening)
            why << tr("requirement added");
        return why;
    }
    if (!prev->isMandatory() && rev.isMandatory())
        why << tr("optional → mandatory");
    if (!prev->isActive() && rev.isActive())
        why << tr("withdrawn → active");
    if (rev.weightOrDefault() > prev->weightOrDefault()) {
        why << tr("weight raised from %1 to %2")
                   .arg(numberText(prev->weightOrDefault()), numberText(rev.weightOrDefault()));
    }
    if (prev->text && rev.text && !sameNumbers(*prev->text, *rev.text))
        why << tr("a number in the text changed");
    return why;
}

Analysis SignalEngine::analyze(const Dossier& dossier,
                               const AnalysisProfile& profile,
                               std::optional<QDate> asOf,
                               const QString& asOfText)
{
    Analysis out;
    out.dossierId = dossier.info.id;
    // The engine reads each bid's status at the moment analysed: a status dated on or before it
    // holds for the whole analysis (a bid withdrawn then counts for nothing), as if from submission.
    const auto statusesResolved = [](Dossier& d) {
        for (Bid& b : d.bids)
            b.statusAt.reset();
    };
    if (asOf) {
        out.asOf = asOfText.isEmpty() ? asOf->toString(Qt::ISODate) : asOfText;
        Dossier existing = existingAsOf(dossier, *asOf);
        statusesResolved(existing);
        run(existing, profile, out);
    } else if (std::any_of(dossier.bids.cbegin(), dossier.bids.cend(), [](const Bid& b) { return b.statusAt; })) {
        Dossier atTheEnd = dossier;
        statusesResolved(atTheEnd);
        run(atTheEnd, profile, out);
    } else {
        run(dossier, profile, out);
    }
    return out;
}

} // namespace hostreview
