// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"
#include "support/Result.h"
#include "json/JsonDocument.h"

#include <QByteArray>
#include <QString>

namespace hostreview {

// Reads the dossier interchange format, version 1 (docs/format.md), and checks
// everything the spec requires: types, required and unknown keys, enumerations, dates, id syntax
// and uniqueness, references, revision order, non-negative weights.
//
// A file is accepted whole or refused whole. On refusal the Error names `fileName`, the line and
// column, the JSON pointer of the offending value and the reason; nothing is returned.
class DossierReader
{
public:
    static constexpr qint64 DefaultMaxBytes = qint64(512) * 1024 * 1024;

    // Parses and validates bytes; fileName is only used in error messages.
    static Result<Dossier> read(const QByteArray& bytes, const QString& fileName);
    // Reads a file, refusing it before reading when it is larger than maxBytes.
    static Result<Dossier> readFile(const QString& path, qint64 maxBytes = DefaultMaxBytes);
    // The spec's id syntax: 1 to 64 characters from A-Z a-z 0-9 . _ : -
    static bool isValidId(QStringView id);
    // An ISO 3166-1 alpha-2 country code, in any case ("FR", "us"): two ASCII letters naming a
    // country or territory Qt knows (CLDR), except the groupings EU, EZ, UN and QO.
    static bool isCountryCode(QStringView code);
    // Validates an already parsed document.
    static Result<Dossier> read(const JsonDocument& doc, const QString& fileName);
};

} // namespace hostreview
