#pragma once

#include "delivery/RunOptions.h"

#include <QObject>
#include <QString>

namespace herald::store {
class Database;
}

namespace herald::cli {

class CliContext;

// Runs one stored campaign from the command line until it stops: resolves the profile's secret, sends,
// prints progress to stderr about once a second, and answers with one sentence (or one JSON object).
// SIGINT/SIGTERM pause it cleanly (persisted; exit status 3); a second signal, or 3 s without the last
// answers, gives up on requests still on the wire (their recipients become uncertain).
// Exit status: 0 when every recipient was delivered or is known unreachable, 1 otherwise, 3 when paused.
class CampaignCommandDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignCommandDriver)

public:
    CampaignCommandDriver(const CliContext &context, const store::Database &db, QObject *parent = nullptr);
    ~CampaignCommandDriver() override;

    int run(qint64 campaignId, const delivery::RunOptions &options);

    // The pacing and timeouts from herald.ini (AppSettings), for a new campaign.
    static delivery::RunOptions defaultOptions(const CliContext &context);

private:
    const CliContext &m_context;
    const store::Database &m_db;
};

} // namespace herald::cli
