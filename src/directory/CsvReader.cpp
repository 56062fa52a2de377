#include "CsvReader.h"

#include "LineReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace herald::directory {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::directory)
};

// Whether a record is still inside a quoted field after this line. Only a quote that opens a field starts
// quoting (a stray quote in an unquoted field does not swallow the following lines).
bool endsInsideQuotes(const QByteArray &line, bool inside)
{
    bool fieldStart = !inside;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inside) {
            if (c == '"') {
                if (i + 1 < line.size() && line.at(i + 1) == '"')
                    ++i;
                else
                    inside = false;
            }
            continue;
        }
        if (c == ',') {
            fieldStart = true;
            continue;
        }
        if (c == '"' && fieldStart) {
            inside = true;
            fieldStart = false;
            continue;
        }
        if (c != ' ' && c != '\t')
            fieldStart = false;
    }
    return inside;
}

} // namespace

CsvReader::CsvReader(LineReader &lines)
    : m_lines(lines)
{
}

CsvReader::Record CsvReader::next()
{
    Record record;
    QByteArray bytes;
    QByteArray line;
    bool inside = false; // within a quoted field that goes on past the line
    bool tooLong = false;
    for (;;) {
        const LineReader::Outcome outcome = m_lines.next(&line);
        if (outcome == LineReader::Outcome::End) {
            if (record.line == 0) {
                record.end = true;
                return record;
            }
            record.error = Text::tr("A quoted field is not closed before the end of the file.");
            return record;
        }
        if (record.line == 0)
            record.line = m_lines.lineNumber();
        if (outcome == LineReader::Outcome::TooLong) {
            tooLong = true;
            if (!inside)
                break;
            continue;
        }
        if (m_first) {
            m_first = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
        }
        if (!bytes.isEmpty() || record.line != m_lines.lineNumber())
            bytes.append('\n');
        if (!tooLong)
            bytes.append(line);
        inside = endsInsideQuotes(line, inside);
        if (bytes.size() > m_lines.maxLineBytes())
            tooLong = true;
        if (!inside)
            break; // a record ends with a line that closes its quoted fields
    }
    if (tooLong) {
        record.error = Text::tr("The line is longer than %1 MB.")
                           .arg(double(m_lines.maxLineBytes()) / (1024 * 1024), 0, 'g', 3);
        return record;
    }
    if (bytes.trimmed().isEmpty()) {
        record.blank = true;
        return record;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        record.error = Text::tr("The line is not valid UTF-8 text.");
        return record;
    }
    if (!split(text, &record.fields, &record.error))
        record.fields.clear();
    return record;
}

bool CsvReader::split(const QString &record, QStringList *fields, QString *error)
{
    fields->clear();
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    const QChar *data = record.constData();
    const qsizetype n = record.size();
    // Plain text is copied in runs up to the next comma or quote, not a character at a time.
    auto runEnd = [&](qsizetype from, bool inQuotes) {
        while (from < n && data[from] != u'"' && (inQuotes || data[from] != u','))
            ++from;
        return from;
    };
    for (qsizetype i = 0; i < n;) {
        if (quoted) {
            const qsizetype end = runEnd(i, true);
            field.append(data + i, end - i);
            if (end == n)
                break;
            if (end + 1 < n && data[end + 1] == u'"') {
                field.append(u'"');
                i = end + 2;
            } else {
                quoted = false;
                wasQuoted = true;
                i = end + 1;
            }
            continue;
        }
        const QChar c = data[i];
        if (c == u',') {
            fields->append(field);
            field.clear();
            wasQuoted = false;
            ++i;
            continue;
        }
        if (wasQuoted) {
            if (c == u' ' || c == u'\t') {
                ++i;
                continue; // tolerate blanks after a closing quote
            }
            *error = Text::tr("Unexpected text after a closing quote in field %1.").arg(fields->size() + 1);
            return false;
        }
        if (c == u'"') {
            if (!field.trimmed().isEmpty()) {
                *error =
                    Text::tr("A quote in the middle of field %1; quote the whole field and double the quote.")
                        .arg(fields->size() + 1);
                return false;
            }
            field.clear();
            quoted = true;
            ++i;
            continue;
        }
        const qsizetype end = runEnd(i, false);
        field.append(data + i, end - i);
        i = end;
    }
    if (quoted) {
        *error = Text::tr("A quoted field is not closed.");
        return false;
    }
    fields->append(field);
    return true;
}

} // namespace herald::directory
