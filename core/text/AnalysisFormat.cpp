// SPDX-License-Identifier: EUPL-1.2
#include "text/AnalysisFormat.h"

#include "analysis/signals/SignalCatalogue.h"
#include "support/Language.h"
#include "text/Labels.h"
#include "json/JsonWriter.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {
QString tenths(int t)
{
    return QString::number(t / 10) + u'.' + QString::number(t % 10);
}
} // namespace

QString AnalysisFormat::indexText(const Analysis& a, const QLocale& locale)
{
    if (!a.biasIndexTenths)
        return u"—"_s;
    QString text = tenths(*a.biasIndexTenths);
    text.replace(u'.', locale.decimalPoint());
    return text;
}

QByteArray AnalysisFormat::toJson(const Analysis& a)
{
    JsonWriter w;
    w.beginObject();
    w.member(u"format", u"hostreview-analysis");
    w.key(u"version");
    w.integer(1);
    w.member(u"dossier", a.dossierId);
    w.key(u"as_of");
    if (a.asOf.isEmpty())
        w.null();
    else
        w.string(a.asOf);
    w.key(u"bias_index");
    if (a.biasIndexTenths)
        w.numberText(tenths(*a.biasIndexTenths).toLatin1()); // always one decimal: 29.0
    else
        w.null();
    w.key(u"signals");
    w.beginArray();
    for (const Signal& s : a.fired) {
        w.beginObject();
        w.member(u"code", s.code);
        w.member(u"severity", SignalCatalogue::severityName(s.severity));
        w.key(u"subject");
        w.beginObject();
        w.member(u"kind", s.subjectKind);
        w.member(u"id", s.subjectId);
        w.endObject();
        w.key(u"at");
        if (s.at.isValid())
            w.string(s.at.toString(Qt::ISODate));
        else
            w.null();
        w.member(u"message", s.message);
        w.key(u"evidence");
        w.beginArray();
        for (const Evidence& e : s.evidence) {
            w.beginObject();
            w.member(u"kind", e.kind);
            if (!e.id.isEmpty())
                w.member(u"id", e.id);
            if (!e.bid.isEmpty())
                w.member(u"bid", e.bid);
            if (!e.requirement.isEmpty())
                w.member(u"requirement", e.requirement);
            if (e.rev > 0) {
                w.key(u"rev");
                w.integer(e.rev);
            }
            w.endObject();
        }
        w.endArray();
        w.member(u"basis", s.basis);
        w.endObject();
    }
    w.endArray();
    w.key(u"coverage");
    w.beginArray();
    for (const Coverage& c : a.coverage) {
        w.beginObject();
        w.member(u"code", c.code);
        w.key(u"evaluated");
        w.boolean(c.evaluated);
        if (!c.evaluated)
            w.member(u"missing", c.missing);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

QString AnalysisFormat::evidenceText(const Evidence& e)
{
    if (e.kind == u"revision"_s)
        return tr("revision %1 rev %2").arg(e.requirement).arg(e.rev);
    if (e.kind == u"answer"_s)
        return tr("answer of bid %1 to %2 rev %3").arg(e.bid, e.requirement).arg(e.rev);
    if (e.kind == u"event"_s)
        return tr("event %1").arg(e.id);
    if (e.kind == u"bid"_s)
        return tr("bid %1").arg(e.id);
    if (e.kind == u"vendor"_s)
        return tr("vendor %1").arg(e.id);
    if (e.kind == u"claim"_s)
        return tr("claim %1").arg(e.id);
    if (e.kind == u"criterion"_s)
        return tr("assessment criterion %1").arg(e.id);
    if (e.kind == u"decision"_s)
        return tr("the decision");
    return e.kind + u' ' + e.id;
}

QString AnalysisFormat::subjectKindLabel(const QString& kind)
{
    if (kind == u"dossier"_s)
        return tr("dossier");
    if (kind == u"requirement"_s)
        return tr("requirement");
    if (kind == u"vendor"_s)
        return tr("vendor");
    if (kind == u"bid"_s)
        return tr("bid");
    if (kind == u"claim"_s)
        return tr("claim");
    return kind;
}

QString AnalysisFormat::toText(const Analysis& a, const QString& title)
{
    QString out;
    QTextStream s(&out);
    const QLocale locale = Language::locale();
    //: Between the items of a list on one line (French puts a non-breaking space before ";").
    const QString sep = tr("; ");
    s << tr("Bias signals: %1").arg(title) << u'\n';
    s << (a.asOf.isEmpty() ? tr("Analysis of everything in the dossier") : tr("Analysis as of %1").arg(a.asOf))
      << u'\n';
    s << tr("%n signal(s)", nullptr, int(a.fired.size())) << sep << tr("bias index %1 / 100").arg(indexText(a, locale))
      << u"\n"_s;
    for (Severity sev : {Severity::High, Severity::Medium, Severity::Low}) {
        QList<const Signal*> group;
        for (const Signal& sig : a.fired) {
            if (sig.severity == sev)
                group << &sig;
        }
        if (group.isEmpty())
            continue;
        s << u'\n' << tr("Severity %1 (%2)").arg(SignalCatalogue::severityLabel(sev)).arg(group.size()) << u'\n';
        for (const Signal* sig : group) {
            s << u"\n  "_s << sig->code << u" — "_s << SignalCatalogue::title(sig->code) << u'\n';
            s << u"    "_s << tr("Subject: %1 %2").arg(subjectKindLabel(sig->subjectKind), sig->subjectId);
            if (sig->at.isValid())
                s << sep << tr("date: %1").arg(Language::date(sig->at));
            s << u'\n';
            s << u"    "_s << sig->message << u'\n';
            if (!sig->evidence.isEmpty()) {
                QStringList ev;
                for (const Evidence& e : sig->evidence)
                    ev << evidenceText(e);
                s << u"    "_s << tr("Evidence: %1").arg(ev.join(sep)) << u'\n';
            }
            s << u"    "_s << tr("Basis: %1").arg(sig->basis) << u'\n';
        }
    }
    s << u'\n'
      << tr("Bias index: %1 / 100 (each code weighs 3 if high, 2 if medium, 1 if low; codes not evaluated "
            "are left out)")
             .arg(indexText(a, locale))
      << u'\n';
    for (const IndexComponent& c : a.breakdown) {
        s << u"  "_s << c.code.leftJustified(32, u' ') << u' ';
        if (!c.evaluated)
            s << tr("not evaluated");
        else
            s << (c.fired ? tr("fired") : tr("clear")) << u"  ×"_s << c.weight;
        s << u'\n';
    }
    s << u'\n' << tr("Coverage") << u'\n';
    int evaluated = 0;
    for (const Coverage& c : a.coverage)
        evaluated += c.evaluated ? 1 : 0;
    s << u"  "_s << tr("%1 of %2 signals evaluated").arg(evaluated).arg(a.coverage.size()) << u'\n';
    for (const Coverage& c : a.coverage) {
        if (!c.evaluated)
            s << u"  "_s << tr("%1 not evaluated: missing %2").arg(c.code, Labels::missing(c.missing)) << u'\n';
    }
    s.flush();
    return out;
}

} // namespace hostreview
