// SPDX-License-Identifier: EUPL-1.2
#include "format/RequirementList.h"

#include "format/DossierReader.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

std::optional<RequirementList::Column> columnNamed(const QString& header)
{
    using C = RequirementList::Column;
    static const QHash<QString, C> names{
        {u"id"_s, C::Id},
        {u"requirement"_s, C::Id},
        {u"requirement_id"_s, C::Id},
        {u"identifiant"_s, C::Id},
        {u"exigence"_s, C::Id},
        {u"category"_s, C::Category},
        {u"categorie"_s, C::Category},
        {u"title"_s, C::Title},
        {u"titre"_s, C::Title},
        {u"intitule"_s, C::Title},
        {u"text"_s, C::Text},
        {u"texte"_s, C::Text},
        {u"mandatory"_s, C::Mandatory},
        {u"obligatoire"_s, C::Mandatory},
        {u"weight"_s, C::Weight},
        {u"poids"_s, C::Weight},
        {u"ponderation"_s, C::Weight},
    };
    const auto it = names.constFind(Csv::folded(header));
    return it == names.cend() ? std::nullopt : std::optional<C>(*it);
}

std::optional<Category> categoryNamed(const QString& value)
{
    const QString f = Csv::folded(value);
    if (const auto e = enumFromName<Category>(f))
        return e;
    static const QHash<QString, Category> french{
        {u"securite"_s, Category::Security},
        {u"souverainete"_s, Category::Sovereignty},
        {u"juridique"_s, Category::Legal},
        {u"technique"_s, Category::Technical},
        {u"fonctionnel"_s, Category::Functional},
        {u"fonctionnelle"_s, Category::Functional},
        {u"operationnel"_s, Category::Operational},
        {u"operationnelle"_s, Category::Operational},
        {u"reversibilite"_s, Category::Reversibility},
        {u"commerciale"_s, Category::Commercial},
        {u"autre"_s, Category::Other},
    };
    const auto it = french.constFind(f);
    return it == french.cend() ? std::nullopt : std::optional<Category>(*it);
}

std::optional<bool> yesNo(const QString& value)
{
    static const QHash<QString, bool> words{
        {u"yes"_s, true},
        {u"y"_s, true},
        {u"true"_s, true},
        {u"1"_s, true},
        {u"oui"_s, true},
        {u"o"_s, true},
        {u"vrai"_s, true},
        {u"no"_s, false},
        {u"n"_s, false},
        {u"false"_s, false},
        {u"0"_s, false},
        {u"non"_s, false},
        {u"faux"_s, false},
    };
    const auto it = words.constFind(Csv::folded(value));
    return it == words.cend() ? std::nullopt : std::optional<bool>(*it);
}

// "2", "2.5", "2,5" (a French decimal comma); nullopt otherwise.
std::optional<double> number(QString value)
{
    value = value.trimmed();
    if (!value.contains(u'.') && value.count(u',') == 1)
        value.replace(u',', u'.');
    bool ok = false;
    const double d = QLocale::c().toDouble(value, &ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

QString cellText(const QString& raw)
{
    QString t = raw.trimmed();
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    return t;
}

QString columnName(RequirementList::Column c)
{
    switch (c) {
    case RequirementList::Column::Id:
        return u"id"_s;
    case RequirementList::Column::Category:
        return u"category"_s;
    case RequirementList::Column::Title:
        return u"title"_s;
    case RequirementList::Column::Text:
        return u"text"_s;
    case RequirementList::Column::Mandatory:
        return u"mandatory"_s;
    case RequirementList::Column::Weight:
        return u"weight"_s;
    }
    return {};
}

} // namespace

int RequirementList::Changes::count(Change::Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(), [kind](const Change& c) { return c.kind == kind; }));
}

RequirementList::Parsed RequirementList::parse(const QByteArray& bytes, const QString& file)
{
    Parsed out;
    auto csv = Csv::parse(bytes, file);
    if (!csv) {
        out.errors << csv.error();
        return out;
    }
    auto at = [&file](int line, int column, const QString& reason) { return Csv::errorAt(file, line, column, reason); };
    RequirementList list;
    list.m_csv = *csv;
    list.m_file = file;
    const QList<Csv::Record>& records = list.m_csv.records();
    const qsizetype first = list.m_csv.headerIndex();
    if (first < 0) {
        out.errors << at(0, 0, tr("the file is empty: a requirement list starts with a header line"));
        return out;
    }
    // The header: which field is which column.
    const Csv::Record& header = records[first];
    QList<std::optional<Column>> fieldColumn;
    for (const Csv::Field& f : header.fields) {
        const auto c = columnNamed(f.text);
        if (c && list.m_columns.contains(*c)) {
            out.errors << at(header.line,
                             f.column,
                             tr("the column %1 appears twice (\"%2\")").arg(columnName(*c), f.text.trimmed()));
        }
        if (c)
            list.m_columns << *c;
        else if (!f.text.trimmed().isEmpty())
            list.m_ignored << f.text.trimmed();
        fieldColumn << c;
    }
    for (Column required : {Column::Id, Column::Text}) {
        if (!list.m_columns.contains(required)) {
            out.errors << at(header.line,
                             1,
                             tr("the header has no %1 column (expected: id, category, title, text, mandatory, weight; "
                                "in French: identifiant, catégorie, titre, texte, obligatoire, poids)")
                                 .arg(columnName(required)));
        }
    }
    if (!out.errors.isEmpty())
        return out;

    QHash<QString, int> lineOfId;
    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const Csv::Record& record = records[r];
        if (record.isBlank())
            continue;
        if (const auto bad = list.m_csv.widthError(record, file)) {
            out.errors << *bad;
            continue;
        }
        Row row;
        row.line = record.line;
        bool good = true;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (!fieldColumn[i])
                continue;
            const Csv::Field& f = record.fields[i];
            const QString value = cellText(f.text);
            auto refuse = [&](const QString& reason) {
                out.errors << at(record.line, f.column, reason);
                good = false;
            };
            switch (*fieldColumn[i]) {
            case Column::Id:
                if (!DossierReader::isValidId(value))
                    refuse(value.isEmpty()
                               ? tr("the id is empty")
                               : tr("\"%1\" is not a valid id (1 to 64 of A–Z a–z 0–9 . _ : -)").arg(value));
                else if (const auto seen = lineOfId.constFind(value); seen != lineOfId.cend())
                    refuse(tr("requirement %1 is already on line %2").arg(value).arg(*seen));
                else
                    lineOfId.insert(value, record.line);
                row.id = value;
                break;
            case Column::Category:
                if (value.isEmpty())
                    break;
                row.category = categoryNamed(value);
                if (!row.category)
                    refuse(tr("unknown category \"%1\" (one of: %2)").arg(value, enumNames<Category>().join(u", "_s)));
                break;
            case Column::Title:
                if (!value.isEmpty())
                    row.title = value;
                break;
            case Column::Text:
                if (!value.isEmpty())
                    row.text = value;
                break;
            case Column::Mandatory:
                if (value.isEmpty())
                    break;
                row.mandatory = yesNo(value);
                if (!row.mandatory)
                    refuse(tr("\"%1\" is not yes or no (yes, no, oui, non, true, false, 1, 0)").arg(value));
                break;
            case Column::Weight:
                if (value.isEmpty())
                    break;
                row.weight = number(value);
                if (!row.weight || !std::isfinite(*row.weight))
                    refuse(tr("\"%1\" is not a number (a weight is written 2, 2.5 or 2,5)").arg(value));
                else if (*row.weight < 0)
                    refuse(tr("the weight %1 is negative (weights are 0 or more)").arg(value));
                break;
            }
        }
        if (good)
            list.m_rows << std::move(row);
    }
    if (out.errors.isEmpty() && list.m_rows.isEmpty())
        out.errors << at(header.line,
                         1,
                         tr("the list has a header but no requirement: importing it would withdraw every "
                            "requirement"));
    if (out.errors.isEmpty())
        out.list = std::move(list);
    return out;
}

Result<RequirementList::Changes> RequirementList::compare(const QList<Requirement>& current,
                                                          const Moment& effective,
                                                          const std::optional<QString>& rationale,
                                                          const std::optional<QString>& source) const
{
    Changes out;
    QHash<QString, const Requirement*> byId;
    byId.reserve(current.size());
    for (const Requirement& r : current) {
        if (!r.revisions.isEmpty())
            byId.insert(r.id, &r);
    }
    QSet<QString> listed;
    listed.reserve(m_rows.size());
    QList<Error> late;
    // Refuses (after the whole list is compared) a change effective before the latest revision.
    auto checkEffective = [&](const Requirement& r, int line) {
        const RequirementRevision& last = r.revisions.last();
        if (!Moment::isEarlier(effective, last.effectiveAt))
            return;
        Error e = Error::input(tr("requirement %1: its rev %2 takes effect on %3, after %4: effective dates never "
                                  "go back")
                                   .arg(r.id)
                                   .arg(last.rev)
                                   .arg(last.effectiveAt.text(), effective.text()));
        e.file = m_file;
        e.line = line;
        late << e;
    };
    auto next = [&](const Requirement& r, const Row* row) {
        const RequirementRevision& last = r.revisions.last();
        RequirementRevision v = last;
        v.rev = last.rev + 1;
        v.effectiveAt = effective;
        v.rationale = rationale;
        v.source = source;
        v.status.reset(); // active
        if (row) {
            if (hasColumn(Column::Text))
                v.text = row->text;
            if (hasColumn(Column::Mandatory))
                v.mandatory = row->mandatory;
            if (hasColumn(Column::Weight))
                v.weight = row->weight;
        }
        return v;
    };
    for (const Row& row : m_rows) {
        listed.insert(row.id);
        const Requirement* known = byId.value(row.id);
        if (!known) {
            Change c;
            c.kind = Change::Kind::Added;
            c.id = row.id;
            c.line = row.line;
            c.requirement.id = row.id;
            c.requirement.category = row.category;
            c.requirement.title = row.title;
            c.revision.rev = 1;
            c.revision.effectiveAt = effective;
            c.revision.text = row.text;
            c.revision.mandatory = row.mandatory;
            c.revision.weight = row.weight;
            c.revision.rationale = rationale;
            c.revision.source = source;
            c.requirement.revisions << c.revision;
            out.changes << c;
            continue;
        }
        const RequirementRevision& last = known->revisions.last();
        if (hasColumn(Column::Title) && row.title.value_or(QString()) != known->title.value_or(QString()).trimmed())
            out.notes << tr("%1 (line %2): the title \"%3\" differs from the recorded \"%4\"; titles have no history, "
                            "the recorded one is kept")
                             .arg(row.id)
                             .arg(row.line)
                             .arg(row.title.value_or(QString()), known->title.value_or(QString()));
        if (hasColumn(Column::Category) && row.category && *row.category != known->categoryOrDefault())
            out.notes << tr("%1 (line %2): the category %3 differs from the recorded %4; categories have no history, "
                            "the recorded one is kept")
                             .arg(row.id)
                             .arg(row.line)
                             .arg(enumName(*row.category), enumName(known->categoryOrDefault()));
        const RequirementRevision v = next(*known, &row);
        Change c;
        c.id = row.id;
        c.line = row.line;
        c.requirement.id = row.id;
        c.previous = last;
        c.revision = v;
        if (!last.isActive()) {
            c.kind = Change::Kind::Restored;
            checkEffective(*known, row.line);
            out.changes << c;
            continue;
        }
        if (cellText(v.text.value_or(QString())) != cellText(last.text.value_or(QString())))
            c.fields << u"text"_s;
        if (v.isMandatory() != last.isMandatory())
            c.fields << u"mandatory"_s;
        if (v.weightOrDefault() != last.weightOrDefault())
            c.fields << u"weight"_s;
        if (c.fields.isEmpty()) {
            ++out.unchanged;
            continue;
        }
        c.kind = Change::Kind::Revised;
        checkEffective(*known, row.line);
        out.changes << c;
    }
    // A requirement in force that the list no longer holds is withdrawn, in the dossier's order.
    for (const Requirement& r : current) {
        if (r.revisions.isEmpty() || listed.contains(r.id) || !r.revisions.last().isActive())
            continue;
        Change c;
        c.kind = Change::Kind::Withdrawn;
        c.id = r.id;
        c.requirement.id = r.id;
        c.previous = r.revisions.last();
        c.revision = next(r, nullptr);
        c.revision.status = RevisionStatus::Withdrawn;
        checkEffective(r, 0);
        out.changes << c;
    }
    if (!late.isEmpty())
        return late.first();
    return out;
}

QString RequirementList::describe(const Change& c)
{
    const QString where = c.line > 0 ? tr(" (line %1)").arg(c.line) : QString();
    switch (c.kind) {
    case Change::Kind::Added:
        return tr("added %1%2").arg(c.id, where);
    case Change::Kind::Restored:
        return tr("restored %1%2: rev %3, after its withdrawal in rev %4")
            .arg(c.id, where)
            .arg(c.revision.rev)
            .arg(c.previous ? c.previous->rev : 0);
    case Change::Kind::Withdrawn:
        return tr("withdrawn %1: rev %2 (no longer in the list)").arg(c.id).arg(c.revision.rev);
    case Change::Kind::Revised: {
        QStringList what;
        for (const QString& f : c.fields) {
            if (f == u"text"_s)
                what << tr("text");
            else if (f == u"mandatory"_s)
                what << (c.revision.isMandatory() ? tr("now mandatory") : tr("no longer mandatory"));
            else if (f == u"weight"_s)
                what << tr("weight %1 → %2")
                            .arg(c.previous ? c.previous->weightOrDefault() : 1)
                            .arg(c.revision.weightOrDefault());
        }
        return tr("revised %1%2: rev %3 (%4)").arg(c.id, where).arg(c.revision.rev).arg(what.join(u", "_s));
    }
    }
    return {};
}

QString RequirementList::describe(const Changes& changes)
{
    QString out;
    for (const Change& c : changes.changes)
        out += describe(c) + u'\n';
    for (const QString& n : changes.notes)
        out += tr("note: %1").arg(n) + u'\n';
    out += tr("%n added", nullptr, changes.count(Change::Kind::Added)) + u", "_s +
           tr("%n revised", nullptr, changes.count(Change::Kind::Revised)) + u", "_s +
           tr("%n withdrawn", nullptr, changes.count(Change::Kind::Withdrawn)) + u", "_s +
           tr("%n restored", nullptr, changes.count(Change::Kind::Restored)) + u", "_s +
           tr("%n unchanged", nullptr, changes.unchanged) + u'\n';
    return out;
}

} // namespace hostreview
