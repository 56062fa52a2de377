#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace herald::sandbox {

// What the endpoints need from an HTTP request, already split: path segments are percent-decoded
// one by one, so an encoded '/' inside an id stays inside its segment.
struct SandboxRequest
{
    QString method; // "GET", "POST" …
    QStringList
        segments; // "/v3/conversations/a%3A1x/activities" -> {"v3","conversations","a:1x","activities"}
    QUrlQuery query;
    QByteArray contentType; // lower-case, without parameters
    QByteArray authorization;
    QByteArray body;

    bool hasJsonBody() const { return contentType == "application/json"; }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace herald::sandbox
