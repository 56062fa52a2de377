#include "SendDialog.h"
#include "ui_SendDialog.h"

#include "delivery/ActivityFactory.h"
#include "delivery/CampaignManager.h"
#include "delivery/DeliveryEstimate.h"
#include "directory/DirectoryQueries.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace herald::ui {

using delivery::RecipientState;

namespace {

constexpr int TeamIdRole = Qt::UserRole + 1;
constexpr int ResolveDelayMs = 120;

} // namespace

SendDialog::SendDialog(const store::Database &db, compose::Draft draft, QString profileName,
                       delivery::RunOptions options, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SendDialog)
    , m_db(db)
    , m_draft(std::move(draft))
    , m_profileName(std::move(profileName))
    , m_options(std::move(options))
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(m_draft.title.isEmpty()
                                    ? tr("Send this message through \"%1\".").arg(m_profileName)
                                    : tr("Send \"%1\" through \"%2\".").arg(m_draft.title, m_profileName));
    m_ui->leftOutList->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    m_sendButton = m_ui->buttonBox->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setEnabled(false);
    m_sendButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SendDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_resolveTimer.setSingleShot(true);
    m_resolveTimer.setInterval(ResolveDelayMs);
    connect(&m_resolveTimer, &QTimer::timeout, this, &SendDialog::resolve);
    connect(m_ui->peopleCheck, &QCheckBox::toggled, this, [this] { m_resolveTimer.start(); });
    connect(m_ui->teamsList, &QListWidget::itemChanged, this, [this] { m_resolveTimer.start(); });

    loadTeams();
    m_resolveTimer.start();
}

SendDialog::~SendDialog() = default;

void SendDialog::loadTeams()
{
    const auto teams = directory::DirectoryQueries(m_db).teams();
    if (!teams) {
        showMessage(tr("Herald could not list the teams: %1").arg(teams.error().message));
        return;
    }
    const QLocale locale;
    const QSignalBlocker blocker(m_ui->teamsList);
    for (const directory::TeamSummary &team : *teams) {
        auto *item = new QListWidgetItem(
            tr("%1 (%n member(s))", nullptr, int(team.memberCount)).arg(team.displayName()), m_ui->teamsList);
        item->setData(TeamIdRole, team.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (!team.installed) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("The bot is no longer installed in this team."));
        }
    }
    if (teams->isEmpty())
        m_ui->teamsLabel->setText(tr("No teams in the directory yet."));
}

void SendDialog::setPeople(const QStringList &personIds)
{
    m_people = personIds;
    m_ui->peopleCheck->setText(tr("The %n people in the audience list", nullptr, int(personIds.size())));
    m_ui->peopleCheck->setEnabled(!personIds.isEmpty());
    m_resolveTimer.start();
}

void SendDialog::setTeams(const QStringList &teamIds)
{
    {
        const QSignalBlocker blocker(m_ui->teamsList);
        for (int i = 0; i < m_ui->teamsList->count(); ++i) {
            QListWidgetItem *item = m_ui->teamsList->item(i);
            item->setCheckState(teamIds.contains(item->data(TeamIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_resolveTimer.start();
}

delivery::AudienceSpec SendDialog::spec() const
{
    delivery::AudienceSpec spec;
    if (m_ui->peopleCheck->isChecked())
        spec.users = m_people;
    for (int i = 0; i < m_ui->teamsList->count(); ++i) {
        const QListWidgetItem *item = m_ui->teamsList->item(i);
        if (item->checkState() == Qt::Checked)
            spec.teams.append(item->data(TeamIdRole).toString());
    }
    return spec;
}

void SendDialog::refreshNow()
{
    m_resolveTimer.stop();
    resolve();
}

void SendDialog::resolve()
{
    m_resolved = false;
    m_audience = {};
    showMessage({});
    const delivery::AudienceSpec chosen = spec();
    if (!chosen.isEmpty()) {
        // One indexed query per chosen entry; even a 100,000-person team resolves in well under a second.
        auto resolved = delivery::CampaignManager(m_db).resolveAudience(chosen);
        if (!resolved) {
            showMessage(tr("Herald could not work out the audience: %1").arg(resolved.error().message));
        } else {
            m_audience = std::move(resolved).value();
            m_resolved = true;
        }
    }
    showAudience();
    showPreview();
}

void SendDialog::showAudience()
{
    const QLocale locale;
    const qint64 toSend = m_audience.toSend();
    const qint64 leftOut = m_audience.leftOut();
    if (spec().isEmpty()) {
        m_ui->summaryLabel->setText(tr("Nobody is chosen yet: add people to the audience in the directory, or "
                                       "check a team."));
    } else {
        QString text = tr("%n recipient(s) will get this message.", nullptr, int(toSend));
        if (leftOut > 0)
            text += QLatin1Char(' ') + tr("%n left out: the bot cannot reach them.", nullptr, int(leftOut));
        if (!m_audience.unresolved.isEmpty())
            text += QLatin1Char(' ')
                    + tr("%n chosen entry(s) matched nobody.", nullptr, int(m_audience.unresolved.size()));
        m_ui->summaryLabel->setText(text);
    }
    if (toSend > 0) {
        const auto estimate = delivery::CampaignManager::estimate(m_audience, m_options.pacing);
        QString text = estimate.sentence();
        if (estimate.firstContacts > 0)
            text += QLatin1Char(' ')
                    + tr("%n person(s) get a first message from the bot: their chat is created first.", nullptr,
                         int(estimate.firstContacts));
        text += QLatin1Char(' ') + tr("Retries and throttling by Teams come on top.");
        m_ui->estimateLabel->setText(text);
    } else {
        m_ui->estimateLabel->clear();
    }

    m_ui->leftOutList->clear();
    QList<QTreeWidgetItem *> items;
    for (const delivery::CampaignRecipient &r : m_audience.recipients) {
        if (r.state != RecipientState::Unreachable)
            continue;
        if (items.size() >= MaxListedRows)
            break;
        auto *item = new QTreeWidgetItem({r.name.isEmpty() ? r.targetId : r.name,
                                          r.message.isEmpty() ? r.code : r.message});
        item->setToolTip(0, r.targetId);
        items.append(item);
    }
    if (leftOut > items.size())
        items.append(new QTreeWidgetItem({tr("… and %1 more").arg(locale.toString(leftOut - items.size())), QString()}));
    m_ui->leftOutList->addTopLevelItems(items);
    m_ui->leftOutList->resizeColumnToContents(0);
    m_ui->detailsTabs->setTabText(0, tr("Left out (%1)").arg(locale.toString(leftOut)));

    m_ui->unresolvedList->clear();
    m_ui->unresolvedList->addItems(m_audience.unresolved.mid(0, MaxListedRows));
    if (m_audience.unresolved.size() > MaxListedRows)
        m_ui->unresolvedList->addItem(
            tr("… and %1 more").arg(locale.toString(m_audience.unresolved.size() - MaxListedRows)));
    m_ui->detailsTabs->setTabText(1, tr("Not found (%1)").arg(locale.toString(m_audience.unresolved.size())));

    m_sendButton->setEnabled(m_resolved && toSend > 0);
    m_sendButton->setText(toSend > 0 ? tr("&Send to %n recipient(s)", nullptr, int(toSend)) : tr("&Send"));
    m_sendButton->setToolTip(toSend > 0 ? QString() : tr("Nobody in this audience can be sent to."));
}

void SendDialog::showPreview()
{
    const auto first = std::find_if(m_audience.recipients.cbegin(), m_audience.recipients.cend(),
                                     [](const auto &r) { return r.state == RecipientState::Pending; });
    if (first == m_audience.recipients.cend()) {
        m_ui->previewLabel->setText(tr("Preview: nobody to send to yet."));
        m_ui->preview->setActivity({});
        return;
    }
    m_ui->previewLabel->setText(tr("Preview for %1, the first recipient:").arg(first->name.isEmpty() ? first->targetId
                                                                                                   : first->name));
    const auto activity = delivery::draftActivityFactory(m_draft)(*first);
    if (!activity) {
        m_ui->preview->setActivity({});
        showMessage(tr("This message cannot be sent: %1").arg(activity.error().message));
        m_sendButton->setEnabled(false);
        return;
    }
    m_ui->preview->setActivity(*activity);
}

void SendDialog::send()
{
    if (m_resolveTimer.isActive())
        refreshNow();
    if (!m_resolved || m_audience.toSend() == 0)
        return;
    m_sendButton->setEnabled(false);
    auto id = delivery::CampaignManager(m_db).createCampaign(m_draft, m_audience, m_profileName, m_options,
                                                            m_draft.title);
    if (!id) {
        showMessage(tr("Herald could not store the campaign, so nothing was sent: %1").arg(id.error().message));
        m_sendButton->setEnabled(true);
        return;
    }
    m_campaignId = *id;
    accept();
}

void SendDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString SendDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString SendDialog::estimateText() const
{
    return m_ui->estimateLabel->text();
}

QString SendDialog::messageText() const
{
    return m_ui->messageLabel->text();
}

} // namespace herald::ui
