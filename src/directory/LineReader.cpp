#include "LineReader.h"

#include <QIODevice>

namespace herald::directory {

LineReader::LineReader(QIODevice *device, qint64 maxLineBytes)
    : m_device(device)
    , m_max(maxLineBytes)
{
}

LineReader::Outcome LineReader::next(QByteArray *line)
{
    line->clear();
    if (m_device->atEnd())
        return Outcome::End;
    QByteArray chunk = m_device->readLine(m_max + 2);
    if (chunk.isEmpty() && m_device->atEnd())
        return Outcome::End;
    ++m_lineNumber;
    m_bytesRead += chunk.size();
    bool complete = chunk.endsWith('\n') || m_device->atEnd();
    if (!complete && chunk.size() > m_max) {
        // Too long: drain the rest of this line in bounded pieces.
        while (!m_device->atEnd()) {
            const QByteArray rest = m_device->readLine(64 * 1024);
            m_bytesRead += rest.size();
            if (rest.isEmpty() || rest.endsWith('\n'))
                break;
        }
        return Outcome::TooLong;
    }
    if (chunk.endsWith('\n'))
        chunk.chop(1);
    if (chunk.endsWith('\r'))
        chunk.chop(1);
    if (chunk.size() > m_max)
        return Outcome::TooLong;
    *line = std::move(chunk);
    return Outcome::Line;
}

} // namespace herald::directory
