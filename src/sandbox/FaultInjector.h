#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace herald::sandbox {

// Faults injected into connector calls: at a random rate (--fault-rate, POST /_sandbox/faults
// {"rate":…,"kinds":[…],"slowMs":…}) or exactly, from a queue ({"next":["503","reset"]}).
// Kinds: "500" "502" "503" "504" (ServiceError), "412" (PreconditionFailed), "429" (Throttled,
// Retry-After 1), "reset" (the connection is aborted unanswered), "lost-answer" (the call is served — a
// message is recorded — then the connection is aborted before its answer, as when a connection breaks on the
// way back), "slow" (answered after slowMs), "expire-token" (the call is served, then the caller's token is
// revoked).
class FaultInjector final
{
public:
    enum class Kind {
        Status500,
        Status502,
        Status503,
        Status504,
        Status412,
        Status429,
        Reset,
        LostAnswer,
        Slow,
        ExpireToken
    };

    FaultInjector(quint32 seed, double rate);

    // The fault for the next connector call, if any: the queue first, then the random rate.
    std::optional<Kind> next();

    // Applies a POST /_sandbox/faults body; returns an error message when it is invalid.
    QString configure(const QJsonObject &config);
    void clear(); // DELETE /_sandbox/faults: no rate, empty queue, default kinds
    QJsonObject state() const;

    int slowMs() const { return m_slowMs; }
    qint64 injected() const { return m_injected; }

    static std::optional<Kind> parseKind(const QString &name);
    static QString kindName(Kind kind);
    static QList<Kind> defaultKinds();

private:
    QRandomGenerator m_rng;
    double m_rate;
    QList<Kind> m_kinds;
    QList<Kind> m_queue;
    int m_slowMs = 2000;
    qint64 m_injected = 0;
};

} // namespace herald::sandbox
