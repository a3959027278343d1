// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/AssessmentTemplate.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

// The minimal dossier (criterion A-1 acceptable; decision authorising V-2 with claim C-1) in a
// fresh review file.
class AssessmentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto f = ReviewFile::open(m_dir.filePath(u"review.db"_s), ReviewFile::Mode::CreateIfMissing);
        ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
        m_file = std::move(*f);
        auto d = DossierReader::read(minimalJson(), u"minimal.json"_s);
        ASSERT_TRUE(d.ok());
        ASSERT_TRUE(m_file->importDossier(*d, u"minimal.json"_s).ok());
    }
    Dossier load()
    {
        auto d = m_file->load(u"T-1"_s);
        EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
        return d.ok() ? *d : Dossier();
    }
    const Criterion* criterion(const Dossier& d, const QString& id)
    {
        for (const Criterion& c : d.assessment) {
            if (c.criterion == id)
                return &c;
        }
        return nullptr;
    }
    QStringList fired(const Dossier& d)
    {
        QStringList out;
        for (const Signal& s : SignalEngine::analyze(d, AnalysisProfile::defaults()).fired)
            out << s.code;
        return out;
    }
    static Criterion assessment(const QString& id, AssessmentStatus status, const QString& comment)
    {
        Criterion c;
        c.criterion = id;
        c.status = status;
        c.comment = comment;
        return c;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewFile> m_file;
};

} // namespace

TEST(AssessmentTemplateTest, TheBuiltInTemplateHasTheEighteenHealthDataCriteriaInFrenchAndEnglish)
{
    const AssessmentTemplate& t = AssessmentTemplate::builtIn();
    ASSERT_EQ(t.items.size(), 18);
    EXPECT_EQ(t.id, u"health-data-hosting"_s);
    const auto* hds = t.item(u"A03"_s);
    ASSERT_NE(hds, nullptr);
    EXPECT_EQ(hds->kind, CriterionKind::Certification);
    EXPECT_EQ(hds->title.in(u"en"_s), u"HDS certification for every hosting activity"_s);
    EXPECT_TRUE(hds->title.in(u"fr"_s).contains(u"HDS"_s));
    EXPECT_NE(hds->title.in(u"fr"_s), hds->title.in(u"en"_s));
    // Every criterion says, in both languages, what settles it and on what basis.
    QSet<CriterionKind> kinds;
    for (const auto& item : t.items) {
        kinds << item.kind;
        for (const QString& language : {u"en"_s, u"fr"_s}) {
            EXPECT_TRUE(item.title.byLanguage.contains(language)) << item.criterion.toStdString();
            EXPECT_TRUE(item.evidence.byLanguage.contains(language)) << item.criterion.toStdString();
            EXPECT_TRUE(item.basis.byLanguage.contains(language)) << item.criterion.toStdString();
        }
    }
    EXPECT_EQ(kinds.size(), 9) << "every kind of the format is used";
    // The demo's own criteria are the template's, with the same English titles.
    for (const Criterion& c : demoDossier().assessment) {
        const auto* item = t.item(c.criterion);
        ASSERT_NE(item, nullptr) << c.criterion.toStdString();
        EXPECT_EQ(item->title.in(u"en"_s), c.title.value_or(QString()));
        EXPECT_EQ(item->kind, c.kind.value_or(CriterionKind::Other));
    }
    const QList<Criterion> fr = t.criteria(u"fr"_s);
    ASSERT_EQ(fr.size(), 18);
    EXPECT_EQ(fr[2].title, hds->title.in(u"fr"_s));
    EXPECT_EQ(fr[2].statusOrDefault(), AssessmentStatus::NotAssessed);
    // A language the template lacks falls back to English.
    EXPECT_EQ(t.criteria(u"de"_s)[2].title, hds->title.in(u"en"_s));
}

TEST(AssessmentTemplateTest, ABadTemplateIsRefusedWithItsFileLineAndPointer)
{
    const QByteArray good = R"({"format": "hostreview-assessment-template", "version": 1, "id": "mine",
  "title": "My criteria",
  "criteria": [ {"criterion": "K1", "kind": "security", "title": {"en": "Keys", "fr": "Clés"}} ]})";
    auto ok = AssessmentTemplate::read(good, u"mine.json"_s);
    ASSERT_TRUE(ok.ok()) << ok.error().toString().toStdString();
    EXPECT_EQ(ok->items.size(), 1);
    EXPECT_EQ(ok->title.in(u"fr"_s), u"My criteria"_s);

    struct Case
    {
        QByteArray json;
        QString pointer;
        QString reason;
        int line;
    };
    const QList<Case> cases{
        {QByteArray(good).replace("\"security\"", "\"secrecy\""), u"/criteria/0/kind"_s, u"kind must be one of"_s, 3},
        {QByteArray(good).replace("\"fr\": \"Clés\"", "\"fr\": \"\""), u"/criteria/0/title/fr"_s, u"non-empty"_s, 3},
        {QByteArray(good).replace("\"title\": \"My criteria\"", "\"titel\": \"My criteria\""),
         u"/titel"_s,
         u"unknown key \"titel\""_s,
         2},
        {QByteArray(good).replace("\"version\": 1", "\"version\": 2"), u"/version"_s, u"version 1"_s, 1},
        {QByteArray(good).replace("\"K1\"", "\"K 1\""), u"/criteria/0/criterion"_s, u"an id of"_s, 3},
    };
    for (const Case& c : cases) {
        auto bad = AssessmentTemplate::read(c.json, u"mine.json"_s);
        ASSERT_FALSE(bad.ok()) << c.pointer.toStdString();
        EXPECT_EQ(bad.error().file, u"mine.json"_s);
        EXPECT_EQ(bad.error().pointer, c.pointer);
        EXPECT_EQ(bad.error().line, c.line) << c.pointer.toStdString();
        EXPECT_TRUE(bad.error().reason.contains(c.reason)) << bad.error().reason.toStdString();
        EXPECT_TRUE(bad.error().invalidInput);
    }
    auto missing = AssessmentTemplate::readFile(u"/nonexistent/template.json"_s);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().toString().contains(u"/nonexistent/template.json"_s));
}

TEST_F(AssessmentTest, ApplyingTheTemplateAddsOnlyNewCriteriaAndKeepsTheReviewersOwn)
{
    const QList<Criterion> criteria = AssessmentTemplate::builtIn().criteria(u"fr"_s);
    QList<Criterion> withA1 = criteria;
    Criterion own;
    own.criterion = u"A-1"_s;
    own.title = u"Replaced?"_s;
    withA1.prepend(own);
    auto added = m_file->addCriteria(u"T-1"_s, withA1, u"health-data-hosting"_s);
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->size(), 18);
    Dossier d = load();
    ASSERT_EQ(d.assessment.size(), 19);
    EXPECT_EQ(d.assessment[0].title, u"Legal basis"_s) << "the dossier's criterion is not replaced";
    EXPECT_EQ(d.assessment[0].statusOrDefault(), AssessmentStatus::Acceptable);
    EXPECT_EQ(d.assessment[3].criterion, u"A03"_s);
    EXPECT_EQ(d.assessment[3].title, criteria[2].title);

    // Applying it again changes nothing and says why.
    const QByteArray before = DossierWriter::write(d);
    auto again = m_file->addCriteria(u"T-1"_s, criteria, u"health-data-hosting"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().reason.contains(u"already"_s));
    EXPECT_EQ(DossierWriter::write(load()), before);

    // Undo takes the 18 back; redo brings them back, in the same order.
    auto undo = m_file->retractCriteria(u"T-1"_s, *added);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    EXPECT_EQ(load().assessment.size(), 1);
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *undo).ok());
    EXPECT_EQ(DossierWriter::write(load()), before);
}

TEST_F(AssessmentTest, AnAssessmentIsRecordedWithItsHistoryAndUndoBringsThePreviousOneBack)
{
    ASSERT_TRUE(m_file
                    ->assessCriterion(u"T-1"_s,
                                      assessment(u"A-1"_s, AssessmentStatus::ToImprove, u"The purpose is too broad."_s))
                    .ok());
    Criterion second = assessment(u"A-1"_s, AssessmentStatus::Unacceptable, u"No legal basis found."_s);
    second.source = u"S-1"_s;
    ASSERT_TRUE(m_file->assessCriterion(u"T-1"_s, second).ok());
    Dossier d = load();
    EXPECT_EQ(d.assessment[0].statusOrDefault(), AssessmentStatus::Unacceptable);
    EXPECT_EQ(d.assessment[0].comment, u"No legal basis found."_s);
    EXPECT_EQ(d.assessment[0].source, u"S-1"_s);
    EXPECT_EQ(d.assessment[0].title, u"Legal basis"_s) << "the title and kind are kept";

    auto history = m_file->assessmentHistory(u"T-1"_s, u"A-1"_s);
    ASSERT_TRUE(history.ok()) << history.error().toString().toStdString();
    ASSERT_EQ(history->size(), 3);
    EXPECT_TRUE(history->at(0).at.isEmpty()) << "the imported assessment comes first";
    EXPECT_EQ(history->at(0).status, AssessmentStatus::Acceptable);
    EXPECT_EQ(history->at(1).status, AssessmentStatus::ToImprove);
    EXPECT_FALSE(history->at(2).at.isEmpty());

    auto undo = m_file->retractAssessment(u"T-1"_s, u"A-1"_s);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    d = load();
    EXPECT_EQ(d.assessment[0].statusOrDefault(), AssessmentStatus::ToImprove);
    EXPECT_EQ(d.assessment[0].source, std::nullopt);
    history = m_file->assessmentHistory(u"T-1"_s, u"A-1"_s);
    ASSERT_EQ(history->size(), 3) << "an undone assessment stays in the file";
    EXPECT_TRUE(history->at(2).retracted);

    // The source cited by a live assessment cannot be removed; the undone one does not count.
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *undo).ok());
    auto removeSource = m_file->retractSource(u"T-1"_s, u"S-1"_s);
    EXPECT_FALSE(removeSource.ok());

    // Bad input changes nothing.
    const QByteArray before = DossierWriter::write(load());
    Criterion unknownSource = assessment(u"A-1"_s, AssessmentStatus::Acceptable, QString());
    unknownSource.source = u"S-NONE"_s;
    EXPECT_FALSE(m_file->assessCriterion(u"T-1"_s, unknownSource).ok());
    EXPECT_FALSE(m_file->assessCriterion(u"T-1"_s, assessment(u"A-9"_s, AssessmentStatus::Acceptable, {})).ok());
    EXPECT_EQ(DossierWriter::write(load()), before);

    auto trail = m_file->auditTrail(u"T-1"_s);
    ASSERT_TRUE(trail.ok());
    QStringList actions;
    for (const AuditEntry& e : *trail)
        actions << e.action;
    EXPECT_EQ(actions.mid(1), (QStringList{u"assess"_s, u"assess"_s, u"retract_assessment"_s, u"reinstate"_s}));
}

TEST_F(AssessmentTest, TheAnalysisFollowsTheReviewersAssessmentAndDecision)
{
    EXPECT_FALSE(fired(load()).contains(u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s));
    ASSERT_TRUE(
        m_file->assessCriterion(u"T-1"_s, assessment(u"A-1"_s, AssessmentStatus::Unacceptable, u"None."_s)).ok());
    EXPECT_TRUE(fired(load()).contains(u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s));

    // A refusal clears it; undoing the refusal brings the imported authorisation back.
    Decision refusal = *load().decision;
    refusal.outcome = Outcome::Refused;
    refusal.selectedVendor.reset();
    ASSERT_TRUE(m_file->recordDecision(u"T-1"_s, refusal).ok());
    Dossier d = load();
    EXPECT_EQ(d.decision->outcomeOrDefault(), Outcome::Refused);
    EXPECT_EQ(d.decision->claims.size(), 1) << "the claims are kept";
    EXPECT_FALSE(fired(d).contains(u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s));
    auto undo = m_file->retractDecision(u"T-1"_s);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    EXPECT_EQ(load().decision->outcomeOrDefault(), Outcome::Authorized);
    EXPECT_TRUE(fired(load()).contains(u"AUTHORIZED_DESPITE_UNACCEPTABLE"_s));
    EXPECT_FALSE(m_file->retractDecision(u"T-1"_s).ok()) << "the imported decision is not a recorded one";
}

TEST_F(AssessmentTest, ADecisionIsCheckedBeforeItIsRecorded)
{
    const QByteArray before = DossierWriter::write(load());
    Decision d = *load().decision;
    d.selectedVendor = u"V-NONE"_s;
    auto st = m_file->recordDecision(u"T-1"_s, d);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().reason.contains(u"V-NONE"_s));
    d = *load().decision;
    d.durationMonths = 0;
    EXPECT_FALSE(m_file->recordDecision(u"T-1"_s, d).ok());
    d = *load().decision;
    d.publishedAt = Moment::fromDate(QDate(2024, 4, 1), load().info.zone());
    EXPECT_FALSE(m_file->recordDecision(u"T-1"_s, d).ok()) << "published before it was taken";
    EXPECT_EQ(DossierWriter::write(load()), before);

    d = *load().decision;
    d.conditions = QStringList{u"  Keys held by the controller. "_s, u" "_s};
    d.durationMonths = 24;
    ASSERT_TRUE(m_file->recordDecision(u"T-1"_s, d).ok());
    const Dossier after = load();
    EXPECT_EQ(after.decision->conditions, QStringList{u"Keys held by the controller."_s});
    EXPECT_EQ(after.decision->durationMonths, 24);
    // The exported dossier is valid and holds the decision recorded.
    auto reread = DossierReader::read(DossierWriter::write(after), u"export.json"_s);
    ASSERT_TRUE(reread.ok()) << reread.error().toString().toStdString();
    EXPECT_EQ(reread->decision->durationMonths, 24);
}

TEST_F(AssessmentTest, ClaimsAreAddedCheckedAndTakenBack)
{
    Claim c;
    c.id = u"C-2"_s;
    c.kind = ClaimKind::NoAlternativeOffer;
    c.text = u"No other offer was received."_s;
    c.source = u"S-1"_s;
    ASSERT_TRUE(m_file->addClaim(u"T-1"_s, c).ok());
    Dossier d = load();
    ASSERT_EQ(d.decision->claims.size(), 2);
    EXPECT_EQ(d.decision->claims[1].id, u"C-2"_s);
    // B-1 is another non-withdrawn bid: the claim is contradicted.
    bool contradicted = false;
    for (const Signal& s : SignalEngine::analyze(d, AnalysisProfile::defaults()).fired)
        contradicted |= s.code == u"CLAIM_CONTRADICTED"_s && s.subjectId == u"C-2"_s;
    EXPECT_TRUE(contradicted);

    EXPECT_FALSE(m_file->addClaim(u"T-1"_s, c).ok()) << "the id is taken";
    Claim noText = c;
    noText.id = u"C-3"_s;
    noText.text = u"  "_s;
    EXPECT_FALSE(m_file->addClaim(u"T-1"_s, noText).ok());

    auto undo = m_file->retractClaim(u"T-1"_s, u"C-2"_s);
    ASSERT_TRUE(undo.ok());
    EXPECT_EQ(load().decision->claims.size(), 1);
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *undo).ok());
    EXPECT_EQ(load().decision->claims.size(), 2);
}

TEST_F(AssessmentTest, ARemovedClaimKeepsItsTextAndWhatComesBackCitesOnlyWhatIsThere)
{
    Source s2;
    s2.id = u"S-2"_s;
    s2.title = u"Press statement"_s;
    ASSERT_TRUE(m_file->addSource(u"T-1"_s, s2).ok());
    Claim c;
    c.id = u"C-2"_s;
    c.kind = ClaimKind::Other;
    c.text = u"First wording."_s;
    c.source = u"S-2"_s;
    ASSERT_TRUE(m_file->addClaim(u"T-1"_s, c).ok());
    auto removal = m_file->retractClaim(u"T-1"_s, u"C-2"_s);
    ASSERT_TRUE(removal.ok());

    // The id can be used again; the removed claim keeps its own wording in the file.
    Claim again = c;
    again.text = u"Second wording."_s;
    again.source.reset();
    ASSERT_TRUE(m_file->addClaim(u"T-1"_s, again).ok());
    EXPECT_EQ(load().decision->claims.last().text, u"Second wording."_s);
    auto undoAgain = m_file->retractClaim(u"T-1"_s, u"C-2"_s);
    ASSERT_TRUE(undoAgain.ok());
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *removal).ok());
    EXPECT_EQ(load().decision->claims.last().text, u"First wording."_s);
    EXPECT_FALSE(m_file->reinstate(u"T-1"_s, *removal).ok()) << "nothing is left to bring back";

    // A claim cannot come back once its source is gone.
    removal = m_file->retractClaim(u"T-1"_s, u"C-2"_s);
    ASSERT_TRUE(removal.ok());
    ASSERT_TRUE(m_file->retractSource(u"T-1"_s, u"S-2"_s).ok()) << "nothing live cites it";
    const QByteArray before = DossierWriter::write(load());
    auto back = m_file->reinstate(u"T-1"_s, *removal);
    ASSERT_FALSE(back.ok());
    EXPECT_TRUE(back.error().reason.contains(u"taken back"_s)) << back.error().reason.toStdString();
    EXPECT_EQ(DossierWriter::write(load()), before);
    auto reread = DossierReader::read(before, u"export.json"_s);
    EXPECT_TRUE(reread.ok()) << reread.error().toString().toStdString();
}

TEST_F(AssessmentTest, TheSelectedVendorCannotBeTakenBack)
{
    Vendor v;
    v.id = u"V-3"_s;
    v.name = u"Vendor Three"_s;
    ASSERT_TRUE(m_file->addVendor(u"T-1"_s, v).ok());
    Decision d = *load().decision;
    d.selectedVendor = u"V-3"_s;
    ASSERT_TRUE(m_file->recordDecision(u"T-1"_s, d).ok());
    auto undoVendor = m_file->retractVendor(u"T-1"_s, u"V-3"_s);
    ASSERT_FALSE(undoVendor.ok());
    EXPECT_TRUE(undoVendor.error().reason.contains(u"selected"_s));
    ASSERT_TRUE(m_file->retractDecision(u"T-1"_s).ok());
    EXPECT_TRUE(m_file->retractVendor(u"T-1"_s, u"V-3"_s).ok()) << "no longer selected";
}
