// SPDX-License-Identifier: EUPL-1.2
#include "analysis/signals/SignalCatalogue.h"

#include "analysis/signals/Detection.h"

using namespace Qt::StringLiterals;

namespace hostreview {

const QList<SignalCatalogue::Entry>& SignalCatalogue::entries()
{
    static const QList<Entry> all{
        {"SHORT_WINDOW",
         Severity::Medium,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Short response window"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue",
                           "Directive 2014/24/EU arts. 27–28; French CCP R2161-2; OCDS Cardinal R003 (15 days)"),
         &detectors::shortWindow,
         0},
        {"LATE_CHANGE",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Late change"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Directive 2014/24/EU art. 47(3); Prozorro 7-day rule"),
         &detectors::lateChange,
         8},
        {"DEADLINE_NOT_EXTENDED",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Deadline not extended after a significant change"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue",
                           "Directive 2014/24/EU art. 47(3)(b); eForms irregularity noex-timl"),
         &detectors::deadlineNotExtended,
         9},
        {"CHANGE_AFTER_SUBMISSION",
         Severity::Medium,
         "bid",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Change after a bid was submitted"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Prozorro: bids are invalidated by a change of conditions"),
         &detectors::changeAfterSubmission,
         11},
        {"CHANGE_AFTER_DEADLINE",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Change after the deadline"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "eForms irregularity mod-inco"),
         &detectors::changeAfterDeadline,
         5},
        {"SPEC_CHURN",
         Severity::Medium,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Specification churn"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "GTI corruption risk index, \"call for bids modified\""),
         &detectors::specChurn,
         7},
        {"ADDED_AFTER_OPENING",
         Severity::Medium,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Requirement added after the opening"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "eForms change notices (BT-718)"),
         &detectors::addedAfterOpening,
         0},
        {"UNEXPLAINED_CHANGE",
         Severity::Low,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Unexplained change"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "eForms BT-140/BT-762 (reason for change)"),
         &detectors::unexplainedChange,
         3},
        {"BRAND_NAME",
         Severity::Medium,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Brand name without \"or equivalent\""),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Directive 2014/24/EU art. 42(4); French CCP R2111-7"),
         &detectors::brandName,
         4},
        {"TAILORED_CHANGE",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Change tailored to the selected vendor"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "OLAF / IACRC \"specifications tailored to one provider\""),
         &detectors::tailoredChange,
         10},
        {"WINNER_ONLY_COMPLIANT",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Only the selected vendor complies"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "OCP red flags, tailored specifications"),
         &detectors::winnerOnlyCompliant,
         2},
        {"SINGLE_BID",
         Severity::High,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Single bid"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "OCDS Cardinal R018"),
         &detectors::singleBid,
         0},
        {"FEW_BIDS",
         Severity::Low,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Few bids"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "redflags.eu"),
         &detectors::fewBids,
         0},
        {"ALL_BUT_WINNER_DISQUALIFIED",
         Severity::High,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Every other bid disqualified"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "OCDS Cardinal R035"),
         &detectors::allButWinnerDisqualified,
         0},
        {"NO_OPEN_PROCEDURE",
         Severity::High,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "No open procedure"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Opentender \"no call for tenders\"; OCP R010"),
         &detectors::noOpenProcedure,
         0},
        {"RUSHED_DECISION",
         Severity::Medium,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Rushed decision"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "GTI risk index, decision period"),
         &detectors::rushedDecision,
         0},
        {"LATE_PUBLICATION",
         Severity::Low,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Late publication"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "transparency practice"),
         &detectors::latePublication,
         0},
        {"CLAIM_CONTRADICTED",
         Severity::High,
         "claim",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Claim contradicted by the evidence"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "the decision's own statement"),
         &detectors::claimContradicted,
         1},
        {"SELECTED_NOT_COMPLIANT",
         Severity::High,
         "requirement",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Selected vendor not compliant"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "OCP R056"),
         &detectors::selectedNotCompliant,
         6},
        {"EXTRATERRITORIAL_EXPOSURE",
         Severity::High,
         "vendor",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Exposure to extraterritorial law"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "CJEU C-311/18 (Schrems II); SecNumCloud 3.2 §19.6"),
         &detectors::extraterritorialExposure,
         0},
        {"MISSING_CERTIFICATION",
         Severity::High,
         "vendor",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Missing certification"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "the dossier's own requirements (e.g. HDS)"),
         &detectors::missingCertification,
         0},
        {"AUTHORIZED_DESPITE_UNACCEPTABLE",
         Severity::High,
         "dossier",
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "Authorised despite an unacceptable criterion"),
         QT_TRANSLATE_NOOP("hostreview::SignalCatalogue", "the reviewer's own assessment"),
         &detectors::authorizedDespiteUnacceptable,
         0},
    };
    return all;
}

const SignalCatalogue::Entry* SignalCatalogue::find(const QString& code)
{
    for (const Entry& e : entries()) {
        if (code == QLatin1StringView(e.code))
            return &e;
    }
    return nullptr;
}

int SignalCatalogue::weight(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return 3;
    case Severity::Medium:
        return 2;
    case Severity::Low:
        return 1;
    }
    return 0;
}

QString SignalCatalogue::severityName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return u"high"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::Low:
        return u"low"_s;
    }
    return {};
}

QString SignalCatalogue::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return tr("high");
    case Severity::Medium:
        return tr("medium");
    case Severity::Low:
        return tr("low");
    }
    return {};
}

QString SignalCatalogue::title(const QString& code)
{
    const Entry* e = find(code);
    return e ? tr(e->title) : code;
}

QString SignalCatalogue::basis(const QString& code)
{
    const Entry* e = find(code);
    return e ? tr(e->basis) : QString();
}

} // namespace hostreview
