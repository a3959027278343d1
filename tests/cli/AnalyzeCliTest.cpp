// SPDX-License-Identifier: EUPL-1.2
// `hostreview-cli analyze`: the demo's analysis pinned byte for byte, the same result from a review
// file and from JSON, the text report, profiles and bad input.
#include "TestSupport.h"
#include "analysis/signals/SignalCatalogue.h"
#include "core/analysis/signals/SignalScenario.h"
#include "support/Language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

using AnalyzeCliTest = DemoReviewFileTest;

struct Pinned
{
    const char* dossier;  // file under resources/demo/
    const char* asOf;     // nullptr for the whole dossier
    const char* expected; // file under tests/fixtures/
};

const Pinned PinnedAnalyses[] = {
    {"emc2-2023.json", nullptr, "emc2-2023-analysis.json"},
    {"emc2-2023.json", "2023-12-12", "emc2-2023-analysis-2023-12-12.json"},
    {"hdh-2019.json", nullptr, "hdh-2019-analysis.json"},
};

QStringList analyzeArgs(const Pinned& p)
{
    QStringList args{
        u"analyze"_s, sourcePath(u"resources/demo/"_s + QLatin1StringView(p.dossier)), u"--format"_s, u"json"_s};
    if (p.asOf)
        args << u"--as-of"_s << QString::fromLatin1(p.asOf);
    return args;
}

QJsonObject parse(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

} // namespace

// The demo's expected analysis is reviewed by hand and pinned: any change to the engine that
// changes what a user reads fails here. To re-pin after a deliberate change, run
//   hostreview-cli analyze resources/demo/emc2-2023.json --format json > tests/fixtures/emc2-2023-analysis.json
// (and the same for the other fixtures), then review the diff.
TEST(AnalyzePinnedTest, TheDemoAnalysesAreExactlyThePinnedOnes)
{
    for (const Pinned& p : PinnedAnalyses) {
        QString out, err;
        ASSERT_EQ(runCli(analyzeArgs(p), &out, &err), 0) << err.toStdString();
        const QByteArray expected = readAll(sourcePath(u"tests/fixtures/"_s + QLatin1StringView(p.expected)));
        EXPECT_EQ(out.toUtf8(), expected) << p.expected << " differs; got:\n" << out.toStdString();
    }
}

// A generated dossier with many more signals and answers than the demos (187 signals, 771 pieces
// of evidence, 200 answers per bid), whose analysis was written by the engine before it ran its
// detectors on several threads and read answers on a second connection (commit 8710f02): the
// same bytes, from the JSON file and from a review file.
TEST(AnalyzePinnedTest, AGeneratedDossierGivesTheSameAnalysisAsTheSingleThreadedEngine)
{
    QTemporaryDir dir;
    const QString json = dir.filePath(u"generated.json"_s);
    const QString review = dir.filePath(u"generated.db"_s);
    QString out, err;
    ASSERT_EQ(runCli({u"generate"_s,
                      u"--requirements"_s,
                      u"40"_s,
                      u"--vendors"_s,
                      u"5"_s,
                      u"--changes"_s,
                      u"200"_s,
                      u"--seed"_s,
                      u"3"_s,
                      u"-o"_s,
                      json},
                     &out,
                     &err),
              0)
        << err.toStdString();
    ASSERT_EQ(runCli({u"import"_s, json, u"--into"_s, review}, &out, &err), 0) << err.toStdString();
    const QByteArray expected = readAll(sourcePath(u"tests/fixtures/generated-40-5-200-s3-analysis.json"_s));
    ASSERT_FALSE(expected.isEmpty());
    ASSERT_EQ(runCli({u"analyze"_s, json, u"--format"_s, u"json"_s}, &out, &err), 0) << err.toStdString();
    EXPECT_EQ(out.toUtf8(), expected) << "from the JSON file";
    ASSERT_EQ(runCli({u"analyze"_s, review, u"--dossier"_s, u"GEN-3"_s, u"--format"_s, u"json"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_EQ(out.toUtf8(), expected) << "from the review file";
}

TEST(AnalyzePinnedTest, EverySignalOfTheCatalogueFiresInTheDemo)
{
    QSet<QString> fired;
    for (const Pinned& p : PinnedAnalyses) {
        QString out;
        ASSERT_EQ(runCli(analyzeArgs(p), &out), 0);
        for (const QJsonValue s : parse(out).value(u"signals"_s).toArray())
            fired.insert(s.toObject().value(u"code"_s).toString());
    }
    for (const auto& e : SignalCatalogue::entries())
        EXPECT_TRUE(fired.contains(QString::fromLatin1(e.code))) << e.code << " never fires in the demo";
}

TEST(AnalyzePinnedTest, TheDemoAnalysisHasTheSpecsShape)
{
    QString out;
    ASSERT_EQ(runCli(analyzeArgs(PinnedAnalyses[0]), &out), 0);
    const QJsonObject a = parse(out);
    EXPECT_EQ(a.keys(),
              (QStringList{
                  u"as_of"_s, u"bias_index"_s, u"coverage"_s, u"dossier"_s, u"format"_s, u"signals"_s, u"version"_s}));
    EXPECT_EQ(a.value(u"format"_s).toString(), u"hostreview-analysis"_s);
    EXPECT_EQ(a.value(u"version"_s).toInt(), 1);
    EXPECT_TRUE(a.value(u"as_of"_s).isNull());
    EXPECT_DOUBLE_EQ(a.value(u"bias_index"_s).toDouble(), 88.9);
    EXPECT_EQ(a.value(u"coverage"_s).toArray().size(), 22);
    const QJsonObject first = a.value(u"signals"_s).toArray().first().toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{u"at"_s, u"basis"_s, u"code"_s, u"evidence"_s, u"message"_s, u"severity"_s, u"subject"_s}));
    // A late change of the demo: TEC-02 rev 2, three days before the deadline then in force.
    bool found = false;
    for (const QJsonValue v : a.value(u"signals"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(u"code"_s) != u"LATE_CHANGE"_s || s.value(u"subject"_s)[u"id"_s] != u"TEC-02"_s)
            continue;
        found = true;
        EXPECT_EQ(s.value(u"severity"_s).toString(), u"high"_s);
        EXPECT_EQ(s.value(u"at"_s).toString(), u"2023-12-12"_s);
        const QJsonObject ev = s.value(u"evidence"_s).toArray().first().toObject();
        EXPECT_EQ(ev.value(u"kind"_s).toString(), u"revision"_s);
        EXPECT_EQ(ev.value(u"requirement"_s).toString(), u"TEC-02"_s);
        EXPECT_EQ(ev.value(u"rev"_s).toInt(), 2);
    }
    EXPECT_TRUE(found);
}

TEST_F(AnalyzeCliTest, AReviewFileGivesTheSameAnalysisAsItsJson)
{
    for (const QString& asOf : {QString(), u"2023-12-12"_s, u"2023-12-19T09:00:00+01:00"_s}) {
        QStringList fromDb{u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--format"_s, u"json"_s};
        QStringList fromJson{u"analyze"_s, demoPath(), u"--format"_s, u"json"_s};
        if (!asOf.isEmpty()) {
            fromDb << u"--as-of"_s << asOf;
            fromJson << u"--as-of"_s << asOf;
        }
        QString a, b, err;
        ASSERT_EQ(runCli(fromDb, &a, &err), 0) << err.toStdString();
        ASSERT_EQ(runCli(fromJson, &b, &err), 0) << err.toStdString();
        EXPECT_EQ(a, b) << "as of " << asOf.toStdString();
        EXPECT_FALSE(a.isEmpty());
    }
}

TEST_F(AnalyzeCliTest, ALateChangeAppearsOnlyFromItsDay)
{
    auto lateTec02 = [&](const QString& asOf) {
        QString out;
        EXPECT_EQ(
            runCli(
                {u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s, u"--as-of"_s, asOf, u"--format"_s, u"json"_s},
                &out),
            0);
        const QJsonObject a = parse(out);
        EXPECT_EQ(a.value(u"as_of"_s).toString(), asOf);
        for (const QJsonValue v : a.value(u"signals"_s).toArray()) {
            if (v[u"code"_s] == u"LATE_CHANGE"_s && v[u"subject"_s][u"id"_s] == u"TEC-02"_s)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(lateTec02(u"2023-12-11"_s));
    EXPECT_TRUE(lateTec02(u"2023-12-12"_s));
}

TEST_F(AnalyzeCliTest, TheTextReportIsGroupedBySeverityWithEvidenceBasisAndCoverage)
{
    QString out;
    ASSERT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"28 signals; bias index 88.9 / 100"_s)) << out.toStdString();
    const qsizetype high = out.indexOf(u"Severity high (18)"_s);
    const qsizetype medium = out.indexOf(u"Severity medium (7)"_s);
    const qsizetype low = out.indexOf(u"Severity low (3)"_s);
    EXPECT_TRUE(high >= 0 && medium > high && low > medium) << out.toStdString();
    EXPECT_TRUE(
        out.contains(u"  LATE_CHANGE — Late change\n    Subject: requirement TEC-02; date: 12 December 2023\n"_s));
    EXPECT_TRUE(out.contains(u"Evidence: revision TEC-02 rev 2; event E-DEADLINE"_s));
    EXPECT_TRUE(out.contains(u"Basis: Directive 2014/24/EU art. 47(3); Prozorro 7-day rule"_s));
    EXPECT_TRUE(out.contains(u"22 of 22 signals evaluated"_s));
    EXPECT_FALSE(out.contains(u"0x"_s)) << "no pointer printed instead of text";
}

TEST_F(AnalyzeCliTest, TheTextReportListsWhatWasNotEvaluated)
{
    QString out;
    ASSERT_EQ(runCli({u"analyze"_s, sourcePath(u"resources/demo/hdh-2019.json"_s)}, &out), 0);
    EXPECT_TRUE(out.contains(u"12 of 22 signals evaluated"_s)) << out.toStdString();
    EXPECT_TRUE(
        out.contains(u"LATE_PUBLICATION not evaluated: missing the publication's date [decision.published_at]"_s))
        << out.toStdString();
}

TEST_F(AnalyzeCliTest, ExitsZeroWhenNothingFires)
{
    const QString path = write(u"clear.json"_s, SignalScenario().json());
    QString out, err;
    ASSERT_EQ(runCli({u"analyze"_s, path, u"--format"_s, u"json"_s}, &out, &err), 0) << err.toStdString();
    const QJsonObject a = parse(out);
    EXPECT_TRUE(a.value(u"signals"_s).toArray().isEmpty());
    EXPECT_DOUBLE_EQ(a.value(u"bias_index"_s).toDouble(), 0.0);
    EXPECT_TRUE(out.contains(u"\"bias_index\": 0.0,"_s)) << "always one decimal";
}

TEST_F(AnalyzeCliTest, AProfileFileOverridesTheDossiersSettings)
{
    // The demo's window is 14 days; a consultation needs 15 by default, 10 with this profile.
    const QString profile = write(u"lenient.json"_s, R"({ "min_window_days": { "consultation": 10 } })");
    QString out;
    ASSERT_EQ(runCli({u"analyze"_s, demoPath(), u"--format"_s, u"json"_s, u"--profile"_s, profile}, &out), 0);
    auto fires = [](const QString& json) {
        for (const QJsonValue v : parse(json).value(u"signals"_s).toArray()) {
            if (v[u"code"_s] == u"SHORT_WINDOW"_s)
                return true;
        }
        return false;
    };
    EXPECT_FALSE(fires(out));
    ASSERT_EQ(runCli({u"analyze"_s, demoPath(), u"--format"_s, u"json"_s}, &out), 0);
    EXPECT_TRUE(fires(out));
}

TEST_F(AnalyzeCliTest, AnInvalidProfileIsRefusedWithTheKeyAndTheReason)
{
    struct Case
    {
        const char* json;
        const char* pointer;
        const char* reason;
    };
    const Case cases[] = {
        {R"({ "late_change_days": "seven" })", "/late_change_days", "number expected"},
        {R"({ "late_change_dayz": 7 })", "/late_change_dayz", "unknown setting"},
        {R"({ "churn_share": 1.5 })", "/churn_share", "out of range"},
        {R"({ "late_change_days": 1e400 })", "/late_change_days", "1e400 is out of range"},
        {R"({ "min_window_days": { "tender": 30 } })", "/min_window_days/tender", "not a procedure"},
        {R"({ "brand_terms": ["Azure", 3] })", "/brand_terms/1", "non-empty string"},
        {R"({ "exposed_jurisdictions": { "USA": ["CLOUD Act"] } })", "/exposed_jurisdictions/USA", "ISO 3166-1"},
        {R"({ "exposed_jurisdictions": { "XX": ["CLOUD Act"] } })", "/exposed_jurisdictions/XX", "ISO 3166-1"},
        {R"({ "few_bids_below": 2.5 })", "/few_bids_below", "whole number"},
        {R"({ "late_change_days": 7, })", "bad.json:1:26", "member name"},
    };
    for (const Case& c : cases) {
        const QString profile = write(u"bad.json"_s, c.json);
        QString out, err;
        EXPECT_EQ(runCli({u"analyze"_s, demoPath(), u"--profile"_s, profile}, &out, &err), 2) << c.json;
        EXPECT_TRUE(out.isEmpty()) << "no analysis on a bad profile";
        EXPECT_TRUE(err.contains(u"bad.json"_s)) << err.toStdString();
        EXPECT_TRUE(err.contains(QLatin1StringView(c.pointer))) << c.json << " → " << err.toStdString();
        EXPECT_TRUE(err.contains(QLatin1StringView(c.reason))) << c.json << " → " << err.toStdString();
    }
}

TEST_F(AnalyzeCliTest, ADossierWithAnInvalidProfileIsRefusedAtImport)
{
    SignalScenario sc;
    sc.root[u"analysis_profile"_s] = QJsonObject{{u"late_change_days"_s, -1}};
    const QString path = write(u"bad-profile.json"_s, sc.json());
    const QByteArray before = readAll(m_review);
    QString err;
    EXPECT_EQ(runCli({u"import"_s, path, u"--into"_s, m_review}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains(u"/analysis_profile/late_change_days"_s)) << err.toStdString();
    EXPECT_EQ(readAll(m_review), before);
    EXPECT_EQ(runCli({u"analyze"_s, path}, nullptr, &err), 2);
}

TEST_F(AnalyzeCliTest, BadUsageIsRefused)
{
    QString err;
    EXPECT_EQ(runCli({u"analyze"_s, m_review}, nullptr, &err), 2) << "a review file needs --dossier";
    EXPECT_TRUE(err.contains(u"--dossier"_s));
    EXPECT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, u"NOPE"_s}, nullptr, &err), 2);
    EXPECT_EQ(runCli({u"analyze"_s, demoPath(), u"--as-of"_s, u"2023-13-45"_s}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains(u"--as-of"_s)) << err.toStdString();
    EXPECT_EQ(runCli({u"analyze"_s, demoPath(), u"--format"_s, u"xml"_s}, nullptr, &err), 2);
    EXPECT_EQ(runCli({u"analyze"_s, demoPath(), u"--dossier"_s, u"OTHER"_s}, nullptr, &err), 2);
    EXPECT_EQ(runCli({u"analyze"_s, m_dir.filePath(u"missing.json"_s)}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains(u"missing.json"_s)) << err.toStdString();
}

TEST_F(AnalyzeCliTest, TheTextReportReadsInFrench)
{
    ASSERT_TRUE(Language::install(u"fr"_s));
    QString out;
    const int code = runCli({u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &out);
    ASSERT_TRUE(Language::install(u"en"_s));
    ASSERT_EQ(code, 0);
    EXPECT_TRUE(out.contains(u"28 signaux\u00a0; indice de biais 88,9 / 100"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"Gravité élevée (18)"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"LATE_CHANGE — Modification tardive"_s));
    EXPECT_TRUE(out.contains(u"Objet\u00a0: exigence TEC-02"_s));
    EXPECT_TRUE(out.contains(u"Fondement\u00a0: "_s));
    EXPECT_TRUE(out.contains(u"Signaux évalués\u00a0: 22 sur 22"_s));
    EXPECT_FALSE(out.contains(u"Late change"_s)) << "no English left in the French report";
    EXPECT_FALSE(out.contains(u"Evidence:"_s));
}

TEST_F(AnalyzeCliTest, JsonStaysTheSameInEveryLanguage)
{
    QString en, fr;
    ASSERT_EQ(runCli({u"analyze"_s, demoPath(), u"--format"_s, u"json"_s}, &en), 0);
    ASSERT_TRUE(Language::install(u"fr"_s));
    const int code = runCli({u"analyze"_s, demoPath(), u"--format"_s, u"json"_s}, &fr);
    ASSERT_TRUE(Language::install(u"en"_s));
    ASSERT_EQ(code, 0);
    // Codes, subjects, dates, evidence and the index do not depend on the language.
    const QJsonObject a = parse(en);
    const QJsonObject b = parse(fr);
    EXPECT_EQ(a.value(u"bias_index"_s), b.value(u"bias_index"_s));
    EXPECT_EQ(a.value(u"coverage"_s), b.value(u"coverage"_s));
    const QJsonArray sa = a.value(u"signals"_s).toArray();
    const QJsonArray sb = b.value(u"signals"_s).toArray();
    ASSERT_EQ(sa.size(), sb.size());
    for (qsizetype i = 0; i < sa.size(); ++i) {
        EXPECT_EQ(sa[i][u"code"_s], sb[i][u"code"_s]);
        EXPECT_EQ(sa[i][u"evidence"_s], sb[i][u"evidence"_s]);
        EXPECT_EQ(sa[i][u"at"_s], sb[i][u"at"_s]);
    }
}
