// SPDX-License-Identifier: EUPL-1.2
#include "text/Labels.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

template <typename E, size_t N>
QString pick(E v, const char* const (&texts)[N])
{
    static_assert(N == EnumNames<E>::names.size(), "one label per value");
    const auto i = size_t(v);
    return i < N ? Labels::tr(std::data(texts)[i]) : QString();
}

} // namespace

QString Labels::of(Procedure v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Unknown procedure"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Open procedure"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Restricted procedure"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Negotiated with publication"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Negotiated without publication"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Competitive dialogue"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Consultation"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Direct award")};
    return pick(v, t);
}

QString Labels::of(Sensitivity v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Personal data"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Health data"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Sensitive public data"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Public data")};
    return pick(v, t);
}

QString Labels::of(SourceKind v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Other"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Official"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Press"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Petition"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Bid document"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Consultation document")};
    return pick(v, t);
}

QString Labels::of(EventKind v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Consultation opened"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Bid deadline"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Deadline extended"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Clarification requested"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Clarification answered"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Bids opened"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Complaint"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Appeal"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Contract signed"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Other event")};
    return pick(v, t);
}

QString Labels::of(Category v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Security"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Sovereignty"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Legal"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Certification"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Technical"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Functional"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Operational"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Reversibility"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Commercial"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Other")};
    return pick(v, t);
}

QString Labels::of(RevisionStatus v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Active"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Withdrawn")};
    return pick(v, t);
}

QString Labels::of(BidStatus v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Submitted"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Withdrawn bid"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Disqualified")};
    return pick(v, t);
}

QString Labels::of(Compliance v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Full"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Partial"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "None")};
    return pick(v, t);
}

QString Labels::of(CriterionKind v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Legal basis"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Necessity"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Security"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Certification"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Transfers"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Sovereignty"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Reversibility"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Retention"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Other")};
    return pick(v, t);
}

QString Labels::of(AssessmentStatus v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Not assessed"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Acceptable"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "To improve"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Unacceptable")};
    return pick(v, t);
}

QString Labels::of(Outcome v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "Pending"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Authorised"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Authorised with conditions"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Refused")};
    return pick(v, t);
}

QString Labels::of(ClaimKind v)
{
    static const char* const t[] = {QT_TRANSLATE_NOOP("hostreview::Labels", "No compliant alternative"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "No alternative offer"),
                                    QT_TRANSLATE_NOOP("hostreview::Labels", "Other claim")};
    return pick(v, t);
}

QString Labels::missing(const QString& keys)
{
    static const struct
    {
        const char* key;
        const char* words;
    } known[] = {
        {"events.consultation_opened", QT_TR_NOOP("the consultation's opening")},
        {"events.bid_deadline", QT_TR_NOOP("a bid deadline")},
        {"decision", QT_TR_NOOP("the decision")},
        {"decision.selected_vendor", QT_TR_NOOP("the selected vendor")},
        {"decision.decided_at", QT_TR_NOOP("the decision's date")},
        {"decision.published_at", QT_TR_NOOP("the publication's date")},
        {"decision.outcome", QT_TR_NOOP("the decision's outcome")},
        {"decision.claims", QT_TR_NOOP("a claim the analysis tests (no compliant alternative, no alternative offer)")},
        {"assessment", QT_TR_NOOP("the assessment's criteria")},
        {"dossier.procedure", QT_TR_NOOP("the procedure")},
        {"dossier.required_certifications", QT_TR_NOOP("the certifications required")},
    };
    QStringList out;
    for (const QString& key : keys.split(u", "_s, Qt::SkipEmptyParts)) {
        QString words;
        for (const auto& k : known) {
            if (key == QLatin1StringView(k.key))
                words = tr(k.words);
        }
        // vendors.ID.country, vendors.ID.parent_country
        static const QRegularExpression vendorKey(u"^vendors\\.(.+)\\.(country|parent_country)$"_s);
        if (const auto m = vendorKey.match(key); m.hasMatch()) {
            words = m.captured(2) == u"country"_s ? tr("the country of vendor %1").arg(m.captured(1))
                                                  : tr("the country of vendor %1's parent").arg(m.captured(1));
        }
        out << (words.isEmpty() ? key : tr("%1 [%2]").arg(words, key));
    }
    return out.join(tr(", "));
}

QString Labels::auditAction(const QString& action)
{
    static const struct
    {
        const char* key;
        const char* label;
    } actions[] = {
        {"create", QT_TR_NOOP("review file created")},
        {"migrate", QT_TR_NOOP("review file upgraded")},
        {"import", QT_TR_NOOP("dossier imported")},
        {"add_requirement", QT_TR_NOOP("requirement added")},
        {"add_revision", QT_TR_NOOP("revision added")},
        {"add_source", QT_TR_NOOP("source added")},
        {"edit_source", QT_TR_NOOP("source edited")},
        {"add_vendor", QT_TR_NOOP("vendor added")},
        {"add_bid", QT_TR_NOOP("bid added")},
        {"record_answer", QT_TR_NOOP("answer recorded")},
        {"add_criteria", QT_TR_NOOP("criteria added")},
        {"assess", QT_TR_NOOP("criterion assessed")},
        {"decide", QT_TR_NOOP("decision recorded")},
        {"add_claim", QT_TR_NOOP("claim added")},
        {"reinstate", QT_TR_NOOP("undone action redone")},
        {"retract_requirement", QT_TR_NOOP("requirement undone")},
        {"retract_revision", QT_TR_NOOP("revision undone")},
        {"retract_source", QT_TR_NOOP("source undone")},
        {"retract_vendor", QT_TR_NOOP("vendor undone")},
        {"retract_bid", QT_TR_NOOP("bid undone")},
        {"retract_answer", QT_TR_NOOP("answer undone")},
        {"retract_criteria", QT_TR_NOOP("criteria undone")},
        {"retract_assessment", QT_TR_NOOP("assessment undone")},
        {"retract_decision", QT_TR_NOOP("decision undone")},
        {"retract_claim", QT_TR_NOOP("claim undone")},
        {"create_dossier", QT_TR_NOOP("dossier created")},
        {"change_dossier", QT_TR_NOOP("dossier metadata changed")},
        {"retract_dossier_change", QT_TR_NOOP("dossier metadata change undone")},
        {"add_event", QT_TR_NOOP("event recorded")},
        {"change_event", QT_TR_NOOP("event changed")},
        {"retract_event", QT_TR_NOOP("event removed")},
        {"retract_event_change", QT_TR_NOOP("event change undone")},
        {"bid_status", QT_TR_NOOP("bid status recorded")},
        {"retract_bid_status", QT_TR_NOOP("bid status undone")},
        {"import_requirements", QT_TR_NOOP("requirement list imported")},
        {"import_answers", QT_TR_NOOP("answers imported")},
        {"retract_import", QT_TR_NOOP("import undone")},
    };
    for (const auto& a : actions) {
        if (action == QLatin1StringView(a.key))
            return tr(a.label);
    }
    return action;
}

QString Labels::auditDetail(const QString& recorded)
{
    // The most specific first: "%1: %2" would match nearly anything.
    static const char* const templates[] = {
        QT_TR_NOOP("imported from %1: %2 requirements, %3 revisions, %4 vendors, %5 bids, %6 answers"),
        QT_TR_NOOP("%1: %2 added, %3 revised, %4 withdrawn, %5 restored, effective %6"),
        QT_TR_NOOP("answers of bid %1 from %2: %3"),
        QT_TR_NOOP("%1 (%2 revisions)"),
        QT_TR_NOOP("%1 despite the assessment (unacceptable: %2; not assessed: %3)"),
        QT_TR_NOOP("%1, in place of the retracted one (was: %2)"),
        QT_TR_NOOP("%1 (retracted by entry %2)"),
        QT_TR_NOOP("%1 answered %2 rev %3: %4"),
        QT_TR_NOOP("%1 %2 on %3"),
        QT_TR_NOOP("%1 rev %2 effective %3"),
        QT_TR_NOOP("review file created"),
        QT_TR_NOOP("schema %1 to %2"),
        QT_TR_NOOP("%1 to %2 rev %3"),
        QT_TR_NOOP("%1, was: %2"),
        QT_TR_NOOP("%1 from %2"),
        QT_TR_NOOP("%1 rev %2"),
        QT_TR_NOOP("%1 (%2)"),
        QT_TR_NOOP("%1: %2"),
    };
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> out;
        for (const char* t : templates) {
            QString pattern = QRegularExpression::escape(QString::fromUtf8(t));
            // escape() writes "%" as "\\%" (it escapes every character but letters and digits).
            pattern.replace(QRegularExpression(u"\\\\?%[1-9]"_s), u"(.*?)"_s);
            out << QRegularExpression(u"^"_s + pattern + u"$"_s, QRegularExpression::DotMatchesEverythingOption);
        }
        return out;
    }();
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const auto m = patterns[i].match(recorded);
        if (!m.hasMatch())
            continue;
        const QString translated = tr(templates[i]);
        QString out;
        static const QRegularExpression placeholder(u"%([1-9])"_s);
        qsizetype from = 0;
        for (auto it = placeholder.globalMatch(translated); it.hasNext();) {
            const auto p = it.next();
            out += translated.mid(from, p.capturedStart() - from) + m.captured(p.captured(1).toInt());
            from = p.capturedEnd();
        }
        return out + translated.mid(from);
    }
    return recorded;
}

} // namespace hostreview
