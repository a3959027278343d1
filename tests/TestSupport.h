#pragma once

#include "Dossier.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

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

} // namespace hostreview::test
