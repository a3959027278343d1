// SPDX-License-Identifier: EUPL-1.2
// Detectors of the specification family: how the requirements changed: churn, additions, unexplained changes, brand
// names, changes tailored to a vendor.
#include "analysis/signals/Detection.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hostreview::detectors {

namespace {

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

} // namespace

void specChurn(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingOpening() + ctx.missingDeadline()))
        return;
    ByRequirement<SignalContext::Change> inWindow;
    for (const SignalContext::Change& c : ctx.changes) {
        const QDate day = c.revision->effectiveAt.day();
        if (day >= *ctx.opening && day <= *ctx.finalDeadline)
            inWindow[c.requirement] << c;
    }
    for (auto it = inWindow.cbegin(); it != inWindow.cend(); ++it) {
        if (it->size() < ctx.profile.churnChanges)
            continue;
        QList<Evidence> ev;
        QStringList days;
        for (const SignalContext::Change& c : *it) {
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
            days << out.date(c.revision->effectiveAt.day());
        }
        out.fire(it->front().requirement->id,
                 (*it)[ctx.profile.churnChanges - 1].revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed %n time(s) during the response window (%2).", nullptr, int(it->size()))
                     .arg(ctx.reqLabel(*it->front().requirement), days.join(u", "_s)),
                 ev);
    }
    const int total = int(ctx.d.requirements.size());
    const int changed = int(inWindow.size());
    const double share = product(ctx.profile.churnShare, double(total)); // requirements needed
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
    out.fire(ctx.d.info.id,
             reached,
             SignalEngine::tr("%1 of %2 requirements (%3%) changed during the response window (%4 to %5); the "
                              "threshold is %6%.")
                 .arg(changed)
                 .arg(total)
                 .arg(numberText(std::round(1000.0 * changed / total) / 10.0))
                 .arg(out.date(*ctx.opening), out.date(*ctx.finalDeadline))
                 .arg(numberText(ctx.profile.churnShare * 100)),
             ev,
             std::nullopt,
             "dossier");
}

void addedAfterOpening(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingOpening()))
        return;
    for (const Requirement& r : ctx.d.requirements) {
        const QDate day = r.revisions.front().effectiveAt.day();
        if (day <= *ctx.opening)
            continue;
        out.fire(r.id,
                 day,
                 SignalEngine::tr("%1 was added on %2, %n day(s) after the consultation opened (%3).",
                                  nullptr,
                                  int(ctx.opening->daysTo(day)))
                     .arg(ctx.reqLabel(r), out.date(day), out.date(*ctx.opening)),
                 {revisionEvidence(r.id, 1), idEvidence(u"event"_s, ctx.q.opening()->id)});
    }
}

void unexplainedChange(const SignalContext& ctx, SignalSink& out)
{
    out.evaluated();
    ByRequirement<SignalContext::Change> found;
    for (const SignalContext::Change& c : ctx.changes) {
        if (!c.revision->rationale || c.revision->rationale->trimmed().isEmpty())
            found[c.requirement] << c;
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QStringList revs;
        QList<Evidence> ev;
        for (const SignalContext::Change& c : *it) {
            revs << SignalEngine::tr("rev %1 on %2").arg(c.revision->rev).arg(out.date(c.revision->effectiveAt.day()));
            ev << revisionEvidence(c.requirement->id, c.revision->rev);
        }
        out.fire(it.key(),
                 it->front().revision->effectiveAt.day(),
                 SignalEngine::tr("%1 changed without a stated reason: %2.")
                     .arg(ctx.reqLabel(*it->front().requirement), revs.join(u", "_s)),
                 ev);
    }
}

void brandName(const SignalContext& ctx, SignalSink& out)
{
    out.evaluated();
    const TermMatcher brands(ctx.profile.brandTerms);
    const TermMatcher equivalents(ctx.profile.equivalenceTerms);
    const QDate end(9999, 12, 31); // the dossier has been filtered to what exists
    for (const Requirement& r : ctx.d.requirements) {
        const RequirementRevision* rev = DossierQueries::inForce(r, end);
        if (!rev || !rev->isActive() || !rev->text)
            continue;
        const QStringList named = brands.named(*rev->text);
        if (named.isEmpty() || equivalents.appearsIn(*rev->text))
            continue;
        out.fire(r.id,
                 rev->effectiveAt.day(),
                 SignalEngine::tr("The text in force of %1 (rev %2) names %3 without \"or equivalent\".")
                     .arg(ctx.reqLabel(r))
                     .arg(rev->rev)
                     .arg(named.join(u", "_s)),
                 {revisionEvidence(r.id, rev->rev)});
    }
}

void tailoredChange(const SignalContext& ctx, SignalSink& out)
{
    if (!out.need(ctx.missingSelected()))
        return;
    QSet<QString> vendors;
    for (const Bid* b : ctx.bids)
        vendors.insert(b->vendor);
    QStringList others = vendors.values();
    others.removeAll(ctx.selected);
    std::sort(others.begin(), others.end());
    const int winnerIndex = ctx.q.vendorIndex(ctx.selected);
    if (winnerIndex < 0)
        return; // the selected vendor answered nothing: it complies with no revision

    using Answer = DossierQueries::Answer;
    const auto isFull = [](const Answer& a) { return a && a.response->compliance == Compliance::Full; };
    // Walks a vendor's answers (grouped by requirement, in the order given): for each
    // requirement, `latest[k]` is its latest answer pinned to rev k, then `visit(index, latest)`.
    std::vector<Answer> latest;
    const auto eachRequirement = [&](int vendor, const auto& visit) {
        const DossierQueries::Span span = ctx.q.answersOf(vendor);
        for (const auto* p = span.begin; p != span.end;) {
            const int index = p->requirement;
            const Requirement& r = ctx.d.requirements[index];
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
    std::vector<QList<WinnerFull>> winnerFull(size_t(ctx.d.requirements.size()));
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
    std::vector<QList<Hit>> hits(size_t(ctx.d.requirements.size()));
    for (const QString& v : others) {
        eachRequirement(ctx.q.vendorIndex(v), [&](int index, const Requirement&) {
            for (const auto& [revision, winner] : winnerFull[size_t(index)]) {
                const Answer& before = latest[size_t(revision->rev) - 1];
                const Answer& after = latest[size_t(revision->rev)];
                if (isFull(before) && after && !isFull(after))
                    hits[size_t(index)].push_back({revision, &v, before, after, winner});
            }
        });
    }
    for (qsizetype index = 0; index < ctx.d.requirements.size(); ++index) {
        const QList<Hit>& found = hits[size_t(index)];
        if (found.isEmpty())
            continue;
        const Requirement& r = ctx.d.requirements[index];
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
                             .arg(out.date(rev.effectiveAt.day()), ctx.vendorName(*h.vendor))
                             .arg(k - 1)
                             .arg(enumName(h.after.response->compliance), ctx.vendorName(ctx.selected));
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
        out.fire(r.id,
                 first,
                 SignalEngine::tr("%1: a change turned another vendor's full compliance into less, while the selected "
                                  "vendor complies: %2.")
                     .arg(ctx.reqLabel(r), ctx.listed(parts, int(found.size()))),
                 unique);
    }
}

} // namespace hostreview::detectors
