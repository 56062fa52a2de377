#include "LineReader.h"

#include <QIODevice>

#include <cstring>

namespace herald::directory {

LineReader::LineReader(QIODevice *device, qint64 maxLineBytes)
    : m_device(device)
    , m_max(maxLineBytes)
{
}

LineReader::Outcome LineReader::next(QByteArray *line)
{
    line->resize(0); // keeps its capacity for the next line
    if (m_device->atEnd())
        return Outcome::End;
    // One buffer for every line: QIODevice::readLine(maxSize) would allocate (and fault in) maxSize bytes
    // per call, which for a 1 MB limit costs more than parsing the line.
    if (m_buffer.size() < m_max + 2)
        m_buffer.resize(m_max + 2);
    const qint64 got = m_device->readLine(m_buffer.data(), m_max + 2);
    if (got <= 0)
        return Outcome::End;
    ++m_lineNumber;
    m_bytesRead += got;
    const bool hasNewline = m_buffer.at(got - 1) == '\n';
    if (!hasNewline && got > m_max && !m_device->atEnd()) {
        // Too long: drain the rest of this line in bounded pieces.
        char drain[64 * 1024];
        for (;;) {
            const qint64 n = m_device->readLine(drain, sizeof drain);
            if (n <= 0)
                break;
            m_bytesRead += n;
            if (drain[n - 1] == '\n')
                break;
        }
        return Outcome::TooLong;
    }
    qint64 length = got;
    if (hasNewline)
        --length;
    if (length > 0 && m_buffer.at(length - 1) == '\r')
        --length;
    if (length > m_max)
        return Outcome::TooLong;
    line->resize(length); // keeps the caller's buffer from line to line (clear() would free it)
    memcpy(line->data(), m_buffer.constData(), size_t(length));
    return Outcome::Line;
}

} // namespace herald::directory
