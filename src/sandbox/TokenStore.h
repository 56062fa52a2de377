#pragma once

#include "common/Clock.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>

namespace herald::sandbox {

// Opaque bearer tokens the sandbox issued, each with an expiry on the injected clock.
class TokenStore final
{
public:
    TokenStore(const Clock *clock, int lifetimeSec);

    QString issue();
    bool isValid(const QString &token); // unknown, forged and expired tokens are not
    void revoke(const QString &token);
    void clear();

    int lifetimeSec() const { return m_lifetimeSec; }
    qint64 issuedCount() const { return m_issued; }
    int liveCount() const { return static_cast<int>(m_expiry.size()); }

private:
    void prune(qint64 now);

    const Clock *m_clock;
    int m_lifetimeSec;
    QRandomGenerator m_rng;
    QHash<QString, qint64> m_expiry;
    qint64 m_issued = 0;
    qint64 m_lastPrune = 0;
    qsizetype m_pruneAt = 10'000;
};

} // namespace herald::sandbox
