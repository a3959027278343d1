// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

// hostreview-cli's commands, each declared once (Commands.cpp): its name, synopsis, summary,
// description and options. The help, the usage line of a usage error and the options each
// command is parsed with are all derived from that declaration (CommandHelp.cpp).
namespace hostreview {

class Cli;
struct Invocation;

// An option of a command, as the user types it and as the help documents it.
struct Option
{
    // {u"o"_s, u"output"_s} is typed -o or --output: one letter takes one dash, longer names two.
    QStringList names{};
    // What the option takes ("FILE.json"), as the help shows it; empty for a flag.
    QString valueName{};
    // One sentence, QT_TRANSLATE_NOOP("hostreview::Cli", ...): translated when shown.
    const char* description = nullptr;
    // The value when the option is not given; empty for none.
    QString defaultValue{};

    // "-o, --output FILE.json"
    QString spelling() const;
    QCommandLineOption toParserOption() const;
};

// A command of hostreview-cli.
struct Command
{
    QString name{};
    // Other names it answers to ("analyse" for "analyze").
    QStringList aliases{};
    // Each form of the command's arguments, after "hostreview-cli NAME" (not translated), one at
    // least: "REVIEW.db --dossier ID [-o FILE.json] [--public]".
    QStringList synopses{};
    // One line for the list of commands, QT_TRANSLATE_NOOP("hostreview::Cli", ...).
    const char* summary = nullptr;
    // What it does, a paragraph (lines of at most ~100 characters), QT_TRANSLATE_NOOP as well.
    const char* description = nullptr;
    QList<Option> options{};
    // The command records an action in a review file: it takes --author NAME (added to its
    // options by Commands::all(), declared once there; the general help says which commands).
    bool records = false;
    // Runs the command on its parsed arguments; returns the exit code.
    int (Cli::*run)(const Invocation&) = nullptr;

    bool answersTo(const QString& word) const { return word == name || aliases.contains(word); }
};

// A command as it was typed: its arguments, parsed with the options the command declares.
struct Invocation
{
    const Command& command;
    QCommandLineParser parser;

    explicit Invocation(const Command& command);
    // `args` starts with the command's name; false (see parser.errorText()) when they do not parse.
    bool parse(const QStringList& args);

    QStringList positional() const { return parser.positionalArguments(); }
    bool isSet(const QString& option) const { return parser.isSet(option); }
    QString value(const QString& option) const { return parser.value(option); }
    QStringList values(const QString& option) const { return parser.values(option); }
};

// Every command, and the texts derived from their declarations.
class Commands
{
public:
    // In the order of the help.
    static const QList<Command>& all();
    // By name or alias; nullptr when there is none.
    static const Command* find(const QString& nameOrAlias);

    // hostreview-cli --help: every command with its synopsis and summary, the options for every
    // command and the exit status.
    static QString generalHelp();
    // hostreview-cli help COMMAND: its synopsis, description and options.
    static QString help(const Command& command);
    // "usage: hostreview-cli NAME SYNOPSIS", a line for each form.
    static QString usage(const Command& command);
    // "hostreview-cli NAME SYNOPSIS", one string for each form.
    static QStringList synopsisLines(const Command& command);
    // The options a command's arguments are parsed with.
    static QList<QCommandLineOption> parserOptions(const Command& command);

private:
    // The declarations (Commands.cpp), which name Cli's private functions.
    static QList<Command> table();
};

} // namespace hostreview
