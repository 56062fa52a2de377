#pragma once

#include <QString>
#include <QStringList>

namespace herald::directory {

class LineReader;

// RFC 4180 records from a LineReader: comma-separated, fields optionally in double quotes, "" for a quote
// inside quotes, line breaks inside quotes. A UTF-8 byte-order mark on the first line is dropped.
// A record that is not valid UTF-8, has a stray quote, or is longer than the reader's limit comes back
// with an error (and the reader carries on with the next record).
class CsvReader final
{
public:
    struct Record
    {
        bool end = false;
        qint64 line = 0; // where the record starts, 1-based
        QStringList fields;
        QString error; // non-empty: rejected, with the reason
        bool blank = false;
    };

    explicit CsvReader(LineReader &lines);
    Record next();

    // Splits one decoded record; returns false (and the reason) on a stray or unclosed quote.
    static bool split(const QString &record, QStringList *fields, QString *error);

private:
    LineReader &m_lines;
    bool m_first = true;
};

} // namespace herald::directory
