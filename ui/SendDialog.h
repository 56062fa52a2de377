#pragma once

#include "compose/Draft.h"
#include "delivery/Audience.h"
#include "delivery/RunOptions.h"

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>
#include <QTimer>

class QPushButton;

namespace Ui {
class SendDialog;
}

namespace herald::store {
class Database;
}

namespace herald::ui {

// The confirmation before a campaign: whom the message goes to (the directory's audience list and any
// teams checked here), how many that is, who is left out and why, entries that matched nobody, an honest
// time estimate from the rate limits, and the preview for the first recipient. "Send" writes the campaign
// to disk (CampaignManager::createCampaign) and accepts; the caller starts it (campaignId()).
class SendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendDialog)

public:
    static constexpr int MaxListedRows = 1000; // left-out and not-found rows shown (the counts are exact)

    // db must outlive the dialog. options.pacing gives the estimate (the global rate from AppSettings).
    SendDialog(const store::Database &db, compose::Draft draft, QString profileName, delivery::RunOptions options,
               QWidget *parent = nullptr);
    ~SendDialog() override;

    // The people chosen in the directory (AudienceList::ids()).
    void setPeople(const QStringList &personIds);
    // Checks these teams in the picker (ids); the others are unchecked.
    void setTeams(const QStringList &teamIds);
    delivery::AudienceSpec spec() const;

    // Resolves now instead of after the short delay that gathers clicks.
    void refreshNow();
    const delivery::Audience &audience() const { return m_audience; }
    QString summaryText() const;
    QString estimateText() const;
    QString messageText() const;
    QPushButton *sendButton() const { return m_sendButton; }

    // After acceptance: the stored campaign to start.
    qint64 campaignId() const { return m_campaignId; }

private:
    void loadTeams();
    void resolve();
    void showAudience();
    void showPreview();
    void send();
    void showMessage(const QString &text);

    QScopedPointer<Ui::SendDialog> m_ui;
    const store::Database &m_db;
    compose::Draft m_draft;
    QString m_profileName;
    delivery::RunOptions m_options;
    QStringList m_people;
    delivery::Audience m_audience;
    bool m_resolved = false;
    QTimer m_resolveTimer;
    QPushButton *m_sendButton;
    qint64 m_campaignId = 0;
};

} // namespace herald::ui
