#pragma once

#include "common/Result.h"

#include <QString>

namespace herald {

// Where Herald keeps its settings and database: --data-dir, else HERALD_DATA_DIR, else the
// platform's application data folder. Tests and automation pass a directory of their own.
class DataDirectory final
{
public:
    // explicitDir wins when non-empty; the directory is created when missing.
    static Result<DataDirectory> open(const QString &explicitDir = {});

    QString path() const { return m_path; }
    QString settingsPath() const; // herald.ini: non-secret settings and profiles
    QString databasePath() const; // herald.sqlite: directory cache and campaigns

private:
    explicit DataDirectory(QString path);
    QString m_path;
};

} // namespace herald
