#pragma once

#include "ConnectorEndpoint.h"
#include "IdentityEndpoint.h"
#include "InspectionEndpoint.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

class QHttpServerResponder;

namespace herald::sandbox {

struct SandboxState;

// The HTTP front: turns each QHttpServerRequest into a SandboxRequest, routes it by its first
// path segment (identity, /v3 connector, /_sandbox inspection) and writes the SandboxReply,
// every answer carrying an X-Correlating-OperationId. Never throws, never crashes on input.
class SandboxHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHttpServer)

public:
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;

    explicit SandboxHttpServer(SandboxState &state, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxReply route(const QHttpServerRequest &request);
    void write(QHttpServerResponder &responder, const SandboxReply &reply);
    void startInstallsStream(QHttpServerResponder &responder, QTcpSocket *socket);
    QByteArray correlationId();

    SandboxState &m_state;
    IdentityEndpoint m_identity;
    ConnectorEndpoint m_connector;
    InspectionEndpoint m_inspection;
    QRandomGenerator m_rng;
};

} // namespace herald::sandbox
