// SPDX-License-Identifier: EUPL-1.2
#include "SourcesView.h"

#include "DossierDocument.h"
#include "Messages.h"
#include "ModelSupport.h"
#include "SourceDialog.h"
#include "SourceTableModel.h"
#include "text/Labels.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

// Only web addresses open from a dossier: a file could name a local file or another scheme.
// An empty QUrl when the text is not an http(s) address.
QUrl webUrl(const std::optional<QString>& text)
{
    if (!text)
        return {};
    const QUrl url(text->trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return {};
    return url;
}

} // namespace

SourcesView::SourcesView(DossierDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new SourceTableModel(nullptr, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_table(new QTableView)
    , m_detail(new QTextBrowser)
    , m_open(new QPushButton)
    , m_add(new QPushButton)
    , m_edit(new QPushButton)
{
    m_filter->setObjectName(u"sourceFilter"_s);
    m_table->setObjectName(u"sourcesTable"_s);
    m_detail->setObjectName(u"sourceDetail"_s);
    m_open->setObjectName(u"openSourceUrl"_s);
    m_add->setObjectName(u"addSource"_s);
    m_edit->setObjectName(u"editSource"_s);

    retranslate();
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SourceTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    {
        // Widths from the font, not from the rows: measuring every row is slow on a big dossier.
        const QFontMetrics fm(m_table->font());
        QHeaderView* h = m_table->horizontalHeader();
        h->resizeSection(SourceTableModel::Id, fm.horizontalAdvance(u"S-CONSULT-MOD2"_s) + 16);
        h->resizeSection(SourceTableModel::Publisher, fm.horizontalAdvance(u"Conseil d'État"_s) + 16);
        h->resizeSection(SourceTableModel::Date, fm.horizontalAdvance(u"00 Dec 0000"_s) + 16);
        h->resizeSection(SourceTableModel::Kind, fm.horizontalAdvance(u"Bid document"_s) + 16);
        h->resizeSection(SourceTableModel::Url, fm.horizontalAdvance(u"https://www.ex"_s) + 16);
        h->resizeSection(SourceTableModel::CitedBy, fm.horizontalAdvance(u"Cited by"_s) + 24);
        h->setSectionResizeMode(SourceTableModel::Title, QHeaderView::Stretch);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourceTableModel::Id, Qt::AscendingOrder);

    // A dossier is not trusted content: nothing in it is followed without a click on "Open in browser".
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 380});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesView::updateDetail);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SourcesView::updateDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SourcesView::updateDetail);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SourcesView::updateDetail);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SourcesView::updateDetail);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &SourcesView::editSource);
    connect(m_add, &QPushButton::clicked, this, &SourcesView::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesView::editSource);
    connect(m_open, &QPushButton::clicked, this, &SourcesView::openSelectedUrl);

    setDocument(document);
    updateDetail();
}

DossierDocument* SourcesView::document() const
{
    return m_document.data();
}

void SourcesView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter sources"));
    m_open->setText(tr("Open in browser"));
    m_open->setToolTip(tr("Open the selected source's web address in your browser"));
    m_add->setText(tr("Add source…"));
    m_edit->setText(tr("Edit source…"));
    announceNewTexts(m_model);
    updateDetail();
}

void SourcesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourcesView::setDocument(DossierDocument* document)
{
    if (m_document.data() == document)
        return;
    m_document = document;
    m_model->setDocument(document);
    if (m_proxy->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateDetail();
}

bool SourcesView::selectSource(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hides it
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString SourcesView::selectedSourceId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SourceTableModel::SourceIdRole).toString();
}

const Source* SourcesView::selectedSource() const
{
    if (m_document.isNull())
        return nullptr;
    const QString id = selectedSourceId();
    return id.isEmpty() ? nullptr : m_document->dossier().source(id);
}

void SourcesView::updateDetail()
{
    const Source* source = selectedSource();
    m_add->setEnabled(!m_document.isNull());
    m_edit->setEnabled(source != nullptr);
    m_open->setEnabled(source != nullptr && !webUrl(source->url).isEmpty());
    if (!source) {
        m_detail->setPlainText(m_document.isNull() ? tr("No dossier is open.")
                                                   : tr("Select a source to see it in full."));
        return;
    }
    m_detail->setHtml(detailHtml(m_document->dossier(), *source));
}

void SourcesView::addSource()
{
    if (m_document.isNull())
        return;
    const QPointer<DossierDocument> doc = m_document;
    QSet<QString> taken;
    for (const Source& s : doc->dossier().sources)
        taken.insert(s.id);
    auto* dialog = new SourceDialog(doc->dossier().info.zone(), std::nullopt, this);
    dialog->setTakenIds(taken);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doc, dialog] {
        const Source source = dialog->source();
        if (doc.isNull()) {
            Messages::error(this, tr("Cannot add the source"), tr("The dossier was closed."));
            return;
        }
        if (const Status status = doc->addSource(source); !status) {
            Messages::error(this, tr("Cannot add the source"), status.error().toString());
            return;
        }
        if (doc.data() == m_document.data())
            selectSource(source.id);
    });
    dialog->open();
}

void SourcesView::editSource()
{
    const Source* selected = selectedSource();
    if (!selected)
        return;
    const QPointer<DossierDocument> doc = m_document;
    auto* dialog = new SourceDialog(doc->dossier().info.zone(), *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, doc, dialog] {
        const Source source = dialog->source();
        if (doc.isNull()) {
            Messages::error(this, tr("Cannot change the source"), tr("The dossier was closed."));
            return;
        }
        if (const Status status = doc->updateSource(source); !status) {
            Messages::error(this, tr("Cannot change the source"), status.error().toString());
            return;
        }
        if (doc.data() == m_document.data())
            selectSource(source.id);
    });
    dialog->open();
}

void SourcesView::openSelectedUrl()
{
    const Source* source = selectedSource();
    if (!source)
        return;
    const QUrl url = webUrl(source->url);
    if (url.isEmpty())
        return;
    if (!QDesktopServices::openUrl(url)) {
        Messages::error(this, tr("Cannot open the link"), tr("No browser could open %1.").arg(url.toDisplayString()));
    }
}

QString SourcesView::detailHtml(const Dossier& dossier, const Source& source)
{
    QString html;
    const auto row = [&html](const QString& label, const QString& value) {
        html += u"<tr><th align=\"left\" valign=\"top\">"_s + label.toHtmlEscaped() +
                u"</th><td style=\"padding-left: 8px\">"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    const QString notGiven = tr("not given");

    html += u"<h2>"_s + source.title.toHtmlEscaped() + u"</h2>"_s;
    if (source.isConfidential())
        html += u"<p><b>"_s + tr("Confidential: not to be quoted outside the review.").toHtmlEscaped() + u"</b></p>"_s;

    QString date = notGiven;
    if (source.date && source.date->isValid()) {
        date = QLocale().toString(source.date->day(), QLocale::LongFormat);
        if (source.date->hasTime())
            date = tr("%1 (%2)").arg(date, source.date->text());
    }

    html += u"<table cellspacing=\"2\">"_s;
    row(tr("Id"), source.id);
    row(tr("Publisher"), source.publisher.value_or(notGiven));
    row(tr("Date"), date);
    row(tr("Kind"), Labels::of(source.kind.value_or(SourceKind::Other)));
    row(tr("URL"), source.url.value_or(notGiven)); // as text: the button opens it, the page never does
    row(tr("Confidential"), source.isConfidential() ? tr("Yes") : tr("No"));
    html += u"</table>"_s;

    html += u"<h3>"_s + tr("Excerpt").toHtmlEscaped() + u"</h3>"_s;
    if (source.excerpt && !source.excerpt->trimmed().isEmpty())
        html += u"<p style=\"white-space: pre-wrap\">"_s + source.excerpt->toHtmlEscaped() + u"</p>"_s;
    else
        html += u"<p><i>"_s + tr("No excerpt.").toHtmlEscaped() + u"</i></p>"_s;

    const QStringList citing = SourceTableModel::citations(dossier, source.id);
    html += u"<h3>"_s + tr("Cited by").toHtmlEscaped() + u"</h3>"_s;
    if (citing.isEmpty()) {
        html += u"<p><i>"_s + tr("Nothing in the dossier cites this source.").toHtmlEscaped() + u"</i></p>"_s;
    } else {
        // A generated or very large dossier can cite one source 100,000 times: list the first ones.
        constexpr qsizetype MaxListed = 200;
        html += u"<ul>"_s;
        for (qsizetype i = 0; i < std::min(MaxListed, citing.size()); ++i)
            html += u"<li>"_s + citing[i].toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
        if (citing.size() > MaxListed) {
            html += u"<p><i>"_s + tr("and %n more", nullptr, int(citing.size() - MaxListed)).toHtmlEscaped() +
                    u"</i></p>"_s;
        }
    }
    return html;
}

} // namespace hostreview
