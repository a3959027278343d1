// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hostreview {

// One stretch of a word-level diff (see wordDiff).
struct DiffSegment
{
    enum class Kind { Same, Inserted, Deleted };
    Kind kind;
    QString text; // exact substring(s) of the input, including the whitespace that follows the words
};

// Word-level diff from `before` to `after`: concatenating the Same+Deleted segments gives `before`
// exactly, concatenating Same+Inserted gives `after` exactly. Adjacent segments of the same kind are merged.
// Deleted comes before Inserted when both replace the same stretch. Never fails; two empty texts give
// an empty list, identical texts one Same segment.
//
// Tokens are words (letters, digits and combining marks, with in-word apostrophes and hyphens:
// "aujourd'hui", "l’hébergeur", "sous-traitant", "ISO-27001"), single punctuation characters and
// runs of whitespace. Words are compared in Unicode NFC, and any run of whitespace equals any other,
// so a re-wrapped line or a decomposed "é" is not a change. Because the segments keep both texts
// exactly, such a difference still appears as a Deleted/Inserted pair whose texts compare equal;
// insertedWords, deletedWords and diffHtml leave those pairs out, so show the diff through them.
//
// Runs in O((n + m) d) time and O(n + m) memory for n and m words and d changed words; two
// unrelated texts become one replacement rather than a scatter of matching "de" and commas.
QList<DiffSegment> wordDiff(const QString& before, const QString& after);

// Words only (for tests and summaries): the inserted / deleted tokens, whitespace excluded.
// Punctuation tokens are included ("données," -> "données." deletes "," and inserts ".").
QStringList insertedWords(const QList<DiffSegment>& diff);
QStringList deletedWords(const QList<DiffSegment>& diff);

// An HTML rendering for QTextDocument: deleted text in <del> with a red background (#f8d0d0) and
// line-through, inserted in <ins> green (#c8f0c8) with underline; HTML-escaped; newlines as <br/>.
// Colours are not the only cue: strike-through and underline are. Whitespace and normalisation-only
// differences are shown as unchanged, in the form `after` has.
QString diffHtml(const QList<DiffSegment>& diff);

// The same for plain text (a terminal, a CSV): deleted text as [-…-], inserted as {+…+}, as `git
// diff --word-diff` writes them; whitespace and normalisation-only differences are unchanged text.
QString diffText(const QList<DiffSegment>& diff);

// Whether a diff changes any word or punctuation (not only spacing or Unicode normalisation).
bool changesWords(const QList<DiffSegment>& diff);
// The line a terminal shows for a changed text, translated: "words: a [-12-]{+6+} b", or "words:
// only spacing or character forms changed"; its later lines start with `indent` spaces, to sit
// under a first line that is already indented (a multi-paragraph requirement).
QString wordsLine(const QString& before, const QString& after, int indent);
// Text whose second and later lines start with `spaces` spaces.
QString indented(const QString& text, int spaces);

} // namespace hostreview
