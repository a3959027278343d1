// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's commands that change a dossier's record: what the desktop application's Edit
// menu does, without a display.
#include "TestSupport.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"

#include <gtest/gtest.h>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

class EditCliTest : public DemoReviewFileTest
{
protected:
    // Runs a command on the demo's dossier in the review file: `command REVIEW.db --dossier
    // EMC2-2023 args...`; `--lang` installs that language as main() does.
    int edit(const QString& command, const QStringList& args, QString* out = nullptr, QString* err = nullptr)
    {
        QStringList all{command, m_review, u"--dossier"_s, u"EMC2-2023"_s};
        all << args;
        const qsizetype lang = all.indexOf(u"--lang"_s);
        if (lang > 0) {
            EXPECT_TRUE(Language::install(all.value(lang + 1)));
        }
        QString o, e;
        const int code = runCli(all, out ? out : &o, err ? err : &e);
        if (lang > 0)
            Language::install(u"en"_s);
        return code;
    }
    // The analysis in text, as of a day.
    QString analysis(const QString& asOf)
    {
        QString out;
        EXPECT_EQ(edit(u"analyze"_s, {u"--as-of"_s, asOf}, &out), 0);
        return out;
    }
};

} // namespace

TEST_F(EditCliTest, ALateRevisionIsRecordedAndTheAnalysisSeesItFromItsDayOn)
{
    const QString lateSec01 = u"SEC-01 (Encryption at rest and in transit) changed late: rev 2 on 16 December 2023"_s;
    ASSERT_FALSE(analysis(u"2023-12-18"_s).contains(lateSec01));
    QString out, err;
    ASSERT_EQ(edit(u"revise"_s,
                   {u"--requirement"_s,
                    u"SEC-01"_s,
                    u"--effective"_s,
                    u"2023-12-16"_s,
                    u"--weight"_s,
                    u"5"_s,
                    u"--rationale"_s,
                    u"Chiffrement des sauvegardes ajouté"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    EXPECT_EQ(out.trimmed(), u"Requirement SEC-01: rev 2 recorded, effective 2023-12-16."_s);

    const Dossier d = demoAsStored();
    const Requirement* r = d.requirement(u"SEC-01");
    ASSERT_NE(r, nullptr);
    ASSERT_EQ(r->revisions.size(), 2);
    // Rev 1 is as it was; rev 2 carries its text and mandatory flag over and has its own rationale.
    EXPECT_EQ(r->revisions[0].weightOrDefault(), 3);
    EXPECT_EQ(r->revisions[1].weightOrDefault(), 5);
    EXPECT_EQ(r->revisions[1].text, r->revisions[0].text);
    EXPECT_EQ(r->revisions[1].isMandatory(), r->revisions[0].isMandatory());
    EXPECT_EQ(r->revisions[1].rationale, u"Chiffrement des sauvegardes ajouté"_s);

    EXPECT_TRUE(analysis(u"2023-12-18"_s).contains(lateSec01));
    EXPECT_FALSE(analysis(u"2023-12-15"_s).contains(u"SEC-01 (Encryption at rest and in transit) changed late"_s));
}

TEST_F(EditCliTest, ANewVendorsAnswerBecomesStaleWhenTheRequirementChanges)
{
    QString out, err;
    ASSERT_EQ(edit(u"add-vendor"_s,
                   {u"--id"_s,
                    u"V-NEW"_s,
                    u"--name"_s,
                    u"NewCloud"_s,
                    u"--country"_s,
                    u"FR"_s,
                    u"--certification"_s,
                    u"HDS,2022-01-01,2025-01-01"_s,
                    u"--certification"_s,
                    u"SecNumCloud"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    ASSERT_EQ(edit(u"add-bid"_s,
                   {u"--id"_s,
                    u"B-NEW"_s,
                    u"--vendor"_s,
                    u"V-NEW"_s,
                    u"--submitted"_s,
                    u"2023-12-13T10:00:00+01:00"_s,
                    u"--price"_s,
                    u"250000"_s,
                    u"--currency"_s,
                    u"EUR"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    ASSERT_EQ(edit(u"answer"_s,
                   {u"--bid"_s, u"B-NEW"_s, u"--requirement"_s, u"TEC-02"_s, u"--compliance"_s, u"full"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    EXPECT_EQ(out.trimmed(), u"Bid B-NEW answered TEC-02 rev 2: Full."_s); // in force on 13 December
    // Without --rev, the revision in force on the day of the answer: FUN-01 rev 2 (5 December),
    // not rev 3 (8 December).
    ASSERT_EQ(edit(u"answer"_s,
                   {u"--bid"_s,
                    u"B-NEW"_s,
                    u"--requirement"_s,
                    u"FUN-01"_s,
                    u"--compliance"_s,
                    u"partial"_s,
                    u"--at"_s,
                    u"2023-12-06T09:00:00+01:00"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    EXPECT_EQ(out.trimmed(), u"Bid B-NEW answered FUN-01 rev 2: Partial."_s);

    Dossier d = demoAsStored();
    const Vendor* v = d.vendor(u"V-NEW");
    ASSERT_NE(v, nullptr);
    ASSERT_EQ(v->certifications.size(), 2);
    EXPECT_EQ(v->certifications[0].scheme, u"HDS"_s);
    EXPECT_EQ(v->certifications[0].validUntil->text(), u"2025-01-01"_s);
    const Bid* b = d.bid(u"B-NEW");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->price->amount, 250000);
    ASSERT_EQ(b->responses.size(), 2);
    EXPECT_EQ(b->responses[0].rev, 2);

    EXPECT_EQ(edit(u"matrix"_s, {u"--as-of"_s, u"2023-12-14"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"V-NEW NewCloud: 5.0 / "_s)) << out.toStdString();
    ASSERT_EQ(
        edit(u"revise"_s,
             {u"--requirement"_s, u"TEC-02"_s, u"--effective"_s, u"2023-12-15"_s, u"--text"_s, u"Sous 4 semaines."_s},
             &out,
             &err),
        0)
        << err.toStdString();
    // Both answers are stale now: TEC-02 rev 2 (rev 3 since) and FUN-01 rev 2 (rev 3 since 8 December).
    EXPECT_EQ(edit(u"matrix"_s, {u"--as-of"_s, u"2023-12-15"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"2 stale"_s)) << out.toStdString();
    EXPECT_EQ(edit(u"vendor"_s, {u"--vendor"_s, u"V-NEW"_s, u"--as-of"_s, u"2023-12-15"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"TEC-02"_s)) << out.toStdString();
}

TEST_F(EditCliTest, ARetractionKeepsTheRowsAndIsRecordedAndReinstated)
{
    QString out, err;
    ASSERT_EQ(edit(u"revise"_s, {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s}), 0);
    ASSERT_EQ(edit(u"retract"_s, {u"--requirement"_s, u"SEC-01"_s, u"--rev"_s, u"2"_s}, &out, &err), 0)
        << err.toStdString();
    EXPECT_TRUE(out.startsWith(u"Retracted rev 2 of requirement SEC-01: audit entry "_s)) << out.toStdString();
    const QString entry = out.section(u"audit entry "_s, 1).section(u'.', 0, 0);
    EXPECT_EQ(demoAsStored().requirement(u"SEC-01")->revisions.size(), 1);

    ASSERT_EQ(edit(u"audit"_s, {}, &out), 0);
    EXPECT_TRUE(out.contains(u"revision added  SEC-01 rev 2 effective 2023-12-16"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(entry + u"  "_s) && out.contains(u"revision undone  SEC-01 rev 2"_s));

    ASSERT_EQ(edit(u"reinstate"_s, {u"--entry"_s, entry}, &out, &err), 0) << err.toStdString();
    EXPECT_EQ(demoAsStored().requirement(u"SEC-01")->revisions.size(), 2);

    // Undone again, then rev 2 recorded anew: the old rev 2 cannot come back.
    ASSERT_EQ(edit(u"retract"_s, {u"--requirement"_s, u"SEC-01"_s, u"--rev"_s, u"2"_s}, &out, &err), 0);
    const QString again = out.section(u"audit entry "_s, 1).section(u'.', 0, 0);
    ASSERT_EQ(edit(u"revise"_s, {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-17"_s}), 0);
    EXPECT_EQ(edit(u"reinstate"_s, {u"--entry"_s, again}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"cannot bring back SEC-01 rev 2: a revision recorded since has taken its number"_s))
        << err.toStdString();

    // TEC-02 rev 2 has answers: its retraction is refused, and the file is left as it was.
    const QByteArray before = readAll(m_review);
    // Exit 2, as for any input the review file refuses.
    EXPECT_EQ(edit(u"retract"_s, {u"--requirement"_s, u"TEC-02"_s, u"--rev"_s, u"2"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"answer"_s)) << err.toStdString();
    EXPECT_EQ(readAll(m_review), before);
    EXPECT_EQ(demoAsStored().requirement(u"TEC-02")->revisions.size(), 2);
}

TEST_F(EditCliTest, BadInputIsRefusedWithTheOptionAndReasonAndChangesNothing)
{
    const QByteArray before = readAll(m_review);
    struct Case
    {
        QString command;
        QStringList args;
        QString error;
    };
    const QList<Case> cases{
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"16/12/2023"_s},
         u"--effective: \"16/12/2023\" is not a date"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s, u"--mandatory"_s, u"maybe"_s},
         u"--mandatory: \"maybe\" is not yes or no"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s, u"--weight"_s, u"-1"_s},
         u"must not be negative"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-01"_s},
         u"effective dates never decrease"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s, u"--source"_s, u"S-NOWHERE"_s},
         u"S-NOWHERE"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"NOPE-1"_s, u"--effective"_s, u"2023-12-16"_s},
         u"no requirement NOPE-1 in dossier EMC2-2023"_s},
        {u"add-requirement"_s,
         {u"--id"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s, u"--text"_s, u"x"_s},
         u"requirement SEC-01 already exists"_s},
        {u"add-requirement"_s,
         {u"--id"_s, u"NEW 1"_s, u"--effective"_s, u"2023-12-16"_s, u"--text"_s, u"x"_s},
         u"is not a valid id"_s},
        {u"add-requirement"_s,
         {u"--id"_s, u"NEW-1"_s, u"--effective"_s, u"2023-12-16"_s, u"--text"_s, u"x"_s, u"--category"_s, u"misc"_s},
         u"--category: \"misc\" is not one of"_s},
        {u"source"_s, {u"--id"_s, u"S-X"_s, u"--title"_s, u"T"_s, u"--kind"_s, u"blog"_s}, u"--kind: \"blog\""_s},
        {u"source"_s, {u"--id"_s, u"S-NOWHERE"_s, u"--edit"_s, u"--title"_s, u"T"_s}, u"no source S-NOWHERE"_s},
        {u"add-vendor"_s,
         {u"--id"_s, u"V-X"_s, u"--name"_s, u"X"_s, u"--certification"_s, u"HDS,yesterday"_s},
         u"--certification: \"yesterday\" is not a date"_s},
        {u"add-vendor"_s,
         {u"--id"_s, u"V-X"_s, u"--name"_s, u"X"_s, u"--country"_s, u"XX"_s},
         u"\"XX\" is not an ISO 3166-1 alpha-2 country code"_s},
        {u"add-bid"_s,
         {u"--id"_s, u"B-X"_s, u"--vendor"_s, u"V-NOWHERE"_s, u"--submitted"_s, u"2023-12-13"_s},
         u"unknown vendor id V-NOWHERE"_s},
        {u"answer"_s,
         {u"--bid"_s, u"B-OVH"_s, u"--requirement"_s, u"TEC-02"_s, u"--compliance"_s, u"mostly"_s},
         u"--compliance: \"mostly\" is not one of full, partial, none"_s},
        {u"answer"_s,
         {u"--bid"_s, u"B-OVH"_s, u"--requirement"_s, u"TEC-02"_s, u"--rev"_s, u"7"_s, u"--compliance"_s, u"full"_s},
         u"rev 7 of requirement TEC-02 does not exist"_s},
        {u"revise"_s,
         {u"--requirement"_s, u"SEC-01"_s, u"--effective"_s, u"2023-12-16"_s, u"--weight"_s, u"inf"_s},
         u"--weight: \"inf\" is not a number"_s},
        {u"add-bid"_s,
         {u"--id"_s, u"B-X"_s, u"--vendor"_s, u"V-OVH"_s, u"--submitted"_s, u"2023-12-13"_s, u"--price"_s, u"nan"_s},
         u"--price: \"nan\" is not a number"_s},
        {u"source"_s, {u"--id"_s, u"S-CONSULT"_s, u"--edit"_s}, u"usage: hostreview-cli source"_s},
        {u"answer"_s,
         {u"--bid"_s, u"B-NOPE"_s, u"--requirement"_s, u"TEC-02"_s, u"--compliance"_s, u"full"_s},
         u"no bid B-NOPE in dossier EMC2-2023"_s},
        {u"retract"_s, {u"--source"_s, u"S-CONSULT"_s}, u"cite"_s},
        {u"retract"_s, {u"--source"_s, u"S-CONSULT"_s, u"--vendor"_s, u"V-OVH"_s}, u"usage: hostreview-cli retract"_s},
        {u"reinstate"_s, {u"--entry"_s, u"1"_s}, u"is not a retraction"_s},
    };
    for (const Case& c : cases) {
        QString out, err;
        EXPECT_EQ(edit(c.command, c.args, &out, &err), 2) << c.command.toStdString() << ": " << err.toStdString();
        EXPECT_TRUE(err.contains(c.error)) << c.command.toStdString() << ": " << err.toStdString();
    }
    EXPECT_EQ(readAll(m_review), before);
}

TEST_F(EditCliTest, ASourceIsAddedThenChangedAndTheTrailKeepsWhatItWas)
{
    QString out, err;
    ASSERT_EQ(edit(u"source"_s,
                   {u"--id"_s,
                    u"S-PRESS"_s,
                    u"--title"_s,
                    u"Hébergeurs : une consultation au pas de course"_s,
                    u"--kind"_s,
                    u"press"_s,
                    u"--date"_s,
                    u"2023-12-20"_s},
                   &out,
                   &err),
              0)
        << err.toStdString();
    ASSERT_EQ(edit(u"source"_s, {u"--id"_s, u"S-PRESS"_s, u"--edit"_s, u"--publisher"_s, u"Le Monde"_s}, &out, &err), 0)
        << err.toStdString();
    const Dossier d = demoAsStored();
    const Source* s = d.source(u"S-PRESS");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->title, u"Hébergeurs : une consultation au pas de course"_s); // kept
    EXPECT_EQ(s->publisher, u"Le Monde"_s);
    EXPECT_EQ(s->kind, SourceKind::Press);
    ASSERT_EQ(edit(u"audit"_s, {}, &out), 0);
    EXPECT_TRUE(out.contains(u"source edited  S-PRESS, was: Hébergeurs : une consultation au pas de course | —"_s))
        << out.toStdString();

    // In French.
    ASSERT_EQ(edit(u"source"_s,
                   {u"--id"_s, u"S-PRESS"_s, u"--edit"_s, u"--url"_s, u"https://example.org/a"_s, u"--lang"_s, u"fr"_s},
                   &out,
                   &err),
              0);
    EXPECT_EQ(out.trimmed(), u"Source S-PRESS modifiée."_s);
}
