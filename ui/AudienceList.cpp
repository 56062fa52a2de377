#include "AudienceList.h"

namespace herald::ui {

AudienceList::AudienceList(QObject *parent)
    : QObject(parent)
{
}

AudienceList::~AudienceList() = default;

int AudienceList::add(const QStringList &personIds)
{
    int added = 0;
    for (const QString &id : personIds) {
        if (id.isEmpty() || m_set.contains(id))
            continue;
        m_set.insert(id);
        m_ids.append(id);
        ++added;
    }
    if (added > 0)
        Q_EMIT changed(count());
    return added;
}

int AudienceList::remove(const QStringList &personIds)
{
    int removed = 0;
    for (const QString &id : personIds) {
        if (m_set.remove(id)) {
            m_ids.removeOne(id);
            ++removed;
        }
    }
    if (removed > 0)
        Q_EMIT changed(count());
    return removed;
}

void AudienceList::clear()
{
    if (m_ids.isEmpty())
        return;
    m_ids.clear();
    m_set.clear();
    Q_EMIT changed(0);
}

} // namespace herald::ui
