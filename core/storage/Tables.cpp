// SPDX-License-Identifier: EUPL-1.2
#include "storage/Tables.h"

#include "storage/SqlSupport.h"

namespace hostreview::sql {

using namespace Qt::StringLiterals;

QString Columns::list(QLatin1StringView alias) const
{
    QString out;
    for (QLatin1StringView name : names) {
        if (!out.isEmpty())
            out += u", "_s;
        if (!alias.isEmpty())
            out += alias + u'.';
        out += name;
    }
    return out;
}

QString Columns::placeholders() const
{
    QStringList marks(names.size(), u"?"_s);
    return marks.join(u", "_s);
}

QString Columns::assignments() const
{
    QStringList out;
    for (QLatin1StringView name : names)
        out << name + u" = ?"_s;
    return out.join(u", "_s);
}

QString
Columns::overlaid(QLatin1StringView base, QLatin1StringView change, const QList<QLatin1StringView>& changed) const
{
    QStringList out;
    for (QLatin1StringView name : names) {
        if (changed.isEmpty() || changed.contains(name))
            out << u"CASE WHEN %2.id IS NULL THEN %1.%3 ELSE %2.%3 END"_s.arg(base, change, name);
        else
            out << base + u'.' + name;
    }
    return out.join(u", "_s);
}

const QLatin1StringView latestDossierChange{
    " LEFT JOIN dossier_revision m ON m.id = (SELECT max(x.id) FROM dossier_revision x WHERE x.dossier_id = d.id "
    "AND x.retracted = 0)"};
const QLatin1StringView latestBidStatus{" LEFT JOIN bid_status s ON s.id = (SELECT max(x.id) FROM bid_status x "
                                        "WHERE x.bid_id = b.id AND x.retracted = 0)"};

namespace columns {
const Columns source{"source"_L1,
                     {"title"_L1, "publisher"_L1, "url"_L1, "date"_L1, "kind"_L1, "excerpt"_L1, "confidential"_L1}};
const Columns event{"event"_L1, {"kind"_L1, "at"_L1, "new_deadline"_L1, "title"_L1, "note"_L1, "source"_L1}};
const Columns vendor{"vendor"_L1, {"name"_L1, "country"_L1, "parent"_L1, "parent_country"_L1, "notes"_L1}};
const Columns bid{"bid"_L1,
                  {"vendor"_L1,
                   "submitted_at"_L1,
                   "status"_L1,
                   "status_at"_L1,
                   "price_amount"_L1,
                   "price_currency"_L1,
                   "confidential"_L1}};
const Columns requirement{"requirement"_L1, {"category"_L1, "title"_L1}};
const Columns revision{"revision"_L1,
                       {"rev"_L1,
                        "effective_at"_L1,
                        "effective_day"_L1,
                        "text"_L1,
                        "mandatory"_L1,
                        "weight"_L1,
                        "status"_L1,
                        "rationale"_L1,
                        "source"_L1}};
const Columns criterion{"criterion"_L1, {"title"_L1, "kind"_L1, "status"_L1, "comment"_L1, "source"_L1}};
const Columns decision{"decision"_L1,
                       {"decided_at"_L1,
                        "published_at"_L1,
                        "outcome"_L1,
                        "selected_vendor"_L1,
                        "duration_months"_L1,
                        "rationale"_L1,
                        "conditions"_L1}};
const Columns claim{"claim"_L1, {"kind"_L1, "text"_L1, "source"_L1}};
const Columns dossier{"dossier"_L1,
                      {"title"_L1,
                       "applicant"_L1,
                       "authority"_L1,
                       "procedure"_L1,
                       "sensitivity"_L1,
                       "data_categories"_L1,
                       "required_certifications"_L1,
                       "timezone"_L1,
                       "language"_L1,
                       "illustrative"_L1,
                       "summary"_L1,
                       "analysis_profile"_L1,
                       "extensions"_L1}};
const Columns certification{"certification"_L1, {"scheme"_L1, "valid_from"_L1, "valid_until"_L1}};
const Columns response{"response"_L1, {"compliance"_L1, "at"_L1, "evidence"_L1, "confidential"_L1}};
} // namespace columns

Result<qint64> writeKeyed(const QSqlDatabase& db,
                          const Columns& table,
                          qint64 dossierRow,
                          const QString& key,
                          const QVariantList& values,
                          qint64 reusedRow)
{
    auto q =
        reusedRow
            ? prepare(db,
                      u"UPDATE "_s + table.table + u" SET "_s + table.assignments() + u", retracted = 0 WHERE id = ?"_s)
            : prepare(db,
                      u"INSERT INTO "_s + table.table + u" ("_s + table.list() + u", dossier_id, pos, key) VALUES ("_s +
                          table.placeholders() + u", ?, (SELECT coalesce(max(pos) + 1, 0) FROM "_s + table.table +
                          u" WHERE dossier_id = ?), ?)"_s);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (reusedRow) {
        q->addBindValue(reusedRow);
    } else {
        q->addBindValue(dossierRow);
        q->addBindValue(dossierRow);
        q->addBindValue(key);
    }
    if (Status st = execChecked(*q); !st)
        return st.error();
    return reusedRow ? reusedRow : q->lastInsertId().toLongLong();
}

QVariantList valuesOf(const Source& s)
{
    return {QVariant(s.title),
            opt(s.publisher),
            opt(s.url),
            opt(s.date),
            optEnum(s.kind),
            opt(s.excerpt),
            opt(s.confidential)};
}

void readInto(Source& s, const QSqlQuery& q, int first, const QTimeZone& zone)
{
    s.title = q.value(first).toString();
    s.publisher = readString(q.value(first + 1));
    s.url = readString(q.value(first + 2));
    s.date = readOptMoment(q.value(first + 3), zone);
    s.kind = readEnum<SourceKind>(q.value(first + 4));
    s.excerpt = readString(q.value(first + 5));
    s.confidential = readBool(q.value(first + 6));
}

QVariantList valuesOf(const Event& e)
{
    return {QVariant(enumName(e.kind)),
            QVariant(e.at.text()),
            opt(e.newDeadline),
            opt(e.title),
            opt(e.note),
            opt(e.source)};
}

void readInto(Event& e, const QSqlQuery& q, int first, const QTimeZone& zone)
{
    e.kind = readEnum<EventKind>(q.value(first)).value_or(EventKind::Other);
    e.at = readMoment(q.value(first + 1), zone);
    e.newDeadline = readOptMoment(q.value(first + 2), zone);
    e.title = readString(q.value(first + 3));
    e.note = readString(q.value(first + 4));
    e.source = readString(q.value(first + 5));
}

QVariantList valuesOf(const Vendor& v)
{
    return {QVariant(v.name), opt(v.country), opt(v.parent), opt(v.parentCountry), opt(v.notes)};
}

void readInto(Vendor& v, const QSqlQuery& q, int first)
{
    v.name = q.value(first).toString();
    v.country = readString(q.value(first + 1));
    v.parent = readString(q.value(first + 2));
    v.parentCountry = readString(q.value(first + 3));
    v.notes = readString(q.value(first + 4));
}

QVariantList valuesOf(const Bid& b)
{
    return {QVariant(b.vendor),
            QVariant(b.submittedAt.text()),
            optEnum(b.status),
            opt(b.statusAt),
            b.price ? QVariant(b.price->amount) : QVariant(QMetaType::fromType<double>()),
            b.price ? opt(b.price->currency) : QVariant(QMetaType::fromType<QString>()),
            opt(b.confidential)};
}

void readInto(Bid& b, const QSqlQuery& q, int first, const QTimeZone& zone)
{
    b.vendor = q.value(first).toString();
    b.submittedAt = readMoment(q.value(first + 1), zone);
    b.status = readEnum<BidStatus>(q.value(first + 2));
    b.statusAt = readOptMoment(q.value(first + 3), zone);
    if (!q.value(first + 4).isNull()) {
        Price p;
        p.amount = q.value(first + 4).toDouble();
        p.currency = readString(q.value(first + 5));
        b.price = p;
    }
    b.confidential = readBool(q.value(first + 6));
}

QVariantList valuesOf(const Requirement& r)
{
    return {optEnum(r.category), opt(r.title)};
}

void readInto(Requirement& r, const Statement& q, int first)
{
    r.category = q.isNull(first) ? std::nullopt : enumFromName<Category>(q.text(first));
    r.title = q.optText(first + 1);
}

QVariantList valuesOf(const RequirementRevision& v)
{
    return {QVariant(v.rev),
            QVariant(v.effectiveAt.text()),
            QVariant(v.effectiveAt.day().toString(Qt::ISODate)),
            opt(v.text),
            opt(v.mandatory),
            opt(v.weight),
            optEnum(v.status),
            opt(v.rationale),
            opt(v.source)};
}

void readInto(RequirementRevision& v, const Statement& q, int first, MomentBytesCache& moments)
{
    v.rev = int(q.int64(first));
    v.effectiveAt = moments.read(q.utf8(first + 1));
    // first + 2: effective_day, derived from effective_at
    v.text = q.optText(first + 3);
    v.mandatory = q.optBool(first + 4);
    v.weight = q.optReal(first + 5);
    v.status = q.isNull(first + 6) ? std::nullopt : enumFromName<RevisionStatus>(q.text(first + 6));
    v.rationale = q.optText(first + 7);
    v.source = q.optText(first + 8);
}

QVariantList valuesOf(const Criterion& c)
{
    return {opt(c.title), optEnum(c.kind), optEnum(c.status), opt(c.comment), opt(c.source)};
}

QVariantList valuesOf(const Decision& x)
{
    return {opt(x.decidedAt),
            opt(x.publishedAt),
            optEnum(x.outcome),
            opt(x.selectedVendor),
            opt(x.durationMonths),
            opt(x.rationale),
            opt(x.conditions)};
}

void readInto(Decision& x, const QSqlQuery& q, int first, const QTimeZone& zone)
{
    x.decidedAt = readOptMoment(q.value(first), zone);
    x.publishedAt = readOptMoment(q.value(first + 1), zone);
    x.outcome = readEnum<Outcome>(q.value(first + 2));
    x.selectedVendor = readString(q.value(first + 3));
    x.durationMonths = q.value(first + 4).isNull() ? std::nullopt : std::optional<int>(q.value(first + 4).toInt());
    x.rationale = readString(q.value(first + 5));
    x.conditions = readList(q.value(first + 6));
}

QVariantList valuesOf(const Claim& c)
{
    return {QVariant(enumName(c.kind)), opt(c.text), opt(c.source)};
}

void readInto(Claim& c, const QSqlQuery& q, int first)
{
    c.kind = readEnum<ClaimKind>(q.value(first)).value_or(ClaimKind::Other);
    c.text = readString(q.value(first + 1));
    c.source = readString(q.value(first + 2));
}

QVariantList valuesOf(const Dossier& d)
{
    const DossierInfo& i = d.info;
    const auto json = [](const QByteArray& text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(text));
    };
    return {QVariant(i.title),
            opt(i.applicant),
            opt(i.authority),
            optEnum(i.procedure),
            optEnum(i.sensitivity),
            opt(i.dataCategories),
            opt(i.requiredCertifications),
            opt(i.timezone),
            opt(i.language),
            opt(i.illustrative),
            opt(i.summary),
            json(d.analysisProfile),
            json(d.extensions)};
}

void readInto(Dossier& d, const QSqlQuery& q, int first)
{
    DossierInfo& i = d.info;
    i.title = q.value(first).toString();
    i.applicant = readString(q.value(first + 1));
    i.authority = readString(q.value(first + 2));
    i.procedure = readEnum<Procedure>(q.value(first + 3));
    i.sensitivity = readEnum<Sensitivity>(q.value(first + 4));
    i.dataCategories = readList(q.value(first + 5));
    i.requiredCertifications = readList(q.value(first + 6));
    i.timezone = readString(q.value(first + 7));
    i.language = readString(q.value(first + 8));
    i.illustrative = readBool(q.value(first + 9));
    i.summary = readString(q.value(first + 10));
    d.analysisProfile = q.value(first + 11).isNull() ? QByteArray() : q.value(first + 11).toString().toUtf8();
    d.extensions = q.value(first + 12).isNull() ? QByteArray() : q.value(first + 12).toString().toUtf8();
}

QVariantList valuesOf(const Certification& c)
{
    return {QVariant(c.scheme), opt(c.validFrom), opt(c.validUntil)};
}

void readInto(Certification& c, const QSqlQuery& q, int first, const QTimeZone& zone)
{
    c.scheme = q.value(first).toString();
    c.validFrom = readOptMoment(q.value(first + 1), zone);
    c.validUntil = readOptMoment(q.value(first + 2), zone);
}

QVariantList valuesOf(const Response& r)
{
    return {QVariant(enumName(r.compliance)), opt(r.at), opt(r.evidence), opt(r.confidential)};
}

void readInto(Response& r, const Statement& q, int first, MomentBytesCache& moments, bool details)
{
    // From the bytes: half a million answers in the benchmark, three possible values.
    const QByteArrayView compliance = q.utf8(first);
    r.compliance = compliance == "full"      ? Compliance::Full
                   : compliance == "partial" ? Compliance::Partial
                                             : Compliance::None;
    r.at = moments.readOpt(q, first + 1);
    if (details) {
        r.evidence = q.optText(first + 2);
        r.confidential = q.optBool(first + 3);
    }
}

} // namespace hostreview::sql
