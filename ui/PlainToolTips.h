// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QString>

namespace hostreview {

// Tool tips show dossier data (a vendor's name, a requirement's text, a comment), and Qt reads a
// tool tip as rich text whenever it looks like markup: a vendor named "<img src=x>" would load an
// image. Installed on the application, this filter shows every tool tip as the plain text it is.
class PlainToolTips final : public QObject
{
public:
    // Installs the filter on the application once; later calls do nothing.
    static void install();
    // `plain` as rich text that shows exactly its characters (line breaks kept).
    static QString richTextOf(const QString& plain);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace hostreview
