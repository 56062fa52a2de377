#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace herald {

Error Error::make(Kind kind, const QString &message)
{
    Error e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Identity:
        return QStringLiteral("identity");
    case Kind::Policy:
        return QStringLiteral("policy");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Input:
        return QStringLiteral("input");
    }
    return QStringLiteral("unknown");
}

QString Error::toString() const
{
    QStringList extra;
    if (httpStatus > 0)
        extra << QString::number(httpStatus);
    if (!serviceCode.isEmpty())
        extra << serviceCode;
    if (!correlationId.isEmpty())
        //: Microsoft's id of a failed request, for support: "correlation id 7f3c…".
        extra << QCoreApplication::translate("herald::common", "correlation id %1").arg(correlationId);
    if (extra.isEmpty())
        return message;
    return QStringLiteral("%1 (%2)").arg(message, extra.join(QStringLiteral(", ")));
}

} // namespace herald
