#pragma once

#include "compose/Draft.h"
#include "delivery/Audience.h"
#include "delivery/RunOptions.h"

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>
#include <QStringList>
#include <QTimer>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class SendDialog;
}

namespace herald::store {
class Database;
}

namespace herald::ui {

class CampaignWorker;

// The confirmation before a campaign: whom the message goes to (the directory's audience list, and any
// teams and channels checked here: a team means a 1:1 message to each member, a channel one new post in
// it), how many that is, who is left out and why, entries that matched nobody, an honest time estimate
// from the rate limits, and the preview for the first recipient. The audience is worked out on the
// CampaignWorker's thread a moment after the last click (a result for an older choice is dropped), so the
// window never waits for a 100,000-person team. "Send" accepts once the audience for the current choice is
// known; the caller stores and starts the campaign (draft(), audience()).
class SendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDialog)

public:
    static constexpr int MaxListedRows = 1000; // left-out and not-found rows shown (the counts are exact)

    // db must outlive the dialog; the worker may go first (the dialog then resolves nothing more).
    // options.pacing gives the estimate (the global rate from AppSettings).
    SendDialog(const store::Database &db, CampaignWorker *worker, compose::Draft draft, QString profileName,
               delivery::RunOptions options, QWidget *parent = nullptr);
    ~SendDialog() override;

    // The people chosen in the directory (AudienceList::ids()).
    void setPeople(const QStringList &personIds);
    // Checks these teams (ids) in the picker; the other teams are unchecked. Channels keep their checks.
    void setTeams(const QStringList &teamIds);
    // Checks these channels (ids); the other channels are unchecked. Teams keep their checks.
    void setChannels(const QStringList &channelIds);
    delivery::AudienceSpec spec() const;

    // Asks for the audience now instead of after the short delay that gathers clicks.
    void refreshNow();
    // True from a change of the choice until its audience is shown.
    bool isResolving() const;
    const delivery::Audience &audience() const { return m_audience; }
    const compose::Draft &draft() const { return m_draft; }
    const delivery::RunOptions &options() const { return m_options; }
    QString summaryText() const;
    QString estimateText() const;
    QString messageText() const;
    QPushButton *sendButton() const { return m_sendButton; }

Q_SIGNALS:
    // The audience of the current choice is shown (a stale result never gets here).
    void audienceShown();

private:
    void loadTeams();
    void addChannels(QTreeWidgetItem *teamItem, const QString &teamId);
    void setChecked(int kind, const QStringList &ids);
    void choiceChanged();
    void resolve();
    void onResolved(quint64 ticket, const delivery::Audience &audience, const Error &error);
    void showAudience();
    void showPreview();
    void send();
    void showMessage(const QString &text);

    QScopedPointer<Ui::SendDialog> m_ui;
    const store::Database &m_db;
    QPointer<CampaignWorker> m_worker;
    quint64 m_ticket = 0; // the resolve whose answer is awaited; 0: none
    compose::Draft m_draft;
    QString m_profileName;
    delivery::RunOptions m_options;
    QStringList m_people;
    delivery::Audience m_audience;
    bool m_resolved = false;
    QTimer m_resolveTimer;
    QPushButton *m_sendButton;
};

} // namespace herald::ui
