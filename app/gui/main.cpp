// SPDX-License-Identifier: EUPL-1.2
#include "AssessmentView.h"
#include "DossierDocument.h"
#include "MainWindow.h"
#include "Messages.h"
#include "RequirementsView.h"
#include "format/DossierReader.h"
#include "storage/ReviewFile.h"
#include "support/Language.h"
#include "support/SafeFile.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

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
        if (const auto held = dossier ? (*file)->contains(dossier->info.id) : hostreview::Result<bool>(true);
            held && !*held)
            (void)(*file)->importDossier(*dossier, name);
    }
    return path;
}

void fail(const QString& message)
{
    std::fprintf(stderr, "hostreview: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"HostReview"_s);
    QApplication::setOrganizationName(u"HostReview"_s);
    QApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));

    QSettings settings;
    hostreview::MainWindow::installLanguage(
        settings.value(u"ui/language"_s, hostreview::Language::systemDefault()).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Review authorisations to host sensitive data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Render a view to a PNG file and quit."), u"OUT.png"_s);
    const QCommandLineOption view(
        u"view"_s,
        QApplication::translate("main",
                                "The view to show: overview, requirements, vendors, timeline, signals, assessment, "
                                "decision or sources."),
        u"VIEW"_s,
        u"overview"_s);
    const QCommandLineOption dossier(
        u"dossier"_s, QApplication::translate("main", "The dossier to show (default: the first)."), u"ID"_s);
    const QCommandLineOption requirement(
        u"requirement"_s,
        QApplication::translate("main",
                                "The requirement to select in the requirements view (default: the most revised)."),
        u"ID"_s);
    const QCommandLineOption demo(
        u"demo"_s, QApplication::translate("main", "Open the bundled demo dossiers (created on first use)."));
    const QCommandLineOption lang(u"lang"_s, QApplication::translate("main", "The language: fr or en."), u"LANG"_s);
    parser.addOptions({screenshot, view, dossier, requirement, demo, lang});
    parser.addPositionalArgument(u"FILE"_s, QApplication::translate("main", "A review file to open."));
    parser.process(app);

    if (parser.isSet(lang) && !hostreview::MainWindow::installLanguage(parser.value(lang))) {
        fail(QApplication::translate("main", "unknown language %1 (fr or en)").arg(parser.value(lang)));
        return 2;
    }
    const QMap<QString, hostreview::MainWindow::Section> views{
        {u"overview"_s, hostreview::MainWindow::Section::Overview},
        {u"requirements"_s, hostreview::MainWindow::Section::Requirements},
        {u"sources"_s, hostreview::MainWindow::Section::Sources},
        {u"vendors"_s, hostreview::MainWindow::Section::Vendors},
        {u"timeline"_s, hostreview::MainWindow::Section::Timeline},
        {u"signals"_s, hostreview::MainWindow::Section::Signals},
        {u"assessment"_s, hostreview::MainWindow::Section::Assessment},
        {u"decision"_s, hostreview::MainWindow::Section::Assessment}};
    if (!views.contains(parser.value(view))) {
        fail(QApplication::translate("main",
                                     "unknown view %1 (overview, requirements, vendors, timeline, signals, assessment, "
                                     "decision or sources)")
                 .arg(parser.value(view)));
        return 2;
    }

    hostreview::MainWindow window;
    const QStringList files = parser.positionalArguments();
    QString path;
    if (!files.isEmpty()) {
        path = files.first();
    } else if (parser.isSet(screenshot) || parser.isSet(demo)) {
        path = demoReviewFile();
    } else {
        // The file of the last session, else the demo (first start).
        path = settings.value(u"files/last"_s).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = demoReviewFile();
    }
    if (parser.isSet(screenshot)) {
        // No message box can be answered offscreen: what would be said goes to stderr, and a
        // question is answered no.
        hostreview::Messages::setHandler([&](hostreview::Messages::Kind, const QString& title, const QString& text) {
            fail(title + u": "_s + text);
            return false;
        });
        if (!QFileInfo::exists(path)) {
            fail(QApplication::translate("main", "%1: no such review file").arg(path));
            return 2;
        }
    }
    // A file refused when opened (not a review file, damaged, newer) is the input's fault.
    if (!window.openFile(path, parser.value(dossier), views.value(parser.value(view))) && parser.isSet(screenshot))
        return 2;
    if (parser.isSet(dossier) && !window.selectDossier(parser.value(dossier))) {
        fail(QApplication::translate("main", "no dossier %1 in %2").arg(parser.value(dossier), path));
        return 2;
    }
    window.showSection(views.value(parser.value(view)));
    if (parser.value(view) == u"decision"_s) {
        window.assessmentView()->tabs()->setCurrentIndex(1);
        if (const auto* d = window.document(); d && d->dossier().decision && !d->dossier().decision->claims.isEmpty())
            window.assessmentView()->selectClaim(d->dossier().decision->claims.first().id);
    }
    if (parser.isSet(screenshot)) {
        window.resize(1400, 860);
        window.show();
        hostreview::RequirementsView* requirements = window.requirementsView();
        if (parser.isSet(requirement)) {
            requirements->selectRequirement(parser.value(requirement));
        } else if (window.document()) {
            // The requirement with the most revisions shows the history and the diff best.
            QString most;
            qsizetype revisions = 0;
            for (const auto& r : window.document()->dossier().requirements) {
                if (r.revisions.size() > revisions) {
                    revisions = r.revisions.size();
                    most = r.id;
                }
            }
            requirements->selectRequirement(most);
        }
        QApplication::processEvents();
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        if (!window.grab().save(&png, "PNG")) {
            fail(QApplication::translate("main", "cannot write %1").arg(parser.value(screenshot)));
            return 1;
        }
        if (hostreview::Status st = hostreview::SafeFile::write(parser.value(screenshot), png.data()); !st) {
            fail(st.error().toString());
            return st.error().invalidInput ? 2 : 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
