// SPDX-License-Identifier: EUPL-1.2
// Spreadsheets in: CSV as spreadsheets write it (encodings, delimiters, quoting), a requirement
// list whose later versions become exactly the expected revisions, and a vendor's answers read
// back from the CSV HostReview writes. Every refusal names its file, line and column.
#include "TestSupport.h"
#include "analysis/Compliance.h"
#include "analysis/DossierQueries.h"
#include "format/AnswerSheet.h"
#include "format/Csv.h"
#include "format/RequirementList.h"
#include "storage/ReviewFile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

std::string text(const QList<Error>& errors)
{
    QStringList all;
    for (const Error& e : errors)
        all << e.toString();
    return all.join(u'\n').toStdString();
}

RequirementList listOf(const QByteArray& csv)
{
    auto parsed = RequirementList::parse(csv, u"list.csv"_s);
    EXPECT_TRUE(parsed.errors.isEmpty()) << text(parsed.errors);
    return parsed.list ? *parsed.list : RequirementList();
}

} // namespace

TEST(CsvTest, ReadsQuotedFieldsWithTheirLineAndColumn)
{
    const auto csv = Csv::parse("a,b,c\r\n1,\"two, \"\"quoted\"\"\nlines\",3\r\n,,\n", u"f.csv"_s);
    ASSERT_TRUE(csv.ok()) << csv.error().toString().toStdString();
    ASSERT_EQ(csv->records().size(), 3);
    EXPECT_EQ(csv->delimiter(), u',');
    const Csv::Record& r = csv->records()[1];
    EXPECT_EQ(r.line, 2);
    ASSERT_EQ(r.fields.size(), 3);
    EXPECT_EQ(r.fields[1].text, u"two, \"quoted\"\nlines"_s);
    EXPECT_EQ(r.fields[1].column, 3);
    // The field after the quoted one starts on the next line, after `lines",`.
    EXPECT_EQ(r.fields[2].column, 8);
    EXPECT_EQ(csv->records()[2].line, 4);
    EXPECT_TRUE(csv->records()[2].isBlank());
}

TEST(CsvTest, TakesTheHeadersDelimiterAndDecodesWhatSpreadsheetsWrite)
{
    // A French Excel: semicolons, Windows-1252 (é is E9, € is 80), decimal commas, CRLF.
    const auto excel = Csv::parse("id;texte;poids\r\nA;Donn\xe9"
                                  "es \x80;2,5\r\n",
                                  u"f.csv"_s);
    ASSERT_TRUE(excel.ok());
    EXPECT_EQ(excel->delimiter(), u';');
    EXPECT_EQ(excel->encoding(), Csv::Encoding::Windows1252);
    EXPECT_EQ(excel->records()[1].fields[1].text, u"Données €"_s);
    EXPECT_EQ(excel->records()[1].fields[2].text, u"2,5"_s);
    // LibreOffice's UTF-8 with a byte-order mark: the mark is not part of the first header.
    const auto bom = Csv::parse("\xef\xbb\xbfid,text\nA,\xc3\xa9t\xc3\xa9\n", u"f.csv"_s);
    ASSERT_TRUE(bom.ok());
    EXPECT_EQ(bom->encoding(), Csv::Encoding::Utf8WithBom);
    EXPECT_EQ(bom->records()[0].fields[0].text, u"id"_s);
    EXPECT_EQ(bom->records()[1].fields[1].text, u"été"_s);
    // Old Mac line ends.
    const auto cr = Csv::parse("id,text\rA,b\r", u"f.csv"_s);
    ASSERT_TRUE(cr.ok());
    ASSERT_EQ(cr->records().size(), 2);
    EXPECT_EQ(cr->records()[1].line, 2);
}

TEST(CsvTest, RefusesBrokenQuotingAndNulWithTheirPlace)
{
    const auto open = Csv::parse("id,text\nA,\"never closed\nB,x\n", u"f.csv"_s);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().file, u"f.csv"_s);
    EXPECT_EQ(open.error().line, 2);
    EXPECT_EQ(open.error().column, 3);
    const auto after = Csv::parse("id,text\nA,\"quoted\"x\n", u"f.csv"_s);
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error().line, 2);
    EXPECT_EQ(after.error().column, 11);
    const auto nul = Csv::parse(QByteArray("id,text\nA,b\0c\n", 14), u"f.csv"_s);
    ASSERT_FALSE(nul.ok());
    EXPECT_EQ(nul.error().line, 2);
    EXPECT_EQ(nul.error().column, 4);
}

TEST(RequirementListTest, ReadsEnglishAndFrenchHeadersInAnyOrder)
{
    const RequirementList en = listOf("ID,Title,Text,Mandatory,Weight,Category,Notes\n"
                                      "SEC-01,Encryption,Encrypted at rest,yes,3,security,keep\n");
    ASSERT_EQ(en.rows().size(), 1);
    EXPECT_EQ(en.ignoredColumns(), QStringList{u"Notes"_s});
    const RequirementList fr = listOf("Catégorie;Identifiant;Texte;Obligatoire;Poids;Titre\n"
                                      "sécurité;SEC-01;Chiffré au repos;oui;2,5;Chiffrement\n"
                                      "Réversibilité;REV-01;Export;non;;\n");
    ASSERT_EQ(fr.rows().size(), 2);
    const RequirementList::Row& r = fr.rows()[0];
    EXPECT_EQ(r.id, u"SEC-01"_s);
    EXPECT_EQ(r.category, Category::Security);
    EXPECT_EQ(r.text, u"Chiffré au repos"_s);
    EXPECT_EQ(r.mandatory, true);
    EXPECT_EQ(r.weight, 2.5);
    EXPECT_EQ(r.title, u"Chiffrement"_s);
    EXPECT_EQ(fr.rows()[1].category, Category::Reversibility);
    EXPECT_EQ(fr.rows()[1].mandatory, false);
    EXPECT_FALSE(fr.rows()[1].weight.has_value()); // an empty cell: the default weight
}

TEST(RequirementListTest, NamesEveryBadRowWithItsLineAndColumn)
{
    const auto parsed = RequirementList::parse("id,text,mandatory,weight,category\n"
                                               "SEC 01,a,yes,1,security\n"     // line 2: bad id
                                               "SEC-02,b,perhaps,1,security\n" // line 3: mandatory
                                               "SEC-03,c,yes,-2,security\n"    // line 4: negative weight
                                               "SEC-04,d,yes,1,astrology\n"    // line 5: category
                                               "SEC-02,e,no,1,legal\n"         // line 6: repeated id
                                               "SEC-06,f,no,1,legal,extra\n"   // line 7: one field too many
                                               "SEC-07,g,no,two,legal\n",      // line 8: weight
                                               u"list.csv"_s);
    EXPECT_FALSE(parsed.list.has_value());
    ASSERT_EQ(parsed.errors.size(), 7) << text(parsed.errors);
    const QList<std::pair<int, int>> places{{2, 1}, {3, 10}, {4, 14}, {5, 16}, {6, 1}, {7, 21}, {8, 13}};
    for (qsizetype i = 0; i < places.size(); ++i) {
        EXPECT_EQ(parsed.errors[i].file, u"list.csv"_s);
        EXPECT_EQ(parsed.errors[i].line, places[i].first) << text(parsed.errors);
        EXPECT_EQ(parsed.errors[i].column, places[i].second) << parsed.errors[i].toString().toStdString();
        EXPECT_TRUE(parsed.errors[i].invalidInput);
    }
    EXPECT_TRUE(parsed.errors[4].reason.contains(u"line 3"_s)) << parsed.errors[4].reason.toStdString();

    // A header alone would withdraw every requirement: refused.
    const auto headerOnly = RequirementList::parse("id,text\n\n", u"list.csv"_s);
    ASSERT_EQ(headerOnly.errors.size(), 1);
    EXPECT_EQ(headerOnly.errors[0].line, 1);
    EXPECT_TRUE(headerOnly.errors[0].reason.contains(u"withdraw"_s));
    // Blank lines before the header: its separator is still the one it uses.
    const auto blankFirst = RequirementList::parse("\r\nid;text\r\nR1;foo, bar\r\n", u"list.csv"_s);
    ASSERT_TRUE(blankFirst.list.has_value()) << text(blankFirst.errors);
    EXPECT_EQ(blankFirst.list->rows()[0].text, u"foo, bar"_s);

    const auto noText = RequirementList::parse("id,title\nA,b\n", u"list.csv"_s);
    ASSERT_EQ(noText.errors.size(), 1);
    EXPECT_EQ(noText.errors[0].line, 1);
    EXPECT_TRUE(noText.errors[0].reason.contains(u"text"_s));
}

class RequirementListImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto file = ReviewFile::open(m_dir.filePath(u"r.db"_s), ReviewFile::Mode::CreateIfMissing);
        ASSERT_TRUE(file.ok());
        m_file = std::move(*file);
        m_file->setAuthor(u"Ana Lyst"_s);
        DossierInfo info;
        info.id = u"D"_s;
        info.title = u"Consultation"_s;
        ASSERT_TRUE(m_file->createDossier(info).ok());
    }
    Result<RequirementList::Changes> import(const QByteArray& csv, const QString& day, bool dryRun = false)
    {
        RequirementListImport how;
        how.effective = *Moment::parse(day, QTimeZone("Europe/Paris"));
        how.rationale = u"Amendment"_s;
        how.origin = u"list.csv"_s;
        how.dryRun = dryRun;
        return m_file->importRequirementList(u"D"_s, listOf(csv), how);
    }
    Dossier loaded() { return *m_file->load(u"D"_s); }
    int auditSize()
    {
        const auto trail = m_file->auditTrail(u"D"_s);
        return trail.ok() ? int(trail->size()) : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ReviewFile> m_file;
    const QByteArray v1 = "id,category,title,text,mandatory,weight\n"
                          "SEC-01,security,Encryption,Encrypted at rest,yes,3\n"
                          "SEC-02,security,Keys,Customer keys,yes,2\n"
                          "OPS-01,operational,Support,Support in French,no,1\n"
                          "LEG-01,legal,Law,EU law only,yes,1\n";
    // SEC-01's text changes, SEC-02's weight, LEG-01 becomes optional, OPS-01 is gone, REV-01 is new.
    const QByteArray v2 = "id,category,title,text,mandatory,weight\n"
                          "SEC-01,security,Encryption,Encrypted at rest and in transit,yes,3\n"
                          "SEC-02,security,Keys,Customer keys,yes,2.5\n"
                          "LEG-01,legal,Law,EU law only,no,1\n"
                          "REV-01,reversibility,Exit,Open export formats,yes,1\n";
};

TEST_F(RequirementListImportTest, ALaterListBecomesExactlyTheExpectedRevisions)
{
    auto first = import(v1, u"2024-01-10"_s);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->count(RequirementList::Change::Kind::Added), 4);
    auto second = import(v2, u"2024-02-01"_s);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(second->count(RequirementList::Change::Kind::Added), 1);
    EXPECT_EQ(second->count(RequirementList::Change::Kind::Revised), 3);
    EXPECT_EQ(second->count(RequirementList::Change::Kind::Withdrawn), 1);
    EXPECT_EQ(second->unchanged, 0);

    const Dossier d = loaded();
    ASSERT_EQ(d.requirements.size(), 5);
    auto revisions = [&](const char* id) { return d.requirement(QString::fromLatin1(id))->revisions; };
    ASSERT_EQ(revisions("SEC-01").size(), 2);
    EXPECT_EQ(revisions("SEC-01")[1].text, u"Encrypted at rest and in transit"_s);
    EXPECT_EQ(revisions("SEC-01")[1].effectiveAt.text(), u"2024-02-01"_s);
    EXPECT_EQ(revisions("SEC-01")[1].rationale, u"Amendment"_s);
    ASSERT_EQ(revisions("SEC-02").size(), 2);
    EXPECT_EQ(revisions("SEC-02")[1].weight, 2.5);
    EXPECT_EQ(revisions("SEC-02")[1].text, u"Customer keys"_s);
    ASSERT_EQ(revisions("LEG-01").size(), 2);
    EXPECT_FALSE(revisions("LEG-01")[1].isMandatory());
    ASSERT_EQ(revisions("OPS-01").size(), 2);
    EXPECT_FALSE(revisions("OPS-01")[1].isActive());
    EXPECT_EQ(revisions("OPS-01")[1].text, u"Support in French"_s);
    ASSERT_EQ(revisions("REV-01").size(), 1);
    EXPECT_EQ(d.requirement(u"REV-01"_s)->category, Category::Reversibility);

    // The same list again changes nothing and records nothing.
    const int entries = auditSize();
    auto again = import(v2, u"2024-02-02"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->changes.isEmpty());
    EXPECT_EQ(again->unchanged, 4);
    EXPECT_EQ(auditSize(), entries);

    // v1 again: OPS-01 comes back, REV-01 is withdrawn, the others revert.
    auto third = import(v1, u"2024-03-01"_s);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->count(RequirementList::Change::Kind::Restored), 1);
    EXPECT_EQ(third->count(RequirementList::Change::Kind::Withdrawn), 1);
    EXPECT_EQ(third->count(RequirementList::Change::Kind::Revised), 3);
    const Dossier after = loaded();
    EXPECT_TRUE(after.requirement(u"OPS-01"_s)->revisions.last().isActive());
    EXPECT_EQ(after.requirement(u"OPS-01"_s)->revisions.last().rev, 3);
    EXPECT_FALSE(after.requirement(u"REV-01"_s)->revisions.last().isActive());
}

TEST_F(RequirementListImportTest, ADryRunOrALateChangeWritesNothing)
{
    ASSERT_TRUE(import(v1, u"2024-01-10"_s).ok());
    const int entries = auditSize();
    auto dry = import(v2, u"2024-02-01"_s, true);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(dry->changes.size(), 5);
    EXPECT_EQ(auditSize(), entries);
    EXPECT_EQ(loaded().requirement(u"SEC-01"_s)->revisions.size(), 1);

    // Effective before the revisions it would follow: refused, naming the row.
    auto late = import(v2, u"2024-01-05"_s);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().line, 2);
    EXPECT_EQ(late.error().file, u"list.csv"_s);
    EXPECT_TRUE(late.error().reason.contains(u"SEC-01"_s)) << late.error().reason.toStdString();
    EXPECT_EQ(auditSize(), entries);
    EXPECT_EQ(loaded().requirements.size(), 4);
}

TEST_F(RequirementListImportTest, AnImportIsUndoneAndRedoneWhole)
{
    ASSERT_TRUE(import(v1, u"2024-01-10"_s).ok());
    auto second = import(v2, u"2024-02-01"_s);
    ASSERT_TRUE(second.ok());
    QList<RevisionKey> recorded;
    for (const auto& c : second->changes)
        recorded << RevisionKey{c.id, c.revision.rev};
    auto undone = m_file->retractRevisions(u"D"_s, recorded, u"list.csv"_s);
    ASSERT_TRUE(undone.ok()) << undone.error().toString().toStdString();
    Dossier d = loaded();
    EXPECT_EQ(d.requirements.size(), 4); // REV-01 is gone
    for (const Requirement& r : d.requirements)
        EXPECT_EQ(r.revisions.size(), 1) << r.id.toStdString();
    ASSERT_TRUE(m_file->reinstate(u"D"_s, *undone).ok());
    d = loaded();
    EXPECT_EQ(d.requirements.size(), 5);
    EXPECT_EQ(d.requirement(u"SEC-01"_s)->revisions.size(), 2);
    // Every entry names its author.
    const auto trail = m_file->auditTrail(u"D"_s);
    ASSERT_TRUE(trail.ok());
    for (const AuditEntry& e : trail.value())
        EXPECT_EQ(e.author, u"Ana Lyst"_s) << e.action.toStdString();
}

TEST(AnswerSheetTest, TheVendorsCsvComesBackAsItsAnswers)
{
    QTemporaryDir dir;
    auto file = ReviewFile::open(dir.filePath(u"r.db"_s), ReviewFile::Mode::CreateIfMissing);
    ASSERT_TRUE(file.ok());
    const Dossier demo = demoDossier();
    ASSERT_TRUE((*file)->importDossier(demo, u"demo.json"_s).ok());
    Dossier d = *(*file)->load(demo.info.id);
    const Bid bid = d.bids.first();
    const DossierQueries queries(d);
    // The sheet as of the bid's last answer: every answer it gave is in it.
    QDate day = bid.submittedAt.day();
    for (const Response& r : bid.responses)
        day = std::max(day, bid.answeredAt(r).day());
    auto perspective = VendorPerspective::compute(queries, bid.vendor, day);
    ASSERT_TRUE(perspective.ok());
    QByteArray csv = perspective->toCsv();
    // A sheet as of its submission, before it answered again: refused, naming the rows.
    auto older = VendorPerspective::compute(queries, bid.vendor, bid.submittedAt.day());
    ASSERT_TRUE(older.ok());
    auto olderSheet = AnswerSheet::parse(older->toCsv(), u"old.csv"_s);
    ASSERT_TRUE(olderSheet.sheet.has_value());
    if (day != bid.submittedAt.day()) {
        const auto stale = olderSheet.sheet->compare(d, bid, std::nullopt);
        ASSERT_FALSE(stale.errors.isEmpty());
        EXPECT_TRUE(stale.errors[0].reason.contains(u"older"_s)) << stale.errors[0].reason.toStdString();
        EXPECT_GT(stale.errors[0].line, 1);
    }

    // As written: nothing to record.
    auto parsed = AnswerSheet::parse(csv, u"answers.csv"_s);
    ASSERT_TRUE(parsed.sheet.has_value()) << text(parsed.errors);
    auto same = parsed.sheet->compare(d, bid, std::nullopt);
    EXPECT_TRUE(same.errors.isEmpty()) << text(same.errors);
    EXPECT_TRUE(same.changes.isEmpty()) << AnswerSheet::describe(same).toStdString() << csv.toStdString();
    EXPECT_GT(same.unchanged, 0);

    // One answer changed, dated by the import: one answer recorded, pinned to its row's revision.
    QList<QByteArray> lines = csv.split('\n');
    int changedLine = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].contains(",full,")) {
            lines[i].replace(",full,", ",partial,");
            changedLine = int(i) + 1;
            break;
        }
    }
    ASSERT_GT(changedLine, 0);
    auto edited = AnswerSheet::parse(lines.join('\n'), u"answers.csv"_s);
    ASSERT_TRUE(edited.sheet.has_value());
    const Moment at = *Moment::parse(u"2023-12-20"_s, d.info.zone());
    auto one = edited.sheet->compare(d, bid, at);
    ASSERT_TRUE(one.errors.isEmpty()) << text(one.errors);
    ASSERT_EQ(one.changes.size(), 1);
    EXPECT_EQ(one.changes[0].line, changedLine);
    EXPECT_EQ(one.changes[0].answer.compliance, Compliance::Partial);
    EXPECT_EQ(one.changes[0].answer.at, at);
    // Without a date, the row still carries the replaced answer's: refused, naming the cell.
    auto undated = edited.sheet->compare(d, bid, std::nullopt);
    ASSERT_EQ(undated.errors.size(), 1);
    EXPECT_EQ(undated.errors[0].line, changedLine);
    EXPECT_GT(undated.errors[0].column, 1);

    const int before = int(d.bid(bid.id)->responses.size());
    ASSERT_TRUE((*file)->recordAnswers(d.info.id, bid.id, {one.changes[0].answer}, u"answers.csv"_s).ok());
    d = *(*file)->load(demo.info.id);
    EXPECT_EQ(d.bid(bid.id)->responses.size(), before + 1);
    EXPECT_EQ(d.bid(bid.id)->responses.last().compliance, Compliance::Partial);
    auto undone = (*file)->retractAnswers(d.info.id, bid.id, {one.changes[0].answer}, u"answers.csv"_s);
    ASSERT_TRUE(undone.ok()) << undone.error().toString().toStdString();
    EXPECT_EQ((*file)->load(demo.info.id)->bid(bid.id)->responses.size(), before);

    // A sheet without an evidence column keeps each answer's evidence.
    {
        const Response& kept = d.bid(bid.id)->responses.last();
        const QByteArray noEvidence = "requirement,rev_answered,compliance\n" + kept.requirement.toUtf8() + ',' +
                                      QByteArray::number(kept.rev) + ',' + enumName(kept.compliance).toUtf8() + '\n';
        auto sheet = AnswerSheet::parse(noEvidence, u"a.csv"_s);
        ASSERT_TRUE(sheet.sheet.has_value());
        const auto same = sheet.sheet->compare(d, *d.bid(bid.id), std::nullopt);
        EXPECT_TRUE(same.errors.isEmpty()) << text(same.errors);
        EXPECT_TRUE(same.changes.isEmpty());
    }
    // What the comparison saw must still hold when the answers are recorded.
    {
        const std::optional<Response> stale = std::nullopt; // "no answer yet", but there is one
        const Status refusedLate =
            (*file)->recordAnswers(d.info.id, bid.id, {one.changes[0].answer}, u"answers.csv"_s, {stale});
        ASSERT_FALSE(refusedLate.ok());
        EXPECT_TRUE(refusedLate.error().reason.contains(u"since the sheet was compared"_s));
        EXPECT_EQ((*file)->load(demo.info.id)->bid(bid.id)->responses.size(), before);
    }

    // A row of another bid is refused with its line.
    auto other = AnswerSheet::parse("requirement,rev_answered,compliance,bid\nSEC-01,1,full,B-OTHER\n", u"a.csv"_s);
    ASSERT_TRUE(other.sheet.has_value());
    auto refused = other.sheet->compare(d, bid, at);
    ASSERT_EQ(refused.errors.size(), 1);
    EXPECT_EQ(refused.errors[0].line, 2);
    EXPECT_EQ(refused.errors[0].column, 15); // the bid's cell
    EXPECT_TRUE(refused.errors[0].reason.contains(u"B-OTHER"_s));
}
