// SPDX-License-Identifier: EUPL-1.2
// ReviewFile::check(): what a review file holds that the dossier format would refuse.
#include "storage/ReviewFile.h"

#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "model/Enums.h"
#include "storage/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

namespace {

// A table of the review file: its rows that count (not taken back), how each is named, and the
// dossier each belongs to.
struct Rows
{
    const char* table;
    const char* from;    // FROM clause, the table as t
    const char* dossier; // the row's dossier id
    const char* label;   // how a person finds the row
    const char* live;    // the rows that count
};

constexpr Rows tables[] = {
    {"dossier", "dossier t", "t.id", "t.key", "1"},
    {"source", "source t", "t.dossier_id", "t.key", "t.retracted = 0"},
    {"event", "event t", "t.dossier_id", "t.key", "1"},
    {"requirement", "requirement t", "t.dossier_id", "t.key", "1"},
    {"revision",
     "revision t JOIN requirement r ON r.id = t.requirement_id",
     "r.dossier_id",
     "r.key || ' rev ' || t.rev",
     "t.retracted = 0"},
    {"vendor", "vendor t", "t.dossier_id", "t.key", "t.retracted = 0"},
    {"certification",
     "certification t JOIN vendor v ON v.id = t.vendor_id",
     "v.dossier_id",
     "v.key || ' ' || t.scheme",
     "v.retracted = 0"},
    {"bid", "bid t", "t.dossier_id", "t.key", "t.retracted = 0"},
    {"response",
     "response t JOIN bid b ON b.id = t.bid_id",
     "b.dossier_id",
     "b.key || ' answer ' || (t.pos + 1)",
     "t.retracted = 0 AND b.retracted = 0"},
    {"criterion", "criterion t", "t.dossier_id", "t.key", "t.retracted = 0"},
    {"claim", "claim t", "t.dossier_id", "t.key", "t.retracted = 0"},
    {"decision", "decision t", "t.dossier_id", "'decision'", "1"},
};

const Rows& rowsOf(const char* table)
{
    for (const Rows& r : tables) {
        if (qstrcmp(r.table, table) == 0)
            return r;
    }
    Q_UNREACHABLE();
}

template <typename E>
std::function<QString(const QVariant&)> enumeration()
{
    return [](const QVariant& v) {
        if (v.isNull() || enumFromName<E>(v.toString()))
            return QString();
        return ReviewFile::tr("\"%1\" is not one of %2").arg(v.toString(), enumNames<E>().join(u", "_s));
    };
}

} // namespace

Result<QList<StoredProblem>> ReviewFile::check() const
{
    const QSqlDatabase d = db();
    QList<StoredProblem> out;
    const auto id = [](const QVariant& v) {
        return DossierReader::isValidId(v.toString()) ? QString() : badId(v.toString()).reason;
    };
    const auto date = [&](bool required) {
        return [required](const QVariant& v) {
            if (v.isNull())
                return required ? tr("a date is required") : QString();
            auto m = Moment::parse(v.toString(), QTimeZone::utc());
            return m ? QString() : m.error().reason;
        };
    };
    const auto nonNegative = [](const QVariant& v) {
        if (v.isNull())
            return QString();
        const double x = v.toDouble();
        return std::isfinite(x) && x >= 0 ? QString() : tr("%1 must be a number, not negative").arg(v.toString());
    };
    struct Column
    {
        const char* table;
        const char* column;
        std::function<QString(const QVariant&)> problem;
    };
    const QList<Column> columns{
        {"dossier", "key", id},
        {"dossier", "procedure", enumeration<Procedure>()},
        {"dossier", "sensitivity", enumeration<Sensitivity>()},
        {"source", "key", id},
        {"source", "kind", enumeration<SourceKind>()},
        {"source", "date", date(false)},
        {"event", "key", id},
        {"event", "kind", enumeration<EventKind>()},
        {"event", "at", date(true)},
        {"event", "new_deadline", date(false)},
        {"requirement", "key", id},
        {"requirement", "category", enumeration<Category>()},
        {"revision", "effective_at", date(true)},
        {"revision", "status", enumeration<RevisionStatus>()},
        {"revision", "weight", nonNegative},
        {"vendor", "key", id},
        {"certification", "valid_from", date(false)},
        {"certification", "valid_until", date(false)},
        {"bid", "key", id},
        {"bid", "submitted_at", date(true)},
        {"bid", "status", enumeration<BidStatus>()},
        {"bid", "status_at", date(false)},
        {"bid", "price_amount", nonNegative},
        {"response", "compliance", enumeration<Compliance>()},
        {"response", "at", date(false)},
        {"criterion", "key", id},
        {"criterion", "kind", enumeration<CriterionKind>()},
        {"criterion", "status", enumeration<AssessmentStatus>()},
        {"claim", "key", id},
        {"claim", "kind", enumeration<ClaimKind>()},
        {"decision", "decided_at", date(false)},
        {"decision", "published_at", date(false)},
        {"decision", "outcome", enumeration<Outcome>()},
    };
    QSet<QString> troubled; // dossiers with a problem found row by row
    const auto report = [&](const Rows& rows, const QString& column, const QString& extraSelect, auto&& why) -> Status {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        const QString sqlText = u"SELECT t.rowid, dz.key, "_s + QLatin1StringView(rows.label) + u", "_s + extraSelect +
                                u" FROM "_s + QLatin1StringView(rows.from) + u" JOIN dossier dz ON dz.id = "_s +
                                QLatin1StringView(rows.dossier) + u" WHERE "_s + QLatin1StringView(rows.live);
        if (!q.exec(sqlText))
            return sqlError(q.lastError());
        while (q.next()) {
            const QString reason = why(q.value(3));
            if (reason.isEmpty())
                continue;
            out << StoredProblem{q.value(1).toString(),
                                 QString::fromLatin1(rows.table),
                                 q.value(0).toLongLong(),
                                 q.value(2).toString(),
                                 column,
                                 reason};
            troubled << q.value(1).toString();
        }
        return {};
    };
    for (const Column& c : columns) {
        const Rows& rows = rowsOf(c.table);
        if (Status st = report(rows, QString::fromLatin1(c.column), u"t."_s + QLatin1StringView(c.column), c.problem);
            !st)
            return st.error();
    }
    // References to a source, a vendor: they must name a live one of the same dossier.
    struct Reference
    {
        const char* table;
        const char* column;
        const char* target;
    };
    for (const Reference& r : {Reference{"event", "source", "source"},
                               Reference{"revision", "source", "source"},
                               Reference{"criterion", "source", "source"},
                               Reference{"claim", "source", "source"},
                               Reference{"bid", "vendor", "vendor"},
                               Reference{"decision", "selected_vendor", "vendor"}}) {
        const Rows& rows = rowsOf(r.table);
        const QString target = QString::fromLatin1(r.target);
        const QString column = QString::fromLatin1(r.column);
        const QString found = u"CASE WHEN t."_s + column + u" IS NULL OR EXISTS (SELECT 1 FROM "_s + target +
                              u" x WHERE x.dossier_id = dz.id AND x.key = t."_s + column +
                              u" AND x.retracted = 0) THEN '' ELSE t."_s + column + u" END"_s;
        const auto why = [&](const QVariant& v) {
            return v.toString().isEmpty() ? QString() : tr("unknown %1 id %2").arg(target, v.toString());
        };
        if (Status st = report(rows, column, found, why); !st)
            return st.error();
    }
    // What the rows do not show (an order of revisions, a date before another): the export of
    // each dossier read back, for the dossiers without a problem so far.
    auto all = dossiers();
    if (!all)
        return all.error();
    for (const DossierSummary& s : *all) {
        if (troubled.contains(s.id))
            continue;
        auto dossier = load(s.id);
        if (!dossier) {
            out << StoredProblem{s.id, QString(), 0, QString(), QString(), dossier.error().reason};
            continue;
        }
        auto back = DossierReader::read(DossierWriter::write(*dossier), s.id + u".json"_s);
        if (!back)
            out << StoredProblem{s.id, QString(), 0, back.error().pointer, QString(), back.error().reason};
    }
    return out;
}

} // namespace hostreview
