// SPDX-License-Identifier: EUPL-1.2
#include "analysis/WordDiff.h"

#include <QColor>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace hostreview;
using namespace Qt::StringLiterals;

namespace {

using Kind = DiffSegment::Kind;

// "=[the ]-[old]+[new]=[ word]": the segments as a reader would see them, readable in failures.
std::string show(const QList<DiffSegment>& diff)
{
    QString out;
    for (const DiffSegment& segment : diff) {
        out += segment.kind == Kind::Same ? u'=' : segment.kind == Kind::Deleted ? u'-' : u'+';
        out += u'[';
        out += segment.text;
        out += u']';
    }
    return out.toStdString();
}

std::string joined(const QStringList& words)
{
    return words.join(u'|').toStdString();
}

std::string showDiff(const QString& before, const QString& after)
{
    return show(wordDiff(before, after));
}

// Concatenates the segments that are not of the kind left out.
QString concatenated(const QList<DiffSegment>& diff, Kind leftOut)
{
    QString text;
    for (const DiffSegment& segment : diff) {
        if (segment.kind != leftOut)
            text += segment.text;
    }
    return text;
}

// Same+Deleted gives before back, Same+Inserted gives after; no empty segment, no two neighbours
// of one kind, never an insertion right before a deletion.
void expectReconstructs(const QString& before, const QString& after)
{
    const QList<DiffSegment> diff = wordDiff(before, after);
    EXPECT_EQ(concatenated(diff, Kind::Inserted).toStdString(), before.toStdString()) << show(diff);
    EXPECT_EQ(concatenated(diff, Kind::Deleted).toStdString(), after.toStdString()) << show(diff);
    for (qsizetype i = 0; i < diff.size(); ++i) {
        EXPECT_FALSE(diff[i].text.isEmpty()) << show(diff);
        if (i == 0)
            continue;
        EXPECT_TRUE(diff[i - 1].kind != diff[i].kind) << show(diff);
        EXPECT_FALSE(diff[i - 1].kind == Kind::Inserted && diff[i].kind == Kind::Deleted) << show(diff);
    }
}

// How many separate places changed: runs of Deleted/Inserted segments between Same ones.
int changedPlaces(const QList<DiffSegment>& diff)
{
    int places = 0;
    bool inChange = false;
    for (const DiffSegment& segment : diff) {
        const bool changed = segment.kind != Kind::Same;
        if (changed && !inChange)
            ++places;
        inChange = changed;
    }
    return places;
}

// The character format of the last character of the first occurrence of text in the rendered HTML.
QTextCharFormat renderedFormat(const QString& html, const QString& text)
{
    QTextDocument document;
    document.setHtml(html);
    const QTextCursor found = document.find(text);
    EXPECT_FALSE(found.isNull()) << text.toStdString() << " not in " << document.toPlainText().toStdString();
    return found.charFormat();
}

} // namespace

TEST(WordDiffTest, IdenticalTextsGiveOneSameSegment)
{
    const QString text = u"L'hébergeur doit être certifié HDS.\nIl fournit un rapport mensuel."_s;
    const QList<DiffSegment> diff = wordDiff(text, text);
    ASSERT_EQ(diff.size(), 1);
    EXPECT_TRUE(diff[0].kind == Kind::Same);
    EXPECT_EQ(diff[0].text, text);
    EXPECT_TRUE(insertedWords(diff).isEmpty());
    EXPECT_TRUE(deletedWords(diff).isEmpty());
    EXPECT_FALSE(diffHtml(diff).contains(u"<del"_s));
    EXPECT_FALSE(diffHtml(diff).contains(u"<ins"_s));
    EXPECT_TRUE(wordDiff(QString(), QString()).isEmpty());
}

TEST(WordDiffTest, OneWordReplacedKeepsTheSpacesUnchanged)
{
    const QList<DiffSegment> diff = wordDiff(u"the old word"_s, u"the new word"_s);
    EXPECT_EQ(show(diff), "=[the ]-[old]+[new]=[ word]");
    EXPECT_EQ(joined(deletedWords(diff)), "old");
    EXPECT_EQ(joined(insertedWords(diff)), "new");
}

TEST(WordDiffTest, InsertionAtStartMiddleAndEnd)
{
    const QString text = u"doit être certifié"_s;
    EXPECT_EQ(showDiff(text, u"L'hébergeur doit être certifié"_s), "+[L'hébergeur ]=[doit être certifié]");
    EXPECT_EQ(showDiff(text, u"doit impérativement être certifié"_s), "=[doit ]+[impérativement ]=[être certifié]");
    EXPECT_EQ(showDiff(text, u"doit être certifié HDS"_s), "=[doit être certifié]+[ HDS]");
    EXPECT_EQ(joined(insertedWords(wordDiff(text, u"doit impérativement être certifié"_s))), "impérativement");
    EXPECT_TRUE(deletedWords(wordDiff(text, u"doit être certifié HDS"_s)).isEmpty());
}

TEST(WordDiffTest, Deletion)
{
    const QList<DiffSegment> middle = wordDiff(u"doit impérativement être certifié"_s, u"doit être certifié"_s);
    EXPECT_EQ(show(middle), "=[doit ]-[impérativement ]=[être certifié]");
    EXPECT_EQ(joined(deletedWords(middle)), "impérativement");
    EXPECT_TRUE(insertedWords(middle).isEmpty());

    EXPECT_EQ(showDiff(u"L'hébergeur doit être certifié HDS"_s, u"doit être certifié HDS"_s),
              "-[L'hébergeur ]=[doit être certifié HDS]");
    EXPECT_EQ(showDiff(u"doit être certifié HDS"_s, u"doit être certifié"_s), "=[doit être certifié]-[ HDS]");
}

TEST(WordDiffTest, FrenchAccentedWordsAreWholeWords)
{
    const QList<DiffSegment> diff =
        wordDiff(u"L'hébergeur doit être certifié HDS."_s, u"L'hébergeur doit être certifié HDS et SecNumCloud."_s);
    EXPECT_EQ(joined(insertedWords(diff)), "et|SecNumCloud");
    EXPECT_TRUE(deletedWords(diff).isEmpty());
    EXPECT_EQ(show(diff), "=[L'hébergeur doit être certifié HDS]+[ et SecNumCloud]=[.]");

    const QList<DiffSegment> ligature = wordDiff(u"Le cœur du système reçu"_s, u"Le cœur du système reçus"_s);
    EXPECT_EQ(joined(deletedWords(ligature)), "reçu");
    EXPECT_EQ(joined(insertedWords(ligature)), "reçus");
}

TEST(WordDiffTest, DecomposedAndComposedAccentsAreEqual)
{
    const QString composed = u"Donn\u00e9es h\u00e9berg\u00e9es en France"_s;
    const QString decomposed = u"Donne\u0301es he\u0301berge\u0301es en France"_s;
    const QList<DiffSegment> diff = wordDiff(composed, decomposed);
    EXPECT_TRUE(insertedWords(diff).isEmpty()) << show(diff);
    EXPECT_TRUE(deletedWords(diff).isEmpty()) << show(diff);
    const QString html = diffHtml(diff);
    EXPECT_FALSE(html.contains(u"<del"_s)) << html.toStdString();
    EXPECT_FALSE(html.contains(u"<ins"_s)) << html.toStdString();
    expectReconstructs(composed, decomposed);

    // The combining accent stays with its letter when the word does change.
    const QList<DiffSegment> changed = wordDiff(u"les donne\u0301es"_s, u"les donne\u0301e"_s);
    EXPECT_EQ(deletedWords(changed), QStringList{u"donne\u0301es"_s});
    EXPECT_EQ(insertedWords(changed), QStringList{u"donne\u0301e"_s});
}

TEST(WordDiffTest, PunctuationOnlyChangeLeavesTheWord)
{
    const QList<DiffSegment> diff = wordDiff(u"Les données,"_s, u"Les données."_s);
    EXPECT_EQ(joined(deletedWords(diff)), ",");
    EXPECT_EQ(joined(insertedWords(diff)), ".");
    EXPECT_EQ(show(diff), "=[Les données]-[,]+[.]");
}

TEST(WordDiffTest, HyphenatedAndApostropheWordsStayWhole)
{
    const QList<DiffSegment> diff =
        wordDiff(u"Le sous-traitant de l’hébergeur"_s, u"Le sous-traitants de l’hébergeur"_s);
    EXPECT_EQ(joined(deletedWords(diff)), "sous-traitant");
    EXPECT_EQ(joined(insertedWords(diff)), "sous-traitants");

    EXPECT_EQ(joined(insertedWords(wordDiff(u"aujourd'hui"_s, u"aujourd'hui même"_s))), "même");
    const QList<DiffSegment> norm = wordDiff(u"norme ISO-27001 requise"_s, u"norme ISO-27002 requise"_s);
    EXPECT_EQ(joined(deletedWords(norm)), "ISO-27001");
    EXPECT_EQ(joined(insertedWords(norm)), "ISO-27002");
}

TEST(WordDiffTest, WhitespaceReflowIsNotAChange)
{
    const QString before = u"L'hébergeur doit être\ncertifié HDS."_s;
    const QString after = u"L'hébergeur  doit être certifié\nHDS."_s;
    const QList<DiffSegment> diff = wordDiff(before, after);
    EXPECT_TRUE(insertedWords(diff).isEmpty()) << show(diff);
    EXPECT_TRUE(deletedWords(diff).isEmpty()) << show(diff);
    for (const DiffSegment& segment : diff) {
        if (segment.kind != Kind::Same) {
            EXPECT_TRUE(segment.text.trimmed().isEmpty()) << show(diff);
        }
    }
    const QString html = diffHtml(diff);
    EXPECT_FALSE(html.contains(u"<del"_s)) << html.toStdString();
    EXPECT_FALSE(html.contains(u"<ins"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"certifié<br/>HDS"_s)) << "the new line breaks are shown: " << html.toStdString();
    expectReconstructs(before, after);

    EXPECT_TRUE(diffHtml(wordDiff(u"  Exigence  "_s, u"Exigence"_s)).contains(u"Exigence"_s));
    EXPECT_FALSE(diffHtml(wordDiff(u"  Exigence  "_s, u"Exigence"_s)).contains(u"<del"_s));
}

TEST(WordDiffTest, SegmentsGiveBothTextsBack)
{
    const QString french = u"L'hébergeur doit être certifié HDS."_s;
    const QList<std::pair<QString, QString>> cases = {
        {QString(), QString()},
        {QString(), french},
        {french, QString()},
        {u"  "_s, QString()},
        {QString(), u"\n"_s},
        {french, u"L'hébergeur doit être certifié HDS et SecNumCloud."_s},
        {u"  Exigence  "_s, u"Exigence"_s},
        {u"Exigence"_s, u"\tExigence\n"_s},
        {u"x\ne\u0301"_s, u"y \u00e9"_s},
        {u"a--b , c"_s, u"a-b ; c"_s},
        {u"Le prestataire doit fournir un rapport mensuel"_s, u"Le fournisseur doit livrer un rapport mensuel"_s},
        {u"ligne un\r\nligne deux\r\n"_s, u"ligne un\nligne trois\n"_s},
        {u"emoji 😀 ok"_s, u"emoji 😃 ok"_s},
    };
    for (const auto& [before, after] : cases)
        expectReconstructs(before, after);
}

TEST(WordDiffTest, HtmlIsEscapedAndMarksChangesWithMoreThanColour)
{
    const QList<DiffSegment> diff =
        wordDiff(u"Le texte ancien\nsuit"_s, u"Le texte <script>alert(1)</script> & co\nsuit"_s);
    const QString html = diffHtml(diff);
    EXPECT_TRUE(html.contains(u"&lt;script&gt;"_s)) << html.toStdString();
    EXPECT_FALSE(html.contains(u"<script>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"&amp; co"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"<del>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"<ins>"_s)) << html.toStdString();
    EXPECT_TRUE(html.contains(u"<br/>suit"_s)) << html.toStdString();

    // What QTextDocument (the review view) shows: struck-out old text, underlined new text.
    const QTextCharFormat deleted = renderedFormat(html, u"ancien"_s);
    EXPECT_TRUE(deleted.fontStrikeOut());
    EXPECT_FALSE(deleted.fontUnderline());
    EXPECT_EQ(deleted.background().color(), QColor(0xf8, 0xd0, 0xd0));
    const QTextCharFormat inserted = renderedFormat(html, u"alert"_s);
    EXPECT_TRUE(inserted.fontUnderline());
    EXPECT_FALSE(inserted.fontStrikeOut());
    EXPECT_EQ(inserted.background().color(), QColor(0xc8, 0xf0, 0xc8));
    const QTextCharFormat same = renderedFormat(html, u"texte"_s);
    EXPECT_FALSE(same.fontStrikeOut());
    EXPECT_FALSE(same.fontUnderline());
    EXPECT_TRUE(renderedFormat(html, u"<script>"_s).fontUnderline()) << "the escaped tag reads as text";
}

TEST(WordDiffTest, LargeTextWithThreeChangesShowsExactlyThose)
{
    const QStringList vocabulary = u"le prestataire doit garantir que les données de santé sont hébergées en France , "
                                   u"chiffrées au repos"_s.split(u' ');
    QStringList words;
    for (int k = 0; k < 2000; ++k)
        words.append(k % 10 == 0 ? u"n%1"_s.arg(k) : vocabulary.at(k % vocabulary.size()));
    QStringList changed = words;
    changed[101] = u"remplacé"_s;
    changed.insert(1001, u"nouveau"_s);
    changed.removeAt(1502); // words[1501]
    const QString before = words.join(u' ');
    const QString after = changed.join(u' ');

    const QList<DiffSegment> diff = wordDiff(before, after);
    EXPECT_EQ(changedPlaces(diff), 3) << show(diff);
    EXPECT_EQ(deletedWords(diff), (QStringList{words.at(101), words.at(1501)}));
    EXPECT_EQ(insertedWords(diff), (QStringList{u"remplacé"_s, u"nouveau"_s}));
    expectReconstructs(before, after);
}

TEST(WordDiffTest, UnrelatedTextsAreOneReplacement)
{
    const QStringList oldWords = u"le prestataire doit garantir que les données de santé sont hébergées en France , "
                                 u"chiffrées au repos"_s.split(u' ');
    const QStringList newWords = u"un fournisseur devra assurer la disponibilité de ses services à plus de 99 , 9 % "
                                 u"par mois"_s.split(u' ');
    QStringList before;
    QStringList after;
    for (int i = 0; i < 2000; ++i) {
        before.append(oldWords.at((i * 7) % oldWords.size()));
        after.append(newWords.at((i * 5) % newWords.size()));
    }
    // They share "de" and commas, but a reader wants one replacement, not a scatter of matches.
    const QList<DiffSegment> diff = wordDiff(before.join(u' '), after.join(u' '));
    ASSERT_EQ(diff.size(), 2);
    EXPECT_TRUE(diff[0].kind == Kind::Deleted);
    EXPECT_EQ(diff[0].text, before.join(u' '));
    EXPECT_TRUE(diff[1].kind == Kind::Inserted);
    EXPECT_EQ(diff[1].text, after.join(u' '));
}

TEST(WordDiffTest, PlainTextMarksDeletedAndInsertedWordsAsGitDoes)
{
    const QString before = u"un délai de 12 semaines à compter de la notification."_s;
    const QString after = u"un délai de 6 semaines à compter de la notification, avec un premier environnement."_s;
    EXPECT_EQ(diffText(wordDiff(before, after)).toStdString(),
              u"un délai de [-12-]{+6+} semaines à compter de la notification{+, avec un premier environnement+}."_s
                  .toStdString());
    // Spaces stay outside the markers, on either side.
    EXPECT_EQ(diffText(wordDiff(u"a b c"_s, u"a b"_s)), u"a b [-c-]"_s);
    EXPECT_EQ(diffText(wordDiff(u"a b"_s, u"a b c"_s)), u"a b {+c+}"_s);
    EXPECT_EQ(diffText(wordDiff(QString(), u"new text"_s)), u"{+new text+}"_s);
    // Whitespace is no change; identical texts have no marker.
    EXPECT_EQ(diffText(wordDiff(u"le  délai"_s, u"le délai"_s)), u"le délai"_s);
    EXPECT_FALSE(changesWords(wordDiff(u"le  délai"_s, u"le délai"_s)));
    EXPECT_FALSE(changesWords(wordDiff(u"d\u00e9lai"_s, u"de\u0301lai"_s))) << "a decomposed é is the same word";
    EXPECT_TRUE(changesWords(wordDiff(u"12 semaines"_s, u"6 semaines"_s)));
    EXPECT_EQ(diffText(wordDiff(u"same"_s, u"same"_s)), u"same"_s);
}

TEST(WordDiffTest, IndentedPutsLaterLinesUnderTheFirst)
{
    EXPECT_EQ(indented(u"text: one\ntwo"_s, 4), u"text: one\n    two"_s);
    EXPECT_EQ(indented(u"one line"_s, 4), u"one line"_s);
}
