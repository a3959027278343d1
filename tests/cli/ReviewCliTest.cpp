// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

class ReviewCliTest : public DemoReviewFileTest
{
protected:
    // Runs the CLI on the review file; `--lang` installs that language as main() does.
    int cli(QStringList args, QString* out = nullptr, QString* err = nullptr)
    {
        args.insert(1, m_review);
        const qsizetype lang = args.indexOf(u"--lang"_s);
        if (lang > 0) {
            EXPECT_TRUE(Language::install(args.value(lang + 1)));
        }
        const int code = runCli(args, out, err);
        if (lang > 0)
            Language::install(u"en"_s);
        return code;
    }
};

} // namespace

TEST_F(ReviewCliTest, AReviewerAssessesACriterionAndSeesTheAssessment)
{
    QString out, err;
    ASSERT_EQ(cli({u"assess"_s,
                   u"--dossier"_s,
                   u"EMC2-2023"_s,
                   u"--criterion"_s,
                   u"A14"_s,
                   u"--status"_s,
                   u"unacceptable"_s,
                   u"--comment"_s,
                   u"No deletion clause."_s,
                   u"--source"_s,
                   u"S-CNIL-DELIB"_s},
                  &out,
                  &err),
              0)
        << err.toStdString();
    EXPECT_EQ(out.trimmed(), u"Criterion A14: Unacceptable"_s);
    EXPECT_EQ(demoAsStored().assessment[13].statusOrDefault(), AssessmentStatus::Unacceptable);

    ASSERT_EQ(cli({u"assessment"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--lang"_s, u"fr"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"18 critères"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"A14    Inacceptable"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"No deletion clause."_s));

    // Bad input: exit 2, a reason, nothing stored.
    const QByteArray before = readAll(m_review);
    EXPECT_EQ(cli({u"assess"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--criterion"_s, u"A14"_s, u"--status"_s, u"fine"_s},
                  &out,
                  &err),
              2);
    EXPECT_TRUE(err.contains(u"\"fine\" is not one of not_assessed, acceptable, to_improve, unacceptable"_s))
        << err.toStdString();
    EXPECT_EQ(cli({u"assess"_s,
                   u"--dossier"_s,
                   u"EMC2-2023"_s,
                   u"--criterion"_s,
                   u"A14"_s,
                   u"--status"_s,
                   u"acceptable"_s,
                   u"--source"_s,
                   u"S-NOWHERE"_s},
                  &out,
                  &err),
              2);
    EXPECT_TRUE(err.contains(u"unknown source id S-NOWHERE"_s)) << err.toStdString();
    EXPECT_EQ(demoAsStored().assessment[13].comment, u"No deletion clause."_s);

    // A new status alone keeps the comment and the source.
    ASSERT_EQ(
        cli({u"assess"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--criterion"_s, u"A14"_s, u"--status"_s, u"to_improve"_s},
            &out,
            &err),
        0)
        << err.toStdString();
    EXPECT_EQ(demoAsStored().assessment[13].comment, u"No deletion clause."_s);
    EXPECT_EQ(demoAsStored().assessment[13].source, u"S-CNIL-DELIB"_s);
    EXPECT_EQ(cli({u"assess"_s, u"--dossier"_s, u"NOPE"_s, u"--criterion"_s, u"A14"_s, u"--status"_s, u"to_improve"_s},
                  &out,
                  &err),
              2);
}

TEST_F(ReviewCliTest, TheTemplateAddsOnlyWhatTheDossierLacks)
{
    QString out, err;
    EXPECT_EQ(cli({u"template"_s, u"--dossier"_s, u"EMC2-2023"_s}, &out, &err), 2) << "the demo has all 18";
    EXPECT_TRUE(err.contains(u"already"_s)) << err.toStdString();

    const QString mine = write(u"mine.json"_s,
                               R"({"format": "hostreview-assessment-template", "version": 1, "id": "ai-act",
  "title": "AI tools on the platform",
  "criteria": [ {"criterion": "AI-1", "kind": "other",
                 "title": {"en": "AI services built on the data", "fr": "Services d'IA bâtis sur les données"}} ]})");
    ASSERT_EQ(cli({u"template"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--file"_s, mine, u"--lang"_s, u"fr"_s}, &out, &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(u"AI-1"_s)) << out.toStdString();
    const Dossier d = demoAsStored();
    ASSERT_EQ(d.assessment.size(), 19);
    EXPECT_EQ(d.assessment.last().title, u"Services d'IA bâtis sur les données"_s);

    const QString bad = write(u"bad.json"_s, R"({"format": "hostreview-assessment-template", "version": 1,
  "id": "x", "title": "X", "criteria": [ {"criterion": "X1", "kind": "magic", "title": "X"} ]})");
    EXPECT_EQ(cli({u"template"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--file"_s, bad}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"bad.json:2:"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"/criteria/0/kind"_s)) << err.toStdString();
}

TEST_F(ReviewCliTest, TheDecisionAndItsClaimsAreRecordedAndChecked)
{
    QString out, err;
    ASSERT_EQ(cli({u"claims"_s, u"--dossier"_s, u"EMC2-2023"_s}, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(u"Claim C-NO-ALT-OFFER (No alternative offer)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Contradicted by the evidence: "_s));
    EXPECT_TRUE(
        out.contains(u"B-OVH — OVHcloud, Disqualified on 19 December 2023; mandatory requirements met: 19 of 21"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"B-NUMSPOT — NumSpot, Withdrawn bid on 18 December 2023: its answers do not count"_s))
        << out.toStdString();

    ASSERT_EQ(cli({u"claim"_s,
                   u"--dossier"_s,
                   u"EMC2-2023"_s,
                   u"--id"_s,
                   u"C-URGENCY"_s,
                   u"--kind"_s,
                   u"other"_s,
                   u"--text"_s,
                   u"The EMA contract left no time."_s},
                  &out,
                  &err),
              0)
        << err.toStdString();
    ASSERT_EQ(cli({u"claims"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--lang"_s, u"fr"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"Non testée"_s)) << out.toStdString();

    ASSERT_EQ(cli({u"decide"_s,
                   u"--dossier"_s,
                   u"EMC2-2023"_s,
                   u"--outcome"_s,
                   u"refused"_s,
                   u"--no-vendor"_s,
                   u"--condition"_s,
                   u"Call for tenders within 6 months."_s},
                  &out,
                  &err),
              0)
        << err.toStdString();
    Dossier d = demoAsStored();
    EXPECT_EQ(d.decision->outcomeOrDefault(), Outcome::Refused);
    EXPECT_EQ(d.decision->selectedVendor, std::nullopt);
    EXPECT_EQ(d.decision->durationMonths, 36) << "what is not given stays";
    EXPECT_EQ(d.decision->conditions, QStringList{u"Call for tenders within 6 months."_s});
    EXPECT_EQ(d.decision->claims.size(), 3);
    // Without a selected vendor, the claims cannot be tested, and the check says what is missing.
    ASSERT_EQ(cli({u"claims"_s, u"--dossier"_s, u"EMC2-2023"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"  Not evaluated: The file lacks the selected vendor [decision.selected_vendor].\n"_s))
        << out.toStdString();

    EXPECT_EQ(cli({u"decide"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--vendor"_s, u"V-NOBODY"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"unknown vendor id V-NOBODY"_s)) << err.toStdString();

    ASSERT_EQ(cli({u"claim"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--id"_s, u"C-URGENCY"_s, u"--remove"_s}, &out, &err),
              0);
    EXPECT_EQ(demoAsStored().decision->claims.size(), 2);
}

TEST_F(ReviewCliTest, AnAuthorisationAgainstTheAssessmentIsRecordedOnlyKnowingly)
{
    QString out, err;
    ASSERT_EQ(
        cli({u"assess"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--criterion"_s, u"A01"_s, u"--status"_s, u"unacceptable"_s},
            &out,
            &err),
        0)
        << err.toStdString();
    const QStringList authorise{u"decide"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--outcome"_s, u"authorized"_s};
    EXPECT_EQ(cli(authorise, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"(unacceptable: A01"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"--despite-assessment"_s)) << err.toStdString();
    // A refusal is never gated.
    EXPECT_EQ(cli({u"decide"_s, u"--dossier"_s, u"EMC2-2023"_s, u"--outcome"_s, u"refused"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_EQ(cli(authorise + QStringList{u"--despite-assessment"_s}, &out, &err), 0) << err.toStdString();
    ASSERT_EQ(cli({u"audit"_s}, &out, &err), 0) << err.toStdString();
    EXPECT_TRUE(out.contains(u"authorized despite the assessment (unacceptable: A01"_s)) << out.toStdString();
}
