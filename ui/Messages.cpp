#include "Messages.h"

#include <QMessageBox>

namespace hostreview {

namespace {

Messages::Handler& handler()
{
    static Messages::Handler h;
    return h;
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
    QMessageBox::warning(parent, title, text);
}

void Messages::information(QWidget* parent, const QString& title, const QString& text)
{
    if (handler()) {
        handler()(Kind::Information, title, text);
        return;
    }
    QMessageBox::information(parent, title, text);
}

bool Messages::question(QWidget* parent, const QString& title, const QString& text)
{
    if (handler())
        return handler()(Kind::Question, title, text);
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

} // namespace hostreview
