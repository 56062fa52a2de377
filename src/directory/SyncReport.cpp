#include "SyncReport.h"

#include <QJsonArray>

namespace herald::directory {

QJsonObject SyncReport::toJson() const
{
    QJsonArray list;
    for (const Failure &f : failures)
        list.append(QJsonObject{{QStringLiteral("team"), f.teamId},
                                {QStringLiteral("message"), f.error.toString()},
                                {QStringLiteral("kind"), Error::kindName(f.error.kind)}});
    return QJsonObject{{QStringLiteral("teams"), teams},       {QStringLiteral("teamsDone"), teamsDone},
                       {QStringLiteral("members"), members},   {QStringLiteral("left"), left},
                       {QStringLiteral("requests"), requests}, {QStringLiteral("throttled"), throttled},
                       {QStringLiteral("retries"), retries},   {QStringLiteral("resumed"), resumed},
                       {QStringLiteral("skipped"), skipped},   {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("failures"), list}};
}

} // namespace herald::directory
