#include "DeliveryTypes.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace herald::delivery {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::delivery)
};

constexpr std::array<std::pair<RecipientState, const char *>, 7> kStates{{
    {RecipientState::Pending, "pending"},
    {RecipientState::Sending, "sending"},
    {RecipientState::Delivered, "delivered"},
    {RecipientState::Unreachable, "unreachable"},
    {RecipientState::Failed, "failed"},
    {RecipientState::Uncertain, "uncertain"},
    {RecipientState::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<CampaignStatus, const char *>, 5> kStatuses{{
    {CampaignStatus::Running, "running"},
    {CampaignStatus::Paused, "paused"},
    {CampaignStatus::Cancelled, "cancelled"},
    {CampaignStatus::Finished, "finished"},
    {CampaignStatus::Interrupted, "interrupted"},
}};

} // namespace

QString recipientKindKey(RecipientKind kind)
{
    return kind == RecipientKind::Channel ? QStringLiteral("channel") : QStringLiteral("user");
}

std::optional<RecipientKind> recipientKindFromKey(const QString &key)
{
    if (key == QLatin1String("user"))
        return RecipientKind::User;
    if (key == QLatin1String("channel"))
        return RecipientKind::Channel;
    return std::nullopt;
}

QString recipientStateKey(RecipientState state)
{
    for (const auto &[s, key] : kStates) {
        if (s == state)
            return QLatin1String(key);
    }
    return {};
}

std::optional<RecipientState> recipientStateFromKey(const QString &key)
{
    for (const auto &[s, k] : kStates) {
        if (key == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QString recipientStateLabel(RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return Text::tr("Waiting");
    case RecipientState::Sending:
        return Text::tr("Sending");
    case RecipientState::Delivered:
        return Text::tr("Delivered");
    case RecipientState::Unreachable:
        return Text::tr("Unreachable");
    case RecipientState::Failed:
        return Text::tr("Failed");
    case RecipientState::Uncertain:
        return Text::tr("Uncertain");
    case RecipientState::Cancelled:
        return Text::tr("Not sent (cancelled)");
    }
    return {};
}

QString campaignStatusKey(CampaignStatus status)
{
    for (const auto &[s, key] : kStatuses) {
        if (s == status)
            return QLatin1String(key);
    }
    return {};
}

std::optional<CampaignStatus> campaignStatusFromKey(const QString &key)
{
    for (const auto &[s, k] : kStatuses) {
        if (key == QLatin1String(k))
            return s;
    }
    return std::nullopt;
}

QString campaignStatusLabel(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Running:
        return Text::tr("Sending");
    case CampaignStatus::Paused:
        return Text::tr("Paused");
    case CampaignStatus::Cancelled:
        return Text::tr("Cancelled");
    case CampaignStatus::Finished:
        return Text::tr("Finished");
    case CampaignStatus::Interrupted:
        return Text::tr("Interrupted");
    }
    return {};
}

bool isFinal(RecipientState state)
{
    return state != RecipientState::Pending && state != RecipientState::Sending;
}

bool isFinal(CampaignStatus status)
{
    return status == CampaignStatus::Cancelled || status == CampaignStatus::Finished;
}

qint64 &StateCounts::operator[](RecipientState state)
{
    switch (state) {
    case RecipientState::Pending:
        return pending;
    case RecipientState::Sending:
        return sending;
    case RecipientState::Delivered:
        return delivered;
    case RecipientState::Unreachable:
        return unreachable;
    case RecipientState::Failed:
        return failed;
    case RecipientState::Uncertain:
        return uncertain;
    case RecipientState::Cancelled:
        return cancelled;
    }
    return pending;
}

qint64 StateCounts::value(RecipientState state) const
{
    return const_cast<StateCounts &>(*this)[state];
}

QJsonObject StateCounts::toJson() const
{
    QJsonObject o;
    for (const auto &[s, key] : kStates)
        o.insert(QLatin1String(key), value(s));
    o.insert(QStringLiteral("total"), total());
    return o;
}

QJsonObject CampaignInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("createdBy"), createdBy},
                  {QStringLiteral("createdAt"), createdAtMs},
                  {QStringLiteral("status"), campaignStatusKey(status)},
                  {QStringLiteral("total"), total},
                  {QStringLiteral("counts"), counts.toJson()}};
    if (startedAtMs)
        o.insert(QStringLiteral("startedAt"), startedAtMs);
    if (finishedAtMs)
        o.insert(QStringLiteral("finishedAt"), finishedAtMs);
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), lastError);
    return o;
}

} // namespace herald::delivery
