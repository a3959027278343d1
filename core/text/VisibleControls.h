// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace hostreview {

// A write-only device in front of a terminal (or any text output): control characters that a
// dossier's text may hold (ESC sequences that recolour or clear the screen, BEL, backspace,
// carriage return, DEL, the C1 controls U+0080-U+009F) are written as visible escapes
// ("\u001b") instead of reaching the terminal. Line feeds and tabs pass, since text output is
// laid out with them. UTF-8 in, UTF-8 out; a sequence split between two writes is kept whole.
// The target must outlive the device; the device does not own it.
class VisibleControls final : public QIODevice
{
public:
    explicit VisibleControls(QIODevice* target);
    ~VisibleControls() override;

    // The same rule on a string, for text shown elsewhere than through the device.
    static QString visible(const QString& text);

    bool isSequential() const override { return true; }
    // The target's error, when a write failed.
    QString targetError() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice* m_target;
    bool m_pendingC2 = false; // the last byte written was 0xC2, the lead byte of U+0080-U+00BF
};

} // namespace hostreview
