#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace herald::store {

// One forward step of the schema: applied once, in a transaction, when PRAGMA user_version < version.
struct Migration
{
    int version = 0;        // 1, 2, 3 … in order, no gaps
    QString description;    // for the log: "directory", "campaigns"
    QStringList statements; // DDL only; values never come from outside
};

} // namespace herald::store
