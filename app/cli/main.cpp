#include "Cli.h"
#include "HugePages.h"
#include "Language.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    hostreview::useHugePages(argv); // first: it may start the program again
    // The report lays out text and draws charts: it needs fonts, hence a GUI application, which
    // runs without a display on the offscreen platform.
    const bool report = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(report ? new QApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(u"hostreview-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HOSTREVIEW_VERSION));

    // The output language: --lang, else the system's.
    QString lang = hostreview::Language::systemDefault();
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lang"_s && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(u"--lang="_s))
            lang = args[i].mid(7);
    }
    if (!hostreview::Language::install(lang)) {
        std::fprintf(stderr, "hostreview-cli: unknown language \"%s\" (fr or en)\n", qPrintable(lang));
        return hostreview::Cli::Usage;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    hostreview::Cli cli(out, err);
    const int code = cli.run(args);
    out.flush();
    err.flush();
    return code;
}
