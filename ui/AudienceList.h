#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace herald::ui {

// The people chosen in the directory for a message, in the order they were added, each once. The directory
// page fills it ("Add to audience"); the compose and send side reads ids() when a campaign is made.
class AudienceList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceList)

public:
    explicit AudienceList(QObject *parent = nullptr);
    ~AudienceList() override;

    // Adds those not already in; returns how many were new.
    int add(const QStringList &personIds);
    // Returns how many were removed.
    int remove(const QStringList &personIds);
    void clear();

    bool contains(const QString &personId) const { return m_set.contains(personId); }
    int count() const { return int(m_ids.size()); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    const QStringList &ids() const { return m_ids; }

Q_SIGNALS:
    void changed(int count);

private:
    QStringList m_ids;
    QSet<QString> m_set;
};

} // namespace herald::ui
