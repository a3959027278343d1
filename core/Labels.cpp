#include "Labels.h"

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

} // namespace hostreview
