// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoGroup;

namespace hostreview {

class DossierDocument;
class OverviewView;
class RequirementsView;
class ReviewFile;
class SourcesView;
class VendorsView;
class TimelineView;
class AssessmentView;
class SignalsView;
struct Error;
struct Evidence;
class Progress;

// The HostReview workspace: a review file, its dossiers in the navigator, and the views of the
// dossier chosen there. Every edit is stored as it is made (one transaction each), so there is
// no "save": closing never loses work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The navigator's sections of a dossier, in order (Ctrl+1 … Ctrl+7).
    enum class Section { Overview, Requirements, Vendors, Timeline, Signals, Assessment, Sources };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a review file and shows its first dossier (or `dossierId`) in `section`; on failure
    // says why and keeps the current one. Returns success.
    bool openFile(const QString& path, const QString& dossierId = QString(), Section section = Section::Overview);
    // Creates a new, empty review file and opens it.
    bool newFile(const QString& path);
    // Imports a dossier JSON file into the open review file and shows it.
    bool importDossier(const QString& jsonPath);
    // Writes the review report of the shown dossier as PDF (owner-only); the public edition
    // leaves out everything confidential.
    bool exportReport(const QString& path, bool publicEdition);
    // Writes the shown dossier as JSON (owner-only, never half a file).
    bool exportDossier(const QString& jsonPath);

    // Authoring (docs/storage.md): each opens its dialog, and what the dialog gives is one
    // undoable action of the file. A new dossier is created in the open review file.
    void newDossier();
    void editDossierDetails();
    void recordEvent();
    void changeEvent(const QString& eventId);
    void removeEvent(const QString& eventId);
    void recordBidStatus();
    // Reads a spreadsheet and previews what it changes before anything is written; false (after
    // saying why, with every bad row) when it cannot be read.
    bool importRequirementList(const QString& csvPath);
    bool importAnswers(const QString& csvPath);

    bool selectDossier(const QString& dossierId);
    void showSection(Section section);
    Section currentSection() const;

    ReviewFile* file() const { return m_file.get(); }
    DossierDocument* document() const { return m_document.get(); }
    RequirementsView* requirementsView() const { return m_requirements; }
    SourcesView* sourcesView() const { return m_sources; }
    OverviewView* overviewView() const { return m_overview; }
    VendorsView* vendorsView() const { return m_vendors; }
    TimelineView* timelineView() const { return m_timeline; }
    SignalsView* signalsView() const { return m_signals; }
    AssessmentView* assessmentView() const { return m_assessment; }
    // Shows a piece of a signal's evidence where it lives: a revision's diff, an answer's cell...
    void showEvidence(const Evidence& evidence);
    QTreeWidget* navigator() const { return m_navigator; }
    QStringList recentFiles() const;

    // Installs the translations of "fr" or "en" and makes that language's locale the default, for
    // dates and numbers. False, changing nothing, for another code.
    static bool installLanguage(const QString& code);
    static QString sectionName(Section section);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    // Detaches the views from the document and closes it.
    void closeDocument();
    void retranslate();
    void fillNavigator(const QString& selectDossierId, std::optional<Section> section = std::nullopt);
    void navigatorChanged(QTreeWidgetItem* item);
    void updateTitle();
    void updateActions();
    void rememberFile(const QString& path);
    void fillRecentMenu();
    void chooseOpen();
    void chooseNew();
    void chooseImport();
    void chooseExport();
    // Loads the shown dossier's bids and computes its analysis on a worker thread, with a progress
    // dialog and Cancel, when a view is about to need them; false when cancelled.
    bool prepareDocument();
    // Runs `work` on a worker thread behind a window-modal progress dialog (shown after
    // `minimumDuration` ms) whose Cancel cancels the Progress given to `work`; the window's events
    // are processed meanwhile. Returns whether the person cancelled.
    bool runInBackground(const QString& title,
                         const QString& label,
                         int minimumDuration,
                         const QString& objectName,
                         const std::function<void(const Progress*)>& work);
    // Asks which event to change or remove.
    void chooseEvent(bool remove);
    void chooseSpreadsheet(bool answers);
    // Every refused row of a spreadsheet, one per line (the first 30).
    static QString refusals(const QList<Error>& errors);
    void showAuditTrail();
    // The name recorded with every change (kept in the settings; by default the account's).
    static QString author();
    void chooseAuthor();
    void chooseReport(bool publicEdition);
    void printPreview();
    void about();
    void switchLanguage(const QString& code);

    std::unique_ptr<ReviewFile> m_file;
    std::unique_ptr<DossierDocument> m_document;
    QUndoGroup* m_undoGroup;
    QTreeWidget* m_navigator;
    QDockWidget* m_navigatorDock;
    QStackedWidget* m_stack;
    QWidget* m_emptyPage;
    QLabel* m_empty;
    QPushButton* m_emptyNewDossier;
    QPushButton* m_emptyImport;
    OverviewView* m_overview;
    RequirementsView* m_requirements;
    SourcesView* m_sources;
    VendorsView* m_vendors;
    TimelineView* m_timeline;
    SignalsView* m_signals;
    AssessmentView* m_assessment;
    QLabel* m_fileLabel;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_authorAction = nullptr;
    QAction* m_reportAction = nullptr;
    QAction* m_publicReportAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_addRequirementAction = nullptr;
    QAction* m_addRevisionAction = nullptr;
    QAction* m_addSourceAction = nullptr;
    QAction* m_newDossierAction = nullptr;
    QAction* m_dossierAction = nullptr;
    QAction* m_eventAction = nullptr;
    QAction* m_changeEventAction = nullptr;
    QAction* m_removeEventAction = nullptr;
    QAction* m_bidStatusAction = nullptr;
    QAction* m_importListAction = nullptr;
    QAction* m_importAnswersAction = nullptr;
    QAction* m_findAction = nullptr;
    QList<QAction*> m_sectionActions;
    QAction* m_navigatorAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace hostreview
