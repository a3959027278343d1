// SPDX-License-Identifier: EUPL-1.2
#include "PlainToolTips.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace hostreview {

void PlainToolTips::install()
{
    static PlainToolTips* filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new PlainToolTips(qApp);
    qApp->installEventFilter(filter);
}

QString PlainToolTips::richTextOf(const QString& plain)
{
    // <qt> marks the text as rich, so that the escapes read back as the characters they stand for.
    return u"<qt>"_s + plain.toHtmlEscaped().replace(u'\n', u"<br/>"_s) + u"</qt>"_s;
}

bool PlainToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    auto* help = static_cast<QHelpEvent*>(event);
    QString text;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget()); view && view->viewport() == widget) {
        const QModelIndex index = view->indexAt(help->pos());
        if (!index.isValid())
            return false;
        text = index.data(Qt::ToolTipRole).toString();
    } else {
        text = widget->toolTip();
    }
    if (text.isEmpty())
        return false; // Qt hides any tool tip shown
    QToolTip::showText(help->globalPos(), richTextOf(text), widget);
    return true;
}

} // namespace hostreview
