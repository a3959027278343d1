#include "MainWindow.h"

#include "DossierReader.h"
#include "ReviewFile.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// The review file holding the bundled demo dossiers, created on first start.
QString demoReviewFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = dir + u"/demo.hostreview.db"_s;
    auto file = hostreview::ReviewFile::open(path, hostreview::ReviewFile::Mode::CreateIfMissing);
    if (!file)
        return path;
    for (const QString& name : {u"emc2-2023.json"_s, u"hdh-2019.json"_s}) {
        auto dossier = hostreview::DossierReader::readFile(u":/demo/"_s + name);
        if (dossier && !(*file)->contains(dossier->info.id))
            (void)(*file)->importDossier(*dossier, name);
    }
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HostReview"_s);
    QApplication::setOrganizationName(u"HostReview"_s);
    QApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));

    hostreview::MainWindow window;
    const QStringList args = QApplication::arguments();
    window.openFile(args.size() > 1 ? args[1] : demoReviewFile());
    window.show();
    return QApplication::exec();
}
