// SPDX-License-Identifier: EUPL-1.2
#include "format/AnalysisProfile.h"

#include "format/DossierReader.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace hostreview {

AnalysisProfile AnalysisProfile::defaults()
{
    AnalysisProfile p;
    p.minWindowDays = {{u"open"_s, 35},
                       {u"restricted"_s, 30},
                       {u"negotiated_with_publication"_s, 30},
                       {u"competitive_dialogue"_s, 30},
                       {u"consultation"_s, 15},
                       {u"other"_s, 15}};
    p.brandTerms = {u"Microsoft"_s,
                    u"Azure"_s,
                    u"Amazon Web Services"_s,
                    u"AWS"_s,
                    u"Google Cloud"_s,
                    u"GCP"_s,
                    u"Oracle Cloud"_s,
                    u"IBM Cloud"_s,
                    u"Databricks"_s,
                    u"Snowflake"_s,
                    u"Synapse"_s,
                    u"Power BI"_s,
                    u"Active Directory"_s,
                    u"Entra"_s,
                    u"Office 365"_s,
                    u"Microsoft 365"_s,
                    u"OVHcloud"_s,
                    u"Outscale"_s,
                    u"Scaleway"_s,
                    u"Cloud Temple"_s,
                    u"NumSpot"_s,
                    u"S3NS"_s};
    p.equivalenceTerms = {u"or equivalent"_s, u"ou équivalent"_s, u"ou equivalent"_s};
    p.exposedJurisdictions = {{u"US"_s, {u"CLOUD Act"_s, u"FISA section 702"_s}}};
    return p;
}

Result<AnalysisProfile> AnalysisProfile::forDossier(const Dossier& dossier, const QString& fileName)
{
    AnalysisProfile p = defaults();
    if (!dossier.analysisProfile.isEmpty()) {
        if (Status st = p.apply(dossier.analysisProfile, fileName, u"/analysis_profile"_s); !st)
            return st.error();
    }
    return p;
}

double AnalysisProfile::minWindowFor(Procedure procedure) const
{
    return minWindowDays.value(enumName(procedure), minWindowDays.value(u"other"_s, 15));
}

Status AnalysisProfile::apply(const QByteArray& json, const QString& fileName, const QString& pointerPrefix)
{
    auto doc = JsonDocument::parse(json);
    if (!doc) {
        Error e = doc.error();
        e.file = fileName;
        e.invalidInput = true;
        return e;
    }
    Status st = apply(doc->root(), pointerPrefix);
    if (!st) {
        Error e = st.error();
        e.file = fileName;
        if (e.offset >= 0)
            std::tie(e.line, e.column) = doc->lineColumn(e.offset);
        return e;
    }
    return {};
}

Status AnalysisProfile::apply(const JsonValue& profile, const QString& prefix)
{
    auto fail = [&](const JsonValue& at, const QString& key, const QString& reason) {
        Error e(reason);
        e.pointer = prefix + (key.isEmpty() ? QString() : u'/' + key);
        if (e.pointer.isEmpty())
            e.pointer = u"/"_s;
        e.offset = at.offset(); // the caller turns it into a line and column
        e.invalidInput = true;
        return e;
    };
    if (!profile.isObject())
        return fail(profile, QString(), tr("a profile is an object of settings"));
    AnalysisProfile next = *this;
    auto number = [&](const JsonValue& v, const QString& key, double min, double max, double* out) -> Status {
        if (!v.isNumber())
            return fail(v, key, tr("number expected, found %1").arg(JsonValue::typeName(v.type())));
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            return fail(
                v, key, tr("%1 is out of range (%2 to %3)").arg(QString::fromLatin1(v.literal())).arg(min).arg(max));
        *out = d;
        return {};
    };
    auto strings = [&](const JsonValue& v, const QString& key, QStringList* out) -> Status {
        if (!v.isArray())
            return fail(v, key, tr("array of strings expected, found %1").arg(JsonValue::typeName(v.type())));
        QStringList list;
        int i = 0;
        for (JsonValue c = v.firstChild(); c.isValid(); c = c.nextSibling(), ++i) {
            if (!c.isString() || c.toString().trimmed().isEmpty())
                return fail(c, key + u'/' + QString::number(i), tr("a non-empty string expected"));
            list << c.toString();
        }
        *out = list;
        return {};
    };
    for (JsonValue v = profile.firstChild(); v.isValid(); v = v.nextSibling()) {
        const QString key = v.key();
        Status st;
        if (key == u"min_window_days"_s) {
            if (v.isNumber()) {
                double d = 0;
                st = number(v, key, 0, 3650, &d);
                if (st) {
                    for (auto it = next.minWindowDays.begin(); it != next.minWindowDays.end(); ++it)
                        it.value() = d;
                    for (const QString& p : enumNames<Procedure>())
                        next.minWindowDays.insert(p, d);
                }
            } else if (v.isObject()) {
                for (JsonValue c = v.firstChild(); c.isValid() && st; c = c.nextSibling()) {
                    const QString proc = c.key();
                    if (proc != u"other"_s && !enumFromName<Procedure>(proc)) {
                        st = fail(c,
                                  key + u'/' + proc,
                                  tr("\"%1\" is not a procedure (one of: %2, other)")
                                      .arg(proc, enumNames<Procedure>().join(u", "_s)));
                        break;
                    }
                    double d = 0;
                    st = number(c, key + u'/' + proc, 0, 3650, &d);
                    if (st)
                        next.minWindowDays.insert(proc, d);
                }
            } else {
                st = fail(v, key, tr("a number, or an object from procedures to numbers, expected"));
            }
        } else if (key == u"late_change_days"_s) {
            st = number(v, key, 0, 3650, &next.lateChangeDays);
        } else if (key == u"late_change_fraction"_s) {
            st = number(v, key, 0, 1, &next.lateChangeFraction);
        } else if (key == u"min_days_after_significant_change"_s) {
            st = number(v, key, 0, 3650, &next.minDaysAfterSignificantChange);
        } else if (key == u"churn_changes"_s || key == u"few_bids_below"_s) {
            if (!v.toInteger()) {
                st = fail(v, key, tr("a whole number expected"));
            } else {
                double d = 0;
                st = number(v, key, key == u"churn_changes"_s ? 1 : 0, 1000000, &d);
                if (st)
                    (key == u"churn_changes"_s ? next.churnChanges : next.fewBidsBelow) = int(d);
            }
        } else if (key == u"churn_share"_s) {
            st = number(v, key, 0, 1, &next.churnShare);
        } else if (key == u"brand_terms"_s) {
            st = strings(v, key, &next.brandTerms);
        } else if (key == u"equivalence_terms"_s) {
            st = strings(v, key, &next.equivalenceTerms);
        } else if (key == u"min_evaluation_days"_s) {
            st = number(v, key, 0, 3650, &next.minEvaluationDays);
        } else if (key == u"max_publication_delay_days"_s) {
            st = number(v, key, 0, 36500, &next.maxPublicationDelayDays);
        } else if (key == u"exposed_jurisdictions"_s) {
            if (!v.isObject()) {
                st = fail(v, key, tr("an object from country codes to lists of laws expected"));
            } else {
                QMap<QString, QStringList> map;
                for (JsonValue c = v.firstChild(); c.isValid() && st; c = c.nextSibling()) {
                    const QString country = c.key();
                    if (!DossierReader::isCountryCode(country)) {
                        st = fail(c,
                                  key + u'/' + country,
                                  tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(country));
                        break;
                    }
                    QStringList laws;
                    st = strings(c, key + u'/' + country, &laws);
                    map.insert(country.toUpper(), laws);
                }
                if (st)
                    next.exposedJurisdictions = map;
            }
        } else {
            st = fail(v, key, tr("unknown setting \"%1\"").arg(key));
        }
        if (!st)
            return st;
    }
    *this = next;
    return {};
}

} // namespace hostreview
