#pragma once

#include "common/Error.h"

#include <QNetworkReply>

namespace herald::auth {

// True for failures below HTTP (connection refused or reset, DNS, TLS, timeouts, proxies): the reply's
// HTTP status, if any, must not be trusted then.
bool isTransportError(QNetworkReply::NetworkError code);

// A Network or Timeout Error for a transport failure talking to `peer` (a host name, for the sentence).
// Refused, reset, DNS and timeouts are retryable; TLS failures are not (and are never ignored).
Error transportError(QNetworkReply::NetworkError code, const QString &errorString, const QString &peer);

} // namespace herald::auth
