#pragma once

#include "SandboxServer.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace herald::sandbox {

// Runs a SandboxServer on its own thread, for `herald --sandbox`, tests and benchmarks:
// start() blocks until it listens; stop() (also from the destructor) waits for it to go.
// The clock, if given, must be safe to read from the sandbox's thread (SystemClock is).
class SandboxThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(SandboxOptions options, Clock *clock = nullptr, QObject *parent = nullptr);
    ~SandboxThread() override;

    Result<quint16> start();
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }
    // A snapshot taken in the sandbox's thread (blocks until it answers); empty when stopped.
    QJsonObject stats() const;

private:
    SandboxOptions m_options;
    Clock *m_clock;
    QThread m_thread;
    QObject *m_context = nullptr;      // lives in m_thread; runs our calls there
    SandboxServer *m_server = nullptr; // created, used and deleted in m_thread only
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

} // namespace herald::sandbox
