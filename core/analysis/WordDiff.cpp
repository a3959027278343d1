// SPDX-License-Identifier: EUPL-1.2
#include "analysis/WordDiff.h"

#include <QCoreApplication>

#include <QHashFunctions>
#include <QStringView>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Bounds the search for the shortest edit script (steps of the Myers loops). Two unrelated
// 2,000-word texts take about 4 million; beyond the budget the ranges left are replaced whole,
// which is still a correct diff, so a huge input costs at most some tens of milliseconds.
constexpr qint64 MaxSteps = 20'000'000;

enum class CharClass { Space, Word, Mark, Joiner, Other };

struct CodePoint
{
    char32_t value;
    qsizetype size; // in UTF-16 code units
};

CodePoint codePointAt(QStringView text, qsizetype pos)
{
    const QChar ch = text[pos];
    if (ch.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(ch, text[pos + 1]), 2};
    return {ch.unicode(), 1};
}

CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
            return CharClass::Word;
        if (c == U' ' || (c >= U'\t' && c <= U'\r'))
            return CharClass::Space;
        if (c == U'\'' || c == U'-')
            return CharClass::Joiner;
        return CharClass::Other;
    }
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isMark(c))
        return CharClass::Mark;
    if (QChar::isLetterOrNumber(c))
        return CharClass::Word;
    // The typographic apostrophes French texts use (l’hébergeur) and the Unicode hyphens.
    if (c == 0x2019 || c == 0x02BC || c == 0x2010 || c == 0x2011)
        return CharClass::Joiner;
    return CharClass::Other;
}

// A token and the whitespace after it. Diffing these units instead of bare tokens keeps the
// whitespace out of the alignment (any run equals any other, so it could only match by accident)
// and makes the segments carry the whitespace that follows their words.
struct Unit
{
    qsizetype start = 0;       // first character of the token
    qsizetype tokenEnd = 0;    // one past the token: start of its trailing whitespace
    qsizetype end = 0;         // one past the trailing whitespace
    size_t hash = 0;           // of the comparison key
    bool leadingSpace = false; // the whitespace before the first token (an empty token)
    QString normalized;        // NFC form of the token when it may differ from the text; null otherwise
};

class TokenizedText
{
public:
    explicit TokenizedText(QStringView text);

    qsizetype size() const { return m_units.size(); }
    const Unit& unit(qsizetype i) const { return m_units[i]; }
    QStringView token(qsizetype i) const
    {
        const Unit& u = m_units[i];
        return m_text.sliced(u.start, u.tokenEnd - u.start);
    }
    QStringView space(qsizetype i) const
    {
        const Unit& u = m_units[i];
        return m_text.sliced(u.tokenEnd, u.end - u.tokenEnd);
    }
    // The text of units [first, last), trailing whitespace included.
    QStringView span(qsizetype first, qsizetype last) const
    {
        if (first >= last)
            return {};
        return m_text.sliced(m_units[first].start, m_units[last - 1].end - m_units[first].start);
    }
    // What the token is compared by: its NFC form.
    QStringView key(qsizetype i) const
    {
        const Unit& u = m_units[i];
        return u.normalized.isNull() ? token(i) : QStringView(u.normalized);
    }

private:
    QStringView m_text;
    QList<Unit> m_units;
};

TokenizedText::TokenizedText(QStringView text)
    : m_text(text)
{
    const qsizetype n = text.size();
    qsizetype pos = 0;
    const auto classAt = [text](qsizetype at) { return classify(codePointAt(text, at).value); };
    const auto skipSpace = [&] {
        while (pos < n) {
            const CodePoint cp = codePointAt(text, pos);
            if (classify(cp.value) != CharClass::Space)
                break;
            pos += cp.size;
        }
    };
    if (n > 0 && classAt(0) == CharClass::Space) {
        Unit leading;
        leading.leadingSpace = true;
        skipSpace();
        leading.end = pos;
        m_units.append(leading);
    }
    while (pos < n) {
        Unit current;
        current.start = pos;
        const CodePoint first = codePointAt(text, pos);
        const CharClass firstClass = classify(first.value);
        // Below U+0300 every character is already in NFC and composes with nothing before it.
        bool mayDenormalize = first.value >= 0x300;
        pos += first.size;
        // A combining mark stays with its base, even a stray one after whitespace (it starts a word).
        const bool word = firstClass == CharClass::Word || firstClass == CharClass::Mark;
        while (pos < n) {
            const CodePoint cp = codePointAt(text, pos);
            const CharClass cls = classify(cp.value);
            const bool joins =
                cls == CharClass::Mark || (word && cls == CharClass::Word) ||
                (word && cls == CharClass::Joiner && pos + cp.size < n && classAt(pos + cp.size) == CharClass::Word);
            if (!joins)
                break;
            mayDenormalize = mayDenormalize || cp.value >= 0x300;
            pos += cp.size;
        }
        current.tokenEnd = pos;
        skipSpace();
        current.end = pos;
        const QStringView tokenText = text.sliced(current.start, current.tokenEnd - current.start);
        if (mayDenormalize)
            current.normalized = tokenText.toString().normalized(QString::NormalizationForm_C);
        current.hash = qHash(mayDenormalize ? QStringView(current.normalized) : tokenText);
        m_units.append(std::move(current));
    }
}

// A changed stretch: units [aBegin, aEnd) of the old text replaced by [bBegin, bEnd) of the new.
// Between two hunks the units of both texts pair up one to one and compare equal.
struct Hunk
{
    qsizetype aBegin;
    qsizetype aEnd;
    qsizetype bBegin;
    qsizetype bEnd;
};

// The shortest edit script between two unit sequences: Myers' O(ND) algorithm in its linear-space
// form (find the middle snake, recurse on both halves), as in diff-match-patch's diff_bisect.
class Aligner
{
public:
    Aligner(const TokenizedText& a, const TokenizedText& b)
        : m_a(a)
        , m_b(b)
        , m_deleted(a.size(), false)
        , m_inserted(b.size(), false)
    {
        diff(0, a.size(), 0, b.size());
    }

    QList<Hunk> hunks() const;

private:
    bool same(qsizetype i, qsizetype j) const
    {
        const Unit& x = m_a.unit(i);
        const Unit& y = m_b.unit(j);
        return x.hash == y.hash && x.leadingSpace == y.leadingSpace && m_a.key(i) == m_b.key(j);
    }
    void replace(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi);
    void diff(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi);
    std::pair<qsizetype, qsizetype> split(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi);

    const TokenizedText& m_a;
    const TokenizedText& m_b;
    QList<bool> m_deleted;
    QList<bool> m_inserted;
    qint64 m_budget = MaxSteps;
};

void Aligner::replace(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
{
    for (qsizetype i = aLo; i < aHi; ++i)
        m_deleted[i] = true;
    for (qsizetype j = bLo; j < bHi; ++j)
        m_inserted[j] = true;
}

void Aligner::diff(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
{
    while (aLo < aHi && bLo < bHi && same(aLo, bLo)) {
        ++aLo;
        ++bLo;
    }
    while (aLo < aHi && bLo < bHi && same(aHi - 1, bHi - 1)) {
        --aHi;
        --bHi;
    }
    if (aLo == aHi || bLo == bHi) {
        replace(aLo, aHi, bLo, bHi);
        return;
    }
    const auto [x, y] = split(aLo, aHi, bLo, bHi);
    // A split at a corner would recurse forever; it only comes back when the budget ran out.
    if ((x == aLo && y == bLo) || (x == aHi && y == bHi)) {
        replace(aLo, aHi, bLo, bHi);
        return;
    }
    diff(aLo, x, bLo, y);
    diff(x, aHi, y, bHi);
}

// Runs the forward and the backward search until they meet; returns where, as a point the
// shortest edit script passes through, or (aLo, bLo) when the step budget is spent.
std::pair<qsizetype, qsizetype> Aligner::split(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
{
    const qsizetype n = aHi - aLo;
    const qsizetype m = bHi - bLo;
    const qsizetype maxD = (n + m + 1) / 2;
    const qsizetype offset = maxD + 1;
    const qsizetype length = 2 * maxD + 3;
    // Furthest x reached on each diagonal k = x - y, forward (v1) and backward from the ends (v2).
    std::vector<qsizetype> v1(length, -1);
    std::vector<qsizetype> v2(length, -1);
    v1[offset + 1] = 0;
    v2[offset + 1] = 0;
    const qsizetype delta = n - m;
    // With an odd delta the paths can only meet after a forward step, else after a backward one.
    const bool front = delta % 2 != 0;
    // Diagonals that ran off the grid, which later rounds skip.
    qsizetype k1start = 0;
    qsizetype k1end = 0;
    qsizetype k2start = 0;
    qsizetype k2end = 0;
    for (qsizetype d = 0; d < maxD && m_budget > 0; ++d) {
        for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            --m_budget;
            const qsizetype k1Offset = offset + k1;
            qsizetype x1 = 0;
            if (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]))
                x1 = v1[k1Offset + 1]; // a step down from diagonal k + 1
            else
                x1 = v1[k1Offset - 1] + 1; // a step right from diagonal k - 1
            qsizetype y1 = x1 - k1;
            while (x1 < n && y1 < m && same(aLo + x1, bLo + y1)) {
                ++x1;
                ++y1;
            }
            v1[k1Offset] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                const qsizetype k2Offset = offset + delta - k1;
                if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset])
                    return {aLo + x1, bLo + y1};
            }
        }
        for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            --m_budget;
            const qsizetype k2Offset = offset + k2;
            qsizetype x2 = 0;
            if (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]))
                x2 = v2[k2Offset + 1]; // a step down from diagonal k + 1
            else
                x2 = v2[k2Offset - 1] + 1; // a step right from diagonal k - 1
            qsizetype y2 = x2 - k2;
            while (x2 < n && y2 < m && same(aHi - 1 - x2, bHi - 1 - y2)) {
                ++x2;
                ++y2;
            }
            v2[k2Offset] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                const qsizetype k1Offset = offset + delta - k2;
                if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1) {
                    const qsizetype x1 = v1[k1Offset];
                    const qsizetype y1 = offset + x1 - k1Offset;
                    if (x1 >= n - x2)
                        return {aLo + x1, bLo + y1};
                }
            }
        }
    }
    return {aLo, bLo};
}

QList<Hunk> Aligner::hunks() const
{
    QList<Hunk> result;
    const qsizetype n = m_a.size();
    const qsizetype m = m_b.size();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && !m_deleted[i] && !m_inserted[j]) {
            ++i;
            ++j;
            continue;
        }
        Hunk hunk{i, i, j, j};
        while (i < n && m_deleted[i])
            ++i;
        while (j < m && m_inserted[j])
            ++j;
        if (i == hunk.aBegin && j == hunk.bBegin) {
            // Unpaired units left on one side only (the marking above never leaves any): replace them.
            i = n;
            j = m;
        }
        hunk.aEnd = i;
        hunk.bEnd = j;
        result.append(hunk);
    }
    return result;
}

// Absorbs an unchanged stretch into the changes around it when it is short next to them: two
// unrelated sentences share "de", "la" and commas, and a reader wants one replacement there, not
// a scatter of one-word matches. One word kept between two one-word changes stays visible.
void mergeShortEqualities(QList<Hunk>& hunks)
{
    qsizetype k = 0;
    while (k + 1 < hunks.size()) {
        const Hunk left = hunks.at(k);
        const Hunk right = hunks.at(k + 1);
        const qsizetype equal = right.aBegin - left.aEnd;
        const qsizetype leftSize = std::max(left.aEnd - left.aBegin, left.bEnd - left.bBegin);
        const qsizetype rightSize = std::max(right.aEnd - right.aBegin, right.bEnd - right.bBegin);
        if (2 * equal < leftSize + rightSize) {
            hunks[k].aEnd = right.aEnd;
            hunks[k].bEnd = right.bEnd;
            hunks.removeAt(k + 1);
            if (k > 0)
                --k; // the grown hunk may now swallow the stretch before it
        } else {
            ++k;
        }
    }
}

// Collects segments, merging neighbours of one kind and putting deletions before insertions.
class SegmentBuilder
{
public:
    void same(QStringView text)
    {
        if (text.isEmpty())
            return;
        flush();
        if (!m_segments.isEmpty() && m_segments.last().kind == DiffSegment::Kind::Same)
            m_segments.last().text += text;
        else
            m_segments.append(DiffSegment{DiffSegment::Kind::Same, text.toString()});
    }
    void deleted(QStringView text) { m_deleted += text; }
    void inserted(QStringView text) { m_inserted += text; }
    QList<DiffSegment> take()
    {
        flush();
        return std::move(m_segments);
    }

private:
    void flush()
    {
        if (!m_deleted.isEmpty())
            m_segments.append(DiffSegment{DiffSegment::Kind::Deleted, std::exchange(m_deleted, QString())});
        if (!m_inserted.isEmpty())
            m_segments.append(DiffSegment{DiffSegment::Kind::Inserted, std::exchange(m_inserted, QString())});
    }

    QList<DiffSegment> m_segments;
    QString m_deleted;
    QString m_inserted;
};

// Exact keeps every character of both texts, so differences that compare equal (whitespace,
// Unicode normalisation) become Deleted/Inserted pairs. Visible shows them as unchanged, in the
// new text's form: it is what the HTML and the word lists use.
enum class Fidelity { Exact, Visible };

QList<DiffSegment> diffTexts(QStringView before, QStringView after, Fidelity fidelity)
{
    const TokenizedText a(before);
    const TokenizedText b(after);
    QList<Hunk> hunks = Aligner(a, b).hunks();
    mergeShortEqualities(hunks);

    const bool exact = fidelity == Fidelity::Exact;
    SegmentBuilder out;
    const auto equalPart = [&](QStringView x, QStringView y) {
        if (x == y) {
            out.same(x);
        } else if (exact) {
            out.deleted(x);
            out.inserted(y);
        } else {
            out.same(y);
        }
    };
    qsizetype i = 0;
    qsizetype j = 0;
    const auto equalUntil = [&](qsizetype aEnd) {
        for (; i < aEnd; ++i, ++j) {
            equalPart(a.token(i), b.token(j));
            equalPart(a.space(i), b.space(j));
        }
    };
    for (const Hunk& hunk : std::as_const(hunks)) {
        equalUntil(hunk.aBegin);
        const QStringView removed = a.span(hunk.aBegin, hunk.aEnd);
        const QStringView added = b.span(hunk.bBegin, hunk.bEnd);
        const QStringView removedSpace = hunk.aEnd > hunk.aBegin ? a.space(hunk.aEnd - 1) : QStringView();
        const QStringView addedSpace = hunk.bEnd > hunk.bBegin ? b.space(hunk.bEnd - 1) : QStringView();
        // A replacement leaves the space after it alone when both sides have it: "the old word" ->
        // "the new word" marks "old" and "new", not "old " and "new ".
        if (!removedSpace.isEmpty() && !addedSpace.isEmpty() && (removedSpace == addedSpace || !exact)) {
            out.deleted(removed.chopped(removedSpace.size()));
            out.inserted(added.chopped(addedSpace.size()));
            out.same(addedSpace);
        } else {
            out.deleted(removed);
            out.inserted(added);
        }
        i = hunk.aEnd;
        j = hunk.bEnd;
    }
    equalUntil(a.size());
    return out.take();
}

// The diff as a reader should see it: every run of changes between two Same segments is compared
// again in the Visible fidelity, so a re-wrapped line or a decomposed é shows as unchanged, and
// whitespace added or removed at the edges of the text is not shown as a change.
QList<DiffSegment> visibleChanges(const QList<DiffSegment>& diff)
{
    QList<DiffSegment> result;
    QString removed;
    QString added;
    const auto flush = [&] {
        if (removed.isEmpty() && added.isEmpty())
            return;
        const QList<DiffSegment> segments = diffTexts(removed, added, Fidelity::Visible);
        for (const DiffSegment& segment : segments) {
            if (segment.kind != DiffSegment::Kind::Same && QStringView(segment.text).trimmed().isEmpty()) {
                if (segment.kind == DiffSegment::Kind::Inserted)
                    result.append(DiffSegment{DiffSegment::Kind::Same, segment.text});
                continue;
            }
            result.append(segment);
        }
        removed.clear();
        added.clear();
    };
    for (const DiffSegment& segment : diff) {
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            flush();
            result.append(segment);
            break;
        case DiffSegment::Kind::Deleted:
            removed += segment.text;
            break;
        case DiffSegment::Kind::Inserted:
            added += segment.text;
            break;
        }
    }
    flush();
    return result;
}

QStringList changedWords(const QList<DiffSegment>& diff, DiffSegment::Kind kind)
{
    QStringList words;
    const QList<DiffSegment> visible = visibleChanges(diff);
    for (const DiffSegment& segment : visible) {
        if (segment.kind != kind)
            continue;
        const TokenizedText tokens(segment.text);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (!tokens.unit(i).leadingSpace)
                words.append(tokens.token(i).toString());
        }
    }
    return words;
}

QString htmlText(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"<br/>"_s);
    for (const char16_t lineBreak : {u'\n', u'\r', u'\u2028', u'\u2029'})
        html.replace(QChar(lineBreak), u"<br/>"_s);
    return html;
}

} // namespace

QList<DiffSegment> wordDiff(const QString& before, const QString& after)
{
    return diffTexts(before, after, Fidelity::Exact);
}

QStringList insertedWords(const QList<DiffSegment>& diff)
{
    return changedWords(diff, DiffSegment::Kind::Inserted);
}

QStringList deletedWords(const QList<DiffSegment>& diff)
{
    return changedWords(diff, DiffSegment::Kind::Deleted);
}

QString diffHtml(const QList<DiffSegment>& diff)
{
    // QTextDocument knows neither <del> nor <ins> (it keeps their text as plain inline text), so the
    // inner span carries the look; the outer tags keep the meaning for any other HTML reader.
    QString html;
    const QList<DiffSegment> visible = visibleChanges(diff);
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const DiffSegment& segment = visible[i];
        const QString text = htmlText(segment.text);
        // "12" replaced by "6" must not read "126": a space between the two, outside both.
        if (segment.kind == DiffSegment::Kind::Inserted && i > 0 && visible[i - 1].kind == DiffSegment::Kind::Deleted &&
            !visible[i - 1].text.isEmpty() && !visible[i - 1].text.back().isSpace())
            html += u' ';
        switch (segment.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Deleted:
            html += u"<del><span style=\"background-color:#f8d0d0; text-decoration:line-through\">"_s + text +
                    u"</span></del>"_s;
            break;
        case DiffSegment::Kind::Inserted:
            html += u"<ins><span style=\"background-color:#c8f0c8; text-decoration:underline\">"_s + text +
                    u"</span></ins>"_s;
            break;
        }
    }
    return html;
}

bool changesWords(const QList<DiffSegment>& diff)
{
    return !insertedWords(diff).isEmpty() || !deletedWords(diff).isEmpty();
}

QString wordsLine(const QString& before, const QString& after, int indent)
{
    const QList<DiffSegment> diff = wordDiff(before, after);
    return indented(
        changesWords(diff)
            ? QCoreApplication::translate("hostreview::WordDiff", "words: %1").arg(diffText(diff))
            : QCoreApplication::translate("hostreview::WordDiff", "words: only spacing or character forms changed"),
        indent);
}

QString indented(const QString& text, int spaces)
{
    QString out = text;
    return out.replace(u'\n', u'\n' + QString(spaces, u' '));
}

QString diffText(const QList<DiffSegment>& diff)
{
    QString text;
    const QList<DiffSegment> visible = visibleChanges(diff);
    for (const DiffSegment& segment : visible) {
        if (segment.kind == DiffSegment::Kind::Same) {
            text += segment.text;
            continue;
        }
        // Whitespace on either side stays outside the markers: "a b [-c-]", "[-12-]{+6+} semaines".
        qsizetype begin = 0;
        qsizetype end = segment.text.size();
        while (begin < end && segment.text.at(begin).isSpace())
            ++begin;
        while (end > begin && segment.text.at(end - 1).isSpace())
            --end;
        const QString word = segment.text.mid(begin, end - begin);
        const bool deleted = segment.kind == DiffSegment::Kind::Deleted;
        text += segment.text.left(begin);
        if (!word.isEmpty())
            text += (deleted ? u"[-"_s : u"{+"_s) + word + (deleted ? u"-]"_s : u"+}"_s);
        text += segment.text.mid(end);
    }
    return text;
}

} // namespace hostreview
