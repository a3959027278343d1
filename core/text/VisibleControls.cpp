// SPDX-License-Identifier: EUPL-1.2
#include "text/VisibleControls.h"

#include <algorithm>

namespace hostreview {

namespace {

bool isHiddenControl(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

QByteArray escaped(char32_t c)
{
    return QByteArray("\\u") + QByteArray::number(uint(c), 16).rightJustified(4, '0');
}

} // namespace

VisibleControls::VisibleControls(QIODevice* target)
    : m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

VisibleControls::~VisibleControls()
{
    if (m_pendingC2)
        m_target->write("\xc2", 1);
}

QString VisibleControls::visible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (isHiddenControl(c.unicode()))
            out += QString::fromLatin1(escaped(c.unicode()));
        else
            out += c;
    }
    return out;
}

QString VisibleControls::targetError() const
{
    return m_target->errorString();
}

qint64 VisibleControls::readData(char*, qint64)
{
    return -1;
}

qint64 VisibleControls::writeData(const char* data, qint64 size)
{
    // Most output holds no control character at all (JSON escapes its own): written as it is.
    const bool plain = !m_pendingC2 && std::none_of(data, data + size, [](char c) {
        const uchar b = uchar(c);
        return b == 0xc2 || b == 0x7f || (b < 0x20 && b != '\n' && b != '\t');
    });
    if (plain) {
        if (m_target->write(data, size) != size) {
            setErrorString(m_target->errorString());
            return -1;
        }
        return size;
    }
    QByteArray out;
    out.reserve(size + (m_pendingC2 ? 1 : 0));
    qint64 i = 0;
    if (m_pendingC2) {
        m_pendingC2 = false;
        if (size > 0 && uchar(data[0]) >= 0x80 && uchar(data[0]) <= 0x9f) {
            out += escaped(uchar(data[0]));
            i = 1;
        } else {
            out += '\xc2';
        }
    }
    for (; i < size; ++i) {
        const uchar b = uchar(data[i]);
        if (b == 0xc2) {
            if (i + 1 == size) {
                m_pendingC2 = true; // its continuation comes with the next write
                break;
            }
            const uchar next = uchar(data[i + 1]);
            if (next >= 0x80 && next <= 0x9f) {
                out += escaped(next);
                ++i;
                continue;
            }
        } else if (b < 0x80 && isHiddenControl(b)) {
            out += escaped(b);
            continue;
        }
        out += char(b);
    }
    if (!out.isEmpty() && m_target->write(out) != out.size()) {
        setErrorString(m_target->errorString());
        return -1;
    }
    return size;
}

} // namespace hostreview
