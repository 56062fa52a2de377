#pragma once

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

namespace herald::directory {

// Reads a device line by line without holding more than one line (at most maxLineBytes) in memory.
// A longer line is skipped to its end and reported as TooLong; "\n" and "\r\n" both end a line.
class LineReader final
{
public:
    enum class Outcome { Line, TooLong, End };

    LineReader(QIODevice *device, qint64 maxLineBytes);

    Outcome next(QByteArray *line);
    qint64 lineNumber() const { return m_lineNumber; } // 1-based, of the line last returned
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 maxLineBytes() const { return m_max; }

private:
    QIODevice *m_device;
    qint64 m_max;
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_buffer;
};

} // namespace herald::directory
