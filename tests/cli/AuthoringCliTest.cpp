// SPDX-License-Identifier: EUPL-1.2
// Building a case from nothing with hostreview-cli: a new dossier, its metadata, events, bid
// statuses and criteria, each recorded with its author, and a whole dossier rebuilt command by
// command that exports and analyses as the imported one does.
#include "TestSupport.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "model/Enums.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

QString yesNo(bool b)
{
    return b ? u"yes"_s : u"no"_s;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

class AuthoringCliTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString m_review = m_dir.filePath(u"review.db"_s);

    // Runs `command REVIEW.db args...` and expects it to succeed.
    void ok(const QString& command, const QStringList& args)
    {
        QString out, err;
        QStringList all{command, m_review};
        all << args;
        const int code = runCli(all, &out, &err);
        ASSERT_EQ(code, 0) << command.toStdString() << " " << args.join(u' ').toStdString() << "\n"
                           << err.toStdString();
    }
    // Runs `command REVIEW.db args...`, expects a refusal; returns what it said.
    QString refused(const QString& command, const QStringList& args)
    {
        QString out, err;
        QStringList all{command, m_review};
        all << args;
        EXPECT_EQ(runCli(all, &out, &err), 2) << out.toStdString();
        return err;
    }
    QByteArray exported(const QString& review, const QString& id)
    {
        const QString path = m_dir.filePath(id + u".json"_s);
        QString out, err;
        EXPECT_EQ(runCli({u"export"_s, review, u"--dossier"_s, id, u"-o"_s, path}, &out, &err), 0) << err.toStdString();
        return readAll(path);
    }

    // Every command that rebuilds `d` in m_review, in an order that keeps references valid.
    void rebuild(const Dossier& d)
    {
        const QString id = d.info.id;
        const DossierInfo& i = d.info;
        QStringList meta{u"--id"_s, id, u"--title"_s, i.title};
        const auto text = [&](const char* option, const std::optional<QString>& v) {
            if (v)
                meta << u"--"_s + QString::fromLatin1(option) << *v;
        };
        text("applicant", i.applicant);
        text("authority", i.authority);
        text("timezone", i.timezone);
        text("language", i.language);
        text("summary", i.summary);
        if (i.procedure)
            meta << u"--procedure"_s << enumName(*i.procedure);
        if (i.sensitivity)
            meta << u"--sensitivity"_s << enumName(*i.sensitivity);
        for (const QString& c : i.dataCategories.value_or(QStringList()))
            meta << u"--data-category"_s << c;
        for (const QString& c : i.requiredCertifications.value_or(QStringList()))
            meta << u"--required-certification"_s << c;
        if (i.illustrative)
            meta << u"--illustrative"_s << yesNo(*i.illustrative);
        ASSERT_NO_FATAL_FAILURE(ok(u"new-dossier"_s, meta));
        const QStringList dossier{u"--dossier"_s, id};
        for (const Source& s : d.sources) {
            QStringList a = dossier + QStringList{u"--id"_s, s.id, u"--title"_s, s.title};
            if (s.publisher)
                a << u"--publisher"_s << *s.publisher;
            if (s.url)
                a << u"--url"_s << *s.url;
            if (s.date)
                a << u"--date"_s << s.date->text();
            if (s.kind)
                a << u"--kind"_s << enumName(*s.kind);
            if (s.excerpt)
                a << u"--excerpt"_s << *s.excerpt;
            if (s.confidential)
                a << u"--confidential"_s << yesNo(*s.confidential);
            ASSERT_NO_FATAL_FAILURE(ok(u"source"_s, a));
        }
        for (const Event& e : d.events) {
            QStringList a =
                dossier + QStringList{u"--id"_s, e.id, u"--kind"_s, enumName(e.kind), u"--at"_s, e.at.text()};
            if (e.newDeadline)
                a << u"--new-deadline"_s << e.newDeadline->text();
            if (e.title)
                a << u"--title"_s << *e.title;
            if (e.note)
                a << u"--note"_s << *e.note;
            if (e.source)
                a << u"--source"_s << *e.source;
            ASSERT_NO_FATAL_FAILURE(ok(u"event"_s, a));
        }
        for (const Requirement& r : d.requirements) {
            for (const RequirementRevision& v : r.revisions) {
                QStringList a = dossier;
                if (v.rev == 1) {
                    a << u"--id"_s << r.id;
                    if (r.title)
                        a << u"--title"_s << *r.title;
                    if (r.category)
                        a << u"--category"_s << enumName(*r.category);
                } else {
                    a << u"--requirement"_s << r.id;
                }
                a << u"--effective"_s << v.effectiveAt.text();
                if (v.text)
                    a << u"--text"_s << *v.text;
                if (v.mandatory)
                    a << u"--mandatory"_s << yesNo(*v.mandatory);
                if (v.weight)
                    a << u"--weight"_s << number(*v.weight);
                if (v.status)
                    a << u"--status"_s << enumName(*v.status);
                if (v.rationale)
                    a << u"--rationale"_s << *v.rationale;
                if (v.source)
                    a << u"--source"_s << *v.source;
                ASSERT_NO_FATAL_FAILURE(ok(v.rev == 1 ? u"add-requirement"_s : u"revise"_s, a));
            }
        }
        for (const Vendor& v : d.vendors) {
            QStringList a = dossier + QStringList{u"--id"_s, v.id, u"--name"_s, v.name};
            if (v.country)
                a << u"--country"_s << *v.country;
            if (v.parent)
                a << u"--parent"_s << *v.parent;
            if (v.parentCountry)
                a << u"--parent-country"_s << *v.parentCountry;
            if (v.notes)
                a << u"--notes"_s << *v.notes;
            for (const Certification& c : v.certifications) {
                QString spec = c.scheme;
                if (c.validFrom || c.validUntil)
                    spec += u',' + (c.validFrom ? c.validFrom->text() : QString());
                if (c.validUntil)
                    spec += u',' + c.validUntil->text();
                a << u"--certification"_s << spec;
            }
            ASSERT_NO_FATAL_FAILURE(ok(u"add-vendor"_s, a));
        }
        for (const Bid& b : d.bids) {
            QStringList a =
                dossier + QStringList{u"--id"_s, b.id, u"--vendor"_s, b.vendor, u"--submitted"_s, b.submittedAt.text()};
            if (b.price) {
                a << u"--price"_s << number(b.price->amount);
                if (b.price->currency)
                    a << u"--currency"_s << *b.price->currency;
            }
            if (b.confidential)
                a << u"--confidential"_s << yesNo(*b.confidential);
            if (b.status && !b.statusAt)
                a << u"--status"_s << enumName(*b.status);
            ASSERT_NO_FATAL_FAILURE(ok(u"add-bid"_s, a));
            // A dated status through its own command, as a journalist dates a withdrawal.
            if (b.status && b.statusAt) {
                ASSERT_NO_FATAL_FAILURE(
                    ok(u"bid-status"_s,
                       dossier +
                           QStringList{
                               u"--bid"_s, b.id, u"--status"_s, enumName(*b.status), u"--at"_s, b.statusAt->text()}));
            }
            for (const Response& r : b.responses) {
                QStringList x = dossier + QStringList{u"--bid"_s,
                                                      b.id,
                                                      u"--requirement"_s,
                                                      r.requirement,
                                                      u"--rev"_s,
                                                      QString::number(r.rev),
                                                      u"--compliance"_s,
                                                      enumName(r.compliance)};
                if (r.at)
                    x << u"--at"_s << r.at->text();
                if (r.evidence)
                    x << u"--evidence"_s << *r.evidence;
                if (r.confidential)
                    x << u"--confidential"_s << yesNo(*r.confidential);
                ASSERT_NO_FATAL_FAILURE(ok(u"answer"_s, x));
            }
        }
        for (const Criterion& c : d.assessment) {
            QStringList a = dossier + QStringList{u"--id"_s, c.criterion};
            if (c.title)
                a << u"--title"_s << *c.title;
            if (c.kind)
                a << u"--kind"_s << enumName(*c.kind);
            ASSERT_NO_FATAL_FAILURE(ok(u"criterion"_s, a));
            if (c.status || c.comment || c.source) {
                QStringList s =
                    dossier + QStringList{u"--criterion"_s, c.criterion, u"--status"_s, enumName(c.statusOrDefault())};
                if (c.comment)
                    s << u"--comment"_s << *c.comment;
                if (c.source)
                    s << u"--source"_s << *c.source;
                ASSERT_NO_FATAL_FAILURE(ok(u"assess"_s, s));
            }
        }
        if (d.decision) {
            const Decision& x = *d.decision;
            QStringList a = dossier;
            if (x.outcome)
                a << u"--outcome"_s << enumName(*x.outcome);
            if (x.selectedVendor)
                a << u"--vendor"_s << *x.selectedVendor;
            if (x.decidedAt)
                a << u"--decided-at"_s << x.decidedAt->text();
            if (x.publishedAt)
                a << u"--published-at"_s << x.publishedAt->text();
            if (x.durationMonths)
                a << u"--duration"_s << QString::number(*x.durationMonths);
            for (const QString& c : x.conditions.value_or(QStringList()))
                a << u"--condition"_s << c;
            if (x.rationale)
                a << u"--rationale"_s << *x.rationale;
            // The decision as it was taken, whatever the assessment said.
            a << u"--despite-assessment"_s;
            ASSERT_NO_FATAL_FAILURE(ok(u"decide"_s, a));
            for (const Claim& c : x.claims) {
                QStringList s = dossier + QStringList{u"--id"_s, c.id, u"--kind"_s, enumName(c.kind)};
                if (c.text)
                    s << u"--text"_s << *c.text;
                if (c.source)
                    s << u"--source"_s << *c.source;
                ASSERT_NO_FATAL_FAILURE(ok(u"claim"_s, s));
            }
        }
    }
};

} // namespace

TEST_F(AuthoringCliTest, TheDemoRebuiltCommandByCommandExportsAndAnalysesAsTheImportedOne)
{
    qputenv("HOSTREVIEW_AUTHOR", "Test Author");
    const Dossier demo = demoDossier();
    ASSERT_NO_FATAL_FAILURE(rebuild(demo));
    const QString imported = m_dir.filePath(u"imported.db"_s);
    QString out, err;
    ASSERT_EQ(runCli({u"import"_s, demoPath(), u"--into"_s, imported}, &out, &err), 0) << err.toStdString();
    // The same facts: both exports read back to the same dossier, written the same way.
    auto built = DossierReader::read(exported(m_review, demo.info.id), u"built.json"_s);
    auto reference = DossierReader::read(exported(imported, demo.info.id), u"imported.json"_s);
    ASSERT_TRUE(built.ok()) << built.error().toString().toStdString();
    ASSERT_TRUE(reference.ok());
    // What the commands cannot author (the analysis profile, extensions) aside; and an empty
    // rationale is "no reason given" (docs/format.md), which `--rationale ""` records as none.
    reference->analysisProfile = built->analysisProfile;
    reference->extensions = built->extensions;
    for (Requirement& r : reference->requirements) {
        for (RequirementRevision& v : r.revisions) {
            if (v.rationale && v.rationale->isEmpty())
                v.rationale.reset();
        }
    }
    EXPECT_EQ(QString::fromUtf8(DossierWriter::write(*built)).toStdString(),
              QString::fromUtf8(DossierWriter::write(*reference)).toStdString());
    QString builtAnalysis, referenceAnalysis;
    EXPECT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, demo.info.id, u"--format"_s, u"json"_s}, &builtAnalysis),
              0);
    EXPECT_EQ(
        runCli({u"analyze"_s, imported, u"--dossier"_s, demo.info.id, u"--format"_s, u"json"_s}, &referenceAnalysis),
        0);
    EXPECT_EQ(builtAnalysis.toStdString(), referenceAnalysis.toStdString());
    // Every entry of the built file names its author.
    auto file = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(file.ok());
    auto trail = (*file)->auditTrail(demo.info.id);
    ASSERT_TRUE(trail.ok());
    ASSERT_GT(trail->size(), 50);
    for (const AuditEntry& e : *trail)
        EXPECT_EQ(e.author, u"Test Author"_s) << e.action.toStdString();
    qunsetenv("HOSTREVIEW_AUTHOR");
}

TEST_F(AuthoringCliTest, EventsAndStatusesChangeByNewEntriesAndEachUndoBringsThePreviousBack)
{
    ASSERT_NO_FATAL_FAILURE(
        ok(u"new-dossier"_s, {u"--id"_s, u"D-1"_s, u"--title"_s, u"Hosting"_s, u"--author"_s, u"Alice"_s}));
    const QStringList d{u"--dossier"_s, u"D-1"_s, u"--author"_s, u"Bob"_s};
    ASSERT_NO_FATAL_FAILURE(
        ok(u"event"_s,
           d + QStringList{u"--id"_s, u"E-OPEN"_s, u"--kind"_s, u"consultation_opened"_s, u"--at"_s, u"2023-12-04"_s}));
    ASSERT_NO_FATAL_FAILURE(ok(
        u"event"_s, d + QStringList{u"--id"_s, u"E-DL"_s, u"--kind"_s, u"bid_deadline"_s, u"--at"_s, u"2023-12-15"_s}));
    // The refusals an import would give, naming the event.
    const QString second = refused(
        u"event"_s, d + QStringList{u"--id"_s, u"E-DL2"_s, u"--kind"_s, u"bid_deadline"_s, u"--at"_s, u"2023-12-16"_s});
    EXPECT_TRUE(second.contains(u"E-DL2"_s) && second.contains(u"second bid_deadline"_s)) << second.toStdString();
    const QString extension =
        refused(u"event"_s,
                d + QStringList{u"--id"_s, u"E-X"_s, u"--kind"_s, u"deadline_extended"_s, u"--at"_s, u"2023-12-14"_s});
    EXPECT_TRUE(extension.contains(u"new_deadline"_s)) << extension.toStdString();
    const QString unknown = refused(
        u"event"_s,
        d + QStringList{
                u"--id"_s, u"E-Y"_s, u"--kind"_s, u"other"_s, u"--at"_s, u"2023-12-14"_s, u"--source"_s, u"S-NONE"_s});
    EXPECT_TRUE(unknown.contains(u"S-NONE"_s)) << unknown.toStdString();
    // A change, then its undo.
    ASSERT_NO_FATAL_FAILURE(
        ok(u"event"_s, d + QStringList{u"--id"_s, u"E-DL"_s, u"--edit"_s, u"--at"_s, u"2023-12-13"_s}));
    auto file = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(file.ok());
    (*file)->setAuthor(u"Bob"_s);
    auto deadline = [&] {
        auto loaded = (*file)->load(u"D-1"_s);
        EXPECT_TRUE(loaded.ok());
        for (const Event& e : loaded->events) {
            if (e.id == u"E-DL"_s)
                return e.at.text();
        }
        return QString();
    };
    EXPECT_EQ(deadline(), u"2023-12-13"_s);
    auto undone = (*file)->retractEvent(u"D-1"_s, u"E-DL"_s, ReviewFile::EventRetraction::LatestChange);
    ASSERT_TRUE(undone.ok()) << undone.error().toString().toStdString();
    EXPECT_EQ(deadline(), u"2023-12-15"_s);
    ASSERT_TRUE((*file)->reinstate(u"D-1"_s, *undone).ok());
    EXPECT_EQ(deadline(), u"2023-12-13"_s);
    ASSERT_NO_FATAL_FAILURE(ok(u"event"_s, d + QStringList{u"--id"_s, u"E-DL"_s, u"--remove"_s}));
    EXPECT_EQ(deadline(), QString());

    // A bid withdrawn on a day, with its reason; undo brings "submitted" back.
    ASSERT_NO_FATAL_FAILURE(ok(u"add-vendor"_s, d + QStringList{u"--id"_s, u"V-1"_s, u"--name"_s, u"Host"_s}));
    ASSERT_NO_FATAL_FAILURE(
        ok(u"add-bid"_s,
           d + QStringList{u"--id"_s, u"B-1"_s, u"--vendor"_s, u"V-1"_s, u"--submitted"_s, u"2023-12-11"_s}));
    const QString early =
        refused(u"bid-status"_s,
                d + QStringList{u"--bid"_s, u"B-1"_s, u"--status"_s, u"withdrawn"_s, u"--at"_s, u"2023-12-10"_s});
    EXPECT_TRUE(early.contains(u"earlier than submitted_at"_s)) << early.toStdString();
    ASSERT_NO_FATAL_FAILURE(ok(u"bid-status"_s,
                               d + QStringList{u"--bid"_s,
                                               u"B-1"_s,
                                               u"--status"_s,
                                               u"withdrawn"_s,
                                               u"--at"_s,
                                               u"2023-12-16"_s,
                                               u"--reason"_s,
                                               u"letter of 16 December"_s}));
    auto bid = [&] {
        auto loaded = (*file)->load(u"D-1"_s);
        EXPECT_TRUE(loaded.ok());
        return loaded->bids.value(0);
    };
    EXPECT_EQ(bid().status, BidStatus::Withdrawn);
    EXPECT_EQ(bid().statusAt->text(), u"2023-12-16"_s);
    ASSERT_NO_FATAL_FAILURE(ok(u"bid-status"_s, d + QStringList{u"--bid"_s, u"B-1"_s, u"--undo"_s}));
    EXPECT_FALSE(bid().status.has_value());

    // The metadata: a change and its undo; the time zone stays once there are dates.
    ASSERT_NO_FATAL_FAILURE(ok(u"dossier"_s, d + QStringList{u"--applicant"_s, u"Health Data Hub"_s}));
    EXPECT_EQ((*file)->load(u"D-1"_s)->info.applicant, u"Health Data Hub"_s);
    const QString zone = refused(u"dossier"_s, d + QStringList{u"--timezone"_s, u"Europe/London"_s});
    EXPECT_TRUE(zone.contains(u"time zone"_s)) << zone.toStdString();
    ASSERT_NO_FATAL_FAILURE(ok(u"dossier"_s, d + QStringList{u"--undo"_s}));
    EXPECT_FALSE((*file)->load(u"D-1"_s)->info.applicant.has_value());

    // Who did what: Alice created the dossier, Bob did the rest.
    auto trail = (*file)->auditTrail(u"D-1"_s);
    ASSERT_TRUE(trail.ok());
    ASSERT_GE(trail->size(), 10);
    EXPECT_EQ(trail->front().author, u"Alice"_s);
    for (qsizetype k = 1; k < trail->size(); ++k)
        EXPECT_EQ(trail->at(k).author, u"Bob"_s) << trail->at(k).action.toStdString();
}
