#pragma once

#include "common/Result.h"
#include "directory/DirectoryTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace herald::store {
class Database;
}

namespace herald::directory {

// Everyone's folded name and mail keys (SearchKey) in one UTF-8 block in name order, with each person's
// teams and reachability, so that an infix search over 100,000 people is one memory scan (a few ms)
// instead of a table scan. Loaded on first use and again whenever the directory's generation changed
// (DirectoryWriter::bumpGeneration, from this process or another). About 100 bytes a person.
class SearchIndex final
{
public:
    explicit SearchIndex(const store::Database &db);

    // Reloads when stale. Cheap when not (one small query).
    Status refresh();
    // The people matching filter.search (and filter.teamId), as row ids in the filter's order.
    // filter.search must fold to something non-empty.
    Result<QList<qint64>> match(const PersonFilter &filter);
    qint64 size() const { return qint64(m_entries.size()); }

private:
    struct Entry
    {
        qint64 pk = 0;
        qsizetype offset = 0; // start of "name_key\x1fmail_key" in m_blob
        qint32 length = 0;
        qint32 nameLength = 0;
        quint8 reachability = 0;
        QList<qint32> teams; // team numbers; negative (-n-1) for teams they left
    };
    Status load(qint64 generation);
    Result<qint64> currentGeneration() const;

    const store::Database &m_db;
    qint64 m_generation = -1;
    QByteArray m_blob;      // entries in name order, each "name\x1fmail\n"
    QList<Entry> m_entries; // in name order
    QHash<QString, qint32> m_teams;
    // The last answer: a model asks for the count and then for pages of the same search.
    QString m_lastKey;
    QList<qint64> m_lastMatch;
};

} // namespace herald::directory
