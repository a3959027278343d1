// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "model/Dossier.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hostreview::test {

// Absolute path of a file in the source tree.
QString sourcePath(const QString& relative);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

// The bundled main demo dossier, parsed (fails the calling test when invalid).
Dossier demoDossier();
QString demoPath();

// A small valid dossier in the interchange format, for tests that edit one thing of it.
QByteArray minimalJson();

// Runs hostreview-cli in-process; returns the exit code and fills out and err.
int runCli(const QStringList& args, QString* out = nullptr, QString* err = nullptr);

// A test with the bundled demo imported into a fresh review file (m_review) in a temporary
// directory (m_dir), through the CLI as a user would.
class DemoReviewFileTest : public ::testing::Test
{
protected:
    void SetUp() override;
    // Writes bytes to a file of the temporary directory; returns its path.
    QString write(const QString& name, const QByteArray& bytes);
    // The demo dossier as the review file now holds it (fails the test when it cannot be read).
    Dossier demoAsStored() const;
    QTemporaryDir m_dir;
    QString m_review;
};

} // namespace hostreview::test
