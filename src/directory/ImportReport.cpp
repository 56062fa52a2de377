#include "ImportReport.h"

#include <QJsonArray>

namespace herald::directory {

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const ImportIssue &issue : issues)
        list.append(
            QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
    return QJsonObject{{QStringLiteral("format"), format},       {QStringLiteral("lines"), lines},
                       {QStringLiteral("imported"), imported},   {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("people"), people},       {QStringLiteral("teams"), teams},
                       {QStringLiteral("installs"), installs},   {QStringLiteral("uninstalls"), uninstalls},
                       {QStringLiteral("cancelled"), cancelled}, {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("issues"), list}};
}

} // namespace herald::directory
