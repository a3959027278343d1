// SPDX-License-Identifier: EUPL-1.2
// The texts derived from the declarations of the commands (Commands.cpp): the general help, a
// command's help and the usage line of a usage error.
#include "Cli.h"
#include "Commands.h"

using namespace Qt::StringLiterals;

namespace hostreview {

namespace {

constexpr qsizetype helpWidth = 100;      // a synopsis line, at the most
constexpr qsizetype summaryColumn = 45;   // where the summaries start in the list of commands
constexpr qsizetype optionColumnMax = 32; // where an option's description starts, at the most

QString translated(const char* text)
{
    return Cli::tr(text);
}

// A synopsis in the pieces a line may break between: "REVIEW.db", "--dossier ID",
// "[--as-of DATE]", "[--status STATUS [--status-at DATE]]", "| --vendor VID".
QStringList pieces(const QString& synopsis)
{
    QStringList words;
    QString word;
    int depth = 0;
    for (const QChar c : synopsis) {
        if (c == u'[' || c == u'(')
            ++depth;
        else if (c == u']' || c == u')')
            --depth;
        if (c == u' ' && depth == 0) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words << word;
    QStringList out;
    bool glue = false; // after "|": the alternative goes with it
    for (const QString& w : words) {
        const bool value = !out.isEmpty() && out.last().startsWith(u'-') && !out.last().contains(u' ') &&
                           !w.startsWith(u'-') && !w.startsWith(u'[') && !w.startsWith(u'(') && w != u"|"_s;
        if (glue || value)
            out.last() += u' ' + w;
        else
            out << w;
        glue = w == u"|"_s;
    }
    return out;
}

// "hostreview-cli NAME SYNOPSIS" broken into lines of at most helpWidth characters, the later
// ones indented under the first piece.
QString wrapped(const QString& prefix, const QString& synopsis)
{
    const QString indent(prefix.size(), u' ');
    QString text = prefix;
    qsizetype lineStart = 0;
    bool first = true;
    for (const QString& piece : pieces(synopsis)) {
        if (!first && text.size() - lineStart + 1 + piece.size() > helpWidth) {
            text += u'\n';
            lineStart = text.size();
            text += indent;
        } else if (!first) {
            text += u' ';
        }
        text += piece;
        first = false;
    }
    return text;
}

// The synopsis in at most `width` characters: the pieces that fit, then " ..." for the rest.
QString shortened(const QString& synopsis, qsizetype width)
{
    if (synopsis.size() <= width)
        return synopsis;
    const QString more = u" ..."_s;
    QString text;
    for (const QString& piece : pieces(synopsis)) {
        const qsizetype next = text.size() + (text.isEmpty() ? 0 : 1) + piece.size();
        if (next + more.size() > width)
            break;
        text += (text.isEmpty() ? QString() : u" "_s) + piece;
    }
    return text + more;
}

} // namespace

QStringList Commands::synopsisLines(const Command& command)
{
    QStringList lines;
    for (const QString& synopsis : command.synopses)
        lines << u"hostreview-cli "_s + command.name + u' ' + synopsis;
    return lines;
}

QString Commands::generalHelp()
{
    QString text = Cli::tr("Usage: hostreview-cli COMMAND [OPTIONS]\n"
                           "\n"
                           "Review authorisations to host sensitive data with a cloud provider.\n"
                           "\n"
                           "Commands:") +
                   u'\n';
    for (const Command& command : all()) {
        QStringList lines;
        for (const QString& synopsis : command.synopses) {
            const QString start = u"  "_s + command.name + u' ';
            lines << start + shortened(synopsis, helpWidth - start.size());
        }
        // The summary beside the last line when there is room, else under it.
        if (lines.last().size() < summaryColumn)
            lines.last() = lines.last().leftJustified(summaryColumn);
        else
            lines << QString(summaryColumn, u' ');
        lines.last() += translated(command.summary);
        text += lines.join(u'\n') + u'\n';
    }
    text += u'\n' +
            Cli::tr("Options for every command:\n"
                    "  --lang fr|en     language of the output\n"
                    "  --help           this help; 'hostreview-cli help COMMAND' for one command\n"
                    "  --version        the version\n"
                    "\n"
                    "Every command that changes a review file records who did it: --author NAME, by default\n"
                    "$HOSTREVIEW_AUTHOR, else the account's full name.\n"
                    "\n"
                    "Exit status: 0 success, 2 bad usage or invalid input, 1 any other failure.") +
            u'\n';
    return text;
}

QString Commands::help(const Command& command)
{
    QStringList lines;
    for (const QString& synopsis : command.synopses)
        lines << wrapped(u"hostreview-cli "_s + command.name + u' ', synopsis);
    lines << translated(command.description);
    if (!command.aliases.isEmpty())
        lines << Cli::tr("Alias: %1").arg(command.aliases.join(u", "_s));
    if (!command.options.isEmpty()) {
        lines << QString() << Cli::tr("Options:");
        // The descriptions line up after the options, but for one too long to have its own beside it.
        qsizetype widest = 0;
        for (const Option& o : command.options) {
            if (2 + o.spelling().size() + 3 <= optionColumnMax)
                widest = std::max(widest, o.spelling().size());
        }
        const qsizetype column = 2 + widest + 3;
        for (const Option& o : command.options) {
            QString description = translated(o.description);
            if (!o.defaultValue.isEmpty())
                description = Cli::tr("%1 Default: %2.").arg(description, o.defaultValue);
            const QString spelled = u"  "_s + o.spelling();
            if (spelled.size() + 2 <= column)
                lines << spelled.leftJustified(column) + description;
            else
                lines << spelled << QString(column, u' ') + description;
        }
    }
    return lines.join(u'\n') + u'\n';
}

QString Commands::usage(const Command& command)
{
    const QString line = Cli::tr("usage: %1");
    const qsizetype indent = std::max<qsizetype>(line.indexOf(u"%1"_s), 0);
    return line.arg(synopsisLines(command).join(u'\n' + QString(indent, u' ')));
}

} // namespace hostreview
