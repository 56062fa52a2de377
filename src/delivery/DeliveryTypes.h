#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace herald::delivery {

// Whom one message of a campaign goes to.
enum class RecipientKind { User, Channel };

// Where one recipient stands. Every recipient ends in Delivered, Unreachable, Failed, Uncertain or
// Cancelled, with its reason.
enum class RecipientState {
    Pending,     // not sent yet (or answered with a retryable error, waiting for its retry)
    Sending,     // written to disk before its request leaves; never seen after a clean stop
    Delivered,   // Teams accepted it (activity id kept)
    Unreachable, // blocked the bot, app not installed, conversation gone — or known so from the directory
    Failed,      // a permanent error, or retries exhausted (code, message, correlation id kept)
    Uncertain,   // the request left but no answer is known (a crash, a kill, a cut connection)
    Cancelled,   // never sent: the campaign was cancelled
};

enum class CampaignStatus {
    Running,
    Paused,
    Cancelled,
    Finished,
    Interrupted, // was running when Herald stopped without pausing it (a crash, a kill, a power cut)
};

// The request a recipient in state Sending is waiting on (persisted, so recovery knows what left).
enum class RequestPhase {
    None = 0,
    Create = 1, // create the 1:1 conversation, no message in it: idempotent, nothing delivered yet
    Send = 2,   // a request that carries the message
};

QString recipientKindKey(RecipientKind kind); // "user" / "channel"
std::optional<RecipientKind> recipientKindFromKey(const QString &key);
QString recipientStateKey(RecipientState state); // "pending" … "cancelled"
std::optional<RecipientState> recipientStateFromKey(const QString &key);
QString recipientStateLabel(RecipientState state); // translated, for people
QString campaignStatusKey(CampaignStatus status);  // "running" … "interrupted"
std::optional<CampaignStatus> campaignStatusFromKey(const QString &key);
QString campaignStatusLabel(CampaignStatus status); // translated
bool isFinal(RecipientState state);                 // delivered, unreachable, failed, uncertain, cancelled
bool isFinal(CampaignStatus status);                // cancelled, finished

// One row of a campaign's audience, as stored.
struct CampaignRecipient
{
    qint64 seq = 0; // order within the campaign, from 1
    RecipientKind kind = RecipientKind::User;
    QString targetId;  // 29:… for a person, 19:…@thread.tacv2 for a channel
    QString name;      // display name (a channel: "Team › Channel")
    QString givenName; // for placeholders
    QString teamName;
    QString channelName;
    QString conversationId; // the 1:1 chat, when cached; a channel post's new thread once created
    RecipientState state = RecipientState::Pending;
    QString code;    // service code, or Herald's own (e.g. "blocked" from the directory)
    QString message; // a sentence for people
    QString activityId;
    QString correlationId;
    int attempts = 0;       // HTTP requests made for this recipient
    bool ambiguous = false; // some attempt was cut off after it left (it may have arrived)
    qint64 updatedAtMs = 0; // ms since the epoch
};

// Counts of recipients by state.
struct StateCounts
{
    qint64 pending = 0;
    qint64 sending = 0;
    qint64 delivered = 0;
    qint64 unreachable = 0;
    qint64 failed = 0;
    qint64 uncertain = 0;
    qint64 cancelled = 0;

    qint64 total() const
    {
        return pending + sending + delivered + unreachable + failed + uncertain + cancelled;
    }
    qint64 done() const { return delivered + unreachable + failed + uncertain + cancelled; }
    qint64 &operator[](RecipientState state);
    qint64 value(RecipientState state) const;
    // Everyone was delivered or is known to be unreachable: the only fully successful end.
    bool allAccountedFor() const { return total() == delivered + unreachable; }
    QJsonObject toJson() const;
    bool operator==(const StateCounts &) const = default;
};

// A campaign as listed.
struct CampaignInfo
{
    qint64 id = 0;
    QString title;
    QString profile;
    QString createdBy; // the OS user
    qint64 createdAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    CampaignStatus status = CampaignStatus::Running;
    QJsonObject draft;   // compose::Draft::toJson()
    QJsonObject options; // pacing and mode the campaign was created with
    qint64 total = 0;
    StateCounts counts;
    QString lastError; // why it stopped, when it did not finish
    QJsonObject toJson() const;
};

} // namespace herald::delivery

Q_DECLARE_METATYPE(herald::delivery::StateCounts)
