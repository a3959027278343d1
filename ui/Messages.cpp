// SPDX-License-Identifier: EUPL-1.2
#include "Messages.h"

#include <QMessageBox>

namespace hostreview {

namespace {

Messages::Handler& handler()
{
    static Messages::Handler h;
    return h;
}

// Every message may quote data (a vendor's name, a file name): shown as plain text, never as
// markup, whatever it holds.
int show(QWidget* parent,
         QMessageBox::Icon icon,
         const QString& title,
         const QString& text,
         QMessageBox::StandardButtons buttons)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return box.exec();
}

} // namespace

void Messages::setHandler(Handler h)
{
    handler() = std::move(h);
}

void Messages::error(QWidget* parent, const QString& title, const QString& text)
{
    if (handler()) {
        handler()(Kind::Error, title, text);
        return;
    }
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok);
}

void Messages::information(QWidget* parent, const QString& title, const QString& text)
{
    if (handler()) {
        handler()(Kind::Information, title, text);
        return;
    }
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok);
}

bool Messages::question(QWidget* parent, const QString& title, const QString& text)
{
    if (handler())
        return handler()(Kind::Question, title, text);
    return show(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
}

} // namespace hostreview
