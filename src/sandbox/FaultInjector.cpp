#include "FaultInjector.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace herald::sandbox {

namespace {

const std::array<std::pair<FaultInjector::Kind, const char16_t *>, 10> kNames{{
    {FaultInjector::Kind::Status500, u"500"},
    {FaultInjector::Kind::Status502, u"502"},
    {FaultInjector::Kind::Status503, u"503"},
    {FaultInjector::Kind::Status504, u"504"},
    {FaultInjector::Kind::Status412, u"412"},
    {FaultInjector::Kind::Status429, u"429"},
    {FaultInjector::Kind::Reset, u"reset"},
    {FaultInjector::Kind::LostAnswer, u"lost-answer"},
    {FaultInjector::Kind::Slow, u"slow"},
    {FaultInjector::Kind::ExpireToken, u"expire-token"},
}};

} // namespace

FaultInjector::FaultInjector(quint32 seed, double rate)
    : m_rng(seed ^ 0xFA017u)
    , m_rate(qBound(0.0, rate, 1.0))
    , m_kinds(defaultKinds())
{
}

QList<FaultInjector::Kind> FaultInjector::defaultKinds()
{
    // What Herald must survive without losing a recipient: the retryable failures.
    return {Kind::Status502, Kind::Status503, Kind::Status504,  Kind::Status412,
            Kind::Status429, Kind::Reset,     Kind::LostAnswer, Kind::ExpireToken};
}

std::optional<FaultInjector::Kind> FaultInjector::parseKind(const QString &name)
{
    for (const auto &[kind, text] : kNames) {
        if (name == QStringView(text))
            return kind;
    }
    return std::nullopt;
}

QString FaultInjector::kindName(Kind kind)
{
    for (const auto &[k, text] : kNames) {
        if (k == kind)
            return QString::fromUtf16(text);
    }
    return QString();
}

std::optional<FaultInjector::Kind> FaultInjector::next()
{
    if (!m_queue.isEmpty()) {
        ++m_injected;
        return m_queue.takeFirst();
    }
    if (m_rate <= 0.0 || m_kinds.isEmpty() || m_rng.generateDouble() >= m_rate)
        return std::nullopt;
    ++m_injected;
    return m_kinds.at(m_rng.bounded(static_cast<int>(m_kinds.size())));
}

QString FaultInjector::configure(const QJsonObject &config)
{
    // Validate everything before changing anything.
    double rate = m_rate;
    QList<Kind> kinds = m_kinds;
    QList<Kind> queue;
    int slowMs = m_slowMs;
    if (config.contains(QStringLiteral("rate"))) {
        const QJsonValue value = config.value(QStringLiteral("rate"));
        if (!value.isDouble() || value.toDouble() < 0.0 || value.toDouble() > 1.0)
            return QStringLiteral("'rate' must be a number from 0 to 1.");
        rate = value.toDouble();
    }
    const auto parseList = [](const QJsonValue &value, QList<Kind> *out) -> QString {
        if (!value.isArray())
            return QStringLiteral("'kinds' and 'next' must be arrays of fault names.");
        for (const QJsonValue &item : value.toArray()) {
            const auto kind = parseKind(item.toString());
            if (!kind)
                return QStringLiteral("Unknown fault '%1'.").arg(item.toVariant().toString());
            out->append(*kind);
        }
        return QString();
    };
    if (config.contains(QStringLiteral("kinds"))) {
        kinds.clear();
        if (const QString error = parseList(config.value(QStringLiteral("kinds")), &kinds); !error.isEmpty())
            return error;
    }
    if (config.contains(QStringLiteral("next"))) {
        if (const QString error = parseList(config.value(QStringLiteral("next")), &queue); !error.isEmpty())
            return error;
    }
    if (config.contains(QStringLiteral("slowMs"))) {
        const QJsonValue value = config.value(QStringLiteral("slowMs"));
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 600'000)
            return QStringLiteral("'slowMs' must be a number of milliseconds up to 600000.");
        slowMs = value.toInt();
    }
    m_rate = rate;
    m_kinds = kinds;
    m_queue.append(queue);
    m_slowMs = slowMs;
    return QString();
}

void FaultInjector::clear()
{
    m_rate = 0.0;
    m_kinds = defaultKinds();
    m_queue.clear();
}

QJsonObject FaultInjector::state() const
{
    QJsonArray kinds;
    for (Kind kind : m_kinds)
        kinds.append(kindName(kind));
    QJsonArray queue;
    for (Kind kind : m_queue)
        queue.append(kindName(kind));
    return QJsonObject{{QStringLiteral("rate"), m_rate},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("next"), queue},
                       {QStringLiteral("slowMs"), m_slowMs},
                       {QStringLiteral("injected"), m_injected}};
}

} // namespace herald::sandbox
