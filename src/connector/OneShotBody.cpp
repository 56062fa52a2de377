#include "OneShotBody.h"

#include <cstring>

namespace herald::connector {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    // Qt rewinds (reset() is seek(0)) only to send the request again.
    if (m_read && pos != this->pos()) {
        m_resendRefused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - pos());
    if (n <= 0)
        return n < 0 ? -1 : 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    m_read = true;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace herald::connector
