// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QAbstractItemModel>

namespace hostreview {

// Tells the views that every header and cell text may read differently (the language or the
// locale changed): the models compute their texts when asked, so a repaint is all it takes.
inline void announceNewTexts(QAbstractItemModel* model)
{
    if (!model)
        return;
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0) {
        emit model->headerDataChanged(Qt::Vertical, 0, rows - 1);
        if (columns > 0)
            emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
    }
}

} // namespace hostreview
