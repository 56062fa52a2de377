#include "SandboxThread.h"

#include <QMetaObject>

namespace herald::sandbox {

SandboxThread::SandboxThread(SandboxOptions options, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
{
    m_thread.setObjectName(QStringLiteral("herald-sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

Result<quint16> SandboxThread::start()
{
    if (m_server)
        return m_port;
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();

    Result<quint16> result =
        Error::make(Error::Kind::Network, QStringLiteral("The sandbox thread did not start."));
    QMetaObject::invokeMethod(
        m_context,
        [this, &result] {
            auto *server = new SandboxServer(m_options, m_clock);
            result = server->listen();
            if (result.ok())
                m_server = server;
            else
                delete server;
        },
        Qt::BlockingQueuedConnection);

    if (!result.ok()) {
        stop();
        return result;
    }
    m_port = result.value();
    m_baseUrl = m_server->baseUrl();
    return result;
}

void SandboxThread::stop()
{
    if (!m_thread.isRunning()) {
        delete m_context;
        m_context = nullptr;
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_server;
            m_server = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_context = nullptr;
    m_port = 0;
}

QJsonObject SandboxThread::stats() const
{
    if (!m_server)
        return QJsonObject();
    QJsonObject snapshot;
    QMetaObject::invokeMethod(
        m_context, [this, &snapshot] { snapshot = m_server->stats(); }, Qt::BlockingQueuedConnection);
    return snapshot;
}

} // namespace herald::sandbox
