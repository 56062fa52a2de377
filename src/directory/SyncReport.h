#pragma once

#include "common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace herald::directory {

// What a DirectorySync did.
struct SyncReport
{
    struct Failure
    {
        QString teamId;
        Error error;
    };

    int teams = 0;        // teams to visit
    int teamsDone = 0;    // fully synced
    qint64 members = 0;   // roster entries stored
    qint64 left = 0;      // memberships marked left
    qint64 requests = 0;  // connector calls sent
    qint64 throttled = 0; // 429 answers
    qint64 retries = 0;   // calls repeated after a retryable failure
    int resumed = 0;      // rosters continued from a saved continuation token
    int skipped = 0;      // teams the interrupted pass it resumed had finished (not fetched again)
    bool cancelled = false;
    QList<Failure> failures;

    QJsonObject toJson() const;
};

} // namespace herald::directory
