// SPDX-License-Identifier: EUPL-1.2
#include "storage/ReviewFile.h"
#include "TestSupport.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

Dossier minimal()
{
    auto r = DossierReader::read(minimalJson(), u"minimal.json"_s);
    EXPECT_TRUE(r.ok());
    return r.ok() ? *r : Dossier();
}

// Runs SQL on a file through its own raw connection, as another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString& sql, QString* error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError().text();
        return ok;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
};

// Writes the review file a fixture of an older schema holds (SQL text, one statement a line end
// with ";"), and checks that it is of that version.
void writeFixture(const QString& path, const QString& fixture, int version)
{
    RawConnection raw(path);
    const QString sql = QString::fromUtf8(readAll(sourcePath(u"tests/fixtures/"_s + fixture)));
    ASSERT_FALSE(sql.isEmpty()) << fixture.toStdString();
    for (const QString& statement : sql.split(u";\n"_s)) {
        QString error;
        if (!statement.trimmed().isEmpty()) {
            ASSERT_TRUE(raw.exec(statement, &error)) << error.toStdString() << "\n" << statement.toStdString();
        }
    }
    ASSERT_EQ(raw.value(u"PRAGMA user_version"_s).toInt(), version);
}

std::unique_ptr<ReviewFile> openOrFail(const QString& path, const Clock* clock = nullptr)
{
    auto f = ReviewFile::open(path, ReviewFile::Mode::CreateIfMissing, clock);
    EXPECT_TRUE(f.ok()) << (f.ok() ? std::string() : f.error().toString().toStdString());
    return f.ok() ? std::move(*f) : nullptr;
}

// The minimal dossier's R-2, clarified on 2024-03-16.
RequirementRevision exitPlanRev2()
{
    RequirementRevision rev;
    rev.rev = 2;
    rev.effectiveAt = *Moment::parse(u"2024-03-16"_s, QTimeZone("Europe/Paris"));
    rev.text = u"A tested exit plan, yearly."_s;
    rev.rationale = u"clarification"_s;
    return rev;
}

} // namespace

TEST(ReviewFileTest, NewFilesAndTheirJournalAreOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    auto file = openOrFail(path);
    ASSERT_TRUE(file);
    ASSERT_TRUE(file->importDossier(minimal(), u"minimal.json"_s).ok());
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    EXPECT_EQ(QFile::permissions(path) & (owner | others), owner);
    ASSERT_TRUE(QFile::exists(path + u"-wal"_s));
    EXPECT_EQ(QFile::permissions(path + u"-wal"_s) & others, QFileDevice::Permissions());
    EXPECT_EQ(file->schemaVersion().value(), Schema::Version);
    RawConnection raw(path);
    EXPECT_EQ(raw.value(u"PRAGMA application_id"_s).toInt(), Schema::ApplicationId);
    EXPECT_EQ(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

TEST(ReviewFileTest, StoresAndLoadsEveryPartOfADossier)
{
    QTemporaryDir dir;
    auto file = openOrFail(dir.filePath(u"review.db"_s));
    const Dossier d = minimal();
    ASSERT_TRUE(file->importDossier(d, u"minimal.json"_s).ok());
    auto loaded = file->load(u"T-1"_s);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(*loaded), DossierWriter::write(d));
    EXPECT_EQ(loaded->bids[1].responses[0].rev, 2) << "answers stay pinned to the revision answered";
    auto list = file->dossiers();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->front().requirements, 2);
    EXPECT_EQ(list->front().revisions, 3);
    EXPECT_EQ(list->front().bids, 2);
}

TEST(ReviewFileTest, TwoDossiersEditedInTurnEachLoadTheirOwnAnswers)
{
    // T-1's revision rows end up on both sides of T-2's: each load must pin every answer to its
    // own dossier's revision.
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 3, 16), QTime(9, 0), QTimeZone::utc()));
    auto file = openOrFail(dir.filePath(u"review.db"_s), &clock);
    Dossier first = minimal();
    Dossier second = minimal();
    second.info.id = u"T-2"_s;
    ASSERT_TRUE(file->importDossier(first, u"first.json"_s).ok());
    ASSERT_TRUE(file->importDossier(second, u"second.json"_s).ok());
    const QTimeZone paris("Europe/Paris");
    RequirementRevision rev = exitPlanRev2();
    ASSERT_TRUE(file->addRevision(u"T-1"_s, u"R-2"_s, rev).ok());
    Response answer;
    answer.requirement = u"R-2"_s;
    answer.rev = 2;
    answer.compliance = Compliance::Full;
    answer.at = *Moment::parse(u"2024-03-16"_s, paris);
    ASSERT_TRUE(file->recordAnswer(u"T-1"_s, u"B-1"_s, answer).ok());

    first.requirements[1].revisions << rev;
    first.bids[0].responses << answer;
    for (const Dossier& expected : {first, second}) {
        for (auto scope : {ReviewFile::LoadScope::Everything, ReviewFile::LoadScope::ForAnalysis}) {
            auto loaded = file->load(expected.info.id, scope);
            ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
            ASSERT_EQ(loaded->bids.size(), expected.bids.size());
            for (qsizetype b = 0; b < expected.bids.size(); ++b) {
                QStringList got, want;
                for (const Response& r : loaded->bids[b].responses)
                    got << r.requirement + u" rev "_s + QString::number(r.rev) + u' ' + enumName(r.compliance);
                for (const Response& r : expected.bids[b].responses)
                    want << r.requirement + u" rev "_s + QString::number(r.rev) + u' ' + enumName(r.compliance);
                EXPECT_EQ(got, want) << qPrintable(expected.info.id) << " " << qPrintable(expected.bids[b].id);
            }
        }
    }
}

// The import writes its rows without SQLite's per-row parent lookups (each parent is a row it has
// just written): every reference must still hold, and a refused import must not leave them off.
TEST(ReviewFileTest, ImportedRowsReferenceTheirParents)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    {
        auto file = openOrFail(path);
        ASSERT_TRUE(file);
        ASSERT_TRUE(file->importDossier(demoDossier(), u"demo.json"_s).ok());
        ASSERT_FALSE(file->importDossier(demoDossier(), u"demo.json"_s).ok()) << "a second copy is refused";
        ASSERT_TRUE(file->importDossier(minimal(), u"minimal.json"_s).ok());
        auto loaded = file->load(demoDossier().info.id);
        ASSERT_TRUE(loaded.ok());
        int answers = 0;
        for (const Bid& b : demoDossier().bids)
            answers += int(b.responses.size());
        int loadedAnswers = 0;
        for (const Bid& b : loaded->bids)
            loadedAnswers += int(b.responses.size());
        EXPECT_EQ(loadedAnswers, answers);
    }
    RawConnection raw(path);
    EXPECT_EQ(raw.value(u"PRAGMA foreign_key_check"_s), QVariant()) << "no broken reference";
    EXPECT_EQ(raw.value(u"SELECT count(*) FROM response r JOIN revision v ON v.id = r.revision_id "
                        "JOIN requirement q ON q.id = v.requirement_id JOIN bid b ON b.id = r.bid_id "
                        "WHERE q.dossier_id <> b.dossier_id"_s)
                  .toInt(),
              0)
        << "every answer is pinned to a revision of its own dossier";
}

TEST(ReviewFileTest, AnImportReportsItsProgressAndACancelStoresNothing)
{
    QTemporaryDir dir;
    auto file = openOrFail(dir.filePath(u"review.db"_s));
    ASSERT_TRUE(file);
    const Dossier demo = demoDossier();
    // Cancelled at its first report: nothing of the dossier is in the file, and the file works.
    Progress cancelling;
    int reports = 0;
    cancelling.report = [&](int, const QString&) {
        ++reports;
        cancelling.cancel();
    };
    const Status st = file->importDossier(demo, u"demo.json"_s, &cancelling);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().reason.contains(u"cancelled"_s)) << st.error().reason.toStdString();
    EXPECT_EQ(reports, 1);
    EXPECT_FALSE(*file->contains(demo.info.id));
    const auto trail = file->auditTrail(demo.info.id);
    ASSERT_TRUE(trail.ok());
    EXPECT_TRUE(trail->isEmpty());
    // Not cancelled: reports rise to 100 and the dossier is stored whole.
    Progress watching;
    QList<int> percents;
    watching.report = [&](int percent, const QString&) { percents << percent; };
    ASSERT_TRUE(file->importDossier(demo, u"demo.json"_s, &watching).ok());
    ASSERT_FALSE(percents.isEmpty());
    EXPECT_TRUE(std::is_sorted(percents.cbegin(), percents.cend()));
    EXPECT_LE(percents.last(), 100);
    EXPECT_TRUE(*file->contains(demo.info.id));
}

TEST(ReviewFileTest, RefusesToOverwriteADossierAndChangesNothing)
{
    QTemporaryDir dir;
    auto file = openOrFail(dir.filePath(u"review.db"_s));
    ASSERT_TRUE(file->importDossier(minimal(), u"a.json"_s).ok());
    const auto auditBefore = file->auditTrail()->size();
    const Status again = file->importDossier(minimal(), u"b.json"_s);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().reason.contains(u"already in this review file"_s));
    EXPECT_TRUE(again.error().invalidInput);
    EXPECT_EQ(file->auditTrail()->size(), auditBefore);
    EXPECT_EQ(file->dossiers()->size(), 1);
}

TEST(ReviewFileTest, AWriteThatFailsMidTransactionLeavesNoTrace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    auto file = openOrFail(path);
    {
        // Another program makes the 2nd answer of any bid fail, half-way through an import.
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(u"CREATE TRIGGER fail_midway BEFORE INSERT ON response WHEN NEW.pos = 1 "
                             "BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s));
    }
    const Status st = file->importDossier(minimal(), u"minimal.json"_s);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().reason.contains(u"injected failure"_s)) << st.error().reason.toStdString();
    RawConnection raw(path);
    for (const char* table : {"dossier", "source", "event", "requirement", "revision", "vendor", "bid", "response"})
        EXPECT_EQ(raw.value(u"SELECT count(*) FROM "_s + QLatin1StringView(table)).toInt(), 0) << table;
    EXPECT_EQ(raw.value(u"SELECT count(*) FROM audit WHERE action = 'import'"_s).toInt(), 0);
    EXPECT_FALSE(file->contains(u"T-1"_s).value());
}

TEST(ReviewFileTest, RevisionsAndAnswersCannotBeRewritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    auto file = openOrFail(path);
    ASSERT_TRUE(file->importDossier(minimal(), u"minimal.json"_s).ok());
    RawConnection raw(path);
    QString error;
    EXPECT_FALSE(raw.exec(u"UPDATE revision SET text = 'rewritten'"_s, &error));
    EXPECT_TRUE(error.contains(u"never changed"_s)) << error.toStdString();
    EXPECT_FALSE(raw.exec(u"DELETE FROM revision"_s, &error));
    EXPECT_FALSE(raw.exec(u"UPDATE response SET compliance = 'none'"_s, &error));
    EXPECT_FALSE(raw.exec(u"DELETE FROM audit"_s, &error));
    EXPECT_EQ(raw.value(u"SELECT count(*) FROM revision"_s).toInt(), 3);
}

TEST(ReviewFileTest, AnEditAddsARevisionAndIsAudited)
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 3, 16), QTime(9, 0), QTimeZone::utc()));
    auto file = openOrFail(dir.filePath(u"review.db"_s), &clock);
    ASSERT_TRUE(file->importDossier(minimal(), u"minimal.json"_s).ok());
    const QTimeZone paris("Europe/Paris");
    RequirementRevision rev = exitPlanRev2();
    ASSERT_TRUE(file->addRevision(u"T-1"_s, u"R-2"_s, rev).ok());

    rev.rev = 4;
    auto gap = file->addRevision(u"T-1"_s, u"R-2"_s, rev);
    ASSERT_FALSE(gap.ok());
    EXPECT_TRUE(gap.error().reason.contains(u"rev 4 follows rev 2"_s)) << gap.error().reason.toStdString();
    rev.rev = 3;
    rev.effectiveAt = *Moment::parse(u"2024-03-10"_s, paris);
    EXPECT_FALSE(file->addRevision(u"T-1"_s, u"R-2"_s, rev).ok()) << "effective dates never decrease";
    rev.effectiveAt = *Moment::parse(u"2024-03-20"_s, paris);
    rev.weight = -1;
    EXPECT_FALSE(file->addRevision(u"T-1"_s, u"R-2"_s, rev).ok()) << "negative weight";

    auto d = file->load(u"T-1"_s);
    ASSERT_EQ(d->requirement(u"R-2")->revisions.size(), 2);
    EXPECT_EQ(d->requirement(u"R-2")->revisions[1].text, u"A tested exit plan, yearly."_s);
    auto trail = file->auditTrail(u"T-1"_s);
    ASSERT_GE(trail->size(), 2);
    EXPECT_EQ(trail->back().action, u"add_revision"_s);
    EXPECT_EQ(trail->back().at, u"2024-03-16T09:00:00.000Z"_s);

    Response answer;
    answer.requirement = u"R-2"_s;
    answer.rev = 2;
    answer.compliance = Compliance::Full;
    answer.at = *Moment::parse(u"2024-03-17"_s, paris);
    ASSERT_TRUE(file->recordAnswer(u"T-1"_s, u"B-1"_s, answer).ok());
    answer.rev = 7;
    EXPECT_FALSE(file->recordAnswer(u"T-1"_s, u"B-1"_s, answer).ok()) << "no such revision";
    d = file->load(u"T-1"_s);
    EXPECT_EQ(d->bid(u"B-1")->responses.size(), 3);
    EXPECT_EQ(d->bid(u"B-1")->responses.back().rev, 2);
}

TEST(ReviewFileTest, AddingARequirementIsOneAction)
{
    QTemporaryDir dir;
    auto file = openOrFail(dir.filePath(u"review.db"_s));
    ASSERT_TRUE(file->importDossier(minimal(), u"minimal.json"_s).ok());
    Requirement r;
    r.id = u"R-3"_s;
    r.category = Category::Legal;
    RequirementRevision first;
    first.rev = 1;
    first.effectiveAt = *Moment::parse(u"2024-03-05"_s, QTimeZone("Europe/Paris"));
    RequirementRevision bad = first;
    bad.rev = 3; // refused: the requirement must not be stored without it either
    r.revisions = {first, bad};
    EXPECT_FALSE(file->addRequirement(u"T-1"_s, r).ok());
    EXPECT_EQ(file->load(u"T-1"_s)->requirement(u"R-3"), nullptr);
    r.revisions = {first};
    ASSERT_TRUE(file->addRequirement(u"T-1"_s, r).ok());
    EXPECT_NE(file->load(u"T-1"_s)->requirement(u"R-3"), nullptr);
}

TEST(ReviewFileTest, TwoConnectionsWritingInTurnLoseNothing)
{
    // With a deferred BEGIN, the second writer's insert fails with SQLITE_BUSY_SNAPSHOT while
    // COMMIT still reports success (a pitfall of QtSql on SQLite, docs/storage.md). BEGIN IMMEDIATE avoids it.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    auto a = openOrFail(path);
    ASSERT_TRUE(a->importDossier(minimal(), u"minimal.json"_s).ok());
    auto b = openOrFail(path);
    const QTimeZone paris("Europe/Paris");
    for (int rev = 2; rev <= 11; ++rev) {
        ReviewFile* writer = rev % 2 ? b.get() : a.get();
        ReviewFile* reader = rev % 2 ? a.get() : b.get();
        ASSERT_TRUE(reader->load(u"T-1"_s).ok()); // the other one has read a snapshot
        RequirementRevision r;
        r.rev = rev;
        r.effectiveAt = Moment::fromDate(QDate(2024, 3, 1).addDays(rev), paris);
        r.text = u"text %1"_s.arg(rev);
        const Status st = writer->addRevision(u"T-1"_s, u"R-2"_s, r);
        ASSERT_TRUE(st.ok()) << st.error().toString().toStdString();
    }
    EXPECT_EQ(a->load(u"T-1"_s)->requirement(u"R-2")->revisions.size(), 11);
    EXPECT_EQ(b->load(u"T-1"_s)->requirement(u"R-2")->revisions.size(), 11);
}

TEST(ReviewFileTest, RefusesAFileThatIsNotADatabaseAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    writeAll(path, "These are my notes, not a database.\n");
    auto f = ReviewFile::open(path, ReviewFile::Mode::CreateIfMissing);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().reason.contains(u"not a HostReview review file"_s)) << f.error().reason.toStdString();
    EXPECT_EQ(readAll(path), "These are my notes, not a database.\n");
}

TEST(ReviewFileTest, RefusesAnotherApplicationsDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(u"CREATE TABLE contacts (name TEXT)"_s));
        ASSERT_TRUE(raw.exec(u"INSERT INTO contacts VALUES ('Ada')"_s));
    }
    const QByteArray before = readAll(path);
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().reason.contains(u"another application"_s)) << f.error().reason.toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(ReviewFileTest, RefusesAFileFromANewerVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    {
        auto f = openOrFail(path);
        ASSERT_TRUE(f->importDossier(minimal(), u"m.json"_s).ok());
    }
    {
        RawConnection raw(path);
        ASSERT_TRUE(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    const QByteArray before = readAll(path);
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().reason.contains(u"newer HostReview"_s)) << f.error().reason.toStdString();
    EXPECT_EQ(readAll(path), before);
}

TEST(ReviewFileTest, RefusesATruncatedFileAndLeavesItAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    {
        auto f = openOrFail(path);
        ASSERT_TRUE(f->importDossier(minimal(), u"m.json"_s).ok());
    }
    ASSERT_FALSE(QFile::exists(path + u"-wal"_s)) << "closing checkpoints the journal";
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8192);
    bytes.truncate(bytes.size() / 2);
    writeAll(path, bytes);
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().reason.contains(u"damaged"_s)) << f.error().reason.toStdString();
    EXPECT_EQ(readAll(path), bytes);
}

TEST(ReviewFileTest, MigratesAVersion1FileAndKeepsItsDossier)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.db"_s);
    // The schema and data a version-1 HostReview wrote, as SQL text.
    ASSERT_NO_FATAL_FAILURE(writeFixture(path, u"review-v1.sql"_s, 1));
    FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc()));
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting, &clock);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ((*f)->schemaVersion().value(), Schema::Version);
    auto d = (*f)->load(u"OLD-1"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_EQ(d->info.title, u"Dossier written by schema 1"_s);
    ASSERT_EQ(d->requirements.size(), 1);
    EXPECT_EQ(d->requirements[0].revisions.size(), 2);
    EXPECT_EQ(d->requirements[0].revisions[1].rationale, u"précision"_s);
    ASSERT_EQ(d->bids.size(), 1);
    EXPECT_EQ(d->bids[0].responses[0].rev, 1);
    auto trail = (*f)->auditTrail();
    ASSERT_EQ(trail->size(), 1);
    EXPECT_EQ(trail->front().action, u"migrate"_s);
    EXPECT_EQ(trail->front().detail, u"schema 1 to %1"_s.arg(Schema::Version));
    // And the migrated file takes new actions.
    RequirementRevision r;
    r.rev = 3;
    r.effectiveAt = Moment::fromDate(QDate(2023, 6, 1), d->info.zone());
    EXPECT_TRUE((*f)->addRevision(u"OLD-1"_s, u"R-1"_s, r).ok());
}

TEST(ReviewFileTest, MigratesAVersion2FileRebuildingRevisionsWithTheirAnswers)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.db"_s);
    // The schema and data a version-2 HostReview wrote, as SQL text.
    ASSERT_NO_FATAL_FAILURE(writeFixture(path, u"review-v2.sql"_s, 2));
    {
        auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
        ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
        EXPECT_EQ((*f)->schemaVersion().value(), Schema::Version);
        auto d = (*f)->load(u"OLD-1"_s);
        ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
        ASSERT_EQ(d->requirements.size(), 1);
        EXPECT_EQ(d->requirements[0].revisions.size(), 2);
        ASSERT_EQ(d->bids.size(), 1);
        EXPECT_EQ(d->bids[0].responses[0].rev, 1) << "the answer still points at rev 1 after the rebuild";
        auto trail = (*f)->auditTrail();
        ASSERT_EQ(trail->size(), 2);
        EXPECT_EQ(trail->back().detail, u"schema 2 to %1"_s.arg(Schema::Version));
        // Rev 2 was never answered: it can be undone, and then rev 1 (answered) cannot.
        EXPECT_TRUE((*f)->retractRevision(u"OLD-1"_s, u"R-1"_s, 2).ok());
        auto answered = (*f)->retractRevision(u"OLD-1"_s, u"R-1"_s, 1);
        ASSERT_FALSE(answered.ok());
        EXPECT_TRUE(answered.error().reason.contains(u"answered"_s)) << answered.error().reason.toStdString();
    }
    RawConnection raw(path);
    EXPECT_EQ(raw.value(u"PRAGMA foreign_key_check"_s), QVariant()) << "no broken reference";
    EXPECT_EQ(raw.value(u"SELECT count(*) FROM revision"_s).toInt(), 2) << "the undone revision stays in the file";
    QString error;
    EXPECT_FALSE(raw.exec(u"UPDATE revision SET text = 'x' WHERE rev = 1"_s, &error));
    EXPECT_TRUE(error.contains(u"never changed"_s)) << error.toStdString();
    EXPECT_FALSE(raw.exec(u"UPDATE revision SET retracted = 99 WHERE rev = 1"_s, &error)) << "rev 1 is answered";
    EXPECT_FALSE(raw.exec(u"DELETE FROM revision"_s, &error));
}

TEST(ReviewFileTest, MigratesAVersion5FileGivingItsBidsUndatedStatuses)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v5.db"_s);
    // The schema and data a version-5 HostReview wrote, as SQL text.
    ASSERT_NO_FATAL_FAILURE(writeFixture(path, u"review-v5.sql"_s, 5));
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ((*f)->schemaVersion().value(), Schema::Version);
    // Nothing is lost, and no status is dated: it holds from submission, as before.
    auto original = DossierReader::read(minimalJson(), u"minimal.json"_s);
    ASSERT_TRUE(original.ok());
    auto d = (*f)->load(u"T-1"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(*d), DossierWriter::write(*original));
    for (const Bid& b : d->bids)
        EXPECT_FALSE(b.statusAt.has_value()) << b.id.toStdString();
    auto trail = (*f)->auditTrail(QString());
    ASSERT_TRUE(trail.ok());
    EXPECT_EQ(trail->back().action, u"migrate"_s);
    EXPECT_EQ(trail->back().detail, u"schema 5 to %1"_s.arg(Schema::Version));
    // The new column takes dated statuses from now on.
    Bid withdrawn;
    withdrawn.id = u"B-3"_s;
    withdrawn.vendor = u"V-1"_s;
    withdrawn.submittedAt = Moment::fromDate(QDate(2024, 3, 12), QTimeZone(QByteArrayLiteral("Europe/Paris")));
    withdrawn.status = BidStatus::Withdrawn;
    withdrawn.statusAt = Moment::fromDate(QDate(2024, 3, 14), QTimeZone(QByteArrayLiteral("Europe/Paris")));
    ASSERT_TRUE((*f)->addBid(u"T-1"_s, withdrawn).ok());
    EXPECT_EQ((*f)->load(u"T-1"_s)->bid(u"B-3")->statusAt->day(), QDate(2024, 3, 14));
}

TEST(ReviewFileTest, MigratesAVersion4FileKeepingItsAssessmentAndClaims)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v4.db"_s);
    // The schema and data a version-4 HostReview wrote, as SQL text.
    ASSERT_NO_FATAL_FAILURE(writeFixture(path, u"review-v4.sql"_s, 4));
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_TRUE(f.ok()) << f.error().toString().toStdString();
    EXPECT_EQ((*f)->schemaVersion().value(), Schema::Version);
    // Nothing is lost: the migrated dossier exports as the JSON it was imported from.
    auto original = DossierReader::read(minimalJson(), u"minimal.json"_s);
    ASSERT_TRUE(original.ok());
    auto d = (*f)->load(u"T-1"_s);
    ASSERT_TRUE(d.ok()) << d.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(*d), DossierWriter::write(*original));
    ASSERT_EQ(d->assessment.size(), 1);
    EXPECT_EQ(d->assessment[0].statusOrDefault(), AssessmentStatus::Acceptable);
    ASSERT_EQ(d->decision->claims.size(), 1);

    // The rebuilt tables take the new actions: a claim removed, and its id used again.
    ASSERT_TRUE((*f)->retractClaim(u"T-1"_s, u"C-1"_s).ok());
    Claim again;
    again.id = u"C-1"_s;
    again.kind = ClaimKind::Other;
    again.text = u"Reworded."_s;
    ASSERT_TRUE((*f)->addClaim(u"T-1"_s, again).ok());
    Criterion assessed;
    assessed.criterion = u"A-1"_s;
    assessed.status = AssessmentStatus::ToImprove;
    ASSERT_TRUE((*f)->assessCriterion(u"T-1"_s, assessed).ok());
    f->reset();
    RawConnection raw(path);
    EXPECT_EQ(raw.value(u"PRAGMA foreign_key_check"_s), QVariant()) << "no broken reference";
    EXPECT_EQ(raw.value(u"SELECT count(*) FROM claim"_s).toInt(), 2) << "the removed claim keeps its row";
    EXPECT_EQ(raw.value(u"SELECT text FROM claim WHERE retracted <> 0"_s).toString(),
              u"No other offer met the requirements."_s);
}

TEST(ReviewFileTest, OpenExistingDoesNotCreate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.db"_s);
    auto f = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().invalidInput);
    EXPECT_FALSE(QFile::exists(path));
}

// The answers are read on a second connection and thread while the rest is read on the file's
// own. A load while another program saves changes must still show one snapshot: never an answer
// to a revision that the loaded requirement does not have yet.
TEST(ReviewFileTest, ALoadWhileChangesAreSavedShowsOneSnapshot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"review.db"_s);
    auto reader = openOrFail(path);
    ASSERT_TRUE(reader->importDossier(minimal(), u"minimal.json"_s).ok());
    std::atomic<bool> done{false};
    std::atomic<int> saved{0};
    QString writerError;
    std::thread writer([&] {
        // Another program: its own connection, in its own thread. Each revision of R-2, then B-1's
        // answer to it, saved one after the other.
        auto file = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
        const QTimeZone paris("Europe/Paris");
        for (int rev = 2; file && writerError.isEmpty() && rev < 122; ++rev) {
            RequirementRevision r;
            r.rev = rev;
            r.effectiveAt = *Moment::parse(u"2024-03-12"_s, paris);
            r.text = u"Revision %1."_s.arg(rev);
            Response a;
            a.requirement = u"R-2"_s;
            a.rev = rev;
            a.compliance = Compliance::Full;
            a.at = *Moment::parse(u"2024-03-12"_s, paris);
            if (Status st = (*file)->addRevision(u"T-1"_s, u"R-2"_s, r); !st)
                writerError = st.error().toString();
            else if (Status st = (*file)->recordAnswer(u"T-1"_s, u"B-1"_s, a); !st)
                writerError = st.error().toString();
            else
                ++saved;
        }
        if (!file)
            writerError = file.error().toString();
        done = true;
    });
    int loads = 0;
    int mixed = 0;
    while (!done) {
        auto d = reader->load(u"T-1"_s, ReviewFile::LoadScope::ForAnalysis);
        if (!d.ok()) {
            ADD_FAILURE() << d.error().toString().toStdString();
            break;
        }
        ++loads;
        for (const Bid& b : d->bids) {
            for (const Response& r : b.responses) {
                const Requirement* q = d->requirement(r.requirement);
                if (!q || r.rev > q->revisions.size())
                    ++mixed;
            }
        }
    }
    writer.join();
    EXPECT_TRUE(writerError.isEmpty()) << writerError.toStdString();
    EXPECT_EQ(saved, 120);
    EXPECT_GT(loads, 1);
    EXPECT_EQ(mixed, 0) << "answers from a later snapshot than the requirements";
    auto last = reader->load(u"T-1"_s, ReviewFile::LoadScope::ForAnalysis);
    ASSERT_TRUE(last.ok());
    EXPECT_EQ(last->requirement(u"R-2")->revisions.size(), 121);
    EXPECT_EQ(last->bid(u"B-1")->responses.size(), 122);
}
