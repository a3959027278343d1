// SPDX-License-Identifier: EUPL-1.2
#include "MainWindow.h"

#include "AssessmentView.h"
#include "AuthoringDialogs.h"
#include "DossierDocument.h"
#include "Messages.h"
#include "OverviewView.h"
#include "PlainToolTips.h"
#include "ReportWriter.h"
#include "RequirementsView.h"
#include "SignalsView.h"
#include "SourcesView.h"
#include "TimelineView.h"
#include "VendorsView.h"
#include "analysis/DossierQueries.h"
#include "format/DossierReader.h"
#include "format/DossierWriter.h"
#include "storage/ReviewFile.h"
#include "support/Author.h"
#include "support/Language.h"
#include "support/SafeFile.h"
#include "text/Labels.h"
#include <QTabWidget>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr int MaxRecentFiles = 8;
constexpr int DossierRole = Qt::UserRole;
constexpr int SectionRole = Qt::UserRole + 1;

const char* const SectionNames[] = {
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Requirements"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Vendors & bids"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Timeline"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Signals"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Assessment & decision"),
    QT_TRANSLATE_NOOP("hostreview::MainWindow", "Sources"),
};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigator(new QTreeWidget)
    , m_navigatorDock(new QDockWidget)
    , m_stack(new QStackedWidget)
    , m_emptyPage(new QWidget)
    , m_empty(new QLabel)
    , m_emptyNewDossier(new QPushButton)
    , m_emptyImport(new QPushButton)
    , m_overview(new OverviewView)
    , m_requirements(new RequirementsView)
    , m_sources(new SourcesView(nullptr))
    , m_vendors(new VendorsView)
    , m_timeline(new TimelineView)
    , m_signals(new SignalsView)
    , m_assessment(new AssessmentView)
    , m_fileLabel(new QLabel)
{
    PlainToolTips::install(); // tool tips quote dossier data: never read as markup
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setHeaderHidden(true);
    m_navigator->setColumnCount(1);
    m_navigatorDock->setObjectName(u"navigatorDock"_s);
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_empty->setAlignment(Qt::AlignCenter);
    m_fileLabel->setTextFormat(Qt::PlainText); // a path from the user
    m_empty->setWordWrap(true);
    {
        // Where a user looks first in an empty review file: what to do next.
        m_emptyPage->setObjectName(u"emptyPage"_s);
        m_emptyNewDossier->setObjectName(u"emptyNewDossier"_s);
        m_emptyImport->setObjectName(u"emptyImport"_s);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(m_emptyNewDossier);
        buttons->addWidget(m_emptyImport);
        buttons->addStretch();
        auto* layout = new QVBoxLayout(m_emptyPage);
        layout->addStretch();
        layout->addWidget(m_empty);
        layout->addLayout(buttons);
        layout->addStretch();
        connect(m_emptyNewDossier, &QPushButton::clicked, this, &MainWindow::newDossier);
        connect(m_emptyImport, &QPushButton::clicked, this, &MainWindow::chooseImport);
    }
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_requirements);
    m_stack->addWidget(m_sources);
    m_stack->addWidget(m_vendors);
    m_stack->addWidget(m_timeline);
    m_stack->addWidget(m_signals);
    m_stack->addWidget(m_assessment);
    connect(m_timeline, &TimelineView::requirementActivated, this, [this](const QString& id) {
        showSection(Section::Requirements);
        m_requirements->selectRequirement(id);
    });
    connect(m_signals, &SignalsView::evidenceActivated, this, &MainWindow::showEvidence);
    // One as-of day for the matrix, the timeline and the signals.
    connect(m_vendors, &VendorsView::dayChanged, this, [this](QDate day) {
        m_timeline->setAsOf(day);
        m_signals->setAsOf(day);
    });
    connect(m_signals, &SignalsView::asOfChanged, this, [this](QDate day) {
        m_timeline->setAsOf(day);
        if (day.isValid())
            m_vendors->setDay(day);
    });
    setCentralWidget(m_stack);
    m_fileLabel->setObjectName(u"fileLabel"_s);
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    retranslate();
    connect(
        m_navigator, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { navigatorChanged(item); });
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, [this] {
        m_overview->refresh();
        updateActions();
    });

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views hold the document's models: detach them before the document goes.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    closeDocument();
}

void MainWindow::closeDocument()
{
    m_requirements->setDocument(nullptr);
    m_sources->setDocument(nullptr);
    m_overview->setDocument(nullptr);
    m_vendors->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    m_signals->setDocument(nullptr);
    m_assessment->setDocument(nullptr);
    if (m_document) {
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
        disconnect(m_document.get(), nullptr, this, nullptr);
    }
    m_document.reset();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseNew);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_newDossierAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDossier);
    m_newDossierAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_N);
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImport);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseExport);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_reportAction = m_fileMenu->addAction(QString(), this, [this] { chooseReport(false); });
    m_reportAction->setShortcut(Qt::CTRL | Qt::Key_P);
    m_publicReportAction = m_fileMenu->addAction(QString(), this, [this] { chooseReport(true); });
    m_previewAction = m_fileMenu->addAction(QString(), this, &MainWindow::printPreview);
    m_previewAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    m_auditAction = m_fileMenu->addAction(QString(), this, &MainWindow::showAuditTrail);
    m_auditAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    m_authorAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAuthor);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_addRequirementAction = m_editMenu->addAction(QString(), this, [this] {
        showSection(Section::Requirements);
        m_requirements->addRequirement();
    });
    m_addRequirementAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_addRevisionAction = m_editMenu->addAction(QString(), this, [this] {
        showSection(Section::Requirements);
        m_requirements->addRevision();
    });
    m_addRevisionAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_addSourceAction = m_editMenu->addAction(QString(), this, [this] {
        showSection(Section::Sources);
        m_sources->addSource();
    });
    m_addSourceAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_editMenu->addSeparator();
    m_dossierAction = m_editMenu->addAction(QString(), this, &MainWindow::editDossierDetails);
    m_eventAction = m_editMenu->addAction(QString(), this, &MainWindow::recordEvent);
    m_changeEventAction = m_editMenu->addAction(QString(), this, [this] { chooseEvent(false); });
    m_removeEventAction = m_editMenu->addAction(QString(), this, [this] { chooseEvent(true); });
    m_bidStatusAction = m_editMenu->addAction(QString(), this, &MainWindow::recordBidStatus);
    m_importListAction = m_editMenu->addAction(QString(), this, [this] { chooseSpreadsheet(false); });
    m_importAnswersAction = m_editMenu->addAction(QString(), this, [this] { chooseSpreadsheet(true); });
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString(), this, [this] {
        if (currentSection() != Section::Requirements && currentSection() != Section::Sources)
            showSection(Section::Requirements);
        QWidget* view = m_stack->currentWidget();
        if (auto* filter = view->findChild<QLineEdit*>(currentSection() == Section::Sources ? u"sourceFilter"_s
                                                                                            : u"requirementFilter"_s)) {
            filter->setFocus();
            filter->selectAll();
        }
    });
    m_findAction->setShortcut(QKeySequence::Find);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < 7; ++i) {
        auto* a = m_viewMenu->addAction(QString(), this, [this, i] { showSection(Section(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sectionActions << a;
    }
    m_viewMenu->addSeparator();
    m_navigatorAction = m_navigatorDock->toggleViewAction();
    m_navigatorAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_viewMenu->addAction(m_navigatorAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString& code : Language::available()) {
        // Each language names itself, whatever the current one.
        auto* a = m_languageMenu->addAction(code == u"fr"_s ? u"Français"_s : u"English"_s);
        a->setCheckable(true);
        a->setChecked(code == Language::current());
        a->setData(code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New review file…"));
    m_openAction->setText(tr("&Open review file…"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_importAction->setText(tr("&Import dossier (JSON)…"));
    m_exportAction->setText(tr("&Export dossier (JSON)…"));
    m_auditAction->setText(tr("&Audit trail…"));
    m_authorAction->setText(tr("Au&thor…"));
    m_reportAction->setText(tr("Export the &report (PDF)…"));
    m_publicReportAction->setText(tr("Export the p&ublic report (PDF)…"));
    m_publicReportAction->setToolTip(tr("Leaves out everything marked confidential, and says so on its cover"));
    m_previewAction->setText(tr("Print pre&view of the report…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_addRequirementAction->setText(tr("Add &requirement…"));
    m_addRevisionAction->setText(tr("New re&vision of the selected requirement…"));
    m_addSourceAction->setText(tr("Add &source…"));
    m_newDossierAction->setText(tr("New &dossier…"));
    m_dossierAction->setText(tr("Dossier &details…"));
    m_eventAction->setText(tr("Record an &event…"));
    m_changeEventAction->setText(tr("C&hange an event…"));
    m_removeEventAction->setText(tr("Remo&ve an event…"));
    m_bidStatusAction->setText(tr("Record a bid's s&tatus (withdrawal, disqualification)…"));
    m_importListAction->setText(tr("Import a requirement &list (CSV)…"));
    m_importAnswersAction->setText(tr("Import a vendor's &answers (CSV)…"));
    m_emptyNewDossier->setText(tr("New dossier…"));
    m_emptyImport->setText(tr("Import a dossier (JSON)…"));
    m_findAction->setText(tr("&Find"));
    m_viewMenu->setTitle(tr("&View"));
    for (int i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions[i]->setText(QString(sectionName(Section(i))).replace(u'&', u"&&"_s)); // not a mnemonic
    m_navigatorAction->setText(tr("&Navigator"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About HostReview"));
    fillNavigator(m_document ? m_document->id() : QString());
    updateTitle();
    updateActions();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QString MainWindow::sectionName(Section section)
{
    return tr(SectionNames[int(section)]);
}

// --- Files ----------------------------------------------------------------------------------

bool MainWindow::openFile(const QString& path, const QString& dossierId, Section section)
{
    auto file = ReviewFile::open(path, ReviewFile::Mode::OpenExisting);
    if (!file) {
        Messages::error(this, tr("Cannot open the review file"), file.error().toString());
        return false;
    }
    auto list = (*file)->dossiers();
    if (!list) {
        Messages::error(this, tr("Cannot read the review file"), list.error().toString());
        return false;
    }
    closeDocument();
    m_file = std::move(*file);
    m_file->setAuthor(author());
    rememberFile(m_file->path());
    fillNavigator(dossierId.isEmpty() && !list->isEmpty() ? list->front().id : dossierId, section);
    statusBar()->showMessage(tr("Opened %1: %n dossier(s)", nullptr, int(list->size())).arg(QFileInfo(path).fileName()),
                             5000);
    if (list->isEmpty())
        m_stack->setCurrentWidget(m_emptyPage);
    updateTitle();
    updateActions();
    return true;
}

bool MainWindow::newFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        Messages::error(this,
                        tr("Cannot create the review file"),
                        tr("%1 already exists: open it, or choose another name.").arg(path));
        return false;
    }
    auto file = ReviewFile::open(path, ReviewFile::Mode::CreateIfMissing);
    if (!file) {
        Messages::error(this, tr("Cannot create the review file"), file.error().toString());
        return false;
    }
    file->reset();
    return openFile(path);
}

bool MainWindow::importDossier(const QString& jsonPath)
{
    if (!m_file) {
        Messages::error(this,
                        tr("Cannot import the dossier"),
                        tr("Open or create a review file first: the dossier is imported into it."));
        return false;
    }
    // Reading, checking and storing a large dossier takes seconds: it runs on a thread of its
    // own, with its own connection to the file, while the window stays alive and shows how far
    // it got; Cancel stops it before anything is stored.
    const QString name = QFileInfo(jsonPath).fileName();
    struct Outcome
    {
        Status status;
        QString dossierId;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString filePath = m_file->path();
    const QString who = author();
    const bool cancelled = runInBackground(tr("Import a dossier"),
                                           tr("Reading and checking %1…").arg(name),
                                           0, // window-modal at once: no other action while it runs
                                           u"importProgress"_s,
                                           [jsonPath, filePath, who, name, outcome](const Progress* progress) {
                                               auto dossier = DossierReader::readFile(jsonPath);
                                               if (!dossier) {
                                                   outcome->status = dossier.error();
                                                   return;
                                               }
                                               if (!progress->step(30, tr("Storing %1…").arg(name))) {
                                                   outcome->status =
                                                       Error::input(tr("the import was cancelled: nothing was stored"));
                                                   return;
                                               }
                                               auto file = ReviewFile::open(filePath, ReviewFile::Mode::OpenExisting);
                                               if (!file) {
                                                   outcome->status = file.error();
                                                   return;
                                               }
                                               (*file)->setAuthor(who);
                                               // The store's share is 30–100 %; a cancel reaches it at its next step.
                                               Progress storing;
                                               Progress* inner = &storing;
                                               storing.report = [progress, inner](int percent, const QString& what) {
                                                   if (!progress->step(30 + percent * 70 / 100, what))
                                                       inner->cancel();
                                               };
                                               outcome->status = (*file)->importDossier(*dossier, name, &storing);
                                               outcome->dossierId = dossier->info.id;
                                           });
    if (!outcome->status) {
        if (!cancelled)
            Messages::error(this, tr("Cannot import the dossier"), outcome->status.error().toString());
        else
            statusBar()->showMessage(tr("Import of %1 cancelled: nothing was stored").arg(name), 5000);
        return false;
    }
    if (m_file && m_file->path() == filePath)
        fillNavigator(outcome->dossierId);
    statusBar()->showMessage(tr("Imported %1 (%2)").arg(outcome->dossierId, name), 5000);
    return true;
}

bool MainWindow::exportDossier(const QString& jsonPath)
{
    if (!m_document)
        return false;
    auto dossier = m_file->load(m_document->id());
    if (!dossier) {
        Messages::error(this, tr("Cannot export the dossier"), dossier.error().toString());
        return false;
    }
    const auto json = DossierWriter::writeChecked(*dossier, {}, m_file->path());
    if (!json) {
        Messages::error(this, tr("Cannot export the dossier"), json.error().toString());
        return false;
    }
    if (Status st = SafeFile::write(jsonPath, *json); !st) {
        Messages::error(this, tr("Cannot export the dossier"), st.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 to %2").arg(dossier->info.id, jsonPath), 5000);
    return true;
}

bool MainWindow::runInBackground(const QString& title,
                                 const QString& label,
                                 int minimumDuration,
                                 const QString& objectName,
                                 const std::function<void(const Progress*)>& work)
{
    auto* dialog = new QProgressDialog(label, tr("Cancel"), 0, 100, this);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(minimumDuration);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    const QPointer<QProgressDialog> shown(dialog);
    auto progress = std::make_shared<Progress>();
    progress->report = [shown](int percent, const QString& what) {
        QMetaObject::invokeMethod(
            qApp,
            [shown, percent, what] {
                if (shown) {
                    shown->setLabelText(what);
                    shown->setValue(percent);
                }
            },
            Qt::QueuedConnection);
    };
    connect(dialog, &QProgressDialog::canceled, this, [progress] { progress->cancel(); });
    QThread* worker = QThread::create([work, progress] { work(progress.get()); });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(); // the window repaints and Cancel answers while the worker runs
    const bool cancelled = progress->isCancelled();
    progress->cancel(); // the loop may end early (the application quits): stop the worker there
    worker->wait();
    delete worker;
    delete dialog;
    return cancelled;
}

bool MainWindow::prepareDocument()
{
    if (!m_document || !m_document->needsPreparing())
        return true;
    auto prepared = std::make_shared<DossierDocument::Prepared>();
    const QString path = m_file->path();
    const QString id = m_document->id();
    const quint64 generation = m_document->generation();
    // Until the dialog shows (a small dossier is ready before), the window takes no input.
    menuBar()->setEnabled(false);
    m_navigator->setEnabled(false);
    const bool cancelled = runInBackground(
        tr("Open a dossier"),
        tr("Reading the bids and answers…"),
        300,
        u"loadProgress"_s,
        [path, id, prepared](const Progress* progress) { *prepared = DossierDocument::prepare(path, id, *progress); });
    menuBar()->setEnabled(true);
    m_navigator->setEnabled(true);
    if (cancelled || !m_document || m_document->id() != id)
        return false;
    m_document->adopt(std::move(*prepared), generation);
    return true;
}

// --- Authoring ------------------------------------------------------------------------------

void MainWindow::newDossier()
{
    if (!m_file)
        return;
    auto* dialog = new DossierDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DossierInfo info = dialog->info();
        if (!m_file)
            return;
        if (Status st = m_file->createDossier(info); !st) {
            Messages::error(this, tr("Cannot create the dossier"), st.error().toString());
            return;
        }
        fillNavigator(info.id, Section::Overview);
        statusBar()->showMessage(tr("Dossier %1 created").arg(info.id), 5000);
    });
    dialog->open();
}

void MainWindow::editDossierDetails()
{
    if (!m_document)
        return;
    auto* dialog = new DossierDialog(&m_document->dossier().info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        if (Status st = m_document->reviseDossier(dialog->info()); !st)
            Messages::error(this, tr("Cannot change the dossier's details"), st.error().toString());
        updateTitle();
    });
    dialog->open();
}

void MainWindow::recordEvent()
{
    if (!m_document)
        return;
    auto* dialog = new EventDialog(m_document->dossier(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        if (Status st = m_document->addEvent(dialog->event()); !st)
            Messages::error(this, tr("Cannot record the event"), st.error().toString());
    });
    dialog->open();
}

void MainWindow::changeEvent(const QString& eventId)
{
    if (!m_document)
        return;
    const QList<Event>& events = m_document->dossier().events;
    const auto it = std::find_if(events.cbegin(), events.cend(), [&](const Event& e) { return e.id == eventId; });
    if (it == events.cend())
        return;
    auto* dialog = new EventDialog(m_document->dossier(), &*it, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        if (Status st = m_document->changeEvent(dialog->event()); !st)
            Messages::error(this, tr("Cannot change the event"), st.error().toString());
    });
    dialog->open();
}

void MainWindow::removeEvent(const QString& eventId)
{
    if (!m_document)
        return;
    if (Status st = m_document->removeEvent(eventId); !st)
        Messages::error(this, tr("Cannot remove the event"), st.error().toString());
}

void MainWindow::chooseEvent(bool remove)
{
    if (!m_document || m_document->dossier().events.isEmpty())
        return;
    QStringList items;
    for (const Event& e : m_document->dossier().events)
        items << tr("%1 — %2, %3").arg(e.id, Labels::of(e.kind), e.at.text());
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(u"eventChooser"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(remove ? tr("Remove an event") : tr("Change an event"));
    dialog->setLabelText(tr("Event:"));
    dialog->setComboBoxItems(items);
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, items, remove] {
        const qsizetype i = items.indexOf(dialog->textValue());
        if (!m_document || i < 0 || i >= m_document->dossier().events.size())
            return;
        const QString id = m_document->dossier().events[i].id;
        if (remove)
            removeEvent(id);
        else
            changeEvent(id);
    });
    dialog->open();
}

void MainWindow::recordBidStatus()
{
    if (!m_document)
        return;
    const DossierQueries* queries = m_document->queries();
    if (!queries) {
        Messages::error(this, tr("Cannot read the bids"), m_document->fullError());
        return;
    }
    auto* dialog = new BidStatusDialog(queries->dossier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        if (Status st = m_document->recordBidStatus(dialog->bid(), dialog->status(), dialog->at(), dialog->reason());
            !st)
            Messages::error(this, tr("Cannot record the bid's status"), st.error().toString());
    });
    dialog->open();
}

bool MainWindow::importRequirementList(const QString& csvPath)
{
    if (!m_document)
        return false;
    auto bytes = SafeFile::readAll(csvPath, 64 * 1024 * 1024);
    if (!bytes) {
        Messages::error(this, tr("Cannot read the requirement list"), bytes.error().toString());
        return false;
    }
    auto parsed = RequirementList::parse(*bytes, csvPath);
    if (!parsed.list) {
        Messages::error(this, tr("Cannot read the requirement list"), refusals(parsed.errors));
        return false;
    }
    const RequirementList list = *parsed.list;
    ReviewFile* file = m_file.get();
    const QString dossierId = m_document->id();
    auto* dialog = new RequirementListDialog(
        m_document->dossier(),
        list,
        QFileInfo(csvPath).fileName(),
        [file, dossierId, list](const RequirementListImport& how) {
            return file->importRequirementList(dossierId, list, how);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, list] {
        if (!m_document)
            return;
        auto changes = m_document->importRequirementList(list, dialog->how());
        if (!changes)
            Messages::error(this, tr("Cannot import the requirement list"), changes.error().toString());
        else
            statusBar()->showMessage(RequirementList::describe(*changes).trimmed().split(u'\n').last(), 8000);
    });
    dialog->open();
    return true;
}

bool MainWindow::importAnswers(const QString& csvPath)
{
    if (!m_document)
        return false;
    auto bytes = SafeFile::readAll(csvPath, 64 * 1024 * 1024);
    if (!bytes) {
        Messages::error(this, tr("Cannot read the answers"), bytes.error().toString());
        return false;
    }
    auto parsed = AnswerSheet::parse(*bytes, csvPath);
    if (!parsed.sheet) {
        Messages::error(this, tr("Cannot read the answers"), refusals(parsed.errors));
        return false;
    }
    const DossierQueries* queries = m_document->queries();
    if (!queries) {
        Messages::error(this, tr("Cannot read the bids"), m_document->fullError());
        return false;
    }
    auto* dialog = new AnswerSheetDialog(queries->dossier(), *parsed.sheet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, origin = QFileInfo(csvPath).fileName()] {
        if (!m_document)
            return;
        if (Status st = m_document->importAnswers(dialog->bid(), dialog->answers(), origin, dialog->seen()); !st)
            Messages::error(this, tr("Cannot import the answers"), st.error().toString());
    });
    dialog->open();
    return true;
}

QString MainWindow::refusals(const QList<Error>& errors)
{
    constexpr int shown = 30;
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < shown; ++i)
        lines << errors[i].toString();
    if (errors.size() > shown)
        lines << tr("(and %n more)", nullptr, int(errors.size() - shown));
    return lines.join(QChar(u'\n'));
}

void MainWindow::chooseSpreadsheet(bool answers)
{
    const QString path =
        QFileDialog::getOpenFileName(this,
                                     answers ? tr("Import a vendor's answers") : tr("Import a requirement list"),
                                     QString(),
                                     tr("Spreadsheets saved as CSV (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (answers)
        importAnswers(path);
    else
        importRequirementList(path);
}

void MainWindow::chooseOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open review file"), QString(), tr("Review files (*.db *.hostreview);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseNew()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New review file"), QString(), tr("Review files (*.db *.hostreview)"));
    if (!path.isEmpty())
        newFile(path);
}

void MainWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import dossier"), QString(), tr("Dossier files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importDossier(path);
}

void MainWindow::chooseExport()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dossier"), m_document->id() + u".json"_s, tr("Dossier files (*.json)"));
    if (!path.isEmpty())
        exportDossier(path);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(u"files/recent"_s).toStringList();
}

void MainWindow::rememberFile(const QString& path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(u"files/recent"_s, recent.mid(0, MaxRecentFiles));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        auto* a = m_recentMenu->addAction(
            u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        // After the drop returns: the import runs its own event loop, and the drag source waits
        // for the drop to end.
        QTimer::singleShot(0, this, [this, path] { importDossier(path); });
    else
        openFile(path);
}

// --- Navigator and views -------------------------------------------------------------------

void MainWindow::fillNavigator(const QString& selectDossierId, std::optional<Section> section)
{
    const QSignalBlocker block(m_navigator);
    m_navigator->clear();
    if (!m_file)
        return;
    auto list = m_file->dossiers();
    if (!list)
        return;
    QTreeWidgetItem* toSelect = nullptr;
    for (const DossierSummary& s : *list) {
        auto* top = new QTreeWidgetItem(m_navigator, {s.title});
        top->setData(0, DossierRole, s.id);
        top->setToolTip(0,
                        tr("%1 — %n requirement(s)", nullptr, s.requirements).arg(s.id) +
                            (s.illustrative ? tr(" (illustrative)") : QString()));
        for (int i = 0; i < 7; ++i) {
            auto* child = new QTreeWidgetItem(top, {sectionName(Section(i))});
            child->setData(0, DossierRole, s.id);
            child->setData(0, SectionRole, i);
        }
        if (s.id == selectDossierId)
            toSelect = top;
    }
    m_navigator->expandAll();
    if (toSelect) {
        const int shown = section                                             ? int(*section)
                          : m_document && m_document->id() == selectDossierId ? int(currentSection())
                                                                              : 0;
        m_navigator->setCurrentItem(toSelect->child(shown));
    }
    if (toSelect)
        navigatorChanged(m_navigator->currentItem());
}

void MainWindow::navigatorChanged(QTreeWidgetItem* item)
{
    if (!item || !m_file)
        return;
    const QString id = item->data(0, DossierRole).toString();
    const QVariant section = item->data(0, SectionRole);
    Section target = section.isValid() ? Section(section.toInt()) : Section::Overview;
    // Every section but the requirements and the sources reads the bids and the analysis: a
    // large dossier loads them on a worker thread while the window stays alive (before the views
    // get the document: the one shown would read them at once).
    const auto prepared = [this, &target] {
        if (target != Section::Requirements && target != Section::Sources && !prepareDocument()) {
            target = Section::Requirements;
            statusBar()->showMessage(tr("Loading the bids cancelled: showing the requirements"), 5000);
        }
    };
    if (!m_document || m_document->id() != id) {
        auto doc = DossierDocument::open(*m_file, id);
        if (!doc) {
            Messages::error(this, tr("Cannot load the dossier"), doc.error().toString());
            return;
        }
        closeDocument();
        m_document = std::move(*doc);
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &DossierDocument::failed, this, [this](const QString& message) {
            Messages::error(this, tr("The review file changed"), message);
        });
        QUndoStack* stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, [this, stack, last = 0](int index) mutable {
            // Every step is already in the file: say what was stored.
            if (index > last)
                statusBar()->showMessage(tr("Saved: %1").arg(stack->text(index - 1)), 4000);
            else if (index < last)
                statusBar()->showMessage(tr("Undone and saved: %1").arg(stack->text(index)), 4000);
            last = index;
        });
        if (m_stack->currentWidget() != m_emptyPage)
            m_stack->setCurrentWidget(m_requirements); // shows nothing while the bids load
        prepared();
        m_overview->setDocument(m_document.get());
        m_requirements->setDocument(m_document.get());
        m_sources->setDocument(m_document.get());
        m_vendors->setDocument(m_document.get());
        m_timeline->setDocument(m_document.get());
        m_signals->setDocument(m_document.get());
        m_assessment->setDocument(m_document.get());
    } else {
        prepared();
    }
    switch (target) {
    case Section::Requirements:
        m_stack->setCurrentWidget(m_requirements);
        break;
    case Section::Sources:
        m_stack->setCurrentWidget(m_sources);
        break;
    case Section::Vendors:
        m_stack->setCurrentWidget(m_vendors);
        break;
    case Section::Timeline:
        m_stack->setCurrentWidget(m_timeline);
        break;
    case Section::Signals:
        m_stack->setCurrentWidget(m_signals);
        break;
    case Section::Assessment:
        m_stack->setCurrentWidget(m_assessment);
        break;
    default:
        m_stack->setCurrentWidget(m_overview);
        m_overview->refresh();
        break;
    }
    updateTitle();
    updateActions();
}

bool MainWindow::selectDossier(const QString& dossierId)
{
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigator->topLevelItem(i);
        if (top->data(0, DossierRole).toString() == dossierId) {
            m_navigator->setCurrentItem(top->child(0));
            return m_document && m_document->id() == dossierId;
        }
    }
    return false;
}

void MainWindow::showSection(Section section)
{
    if (!m_document)
        return;
    for (int i = 0; i < m_navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_navigator->topLevelItem(i);
        if (top->data(0, DossierRole).toString() == m_document->id()) {
            m_navigator->setCurrentItem(top->child(int(section)));
            return;
        }
    }
}

MainWindow::Section MainWindow::currentSection() const
{
    if (m_stack->currentWidget() == m_requirements)
        return Section::Requirements;
    if (m_stack->currentWidget() == m_sources)
        return Section::Sources;
    if (m_stack->currentWidget() == m_vendors)
        return Section::Vendors;
    if (m_stack->currentWidget() == m_timeline)
        return Section::Timeline;
    if (m_stack->currentWidget() == m_signals)
        return Section::Signals;
    if (m_stack->currentWidget() == m_assessment)
        return Section::Assessment;
    return Section::Overview;
}

void MainWindow::showEvidence(const Evidence& e)
{
    if (!m_document)
        return;
    if (e.kind == u"revision"_s) {
        showSection(Section::Requirements);
        m_requirements->selectRequirement(e.requirement);
        m_requirements->compare(std::max(1, e.rev - 1), e.rev);
        return;
    }
    const DossierQueries* q = m_document->queries();
    if ((e.kind == u"answer"_s || e.kind == u"bid"_s || e.kind == u"vendor"_s || e.kind == u"certification"_s) && q) {
        showSection(Section::Vendors);
        if (e.kind == u"answer"_s) {
            const Bid* bid = q->dossier().bid(e.bid);
            m_vendors->tabs()->setCurrentIndex(0);
            if (bid)
                m_vendors->selectCell(e.requirement, bid->vendor);
        } else if (e.kind == u"vendor"_s || e.kind == u"certification"_s) {
            m_vendors->tabs()->setCurrentIndex(2);
        }
        return;
    }
    if (e.kind == u"event"_s) {
        for (const Event& ev : m_document->dossier().events) {
            if (ev.id == e.id) {
                showSection(Section::Timeline);
                m_timeline->selectDay(ev.at.day());
                return;
            }
        }
    }
    if (e.kind == u"source"_s) {
        showSection(Section::Sources);
        m_sources->selectSource(e.id);
        return;
    }
    if (e.kind == u"claim"_s || e.kind == u"criterion"_s || e.kind == u"decision"_s) {
        showSection(Section::Assessment);
        if (e.kind == u"criterion"_s) {
            m_assessment->tabs()->setCurrentIndex(0);
            m_assessment->selectCriterion(e.id);
        } else {
            m_assessment->tabs()->setCurrentIndex(1);
            if (e.kind == u"claim"_s)
                m_assessment->selectClaim(e.id);
        }
        return;
    }
    showSection(Section::Overview);
}

void MainWindow::updateTitle()
{
    if (!m_file) {
        setWindowTitle(tr("HostReview"));
        m_fileLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_file->path()).fileName();
    m_fileLabel->setText(m_file->path());
    if (m_document)
        setWindowTitle(tr("%1 — %2 — HostReview").arg(m_document->dossier().info.title, name));
    else
        setWindowTitle(tr("%1 — HostReview").arg(name));
}

void MainWindow::updateActions()
{
    const bool doc = m_document != nullptr;
    m_exportAction->setEnabled(doc);
    m_importAction->setEnabled(m_file != nullptr);
    m_auditAction->setEnabled(m_file != nullptr);
    m_reportAction->setEnabled(doc);
    m_publicReportAction->setEnabled(doc);
    m_previewAction->setEnabled(doc);
    m_addRequirementAction->setEnabled(doc);
    m_addRevisionAction->setEnabled(doc);
    m_addSourceAction->setEnabled(doc);
    m_newDossierAction->setEnabled(m_file != nullptr);
    for (QAction* a : {m_dossierAction,
                       m_eventAction,
                       m_changeEventAction,
                       m_removeEventAction,
                       m_bidStatusAction,
                       m_importListAction,
                       m_importAnswersAction})
        a->setEnabled(doc);
    m_empty->setText(m_file ? tr("This review file holds no dossier yet. Create one and build the case step by step, "
                                 "or import a dossier from its JSON file.")
                            : tr("Open a review file (Ctrl+O), create one (Ctrl+N), or drop a review file or a "
                                 "dossier JSON file here."));
    m_emptyNewDossier->setVisible(m_file != nullptr);
    m_emptyImport->setVisible(m_file != nullptr);
    for (int i = 0; i < m_sectionActions.size(); ++i)
        m_sectionActions[i]->setEnabled(doc);
}

bool MainWindow::exportReport(const QString& path, bool publicEdition)
{
    if (!m_document)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportWriter::Options options;
    options.publicEdition = publicEdition;
    auto input = ReportInput::of(*m_document);
    const Status st = input ? ReportWriter::writePdf(*input, path, options) : Status(input.error());
    QApplication::restoreOverrideCursor();
    if (!st) {
        Messages::error(this, tr("Cannot write the report"), st.error().toString());
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
    return true;
}

void MainWindow::chooseReport(bool publicEdition)
{
    if (!m_document)
        return;
    const QString name = m_document->id() + (publicEdition ? u"-public.pdf"_s : u"-report.pdf"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), name, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path, publicEdition);
}

void MainWindow::printPreview()
{
    if (!m_document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(m_document->dossier().info.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        auto input = ReportInput::of(*m_document);
        if (Status st = input ? ReportWriter::print(*input, *p, ReportWriter::Options{}) : Status(input.error()); !st)
            Messages::error(this, tr("Cannot print the report"), st.error().toString());
    });
    preview.exec();
}

QString MainWindow::author()
{
    const QString kept = QSettings().value(u"user/author"_s).toString().trimmed();
    return kept.isEmpty() ? defaultAuthor() : kept;
}

void MainWindow::chooseAuthor()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(
            this, tr("Author"), tr("Your name, recorded with every change you make:"), QLineEdit::Normal, author(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    QSettings().setValue(u"user/author"_s, name);
    if (m_file)
        m_file->setAuthor(name);
    statusBar()->showMessage(tr("Changes are recorded as made by %1.").arg(name), 5000);
}

void MainWindow::showAuditTrail()
{
    if (!m_file)
        return;
    auto trail = m_file->auditTrail(m_document ? m_document->id() : QString());
    if (!trail) {
        Messages::error(this, tr("Cannot read the audit trail"), trail.error().toString());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"auditDialog"_s);
    dialog->setWindowTitle(tr("Audit trail — %1").arg(m_document ? m_document->id() : m_file->path()));
    auto* table = new QTableWidget(int(trail->size()), 4, dialog);
    table->setObjectName(u"auditTable"_s);
    table->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Who"), tr("Action"), tr("Detail")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < trail->size(); ++i) {
        const AuditEntry& e = trail->at(i);
        table->setItem(i, 0, new QTableWidgetItem(e.at));
        table->setItem(i, 1, new QTableWidgetItem(e.author.isEmpty() ? tr("not recorded") : e.author));
        auto* action = new QTableWidgetItem(Labels::auditAction(e.action));
        action->setToolTip(e.action);
        table->setItem(i, 2, action);
        table->setItem(i, 3, new QTableWidgetItem(Labels::auditDetail(e.detail)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->scrollToBottom();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Every action on the file, in order. Nothing here is ever changed or deleted; "
                                    "an undo is an entry of its own."),
                                 dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(820, 480);
    dialog->open();
}

bool MainWindow::installLanguage(const QString& code)
{
    if (!Language::install(code))
        return false;
    // Dates and numbers in the views follow the language chosen, not the system's.
    QLocale::setDefault(code == u"fr"_s ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

void MainWindow::switchLanguage(const QString& code)
{
    if (!installLanguage(code))
        return;
    QSettings().setValue(u"ui/language"_s, code);
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
    m_overview->refresh();
}

void MainWindow::about()
{
    QMessageBox::about(this,
                       tr("About HostReview"),
                       tr("<h3>HostReview %1</h3><p>Reviews authorisations to host sensitive data with a cloud "
                          "provider: requirements and their history, bids, bias signals with their evidence "
                          "and basis.</p><p>Every change is stored in the review file as it is made, with an "
                          "audit trail that is never rewritten.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (m_file)
        settings.setValue(u"files/last"_s, m_file->path());
    event->accept();
}

} // namespace hostreview
