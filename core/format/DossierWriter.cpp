// SPDX-License-Identifier: EUPL-1.2
#include "format/DossierWriter.h"

#include "format/DossierReader.h"

#include "json/JsonWriter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

class Writer
{
public:
    Writer(const Dossier& d, const DossierWriter::Options& options)
        : m_d(d)
        , m_options(options)
    {
        if (options.publicEdition) {
            for (const Source& s : d.sources) {
                if (s.isConfidential())
                    m_hiddenSources.insert(s.id);
            }
        }
    }

    QByteArray run();

private:
    void opt(const char* key, const std::optional<QString>& v)
    {
        if (v) {
            m_w.key(QLatin1StringView(key));
            m_w.string(*v);
        }
    }
    void opt(const char* key, const std::optional<bool>& v)
    {
        if (v) {
            m_w.key(QLatin1StringView(key));
            m_w.boolean(*v);
        }
    }
    void opt(const char* key, const std::optional<Moment>& v)
    {
        if (v) {
            m_w.key(QLatin1StringView(key));
            m_w.string(v->text());
        }
    }
    void opt(const char* key, const std::optional<QStringList>& v)
    {
        if (v) {
            m_w.key(QLatin1StringView(key));
            m_w.beginArray();
            for (const QString& s : *v)
                m_w.string(s);
            m_w.endArray();
        }
    }
    template <typename E>
    void optEnum(const char* key, const std::optional<E>& v)
    {
        if (v) {
            m_w.key(QLatin1StringView(key));
            m_w.string(enumName(*v));
        }
    }
    void sourceRef(const char* key, const std::optional<QString>& v)
    {
        if (v && !m_hiddenSources.contains(*v))
            opt(key, v);
    }
    void str(const char* key, const QString& v)
    {
        m_w.key(QLatin1StringView(key));
        m_w.string(v);
    }
    void rawObject(const char* key, const QByteArray& compact)
    {
        if (compact.isEmpty())
            return;
        auto doc = JsonDocument::parse(compact);
        if (!doc)
            return; // stored by the reader from a valid document: cannot happen
        m_w.key(QLatin1StringView(key));
        m_w.copy(doc->root());
    }

    void dossier();
    void sources();
    void events();
    void requirements();
    void vendors();
    void bids();
    void assessment();
    void decision();

    const Dossier& m_d;
    DossierWriter::Options m_options;
    QSet<QString> m_hiddenSources;
    JsonWriter m_w;
};

QByteArray Writer::run()
{
    m_w.beginObject();
    str("format", u"hostreview-dossier"_s);
    m_w.key(u"version");
    m_w.integer(1);
    dossier();
    sources();
    events();
    requirements();
    vendors();
    bids();
    assessment();
    decision();
    rawObject("analysis_profile", m_d.analysisProfile);
    rawObject("x", m_d.extensions);
    m_w.endObject();
    return m_w.finish();
}

void Writer::dossier()
{
    const DossierInfo& i = m_d.info;
    m_w.key(u"dossier");
    m_w.beginObject();
    str("id", i.id);
    str("title", i.title);
    opt("applicant", i.applicant);
    opt("authority", i.authority);
    optEnum("procedure", i.procedure);
    optEnum("sensitivity", i.sensitivity);
    opt("data_categories", i.dataCategories);
    opt("required_certifications", i.requiredCertifications);
    opt("timezone", i.timezone);
    opt("language", i.language);
    opt("illustrative", i.illustrative);
    opt("summary", i.summary);
    m_w.endObject();
}

void Writer::sources()
{
    m_w.key(u"sources");
    m_w.beginArray();
    for (const Source& s : m_d.sources) {
        if (m_hiddenSources.contains(s.id))
            continue;
        m_w.beginObject();
        str("id", s.id);
        str("title", s.title);
        opt("publisher", s.publisher);
        opt("url", s.url);
        opt("date", s.date);
        optEnum("kind", s.kind);
        opt("excerpt", s.excerpt);
        opt("confidential", s.confidential);
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::events()
{
    m_w.key(u"events");
    m_w.beginArray();
    for (const Event& e : m_d.events) {
        m_w.beginObject();
        str("id", e.id);
        str("kind", enumName(e.kind));
        str("at", e.at.text());
        opt("new_deadline", e.newDeadline);
        opt("title", e.title);
        opt("note", e.note);
        sourceRef("source", e.source);
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::requirements()
{
    m_w.key(u"requirements");
    m_w.beginArray();
    for (const Requirement& r : m_d.requirements) {
        m_w.beginObject();
        str("id", r.id);
        optEnum("category", r.category);
        opt("title", r.title);
        m_w.key(u"revisions");
        m_w.beginArray();
        for (const RequirementRevision& rev : r.revisions) {
            m_w.beginObject();
            m_w.key(u"rev");
            m_w.integer(rev.rev);
            str("effective_at", rev.effectiveAt.text());
            opt("text", rev.text);
            opt("mandatory", rev.mandatory);
            if (rev.weight) {
                m_w.key(u"weight");
                m_w.number(*rev.weight);
            }
            optEnum("status", rev.status);
            opt("rationale", rev.rationale);
            sourceRef("source", rev.source);
            m_w.endObject();
        }
        m_w.endArray();
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::vendors()
{
    m_w.key(u"vendors");
    m_w.beginArray();
    for (const Vendor& v : m_d.vendors) {
        m_w.beginObject();
        str("id", v.id);
        str("name", v.name);
        opt("country", v.country);
        opt("parent", v.parent);
        opt("parent_country", v.parentCountry);
        if (!v.certifications.isEmpty()) {
            m_w.key(u"certifications");
            m_w.beginArray();
            for (const Certification& c : v.certifications) {
                m_w.beginObject();
                str("scheme", c.scheme);
                opt("valid_from", c.validFrom);
                opt("valid_until", c.validUntil);
                m_w.endObject();
            }
            m_w.endArray();
        }
        opt("notes", v.notes);
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::bids()
{
    m_w.key(u"bids");
    m_w.beginArray();
    for (const Bid& b : m_d.bids) {
        const bool hideBid = m_options.publicEdition && b.isConfidential();
        m_w.beginObject();
        str("id", b.id);
        str("vendor", b.vendor);
        str("submitted_at", b.submittedAt.text());
        optEnum("status", b.status);
        opt("status_at", b.statusAt);
        if (b.price && !hideBid) {
            m_w.key(u"price");
            m_w.beginObject();
            m_w.key(u"amount");
            m_w.number(b.price->amount);
            opt("currency", b.price->currency);
            m_w.endObject();
        }
        opt("confidential", b.confidential);
        if (!b.responses.isEmpty()) {
            m_w.key(u"responses");
            m_w.beginArray();
            for (const Response& r : b.responses) {
                m_w.beginObject();
                str("requirement", r.requirement);
                m_w.key(u"rev");
                m_w.integer(r.rev);
                str("compliance", enumName(r.compliance));
                opt("at", r.at);
                if (!(m_options.publicEdition && (hideBid || r.isConfidential())))
                    opt("evidence", r.evidence);
                opt("confidential", r.confidential);
                m_w.endObject();
            }
            m_w.endArray();
        }
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::assessment()
{
    m_w.key(u"assessment");
    m_w.beginArray();
    for (const Criterion& c : m_d.assessment) {
        m_w.beginObject();
        str("criterion", c.criterion);
        opt("title", c.title);
        optEnum("kind", c.kind);
        optEnum("status", c.status);
        opt("comment", c.comment);
        sourceRef("source", c.source);
        m_w.endObject();
    }
    m_w.endArray();
}

void Writer::decision()
{
    if (!m_d.decision)
        return;
    const Decision& d = *m_d.decision;
    m_w.key(u"decision");
    m_w.beginObject();
    opt("decided_at", d.decidedAt);
    opt("published_at", d.publishedAt);
    optEnum("outcome", d.outcome);
    opt("selected_vendor", d.selectedVendor);
    if (d.durationMonths) {
        m_w.key(u"duration_months");
        m_w.integer(*d.durationMonths);
    }
    opt("rationale", d.rationale);
    opt("conditions", d.conditions);
    if (!d.claims.isEmpty()) {
        m_w.key(u"claims");
        m_w.beginArray();
        for (const Claim& c : d.claims) {
            m_w.beginObject();
            str("id", c.id);
            str("kind", enumName(c.kind));
            opt("text", c.text);
            sourceRef("source", c.source);
            m_w.endObject();
        }
        m_w.endArray();
    }
    m_w.endObject();
}

} // namespace

QByteArray DossierWriter::write(const Dossier& dossier, const Options& options)
{
    return Writer(dossier, options).run();
}

Result<QByteArray> DossierWriter::writeChecked(const Dossier& dossier, const Options& options, const QString& origin)
{
    QByteArray json = write(dossier, options);
    auto back = DossierReader::read(json, origin);
    if (!back) {
        Error e = back.error();
        e.reason = tr("the dossier %1 holds data that an import would refuse (%2%3); nothing was written. "
                      "'hostreview-cli check' lists every such problem")
                       .arg(dossier.info.id, e.pointer.isEmpty() ? QString() : e.pointer + u": ", e.reason);
        e.pointer.clear();
        e.line = 0;
        e.column = 0;
        e.offset = -1;
        e.invalidInput = true;
        return e;
    }
    return json;
}

} // namespace hostreview
