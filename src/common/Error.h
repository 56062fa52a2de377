#pragma once

#include <QString>

namespace herald {

// Errors are values (STYLE.md): every failure a user can meet carries enough to be said as a sentence.
struct Error
{
    enum class Kind {
        None,
        Network,   // connection refused, reset, DNS, TLS
        Timeout,   // no answer in time
        Cancelled, // the user or the program stopped it
        Http,      // the service answered with an error status
        Identity,  // the token endpoint refused the credentials
        Policy,    // Herald refused to send (untrusted host, plain http off loopback)
        Parse,     // an answer Herald could not understand
        Keychain,  // the OS keychain failed or is missing
        Storage,   // the database or a file failed
        Input,     // the user's input is invalid
    };

    Kind kind = Kind::None;
    int httpStatus = 0;       // 0 when no HTTP answer came
    QString serviceCode;      // e.g. "ConversationBlockedByUser", "invalid_client"
    QString message;          // one sentence a comms person can act on
    QString detail;           // the service's own message, for support
    QString correlationId;    // X-Correlating-OperationId or MS-CV
    qint64 retryAfterMs = -1; // from Retry-After; -1 when absent
    bool retryable = false;   // PROTOCOL.md's "retry?" column

    bool isError() const { return kind != Kind::None; }
    static Error make(Kind kind, const QString &message);
    static QString kindName(Kind kind);
    // The message plus, when known, the code and correlation id in brackets.
    QString toString() const;
};

} // namespace herald
