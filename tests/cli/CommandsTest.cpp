// SPDX-License-Identifier: EUPL-1.2
// hostreview-cli's commands as a user meets them: each is declared once (app/cli/Commands.cpp),
// and the general help, its own help, the usage line of a usage error and the options it accepts
// all follow from that declaration, in English and in French.
#include "Commands.h"
#include "TestSupport.h"
#include "support/Language.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <cstdio>

using namespace hostreview;
using namespace hostreview::test;
using namespace Qt::StringLiterals;

namespace {

// QCommandLineParser warns when it is asked for an option it was not given: a command reading an
// option its declaration lacks would get nothing, silently. Such a warning fails the test that
// caused it, in every CLI test.
QtMessageHandler previousHandler = nullptr;

void failOnUndeclaredOption(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"QCommandLineParser: option not defined"_s))
        ADD_FAILURE() << "a command reads an option it does not declare: " << message.toStdString();
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

class UndeclaredOptionsFail : public ::testing::Environment
{
public:
    void SetUp() override { previousHandler = qInstallMessageHandler(failOnUndeclaredOption); }
    void TearDown() override { qInstallMessageHandler(previousHandler); }
};

[[maybe_unused]] const auto* const undeclaredOptionsFail =
    ::testing::AddGlobalTestEnvironment(new UndeclaredOptionsFail);

QString translated(const char* text)
{
    return QCoreApplication::translate("hostreview::Cli", text);
}

// Spaces and line breaks as one space: the help wraps a long synopsis.
QString flat(const QString& text)
{
    return text.simplified();
}

// The options a synopsis names, without their dashes: "dossier", "o".
QStringList optionsNamed(const QString& synopsis)
{
    static const QRegularExpression option(u"(?<![\\w-])--?([a-z][a-z-]*)"_s);
    QStringList names;
    auto it = option.globalMatch(synopsis);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

// The help in French while it lives (in process, --lang is not read: main() reads it).
struct InFrench
{
    InFrench() { EXPECT_TRUE(Language::install(u"fr"_s)); }
    ~InFrench() { Language::install(u"en"_s); }
};

using CommandsRunTest = DemoReviewFileTest;

} // namespace

TEST(CommandsTest, TheGeneralHelpListsEveryCommandWithItsSynopsisAndSummary)
{
    QString out, err;
    ASSERT_EQ(runCli({u"--help"_s}, &out, &err), 0);
    EXPECT_TRUE(err.isEmpty());
    ASSERT_FALSE(Commands::all().isEmpty());
    for (const Command& c : Commands::all()) {
        EXPECT_FALSE(c.synopses.isEmpty()) << c.name.toStdString();
        for (const QString& synopsis : c.synopses) {
            // The start of each form, shortened with " ..." when it is long.
            const QString start = u"\n  "_s + c.name + u' ' + synopsis.section(u' ', 0, 1);
            EXPECT_TRUE(out.contains(start)) << c.name.toStdString() << ": " << out.toStdString();
        }
        EXPECT_TRUE(out.contains(translated(c.summary) + u'\n')) << c.name.toStdString();
    }
    // Today's layout: summaries in a column, beside a short synopsis or under a long one.
    EXPECT_TRUE(out.startsWith(u"Usage: hostreview-cli COMMAND [OPTIONS]\n\nReview authorisations"_s));
    EXPECT_TRUE(out.contains(
        u"\nCommands:\n  import FILE.json --into REVIEW.db          store a dossier in a review file (created if missing)\n"_s));
    EXPECT_TRUE(
        out.contains(u"\n  export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
                     "                                             write a dossier as JSON (stdout without -o)\n"_s));
    EXPECT_TRUE(out.contains(u"\n  reinstate REVIEW.db --dossier ID --entry N bring back what a retraction took\n"_s));
    EXPECT_TRUE(
        out.contains(u"\n  decide REVIEW.db --dossier ID [--outcome OUTCOME] [--vendor VID | --no-vendor] ...\n"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"\nOptions for every command:\n  --lang fr|en     language of the output\n"_s));
    EXPECT_TRUE(out.endsWith(u"\nExit status: 0 success, 2 bad usage or invalid input, 1 any other failure.\n"_s));
    for (const QString& line : out.split(u'\n')) {
        // A synopsis (a summary under one may be longer).
        if (!line.startsWith(QString(45, u' '))) {
            EXPECT_LE(line.size(), 100) << line.toStdString();
        }
    }
    // The other ways to ask for it.
    for (const QString& ask : {u"-h"_s, u"help"_s}) {
        QString again;
        ASSERT_EQ(runCli({ask}, &again), 0);
        EXPECT_EQ(again, out);
    }
}

TEST(CommandsTest, TheHelpOfACommandShowsItsSynopsisDescriptionAndOptions)
{
    for (const Command& c : Commands::all()) {
        const std::string name = c.name.toStdString();
        QString out, err;
        ASSERT_EQ(runCli({u"help"_s, c.name}, &out, &err), 0) << name;
        EXPECT_TRUE(err.isEmpty()) << name;
        for (const QString& asked : {u"--help"_s, u"-h"_s}) {
            QString again;
            ASSERT_EQ(runCli({c.name, asked}, &again), 0) << name;
            EXPECT_EQ(again, out) << name;
        }
        EXPECT_TRUE(out.startsWith(u"hostreview-cli "_s + c.name)) << out.toStdString();
        for (const QString& synopsis : c.synopses) {
            EXPECT_TRUE(flat(out).contains(flat(u"hostreview-cli "_s + c.name + u' ' + synopsis)))
                << name << ": " << out.toStdString();
        }
        EXPECT_TRUE(out.contains(translated(c.description))) << name;
        for (const Option& o : c.options) {
            EXPECT_TRUE(out.contains(u"  "_s + o.spelling())) << name << ": " << o.spelling().toStdString();
            EXPECT_TRUE(out.contains(translated(o.description))) << name << ": " << o.spelling().toStdString();
            if (!o.defaultValue.isEmpty()) {
                EXPECT_TRUE(out.contains(u"Default: "_s + o.defaultValue)) << name;
            }
        }
        for (const QString& line : out.split(u'\n')) {
            if (line.startsWith(u"hostreview-cli "_s) || line.startsWith(u"   "_s)) {
                EXPECT_LE(line.size(), 100) << line.toStdString();
            }
        }
    }
    QString out;
    ASSERT_EQ(runCli({u"help"_s, u"export"_s}, &out), 0);
    EXPECT_EQ(out,
              u"hostreview-cli export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
              "Writes the dossier in the interchange format. --public leaves out confidential sources,\n"
              "confidential bids' prices and evidence, and confidential answers' evidence.\n"
              "Files are written whole (never half) and readable by their owner only.\n"
              "\n"
              "Options:\n"
              "  --dossier ID             The dossier id.\n"
              "  -o, --output FILE.json   Output file.\n"
              "  --public                 Leave out confidential material.\n"_s);
    // A long synopsis is wrapped under its first word.
    ASSERT_EQ(runCli({u"help"_s, u"decide"_s}, &out), 0);
    EXPECT_TRUE(out.startsWith(
        u"hostreview-cli decide REVIEW.db --dossier ID [--outcome OUTCOME] [--vendor VID | --no-vendor]\n"
        "                      [--decided-at DATE]"_s))
        << out.toStdString();
    // An unknown command has no help.
    QString err;
    EXPECT_EQ(runCli({u"help"_s, u"frobnicate"_s}, &out, &err), 2);
    EXPECT_TRUE(err.contains(u"unknown command \"frobnicate\""_s));
}

TEST(CommandsTest, AUsageErrorShowsTheSynopsisOfTheCommand)
{
    for (const Command& c : Commands::all()) {
        QString out, err;
        // No arguments: every command needs some.
        EXPECT_EQ(runCli({c.name}, &out, &err), 2) << c.name.toStdString();
        EXPECT_TRUE(out.isEmpty()) << c.name.toStdString();
        EXPECT_TRUE(err.startsWith(u"usage: hostreview-cli "_s + c.name + u' ')) << err.toStdString();
        for (const QString& synopsis : c.synopses)
            EXPECT_TRUE(err.contains(u"hostreview-cli "_s + c.name + u' ' + synopsis + u'\n')) << err.toStdString();
        EXPECT_TRUE(err.endsWith(u"\nTry 'hostreview-cli --help'.\n"_s)) << err.toStdString();
    }
    QString err;
    EXPECT_EQ(runCli({u"export"_s}, nullptr, &err), 2);
    EXPECT_EQ(err,
              u"usage: hostreview-cli export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
              "Try 'hostreview-cli --help'.\n"_s);
    // Each form of a command on its own line, under the first.
    EXPECT_EQ(runCli({u"claim"_s, u"x.db"_s, u"--dossier"_s, u"D"_s, u"--id"_s, u"C"_s}, nullptr, &err), 2);
    EXPECT_EQ(err,
              u"usage: hostreview-cli claim REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID]\n"
              "       hostreview-cli claim REVIEW.db --dossier ID --id CID --remove\n"
              "Try 'hostreview-cli --help'.\n"_s);
}

TEST(CommandsTest, EveryOptionACommandAcceptsIsDocumented)
{
    for (const Command& c : Commands::all()) {
        const std::string name = c.name.toStdString();
        QString help;
        ASSERT_EQ(runCli({u"help"_s, c.name}, &help), 0);
        QStringList accepted;
        for (const Option& o : c.options) {
            ASSERT_NE(o.description, nullptr) << name;
            for (const QString& n : o.names) {
                // Parsed as the command parses its arguments.
                const QString typed = (n.size() == 1 ? u"-"_s : u"--"_s) + n;
                Invocation in(c);
                QStringList args{c.name, typed};
                if (!o.valueName.isEmpty())
                    args << u"value"_s;
                EXPECT_TRUE(in.parse(args))
                    << name << " " << typed.toStdString() << ": " << in.parser.errorText().toStdString();
                EXPECT_TRUE(help.contains(typed)) << name << " accepts " << typed.toStdString() << " unsaid";
                accepted << n;
            }
        }
        // What the synopsis names, the command takes.
        for (const QString& synopsis : c.synopses) {
            for (const QString& n : optionsNamed(synopsis))
                EXPECT_TRUE(accepted.contains(n)) << name << "'s synopsis names " << n.toStdString();
        }
    }
    // Anything else is refused.
    QString err;
    EXPECT_EQ(runCli({u"export"_s, u"x.db"_s, u"--dossier"_s, u"D"_s, u"--frobnicate"_s}, nullptr, &err), 2);
    EXPECT_TRUE(err.contains(u"Unknown option 'frobnicate'"_s)) << err.toStdString();
}

TEST(CommandsTest, ReadingAnOptionACommandDoesNotDeclareFailsTheTest)
{
    Invocation in(*Commands::find(u"list"_s));
    ASSERT_TRUE(in.parse({u"list"_s, u"x.db"_s}));
    EXPECT_NONFATAL_FAILURE(in.isSet(u"dossier"_s), "does not declare");
}

TEST_F(CommandsRunTest, AnAliasRunsItsCommand)
{
    const Command* analyze = Commands::find(u"analyze"_s);
    ASSERT_NE(analyze, nullptr);
    EXPECT_EQ(Commands::find(u"analyse"_s), analyze);
    QString british, american;
    ASSERT_EQ(runCli({u"analyse"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &british), 0);
    ASSERT_EQ(runCli({u"analyze"_s, m_review, u"--dossier"_s, u"EMC2-2023"_s}, &american), 0);
    EXPECT_FALSE(british.isEmpty());
    EXPECT_EQ(british, american);
    QString help, aliasHelp;
    ASSERT_EQ(runCli({u"help"_s, u"analyze"_s}, &help), 0);
    ASSERT_EQ(runCli({u"help"_s, u"analyse"_s}, &aliasHelp), 0);
    EXPECT_EQ(aliasHelp, help);
    EXPECT_TRUE(help.contains(u"\nAlias: analyse\n"_s)) << help.toStdString();
}

TEST(CommandsTest, InFrenchTheHelpIsTranslated)
{
    const InFrench french;
    QString out, err;
    ASSERT_EQ(runCli({u"--help"_s}, &out), 0);
    EXPECT_TRUE(out.startsWith(u"Utilisation\u00a0: hostreview-cli COMMAND [OPTIONS]\n"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"\nCommandes\u00a0:\n"_s));
    EXPECT_TRUE(
        out.contains(u"\n  export REVIEW.db --dossier ID [-o FILE.json] [--public]\n"
                     "                                             écrit un dossier en JSON (sur stdout sans -o)\n"_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"\nCode de sortie\u00a0: 0 succès"_s));
    EXPECT_FALSE(out.contains(u"Exit status"_s));
    for (const Command& c : Commands::all()) {
        const std::string name = c.name.toStdString();
        EXPECT_NE(translated(c.summary), QString::fromUtf8(c.summary)) << name << ": summary not translated";
        EXPECT_NE(translated(c.description), QString::fromUtf8(c.description))
            << name << ": description not translated";
        EXPECT_TRUE(out.contains(translated(c.summary))) << name;
        QString help;
        ASSERT_EQ(runCli({u"help"_s, c.name}, &help), 0);
        EXPECT_TRUE(help.contains(translated(c.description))) << name;
        if (!c.options.isEmpty()) {
            EXPECT_TRUE(help.contains(u"\nOptions\u00a0:\n"_s)) << name;
        }
    }
    ASSERT_EQ(runCli({u"help"_s, u"decide"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"Enregistre la décision\u00a0; ce qui n'est pas indiqué reste tel qu'enregistré."_s))
        << out.toStdString();
    EXPECT_TRUE(out.contains(u"  --dossier ID"_s));
    EXPECT_TRUE(out.contains(u"L'identifiant du dossier.\n"_s));
    EXPECT_TRUE(out.contains(u"pending, authorized, authorized_with_conditions ou refused.\n"_s));
    ASSERT_EQ(runCli({u"help"_s, u"generate"_s}, &out), 0);
    EXPECT_TRUE(out.contains(u"Par défaut\u00a0: 100."_s)) << out.toStdString();
    // The usage line: its forms under one another, after the translated word.
    EXPECT_EQ(runCli({u"claim"_s}, nullptr, &err), 2);
    EXPECT_EQ(
        err,
        u"usage\u00a0: hostreview-cli claim REVIEW.db --dossier ID --id CID --kind KIND --text TEXT [--source SID]\n"
        "        hostreview-cli claim REVIEW.db --dossier ID --id CID --remove\n"
        "Essayez «\u00a0hostreview-cli --help\u00a0».\n"_s);
}
