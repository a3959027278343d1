// SPDX-License-Identifier: EUPL-1.2
#include "format/AnswerSheet.h"

#include "format/DossierReader.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

enum class Column { Requirement, RevAnswered, RevInForce, Compliance, Evidence, AnsweredAt, Vendor, Bid };

std::optional<Column> columnNamed(const QString& header)
{
    static const QHash<QString, Column> names{
        {u"requirement"_s, Column::Requirement},
        {u"exigence"_s, Column::Requirement},
        {u"rev_answered"_s, Column::RevAnswered},
        {u"rev_repondue"_s, Column::RevAnswered},
        {u"rev_in_force"_s, Column::RevInForce},
        {u"rev_en_vigueur"_s, Column::RevInForce},
        {u"compliance"_s, Column::Compliance},
        {u"conformite"_s, Column::Compliance},
        {u"evidence"_s, Column::Evidence},
        {u"preuve"_s, Column::Evidence},
        {u"justification"_s, Column::Evidence},
        {u"answered_at"_s, Column::AnsweredAt},
        {u"date_de_reponse"_s, Column::AnsweredAt},
        {u"vendor"_s, Column::Vendor},
        {u"fournisseur"_s, Column::Vendor},
        {u"bid"_s, Column::Bid},
        {u"offre"_s, Column::Bid},
    };
    const auto it = names.constFind(Csv::folded(header));
    return it == names.cend() ? std::nullopt : std::optional<Column>(*it);
}

std::optional<Compliance> complianceNamed(const QString& value)
{
    const QString f = Csv::folded(value);
    if (const auto e = enumFromName<Compliance>(f))
        return e;
    static const QHash<QString, Compliance> french{
        {u"totale"_s, Compliance::Full},
        {u"complete"_s, Compliance::Full},
        {u"conforme"_s, Compliance::Full},
        {u"partielle"_s, Compliance::Partial},
        {u"partiel"_s, Compliance::Partial},
        {u"aucune"_s, Compliance::None},
        {u"non_conforme"_s, Compliance::None},
    };
    const auto it = french.constFind(f);
    return it == french.cend() ? std::nullopt : std::optional<Compliance>(*it);
}

std::optional<int> revNumber(const QString& value)
{
    bool ok = false;
    const int rev = value.trimmed().toInt(&ok);
    return ok && rev >= 1 ? std::optional<int>(rev) : std::nullopt;
}

} // namespace

AnswerSheet::Parsed AnswerSheet::parse(const QByteArray& bytes, const QString& file)
{
    Parsed out;
    auto csv = Csv::parse(bytes, file);
    if (!csv) {
        out.errors << csv.error();
        return out;
    }
    const QList<Csv::Record>& records = csv->records();
    const qsizetype first = csv->headerIndex();
    if (first < 0) {
        out.errors << Csv::errorAt(file, 0, 0, tr("the file is empty: an answer sheet starts with a header line"));
        return out;
    }
    const Csv::Record& header = records[first];
    QList<std::optional<Column>> fieldColumn;
    QList<Column> present;
    for (const Csv::Field& f : header.fields) {
        const auto c = columnNamed(f.text);
        if (c && present.contains(*c))
            out.errors << Csv::errorAt(file, header.line, f.column, tr("the column \"%1\" appears twice").arg(f.text));
        if (c)
            present << *c;
        fieldColumn << c;
    }
    if (!present.contains(Column::Requirement) || !present.contains(Column::Compliance) ||
        (!present.contains(Column::RevAnswered) && !present.contains(Column::RevInForce))) {
        out.errors << Csv::errorAt(file,
                                   header.line,
                                   1,
                                   tr("the header needs the columns requirement, compliance and rev_answered or "
                                      "rev_in_force (as `vendor --csv` writes them)"));
    }
    if (!out.errors.isEmpty())
        return out;

    AnswerSheet sheet;
    sheet.m_file = file;
    sheet.m_hasEvidence = present.contains(Column::Evidence);
    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const Csv::Record& record = records[r];
        if (record.isBlank())
            continue;
        if (const auto bad = csv->widthError(record, file)) {
            out.errors << *bad;
            continue;
        }
        Row row;
        row.line = record.line;
        std::optional<int> answered;
        std::optional<int> inForce;
        bool good = true;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (!fieldColumn[i])
                continue;
            const Csv::Field& f = record.fields[i];
            const QString value = f.text.trimmed();
            auto refuse = [&](const QString& reason) {
                out.errors << Csv::errorAt(file, record.line, f.column, reason);
                good = false;
            };
            switch (*fieldColumn[i]) {
            case Column::Requirement:
                row.requirement = value;
                row.requirementColumn = f.column;
                if (!DossierReader::isValidId(value))
                    refuse(value.isEmpty() ? tr("the requirement is empty")
                                           : tr("\"%1\" is not a valid requirement id").arg(value));
                break;
            case Column::RevAnswered:
            case Column::RevInForce:
                if (value.isEmpty())
                    break;
                if (const auto n = revNumber(value)) {
                    (*fieldColumn[i] == Column::RevAnswered ? answered : inForce) = n;
                    if (*fieldColumn[i] == Column::RevAnswered || !answered)
                        row.revColumn = f.column;
                } else
                    refuse(tr("\"%1\" is not a revision number (1, 2, ...)").arg(value));
                break;
            case Column::Compliance:
                if (value.isEmpty())
                    break;
                row.compliance = complianceNamed(value);
                if (!row.compliance)
                    refuse(tr("\"%1\" is not full, partial or none").arg(value));
                break;
            case Column::Evidence:
                if (!value.isEmpty()) {
                    QString evidence = value;
                    evidence.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
                    row.evidence = evidence;
                }
                break;
            case Column::AnsweredAt:
                row.answeredAt = value;
                row.answeredAtColumn = f.column;
                break;
            case Column::Vendor:
                row.vendor = value;
                row.vendorColumn = f.column;
                break;
            case Column::Bid:
                row.bid = value;
                row.bidColumn = f.column;
                break;
            }
        }
        row.rev = answered.value_or(inForce.value_or(0));
        if (good && row.compliance && row.rev == 0) {
            out.errors << Csv::errorAt(
                file, record.line, 1, tr("this answer names no revision: fill rev_answered (or rev_in_force)"));
            good = false;
        }
        if (good)
            sheet.m_rows << std::move(row);
    }
    if (out.errors.isEmpty())
        out.sheet = std::move(sheet);
    return out;
}

AnswerSheet::Changes AnswerSheet::compare(const Dossier& dossier, const Bid& bid, const std::optional<Moment>& at) const
{
    Changes out;
    // The bid's latest answer to each requirement (its answers are in the order given).
    QHash<QString, const Response*> latest;
    for (const Response& r : bid.responses)
        latest.insert(r.requirement, &r);
    const QTimeZone zone = dossier.info.zone();
    for (const Row& row : m_rows) {
        auto refuse = [&](int column, const QString& reason) {
            out.errors << Csv::errorAt(m_file, row.line, column, reason);
        };
        if (!row.compliance) {
            ++out.unanswered;
            continue;
        }
        if (!row.vendor.isEmpty() && row.vendor != bid.vendor) {
            refuse(row.vendorColumn,
                   tr("this row is vendor %1's; bid %2 is vendor %3's").arg(row.vendor, bid.id, bid.vendor));
            continue;
        }
        if (!row.bid.isEmpty() && row.bid != bid.id) {
            refuse(
                row.bidColumn,
                tr("this row answers bid %1, not %2 (empty the bid column to record it in %2)").arg(row.bid, bid.id));
            continue;
        }
        const Requirement* requirement = dossier.requirement(row.requirement);
        const bool hasRev = requirement && std::any_of(requirement->revisions.cbegin(),
                                                       requirement->revisions.cend(),
                                                       [&](const RequirementRevision& v) { return v.rev == row.rev; });
        if (!requirement) {
            refuse(row.requirementColumn, tr("no requirement %1 in dossier %2").arg(row.requirement, dossier.info.id));
            continue;
        }
        if (!hasRev) {
            refuse(row.revColumn, tr("requirement %1 has no rev %2").arg(row.requirement).arg(row.rev));
            continue;
        }
        const Response* previous = latest.value(row.requirement);
        Response answer;
        answer.requirement = row.requirement;
        answer.rev = row.rev;
        answer.compliance = *row.compliance;
        // A sheet without an evidence column leaves each answer's evidence as it was.
        answer.evidence = m_hasEvidence ? row.evidence : (previous ? previous->evidence : std::nullopt);
        auto same = [&answer](const Response& r) {
            return r.requirement == answer.requirement && r.rev == answer.rev && r.compliance == answer.compliance &&
                   r.evidence.value_or(QString()).trimmed() == answer.evidence.value_or(QString());
        };
        if (previous && same(*previous)) {
            ++out.unchanged;
            continue;
        }
        // A row that repeats an answer the bid has since replaced comes from an older sheet:
        // recording it would silently take the newer answer back.
        // (A change back to an earlier answer is recorded when it is dated anew: --at, or an
        // answered_at other than that earlier answer's.)
        const auto earlier = std::find_if(bid.responses.cbegin(), bid.responses.cend(), same);
        if (earlier != bid.responses.cend() && !at &&
            (row.answeredAt.isEmpty() || row.answeredAt == bid.answeredAt(*earlier).text())) {
            refuse(row.requirementColumn,
                   tr("this row repeats an earlier answer of bid %1 to %2 (rev %3), replaced since by its answer to "
                      "rev %4 of %5: the sheet is older than the bid's answers; write it again with `vendor --csv`")
                       .arg(bid.id, row.requirement)
                       .arg(row.rev)
                       .arg(previous->rev)
                       .arg(bid.answeredAt(*previous).text()));
            continue;
        }
        if (previous)
            answer.confidential = previous->confidential; // a confidential answer stays so
        if (at) {
            answer.at = *at;
        } else if (!row.answeredAt.isEmpty()) {
            auto m = Moment::parse(row.answeredAt, zone);
            if (!m) {
                refuse(row.answeredAtColumn, m.error().reason);
                continue;
            }
            if (previous && !Moment::isEarlier(bid.answeredAt(*previous), *m)) {
                refuse(row.answeredAtColumn,
                       tr("this answer changed but is dated %1, not after the answer it replaces (%2): write "
                          "the day it was given, or give --at")
                           .arg(m->text(), bid.answeredAt(*previous).text()));
                continue;
            }
            answer.at = *m;
        } else if (previous) {
            // Undated, it would take the bid's submission day, before the answer it replaces.
            refuse(row.answeredAtColumn > 0 ? row.answeredAtColumn : row.requirementColumn,
                   tr("this answer changed and has no date: write the day it was given in answered_at, or give "
                      "--at"));
            continue;
        }
        Change c;
        c.line = row.line;
        c.answer = answer;
        if (previous)
            c.previous = *previous;
        out.changes << c;
    }
    return out;
}

QString AnswerSheet::describe(const Changes& changes)
{
    QString out;
    for (const Change& c : changes.changes) {
        const QString what = enumName(c.answer.compliance);
        out += c.previous ? tr("line %1: %2 rev %3 %4 (was rev %5 %6)")
                                .arg(c.line)
                                .arg(c.answer.requirement)
                                .arg(c.answer.rev)
                                .arg(what)
                                .arg(c.previous->rev)
                                .arg(enumName(c.previous->compliance))
                          : tr("line %1: %2 rev %3 %4 (first answer)")
                                .arg(c.line)
                                .arg(c.answer.requirement)
                                .arg(c.answer.rev)
                                .arg(what);
        out += u'\n';
    }
    out += tr("%n answer(s) to record", nullptr, int(changes.changes.size())) + u", "_s +
           tr("%n unchanged", nullptr, changes.unchanged) + u", "_s +
           tr("%n row(s) without an answer", nullptr, changes.unanswered) + u'\n';
    return out;
}

} // namespace hostreview
