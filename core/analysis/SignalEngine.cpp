#include "analysis/SignalEngine.h"

#include "format/AssessmentTemplate.h"
#include "support/Language.h"
#include "text/Labels.h"

#include "analysis/DossierQueries.h"
#include "analysis/signals/SignalCatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Built in place (a large analysis makes a million of them).
Evidence revisionEvidence(const QString& requirement, int rev)
{
    return Evidence{u"revision"_s, QString(), requirement, rev, QString()};
}

Evidence idEvidence(const QString& kind, const QString& id)
{
    return Evidence{kind, id, QString(), 0, QString()};
}

Evidence answerEvidence(const QString& bid, const QString& requirement, int rev)
{
    return Evidence{u"answer"_s, QString(), requirement, rev, bid};
}

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

// Finds terms as whole words, case-insensitively: "AWS" matches "AWS," but not "LAWS". Each
// term's expression is compiled once; a plain substring test skips most texts cheaply.
class TermMatcher
{
public:
    explicit TermMatcher(const QStringList& terms)
    {
        for (const QString& term : terms) {
            m_terms.push_back({term,
                               term.toCaseFolded(),
                               QRegularExpression(u"(?<![\\w])"_s + QRegularExpression::escape(term) + u"(?![\\w])"_s,
                                                  QRegularExpression::CaseInsensitiveOption |
                                                      QRegularExpression::UseUnicodePropertiesOption)});
        }
    }
    // The terms named in text, in the order of the list.
    QStringList named(const QString& text) const
    {
        // The quick test on case-folded copies: a case-sensitive search is several times faster
        // than a case-insensitive one, and Qt's case-insensitive search folds the same way.
        const QString folded = text.toCaseFolded();
        QStringList out;
        for (const auto& [term, foldedTerm, re] : m_terms) {
            if (folded.contains(foldedTerm) && re.match(text).hasMatch())
                out << term;
        }
        return out;
    }
    // Whether any term appears in text, case-insensitively, starting a word and possibly
    // ending inside one: "ou équivalent" appears in "ou équivalente" and "or equivalent" in "or
    // equivalents", but not in "for equivalent".
    bool appearsIn(const QString& text) const
    {
        const QString folded = text.toCaseFolded();
        for (const Term& t : m_terms) {
            for (qsizetype at = folded.indexOf(t.folded); at >= 0; at = folded.indexOf(t.folded, at + 1)) {
                if (at == 0 || !folded.at(at - 1).isLetterOrNumber())
                    return true;
            }
        }
        return false;
    }

private:
    struct Term
    {
        QString term;
        QString folded;
        QRegularExpression expression;
    };
    QList<Term> m_terms;
};

// A setting times a count, as the decimal numbers a user writes mean it: 0.28 x 25 is 7, not the
// 7.000000000000001 of binary floating point, so that a value exactly at a threshold compares as
// exactly at it (nine decimals kept).
double product(double setting, double count)
{
    return std::nearbyint(setting * count * 1e9) / 1e9;
}

QString numberText(double d)
{
    return Language::locale().toString(d, 'g', 6);
}

// Items grouped by requirement, in the order they are added: a group ends when the requirement
// changes. The engine adds changes in the dossier's order (m_changes), so each requirement has
// one group. It replaced a map keyed by requirement id, whose lookups compared ids millions of
// times on a large dossier; the engine sorts signals by subject at the end.
template <typename T>
class ByRequirement
{
    using Group = std::pair<const Requirement*, QList<T>>;

public:
    QList<T>& operator[](const Requirement* r)
    {
        if (m_groups.empty() || m_groups.back().first != r)
            m_groups.push_back({r, {}});
        return m_groups.back().second;
    }
    qsizetype size() const { return qsizetype(m_groups.size()); }

    class const_iterator
    {
    public:
        explicit const_iterator(typename std::vector<Group>::const_iterator it)
            : m_it(it)
        { }
        const QString& key() const { return m_it->first->id; }
        const QList<T>& operator*() const { return m_it->second; }
        const QList<T>* operator->() const { return &m_it->second; }
        const_iterator& operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator!=(const const_iterator& other) const { return m_it != other.m_it; }

    private:
        typename std::vector<Group>::const_iterator m_it;
    };
    const_iterator cbegin() const { return const_iterator(m_groups.cbegin()); }
    const_iterator cend() const { return const_iterator(m_groups.cend()); }
    // The groups in the order of their requirement ids (a map's order).
    std::vector<const_iterator> byId() const
    {
        std::vector<const_iterator> out;
        for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
            out.push_back(const_iterator(it));
        std::sort(
            out.begin(), out.end(), [](const const_iterator& a, const const_iterator& b) { return a.key() < b.key(); });
        return out;
    }

private:
    std::vector<Group> m_groups;
};

// Messages list at most this many items; the evidence keeps them all.
constexpr int MaxListed = 5;

// What one detector reports: its coverage and its signals. Each detector has its own, so that
// detectors can run on several threads; the engine merges them in a fixed order.
class Sink
{
public:
    QList<Signal> fired;
    QList<Coverage> coverage;

    void notEvaluated(const char* code, const QStringList& missing)
    {
        coverage.push_back({QString::fromLatin1(code), false, missing.join(u", "_s)});
    }
    void evaluated(const char* code) { coverage.push_back({QString::fromLatin1(code), true, QString()}); }
    // Returns false (and records the coverage) when something is missing.
    bool need(const char* code, const QStringList& missing)
    {
        if (!missing.isEmpty()) {
            notEvaluated(code, missing);
            return false;
        }
        evaluated(code);
        return true;
    }
    void fire(const char* code,
              const QString& subjectId,
              QDate at,
              const QString& message,
              QList<Evidence> evidence,
              std::optional<Severity> severity = std::nullopt,
              const char* subjectKind = nullptr)
    {
        const Entry& e = entry(code);
        Signal s;
        s.code = e.code;
        s.severity = severity.value_or(e.entry->severity);
        s.subjectKind = subjectKind ? QString::fromLatin1(subjectKind) : e.subjectKind;
        s.subjectId = subjectId;
        s.at = at;
        s.message = message;
        // Checked first: removeIf would detach (copy) a list the caller still shares.
        const auto none = [](const Evidence& x) { return x.kind.isEmpty(); };
        if (std::any_of(evidence.cbegin(), evidence.cend(), none))
            evidence.removeIf(none);
        s.evidence = std::move(evidence);
        s.basis = e.basis;
        fired.push_back(std::move(s));
    }
    // A date written for a person, in the language of the analysis. Formatted once per day: a
    // large analysis writes the same few hundred days tens of thousands of times.
    const QString& date(QDate day)
    {
        auto it = m_dates.constFind(day.toJulianDay());
        if (it == m_dates.cend())
            it = m_dates.insert(day.toJulianDay(), Language::date(day));
        return *it;
    }

private:
    // The catalogue's entry, its code, subject kind and translated basis, looked up once.
    struct Entry
    {
        const char* name = nullptr;
        const SignalCatalogue::Entry* entry = nullptr;
        QString code;
        QString subjectKind;
        QString basis;
    };
    const Entry& entry(const char* code)
    {
        if (!m_entry.name || std::strcmp(m_entry.name, code) != 0) {
            m_entry.name = code;
            m_entry.code = QString::fromLatin1(code);
            m_entry.entry = SignalCatalogue::find(m_entry.code);
            Q_ASSERT(m_entry.entry);
            m_entry.subjectKind = QString::fromLatin1(m_entry.entry->subject);
            m_entry.basis = SignalCatalogue::basis(m_entry.code);
        }
        return m_entry;
    }
    Entry m_entry;
    QHash<qint64, QString> m_dates;
};

class Engine
{
public:
    Engine(const Dossier& d, const AnalysisProfile& p)
        : m_d(d)
        , m_p(p)
        , m_q(d)
    {
        if (m_q.opening())
            m_opening = m_q.opening()->at.day();
        m_final = m_q.finalDeadline();
        if (m_d.decision && m_d.decision->selectedVendor)
            m_selected = *m_d.decision->selectedVendor;
        for (const Bid& b : m_d.bids) {
            if (b.statusOrDefault() != BidStatus::Withdrawn)
                m_bids << &b;
        }
        for (const Requirement& r : m_d.requirements) {
            for (const RequirementRevision& rev : r.revisions) {
                if (isChange(rev))
                    m_changes.push_back({&r, &rev});
            }
        }
    }

    void run(Analysis& result);

private:
    struct Change
    {
        const Requirement* requirement;
        const RequirementRevision* revision;
    };

    bool isChange(const RequirementRevision& rev) const
    {
        return rev.rev >= 2 || (m_opening && rev.effectiveAt.day() > *m_opening);
    }
    bool isSignificant(const Requirement& r, const RequirementRevision& rev, QStringList* why) const;
    const Vendor* vendor(const QString& id) const { return m_d.vendor(id); }
    QString vendorName(const QString& id) const
    {
        const Vendor* v = vendor(id);
        return v ? v->name : id;
    }
    // "a; b; c" or, past MaxListed items, "a; b; c; d; e; and 7 more".
    static QString listed(const QStringList& parts, int total)
    {
        QString text = parts.join(u"; "_s);
        if (total > parts.size())
            text += u"; "_s + SignalEngine::tr("and %n more", nullptr, int(total - parts.size()));
        return text;
    }
    QString reqLabel(const Requirement& r) const { return r.title ? r.id + u" (" + *r.title + u')' : r.id; }
    Evidence deadlineEvidence(QDate day) const
    {
        const Event* e = m_q.deadlineEventAt(day);
        return e ? idEvidence(u"event"_s, e->id) : Evidence();
    }
    Evidence finalDeadlineEvidence() const
    {
        const Event* e = m_q.deadlineEventAt(QDate(9999, 12, 31));
        return e ? idEvidence(u"event"_s, e->id) : Evidence();
    }
    Evidence decisionEvidence() const
    {
        Evidence e;
        e.kind = u"decision"_s;
        return e;
    }

    QStringList missingOpening() const
    {
        return m_opening ? QStringList() : QStringList{u"events.consultation_opened"_s};
    }
    QStringList missingDeadline() const { return m_final ? QStringList() : QStringList{u"events.bid_deadline"_s}; }
    QStringList missingSelected() const
    {
        if (!m_d.decision)
            return {u"decision"_s};
        return m_selected.isEmpty() ? QStringList{u"decision.selected_vendor"_s} : QStringList();
    }

    void shortWindow(Sink& out) const;
    void lateChange(Sink& out) const;
    void deadlineNotExtended(Sink& out) const;
    void changeAfterSubmission(Sink& out) const;
    void changeAfterDeadline(Sink& out) const;
    void specChurn(Sink& out) const;
    void addedAfterOpening(Sink& out) const;
    void unexplainedChange(Sink& out) const;
    void brandName(Sink& out) const;
    void tailoredChange(Sink& out) const;
    void winnerOnlyCompliant(Sink& out) const;
    void singleBid(Sink& out) const;
    void fewBids(Sink& out) const;
    void allButWinnerDisqualified(Sink& out) const;
    void noOpenProcedure(Sink& out) const;
    void rushedDecision(Sink& out) const;
    void latePublication(Sink& out) const;
    void claimContradicted(Sink& out) const;
    void selectedNotCompliant(Sink& out) const;
    void extraterritorialExposure(Sink& out) const;
    void missingCertification(Sink& out) const;
    void authorizedDespiteUnacceptable(Sink& out) const;

    const Dossier& m_d;
    const AnalysisProfile& m_p;
    DossierQueries m_q;
    std::optional<QDate> m_opening;
    std::optional<QDate> m_final;
    QString m_selected;
    QList<const Bid*> m_bids; // not withdrawn
    QList<Change> m_changes;
};

bool Engine::isSignificant(const Requirement& r, const RequirementRevision& rev, QStringList* why) const
{
    *why << SignalEngine::significance(r, rev, m_opening);
    return !why->isEmpty();
}

void Engine::run(Analysis& result)
{
    using Detector = void (Engine::*)(Sink&) const;
    // Catalogue order. The costliest on a large dossier are listed first in `schedule`.
    static constexpr Detector detectors[] = {
        &Engine::shortWindow,
        &Engine::lateChange,
        &Engine::deadlineNotExtended,
        &Engine::changeAfterSubmission,
        &Engine::changeAfterDeadline,
        &Engine::specChurn,
        &Engine::addedAfterOpening,
        &Engine::unexplainedChange,
        &Engine::brandName,
        &Engine::tailoredChange,
        &Engine::winnerOnlyCompliant,
        &Engine::singleBid,
        &Engine::fewBids,
        &Engine::allButWinnerDisqualified,
        &Engine::noOpenProcedure,
        &Engine::rushedDecision,
        &Engine::latePublication,
        &Engine::claimContradicted,
        &Engine::selectedNotCompliant,
        &Engine::extraterritorialExposure,
        &Engine::missingCertification,
        &Engine::authorizedDespiteUnacceptable,
    };
    constexpr int count = int(std::size(detectors));
    static constexpr int schedule[count] = {3, 9, 2,  1,  5,  18, 4,  8,  7,  10, 17,
                                            0, 6, 11, 12, 13, 14, 15, 16, 19, 20, 21};
    static_assert(
        [] {
            bool seen[count] = {};
            for (int i : schedule) {
                if (i < 0 || i >= count || seen[i])
                    return false;
                seen[i] = true;
            }
            return true;
        }(),
        "the schedule runs every detector once");

    // The detectors only read the dossier and write to their own sink: they run on every core
    // (two on the reference machine), each thread taking the next detector of the schedule. The
    // result does not depend on which thread ran what.
    std::vector<Sink> sinks(count);
    // This thread runs the first of the schedule (the one that allocates most: memory this
    // thread allocates gets huge pages, see HugePages.h), the others start with the second.
    std::atomic<int> next{1};
    const auto work = [&] {
        for (int i = next++; i < count; i = next++)
            (this->*detectors[schedule[i]])(sinks[size_t(schedule[i])]);
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
    (this->*detectors[schedule[0]])(sinks[size_t(schedule[0])]);
    work();
    for (std::thread& t : threads)
        t.join();

    // Catalogue order, then subject id (then kind, for a code with two kinds of subject).
    QHash<QString, int> order;
    const auto& entries = SignalCatalogue::entries();
    for (int i = 0; i < entries.size(); ++i)
        order.insert(QString::fromLatin1(entries[i].code), i);
    struct Ranked
    {
        int order;
        Signal* signal;
    };
    std::vector<Ranked> ranked;
    QSet<QString> firedCodes;
    QHash<QString, bool> evaluated;
    for (Sink& sink : sinks) {
        for (Signal& s : sink.fired) {
            ranked.push_back({order.value(s.code), &s});
            firedCodes.insert(s.code);
        }
        for (const Coverage& c : sink.coverage) {
            result.coverage.push_back(c);
            evaluated.insert(c.code, c.evaluated);
        }
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
    std::stable_sort(result.coverage.begin(), result.coverage.end(), [&](const Coverage& a, const Coverage& b) {
        return order.value(a.code) < order.value(b.code);
    });
    qint64 numerator = 0;
    qint64 denominator = 0;
    for (const auto& e : entries) {
        IndexComponent c;
        c.code = QString::fromLatin1(e.code);
        c.severity = e.severity;
        c.weight = SignalCatalogue::weight(e.severity);
        c.evaluated = evaluated.value(c.code, false);
        c.fired = firedCodes.contains(c.code);
        if (c.evaluated) {
            denominator += c.weight;
            numerator += c.fired ? c.weight : 0;
        }
        result.breakdown.push_back(c);
    }
    if (denominator > 0) // round half up to tenths, in integers: no binary-fraction surprises
        result.biasIndexTenths = int((2000 * numerator + denominator) / (2 * denominator));
}

void Engine::shortWindow(Sink& out) const
{
    if (!out.need("SHORT_WINDOW", missingOpening() + missingDeadline()))
        return;
    const qint64 window = m_opening->daysTo(*m_final);
    const Procedure procedure = m_d.info.procedureOrDefault();
    const double minimum = m_p.minWindowFor(procedure);
    if (double(window) >= minimum)
        return;
    QString message = SignalEngine::tr("The response window was %n day(s) (%1 to %2), under the %3-day minimum for "
                                       "the procedure \"%4\".",
                                       nullptr,
                                       int(window))
                          .arg(out.date(*m_opening), out.date(*m_final), numberText(minimum), enumName(procedure));
    const double open = m_p.minWindowFor(Procedure::Open);
    if (procedure != Procedure::Open && double(window) < open) {
        message +=
            u' ' + SignalEngine::tr("It is also shorter than the %1 days an open procedure would require (a benchmark "
                                    "where the procedure has no statutory minimum).")
                       .arg(numberText(open));
    }
    QList<Evidence> ev{idEvidence(u"event"_s, m_q.opening()->id)};
    if (m_q.bidDeadline())
        ev << idEvidence(u"event"_s, m_q.bidDeadline()->id);
    for (const Event& e : m_d.events) {
        if (e.kind == EventKind::DeadlineExtended)
            ev << idEvidence(u"event"_s, e.id);
    }
    out.fire("SHORT_WINDOW", m_d.info.id, *m_final, message, ev);
}

void Engine::lateChange(Sink& out) const
{
    if (!out.need("LATE_CHANGE", missingOpening() + missingDeadline()))
        return;
    const double window = double(m_opening->daysTo(*m_final));
    const double threshold = std::max(m_p.lateChangeDays, product(m_p.lateChangeFraction, window));
    ByRequirement<Change> late;
    for (const Change& c : m_changes) {
        const QDate day = c.revision->effectiveAt.day();
        const auto dl = m_q.deadlineAt(day);
        if (!dl)
            continue;
        const qint64 left = day.daysTo(*dl);
        if (left >= 0 && double(left) < threshold)
            late[c.requirement] << c;
    }
    for (auto it = late.cbegin(); it != late.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const Change& c : *it) {
            const QDate day = c.revision->effectiveAt.day();
            const QDate dl = *m_q.deadlineAt(day);
            parts << SignalEngine::tr(
                         "rev %1 on %2, %n day(s) before the deadline then in force (%3)", nullptr, int(day.daysTo(dl)))
                         .arg(c.revision->rev)
                         .arg(out.date(day), out.date(dl));
            ev << revisionEvidence(c.requirement->id, c.revision->rev) << deadlineEvidence(day);
        }
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
        const Requirement& r = *it->front().requirement;
        out.fire("LATE_CHANGE",
                 r.id,
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed late: %2. Threshold: fewer than %3 days (the larger of %4 days and %5 of "
                                  "the %6-day window).")
                     .arg(reqLabel(r),
                          parts.join(u"; "_s),
                          numberText(threshold),
                          numberText(m_p.lateChangeDays),
                          numberText(m_p.lateChangeFraction),
                          numberText(window)),
                 ev);
    }
}

void Engine::deadlineNotExtended(Sink& out) const
{
    if (!out.need("DEADLINE_NOT_EXTENDED", missingDeadline()))
        return;
    const double minimum = m_p.minDaysAfterSignificantChange;
    ByRequirement<std::pair<Change, QString>> found;
    for (const Change& c : m_changes) {
        const QDate day = c.revision->effectiveAt.day();
        const auto dl = m_q.deadlineAt(day);
        if (!dl || double(day.daysTo(*dl)) >= minimum)
            continue; // checked first: it is cheaper than the significance, which reads the texts
        QStringList why;
        if (!isSignificant(*c.requirement, *c.revision, &why))
            continue;
        // A later extension (on a later day) that gave bidders at least `minimum` days after it.
        const bool restored = std::any_of(m_d.events.cbegin(), m_d.events.cend(), [&](const Event& e) {
            return e.kind == EventKind::DeadlineExtended && e.at.day() > day &&
                   double(day.daysTo(e.newDeadline->day())) >= minimum;
        });
        if (!restored)
            found[c.requirement].push_back({c, why.join(u", "_s)});
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const auto& [c, why] : *it) {
            const QDate day = c.revision->effectiveAt.day();
            const QDate dl = *m_q.deadlineAt(day);
            // On or after the deadline then in force, it counts too (0 days left, or fewer): said
            // as days late, never as a negative count.
            const qint64 left = day.daysTo(dl);
            if (left > 0) {
                parts << SignalEngine::tr("rev %1 on %2 (%3) left %n day(s) until %4", nullptr, int(left))
                             .arg(c.revision->rev)
                             .arg(out.date(day), why, out.date(dl));
            } else if (left == 0) {
                parts << SignalEngine::tr("rev %1 on %2 (%3) came on the day of the deadline then in force")
                             .arg(c.revision->rev)
                             .arg(out.date(day), why);
            } else {
                parts << SignalEngine::tr("rev %1 on %2 (%3) came %n day(s) after the deadline then in force (%4)",
                                          nullptr,
                                          int(-left))
                             .arg(c.revision->rev)
                             .arg(out.date(day), why, out.date(dl));
            }
            ev << revisionEvidence(c.requirement->id, c.revision->rev) << deadlineEvidence(day);
        }
        ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
        const Requirement& r = *it->front().first.requirement;
        out.fire("DEADLINE_NOT_EXTENDED",
                 r.id,
                 it->front().first.revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed significantly: %2; no later extension gave bidders %3 days.")
                     .arg(reqLabel(r), parts.join(u"; "_s), numberText(minimum)),
                 ev);
    }
}

void Engine::changeAfterSubmission(Sink& out) const
{
    if (!out.need("CHANGE_AFTER_SUBMISSION", missingDeadline()))
        return;
    // Compact copies of what the loops below compare, for each requirement (by index in the
    // dossier): its changes (day and rev) and the rev in force at the final deadline (0: none).
    // Following pointers to revisions and answers for every (bid, requirement) pair cost more
    // than the comparisons themselves on a large dossier.
    struct Step
    {
        QDate day;
        int rev;
    };
    const qsizetype n = m_d.requirements.size();
    std::vector<Step> steps;
    std::vector<qsizetype> stepsFrom(size_t(n) + 1, 0); // requirement i: [stepsFrom[i], stepsFrom[i + 1])
    std::vector<int> inForceAtEnd(size_t(n), 0);
    {
        qsizetype c = 0;
        for (qsizetype i = 0; i < n; ++i) {
            stepsFrom[size_t(i)] = qsizetype(steps.size());
            const Requirement* req = &m_d.requirements[i];
            for (; c < m_changes.size() && m_changes[c].requirement == req; ++c)
                steps.push_back({m_changes[c].revision->effectiveAt.day(), m_changes[c].revision->rev});
            if (stepsFrom[size_t(i)] != qsizetype(steps.size())) {
                const RequirementRevision* inForce = DossierQueries::inForce(*req, *m_final);
                inForceAtEnd[size_t(i)] = inForce ? inForce->rev : 0;
            }
        }
        stepsFrom[size_t(n)] = qsizetype(steps.size());
    }
    // Per requirement answered by a bid: the lowest revision answered, and the revision of the
    // latest answer given by the final deadline.
    struct Answered
    {
        int lowestRev = std::numeric_limits<int>::max();
        int latestRev = 0; // 0: no answer by the final deadline
        Moment latestAt;
    };
    std::vector<Answered> answered{size_t(n), Answered()};
    for (const Bid* b : m_bids) {
        const QDate submitted = b->submittedAt.day();
        std::fill(answered.begin(), answered.end(), Answered());
        qsizetype next = 0;
        for (const Response& r : b->responses) {
            const qsizetype req = m_q.requirementIndex(r.requirement, next);
            if (req < 0)
                continue; // a valid dossier answers only its own requirements
            next = req + 1;
            Answered& a = answered[size_t(req)];
            a.lowestRev = std::min(a.lowestRev, r.rev);
            const Moment& at = b->answeredAt(r);
            // The answers come in the file's order: a later one on an equal moment wins.
            if (at.day() <= *m_final && (a.latestRev == 0 || !Moment::isEarlier(at, a.latestAt))) {
                a.latestRev = r.rev;
                a.latestAt = at;
            }
        }
        // The stale answers first, then the evidence in one allocation (16,000 answers a bid in
        // the benchmark: a growing list would copy them over and over).
        struct Stale
        {
            qsizetype requirement;
            const Step* change;
        };
        std::vector<Stale> stale;
        for (qsizetype i = 0; i < n; ++i) {
            const Answered& found = answered[size_t(i)];
            if (found.latestRev == 0 || inForceAtEnd[size_t(i)] == found.latestRev)
                continue; // no answer, or an answer to the revision in force: not stale
            // The first change after submission to a revision later than one the bid answered:
            // the one that left the answer behind (the requirement's history shows any later one).
            const Step* begin = steps.data() + stepsFrom[size_t(i)];
            const Step* end = steps.data() + stepsFrom[size_t(i) + 1];
            const Step* change = std::find_if(
                begin, end, [&](const Step& step) { return step.day > submitted && found.lowestRev < step.rev; });
            if (change != end)
                stale.push_back({i, change});
        }
        if (stale.empty())
            continue;
        QStringList parts;
        int hits = 0;
        QList<Evidence> ev;
        ev.reserve(1 + 2 * qsizetype(stale.size()));
        ev << idEvidence(u"bid"_s, b->id);
        QDate first;
        for (const auto& [i, change] : stale) {
            const Answered& found = answered[size_t(i)];
            const Requirement& req = m_d.requirements[i];
            const QDate day = change->day;
            if (++hits <= MaxListed) {
                parts << SignalEngine::tr("%1 rev %2 on %3 (the bid's answer is to rev %4)")
                             .arg(req.id)
                             .arg(change->rev)
                             .arg(out.date(day))
                             .arg(found.latestRev);
            }
            ev << revisionEvidence(req.id, change->rev) << answerEvidence(b->id, req.id, found.latestRev);
            if (!first.isValid() || day < first)
                first = day;
        }
        out.fire("CHANGE_AFTER_SUBMISSION",
                 b->id,
                 first,
                 SignalEngine::tr("Bid %1 (%2), submitted %3, answered revisions that changed afterwards and were not "
                                  "answered again by the final deadline (%4): %5.")
                     .arg(b->id, vendorName(b->vendor), out.date(submitted), out.date(*m_final), listed(parts, hits)),
                 ev);
    }
}

void Engine::changeAfterDeadline(Sink& out) const
{
    if (!out.need("CHANGE_AFTER_DEADLINE", missingDeadline()))
        return;
    ByRequirement<Change> after;
    for (const Change& c : m_changes) {
        if (c.revision->effectiveAt.day() > *m_final)
            after[c.requirement] << c;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QStringList parts;
        QList<Evidence> ev;
        for (const Change& c : *it) {
            parts << SignalEngine::tr("rev %1 on %2").arg(c.revision->rev).arg(out.date(c.revision->effectiveAt.day()));
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
        }
        ev << finalDeadlineEvidence();
        out.fire("CHANGE_AFTER_DEADLINE",
                 it->front().requirement->id,
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed after the final deadline (%2): %3.")
                     .arg(reqLabel(*it->front().requirement), out.date(*m_final), parts.join(u", "_s)),
                 ev);
    }
}

void Engine::specChurn(Sink& out) const
{
    if (!out.need("SPEC_CHURN", missingOpening() + missingDeadline()))
        return;
    ByRequirement<Change> inWindow;
    for (const Change& c : m_changes) {
        const QDate day = c.revision->effectiveAt.day();
        if (day >= *m_opening && day <= *m_final)
            inWindow[c.requirement] << c;
    }
    for (auto it = inWindow.cbegin(); it != inWindow.cend(); ++it) {
        if (it->size() < m_p.churnChanges)
            continue;
        QList<Evidence> ev;
        QStringList days;
        for (const Change& c : *it) {
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
            days << out.date(c.revision->effectiveAt.day());
        }
        out.fire("SPEC_CHURN",
                 it->front().requirement->id,
                 (*it)[m_p.churnChanges - 1].revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed %n time(s) during the response window (%2).", nullptr, int(it->size()))
                     .arg(reqLabel(*it->front().requirement), days.join(u", "_s)),
                 ev);
    }
    const int total = int(m_d.requirements.size());
    const int changed = int(inWindow.size());
    const double share = product(m_p.churnShare, double(total)); // requirements needed
    if (total == 0 || changed == 0 || double(changed) < share)
        return;
    // The day the share was reached: each requirement counts from its first change in the window.
    QList<QDate> firsts;
    QList<Evidence> ev;
    for (const auto& it : inWindow.byId()) {
        firsts << it->front().revision->effectiveAt.day();
        ev << revisionEvidence(it.key(), it->front().revision->rev);
    }
    std::sort(firsts.begin(), firsts.end());
    const int needed = std::max(1, int(std::ceil(share)));
    const QDate reached = firsts[std::min<qsizetype>(needed, firsts.size()) - 1];
    out.fire("SPEC_CHURN",
             m_d.info.id,
             reached,
             SignalEngine::tr("%1 of %2 requirements (%3%) changed during the response window (%4 to %5); the "
                              "threshold is %6%.")
                 .arg(changed)
                 .arg(total)
                 .arg(numberText(std::round(1000.0 * changed / total) / 10.0))
                 .arg(out.date(*m_opening), out.date(*m_final))
                 .arg(numberText(m_p.churnShare * 100)),
             ev,
             std::nullopt,
             "dossier");
}

void Engine::addedAfterOpening(Sink& out) const
{
    if (!out.need("ADDED_AFTER_OPENING", missingOpening()))
        return;
    for (const Requirement& r : m_d.requirements) {
        const QDate day = r.revisions.front().effectiveAt.day();
        if (day <= *m_opening)
            continue;
        out.fire("ADDED_AFTER_OPENING",
                 r.id,
                 day,
                 SignalEngine::tr("%1 was added on %2, %n day(s) after the consultation opened (%3).",
                                  nullptr,
                                  int(m_opening->daysTo(day)))
                     .arg(reqLabel(r), out.date(day), out.date(*m_opening)),
                 {revisionEvidence(r.id, 1), idEvidence(u"event"_s, m_q.opening()->id)});
    }
}

void Engine::unexplainedChange(Sink& out) const
{
    out.evaluated("UNEXPLAINED_CHANGE");
    ByRequirement<Change> found;
    for (const Change& c : m_changes) {
        if (!c.revision->rationale || c.revision->rationale->trimmed().isEmpty())
            found[c.requirement] << c;
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QStringList revs;
        QList<Evidence> ev;
        for (const Change& c : *it) {
            revs << SignalEngine::tr("rev %1 on %2").arg(c.revision->rev).arg(out.date(c.revision->effectiveAt.day()));
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
        }
        out.fire("UNEXPLAINED_CHANGE",
                 it.key(),
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed without a stated reason: %2.")
                     .arg(reqLabel(*it->front().requirement), revs.join(u", "_s)),
                 ev);
    }
}

void Engine::brandName(Sink& out) const
{
    out.evaluated("BRAND_NAME");
    const TermMatcher brands(m_p.brandTerms);
    const TermMatcher equivalents(m_p.equivalenceTerms);
    const QDate end(9999, 12, 31); // the dossier has been filtered to what exists
    for (const Requirement& r : m_d.requirements) {
        const RequirementRevision* rev = DossierQueries::inForce(r, end);
        if (!rev || !rev->isActive() || !rev->text)
            continue;
        const QStringList named = brands.named(*rev->text);
        if (named.isEmpty() || equivalents.appearsIn(*rev->text))
            continue;
        out.fire("BRAND_NAME",
                 r.id,
                 rev->effectiveAt.day(),
                 SignalEngine::tr("The text in force of %1 (rev %2) names %3 without \"or equivalent\".")
                     .arg(reqLabel(r))
                     .arg(rev->rev)
                     .arg(named.join(u", "_s)),
                 {revisionEvidence(r.id, rev->rev)});
    }
}

void Engine::tailoredChange(Sink& out) const
{
    if (!out.need("TAILORED_CHANGE", missingSelected()))
        return;
    QSet<QString> vendors;
    for (const Bid* b : m_bids)
        vendors.insert(b->vendor);
    QStringList others = vendors.values();
    others.removeAll(m_selected);
    std::sort(others.begin(), others.end());
    const int winnerIndex = m_q.vendorIndex(m_selected);
    if (winnerIndex < 0)
        return; // the selected vendor answered nothing: it complies with no revision

    using Answer = DossierQueries::Answer;
    const auto isFull = [](const Answer& a) { return a && a.response->compliance == Compliance::Full; };
    // Walks a vendor's answers (grouped by requirement, in the order given): for each
    // requirement, `latest[k]` is its latest answer pinned to rev k, then `visit(index, latest)`.
    std::vector<Answer> latest;
    const auto eachRequirement = [&](int vendor, const auto& visit) {
        const DossierQueries::Span span = m_q.answersOf(vendor);
        for (const auto* p = span.begin; p != span.end;) {
            const int index = p->requirement;
            const Requirement& r = m_d.requirements[index];
            latest.assign(size_t(r.revisions.size()) + 1, Answer());
            for (; p != span.end && p->requirement == index; ++p) {
                if (p->response->rev >= 1 && p->response->rev <= r.revisions.size())
                    latest[size_t(p->response->rev)] = {p->bid, p->response};
            }
            visit(index, r);
        }
    };
    // The revisions k >= 2 of each requirement that the selected vendor's latest answer to k
    // meets in full, with that answer.
    struct WinnerFull
    {
        const RequirementRevision* revision;
        Answer answer;
    };
    std::vector<QList<WinnerFull>> winnerFull(size_t(m_d.requirements.size()));
    eachRequirement(winnerIndex, [&](int index, const Requirement& r) {
        for (const RequirementRevision& rev : r.revisions) {
            if (rev.rev >= 2 && rev.rev < int(latest.size()) && isFull(latest[size_t(rev.rev)]))
                winnerFull[size_t(index)].push_back({&rev, latest[size_t(rev.rev)]});
        }
    });
    // Another vendor went from full on rev k-1 to less on rev k, where the winner is full on k.
    struct Hit
    {
        const RequirementRevision* revision;
        const QString* vendor;
        Answer before;
        Answer after;
        Answer winner;
    };
    std::vector<QList<Hit>> hits(size_t(m_d.requirements.size()));
    for (const QString& v : others) {
        eachRequirement(m_q.vendorIndex(v), [&](int index, const Requirement&) {
            for (const auto& [revision, winner] : winnerFull[size_t(index)]) {
                const Answer& before = latest[size_t(revision->rev) - 1];
                const Answer& after = latest[size_t(revision->rev)];
                if (isFull(before) && after && !isFull(after))
                    hits[size_t(index)].push_back({revision, &v, before, after, winner});
            }
        });
    }
    for (qsizetype index = 0; index < m_d.requirements.size(); ++index) {
        const QList<Hit>& found = hits[size_t(index)];
        if (found.isEmpty())
            continue;
        const Requirement& r = m_d.requirements[index];
        QList<Evidence> ev;
        QStringList parts;
        QDate first;
        for (const Hit& h : found) {
            const RequirementRevision& rev = *h.revision;
            const int k = rev.rev;
            ev << revisionEvidence(r.id, k) << answerEvidence(h.before.bid->id, r.id, k - 1)
               << answerEvidence(h.after.bid->id, r.id, k) << answerEvidence(h.winner.bid->id, r.id, k);
            if (parts.size() < MaxListed) {
                parts << SignalEngine::tr("rev %1 (%2): %3 went from full on rev %4 to %5, while %6 is full")
                             .arg(k)
                             .arg(out.date(rev.effectiveAt.day()), vendorName(*h.vendor))
                             .arg(k - 1)
                             .arg(enumName(h.after.response->compliance), vendorName(m_selected));
            }
            if (!first.isValid() || rev.effectiveAt.day() < first)
                first = rev.effectiveAt.day();
        }
        // Keep each piece of evidence once, in the order first seen.
        QList<Evidence> unique;
        for (const Evidence& e : ev) {
            if (!unique.contains(e))
                unique << e;
        }
        out.fire("TAILORED_CHANGE",
                 r.id,
                 first,
                 SignalEngine::tr("%1: a change turned another vendor's full compliance into less, while the selected "
                                  "vendor complies: %2.")
                     .arg(reqLabel(r), listed(parts, int(found.size()))),
                 unique);
    }
}

void Engine::winnerOnlyCompliant(Sink& out) const
{
    // With fewer than two bids it cannot fire, whatever else is missing: nothing missing could
    // change the result (docs/signals.md, "missing means it could change the result").
    if (!out.need("WINNER_ONLY_COMPLIANT", m_bids.size() < 2 ? QStringList() : missingSelected() + missingDeadline()))
        return;
    if (m_bids.size() < 2)
        return;
    QSet<QString> vendorSet;
    for (const Bid* b : m_bids)
        vendorSet.insert(b->vendor);
    for (const auto& state : m_q.requirementsInForce(*m_final)) {
        if (!state.revision->isMandatory())
            continue;
        const Requirement& r = *state.requirement;
        if (!m_q.isCompliant(m_selected, r, *m_final))
            continue;
        bool other = false;
        for (const QString& v : vendorSet) {
            if (v != m_selected && m_q.isCompliant(v, r, *m_final)) {
                other = true;
                break;
            }
        }
        if (other)
            continue;
        const auto a = m_q.answerAsOf(m_selected, r.id, *m_final);
        out.fire(
            "WINNER_ONLY_COMPLIANT",
            r.id,
            *m_final,
            SignalEngine::tr("At the final deadline (%1), %2 is the only bidder compliant with mandatory requirement "
                             "%3 (rev %4), out of %n bid(s).",
                             nullptr,
                             int(m_bids.size()))
                .arg(out.date(*m_final), vendorName(m_selected), reqLabel(r))
                .arg(state.revision->rev),
            {revisionEvidence(r.id, state.revision->rev), answerEvidence(a.bid->id, r.id, a.response->rev)});
    }
}

void Engine::singleBid(Sink& out) const
{
    out.evaluated("SINGLE_BID");
    if (m_bids.size() != 1)
        return;
    const Bid* b = m_bids.front();
    out.fire("SINGLE_BID",
             m_d.info.id,
             b->submittedAt.day(),
             SignalEngine::tr("Only one bid was received (and not withdrawn): %1 from %2.")
                 .arg(b->id, vendorName(b->vendor)),
             {idEvidence(u"bid"_s, b->id)});
}

void Engine::fewBids(Sink& out) const
{
    out.evaluated("FEW_BIDS");
    const int n = int(m_bids.size());
    if (n < 2 || n >= m_p.fewBidsBelow)
        return;
    QList<Evidence> ev;
    QDate last;
    for (const Bid* b : m_bids) {
        ev << idEvidence(u"bid"_s, b->id);
        last = std::max(last, b->submittedAt.day());
    }
    out.fire("FEW_BIDS",
             m_d.info.id,
             last,
             SignalEngine::tr("Only %n bid(s) not withdrawn, fewer than %1.", nullptr, n).arg(m_p.fewBidsBelow),
             ev);
}

void Engine::allButWinnerDisqualified(Sink& out) const
{
    if (!out.need("ALL_BUT_WINNER_DISQUALIFIED", missingSelected()))
        return;
    QList<const Bid*> others;
    for (const Bid* b : m_bids) {
        if (b->vendor != m_selected)
            others << b;
    }
    if (others.isEmpty())
        return;
    if (!std::all_of(others.cbegin(), others.cend(), [](const Bid* b) {
            return b->statusOrDefault() == BidStatus::Disqualified;
        }))
        return;
    QList<Evidence> ev;
    QStringList names;
    for (const Bid* b : others) {
        ev << idEvidence(u"bid"_s, b->id);
        names << b->id + u" (" + vendorName(b->vendor) + u')';
    }
    out.fire(
        "ALL_BUT_WINNER_DISQUALIFIED",
        m_d.info.id,
        m_d.decision && m_d.decision->decidedAt ? m_d.decision->decidedAt->day() : QDate(),
        SignalEngine::tr("Every bid other than the selected vendor's was disqualified: %1.").arg(names.join(u", "_s)),
        ev);
}

void Engine::noOpenProcedure(Sink& out) const
{
    if (!m_d.info.procedure || *m_d.info.procedure == Procedure::Unknown) {
        out.notEvaluated("NO_OPEN_PROCEDURE", {u"dossier.procedure"_s});
        return;
    }
    out.evaluated("NO_OPEN_PROCEDURE");
    const Procedure p = *m_d.info.procedure;
    if (p != Procedure::DirectAward && p != Procedure::NegotiatedWithoutPublication)
        return;
    QDate at = m_opening.value_or(QDate());
    if (!at.isValid() && m_d.decision && m_d.decision->decidedAt)
        at = m_d.decision->decidedAt->day();
    // The evidence: the decision that chose the provider, and the opening when there was one.
    QList<Evidence> ev;
    if (m_d.decision)
        ev << decisionEvidence();
    if (m_opening)
        ev << idEvidence(u"event"_s, m_q.opening()->id);
    out.fire(
        "NO_OPEN_PROCEDURE",
        m_d.info.id,
        at,
        SignalEngine::tr("The provider was chosen without a call for competition (procedure \"%1\").").arg(enumName(p)),
        ev);
}

void Engine::rushedDecision(Sink& out) const
{
    QStringList missing = missingDeadline();
    if (!m_d.decision || !m_d.decision->decidedAt)
        missing << u"decision.decided_at"_s;
    if (!out.need("RUSHED_DECISION", missing))
        return;
    const QDate decided = m_d.decision->decidedAt->day();
    const qint64 days = m_final->daysTo(decided);
    if (double(days) >= m_p.minEvaluationDays)
        return;
    const bool before = days < 0;
    out.fire(
        "RUSHED_DECISION",
        m_d.info.id,
        decided,
        before
            ? SignalEngine::tr("The decision (%1) came %n day(s) before the final deadline (%2).", nullptr, int(-days))
                  .arg(out.date(decided), out.date(*m_final))
            : SignalEngine::tr("The decision (%1) came %n day(s) after the final deadline (%2), under the %3 days "
                               "set for evaluating the bids.",
                               nullptr,
                               int(days))
                  .arg(out.date(decided), out.date(*m_final), numberText(m_p.minEvaluationDays)),
        {decisionEvidence(), finalDeadlineEvidence()},
        before ? Severity::High : Severity::Medium);
}

void Engine::latePublication(Sink& out) const
{
    QStringList missing;
    if (!m_d.decision || !m_d.decision->decidedAt)
        missing << u"decision.decided_at"_s;
    if (!m_d.decision || !m_d.decision->publishedAt)
        missing << u"decision.published_at"_s;
    if (!out.need("LATE_PUBLICATION", missing))
        return;
    const QDate decided = m_d.decision->decidedAt->day();
    const QDate published = m_d.decision->publishedAt->day();
    const qint64 days = decided.daysTo(published);
    if (double(days) <= m_p.maxPublicationDelayDays)
        return;
    out.fire(
        "LATE_PUBLICATION",
        m_d.info.id,
        published,
        SignalEngine::tr("The decision of %1 was published on %2, %n day(s) later (more than %3).", nullptr, int(days))
            .arg(out.date(decided), out.date(published), numberText(m_p.maxPublicationDelayDays)),
        {decisionEvidence()});
}

void Engine::claimContradicted(Sink& out) const
{
    QStringList missing = missingSelected();
    const bool hasTestable = m_d.decision && std::any_of(m_d.decision->claims.cbegin(),
                                                         m_d.decision->claims.cend(),
                                                         [](const Claim& c) { return c.kind != ClaimKind::Other; });
    if (m_d.decision && !hasTestable)
        missing << u"decision.claims"_s;
    // "No compliant alternative" is tested at the final deadline, unless no other bidder exists.
    const bool otherBidder =
        std::any_of(m_bids.cbegin(), m_bids.cend(), [&](const Bid* b) { return b->vendor != m_selected; });
    const bool needsDeadline = hasTestable && otherBidder &&
                               std::any_of(m_d.decision->claims.cbegin(),
                                           m_d.decision->claims.cend(),
                                           [](const Claim& c) { return c.kind == ClaimKind::NoCompliantAlternative; });
    // "No alternative offer" needs no deadline: when such a claim is contradicted, the code fires
    // (no false clear) and only the "no compliant alternative" claims wait for a deadline.
    const bool offerClaimFires = hasTestable && otherBidder &&
                                 std::any_of(m_d.decision->claims.cbegin(),
                                             m_d.decision->claims.cend(),
                                             [](const Claim& c) { return c.kind == ClaimKind::NoAlternativeOffer; });
    if (needsDeadline && !offerClaimFires)
        missing += missingDeadline();
    if (!out.need("CLAIM_CONTRADICTED", missing))
        return;
    QList<const Bid*> others;
    for (const Bid* b : m_bids) {
        if (b->vendor != m_selected)
            others << b;
    }
    const QDate decided = m_d.decision->decidedAt ? m_d.decision->decidedAt->day() : QDate();
    for (const Claim& claim : m_d.decision->claims) {
        if (claim.kind == ClaimKind::NoAlternativeOffer && !others.isEmpty()) {
            QList<Evidence> ev{idEvidence(u"claim"_s, claim.id)};
            QStringList names;
            for (const Bid* b : others) {
                ev << idEvidence(u"bid"_s, b->id);
                // The status in the analysis's language ("disqualified", "écartée").
                names << b->id + u" (" + vendorName(b->vendor) + u", " + Labels::of(b->statusOrDefault()).toLower() +
                             u')';
            }
            out.fire(
                "CLAIM_CONTRADICTED",
                claim.id,
                decided,
                SignalEngine::tr("Claim %1 says there was no alternative offer, but the file holds %n other bid(s) not "
                                 "withdrawn: %2.",
                                 nullptr,
                                 int(others.size()))
                    .arg(claim.id, names.join(u", "_s)),
                ev);
        } else if (claim.kind == ClaimKind::NoCompliantAlternative && m_final) {
            const auto mandatory = m_q.requirementsInForce(*m_final);
            QSet<QString> seen;
            QList<Evidence> ev{idEvidence(u"claim"_s, claim.id)};
            QStringList names;
            for (const Bid* b : others) {
                if (seen.contains(b->vendor))
                    continue;
                seen.insert(b->vendor);
                bool all = true;
                for (const auto& s : mandatory) {
                    if (s.revision->isMandatory() && !m_q.isCompliant(b->vendor, *s.requirement, *m_final)) {
                        all = false;
                        break;
                    }
                }
                if (!all)
                    continue;
                names << vendorName(b->vendor);
                for (const Bid* vb : others) {
                    if (vb->vendor == b->vendor)
                        ev << idEvidence(u"bid"_s, vb->id);
                }
            }
            if (names.isEmpty())
                continue;
            out.fire("CLAIM_CONTRADICTED",
                     claim.id,
                     decided,
                     SignalEngine::tr("Claim %1 says no alternative was compliant, but at the final deadline (%2) %3 "
                                      "complied with every mandatory requirement in force.")
                         .arg(claim.id, out.date(*m_final), names.join(u", "_s)),
                     ev);
        }
    }
}

void Engine::selectedNotCompliant(Sink& out) const
{
    if (!out.need("SELECTED_NOT_COMPLIANT", missingSelected() + missingDeadline()))
        return;
    for (const auto& state : m_q.requirementsInForce(*m_final)) {
        if (!state.revision->isMandatory())
            continue;
        const Requirement& r = *state.requirement;
        if (m_q.isCompliant(m_selected, r, *m_final))
            continue;
        const auto a = m_q.answerAsOf(m_selected, r.id, *m_final);
        QString what;
        QList<Evidence> ev{revisionEvidence(r.id, state.revision->rev)};
        if (!a) {
            what = SignalEngine::tr("no answer");
        } else {
            ev << answerEvidence(a.bid->id, r.id, a.response->rev);
            what = a.response->rev != state.revision->rev
                       ? SignalEngine::tr("a stale answer (to rev %1)").arg(a.response->rev)
                       : SignalEngine::tr("\"%1\"").arg(enumName(a.response->compliance));
        }
        out.fire(
            "SELECTED_NOT_COMPLIANT",
            r.id,
            *m_final,
            SignalEngine::tr("At the final deadline (%1), the selected vendor %2 gave %3 for mandatory requirement %4 "
                             "(rev %5 in force).")
                .arg(out.date(*m_final), vendorName(m_selected), what, reqLabel(r))
                .arg(state.revision->rev),
            ev);
    }
}

void Engine::extraterritorialExposure(Sink& out) const
{
    const Sensitivity s = m_d.info.sensitivityOrDefault();
    const bool sensitive = s == Sensitivity::Health || s == Sensitivity::Personal;
    // Other data cannot fire it, whoever is selected: nothing is missing then.
    QStringList missing = sensitive ? missingSelected() : QStringList();
    const Vendor* v = missing.isEmpty() && sensitive ? vendor(m_selected) : nullptr;
    QStringList reasons;
    QStringList laws;
    // The laws that reach a country, added to `laws`; false when none does.
    const auto exposed = [&](const std::optional<QString>& country) {
        if (!country)
            return false;
        const auto it = m_p.exposedJurisdictions.constFind(country->toUpper());
        if (it == m_p.exposedJurisdictions.cend())
            return false;
        for (const QString& law : *it) {
            if (!laws.contains(law))
                laws << law;
        }
        return true;
    };
    if (v && exposed(v->country))
        reasons << SignalEngine::tr("the vendor is established in %1").arg(v->country->toUpper());
    if (v && exposed(v->parentCountry)) {
        reasons << SignalEngine::tr("its parent %1 is established in %2")
                       .arg(v->parent.value_or(SignalEngine::tr("company")), v->parentCountry->toUpper());
    }
    // Not exposed as far as the dossier says: clear only when it says where the vendor, and its
    // parent if it names one, are established (never a false "clear").
    if (v && reasons.isEmpty()) {
        if (!v->country)
            missing << u"vendors.%1.country"_s.arg(v->id);
        if (v->parent && !v->parentCountry)
            missing << u"vendors.%1.parent_country"_s.arg(v->id);
    }
    if (!out.need("EXTRATERRITORIAL_EXPOSURE", missing) || reasons.isEmpty())
        return;
    out.fire("EXTRATERRITORIAL_EXPOSURE",
             v->id,
             m_d.decision->decidedAt ? m_d.decision->decidedAt->day() : QDate(),
             SignalEngine::tr("%1 will host %2 data, and %3: exposed to %4.")
                 .arg(v->name, enumName(s), reasons.join(u"; "_s), laws.join(u", "_s)),
             {idEvidence(u"vendor"_s, v->id)});
}

void Engine::missingCertification(Sink& out) const
{
    // With no certification required it cannot fire, whoever is selected and whenever decided.
    const bool noneRequired = m_d.info.requiredCertifications && m_d.info.requiredCertifications->isEmpty();
    QStringList missing = noneRequired ? QStringList() : missingSelected();
    if (!noneRequired && (!m_d.decision || !m_d.decision->decidedAt))
        missing << u"decision.decided_at"_s;
    if (!m_d.info.requiredCertifications)
        missing << u"dossier.required_certifications"_s;
    if (!out.need("MISSING_CERTIFICATION", missing) || noneRequired)
        return;
    const QDate decided = m_d.decision->decidedAt->day();
    const Vendor* v = vendor(m_selected);
    QStringList lacking;
    for (const QString& scheme : *m_d.info.requiredCertifications) {
        const bool held =
            v && std::any_of(v->certifications.cbegin(), v->certifications.cend(), [&](const Certification& c) {
                return c.scheme.compare(scheme, Qt::CaseInsensitive) == 0 &&
                       (!c.validFrom || c.validFrom->day() <= decided) &&
                       (!c.validUntil || c.validUntil->day() >= decided);
            });
        if (!held)
            lacking << scheme;
    }
    if (lacking.isEmpty())
        return;
    out.fire(
        "MISSING_CERTIFICATION",
        m_selected,
        decided,
        SignalEngine::tr("On the day of the decision (%1), %2 did not hold a valid %3 certification required by the "
                         "dossier.")
            .arg(out.date(decided), vendorName(m_selected), lacking.join(u", "_s)),
        {idEvidence(u"vendor"_s, m_selected), decisionEvidence()});
}

void Engine::authorizedDespiteUnacceptable(Sink& out) const
{
    // The assessment is missing only when the outcome authorises: with any other outcome, or
    // with no decision (as of a day before it), nothing authorises, and it cannot fire.
    const Outcome o = m_d.decision ? m_d.decision->outcomeOrDefault() : Outcome::Pending;
    const bool authorises = o == Outcome::Authorized || o == Outcome::AuthorizedWithConditions;
    QStringList missing;
    if (authorises && m_d.assessment.isEmpty())
        missing << u"assessment"_s;
    if (!out.need("AUTHORIZED_DESPITE_UNACCEPTABLE", missing))
        return;
    if (!authorises)
        return;
    QList<Evidence> ev{decisionEvidence()};
    QStringList names;
    for (const Criterion& c : m_d.assessment) {
        if (c.statusOrDefault() == AssessmentStatus::Unacceptable) {
            ev << idEvidence(u"criterion"_s, c.criterion);
            names << (c.title ? c.criterion + u" (" + AssessmentTemplate::titleOf(c) + u')' : c.criterion);
        }
    }
    if (names.isEmpty())
        return;
    out.fire("AUTHORIZED_DESPITE_UNACCEPTABLE",
             m_d.info.id,
             m_d.decision->decidedAt ? m_d.decision->decidedAt->day() : QDate(),
             SignalEngine::tr("The outcome is \"%1\" although the assessment rates %n criterion(s) unacceptable: %2.",
                              nullptr,
                              int(names.size()))
                 .arg(enumName(o), names.join(u"; "_s)),
             ev);
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
        Engine(existing, profile).run(out);
    } else if (std::any_of(dossier.bids.cbegin(), dossier.bids.cend(), [](const Bid& b) { return b.statusAt; })) {
        Dossier atTheEnd = dossier;
        statusesResolved(atTheEnd);
        Engine(atTheEnd, profile).run(out);
    } else {
        Engine(dossier, profile).run(out);
    }
    return out;
}

} // namespace hostreview
