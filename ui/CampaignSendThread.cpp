#include "CampaignSendThread.h"

#include "auth/TokenProvider.h"
#include "connector/ConnectorClient.h"
#include "delivery/CampaignManager.h"
#include "delivery/CampaignRunner.h"
#include "store/Database.h"

#include <QNetworkAccessManager>

#include <map>
#include <memory>
#include <vector>

namespace herald::ui {

using delivery::CampaignRunner;
using delivery::CampaignStatus;

// The runners and what they send through, on the send thread. Made on the owner's thread and moved there;
// its network objects are made there, by init(), the first job it runs.
class CampaignSendHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignSendHost)

public:
    CampaignSendHost(const store::Database &db, auth::Profile profile, QString secret)
        : m_db(db)
        , m_profile(std::move(profile))
        , m_secret(std::move(secret))
    {
    }
    ~CampaignSendHost() override { shutdown(); }

    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<auth::TokenProvider>(m_profile, m_secret, m_nam.get(), nullptr);
        m_client = std::make_unique<connector::ConnectorClient>(m_profile, m_tokens.get(), m_nam.get());
        m_secret.clear(); // the token provider holds it now
    }

    void start(qint64 id, const delivery::RunOptions &defaults, bool resendUncertain)
    {
        m_retired.clear();
        if (CampaignRunner *r = runner(id)) {
            r->resume();
            Q_EMIT started(id, r->progress(), QThread::currentThread());
            return;
        }
        const delivery::CampaignManager manager(m_db);
        auto info = manager.campaign(id);
        if (!info) {
            Q_EMIT startFailed(id, info.error());
            return;
        }
        Q_EMIT campaignRead(*info);
        if (info->profile != m_profile.name) {
            Q_EMIT startFailed(id, Error::make(Error::Kind::Input,
                                               CampaignSendThread::tr("Campaign %1 was made with the profile "
                                                                      "\"%2\"; sign in with it to resume it.")
                                                   .arg(id)
                                                   .arg(info->profile)));
            return;
        }
        delivery::RunOptions options = delivery::RunOptions::fromJson(info->options, defaults);
        options.resendUncertain = resendUncertain;
        auto made = manager.runner(id, m_client.get(), options);
        if (!made) {
            Q_EMIT startFailed(id, made.error());
            return;
        }
        std::unique_ptr<CampaignRunner> owned = std::move(made).value();
        CampaignRunner *r = owned.get();
        connect(r, &CampaignRunner::progressChanged, this, &CampaignSendHost::progressChanged);
        connect(r, &CampaignRunner::statusChanged, this,
                [this, id](CampaignStatus status) { Q_EMIT statusChanged(id, status); });
        connect(r, &CampaignRunner::stopped, this,
                [this, id](CampaignStatus status) { onStopped(id, status); });
        m_runners[id] = std::move(owned);
        if (Status s = r->start(); !s) {
            m_runners.erase(id);
            Q_EMIT startFailed(id, s.error());
            return;
        }
        Q_EMIT started(id, r->progress(), QThread::currentThread());
    }

    void pause(qint64 id)
    {
        if (CampaignRunner *r = runner(id))
            r->pause();
    }
    void resume(qint64 id)
    {
        if (CampaignRunner *r = runner(id))
            r->resume();
    }
    void cancel(qint64 id)
    {
        if (CampaignRunner *r = runner(id))
            r->cancel();
    }

    void stopAll()
    {
        for (auto &[id, r] : m_runners) {
            r->pause();
            r->abortInFlight();
        }
    }

    // Everything goes, on this thread, before it ends.
    void shutdown()
    {
        stopAll();
        for (auto &[id, r] : m_runners)
            r->disconnect(this);
        m_runners.clear();
        m_retired.clear();
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
    }

Q_SIGNALS:
    void campaignRead(const herald::delivery::CampaignInfo &info);
    void started(qint64 campaignId, const herald::delivery::CampaignProgress &progress,
                 QThread *runnerThread);
    void startFailed(qint64 campaignId, const herald::Error &error);
    void progressChanged(const herald::delivery::CampaignProgress &progress);
    void statusChanged(qint64 campaignId, herald::delivery::CampaignStatus status);
    void stopped(qint64 campaignId, herald::delivery::CampaignStatus status,
                 const herald::delivery::StateCounts &counts, const herald::Error &lastError);

private:
    CampaignRunner *runner(qint64 id) const
    {
        const auto it = m_runners.find(id);
        return it == m_runners.end() ? nullptr : it->second.get();
    }

    void onStopped(qint64 id, CampaignStatus status)
    {
        CampaignRunner *r = runner(id);
        if (!r)
            return;
        Q_EMIT progressChanged(r->progress());
        Q_EMIT stopped(id, status, r->counts(), r->lastError());
        if (delivery::isFinal(status)) {
            r->disconnect(this);
            // We are inside its signal: it goes with the next job, or at the end, before the client.
            m_retired.push_back(std::move(m_runners.at(id)));
            m_runners.erase(id);
        }
    }

    const store::Database &m_db;
    const auth::Profile m_profile;
    QString m_secret;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<auth::TokenProvider> m_tokens;
    std::unique_ptr<connector::ConnectorClient> m_client;
    std::map<qint64, std::unique_ptr<CampaignRunner>> m_runners;
    std::vector<std::unique_ptr<CampaignRunner>> m_retired; // finished, to be destroyed
};

CampaignSendThread::CampaignSendThread(const store::Database &db, const auth::Profile &profile,
                                       const QString &secret, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_host(new CampaignSendHost(db, profile, secret))
{
    qRegisterMetaType<herald::delivery::CampaignInfo>();
    qRegisterMetaType<herald::delivery::CampaignProgress>();
    qRegisterMetaType<herald::delivery::CampaignStatus>();
    qRegisterMetaType<herald::delivery::StateCounts>();
    qRegisterMetaType<herald::Error>();
    m_thread.setObjectName(QStringLiteral("herald-campaign-send"));
    m_host->moveToThread(&m_thread);
    // Queued: the host's signals come from the send thread, these are emitted on the owner's.
    connect(m_host, &CampaignSendHost::campaignRead, this, &CampaignSendThread::campaignRead);
    connect(m_host, &CampaignSendHost::started, this, &CampaignSendThread::started);
    connect(m_host, &CampaignSendHost::startFailed, this, &CampaignSendThread::startFailed);
    connect(m_host, &CampaignSendHost::progressChanged, this, &CampaignSendThread::progressChanged);
    connect(m_host, &CampaignSendHost::statusChanged, this, &CampaignSendThread::statusChanged);
    connect(m_host, &CampaignSendHost::stopped, this, &CampaignSendThread::stopped);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_host, &CampaignSendHost::init, Qt::QueuedConnection);
}

CampaignSendThread::~CampaignSendThread()
{
    disconnect(m_host, nullptr, this, nullptr);
    // Paused, given up and gone on the send thread, before it ends and the database may go.
    QMetaObject::invokeMethod(m_host, &CampaignSendHost::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CampaignSendThread::start(qint64 campaignId, const delivery::RunOptions &defaults, bool resendUncertain)
{
    QMetaObject::invokeMethod(
        m_host,
        [host = m_host, campaignId, defaults, resendUncertain] {
            host->start(campaignId, defaults, resendUncertain);
        },
        Qt::QueuedConnection);
}

void CampaignSendThread::pause(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_host, [host = m_host, campaignId] { host->pause(campaignId); }, Qt::QueuedConnection);
}

void CampaignSendThread::resume(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_host, [host = m_host, campaignId] { host->resume(campaignId); }, Qt::QueuedConnection);
}

void CampaignSendThread::cancel(qint64 campaignId)
{
    QMetaObject::invokeMethod(
        m_host, [host = m_host, campaignId] { host->cancel(campaignId); }, Qt::QueuedConnection);
}

void CampaignSendThread::stopAll()
{
    QMetaObject::invokeMethod(m_host, &CampaignSendHost::stopAll, Qt::QueuedConnection);
}

} // namespace herald::ui

#include "CampaignSendThread.moc"
