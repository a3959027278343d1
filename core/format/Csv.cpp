// SPDX-License-Identifier: EUPL-1.2
#include "format/Csv.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// The delimiter of the header line (the first with one): the one of ';' and ',' it holds more of
// outside quotes
// (a French spreadsheet writes ';' because ',' is its decimal separator).
QChar sniffDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r') && (commas > 0 || semicolons > 0))
            break; // the end of the first line that has a separator (blank lines come before it)
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

} // namespace

Error Csv::errorAt(const QString& file, int line, int column, const QString& reason)
{
    Error e = Error::input(reason);
    e.file = file;
    e.line = line;
    e.column = column;
    return e;
}

QString Csv::folded(const QString& text)
{
    QString out;
    for (QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c == u' ' || c == u'-') ? QChar(u'_') : c.toLower();
    }
    return out;
}

bool Csv::Record::isBlank() const
{
    for (const Field& f : fields) {
        if (!f.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype Csv::headerIndex() const
{
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        if (!m_records[i].isBlank())
            return i;
    }
    return -1;
}

std::optional<Error> Csv::widthError(const Record& record, const QString& file) const
{
    const qsizetype width = m_records[headerIndex()].fields.size();
    if (record.fields.size() == width)
        return std::nullopt;
    const int column = record.fields.size() > width ? record.fields[width].column : record.fields.last().column;
    return errorAt(
        file,
        record.line,
        column,
        tr("this row has %1 fields where the header has %2 (a cell with a %3 or a line break must be quoted)")
            .arg(record.fields.size())
            .arg(width)
            .arg(m_delimiter));
}

QString Csv::encodingName() const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 with BOM"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

QString Csv::fromWindows1252(const QByteArray& bytes)
{
    // 0x80–0x9F; the rest of Windows-1252 is Latin-1. 0 marks the five undefined bytes.
    static const char16_t high[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* o = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0)
            *o++ = QChar(high[b - 0x80] ? high[b - 0x80] : char16_t(0xFFFD));
        else
            *o++ = QChar(char16_t(b));
    }
    return out;
}

Result<Csv> Csv::parse(const QByteArray& bytes, const QString& file)
{
    Csv csv;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        csv.m_encoding = Encoding::Utf8WithBom;
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decode(bytes.mid(3));
        if (decode.hasError())
            return errorAt(file, 0, 0, tr("the file starts with a UTF-8 byte-order mark but is not UTF-8"));
    } else {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decode(bytes);
        if (decode.hasError()) {
            csv.m_encoding = Encoding::Windows1252;
            text = fromWindows1252(bytes);
        }
    }
    csv.m_delimiter = sniffDelimiter(text);

    int line = 1;
    int column = 1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    Record record;
    record.line = 1;
    bool recordOpen = false;
    auto endRecord = [&] {
        csv.m_records << std::move(record);
        record = Record();
        recordOpen = false;
    };
    // One field per iteration: i is at its first character.
    while (i < n || recordOpen) {
        if (!recordOpen) {
            record.line = line;
            recordOpen = true;
        }
        Field field;
        field.column = column;
        if (i < n && text[i] == u'"') {
            const int openLine = line;
            const int openColumn = column;
            ++i;
            ++column;
            for (;;) {
                if (i >= n)
                    return errorAt(file,
                                   openLine,
                                   openColumn,
                                   tr("the quoted field that starts here is never closed (a \" is missing)"));
                const QChar c = text[i];
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.text += u'"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    break;
                }
                if (c == QChar::Null)
                    return errorAt(file, line, column, tr("a NUL character (U+0000) is not allowed"));
                field.text += c;
                ++i;
                if (c == u'\n' || (c == u'\r' && !(i < n && text[i] == u'\n'))) {
                    ++line;
                    column = 1;
                } else if (c != u'\r') {
                    ++column;
                }
            }
            if (i < n && text[i] != csv.m_delimiter && text[i] != u'\n' && text[i] != u'\r')
                return errorAt(file,
                               line,
                               column,
                               tr("text after the closing quote of a field (a \" inside a quoted field is "
                                  "written \"\")"));
        } else {
            while (i < n && text[i] != csv.m_delimiter && text[i] != u'\n' && text[i] != u'\r') {
                if (text[i] == QChar::Null)
                    return errorAt(file, line, column, tr("a NUL character (U+0000) is not allowed"));
                field.text += text[i];
                ++i;
                ++column;
            }
        }
        record.fields << std::move(field);
        if (i < n && text[i] == csv.m_delimiter) {
            ++i;
            ++column;
            continue; // the next field of the same record (maybe an empty last one)
        }
        // End of line or of file.
        if (i < n && text[i] == u'\r')
            ++i;
        if (i < n && text[i] == u'\n')
            ++i;
        ++line;
        column = 1;
        endRecord();
    }
    return csv;
}

} // namespace hostreview
