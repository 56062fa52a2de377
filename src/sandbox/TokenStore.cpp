#include "TokenStore.h"

namespace herald::sandbox {

TokenStore::TokenStore(const Clock *clock, int lifetimeSec)
    : m_clock(clock)
    , m_lifetimeSec(qMax(1, lifetimeSec))
    , m_rng(QRandomGenerator::securelySeeded())
{
}

QString TokenStore::issue()
{
    const qint64 now = m_clock->nowMs();
    prune(now);
    QByteArray raw(48, Qt::Uninitialized);
    for (char &b : raw)
        b = static_cast<char>(m_rng.bounded(256));
    // Shaped like a JWT so that clients which peek at the three parts do not choke.
    const QString token =
        QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.sandbox.") +
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_expiry.insert(token, now + qint64(m_lifetimeSec) * 1000);
    ++m_issued;
    return token;
}

bool TokenStore::isValid(const QString &token)
{
    const auto it = m_expiry.constFind(token);
    return it != m_expiry.cend() && m_clock->nowMs() < *it;
}

void TokenStore::revoke(const QString &token)
{
    m_expiry.remove(token);
}

void TokenStore::clear()
{
    m_expiry.clear();
}

void TokenStore::prune(qint64 now)
{
    if (now - m_lastPrune < 60'000 && m_expiry.size() < m_pruneAt)
        return;
    m_lastPrune = now;
    m_expiry.removeIf([now](const auto &it) { return it.value() <= now; });
    m_pruneAt = m_expiry.size() * 2 + 10'000;
}

} // namespace herald::sandbox
