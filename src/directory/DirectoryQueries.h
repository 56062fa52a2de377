#pragma once

#include "common/Result.h"
#include "directory/DirectoryTypes.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace herald::store {
class Database;
}

namespace herald::directory {

// Read-only questions about the directory, answered from the database with prepared statements.
// Search is an infix match on name, email or UPN, ignoring case and accents ("jose" finds "José"):
// with a SearchIndex the folded keys are scanned in memory, without one the table is scanned.
// Cheap to construct; use one per thread (it uses that thread's connection).
class SearchIndex;

class DirectoryQueries final
{
public:
    // With an index, searches scan it in memory (fast, for models); without, they scan the table.
    explicit DirectoryQueries(const store::Database &db, SearchIndex *index = nullptr);

    // Sorted by name; member counts count active members.
    Result<QList<TeamSummary>> teams() const;
    // By id, else by name (case-insensitive, exact). Input error when there is no such team.
    Result<TeamSummary> findTeam(const QString &idOrName) const;
    // General first, then by name.
    Result<QList<ChannelSummary>> channels(const QString &teamId) const;

    Result<qint64> countPeople(const PersonFilter &filter) const;
    Result<QList<PersonRow>> people(const PersonFilter &filter, qint64 offset, int limit) const;
    // Input error when the person is not in the directory.
    Result<PersonDetails> person(const QString &personId) const;
    Result<DirectoryCounts> counts() const;

    // Teams a sync should visit: those the bot is installed in (all when includeUninstalled).
    Result<QStringList> teamIds(bool includeUninstalled = false) const;

private:
    // The WHERE clause (beginning " WHERE …" or empty) and its values, for a filter.
    QString whereClause(const PersonFilter &filter, QVariantList *values) const;
    QString selectColumns(const PersonFilter &filter, QVariantList *values) const;
    Result<QList<PersonRow>> fetch(const QString &sql, const QVariantList &values, int limit) const;

    const store::Database &m_db;
    SearchIndex *m_index;
};

} // namespace herald::directory
