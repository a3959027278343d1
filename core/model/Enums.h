// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hostreview {

// Every enumeration of the dossier format, with the exact spellings of
// docs/format.md. The first value of each is its default where the spec has one.

enum class Procedure {
    Unknown,
    Open,
    Restricted,
    NegotiatedWithPublication,
    NegotiatedWithoutPublication,
    CompetitiveDialogue,
    Consultation,
    DirectAward
};
enum class Sensitivity { Personal, Health, SensitivePublic, Public };
enum class SourceKind { Other, Official, Press, Petition, BidDocument, ConsultationDocument };
enum class EventKind {
    ConsultationOpened,
    BidDeadline,
    DeadlineExtended,
    ClarificationRequested,
    ClarificationAnswered,
    BidsOpened,
    Complaint,
    Appeal,
    ContractSigned,
    Other
};
enum class Category {
    Security,
    Sovereignty,
    Legal,
    Certification,
    Technical,
    Functional,
    Operational,
    Reversibility,
    Commercial,
    Other
};
enum class RevisionStatus { Active, Withdrawn };
enum class BidStatus { Submitted, Withdrawn, Disqualified };
enum class Compliance { Full, Partial, None };
enum class CriterionKind {
    LegalBasis,
    Necessity,
    Security,
    Certification,
    Transfer,
    Sovereignty,
    Reversibility,
    Retention,
    Other
};
enum class AssessmentStatus { NotAssessed, Acceptable, ToImprove, Unacceptable };
enum class Outcome { Pending, Authorized, AuthorizedWithConditions, Refused };
enum class ClaimKind { NoCompliantAlternative, NoAlternativeOffer, Other };

template <typename E>
struct EnumNames; // specialised in Enums.cpp-visible form below

#define HOSTREVIEW_ENUM_NAMES(E, ...)                   \
    template <>                                         \
    struct EnumNames<E>                                 \
    {                                                   \
        static constexpr std::array names{__VA_ARGS__}; \
    };

HOSTREVIEW_ENUM_NAMES(Procedure,
                      "unknown",
                      "open",
                      "restricted",
                      "negotiated_with_publication",
                      "negotiated_without_publication",
                      "competitive_dialogue",
                      "consultation",
                      "direct_award")
HOSTREVIEW_ENUM_NAMES(Sensitivity, "personal", "health", "sensitive_public", "public")
HOSTREVIEW_ENUM_NAMES(SourceKind, "other", "official", "press", "petition", "bid_document", "consultation_document")
HOSTREVIEW_ENUM_NAMES(EventKind,
                      "consultation_opened",
                      "bid_deadline",
                      "deadline_extended",
                      "clarification_requested",
                      "clarification_answered",
                      "bids_opened",
                      "complaint",
                      "appeal",
                      "contract_signed",
                      "other")
HOSTREVIEW_ENUM_NAMES(Category,
                      "security",
                      "sovereignty",
                      "legal",
                      "certification",
                      "technical",
                      "functional",
                      "operational",
                      "reversibility",
                      "commercial",
                      "other")
HOSTREVIEW_ENUM_NAMES(RevisionStatus, "active", "withdrawn")
HOSTREVIEW_ENUM_NAMES(BidStatus, "submitted", "withdrawn", "disqualified")
HOSTREVIEW_ENUM_NAMES(Compliance, "full", "partial", "none")
HOSTREVIEW_ENUM_NAMES(CriterionKind,
                      "legal_basis",
                      "necessity",
                      "security",
                      "certification",
                      "transfer",
                      "sovereignty",
                      "reversibility",
                      "retention",
                      "other")
HOSTREVIEW_ENUM_NAMES(AssessmentStatus, "not_assessed", "acceptable", "to_improve", "unacceptable")
HOSTREVIEW_ENUM_NAMES(Outcome, "pending", "authorized", "authorized_with_conditions", "refused")
HOSTREVIEW_ENUM_NAMES(ClaimKind, "no_compliant_alternative", "no_alternative_offer", "other")

#undef HOSTREVIEW_ENUM_NAMES

// The spec's name of a value, e.g. "negotiated_without_publication".
template <typename E>
QString enumName(E value)
{
    return QString::fromLatin1(EnumNames<E>::names[static_cast<size_t>(value)]);
}

// The value a spec name denotes, or nullopt when it names none.
template <typename E>
std::optional<E> enumFromName(QStringView name)
{
    const auto& names = EnumNames<E>::names;
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1StringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// All names, for error messages ("one of: open, restricted, ...").
template <typename E>
QStringList enumNames()
{
    QStringList out;
    for (const char* n : EnumNames<E>::names)
        out << QString::fromLatin1(n);
    return out;
}

} // namespace hostreview
