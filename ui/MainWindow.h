#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QTableWidget;
class QLabel;

namespace hostreview {

class ReviewFile;

// The main window. For now: open a review file, list its dossiers and the selected dossier's
// requirements as they stand. The full workspace comes with the desktop-application issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a review file; on failure shows why and keeps the current one. Returns success.
    bool openFile(const QString& path);

private:
    void chooseFile();
    void showDossier(const QString& id);

    std::unique_ptr<ReviewFile> m_file;
    QListWidget* m_dossiers;
    QTableWidget* m_requirements;
    QLabel* m_summary;
};

} // namespace hostreview
