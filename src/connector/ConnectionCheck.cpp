#include "ConnectionCheck.h"

#include "auth/TokenProvider.h"
#include "connector/ConnectorClient.h"

#include <QCoreApplication>
#include <QTimer>

namespace herald::connector {

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
}

ConnectionCheck::~ConnectionCheck()
{
    cancel();
}

bool ConnectionCheck::isRunning() const
{
    return static_cast<bool>(m_done);
}

void ConnectionCheck::cancel()
{
    ++m_generation;
    m_done = nullptr;
    if (m_call)
        m_call->cancel();
    // Drop the provider and client later: we may be inside one of their callbacks.
    if (m_client)
        m_client.release()->deleteLater();
    if (m_tokens)
        m_tokens.release()->deleteLater();
}

void ConnectionCheck::start(const auth::Profile &profile, const QString &secret, const QString &teamId,
                            Callback done)
{
    cancel();
    m_done = std::move(done);
    const quint64 generation = m_generation;

    if (Status valid = profile.validate(); !valid) {
        Outcome outcome{valid, valid.error().message, {}, 0};
        QTimer::singleShot(0, this, [this, generation, outcome] {
            if (generation == m_generation)
                finish(outcome);
        });
        return;
    }
    if (secret.isEmpty()) {
        const Error e = Error::make(Error::Kind::Input, tr("Enter the bot's client secret."));
        QTimer::singleShot(0, this, [this, generation, e] {
            if (generation == m_generation)
                finish({Status(e), e.message, {}, 0});
        });
        return;
    }

    m_tokens = std::make_unique<auth::TokenProvider>(profile, secret, m_nam, m_clock);
    m_tokens->token([this, generation, profile, teamId](Result<QString> token) {
        if (generation != m_generation)
            return;
        const int requests = m_tokens ? m_tokens->tokenRequestCount() : 0;
        if (!token) {
            finish({Status(token.error()), token.error().message, {}, requests});
            return;
        }
        if (teamId.isEmpty()) {
            finish({Status::success(),
                    tr("Connected: Microsoft's sign-in service accepted the app ID and secret for tenant %1.")
                        .arg(profile.tenantId),
                    {},
                    requests});
            return;
        }
        m_client = std::make_unique<ConnectorClient>(profile, m_tokens.get(), m_nam);
        m_call = m_client->teamDetails(teamId, [this, generation, requests](Result<TeamDetails> team) {
            if (generation != m_generation)
                return;
            if (!team) {
                Outcome outcome{
                    Status(team.error()),
                    tr("Signed in, but Teams refused to show the team: %1").arg(team.error().message),
                    {},
                    requests};
                finish(outcome);
                return;
            }
            finish({Status::success(),
                    tr("Connected: signed in and reached the team \"%1\" through Teams.").arg(team->name),
                    team->name, requests});
        });
    });
}

void ConnectionCheck::finish(const Outcome &outcome)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(outcome);
}

} // namespace herald::connector
