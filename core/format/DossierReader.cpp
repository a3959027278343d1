// SPDX-License-Identifier: EUPL-1.2
// The reader of the dossier format (docs/format.md), one validator for the whole file. Why one
// file of about 900 lines: each part (dossier, sources, events, requirements, vendors, bids,
// assessment, decision) is read by one short function of the same class, in the file's order,
// sharing the JSON pointers, the references checked at the end and the first error; splitting
// them would only move that shared state into a header of internals.
#include "format/DossierReader.h"

#include "support/SafeFile.h"

#include "format/AnalysisProfile.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

bool isValidIdSyntax(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                        u == u'_' || u == u':' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool DossierReader::isValidId(QStringView id)
{
    return hostreview::isValidIdSyntax(id);
}

bool DossierReader::isCountryCode(QStringView code)
{
    if (code.size() != 2 || !std::all_of(code.begin(), code.end(), [](QChar c) {
            return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        }))
        return false;
    const QString upper = code.toString().toUpper();
    if (upper == u"EU"_s || upper == u"EZ"_s || upper == u"UN"_s || upper == u"QO"_s)
        return false;
    return QLocale::codeToTerritory(upper) != QLocale::AnyTerritory;
}

namespace {

// An IANA name of the system's time zone database. Qt's own list holds only the canonical names
// (not "Etc/GMT-1", "GMT" or "US/Eastern") plus fixed offsets ("UTC+01:00", not IANA), and
// QTimeZone also reads POSIX rules ("XYZ-3", "utc+01:00" as UTC-1): so the name must be a file of
// the database, as the tz backend on Linux reads it, or one of Qt's canonical names.
bool isIanaZone(const QString& id)
{
    static const QRegularExpression offsetId(u"^UTC[+-]"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression syntax(u"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"_s);
    if (!syntax.match(id).hasMatch() || offsetId.match(id).hasMatch())
        return false;
    if (QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return true;
    const QString dir = qEnvironmentVariable("TZDIR", u"/usr/share/zoneinfo"_s);
    return QFileInfo(dir + u'/' + id).isFile();
}

QString escapePointerToken(QString token)
{
    return token.replace(u"~"_s, u"~0"_s).replace(u"/"_s, u"~1"_s);
}

// A pointer, or an array's pointer followed by an element's index when there is one.
QString joinPointer(const QString& pointer, qsizetype index)
{
    return index < 0 ? pointer : pointer + u'/' + QString::number(index);
}

} // namespace

// Walks a parsed document, building the Dossier and stopping at the first error.
class DossierValidator
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::DossierReader)

public:
    DossierValidator(const JsonDocument& doc, const QString& file)
        : m_doc(doc)
        , m_file(file)
    { }

    Result<Dossier> run();

private:
    // A reference to check once every id is known.
    struct Reference
    {
        enum Kind { SourceRef, VendorRef, RequirementRef };
        Kind kind;
        QString id;
        QString pointer; // of the object that holds it (shared, not copied: 500,000 answers),
        qsizetype index; // or of the array holding that object, and its index there
        const char* key; // its member in that object
        qsizetype offset;
        int rev = 0;             // for a response: the revision answered
        qsizetype revOffset = 0; // and where its number is written
    };

    // Reading one JSON object: key checks and typed member access, each failing with a pointer.
    class Object
    {
    public:
        // `pointer` is the object's JSON pointer or, with an index, that of the array holding it:
        // the pointer of each of half a million answers is only written out for an error.
        Object(DossierValidator& v, JsonValue value, QString pointer, qsizetype index = -1)
            : m_v(v)
            , m_value(value)
            , m_pointer(std::move(pointer))
            , m_index(index)
        { }
        bool check(std::initializer_list<const char*> allowed, std::initializer_list<const char*> required);
        // The member, from the names check() read (a large file asks millions of times).
        JsonValue get(const char* key) const
        {
            if (m_indexed) {
                const QByteArrayView name(key);
                for (int i = 0; i < m_count; ++i) {
                    if (m_members[i].name == name)
                        return m_members[i].value;
                }
                return {};
            }
            return m_value.member(QLatin1StringView(key));
        }
        QString at(const char* key) const { return pointer() + u'/' + QLatin1StringView(key); }
        QString pointer() const { return joinPointer(m_pointer, m_index); }

        bool string(const char* key, QString& out);
        bool string(const char* key, std::optional<QString>& out);
        bool id(const char* key, QString& out);
        bool ref(const char* key, std::optional<QString>& out, Reference::Kind kind);
        bool boolean(const char* key, std::optional<bool>& out);
        bool number(const char* key, std::optional<double>& out, bool nonNegative);
        bool integer(const char* key, qint64& out, qint64 min, qint64 max);
        bool moment(const char* key, Moment& out);
        bool moment(const char* key, std::optional<Moment>& out);
        bool strings(const char* key, std::optional<QStringList>& out);
        template <typename E>
        bool enumeration(const char* key, std::optional<E>& out)
        {
            const JsonValue v = get(key);
            if (!v.isValid())
                return true;
            if (!v.isString())
                return m_v.wrongType(v, at(key), u"string"_s);
            const auto e = enumFromName<E>(v.toString());
            if (!e) {
                return m_v.fail(
                    v, at(key), tr("\"%1\" is not one of: %2").arg(v.toString(), enumNames<E>().join(u", "_s)));
            }
            out = *e;
            return true;
        }
        template <typename E>
        bool enumeration(const char* key, E& out)
        {
            std::optional<E> e;
            if (!enumeration(key, e))
                return false;
            out = *e;
            return true;
        }

    private:
        DossierValidator& m_v;
        JsonValue m_value;
        QString m_pointer;
        qsizetype m_index = -1;
        // The members by name as written, filled by check() when none has escapes.
        struct Member
        {
            QByteArrayView name;
            JsonValue value;
        };
        static constexpr int MaxIndexed = 24;
        std::array<Member, MaxIndexed> m_members;
        int m_count = 0;
        bool m_indexed = false;
    };

    bool fail(const JsonValue& at, const QString& pointer, const QString& reason)
    {
        m_error = Error(reason);
        m_error.file = m_file;
        m_error.pointer = pointer;
        std::tie(m_error.line, m_error.column) = m_doc.lineColumn(at.offset());
        return false;
    }
    bool wrongType(const JsonValue& at, const QString& pointer, const QString& expected)
    {
        return fail(at, pointer, tr("%1 expected, found %2").arg(expected, JsonValue::typeName(at.type())));
    }
    bool array(const JsonValue& v, const QString& pointer) { return v.isArray() || wrongType(v, pointer, u"array"_s); }
    bool object(const JsonValue& v, const QString& pointer)
    {
        return v.isObject() || wrongType(v, pointer, u"object"_s);
    }
    bool
    unique(QSet<QString>& seen, const QString& id, const JsonValue& at, const QString& pointer, const QString& what)
    {
        if (seen.contains(id))
            return fail(at, pointer, tr("duplicate %1 id %2").arg(what, id));
        seen.insert(id);
        return true;
    }
    void addRef(Reference::Kind kind,
                const QString& id,
                const QString& objectPointer,
                qsizetype index,
                const char* key,
                qsizetype offset,
                int rev = 0)
    {
        m_refs.push_back(Reference{kind, id, objectPointer, index, key, offset, rev});
    }

    bool readDossier(JsonValue v);
    bool readSources(JsonValue v);
    bool readEvents(JsonValue v);
    bool readRequirements(JsonValue v);
    bool readVendors(JsonValue v);
    bool readBids(JsonValue v);
    bool readAssessment(JsonValue v);
    bool readDecision(JsonValue v);
    bool checkReferences();

    const JsonDocument& m_doc;
    QString m_file;
    Error m_error;
    Dossier m_dossier;
    QTimeZone m_zone;
    std::vector<Reference> m_refs;
    QHash<QString, int> m_revisionCount; // requirement id -> number of revisions
    // Each distinct id and date, decoded once and shared by every value that repeats it (half a
    // million answers name a few thousand requirements and a few dozen days), keyed by the bytes
    // as written in the document, which outlives the reading. Dates depend on the dossier's time
    // zone: their cache is emptied when it is set.
    std::unordered_map<std::string_view, QString> m_ids;
    std::unordered_map<std::string_view, Moment> m_moments;
    QString interned(const JsonValue& v)
    {
        const QByteArrayView raw = v.rawString();
        const std::string_view bytes(raw.data(), size_t(raw.size()));
        auto it = m_ids.find(bytes);
        if (it == m_ids.end())
            it = m_ids.emplace(bytes, v.toString()).first;
        return it->second;
    }
};

bool DossierValidator::Object::check(std::initializer_list<const char*> allowed,
                                     std::initializer_list<const char*> required)
{
    if (!m_v.object(m_value, pointer()))
        return false;
    // Each name compared as written with the allowed ones (all ASCII), decoded only when it has
    // escapes; the members are kept by name for get().
    m_count = 0;
    m_indexed = true;
    for (JsonValue c = m_value.firstChild(); c.isValid(); c = c.nextSibling()) {
        bool escaped = false;
        const QByteArrayView raw = c.rawKey(&escaped);
        const bool known =
            std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return c.keyEquals(QUtf8StringView(a)); });
        if (!known) {
            const QString k = c.key();
            return m_v.fail(c,
                            pointer() + u'/' + escapePointerToken(k),
                            tr("unknown key \"%1\" (extensions belong under the top-level \"x\" object)").arg(k));
        }
        if (escaped || m_count == MaxIndexed)
            m_indexed = false;
        else
            m_members[size_t(m_count++)] = Member{raw, c};
    }
    for (const char* r : required) {
        if (!get(r).isValid())
            return m_v.fail(m_value, pointer(), tr("missing required key \"%1\"").arg(QLatin1StringView(r)));
    }
    return true;
}

bool DossierValidator::Object::string(const char* key, QString& out)
{
    const JsonValue v = get(key);
    if (!v.isString())
        return m_v.wrongType(v, at(key), u"string"_s);
    out = v.toString();
    return true;
}

bool DossierValidator::Object::string(const char* key, std::optional<QString>& out)
{
    const JsonValue v = get(key);
    if (!v.isValid())
        return true;
    if (!v.isString())
        return m_v.wrongType(v, at(key), u"string"_s);
    out = v.toString();
    return true;
}

bool DossierValidator::Object::id(const char* key, QString& out)
{
    const JsonValue v = get(key);
    if (!v.isString())
        return m_v.wrongType(v, at(key), u"string"_s);
    out = m_v.interned(v);
    if (!isValidIdSyntax(out)) {
        return m_v.fail(
            get(key), at(key), tr("\"%1\" is not a valid id (1 to 64 characters from A-Z a-z 0-9 . _ : -)").arg(out));
    }
    return true;
}

bool DossierValidator::Object::ref(const char* key, std::optional<QString>& out, Reference::Kind kind)
{
    const JsonValue v = get(key);
    if (!v.isValid())
        return true;
    QString s;
    if (!id(key, s))
        return false;
    out = s;
    m_v.addRef(kind, s, m_pointer, m_index, key, v.offset());
    return true;
}

bool DossierValidator::Object::boolean(const char* key, std::optional<bool>& out)
{
    const JsonValue v = get(key);
    if (!v.isValid())
        return true;
    if (!v.isBool())
        return m_v.wrongType(v, at(key), u"boolean"_s);
    out = v.toBool();
    return true;
}

bool DossierValidator::Object::number(const char* key, std::optional<double>& out, bool nonNegative)
{
    const JsonValue v = get(key);
    if (!v.isValid())
        return true;
    if (!v.isNumber())
        return m_v.wrongType(v, at(key), u"number"_s);
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return m_v.fail(v, at(key), tr("number %1 is out of range").arg(QString::fromLatin1(v.literal())));
    if (!v.isExactDouble()) {
        return m_v.fail(v,
                        at(key),
                        tr("number %1 cannot be stored exactly (it would become %2): write it with fewer digits")
                            .arg(QString::fromLatin1(v.literal()), QString::number(d, 'g', 17)));
    }
    if (nonNegative && d < 0)
        return m_v.fail(v, at(key), tr("%1 must not be negative").arg(QString::fromLatin1(v.literal())));
    out = d;
    return true;
}

bool DossierValidator::Object::integer(const char* key, qint64& out, qint64 min, qint64 max)
{
    const JsonValue v = get(key);
    if (!v.isNumber())
        return m_v.wrongType(v, at(key), u"integer"_s);
    const auto i = v.toInteger();
    if (!i)
        return m_v.fail(v, at(key), tr("%1 is not an integer").arg(QString::fromLatin1(v.literal())));
    if (*i < min || *i > max) {
        return m_v.fail(
            v,
            at(key),
            tr("%1 is out of range (%2 to %3)").arg(QString::number(*i), QString::number(min), QString::number(max)));
    }
    out = *i;
    return true;
}

bool DossierValidator::Object::moment(const char* key, Moment& out)
{
    const JsonValue v = get(key);
    if (!v.isString())
        return m_v.wrongType(v, at(key), u"date string"_s);
    const QByteArrayView raw = v.rawString();
    const std::string_view bytes(raw.data(), size_t(raw.size()));
    if (auto known = m_v.m_moments.find(bytes); known != m_v.m_moments.end()) {
        out = known->second;
        return true;
    }
    auto m = Moment::parse(v.toString(), m_v.m_zone);
    if (!m)
        return m_v.fail(v, at(key), m.error().reason);
    out = *m;
    m_v.m_moments.emplace(bytes, *m);
    return true;
}

bool DossierValidator::Object::moment(const char* key, std::optional<Moment>& out)
{
    if (!get(key).isValid())
        return true;
    Moment m;
    if (!moment(key, m))
        return false;
    out = m;
    return true;
}

bool DossierValidator::Object::strings(const char* key, std::optional<QStringList>& out)
{
    const JsonValue v = get(key);
    if (!v.isValid())
        return true;
    if (!m_v.array(v, at(key)))
        return false;
    QStringList list;
    int i = 0;
    for (JsonValue c = v.firstChild(); c.isValid(); c = c.nextSibling(), ++i) {
        if (!c.isString())
            return m_v.wrongType(c, at(key) + u'/' + QString::number(i), u"string"_s);
        list << c.toString();
    }
    out = list;
    return true;
}

Result<Dossier> DossierValidator::run()
{
    const JsonValue root = m_doc.root();
    Object top(*this, root, QString());
    if (!root.isObject()) {
        wrongType(root, QString(), u"object"_s);
        m_error.pointer = u"/"_s;
        return m_error;
    }
    if (!top.check({"format",
                    "version",
                    "dossier",
                    "sources",
                    "events",
                    "requirements",
                    "vendors",
                    "bids",
                    "assessment",
                    "decision",
                    "analysis_profile",
                    "x"},
                   {"format", "version", "dossier"})) {
        if (m_error.pointer.isEmpty())
            m_error.pointer = u"/"_s;
        return m_error;
    }
    QString format;
    if (!top.string("format", format))
        return m_error;
    if (format != u"hostreview-dossier"_s) {
        fail(top.get("format"),
             u"/format"_s,
             tr("\"%1\" is not a HostReview dossier (\"hostreview-dossier\" expected)").arg(format));
        return m_error;
    }
    qint64 version = 0;
    if (!top.integer("version", version, 0, std::numeric_limits<int>::max()))
        return m_error;
    if (version != 1) {
        fail(top.get("version"),
             u"/version"_s,
             tr("unsupported version %1 (this HostReview reads version 1)").arg(version));
        return m_error;
    }
    // The dossier first: its time zone gives every other date its calendar day.
    if (!readDossier(top.get("dossier")))
        return m_error;
    const auto optionalArray = [&](const char* key, bool (DossierValidator::*reader)(JsonValue)) {
        const JsonValue v = top.get(key);
        if (!v.isValid())
            return true;
        return array(v, top.at(key)) && (this->*reader)(v);
    };
    if (!optionalArray("sources", &DossierValidator::readSources) ||
        !optionalArray("events", &DossierValidator::readEvents) ||
        !optionalArray("requirements", &DossierValidator::readRequirements) ||
        !optionalArray("vendors", &DossierValidator::readVendors) ||
        !optionalArray("bids", &DossierValidator::readBids) ||
        !optionalArray("assessment", &DossierValidator::readAssessment))
        return m_error;
    if (const JsonValue d = top.get("decision"); d.isValid() && !d.isNull()) {
        if (!readDecision(d))
            return m_error;
    }
    if (const JsonValue p = top.get("analysis_profile"); p.isValid()) {
        if (!object(p, u"/analysis_profile"_s))
            return m_error;
        AnalysisProfile profile = AnalysisProfile::defaults();
        if (Status st = profile.apply(p, u"/analysis_profile"_s); !st) {
            fail(p, st.error().pointer, st.error().reason);
            std::tie(m_error.line, m_error.column) = m_doc.lineColumn(st.error().offset);
            return m_error;
        }
        JsonWriter w(JsonWriter::Style::Compact);
        w.copy(p);
        m_dossier.analysisProfile = w.finish();
    }
    if (const JsonValue x = top.get("x"); x.isValid()) {
        if (!object(x, u"/x"_s))
            return m_error;
        JsonWriter w(JsonWriter::Style::Compact);
        w.copy(x);
        m_dossier.extensions = w.finish();
    }
    if (!checkReferences())
        return m_error;
    return std::move(m_dossier);
}

bool DossierValidator::readDossier(JsonValue v)
{
    Object o(*this, v, u"/dossier"_s);
    if (!o.check({"id",
                  "title",
                  "applicant",
                  "authority",
                  "procedure",
                  "sensitivity",
                  "data_categories",
                  "required_certifications",
                  "timezone",
                  "language",
                  "illustrative",
                  "summary"},
                 {"id", "title"}))
        return false;
    DossierInfo& d = m_dossier.info;
    if (!o.id("id", d.id) || !o.string("title", d.title) || !o.string("applicant", d.applicant) ||
        !o.string("authority", d.authority) || !o.enumeration("procedure", d.procedure) ||
        !o.enumeration("sensitivity", d.sensitivity) || !o.strings("data_categories", d.dataCategories) ||
        !o.strings("required_certifications", d.requiredCertifications) || !o.string("timezone", d.timezone) ||
        !o.string("language", d.language) || !o.boolean("illustrative", d.illustrative) ||
        !o.string("summary", d.summary))
        return false;
    if (d.timezone) {
        m_zone = QTimeZone(d.timezone->toUtf8());
        if (!isIanaZone(*d.timezone) || !m_zone.isValid())
            return fail(
                o.get("timezone"), o.at("timezone"), tr("\"%1\" is not a known IANA time zone").arg(*d.timezone));
    } else {
        m_zone = d.zone();
    }
    m_moments.clear();
    if (d.language && *d.language != u"fr"_s && *d.language != u"en"_s)
        return fail(o.get("language"), o.at("language"), tr("\"%1\" is not one of: fr, en").arg(*d.language));
    return true;
}

bool DossierValidator::readSources(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/sources/"_s + QString::number(i));
        Source s;
        if (!o.check({"id", "title", "publisher", "url", "date", "kind", "excerpt", "confidential"}, {"id", "title"}) ||
            !o.id("id", s.id) || !unique(seen, s.id, o.get("id"), o.at("id"), tr("source")) ||
            !o.string("title", s.title) || !o.string("publisher", s.publisher) || !o.string("url", s.url) ||
            !o.moment("date", s.date) || !o.enumeration("kind", s.kind) || !o.string("excerpt", s.excerpt) ||
            !o.boolean("confidential", s.confidential))
            return false;
        m_dossier.sources.push_back(std::move(s));
    }
    return true;
}

bool DossierValidator::readEvents(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    bool opened = false;
    bool deadline = false;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/events/"_s + QString::number(i));
        Event e;
        if (!o.check({"id", "kind", "at", "new_deadline", "title", "note", "source"}, {"id", "kind", "at"}) ||
            !o.id("id", e.id) || !unique(seen, e.id, o.get("id"), o.at("id"), tr("event")) ||
            !o.enumeration("kind", e.kind) || !o.moment("at", e.at) || !o.moment("new_deadline", e.newDeadline) ||
            !o.string("title", e.title) || !o.string("note", e.note) ||
            !o.ref("source", e.source, Reference::SourceRef))
            return false;
        if (e.kind == EventKind::DeadlineExtended && !e.newDeadline)
            return fail(v, o.pointer(), tr("a deadline_extended event requires \"new_deadline\""));
        if (e.kind != EventKind::DeadlineExtended && e.newDeadline) {
            return fail(o.get("new_deadline"),
                        o.at("new_deadline"),
                        tr("\"new_deadline\" belongs only to deadline_extended events"));
        }
        // The spec's "the opening" and "the bid_deadline" are single events.
        if (e.kind == EventKind::ConsultationOpened) {
            if (opened)
                return fail(
                    o.get("kind"), o.at("kind"), tr("a second consultation_opened event: there can be only one"));
            opened = true;
        }
        if (e.kind == EventKind::BidDeadline) {
            if (deadline)
                return fail(o.get("kind"),
                            o.at("kind"),
                            tr("a second bid_deadline event: extensions are deadline_extended events"));
            deadline = true;
        }
        m_dossier.events.push_back(std::move(e));
    }
    return true;
}

bool DossierValidator::readRequirements(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/requirements/"_s + QString::number(i));
        Requirement r;
        if (!o.check({"id", "category", "title", "revisions"}, {"id", "revisions"}) || !o.id("id", r.id) ||
            !unique(seen, r.id, o.get("id"), o.at("id"), tr("requirement")) || !o.enumeration("category", r.category) ||
            !o.string("title", r.title))
            return false;
        const JsonValue revs = o.get("revisions");
        if (!array(revs, o.at("revisions")))
            return false;
        if (revs.size() == 0)
            return fail(revs, o.at("revisions"), tr("a requirement needs at least one revision"));
        int k = 0;
        for (JsonValue rv = revs.firstChild(); rv.isValid(); rv = rv.nextSibling(), ++k) {
            Object ro(*this, rv, o.at("revisions") + u'/' + QString::number(k));
            RequirementRevision rev;
            qint64 n = 0;
            if (!ro.check({"rev", "effective_at", "text", "mandatory", "weight", "status", "rationale", "source"},
                          {"rev", "effective_at"}) ||
                !ro.integer("rev", n, 1, std::numeric_limits<int>::max()))
                return false;
            rev.rev = int(n);
            const int expected = k + 1;
            if (rev.rev != expected) {
                return fail(ro.get("rev"),
                            ro.at("rev"),
                            k == 0 ? tr("revisions start at rev 1, found rev %1").arg(rev.rev)
                                   : tr("rev %1 follows rev %2 (rev %3 expected)")
                                         .arg(rev.rev)
                                         .arg(r.revisions.back().rev)
                                         .arg(expected));
            }
            if (!ro.moment("effective_at", rev.effectiveAt) || !ro.string("text", rev.text) ||
                !ro.boolean("mandatory", rev.mandatory) || !ro.number("weight", rev.weight, true) ||
                !ro.enumeration("status", rev.status) || !ro.string("rationale", rev.rationale) ||
                !ro.ref("source", rev.source, Reference::SourceRef))
                return false;
            if (!r.revisions.isEmpty() && Moment::isEarlier(rev.effectiveAt, r.revisions.back().effectiveAt)) {
                return fail(ro.get("effective_at"),
                            ro.at("effective_at"),
                            tr("effective_at %1 is earlier than rev %2's %3: effective dates never decrease")
                                .arg(rev.effectiveAt.text())
                                .arg(r.revisions.back().rev)
                                .arg(r.revisions.back().effectiveAt.text()));
            }
            r.revisions.push_back(std::move(rev));
        }
        m_revisionCount.insert(r.id, int(r.revisions.size()));
        m_dossier.requirements.push_back(std::move(r));
    }
    return true;
}

bool DossierValidator::readVendors(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/vendors/"_s + QString::number(i));
        Vendor vendor;
        if (!o.check({"id", "name", "country", "parent", "parent_country", "certifications", "notes"},
                     {"id", "name"}) ||
            !o.id("id", vendor.id) || !unique(seen, vendor.id, o.get("id"), o.at("id"), tr("vendor")) ||
            !o.string("name", vendor.name) || !o.string("country", vendor.country) ||
            !o.string("parent", vendor.parent) || !o.string("parent_country", vendor.parentCountry) ||
            !o.string("notes", vendor.notes))
            return false;
        for (const char* key : {"country", "parent_country"}) {
            const JsonValue c = o.get(key);
            if (c.isValid() && !DossierReader::isCountryCode(c.toString())) {
                return fail(c, o.at(key), tr("\"%1\" is not an ISO 3166-1 alpha-2 country code").arg(c.toString()));
            }
        }
        if (const JsonValue certs = o.get("certifications"); certs.isValid()) {
            if (!array(certs, o.at("certifications")))
                return false;
            int k = 0;
            for (JsonValue cv = certs.firstChild(); cv.isValid(); cv = cv.nextSibling(), ++k) {
                Object co(*this, cv, o.at("certifications") + u'/' + QString::number(k));
                Certification c;
                if (!co.check({"scheme", "valid_from", "valid_until"}, {"scheme"}) || !co.string("scheme", c.scheme) ||
                    !co.moment("valid_from", c.validFrom) || !co.moment("valid_until", c.validUntil))
                    return false;
                vendor.certifications.push_back(std::move(c));
            }
        }
        m_dossier.vendors.push_back(std::move(vendor));
    }
    return true;
}

bool DossierValidator::readBids(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/bids/"_s + QString::number(i));
        Bid b;
        std::optional<QString> vendor;
        if (!o.check({"id", "vendor", "submitted_at", "status", "status_at", "price", "confidential", "responses"},
                     {"id", "vendor", "submitted_at"}) ||
            !o.id("id", b.id) || !unique(seen, b.id, o.get("id"), o.at("id"), tr("bid")) ||
            !o.ref("vendor", vendor, Reference::VendorRef) || !o.moment("submitted_at", b.submittedAt) ||
            !o.enumeration("status", b.status) || !o.moment("status_at", b.statusAt) ||
            !o.boolean("confidential", b.confidential))
            return false;
        if (b.statusAt && Moment::isEarlier(*b.statusAt, b.submittedAt)) {
            return fail(o.get("status_at"),
                        o.at("status_at"),
                        tr("status_at %1 is earlier than submitted_at %2: a bid takes a status on or after its "
                           "submission")
                            .arg(b.statusAt->text(), b.submittedAt.text()));
        }
        b.vendor = *vendor;
        if (const JsonValue p = o.get("price"); p.isValid()) {
            Object po(*this, p, o.at("price"));
            std::optional<double> amount;
            Price price;
            if (!po.check({"amount", "currency"}, {"amount"}) || !po.number("amount", amount, true) ||
                !po.string("currency", price.currency))
                return false;
            price.amount = *amount;
            b.price = price;
        }
        if (const JsonValue rs = o.get("responses"); rs.isValid()) {
            const QString responses = o.at("responses");
            if (!array(rs, responses))
                return false;
            int k = 0;
            for (JsonValue rv = rs.firstChild(); rv.isValid(); rv = rv.nextSibling(), ++k) {
                Object ro(*this, rv, responses, k);
                Response r;
                std::optional<QString> req;
                qint64 rev = 0;
                if (!ro.check({"requirement", "rev", "compliance", "at", "evidence", "confidential"},
                              {"requirement", "rev", "compliance"}) ||
                    !ro.ref("requirement", req, Reference::RequirementRef) ||
                    !ro.integer("rev", rev, 1, std::numeric_limits<int>::max()) ||
                    !ro.enumeration("compliance", r.compliance) || !ro.moment("at", r.at) ||
                    !ro.string("evidence", r.evidence) || !ro.boolean("confidential", r.confidential))
                    return false;
                r.requirement = *req;
                r.rev = int(rev);
                // The revision answered must exist: checked with the other references.
                m_refs.back().rev = r.rev;
                m_refs.back().revOffset = ro.get("rev").offset();
                b.responses.push_back(std::move(r));
            }
        }
        m_dossier.bids.push_back(std::move(b));
    }
    return true;
}

bool DossierValidator::readAssessment(JsonValue arr)
{
    QSet<QString> seen;
    int i = 0;
    for (JsonValue v = arr.firstChild(); v.isValid(); v = v.nextSibling(), ++i) {
        Object o(*this, v, u"/assessment/"_s + QString::number(i));
        Criterion c;
        if (!o.check({"criterion", "title", "kind", "status", "comment", "source"}, {"criterion"}) ||
            !o.id("criterion", c.criterion) ||
            !unique(seen, c.criterion, o.get("criterion"), o.at("criterion"), tr("criterion")) ||
            !o.string("title", c.title) || !o.enumeration("kind", c.kind) || !o.enumeration("status", c.status) ||
            !o.string("comment", c.comment) || !o.ref("source", c.source, Reference::SourceRef))
            return false;
        m_dossier.assessment.push_back(std::move(c));
    }
    return true;
}

bool DossierValidator::readDecision(JsonValue v)
{
    Object o(*this, v, u"/decision"_s);
    Decision d;
    if (!o.check({"decided_at",
                  "published_at",
                  "outcome",
                  "selected_vendor",
                  "duration_months",
                  "rationale",
                  "conditions",
                  "claims"},
                 {}) ||
        !o.moment("decided_at", d.decidedAt) || !o.moment("published_at", d.publishedAt) ||
        !o.enumeration("outcome", d.outcome) || !o.ref("selected_vendor", d.selectedVendor, Reference::VendorRef) ||
        !o.string("rationale", d.rationale) || !o.strings("conditions", d.conditions))
        return false;
    if (o.get("duration_months").isValid()) {
        qint64 months = 0;
        if (!o.integer("duration_months", months, 0, 1200))
            return false;
        d.durationMonths = int(months);
    }
    if (const JsonValue cs = o.get("claims"); cs.isValid()) {
        if (!array(cs, o.at("claims")))
            return false;
        QSet<QString> seen;
        int k = 0;
        for (JsonValue cv = cs.firstChild(); cv.isValid(); cv = cv.nextSibling(), ++k) {
            Object co(*this, cv, o.at("claims") + u'/' + QString::number(k));
            Claim c;
            if (!co.check({"id", "kind", "text", "source"}, {"id", "kind"}) || !co.id("id", c.id) ||
                !unique(seen, c.id, co.get("id"), co.at("id"), tr("claim")) || !co.enumeration("kind", c.kind) ||
                !co.string("text", c.text) || !co.ref("source", c.source, Reference::SourceRef))
                return false;
            d.claims.push_back(std::move(c));
        }
    }
    m_dossier.decision = std::move(d);
    return true;
}

bool DossierValidator::checkReferences()
{
    QSet<QString> sources;
    for (const Source& s : m_dossier.sources)
        sources.insert(s.id);
    QSet<QString> vendors;
    for (const Vendor& v : m_dossier.vendors)
        vendors.insert(v.id);
    // The first bad reference in the file's order. They were noted in the order they were read,
    // which is the file's order but for the few read out of turn: check before sorting.
    const auto before = [](const Reference& a, const Reference& b) { return a.offset < b.offset; };
    if (!std::is_sorted(m_refs.begin(), m_refs.end(), before))
        std::stable_sort(m_refs.begin(), m_refs.end(), before);
    for (const Reference& r : m_refs) {
        // The reason is written only for the reference refused (there are 500,000 in a large file).
        Error e;
        bool bad = false;
        bool badRev = false; // the requirement exists, the revision answered does not
        switch (r.kind) {
        case Reference::SourceRef:
            if ((bad = !sources.contains(r.id)))
                e.reason = tr("unknown source id %1").arg(r.id);
            break;
        case Reference::VendorRef:
            if ((bad = !vendors.contains(r.id)))
                e.reason = tr("unknown vendor id %1").arg(r.id);
            break;
        case Reference::RequirementRef: {
            const auto it = m_revisionCount.constFind(r.id);
            if (it == m_revisionCount.cend()) {
                bad = true;
                e.reason = tr("unknown requirement id %1").arg(r.id);
            } else if (r.rev > *it) {
                bad = badRev = true;
                e.reason =
                    tr("rev %1 of requirement %2 does not exist (it has %3 revisions)").arg(r.rev).arg(r.id).arg(*it);
            }
            break;
        }
        }
        if (bad) {
            m_error = e;
            m_error.file = m_file;
            m_error.pointer = joinPointer(r.pointer, r.index) + u'/' + (badRev ? u"rev"_s : QString::fromLatin1(r.key));
            std::tie(m_error.line, m_error.column) = m_doc.lineColumn(badRev ? r.revOffset : r.offset);
            return false;
        }
    }
    return true;
}

Result<Dossier> DossierReader::read(const JsonDocument& doc, const QString& fileName)
{
    auto r = DossierValidator(doc, fileName).run();
    if (!r) {
        Error e = r.error();
        e.invalidInput = true;
        return e;
    }
    return r;
}

Result<Dossier> DossierReader::read(const QByteArray& bytes, const QString& fileName)
{
    auto doc = JsonDocument::parse(bytes);
    if (!doc) {
        Error e = doc.error();
        e.file = fileName;
        e.invalidInput = true;
        return e;
    }
    return read(*doc, fileName);
}

Result<Dossier> DossierReader::readFile(const QString& path, qint64 maxBytes)
{
    auto bytes = SafeFile::readAll(path, maxBytes);
    if (!bytes)
        return bytes.error();
    return read(*bytes, path);
}

} // namespace hostreview
