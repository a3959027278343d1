#include "MainWindow.h"

#include "DossierReader.h"
#include "Language.h"
#include "ReviewFile.h"

#include <QApplication>
#include <QCommandLineParser>
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

    hostreview::Language::install(hostreview::Language::systemDefault());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review authorisations to host sensitive data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Render the window to a PNG file and quit."), u"OUT.png"_s);
    parser.addOption(screenshot);
    parser.addPositionalArgument(u"FILE"_s, QApplication::translate("main", "A review file to open."));
    parser.process(app);

    hostreview::MainWindow window;
    const QStringList files = parser.positionalArguments();
    window.openFile(files.isEmpty() ? demoReviewFile() : files.first());
    if (parser.isSet(screenshot)) {
        window.show();
        QApplication::processEvents();
        return window.grab().save(parser.value(screenshot)) ? 0 : 1;
    }
    window.show();
    return QApplication::exec();
}
