#include "MainWindow.h"

#include "ReviewFile.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_dossiers(new QListWidget)
    , m_requirements(new QTableWidget)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("HostReview"));
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* open = fileMenu->addAction(tr("&Open review file…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_requirements->setColumnCount(6);
    m_requirements->setHorizontalHeaderLabels(
        {tr("Id"), tr("Category"), tr("Title"), tr("Revisions"), tr("Mandatory"), tr("Status")});
    m_requirements->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_requirements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requirements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requirements->setSortingEnabled(true);

    auto* right = new QWidget;
    auto* layout = new QVBoxLayout(right);
    layout->addWidget(m_summary);
    layout->addWidget(m_requirements);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_dossiers);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    resize(1100, 700);

    connect(m_dossiers, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            showDossier(item->data(Qt::UserRole).toString());
    });
    statusBar()->showMessage(tr("Open a review file (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open review file"), QString(), tr("Review files (*.db *.hostreview);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    auto file = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    if (!file) {
        QMessageBox::warning(this, tr("Cannot open the review file"), file.error().toString());
        return false;
    }
    auto list = (*file)->dossiers();
    if (!list) {
        QMessageBox::warning(this, tr("Cannot read the review file"), list.error().toString());
        return false;
    }
    m_file = std::move(*file);
    m_dossiers->clear();
    for (const DossierSummary& s : *list) {
        auto* item = new QListWidgetItem(s.title + u'\n' + s.id);
        item->setData(Qt::UserRole, s.id);
        m_dossiers->addItem(item);
    }
    setWindowTitle(tr("%1 — HostReview").arg(path));
    statusBar()->showMessage(tr("%n dossier(s)", nullptr, int(list->size())));
    if (m_dossiers->count() > 0)
        m_dossiers->setCurrentRow(0);
    return true;
}

void MainWindow::showDossier(const QString& id)
{
    auto dossier = m_file->load(id);
    if (!dossier) {
        QMessageBox::warning(this, tr("Cannot load the dossier"), dossier.error().toString());
        return;
    }
    const DossierInfo& i = dossier->info;
    m_summary->setText(tr("%1\nApplicant: %2 — Authority: %3 — Procedure: %4")
                           .arg(i.title,
                                i.applicant.value_or(QString()),
                                i.authority.value_or(QString()),
                                enumName(i.procedureOrDefault())));
    m_requirements->setSortingEnabled(false);
    m_requirements->setRowCount(int(dossier->requirements.size()));
    int row = 0;
    for (const Requirement& r : dossier->requirements) {
        const RequirementRevision& last = r.revisions.back();
        const QStringList cells{r.id,
                                enumName(r.categoryOrDefault()),
                                r.title.value_or(QString()),
                                QString::number(r.revisions.size()),
                                last.isMandatory() ? tr("yes") : tr("no"),
                                enumName(last.statusOrDefault())};
        for (int c = 0; c < cells.size(); ++c)
            m_requirements->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    m_requirements->setSortingEnabled(true);
    setWindowTitle(tr("%1 — %2 — HostReview").arg(m_file->path(), i.title));
}

} // namespace hostreview
