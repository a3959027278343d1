// SPDX-License-Identifier: EUPL-1.2
#include "analysis/Compliance.h"

#include "analysis/WordDiff.h"
#include "support/Language.h"
#include "text/Labels.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

const RequirementRevision* revisionNumbered(const Requirement& r, int rev)
{
    for (const RequirementRevision& v : r.revisions) {
        if (v.rev == rev)
            return &v;
    }
    return nullptr;
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

CellState ComplianceMatrix::stateOf(const DossierQueries& queries, const DossierQueries::Answer& answer, QDate day)
{
    if (!answer)
        return CellState::NoAnswer;
    if (queries.isStale(answer, day))
        return CellState::Stale;
    switch (answer.response->compliance) {
    case Compliance::Full:
        return CellState::Full;
    case Compliance::Partial:
        return CellState::Partial;
    case Compliance::None:
        break;
    }
    return CellState::None;
}

QString ComplianceMatrix::stateLabel(CellState state)
{
    switch (state) {
    case CellState::Full:
        return tr("full");
    case CellState::Partial:
        return tr("partial");
    case CellState::None:
        return tr("none");
    case CellState::Stale:
        return tr("stale");
    case CellState::NoAnswer:
        break;
    }
    return tr("no answer");
}

QString ComplianceMatrix::stateSymbol(CellState state)
{
    switch (state) {
    case CellState::Full:
        return u"✓"_s;
    case CellState::Partial:
        return u"◐"_s;
    case CellState::None:
        return u"✗"_s;
    case CellState::Stale:
        return u"↻"_s;
    case CellState::NoAnswer:
        break;
    }
    return u"·"_s;
}

ComplianceMatrix ComplianceMatrix::compute(const DossierQueries& queries, QDate day)
{
    ComplianceMatrix m;
    m.m_day = day;
    const Dossier& d = queries.dossier();
    for (const Vendor& v : d.vendors)
        m.m_vendors << &v;
    const QList<DossierQueries::RequirementState> inForce = queries.requirementsInForce(day);
    for (const DossierQueries::RequirementState& s : inForce)
        m.m_rows << MatrixRow{s.requirement, s.revision};
    m.m_cells.resize(m.m_rows.size() * m.m_vendors.size());
    m.m_scores.resize(m.m_vendors.size());
    for (qsizetype c = 0; c < m.m_vendors.size(); ++c)
        m.m_scores[c].vendor = m.m_vendors[c];
    for (qsizetype r = 0; r < m.m_rows.size(); ++r) {
        const MatrixRow& row = m.m_rows[r];
        const double weight = row.inForce->weightOrDefault();
        for (qsizetype c = 0; c < m.m_vendors.size(); ++c) {
            MatrixCell& cell = m.m_cells[r * m.m_vendors.size() + c];
            cell.answer = queries.answerAsOf(m.m_vendors[c]->id, row.requirement->id, day);
            cell.state = stateOf(queries, cell.answer, day);
            VendorScore& s = m.m_scores[c];
            s.maxScore += weight;
            switch (cell.state) {
            case CellState::Full:
                s.score += weight;
                ++s.full;
                break;
            case CellState::Partial:
                s.score += weight / 2;
                ++s.partial;
                break;
            case CellState::None:
                ++s.none;
                break;
            case CellState::Stale:
                ++s.stale;
                break;
            case CellState::NoAnswer:
                ++s.unanswered;
                break;
            }
        }
    }
    for (qsizetype c = 0; c < m.m_vendors.size(); ++c) {
        const auto standing = DossierQueries::mandatoryCompliance(
            inForce, [&](qsizetype r) { return m.m_cells[r * m.m_vendors.size() + c].answer; });
        m.m_scores[c].mandatoryMet = int(standing.met.size());
        m.m_scores[c].mandatoryTotal = standing.total();
    }
    return m;
}

QString ComplianceMatrix::toText() const
{
    const QLocale locale = Language::locale();
    QString out =
        tr("Compliance as of %1: %n requirement(s) in force", nullptr, int(m_rows.size())).arg(Language::date(m_day)) +
        u"\n"_s;
    out +=
        tr("✓ full  ◐ partial  ✗ none  ↻ stale (answered an earlier revision)  · no answer  * mandatory") + u"\n\n"_s;
    int idWidth = 4;
    for (const MatrixRow& r : m_rows)
        idWidth = std::max(idWidth, int(r.requirement->id.size()) + 2);
    QString header = QString().leftJustified(idWidth);
    for (const Vendor* v : m_vendors)
        header += u' ' + v->id.leftJustified(std::max(4, int(v->id.size())));
    out += header.trimmed().isEmpty() ? QString() : header + u'\n';
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const MatrixRow& row = m_rows[r];
        QString line =
            QString(row.requirement->id + (row.inForce->isMandatory() ? u"*"_s : QString())).leftJustified(idWidth);
        for (qsizetype c = 0; c < m_vendors.size(); ++c)
            line += u' ' + stateSymbol(cell(r, c).state).leftJustified(std::max(4, int(m_vendors[c]->id.size())));
        out += line.trimmed() + u'\n';
    }
    out += u'\n' + tr("Scores (full = weight, partial = half, none, stale or no answer = 0):") + u'\n';
    for (const VendorScore& s : m_scores) {
        out += tr("  %1 %2: %3 / %4 (%5 %), mandatory met %6 / %7; %8 full, %9 partial, %10 none, %11 stale, %12 "
                  "unanswered")
                   .arg(s.vendor->id, s.vendor->name)
                   .arg(locale.toString(s.score, 'f', 1), locale.toString(s.maxScore, 'f', 1))
                   .arg(locale.toString(s.percent(), 'f', 1))
                   .arg(s.mandatoryMet)
                   .arg(s.mandatoryTotal)
                   .arg(s.full)
                   .arg(s.partial)
                   .arg(s.none)
                   .arg(s.stale)
                   .arg(s.unanswered) +
               u'\n';
    }
    return out;
}

Result<VendorPerspective> VendorPerspective::compute(const DossierQueries& queries, const QString& vendorId, QDate day)
{
    VendorPerspective p;
    p.m_vendor = queries.dossier().vendor(vendorId);
    if (!p.m_vendor)
        return Error(tr("no vendor %1 in dossier %2").arg(vendorId, queries.dossier().info.id));
    p.m_day = day;
    p.m_deadline = queries.announcedDeadlineAt(day);
    for (const Requirement& r : queries.dossier().requirements) {
        const RequirementRevision* inForce = DossierQueries::inForce(r, day);
        if (!inForce)
            continue;
        Item item;
        item.requirement = &r;
        item.inForce = inForce;
        item.answer = queries.answerAsOf(vendorId, r.id, day);
        item.state = ComplianceMatrix::stateOf(queries, item.answer, day);
        if (item.answer)
            item.answered = revisionNumbered(r, item.answer.response->rev);
        if (inForce->isActive())
            p.m_items << item;
        else if (item.answered && item.answered->rev < inForce->rev)
            p.m_withdrawn << item; // withdrawn since the vendor answered it: a change too
    }
    return p;
}

QList<VendorPerspective::Item> VendorPerspective::changedSinceAnswered() const
{
    QList<Item> out;
    for (const Item& i : m_items) {
        // Stale because a newer revision came into force; not an answer given to a revision
        // that is not in force yet (nothing changed since that answer).
        if (i.state == CellState::Stale && i.answered && i.answered->rev < i.inForce->rev)
            out << i;
    }
    out << m_withdrawn;
    // In the dossier's order (the requirements lie in one list), as everywhere else.
    std::stable_sort(
        out.begin(), out.end(), [](const Item& a, const Item& b) { return a.requirement < b.requirement; });
    return out;
}

QList<VendorPerspective::Item> VendorPerspective::toAnswer() const
{
    QList<Item> out;
    for (const Item& i : m_items) {
        if (i.state == CellState::Stale || i.state == CellState::NoAnswer)
            out << i;
    }
    return out;
}

QByteArray VendorPerspective::toCsv() const
{
    // Column names are data, not prose: they stay in English whatever the language.
    QByteArray out = "vendor,requirement,title,mandatory,weight,rev_in_force,rev_answered,compliance,answered_at,"
                     "bid,state,evidence\r\n";
    for (const Item& i : m_items) {
        const Response* r = i.answer.response;
        const QList<QString> fields{
            m_vendor->id,
            i.requirement->id,
            i.requirement->title.value_or(QString()),
            i.inForce->isMandatory() ? u"yes"_s : u"no"_s,
            QString::number(i.inForce->weightOrDefault()),
            QString::number(i.inForce->rev),
            r ? QString::number(r->rev) : QString(),
            r ? enumName(r->compliance) : QString(),
            r ? i.answer.bid->answeredAt(*r).text() : QString(),
            r ? i.answer.bid->id : QString(),
            i.state == CellState::Stale      ? u"stale"_s
            : i.state == CellState::NoAnswer ? u"no_answer"_s
                                             : u"current"_s,
            r ? r->evidence.value_or(QString()) : QString(),
        };
        QList<QByteArray> encoded;
        for (const QString& f : fields)
            encoded << csvField(f);
        out += encoded.join(',') + "\r\n";
    }
    return out;
}

QString VendorPerspective::toText() const
{
    QString out = tr("%1 (%2) as of %3").arg(m_vendor->name, m_vendor->id, Language::date(m_day)) + u'\n';
    if (m_deadline) {
        const qint64 days = m_day.daysTo(*m_deadline);
        out += days >= 0
                   ? tr("Deadline in force: %1 (%n day(s) left)", nullptr, int(days)).arg(Language::date(*m_deadline))
                   : tr("Deadline in force: %1 (passed)").arg(Language::date(*m_deadline));
        out += u'\n';
    } else {
        out += tr("No deadline in force on that day (none set, or the consultation is not open yet).") + u'\n';
    }
    const QList<Item> changed = changedSinceAnswered();
    out += u'\n' + tr("Changed since you answered (%n):", nullptr, int(changed.size())) + u'\n';
    for (const Item& i : changed) {
        if (!i.inForce->isActive()) {
            out += tr("  %1: you answered rev %2 (%3); the requirement was withdrawn on %4 (rev %5)")
                       .arg(i.requirement->id)
                       .arg(i.answer.response->rev)
                       .arg(Labels::of(i.answer.response->compliance))
                       .arg(Language::date(i.inForce->effectiveAt.day()))
                       .arg(i.inForce->rev) +
                   u'\n';
            continue;
        }
        out += tr("  %1: you answered rev %2 (%3); rev %4 is in force since %5")
                   .arg(i.requirement->id)
                   .arg(i.answer.response->rev)
                   .arg(Labels::of(i.answer.response->compliance))
                   .arg(i.inForce->rev)
                   .arg(Language::date(i.inForce->effectiveAt.day())) +
               u'\n';
        if (i.answered && i.answered->text != i.inForce->text) {
            out += u"    "_s + wordsLine(i.answered->text.value_or(QString()), i.inForce->text.value_or(QString()), 6) +
                   u'\n';
        }
    }
    const QList<Item> todo = toAnswer();
    out += u'\n' + tr("To answer before the deadline (%n):", nullptr, int(todo.size())) + u'\n';
    for (const Item& i : todo) {
        out += tr("  %1 rev %2%3: %4")
                   .arg(i.requirement->id)
                   .arg(i.inForce->rev)
                   .arg(i.inForce->isMandatory() ? tr(" (mandatory)") : QString())
                   .arg(i.state == CellState::Stale ? tr("answer again") : tr("not answered")) +
               u'\n';
    }
    out += u'\n' + tr("Your answers:") + u'\n';
    for (const Item& i : m_items) {
        out += u"  "_s + ComplianceMatrix::stateSymbol(i.state) + u' ' + i.requirement->id + u": "_s +
               ComplianceMatrix::stateLabel(i.state);
        if (i.answer) {
            out += tr(" (rev %1, %2, bid %3)")
                       .arg(i.answer.response->rev)
                       .arg(Language::date(i.answer.bid->answeredAt(*i.answer.response).day()), i.answer.bid->id);
        }
        out += u'\n';
    }
    return out;
}

QStringList exposedLaws(const Vendor& vendor, const QMap<QString, QStringList>& exposedJurisdictions)
{
    QStringList out;
    for (const std::optional<QString>& country : {vendor.country, vendor.parentCountry}) {
        if (!country)
            continue;
        for (const QString& law : exposedJurisdictions.value(country->toUpper())) {
            if (!out.contains(law))
                out << law;
        }
    }
    return out;
}

} // namespace hostreview
