// SPDX-License-Identifier: EUPL-1.2
#include "Cli.h"
#include "support/Language.h"
#include "text/VisibleControls.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>

#include <memory>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Past a file size limit a write fails (and is reported) rather than killing the program.
    std::signal(SIGXFSZ, SIG_IGN);
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

    // Text from dossiers reaches a terminal: its control characters are shown, not obeyed.
    QFile stdoutFile;
    QFile stderrFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !stderrFile.open(stderr, QIODevice::WriteOnly)) {
        std::fprintf(stderr, "hostreview-cli: cannot write to the standard output\n");
        return hostreview::Cli::Failure;
    }
    hostreview::VisibleControls visibleOut(&stdoutFile);
    hostreview::VisibleControls visibleErr(&stderrFile);
    QTextStream out(&visibleOut);
    QTextStream err(&visibleErr);
    hostreview::Cli cli(out, err);
    int code = cli.run(args);
    out.flush();
    err.flush();
    if (!stdoutFile.flush() && code == hostreview::Cli::Ok) {
        std::fprintf(stderr, "hostreview-cli: cannot write the output: %s\n", qPrintable(stdoutFile.errorString()));
        code = hostreview::Cli::Failure;
    }
    return code;
}
