// SPDX-License-Identifier: EUPL-1.2
// The vendor family: EXTRATERRITORIAL_EXPOSURE, MISSING_CERTIFICATION.
// Each signal: a dossier where it fires, a near miss where it must not (usually a fact exactly at
// the threshold), and one where it cannot be evaluated. Each starts from SignalScenario, where
// every signal is evaluated and clear (docs/signals.md).
#include "analysis/ClaimCheck.h"
#include "analysis/SignalEngine.h"
#include "analysis/signals/SignalCatalogue.h"
#include "core/analysis/signals/SignalExpectations.h"
#include "core/analysis/signals/SignalScenario.h"
#include "text/AnalysisFormat.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

// --- EXTRATERRITORIAL_EXPOSURE ----------------------------------------------------------------

TEST(SignalTest, ExtraterritorialExposureFiresThroughTheParentCountry)
{
    const Analysis a = SignalScenario()
                           .setVendor(u"V-1"_s, u"country"_s, u"IE"_s)
                           .setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s)
                           .setVendor(u"V-1"_s, u"parent_country"_s, u"US"_s)
                           .analyze();
    expectFires(a, u"EXTRATERRITORIAL_EXPOSURE"_s, u"V-1"_s);
    const Signal* s = findSignal(a, u"EXTRATERRITORIAL_EXPOSURE"_s);
    EXPECT_EQ(s->subjectKind, u"vendor"_s);
    EXPECT_TRUE(s->message.contains(u"CLOUD Act"_s)) << s->message.toStdString();
}

TEST(SignalTest, ExtraterritorialExposureIsClearForOtherDataOrJurisdictions)
{
    expectClear(
        SignalScenario().setVendor(u"V-1"_s, u"country"_s, u"US"_s).setDossier(u"sensitivity"_s, u"public"_s).analyze(),
        u"EXTRATERRITORIAL_EXPOSURE"_s);
    // The profile decides which jurisdictions expose a vendor.
    expectClear(SignalScenario()
                    .setVendor(u"V-1"_s, u"country"_s, u"US"_s)
                    .analyze(std::nullopt, R"({"exposed_jurisdictions": {"CN": ["NIL"]}})"),
                u"EXTRATERRITORIAL_EXPOSURE"_s);
}

TEST(SignalTest, ExtraterritorialExposureNeedsTheSelectedVendor)
{
    expectNotEvaluated(SignalScenario().removeDecision().analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s, u"decision"_s);
}

TEST(SignalTest, ExtraterritorialExposureIsNotEvaluatedWhenTheVendorsCountryIsUnknown)
{
    SignalScenario noCountry;
    QJsonArray vendors = noCountry.root.value(u"vendors"_s).toArray();
    QJsonObject v1 = vendors[0].toObject();
    ASSERT_EQ(v1.value(u"id"_s).toString(), u"V-1"_s);
    v1.remove(u"country"_s);
    vendors[0] = v1;
    noCountry.root[u"vendors"_s] = vendors;
    expectNotEvaluated(noCountry.analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s, u"vendors.V-1.country"_s);
    // A named parent whose country is unknown could expose it too.
    expectNotEvaluated(SignalScenario().setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s).analyze(),
                       u"EXTRATERRITORIAL_EXPOSURE"_s,
                       u"vendors.V-1.parent_country"_s);
    // An exposure known through the parent needs nothing more.
    expectFires(SignalScenario(noCountry)
                    .setVendor(u"V-1"_s, u"parent"_s, u"Alpha Corp."_s)
                    .setVendor(u"V-1"_s, u"parent_country"_s, u"US"_s)
                    .analyze(),
                u"EXTRATERRITORIAL_EXPOSURE"_s,
                u"V-1"_s);
    // Data that is neither health nor personal: evaluated, clear, whatever the country.
    expectClear(noCountry.setDossier(u"sensitivity"_s, u"public"_s).analyze(), u"EXTRATERRITORIAL_EXPOSURE"_s);
}

// --- MISSING_CERTIFICATION --------------------------------------------------------------------

TEST(SignalTest, MissingCertificationFiresWhenExpiredTheDayBeforeTheDecision)
{
    const QJsonArray expired{
        QJsonObject{{u"scheme"_s, u"HDS"_s}, {u"valid_from"_s, u"2021-01-01"_s}, {u"valid_until"_s, u"2024-04-09"_s}}};
    const Analysis a = SignalScenario().setVendor(u"V-1"_s, u"certifications"_s, expired).analyze();
    expectFires(a, u"MISSING_CERTIFICATION"_s, u"V-1"_s);
    EXPECT_TRUE(findSignal(a, u"MISSING_CERTIFICATION"_s)->message.contains(u"HDS"_s));
}

TEST(SignalTest, MissingCertificationIsClearWhenValidOnTheDecisionDay)
{
    const QJsonArray lastDay{
        QJsonObject{{u"scheme"_s, u"HDS"_s}, {u"valid_from"_s, u"2021-01-01"_s}, {u"valid_until"_s, u"2024-04-10"_s}}};
    expectClear(SignalScenario().setVendor(u"V-1"_s, u"certifications"_s, lastDay).analyze(),
                u"MISSING_CERTIFICATION"_s);
}

TEST(SignalTest, MissingCertificationNeedsRequiredSchemes)
{
    expectNotEvaluated(SignalScenario().removeDossierKey(u"required_certifications"_s).analyze(),
                       u"MISSING_CERTIFICATION"_s,
                       u"dossier.required_certifications"_s);
    expectNotEvaluated(SignalScenario().removeDecisionKey(u"decided_at"_s).analyze(),
                       u"MISSING_CERTIFICATION"_s,
                       u"decision.decided_at"_s);
}
