#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace herald::sandbox {

// Everything `herald-sandbox` takes on its command line (DESIGN.md), with the same defaults.
struct SandboxOptions
{
    quint16 port = 0; // 0: any free port
    quint32 seed = 1; // the same seed gives the same organisation
    int teams = 8;
    int members = 500;
    bool limits = true;      // --limits teams|off
    double globalRps = 50.0; // global per-app rate (PROTOCOL.md: default 50)
    double faultRate = 0.0;  // share of connector calls answered with an injected fault
    QString appId = QStringLiteral("a11d5a4d-0000-4000-8000-00000000b07a");
    QString appSecret = QStringLiteral("sandbox-secret");
    QString tenantId = QStringLiteral("7e4a9c1e-0000-4000-8000-0000000054d8");
    int tokenLifetimeSec = 3600;
};

class Organisation;
class SandboxServerPrivate;

// The simulated Teams tenant: identity token endpoint, every connector call of PROTOCOL.md,
// Teams' rate limits and error bodies, fault injection and inspection routes, on 127.0.0.1.
// Lives in the thread that created it; see SandboxThread for running it on its own thread.
class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options, Clock *clock = nullptr, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:options.port; returns the port actually bound.
    Result<quint16> listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT/ — both the login URL and the service URL
    const SandboxOptions &options() const;

    // The same object GET /_sandbox/stats answers.
    QJsonObject stats() const;

    // The generated organisation (read-only), for tests and `herald --sandbox` demos.
    const Organisation &organisation() const;

private:
    std::unique_ptr<SandboxServerPrivate> d;
};

} // namespace herald::sandbox
