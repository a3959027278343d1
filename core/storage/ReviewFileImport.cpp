// SPDX-License-Identifier: EUPL-1.2
// The review file, written: a whole dossier imported in one transaction.
#include "storage/ReviewFile.h"

#include "storage/Schema.h"
#include "storage/SqlSupport.h"
#include "storage/Statement.h"
#include "storage/Tables.h"
#include "json/JsonDocument.h"
#include "json/JsonWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <limits>
#include <system_error>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hostreview {

using namespace sql;

Status ReviewFile::importDossier(const Dossier& dossier, const QString& origin, const Progress* progress)
{
    int revisions = 0;
    int answers = 0;
    for (const Requirement& r : dossier.requirements)
        revisions += int(r.revisions.size());
    for (const Bid& b : dossier.bids)
        answers += int(b.responses.size());
    return storeDossier(dossier,
                        u"import"_s,
                        auditText("imported from %1: %2 requirements, %3 revisions, %4 vendors, %5 bids, %6 answers")
                            .arg(origin)
                            .arg(dossier.requirements.size())
                            .arg(revisions)
                            .arg(dossier.vendors.size())
                            .arg(dossier.bids.size())
                            .arg(answers),
                        progress);
}

Status
ReviewFile::storeDossier(const Dossier& dossier, const QString& action, const QString& detail, const Progress* progress)
{
    QSqlDatabase d = db();
    // Progress in rows stored (requirements and revisions, then bids and answers), checked every
    // few thousand rows: a cancel rolls the transaction back.
    qint64 totalRows = 1;
    for (const Requirement& r : dossier.requirements)
        totalRows += 1 + r.revisions.size();
    for (const Bid& b : dossier.bids)
        totalRows += 1 + b.responses.size();
    qint64 doneRows = 0;
    qint64 nextReport = 0;
    const auto stored = [&](qint64 rows) -> bool {
        doneRows += rows;
        if (!progress || doneRows < nextReport)
            return true;
        nextReport = doneRows + 5000;
        return progress->step(int(doneRows * 100 / totalRows), tr("Storing the dossier"));
    };
    const Error cancelled = Error::input(tr("the import was cancelled: nothing was stored"));
    // Less work for the same guarantees, for this one transaction (docs/performance.md):
    // - no foreign-key lookups: every parent id below is a row this transaction has just
    //   inserted (the dossier's, a requirement's, a revision's, a vendor's, a bid's), so half a
    //   million parent lookups would only find what was written a moment before. The setting
    //   cannot change inside a transaction, hence before it; it is back on when this returns,
    //   whatever happens;
    // - a page cache as large as a big dossier, so that SQLite does not write pages to the WAL
    //   mid-transaction and read them back for the next row.
    auto cache = scalar(d, u"PRAGMA cache_size"_s);
    if (!cache)
        return cache.error();
    if (Status st = execChecked(d, u"PRAGMA foreign_keys = OFF"_s); !st)
        return st;
    struct Restore
    {
        QSqlDatabase db;
        QString cacheSize;
        ~Restore()
        {
            (void)execChecked(db, u"PRAGMA foreign_keys = ON"_s);
            (void)execChecked(db, u"PRAGMA cache_size = "_s + cacheSize);
        }
    } restore{d, QString::number(cache->toLongLong())};
    if (Status st = execChecked(d, u"PRAGMA cache_size = -131072"_s); !st)
        return st;
    WriteTransaction tx(d);
    if (Status st = beginWrite(tx); !st)
        return st;
    auto already = contains(dossier.info.id);
    if (!already)
        return already.error();
    if (*already) {
        Error e(tr("a dossier with id %1 is already in this review file; history is never overwritten "
                   "(import it into another file, or give it another id)")
                    .arg(dossier.info.id));
        e.invalidInput = true;
        return e;
    }
    const QString now = nowText();
    const QVariant author = authorValue();
    const DossierInfo& i = dossier.info;
    auto q = prepare(d,
                     u"INSERT INTO dossier (key, "_s + columns::dossier.list() + u", created_at) VALUES (?, "_s +
                         columns::dossier.placeholders() + u", ?)"_s);
    if (!q)
        return q.error();
    q->addBindValue(i.id);
    for (const QVariant& v : valuesOf(dossier))
        q->addBindValue(v);
    q->addBindValue(now);
    if (Status st = execChecked(*q); !st)
        return st;
    const qint64 dossierRow = q->lastInsertId().toLongLong();

    auto insertAll = [&](const QString& sql, qsizetype count, auto bind) -> Status {
        auto ins = prepare(d, sql);
        if (!ins)
            return ins.error();
        for (qsizetype k = 0; k < count; ++k) {
            bind(*ins, k);
            if (Status st = execChecked(*ins); !st)
                return st;
        }
        return {};
    };

    Status st = insertAll(u"INSERT INTO source (dossier_id, pos, key, "_s + columns::source.list() +
                              u") VALUES (?, ?, ?, "_s + columns::source.placeholders() + u')',
                          dossier.sources.size(),
                          [&](QSqlQuery& s, qsizetype k) {
                              s.bindValue(0, dossierRow);
                              s.bindValue(1, k);
                              s.bindValue(2, dossier.sources[k].id);
                              bindFrom(s, 3, valuesOf(dossier.sources[k]));
                          });
    if (!st)
        return st;
    st = insertAll(u"INSERT INTO event (dossier_id, pos, key, "_s + columns::event.list() +
                       u", recorded_at, author) VALUES (?, ?, ?, "_s + columns::event.placeholders() + u", ?, ?)"_s,
                   dossier.events.size(),
                   [&](QSqlQuery& s, qsizetype k) {
                       s.bindValue(0, dossierRow);
                       s.bindValue(1, k);
                       s.bindValue(2, dossier.events[k].id);
                       bindFrom(s, 3, valuesOf(dossier.events[k]));
                       s.bindValue(3 + int(columns::event.size()), now);
                       s.bindValue(4 + int(columns::event.size()), author);
                   });
    if (!st)
        return st;

    // Requirements and their revisions; remember each revision's row to pin answers to it.
    QHash<QString, QList<qint64>> revisionRows;
    revisionRows.reserve(dossier.requirements.size());
    {
        auto req = prepare(d,
                           u"INSERT INTO requirement (dossier_id, pos, key, "_s + columns::requirement.list() +
                               u") VALUES (?, ?, ?, "_s + columns::requirement.placeholders() + u')');
        // The bulk of the rows (revisions, then answers) through SQLite's C API (Statement.h).
        const QByteArray revisionSql =
            (u"INSERT INTO revision (requirement_id, "_s + columns::revision.list() +
             u", recorded_at, author) VALUES (?, "_s + columns::revision.placeholders() + u", ?, ?)"_s)
                .toUtf8();
        auto rev = Statement::prepare(d, revisionSql.constData());
        if (!req)
            return req.error();
        if (!rev)
            return rev.error();
        for (qsizetype k = 0; k < dossier.requirements.size(); ++k) {
            const Requirement& r = dossier.requirements[k];
            req->bindValue(0, dossierRow);
            req->bindValue(1, k);
            req->bindValue(2, r.id);
            bindFrom(*req, 3, valuesOf(r));
            if (Status s = execChecked(*req); !s)
                return s;
            const qint64 reqRow = req->lastInsertId().toLongLong();
            if (!stored(1 + r.revisions.size()))
                return cancelled;
            QList<qint64>& rows = revisionRows[r.id];
            for (const RequirementRevision& x : r.revisions) {
                if (Status s = rev->bind(1, reqRow); !s)
                    return s;
                const QVariantList values = valuesOf(x);
                if (Status s = rev->set(2, values); !s)
                    return s;
                if (Status s = rev->set(int(values.size()) + 2, now); !s)
                    return s;
                if (Status s = rev->set(int(values.size()) + 3, author); !s)
                    return s;
                if (Status s = rev->run(); !s)
                    return s;
                rows << rev->lastRowId();
            }
        }
    }
    {
        auto ven = prepare(d,
                           u"INSERT INTO vendor (dossier_id, pos, key, "_s + columns::vendor.list() +
                               u") VALUES (?, ?, ?, "_s + columns::vendor.placeholders() + u')');
        auto cert = prepare(d,
                            u"INSERT INTO certification (vendor_id, pos, "_s + columns::certification.list() +
                                u") VALUES (?, ?, "_s + columns::certification.placeholders() + u')');
        if (!ven)
            return ven.error();
        if (!cert)
            return cert.error();
        for (qsizetype k = 0; k < dossier.vendors.size(); ++k) {
            const Vendor& v = dossier.vendors[k];
            ven->bindValue(0, dossierRow);
            ven->bindValue(1, k);
            ven->bindValue(2, v.id);
            bindFrom(*ven, 3, valuesOf(v));
            if (Status s = execChecked(*ven); !s)
                return s;
            const qint64 vendorRow = ven->lastInsertId().toLongLong();
            for (qsizetype c = 0; c < v.certifications.size(); ++c) {
                const Certification& x = v.certifications[c];
                cert->bindValue(0, vendorRow);
                cert->bindValue(1, c);
                bindFrom(*cert, 2, valuesOf(x));
                if (Status s = execChecked(*cert); !s)
                    return s;
            }
        }
    }
    {
        auto bid = prepare(d,
                           u"INSERT INTO bid (dossier_id, pos, key, "_s + columns::bid.list() +
                               u") VALUES (?, ?, ?, "_s + columns::bid.placeholders() + u')');
        const QByteArray responseSql =
            (u"INSERT INTO response (bid_id, pos, revision_id, "_s + columns::response.list() +
             u", recorded_at, author) VALUES (?, ?, ?, "_s + columns::response.placeholders() + u", ?, ?)"_s)
                .toUtf8();
        auto resp = Statement::prepare(d, responseSql.constData());
        if (!resp)
            return resp.error();
        for (qsizetype k = 0; k < dossier.bids.size(); ++k) {
            const Bid& b = dossier.bids[k];
            bid->bindValue(0, dossierRow);
            bid->bindValue(1, k);
            bid->bindValue(2, b.id);
            bindFrom(*bid, 3, valuesOf(b));
            if (Status s = execChecked(*bid); !s)
                return s;
            const qint64 bidRow = bid->lastInsertId().toLongLong();
            if (!stored(1))
                return cancelled;
            for (qsizetype c = 0; c < b.responses.size(); ++c) {
                if (!stored(1))
                    return cancelled;
                const Response& r = b.responses[c];
                const auto rows = revisionRows.constFind(r.requirement);
                if (rows == revisionRows.cend() || r.rev < 1 || r.rev > rows->size())
                    return Error(tr("rev %1 of requirement %2 does not exist").arg(r.rev).arg(r.requirement));
                if (Status s = resp->bind(1, bidRow); !s)
                    return s;
                if (Status s = resp->set(2, qint64(c)); !s)
                    return s;
                if (Status s = resp->set(3, rows->at(r.rev - 1)); !s)
                    return s;
                const QVariantList values = valuesOf(r);
                if (Status s = resp->set(4, values); !s)
                    return s;
                if (Status s = resp->set(int(values.size()) + 4, now); !s)
                    return s;
                if (Status s = resp->set(int(values.size()) + 5, author); !s)
                    return s;
                if (Status s = resp->run(); !s)
                    return s;
            }
        }
    }
    st = insertAll(u"INSERT INTO criterion (dossier_id, pos, key, "_s + columns::criterion.list() +
                       u") VALUES (?, ?, ?, "_s + columns::criterion.placeholders() + u')',
                   dossier.assessment.size(),
                   [&](QSqlQuery& s, qsizetype k) {
                       s.bindValue(0, dossierRow);
                       s.bindValue(1, k);
                       s.bindValue(2, dossier.assessment[k].criterion);
                       bindFrom(s, 3, valuesOf(dossier.assessment[k]));
                   });
    if (!st)
        return st;
    if (dossier.decision) {
        const Decision& x = *dossier.decision;
        auto dec = prepare(d,
                           u"INSERT INTO decision (dossier_id, "_s + columns::decision.list() + u") VALUES (?, "_s +
                               columns::decision.placeholders() + u')');
        if (!dec)
            return dec.error();
        dec->bindValue(0, dossierRow);
        bindFrom(*dec, 1, valuesOf(x));
        if (Status s = execChecked(*dec); !s)
            return s;
        st = insertAll(u"INSERT INTO claim (dossier_id, pos, key, "_s + columns::claim.list() +
                           u") VALUES (?, ?, ?, "_s + columns::claim.placeholders() + u')',
                       x.claims.size(),
                       [&](QSqlQuery& s, qsizetype k) {
                           s.bindValue(0, dossierRow);
                           s.bindValue(1, k);
                           s.bindValue(2, x.claims[k].id);
                           bindFrom(s, 3, valuesOf(x.claims[k]));
                       });
        if (!st)
            return st;
    }
    // The last chance to cancel: nothing is committed yet.
    if (progress && !progress->step(100, tr("Storing the dossier")))
        return cancelled;
    auto logged = audit(i.id, action, detail);
    if (!logged)
        return logged.error();
    return tx.commit();
}

} // namespace hostreview
