// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Commands.h"
#include "model/Dossier.h"
#include "storage/ReviewFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace hostreview {

// hostreview-cli: everything a user can do with HostReview, without a display.
// Exit codes: 0 success, 2 bad usage or invalid input, 1 any other failure; errors go to `err`.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(hostreview::Cli)

    // The table of commands names the functions that run them.
    friend class Commands;

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
    // The usage of the command (from its declaration, Commands.cpp); returns Usage.
    int usage(const Invocation& in);
    // The commands, run on their arguments parsed with the options Commands.cpp declares for them.
    int importCommand(const Invocation& in);
    int exportCommand(const Invocation& in);
    int listCommand(const Invocation& in);
    int showCommand(const Invocation& in);
    int historyCommand(const Invocation& in);
    int generateCommand(const Invocation& in);
    int analyzeCommand(const Invocation& in);
    int matrixCommand(const Invocation& in);
    int vendorCommand(const Invocation& in);
    int reportCommand(const Invocation& in);
    // The regulator's review (CliReview.cpp).
    int assessmentCommand(const Invocation& in);
    int templateCommand(const Invocation& in);
    int assessCommand(const Invocation& in);
    int decideCommand(const Invocation& in);
    int claimCommand(const Invocation& in);
    int claimsCommand(const Invocation& in);
    static QString assessmentText(const Dossier& dossier);
    // The dossier's record (CliEdit.cpp): what the desktop application's Edit menu does.
    int addRequirementCommand(const Invocation& in);
    int reviseCommand(const Invocation& in);
    int sourceCommand(const Invocation& in);
    int addVendorCommand(const Invocation& in);
    int addBidCommand(const Invocation& in);
    int answerCommand(const Invocation& in);
    int retractCommand(const Invocation& in);
    int reinstateCommand(const Invocation& in);
    int auditCommand(const Invocation& in);
    // Authoring a dossier (CliAuthoring.cpp).
    int newDossierCommand(const Invocation& in);
    int dossierCommand(const Invocation& in);
    int eventCommand(const Invocation& in);
    int bidStatusCommand(const Invocation& in);
    int criterionCommand(const Invocation& in);
    int importRequirementsCommand(const Invocation& in);
    int importAnswersCommand(const Invocation& in);
    // Reads the metadata options of new-dossier and dossier into `info`; false after saying why.
    bool metadataOptions(const Invocation& in, DossierInfo& info);
    int checkCommand(const Invocation& in);
    // The start of an editing command (CliEdit.cpp): REVIEW.db, --dossier and the `required`
    // options given and `otherwiseValid` (else the usage), the file opened and the dossier loaded.
    // Returns Ok or the exit code.
    struct EditArgs;
    int beginEdit(EditArgs& e,
                  const QStringList& required,
                  bool otherwiseValid,
                  ReviewFile::LoadScope scope = ReviewFile::LoadScope::WithoutBids);
    // Reads the options of a revision (--effective, --text, ...) into `r`; false after saying why.
    bool revisionOptions(const Invocation& in, const Dossier& dossier, RequirementRevision& r);
    // Opens an existing review file to change it; nullptr (after saying why, with *exitCode set) on failure.
    std::unique_ptr<ReviewFile>
    openReviewFile(const QString& path, int* exitCode, ReviewFile::Mode mode = ReviewFile::Mode::OpenExisting);
    // Warns (on the error output) that a change effective on `effective` is recorded more than a
    // day later, as its history will show.
    void warnIfLate(const Moment& effective, const QTimeZone& zone);
    // Prints every refused row of a spreadsheet (the first 50) and that nothing was written;
    // returns the exit code (Usage).
    int refusedRows(const QList<Error>& errors);
    // Says why the review file at `path` refused an action; returns the exit code (Usage).
    int failed(const QString& path, const Error& error);
    // Loads a dossier from a review file into `out`; on failure says why and returns the exit code.
    int loadFromReviewFile(const QString& path,
                           const QString& dossierId,
                           Dossier& out,
                           ReviewFile::LoadScope scope = ReviewFile::LoadScope::Everything);
    int loadDossier(const ReviewFile& file,
                    const QString& dossierId,
                    Dossier& out,
                    ReviewFile::LoadScope scope = ReviewFile::LoadScope::Everything);
    // Writes UTF-8 bytes to the output as they are; 1 (with a message) when they cannot be written.
    int writeUtf8(const QByteArray& bytes);
    // The day of --as-of, else the dossier's final deadline; nullopt (after saying why) when invalid.
    std::optional<QDate> dayOption(const Invocation& in, const QString& option, const Dossier& dossier);

    QTextStream& m_out;
    QTextStream& m_err;
    // Who records the actions of this invocation (--author, $HOSTREVIEW_AUTHOR, the account's name).
    QString m_author;
};

} // namespace hostreview
