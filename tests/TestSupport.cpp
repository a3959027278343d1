// SPDX-License-Identifier: EUPL-1.2
#include "TestSupport.h"

#include "storage/ReviewFile.h"

#include "Cli.h"
#include "format/DossierReader.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace hostreview::test {

QString sourcePath(const QString& relative)
{
    return QStringLiteral(HOSTREVIEW_SOURCE_DIR) + u'/' + relative;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QString demoPath()
{
    return sourcePath(u"resources/demo/emc2-2023.json"_s);
}

Dossier demoDossier()
{
    auto d = DossierReader::readFile(demoPath());
    EXPECT_TRUE(d.ok()) << (d.ok() ? std::string() : d.error().toString().toStdString());
    return d.ok() ? *d : Dossier();
}

QByteArray minimalJson()
{
    return R"({
  "format": "hostreview-dossier",
  "version": 1,
  "dossier": { "id": "T-1", "title": "Test dossier", "procedure": "consultation", "sensitivity": "health",
               "required_certifications": ["HDS"] },
  "sources": [ { "id": "S-1", "title": "Consultation document", "kind": "consultation_document" } ],
  "events": [
    { "id": "E-OPEN", "kind": "consultation_opened", "at": "2024-03-01" },
    { "id": "E-DL", "kind": "bid_deadline", "at": "2024-03-20" },
    { "id": "E-EXT", "kind": "deadline_extended", "at": "2024-03-18", "new_deadline": "2024-03-25" }
  ],
  "requirements": [
    { "id": "R-1", "category": "security", "title": "Encryption",
      "revisions": [
        { "rev": 1, "effective_at": "2024-03-01", "text": "AES-256 at rest.", "mandatory": true, "weight": 3, "source": "S-1" },
        { "rev": 2, "effective_at": "2024-03-15", "text": "AES-256 at rest, keys in an HSM.", "mandatory": true, "weight": 5, "rationale": "" }
      ] },
    { "id": "R-2", "category": "reversibility", "title": "Exit plan",
      "revisions": [ { "rev": 1, "effective_at": "2024-03-01", "text": "A tested exit plan." } ] }
  ],
  "vendors": [
    { "id": "V-1", "name": "Vendor One", "country": "FR", "certifications": [ { "scheme": "HDS", "valid_from": "2022-01-01", "valid_until": "2026-01-01" } ] },
    { "id": "V-2", "name": "Vendor Two", "country": "IE", "parent": "Parent Inc.", "parent_country": "US" }
  ],
  "bids": [
    { "id": "B-1", "vendor": "V-1", "submitted_at": "2024-03-10",
      "responses": [ { "requirement": "R-1", "rev": 1, "compliance": "full" },
                     { "requirement": "R-2", "rev": 1, "compliance": "partial", "evidence": "secret plan", "confidential": true } ] },
    { "id": "B-2", "vendor": "V-2", "submitted_at": "2024-03-24", "price": { "amount": 1200000.5, "currency": "EUR" },
      "responses": [ { "requirement": "R-1", "rev": 2, "compliance": "full" } ] }
  ],
  "assessment": [ { "criterion": "A-1", "title": "Legal basis", "kind": "legal_basis", "status": "acceptable" } ],
  "decision": { "decided_at": "2024-04-02", "published_at": "2024-05-20", "outcome": "authorized", "selected_vendor": "V-2",
                "duration_months": 36, "conditions": ["Pseudonymise"],
                "claims": [ { "id": "C-1", "kind": "no_compliant_alternative", "text": "No other offer met the requirements.", "source": "S-1" } ] },
  "x": { "org.example": { "big": 12345678901234567890, "list": [1, 2.50, "é"] } }
}
)";
}

int runCli(const QStringList& args, QString* out, QString* err)
{
    QString o;
    QString e;
    QTextStream outStream(&o);
    QTextStream errStream(&e);
    Cli cli(outStream, errStream);
    const int code = cli.run(QStringList{u"hostreview-cli"_s} + args);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

void DemoReviewFileTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_review = m_dir.filePath(QStringLiteral("review.db"));
    QString out, err;
    ASSERT_EQ(runCli({QStringLiteral("import"), demoPath(), QStringLiteral("--into"), m_review}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Imported dossier EMC2-2023"))) << out.toStdString();
}

Dossier DemoReviewFileTest::demoAsStored() const
{
    auto f = ReviewFile::open(m_review, ReviewFile::Mode::OpenExisting);
    EXPECT_TRUE(f.ok());
    if (!f.ok())
        return Dossier();
    auto d = (*f)->load(QStringLiteral("EMC2-2023"));
    EXPECT_TRUE(d.ok());
    return d.ok() ? *d : Dossier();
}

QString DemoReviewFileTest::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    writeAll(path, bytes);
    return path;
}

} // namespace hostreview::test
