#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace hostreview {

// hostreview-cli: everything a user can do with HostReview, without a display.
// Exit codes: 0 success, 2 bad usage or invalid input, 1 any other failure; errors go to `err`.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Cli)

public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

    Cli(QTextStream& out, QTextStream& err);

    // args[0] is the program name, as in QCoreApplication::arguments().
    int run(QStringList args);

private:
    // "26 requirements, 35 revisions, 4 vendors, 3 bids" with plural forms.
    static QString countsText(int requirements, int revisions, int vendors, int bids);
    int help(const QString& command = QString());
    int usageError(const QString& message);
    int importCommand(const QStringList& args);
    int exportCommand(const QStringList& args);
    int listCommand(const QStringList& args);
    int showCommand(const QStringList& args);
    int historyCommand(const QStringList& args);
    int generateCommand(const QStringList& args);
    int analyzeCommand(const QStringList& args);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace hostreview
