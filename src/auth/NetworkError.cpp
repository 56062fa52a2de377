#include "NetworkError.h"

#include <QCoreApplication>

namespace herald::auth {

bool isTransportError(QNetworkReply::NetworkError code)
{
    const int c = int(code);
    return (c >= 1 && c <= 199) || code == QNetworkReply::ProtocolFailure ||
           code == QNetworkReply::ContentReSendError;
}

Error transportError(QNetworkReply::NetworkError code, const QString &errorString, const QString &peer)
{
    Error e;
    e.kind = Error::Kind::Network;
    e.detail = errorString;
    e.retryable = true;
    switch (code) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNetworkRequest::setTransferTimeout aborts this way
        e.kind = Error::Kind::Timeout;
        e.serviceCode = QStringLiteral("Timeout");
        e.message =
            QCoreApplication::translate(
                "herald::auth", "%1 did not answer in time; check the network connection and try again.")
                .arg(peer);
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.serviceCode = QStringLiteral("ConnectionRefused");
        e.message = QCoreApplication::translate(
                        "herald::auth", "%1 refused the connection; check the address and the network.")
                        .arg(peer);
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // cut after the request left; Qt was not let to resend it unseen
        e.serviceCode = QStringLiteral("ConnectionClosed");
        e.message = QCoreApplication::translate("herald::auth",
                                                "%1 closed the connection before answering completely.")
                        .arg(peer);
        break;
    case QNetworkReply::HostNotFoundError:
        e.serviceCode = QStringLiteral("HostNotFound");
        e.message =
            QCoreApplication::translate(
                "herald::auth", "%1 could not be found; check the address and the network (DNS, VPN).")
                .arg(peer);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.serviceCode = QStringLiteral("TlsFailed");
        e.retryable = false;
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "The secure connection to %1 failed (its certificate was not trusted); Herald "
                        "does not send credentials over an untrusted connection.")
                        .arg(peer);
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.serviceCode = QStringLiteral("Redirect");
        e.retryable = false;
        e.message = QCoreApplication::translate(
                        "herald::auth",
                        "%1 tried to redirect Herald elsewhere; Herald does not follow redirects with "
                        "credentials.")
                        .arg(peer);
        break;
    case QNetworkReply::ProtocolFailure:
        e.serviceCode = QStringLiteral("ProtocolFailure");
        e.message = QCoreApplication::translate("herald::auth", "%1 sent an answer that is not valid HTTP.")
                        .arg(peer);
        break;
    default:
        if (int(code) >= 101 && int(code) <= 199) {
            e.serviceCode = QStringLiteral("ProxyError");
            e.message =
                QCoreApplication::translate(
                    "herald::auth", "The proxy failed while connecting to %1; check the proxy settings.")
                    .arg(peer);
        } else {
            e.serviceCode = QStringLiteral("NetworkError");
            e.message = QCoreApplication::translate(
                            "herald::auth",
                            "The connection to %1 failed; check the network connection and try again.")
                            .arg(peer);
        }
        break;
    }
    return e;
}

} // namespace herald::auth
