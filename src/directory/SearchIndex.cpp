#include "SearchIndex.h"

#include "SearchKey.h"

#include "common/Logging.h"
#include "store/Database.h"

#include <QByteArrayMatcher>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>

namespace herald::directory {

SearchIndex::SearchIndex(const store::Database &db)
    : m_db(db)
{
}

Result<qint64> SearchIndex::currentGeneration() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT generation FROM directory_state WHERE id = 1")))
        return m_db.errorOf(q, QStringLiteral("generation"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status SearchIndex::refresh()
{
    auto generation = currentGeneration();
    if (!generation)
        return generation.error();
    if (*generation == m_generation)
        return Status::success();
    return load(*generation);
}

Status SearchIndex::load(qint64 generation)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray blob;
    QList<Entry> entries;
    QHash<qint64, qsizetype> byPk;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT pk, name_key, mail_key, reachability FROM people ORDER BY name_key, pk")))
        return m_db.errorOf(q, QStringLiteral("search index"));
    while (q.next()) {
        Entry e;
        e.pk = q.value(0).toLongLong();
        const QByteArray name = q.value(1).toString().toUtf8();
        const QByteArray mail = q.value(2).toString().toUtf8();
        e.offset = blob.size();
        e.nameLength = qint32(name.size());
        e.length = qint32(name.size() + 1 + mail.size());
        e.reachability = quint8(q.value(3).toInt());
        blob += name;
        blob += '\x1f';
        blob += mail;
        blob += '\n';
        byPk.insert(e.pk, entries.size());
        entries.append(std::move(e));
    }
    QHash<QString, qint32> teams;
    QSqlQuery m(m_db.connection());
    m.setForwardOnly(true);
    if (!m.exec(QStringLiteral("SELECT person_pk, team_id, active FROM memberships")))
        return m_db.errorOf(m, QStringLiteral("search index"));
    while (m.next()) {
        const auto it = byPk.constFind(m.value(0).toLongLong());
        if (it == byPk.constEnd())
            continue;
        const QString teamId = m.value(1).toString();
        auto t = teams.find(teamId);
        if (t == teams.end())
            t = teams.insert(teamId, qint32(teams.size()));
        entries[*it].teams.append(m.value(2).toInt() ? *t : -*t - 1);
    }
    m_blob = std::move(blob);
    m_entries = std::move(entries);
    m_teams = std::move(teams);
    m_generation = generation;
    m_lastKey.clear();
    m_lastMatch.clear();
    qCDebug(lcDirectory) << "search index loaded:" << m_entries.size() << "people in" << timer.elapsed()
                         << "ms";
    return Status::success();
}

Result<QList<qint64>> SearchIndex::match(const PersonFilter &filter)
{
    if (Status s = refresh(); !s)
        return s.error();
    const QString key = QStringLiteral("%1\n%2\n%3\n%4\n%5")
                            .arg(SearchKey::fold(filter.search), filter.teamId)
                            .arg(int(filter.sort))
                            .arg(int(filter.descending))
                            .arg(int(filter.includeLeft));
    if (key == m_lastKey)
        return m_lastMatch;
    const QByteArray needle = SearchKey::fold(filter.search).toUtf8();
    qint32 team = -1;
    if (!filter.teamId.isEmpty()) {
        const auto t = m_teams.constFind(filter.teamId);
        if (t == m_teams.constEnd())
            return QList<qint64>();
        team = *t;
    }
    QList<qsizetype> hits; // entry positions, in name order
    if (!needle.isEmpty()) {
        const QByteArrayMatcher matcher(needle);
        qsizetype from = 0;
        qsizetype entry = 0;
        for (;;) {
            const qsizetype at = matcher.indexIn(m_blob, from);
            if (at < 0)
                break;
            // The entry holding this byte: entries are in blob order, so search forward from the last.
            const auto it = std::upper_bound(m_entries.cbegin() + entry, m_entries.cend(), at,
                                             [](qsizetype pos, const Entry &e) { return pos < e.offset; });
            entry = qsizetype(it - m_entries.cbegin()) - 1;
            const Entry &e = m_entries.at(entry);
            if (at + needle.size() <= e.offset + e.length) {
                bool inTeam = team < 0;
                for (qint32 t : e.teams) {
                    if (t == team || (filter.includeLeft && t == -team - 1))
                        inTeam = true;
                }
                if (inTeam)
                    hits.append(entry);
            }
            from = e.offset + e.length + 1; // next entry
            ++entry;
            if (entry >= m_entries.size())
                break;
        }
    }
    auto mailOf = [this](const Entry &e) {
        return QByteArrayView(m_blob).sliced(e.offset + e.nameLength + 1, e.length - e.nameLength - 1);
    };
    if (filter.sort == PersonSort::Email) {
        std::stable_sort(hits.begin(), hits.end(), [&](qsizetype a, qsizetype b) {
            return mailOf(m_entries.at(a)) < mailOf(m_entries.at(b));
        });
    } else if (filter.sort == PersonSort::Reachability) {
        std::stable_sort(hits.begin(), hits.end(), [&](qsizetype a, qsizetype b) {
            return m_entries.at(a).reachability < m_entries.at(b).reachability;
        });
    }
    if (filter.descending)
        std::reverse(hits.begin(), hits.end());
    QList<qint64> pks;
    pks.reserve(hits.size());
    for (qsizetype h : std::as_const(hits))
        pks.append(m_entries.at(h).pk);
    m_lastKey = key;
    m_lastMatch = pks;
    return pks;
}

} // namespace herald::directory
