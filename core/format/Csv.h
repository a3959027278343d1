// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hostreview {

// A spreadsheet saved as CSV, as people's spreadsheets write it (docs/spreadsheets.md): RFC 4180
// quoting; comma or semicolon between fields (whichever the header line uses, outside quotes);
// UTF-8 with or without a byte-order mark, or Windows-1252 (what a French Excel writes) when the
// bytes are not UTF-8; CRLF, LF or CR line ends. Every field keeps the line and column where it
// starts, so that a refusal can name them.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Csv)

public:
    struct Field
    {
        QString text;
        int column = 0; // 1-based, in characters of its line
    };
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QList<Field> fields;
        // True when every field is empty or blank (a spreadsheet's empty line).
        bool isBlank() const;
    };
    enum class Encoding { Utf8, Utf8WithBom, Windows1252 };

    // Decodes and splits `bytes`; `file` names the file in errors. Refused: a NUL character, an
    // unterminated quoted field, text after a closing quote. The first record is the header.
    static Result<Csv> parse(const QByteArray& bytes, const QString& file);
    // A header or a value as people type it, for comparing: lower case, accents and surrounding
    // blanks dropped, spaces and hyphens as underscores ("Catégorie" → "categorie").
    static QString folded(const QString& text);
    // A refusal of the input at a place in a file.
    static Error errorAt(const QString& file, int line, int column, const QString& reason);
    // Windows-1252 to Unicode (its five undefined bytes as U+FFFD).
    static QString fromWindows1252(const QByteArray& bytes);

    const QList<Record>& records() const { return m_records; }
    // The header: the first record that is not blank; -1 when the file has none.
    qsizetype headerIndex() const;
    // The refusal of a record whose number of fields is not the header's; nullopt when it is.
    std::optional<Error> widthError(const Record& record, const QString& file) const;
    QChar delimiter() const { return m_delimiter; }
    Encoding encoding() const { return m_encoding; }
    // "UTF-8", "UTF-8 with BOM", "Windows-1252".
    QString encodingName() const;

private:
    QList<Record> m_records;
    QChar m_delimiter = u',';
    Encoding m_encoding = Encoding::Utf8;
};

} // namespace hostreview
