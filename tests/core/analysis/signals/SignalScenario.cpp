// SPDX-License-Identifier: EUPL-1.2
#include "core/analysis/signals/SignalScenario.h"

#include "analysis/SignalEngine.h"
#include "format/AnalysisProfile.h"
#include "format/DossierReader.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace hostreview::test {

namespace {
const QStringList Requirements = {u"R-1"_s, u"R-2"_s, u"R-3"_s, u"R-4"_s, u"R-5"_s, u"R-6"_s, u"R-7"_s, u"R-8"_s};

QJsonObject certifiedVendor(const QString& id, const QString& name, const QString& country)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"country"_s, country},
        {u"certifications"_s,
         QJsonArray{QJsonObject{
             {u"scheme"_s, u"HDS"_s}, {u"valid_from"_s, u"2023-01-01"_s}, {u"valid_until"_s, u"2027-01-01"_s}}}},
    };
}

// Finds the object of `array` whose `key` is `id`; -1 when absent.
qsizetype indexOf(const QJsonArray& array, const QString& key, const QString& id)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (array[i].toObject().value(key).toString() == id)
            return i;
    }
    return -1;
}

// Applies `edit` to the object `id` of the top-level array `name` (found by `key`).
template <typename Edit>
void editIn(QJsonObject& root, const QString& name, const QString& key, const QString& id, Edit edit)
{
    QJsonArray array = root.value(name).toArray();
    const qsizetype i = indexOf(array, key, id);
    EXPECT_GE(i, 0) << name.toStdString() << " has no " << id.toStdString();
    if (i < 0)
        return;
    QJsonObject o = array[i].toObject();
    edit(o);
    array[i] = o;
    root[name] = array;
}

template <typename Edit>
void editObject(QJsonObject& root, const QString& name, Edit edit)
{
    QJsonObject o = root.value(name).toObject();
    edit(o);
    root[name] = o;
}
} // namespace

SignalScenario::SignalScenario()
{
    root[u"format"_s] = u"hostreview-dossier"_s;
    root[u"version"_s] = 1;
    root[u"dossier"_s] = QJsonObject{
        {u"id"_s, u"T-SIG"_s},
        {u"title"_s, u"Signal test dossier"_s},
        {u"procedure"_s, u"consultation"_s},
        {u"sensitivity"_s, u"health"_s},
        {u"required_certifications"_s, QJsonArray{u"HDS"_s}},
    };
    root[u"sources"_s] = QJsonArray{QJsonObject{{u"id"_s, u"S-1"_s}, {u"title"_s, u"Consultation document"_s}}};
    root[u"events"_s] = QJsonArray{
        QJsonObject{{u"id"_s, u"E-OPEN"_s}, {u"kind"_s, u"consultation_opened"_s}, {u"at"_s, u"2024-03-01"_s}},
        QJsonObject{{u"id"_s, u"E-DL"_s}, {u"kind"_s, u"bid_deadline"_s}, {u"at"_s, u"2024-03-29"_s}},
    };
    QJsonArray requirements;
    for (const QString& id : Requirements) {
        const bool mandatory = id < u"R-7"_s;
        requirements.append(QJsonObject{
            {u"id"_s, id},
            {u"category"_s, u"security"_s},
            {u"title"_s, QString(u"Requirement "_s + id)},
            {u"revisions"_s,
             QJsonArray{QJsonObject{{u"rev"_s, 1},
                                    {u"effective_at"_s, u"2024-03-01"_s},
                                    {u"text"_s, QString(u"Plain text of "_s + id + u"."_s)},
                                    {u"mandatory"_s, mandatory},
                                    {u"weight"_s, mandatory ? 3 : 1},
                                    {u"source"_s, u"S-1"_s}}}},
        });
    }
    root[u"requirements"_s] = requirements;
    root[u"vendors"_s] = QJsonArray{certifiedVendor(u"V-1"_s, u"Alpha Cloud"_s, u"FR"_s),
                                    certifiedVendor(u"V-2"_s, u"Beta Hosting"_s, u"FR"_s),
                                    certifiedVendor(u"V-3"_s, u"Gamma Data"_s, u"DE"_s)};
    QJsonArray bids;
    for (int i = 1; i <= 3; ++i) {
        QJsonArray responses;
        for (const QString& r : Requirements)
            responses.append(QJsonObject{{u"requirement"_s, r}, {u"rev"_s, 1}, {u"compliance"_s, u"full"_s}});
        bids.append(QJsonObject{{u"id"_s, u"B-%1"_s.arg(i)},
                                {u"vendor"_s, u"V-%1"_s.arg(i)},
                                {u"submitted_at"_s, u"2024-03-20"_s},
                                {u"responses"_s, responses}});
    }
    root[u"bids"_s] = bids;
    root[u"assessment"_s] = QJsonArray{QJsonObject{{u"criterion"_s, u"A-1"_s},
                                                   {u"title"_s, u"Legal basis"_s},
                                                   {u"kind"_s, u"legal_basis"_s},
                                                   {u"status"_s, u"acceptable"_s}}};
    root[u"decision"_s] = QJsonObject{
        {u"decided_at"_s, u"2024-04-10"_s},
        {u"published_at"_s, u"2024-04-20"_s},
        {u"outcome"_s, u"authorized"_s},
        {u"selected_vendor"_s, u"V-1"_s},
        {u"claims"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"C-1"_s},
                                {u"kind"_s, u"no_compliant_alternative"_s},
                                {u"text"_s, u"No other bidder met every mandatory requirement."_s}}}},
    };
    // ... which holds: B-2 falls short on R-1 and B-3 on R-2 (each of which two bidders meet).
    setAnswers(u"B-2"_s, u"R-1"_s, 1, u"partial"_s);
    setAnswers(u"B-3"_s, u"R-2"_s, 1, u"partial"_s);
}

SignalScenario& SignalScenario::setDossier(const QString& key, const QJsonValue& value)
{
    editObject(root, u"dossier"_s, [&](QJsonObject& o) { o[key] = value; });
    return *this;
}

SignalScenario& SignalScenario::removeDossierKey(const QString& key)
{
    editObject(root, u"dossier"_s, [&](QJsonObject& o) { o.remove(key); });
    return *this;
}

SignalScenario&
SignalScenario::setEvent(const QString& id, const QString& kind, const QString& at, const QString& newDeadline)
{
    QJsonObject e{{u"id"_s, id}, {u"kind"_s, kind}, {u"at"_s, at}};
    if (!newDeadline.isEmpty())
        e[u"new_deadline"_s] = newDeadline;
    QJsonArray events = root.value(u"events"_s).toArray();
    const qsizetype i = indexOf(events, u"id"_s, id);
    if (i >= 0)
        events[i] = e;
    else
        events.append(e);
    root[u"events"_s] = events;
    return *this;
}

SignalScenario& SignalScenario::removeEvent(const QString& id)
{
    QJsonArray events = root.value(u"events"_s).toArray();
    events.removeAt(indexOf(events, u"id"_s, id));
    root[u"events"_s] = events;
    return *this;
}

SignalScenario& SignalScenario::revise(const QString& requirement,
                                       const QString& effectiveAt,
                                       QJsonObject fields,
                                       const QString& rationale)
{
    QJsonArray requirements = root.value(u"requirements"_s).toArray();
    qsizetype i = indexOf(requirements, u"id"_s, requirement);
    if (i < 0) {
        requirements.append(QJsonObject{{u"id"_s, requirement},
                                        {u"category"_s, u"functional"_s},
                                        {u"title"_s, QString(u"Requirement "_s + requirement)},
                                        {u"revisions"_s, QJsonArray()}});
        i = requirements.size() - 1;
    }
    QJsonObject r = requirements[i].toObject();
    QJsonArray revisions = r.value(u"revisions"_s).toArray();
    QJsonObject rev = revisions.isEmpty() ? QJsonObject{{u"text"_s, u"Added text."_s}, {u"mandatory"_s, true}}
                                          : revisions.last().toObject();
    rev.remove(u"rationale"_s);
    rev.remove(u"source"_s);
    if (!fields.contains(u"text"_s) && !revisions.isEmpty())
        rev[u"text"_s] = QString(rev.value(u"text"_s).toString() + u" Reworded."_s);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        rev[it.key()] = it.value();
    rev[u"rev"_s] = int(revisions.size() + 1);
    rev[u"effective_at"_s] = effectiveAt;
    if (!rationale.isNull())
        rev[u"rationale"_s] = rationale;
    revisions.append(rev);
    r[u"revisions"_s] = revisions;
    requirements[i] = r;
    root[u"requirements"_s] = requirements;
    return *this;
}

SignalScenario& SignalScenario::answer(
    const QString& bid, const QString& requirement, int rev, const QString& compliance, const QString& at)
{
    editIn(root, u"bids"_s, u"id"_s, bid, [&](QJsonObject& b) {
        QJsonArray responses = b.value(u"responses"_s).toArray();
        QJsonObject a{{u"requirement"_s, requirement}, {u"rev"_s, rev}, {u"compliance"_s, compliance}};
        if (!at.isEmpty())
            a[u"at"_s] = at;
        responses.append(a);
        b[u"responses"_s] = responses;
    });
    return *this;
}

SignalScenario&
SignalScenario::setAnswers(const QString& bid, const QString& requirement, int rev, const QString& compliance)
{
    editIn(root, u"bids"_s, u"id"_s, bid, [&](QJsonObject& b) {
        QJsonArray responses = b.value(u"responses"_s).toArray();
        for (qsizetype i = 0; i < responses.size(); ++i) {
            QJsonObject a = responses[i].toObject();
            if (a.value(u"requirement"_s).toString() == requirement) {
                a[u"rev"_s] = rev;
                a[u"compliance"_s] = compliance;
                responses[i] = a;
            }
        }
        b[u"responses"_s] = responses;
    });
    return *this;
}

SignalScenario& SignalScenario::setBid(const QString& bid, const QString& key, const QJsonValue& value)
{
    editIn(root, u"bids"_s, u"id"_s, bid, [&](QJsonObject& b) { b[key] = value; });
    return *this;
}

SignalScenario& SignalScenario::removeBid(const QString& bid)
{
    QJsonArray bids = root.value(u"bids"_s).toArray();
    bids.removeAt(indexOf(bids, u"id"_s, bid));
    root[u"bids"_s] = bids;
    return *this;
}

SignalScenario& SignalScenario::setVendor(const QString& vendor, const QString& key, const QJsonValue& value)
{
    editIn(root, u"vendors"_s, u"id"_s, vendor, [&](QJsonObject& v) { v[key] = value; });
    return *this;
}

SignalScenario& SignalScenario::setDecision(const QString& key, const QJsonValue& value)
{
    editObject(root, u"decision"_s, [&](QJsonObject& o) { o[key] = value; });
    return *this;
}

SignalScenario& SignalScenario::removeDecisionKey(const QString& key)
{
    editObject(root, u"decision"_s, [&](QJsonObject& o) { o.remove(key); });
    return *this;
}

SignalScenario& SignalScenario::removeDecision()
{
    root.remove(u"decision"_s);
    return *this;
}

SignalScenario& SignalScenario::setAnalysisProfile(const QJsonObject& profile)
{
    root[u"analysis_profile"_s] = profile;
    return *this;
}

QByteArray SignalScenario::json() const
{
    return QJsonDocument(root).toJson();
}

Dossier SignalScenario::dossier() const
{
    auto d = DossierReader::read(json(), u"scenario.json"_s);
    EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
    return d.ok() ? *d : Dossier();
}

Analysis SignalScenario::analyze(std::optional<QDate> asOf, const QByteArray& profile) const
{
    const Dossier d = dossier();
    auto p = AnalysisProfile::forDossier(d, u"scenario.json"_s);
    EXPECT_TRUE(p.ok());
    if (!p.ok())
        return {};
    if (!profile.isEmpty()) {
        const Status st = p->apply(profile, u"profile.json"_s);
        EXPECT_TRUE(st.ok()) << st.error().toString().toStdString();
    }
    return SignalEngine::analyze(d, *p, asOf, asOf ? asOf->toString(Qt::ISODate) : QString());
}

const Signal* findSignal(const Analysis& a, const QString& code, const QString& subject)
{
    for (const Signal& s : a.fired) {
        if (s.code == code && (subject.isEmpty() || s.subjectId == subject))
            return &s;
    }
    return nullptr;
}

int countSignals(const Analysis& a, const QString& code)
{
    return int(std::count_if(a.fired.cbegin(), a.fired.cend(), [&](const Signal& s) { return s.code == code; }));
}

const Coverage* findCoverage(const Analysis& a, const QString& code)
{
    for (const Coverage& c : a.coverage) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

std::string describe(const Analysis& a)
{
    QStringList parts;
    for (const Signal& s : a.fired)
        parts << s.code + u": "_s + s.subjectId;
    return QString(u"fired: "_s + (parts.isEmpty() ? u"nothing"_s : parts.join(u"; "_s))).toStdString();
}

} // namespace hostreview::test
