// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace hostreview {

// The one way the UI tells a person something went wrong, or asks a yes/no question. Tests
// install a handler so that no modal box ever blocks them, and assert what would have been said.
class Messages
{
public:
    enum class Kind { Error, Information, Question };
    // Returns the answer to a Question (true: yes); ignored for the other kinds.
    using Handler = std::function<bool(Kind kind, const QString& title, const QString& text)>;

    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static bool question(QWidget* parent, const QString& title, const QString& text);

    // Replaces the message boxes (nullptr: back to message boxes).
    static void setHandler(Handler handler);
};

} // namespace hostreview
