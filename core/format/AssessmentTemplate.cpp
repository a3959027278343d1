// SPDX-License-Identifier: EUPL-1.2
#include "format/AssessmentTemplate.h"

#include "support/Language.h"

#include <algorithm>

#include "format/DossierReader.h"
#include "json/JsonDocument.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr qint64 MaxTemplateBytes = 16 * 1024 * 1024;

// Reads a template, failing with the first fault found (its pointer and offset).
class TemplateParser
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::AssessmentTemplate)

public:
    Result<AssessmentTemplate> parse(const JsonValue& root)
    {
        AssessmentTemplate t;
        if (!root.isObject())
            return fail(root, QString(), tr("a template is an object"));
        static const QStringList keys{u"format"_s, u"version"_s, u"id"_s, u"title"_s, u"criteria"_s};
        if (Status st = onlyKeys(root, QString(), keys); !st)
            return st.error();
        const JsonValue format = root.member(u"format");
        if (!format.isString() || format.toString() != u"hostreview-assessment-template"_s)
            return fail(format.isValid() ? format : root,
                        u"/format"_s,
                        tr("\"format\" must be \"hostreview-assessment-template\""));
        const JsonValue version = root.member(u"version");
        if (!version.isNumber() || version.toInteger() != 1)
            return fail(version.isValid() ? version : root, u"/version"_s, tr("only version 1 is known"));
        const JsonValue id = root.member(u"id");
        if (!id.isString() || !DossierReader::isValidId(id.toString()))
            return fail(id.isValid() ? id : root,
                        u"/id"_s,
                        tr("an id of 1 to 64 characters from A-Z a-z 0-9 . _ : - is expected"));
        t.id = id.toString();
        if (auto title = text(root.member(u"title"), u"/title"_s, true); !title)
            return title.error();
        else
            t.title = *title;
        const JsonValue criteria = root.member(u"criteria");
        if (!criteria.isArray() || criteria.size() == 0)
            return fail(criteria.isValid() ? criteria : root, u"/criteria"_s, tr("a non-empty array is expected"));
        int i = 0;
        for (JsonValue c = criteria.firstChild(); c.isValid(); c = c.nextSibling(), ++i) {
            const QString at = u"/criteria/"_s + QString::number(i);
            if (!c.isObject())
                return fail(c, at, tr("object expected, found %1").arg(JsonValue::typeName(c.type())));
            static const QStringList itemKeys{u"criterion"_s, u"kind"_s, u"title"_s, u"evidence"_s, u"basis"_s};
            if (Status st = onlyKeys(c, at, itemKeys); !st)
                return st.error();
            AssessmentTemplate::Item item;
            const JsonValue cid = c.member(u"criterion");
            if (!cid.isString() || !DossierReader::isValidId(cid.toString()))
                return fail(cid.isValid() ? cid : c,
                            at + u"/criterion"_s,
                            tr("an id of 1 to 64 characters from A-Z a-z 0-9 . _ : - is expected"));
            item.criterion = cid.toString();
            if (t.item(item.criterion))
                return fail(cid, at + u"/criterion"_s, tr("duplicate criterion id %1").arg(item.criterion));
            const JsonValue kind = c.member(u"kind");
            const auto k = kind.isString() ? enumFromName<CriterionKind>(kind.toString()) : std::nullopt;
            if (!k)
                return fail(kind.isValid() ? kind : c,
                            at + u"/kind"_s,
                            tr("kind must be one of %1").arg(enumNames<CriterionKind>().join(u", "_s)));
            item.kind = *k;
            auto title = text(c.member(u"title"), at + u"/title"_s, true);
            if (!title)
                return title.error();
            item.title = *title;
            auto evidence = text(c.member(u"evidence"), at + u"/evidence"_s, false);
            if (!evidence)
                return evidence.error();
            item.evidence = *evidence;
            auto basis = text(c.member(u"basis"), at + u"/basis"_s, false);
            if (!basis)
                return basis.error();
            item.basis = *basis;
            t.items << item;
        }
        return t;
    }

private:
    Error fail(const JsonValue& at, const QString& pointer, const QString& reason) const
    {
        Error e(reason);
        e.pointer = pointer.isEmpty() ? u"/"_s : pointer;
        e.offset = at.isValid() ? at.offset() : -1;
        e.invalidInput = true;
        return e;
    }

    Status onlyKeys(const JsonValue& object, const QString& at, const QStringList& keys) const
    {
        for (JsonValue m = object.firstChild(); m.isValid(); m = m.nextSibling()) {
            if (!keys.contains(m.key()))
                return fail(m, at + u'/' + m.key(), tr("unknown key \"%1\"").arg(m.key()));
        }
        return {};
    }

    // A string, or an object of language codes to non-empty strings.
    Result<AssessmentTemplate::Text> text(const JsonValue& v, const QString& at, bool required) const
    {
        AssessmentTemplate::Text out;
        if (!v.isValid()) {
            if (required)
                return fail(v, at, tr("a text is required"));
            return out;
        }
        if (v.isString()) {
            if (v.toString().trimmed().isEmpty())
                return fail(v, at, tr("a non-empty string expected"));
            out.byLanguage.insert(QString(), v.toString());
            return out;
        }
        if (!v.isObject() || v.size() == 0)
            return fail(v, at, tr("a string, or an object of languages to strings, is expected"));
        for (JsonValue m = v.firstChild(); m.isValid(); m = m.nextSibling()) {
            const QString language = m.key();
            static const QRegularExpression code(u"^[a-z]{2,3}$"_s);
            if (!code.match(language).hasMatch())
                return fail(
                    m, at + u'/' + language, tr("\"%1\" is not a language code such as en or fr").arg(language));
            if (!m.isString() || m.toString().trimmed().isEmpty())
                return fail(m, at + u'/' + language, tr("a non-empty string expected"));
            out.byLanguage.insert(language, m.toString());
        }
        return out;
    }
};

} // namespace

QString AssessmentTemplate::Text::in(const QString& language) const
{
    if (auto it = byLanguage.constFind(language); it != byLanguage.cend())
        return *it;
    if (auto it = byLanguage.constFind(u"en"_s); it != byLanguage.cend())
        return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

const AssessmentTemplate& AssessmentTemplate::builtIn()
{
    static const AssessmentTemplate t = [] {
        auto read = readFile(u":/assessment/health-data-hosting.json"_s);
        // The file is compiled in and checked by a test: failing here is a build error.
        Q_ASSERT_X(read.ok(), "AssessmentTemplate::builtIn", qPrintable(read.error().toString()));
        return read ? *read : AssessmentTemplate();
    }();
    return t;
}

Result<AssessmentTemplate> AssessmentTemplate::readFile(const QString& path)
{
    Error e;
    e.file = path;
    e.invalidInput = true;
    QFile file(path);
    if (!file.exists()) {
        e.reason = tr("no such file");
        return e;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        e.reason = file.errorString();
        return e;
    }
    const QByteArray bytes = file.read(MaxTemplateBytes + 1);
    if (bytes.size() > MaxTemplateBytes) {
        e.reason = tr("the file is over the limit of %1 bytes").arg(MaxTemplateBytes);
        return e;
    }
    return read(bytes, path);
}

Result<AssessmentTemplate> AssessmentTemplate::read(const QByteArray& json, const QString& fileName)
{
    auto doc = JsonDocument::parse(json, 16);
    if (!doc) {
        Error e = doc.error();
        e.file = fileName;
        e.invalidInput = true;
        return e;
    }
    auto t = TemplateParser().parse(doc->root());
    if (!t) {
        Error e = t.error();
        e.file = fileName;
        if (e.offset >= 0)
            std::tie(e.line, e.column) = doc->lineColumn(e.offset);
        return e;
    }
    return t;
}

QList<Criterion> AssessmentTemplate::criteria(const QString& language) const
{
    QList<Criterion> out;
    out.reserve(items.size());
    for (const Item& i : items) {
        Criterion c;
        c.criterion = i.criterion;
        c.title = i.title.in(language);
        c.kind = i.kind;
        c.status = AssessmentStatus::NotAssessed;
        out << c;
    }
    return out;
}

const AssessmentTemplate::Item* AssessmentTemplate::item(const QString& criterion) const
{
    for (const Item& i : items) {
        if (i.criterion == criterion)
            return &i;
    }
    return nullptr;
}

QString AssessmentTemplate::titleOf(const Criterion& criterion)
{
    if (!criterion.title)
        return criterion.criterion;
    const Item* builtIn = AssessmentTemplate::builtIn().item(criterion.criterion);
    if (builtIn && std::find(builtIn->title.byLanguage.cbegin(), builtIn->title.byLanguage.cend(), *criterion.title) !=
                       builtIn->title.byLanguage.cend())
        return builtIn->title.in(Language::current());
    return *criterion.title;
}

} // namespace hostreview
