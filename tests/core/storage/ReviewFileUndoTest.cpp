// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

// The minimal dossier in a fresh review file: R-1 (rev 1 answered by B-1, rev 2 by B-2), R-2
// (rev 1 answered), sources S-1 (cited) and whatever the test adds.
class ReviewFileUndoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto f = ReviewFile::open(m_dir.filePath(u"undo.db"_s), ReviewFile::Mode::CreateIfMissing);
        ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
        m_file = std::move(*f);
        auto d = DossierReader::read(minimalJson(), u"minimal.json"_s);
        ASSERT_TRUE(d.ok());
        m_zone = d->info.zone();
        ASSERT_TRUE(m_file->importDossier(*d, u"minimal.json"_s).ok());
    }
    Dossier load()
    {
        auto d = m_file->load(u"T-1"_s);
        EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
        return d.ok() ? *d : Dossier();
    }
    QList<AuditEntry> trail()
    {
        auto t = m_file->auditTrail(u"T-1"_s);
        EXPECT_TRUE(t.ok());
        return t.ok() ? *t : QList<AuditEntry>();
    }
    QStringList actions()
    {
        QStringList out;
        const QList<AuditEntry> entries = trail();
        for (const AuditEntry& e : entries)
            out << e.action;
        return out;
    }
    RequirementRevision revision(int rev, QDate day, const QString& text)
    {
        RequirementRevision r;
        r.rev = rev;
        r.effectiveAt = Moment::fromDate(day, m_zone);
        r.text = text;
        r.rationale = u"test"_s;
        return r;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewFile> m_file;
    QTimeZone m_zone;
};

} // namespace

TEST_F(ReviewFileUndoTest, AnUndoneRevisionLeavesTheDossierAsItWasAndStaysInTheAuditTrail)
{
    const QByteArray before = DossierWriter::write(load());
    ASSERT_TRUE(
        m_file->addRevision(u"T-1"_s, u"R-2"_s, revision(2, QDate(2024, 3, 20), u"A tested exit plan."_s)).ok());
    ASSERT_EQ(load().requirement(u"R-2")->revisions.size(), 2);

    auto undo = m_file->retractRevision(u"T-1"_s, u"R-2"_s, 2);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(load()), before) << "the export is byte for byte what it was";
    EXPECT_EQ(actions().mid(1), (QStringList{u"add_revision"_s, u"retract_revision"_s}));

    // Redo brings the same revision back.
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *undo).ok());
    const Dossier redone = load();
    ASSERT_EQ(redone.requirement(u"R-2")->revisions.size(), 2);
    EXPECT_EQ(redone.requirement(u"R-2")->revisions[1].text, u"A tested exit plan."_s);
    EXPECT_EQ(actions().last(), u"reinstate"_s);
}

TEST_F(ReviewFileUndoTest, ANewEditAfterAnUndoTakesTheFreedNumberAndRedoIsThenRefused)
{
    ASSERT_TRUE(m_file->addRevision(u"T-1"_s, u"R-2"_s, revision(2, QDate(2024, 3, 20), u"First try."_s)).ok());
    auto undo = m_file->retractRevision(u"T-1"_s, u"R-2"_s, 2);
    ASSERT_TRUE(undo.ok());
    ASSERT_TRUE(m_file->addRevision(u"T-1"_s, u"R-2"_s, revision(2, QDate(2024, 3, 21), u"Second try."_s)).ok());
    EXPECT_EQ(load().requirement(u"R-2")->revisions[1].text, u"Second try."_s);

    const QStringList trail = actions();
    auto redo = m_file->reinstate(u"T-1"_s, *undo);
    ASSERT_FALSE(redo.ok());
    EXPECT_EQ(actions(), trail) << "a refused redo records nothing";
    EXPECT_EQ(load().requirement(u"R-2")->revisions[1].text, u"Second try."_s);
}

TEST_F(ReviewFileUndoTest, OnlyTheLatestUnansweredRevisionCanBeUndone)
{
    auto notLatest = m_file->retractRevision(u"T-1"_s, u"R-1"_s, 1);
    ASSERT_FALSE(notLatest.ok());
    EXPECT_TRUE(notLatest.error().reason.contains(u"not its latest"_s)) << notLatest.error().reason.toStdString();
    auto answered = m_file->retractRevision(u"T-1"_s, u"R-1"_s, 2);
    ASSERT_FALSE(answered.ok());
    EXPECT_TRUE(answered.error().reason.contains(u"answered"_s)) << answered.error().reason.toStdString();
    EXPECT_EQ(load().requirement(u"R-1")->revisions.size(), 2);
}

TEST_F(ReviewFileUndoTest, AnUndoneRequirementDisappearsAndItsIdCanBeUsedAgain)
{
    Requirement r;
    r.id = u"R-3"_s;
    r.title = u"Audit rights"_s;
    r.revisions << revision(1, QDate(2024, 3, 5), u"On-site audits."_s);
    ASSERT_TRUE(m_file->addRequirement(u"T-1"_s, r).ok());
    auto duplicate = m_file->addRequirement(u"T-1"_s, r);
    EXPECT_FALSE(duplicate.ok()) << "an id in use is refused";

    auto undo = m_file->retractRequirement(u"T-1"_s, u"R-3"_s);
    ASSERT_TRUE(undo.ok()) << undo.error().toString().toStdString();
    EXPECT_EQ(load().requirement(u"R-3"), nullptr);
    EXPECT_EQ(m_file->dossiers()->front().requirements, 2);
    auto asOf = m_file->requirementsAsOf(u"T-1"_s, QDate(2024, 4, 1));
    EXPECT_EQ(asOf->size(), 2);

    r.title = u"Audit rights, again"_s;
    ASSERT_TRUE(m_file->addRequirement(u"T-1"_s, r).ok());
    const Dossier d = load();
    ASSERT_NE(d.requirement(u"R-3"), nullptr);
    EXPECT_EQ(d.requirement(u"R-3")->title, u"Audit rights, again"_s);
    EXPECT_EQ(d.requirement(u"R-3")->revisions.size(), 1);
}

TEST_F(ReviewFileUndoTest, SourcesAreEditedWithTheOldValuesKeptAndRetractedOnlyWhenUncited)
{
    Source s;
    s.id = u"S-9"_s;
    s.title = u"Press release"_s;
    s.publisher = u"Ministry"_s;
    ASSERT_TRUE(m_file->addSource(u"T-1"_s, s).ok());
    s.title = u"Press release of 3 March"_s;
    ASSERT_TRUE(m_file->updateSource(u"T-1"_s, s).ok());
    EXPECT_EQ(load().source(u"S-9")->title, u"Press release of 3 March"_s);
    const AuditEntry edit = trail().last();
    EXPECT_EQ(edit.action, u"edit_source"_s);
    EXPECT_TRUE(edit.detail.contains(u"Press release | Ministry"_s)) << edit.detail.toStdString();

    auto cited = m_file->retractSource(u"T-1"_s, u"S-1"_s);
    ASSERT_FALSE(cited.ok());
    EXPECT_TRUE(cited.error().reason.contains(u"cited"_s)) << cited.error().reason.toStdString();

    auto undo = m_file->retractSource(u"T-1"_s, u"S-9"_s);
    ASSERT_TRUE(undo.ok());
    EXPECT_EQ(load().source(u"S-9"), nullptr);
    ASSERT_TRUE(m_file->reinstate(u"T-1"_s, *undo).ok());
    EXPECT_EQ(load().source(u"S-9")->title, u"Press release of 3 March"_s);

    s.title = u""_s;
    auto untitled = m_file->updateSource(u"T-1"_s, s);
    EXPECT_FALSE(untitled.ok());
    EXPECT_EQ(load().source(u"S-9")->title, u"Press release of 3 March"_s);
}

TEST_F(ReviewFileUndoTest, VendorsBidsAndAnswersAreUndoneLastFirstAndKeptInTheFile)
{
    Vendor v;
    v.id = u"V-3"_s;
    v.name = u"Vendor Three"_s;
    v.country = u"FR"_s;
    v.certifications << Certification{u"HDS"_s, std::nullopt, Moment::fromDate(QDate(2027, 1, 1), m_zone)};
    ASSERT_TRUE(m_file->addVendor(u"T-1"_s, v).ok());
    Bid b;
    b.id = u"B-3"_s;
    b.vendor = u"V-3"_s;
    b.submittedAt = Moment::fromDate(QDate(2024, 3, 22), m_zone);
    ASSERT_TRUE(m_file->addBid(u"T-1"_s, b).ok());
    Response first;
    first.requirement = u"R-1"_s;
    first.rev = 2;
    first.compliance = Compliance::Full;
    ASSERT_TRUE(m_file->recordAnswer(u"T-1"_s, u"B-3"_s, first).ok());
    Response second = first;
    second.requirement = u"R-2"_s;
    second.rev = 1;
    second.compliance = Compliance::None;
    ASSERT_TRUE(m_file->recordAnswer(u"T-1"_s, u"B-3"_s, second).ok());
    ASSERT_EQ(load().bid(u"B-3")->responses.size(), 2);
    EXPECT_EQ(load().vendor(u"V-3")->certifications.size(), 1);

    EXPECT_FALSE(m_file->retractBid(u"T-1"_s, u"B-3"_s).ok()) << "it has answers";
    EXPECT_FALSE(m_file->retractAnswer(u"T-1"_s, u"B-3"_s, first).ok()) << "not the latest";
    auto undoSecond = m_file->retractAnswer(u"T-1"_s, u"B-3"_s, second);
    ASSERT_TRUE(undoSecond.ok()) << undoSecond.error().toString().toStdString();
    auto undoFirst = m_file->retractAnswer(u"T-1"_s, u"B-3"_s, first);
    ASSERT_TRUE(undoFirst.ok());
    EXPECT_TRUE(load().bid(u"B-3")->responses.isEmpty());
    EXPECT_FALSE(m_file->retractVendor(u"T-1"_s, u"V-3"_s).ok()) << "it has a bid";
    auto undoBid = m_file->retractBid(u"T-1"_s, u"B-3"_s);
    ASSERT_TRUE(undoBid.ok());
    auto undoVendor = m_file->retractVendor(u"T-1"_s, u"V-3"_s);
    ASSERT_TRUE(undoVendor.ok());
    const Dossier gone = load();
    EXPECT_EQ(gone.vendor(u"V-3"), nullptr);
    EXPECT_EQ(gone.bid(u"B-3"), nullptr);
    EXPECT_EQ(m_file->dossiers()->front().vendors, 2);

    // Redo, first undone last.
    for (qint64 retraction : {*undoVendor, *undoBid, *undoFirst, *undoSecond})
        ASSERT_TRUE(m_file->reinstate(u"T-1"_s, retraction).ok());
    const Dossier back = load();
    ASSERT_NE(back.bid(u"B-3"), nullptr);
    EXPECT_EQ(back.bid(u"B-3")->responses.size(), 2);
    EXPECT_EQ(back.vendor(u"V-3")->name, u"Vendor Three"_s);
    EXPECT_EQ(actions().mid(actions().size() - 4), QStringList(4, u"reinstate"_s));
}

TEST_F(ReviewFileUndoTest, AnIdTakenAgainAfterAnUndoKeepsWhatItHeldInTheAuditTrail)
{
    // A vendor and a bid added, undone, then added again under the same ids with other values:
    // the rows are reused, and the audit entries of the new additions keep the values replaced.
    Vendor v;
    v.id = u"V-3"_s;
    v.name = u"First Name"_s;
    v.country = u"FR"_s;
    v.certifications << Certification{u"HDS"_s, Moment::fromDate(QDate(2022, 1, 1), m_zone), std::nullopt};
    ASSERT_TRUE(m_file->addVendor(u"T-1"_s, v).ok());
    Bid b;
    b.id = u"B-3"_s;
    b.vendor = u"V-3"_s;
    b.submittedAt = Moment::fromDate(QDate(2024, 3, 22), m_zone);
    b.price = Price{1000, u"EUR"_s};
    ASSERT_TRUE(m_file->addBid(u"T-1"_s, b).ok());
    ASSERT_TRUE(m_file->retractBid(u"T-1"_s, u"B-3"_s).ok());
    ASSERT_TRUE(m_file->retractVendor(u"T-1"_s, u"V-3"_s).ok());
    Source s;
    s.id = u"S-9"_s;
    s.title = u"First title"_s;
    ASSERT_TRUE(m_file->addSource(u"T-1"_s, s).ok());
    ASSERT_TRUE(m_file->retractSource(u"T-1"_s, u"S-9"_s).ok());

    v.name = u"Second Name"_s;
    v.country = u"DE"_s;
    v.certifications.clear();
    ASSERT_TRUE(m_file->addVendor(u"T-1"_s, v).ok());
    b.price = Price{2000, u"EUR"_s};
    ASSERT_TRUE(m_file->addBid(u"T-1"_s, b).ok());
    s.title = u"Second title"_s;
    ASSERT_TRUE(m_file->addSource(u"T-1"_s, s).ok());

    const Dossier d = load();
    EXPECT_EQ(d.vendor(u"V-3")->name, u"Second Name"_s);
    EXPECT_TRUE(d.vendor(u"V-3")->certifications.isEmpty());
    EXPECT_EQ(d.bid(u"B-3")->price->amount, 2000);
    EXPECT_EQ(d.source(u"S-9")->title, u"Second title"_s);
    const QList<AuditEntry> entries = trail();
    ASSERT_GE(entries.size(), 3);
    const QStringList last{
        entries[entries.size() - 3].detail, entries[entries.size() - 2].detail, entries[entries.size() - 1].detail};
    EXPECT_EQ(last[0], u"V-3, in place of the retracted one (was: First Name | FR | — | — | — | HDS 2022-01-01..)"_s);
    EXPECT_TRUE(last[1].startsWith(u"B-3 from V-3, in place of the retracted one (was: V-3 | 2024-03-22 |"_s))
        << last[1].toStdString();
    EXPECT_TRUE(last[1].contains(u"| 1000 | EUR |"_s)) << last[1].toStdString();
    EXPECT_EQ(last[2], u"S-9, in place of the retracted one (was: First title | — | — | — | — | — | —)"_s);
}
