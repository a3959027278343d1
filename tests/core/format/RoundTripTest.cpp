// SPDX-License-Identifier: EUPL-1.2
#include "Generator.h"
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

// export → import → export must give the same bytes, directly and through a review file.
void expectRoundTrip(const QByteArray& json, const QString& name)
{
    auto first = DossierReader::read(json, name);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    const QByteArray exported = DossierWriter::write(*first);
    auto second = DossierReader::read(exported, name + u" (exported)"_s);
    ASSERT_TRUE(second.ok()) << second.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(*second), exported) << name.toStdString();

    QTemporaryDir dir;
    auto file = ReviewFile::open(dir.filePath(u"r.db"_s), ReviewFile::Mode::CreateIfMissing);
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE((*file)->importDossier(*second, name).ok());
    auto loaded = (*file)->load(second->info.id);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString().toStdString();
    EXPECT_EQ(DossierWriter::write(*loaded), exported) << name.toStdString() << " through a review file";
}

} // namespace

TEST(RoundTripTest, MinimalDossier)
{
    expectRoundTrip(minimalJson(), u"minimal.json"_s);
}

TEST(RoundTripTest, BundledDemoDossiers)
{
    expectRoundTrip(readAll(demoPath()), u"emc2-2023.json"_s);
    expectRoundTrip(readAll(sourcePath(u"resources/demo/hdh-2019.json"_s)), u"hdh-2019.json"_s);
}

TEST(RoundTripTest, GeneratedDossiersOfSeveralShapes)
{
    for (quint64 seed : {1ULL, 2ULL, 99ULL}) {
        Generator::Options o;
        o.requirements = 50 + int(seed);
        o.vendors = int(seed % 5) + 1;
        o.changes = int(seed * 7);
        o.seed = seed;
        expectRoundTrip(DossierWriter::write(Generator::generate(o)), u"generated-%1"_s.arg(seed));
    }
}

TEST(RoundTripTest, ExtensionsAreKeptVerbatim)
{
    auto d = DossierReader::read(minimalJson(), u"m.json"_s);
    ASSERT_TRUE(d.ok());
    const QByteArray out = DossierWriter::write(*d);
    EXPECT_TRUE(out.contains("\"big\": 12345678901234567890")) << "no rounding of large integers";
    EXPECT_TRUE(out.contains("2.50")) << "number literals as written";
    EXPECT_TRUE(out.contains("\"é\"")) << "UTF-8 text as is";
}

TEST(RoundTripTest, GeneratorIsDeterministic)
{
    Generator::Options o;
    o.requirements = 200;
    o.vendors = 4;
    o.changes = 300;
    o.seed = 42;
    EXPECT_EQ(DossierWriter::write(Generator::generate(o)), DossierWriter::write(Generator::generate(o)));
    o.seed = 43;
    const Dossier other = Generator::generate(o);
    o.seed = 42;
    EXPECT_NE(DossierWriter::write(other), DossierWriter::write(Generator::generate(o)));
    int revisions = 0;
    for (const Requirement& r : other.requirements)
        revisions += int(r.revisions.size());
    EXPECT_EQ(revisions, 200 + 300);
    EXPECT_EQ(other.bids.size(), 4);
}

TEST(RoundTripTest, PublicExportLeavesOutConfidentialMaterial)
{
    auto d = DossierReader::read(minimalJson(), u"m.json"_s);
    ASSERT_TRUE(d.ok());
    DossierWriter::Options options;
    options.publicEdition = true;
    const QByteArray out = DossierWriter::write(*d, options);
    EXPECT_FALSE(out.contains("secret plan"));
    EXPECT_TRUE(DossierWriter::write(*d).contains("secret plan"));
    EXPECT_TRUE(DossierReader::read(out, u"public.json"_s).ok()) << "the public export is itself valid";
}
