#pragma once

#include "common/DataDirectory.h"
#include "common/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace herald::cli {

// What every herald-cli command gets: the data directory, and one way to answer.
// With --json the answer is one JSON object on stdout; progress and errors go to stderr.
class CliContext final
{
public:
    CliContext(DataDirectory dataDir, bool json);

    const DataDirectory &dataDir() const { return m_dataDir; }
    bool json() const { return m_json; }

    void print(const QString &line) const;        // stdout, human output (suppressed in JSON mode)
    void progress(const QString &line) const;     // stderr
    void printJson(const QJsonObject &obj) const; // stdout, one compact line
    // Reports a failure (stderr sentence, or a JSON {"ok":false,"error":{…}}) and returns exit code.
    int fail(const Error &error, int exitCode = 1) const;
    int usage(const QString &text) const; // exit code 2 (with --json, also a JSON error object)

private:
    DataDirectory m_dataDir;
    bool m_json;
};

QJsonObject errorToJson(const Error &error);

// The same answers before a CliContext exists (no command yet, or no data folder): with --json, one JSON
// object {"ok":false,"error":{…}} on stdout; the sentence on stderr either way.
int reportFailure(bool json, const Error &error, int exitCode = 1);
int reportUsage(bool json, const QString &text); // exit code 2; the error's code is "usage"

} // namespace herald::cli
