#include "SendDialog.h"
#include "ui_SendDialog.h"

#include "CampaignWorker.h"

#include "delivery/ActivityFactory.h"
#include "delivery/CampaignManager.h"
#include "delivery/DeliveryEstimate.h"
#include "directory/DirectoryQueries.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

namespace herald::ui {

using delivery::RecipientState;

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int KindRole = Qt::UserRole + 2;
constexpr int TeamKind = 1;
constexpr int ChannelKind = 2;
constexpr int ResolveDelayMs = 120;
constexpr int ExpandTeamsUpTo = 12; // more teams start collapsed

} // namespace

SendDialog::SendDialog(const store::Database &db, CampaignWorker *worker, compose::Draft draft,
                       QString profileName, delivery::RunOptions options, QWidget *parent)
    : QDialog(parent)
    , m_ui(new Ui::SendDialog)
    , m_db(db)
    , m_worker(worker)
    , m_draft(std::move(draft))
    , m_profileName(std::move(profileName))
    , m_options(std::move(options))
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(m_draft.title.isEmpty()
                                    ? tr("Send this message through \"%1\".").arg(m_profileName)
                                    : tr("Send \"%1\" through \"%2\".").arg(m_draft.title, m_profileName));
    m_ui->leftOutList->header()->setStretchLastSection(true);
    m_ui->audienceTree->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->busyBar->hide();

    m_sendButton = m_ui->buttonBox->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setEnabled(false);
    m_sendButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SendDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_sendButton->setAccessibleName(tr("Send the message"));
    m_sendButton->setAccessibleDescription(tr("Start the campaign: send to every recipient counted above"));
    setTabOrder(m_ui->previewScroll, m_sendButton); // after the preview, as the dialog reads
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setObjectName(QStringLiteral("cancelSendButton"));
        cancel->setAccessibleName(tr("Cancel without sending"));
        cancel->setAccessibleDescription(tr("Go back to the composer; nothing is sent"));
        setTabOrder(m_sendButton, cancel);
    }

    m_resolveTimer.setSingleShot(true);
    m_resolveTimer.setInterval(ResolveDelayMs);
    connect(&m_resolveTimer, &QTimer::timeout, this, &SendDialog::resolve);
    connect(m_ui->peopleCheck, &QCheckBox::toggled, this, &SendDialog::choiceChanged);
    connect(m_ui->audienceTree, &QTreeWidget::itemChanged, this, &SendDialog::choiceChanged);
    if (m_worker)
        connect(m_worker, &CampaignWorker::audienceResolved, this, &SendDialog::onResolved);

    loadTeams();
    choiceChanged();
}

SendDialog::~SendDialog()
{
    // A resolve still queued for this dialog is skipped; one in progress ends with nobody listening.
    if (m_worker && m_ticket)
        m_worker->cancel(m_ticket);
}

void SendDialog::loadTeams()
{
    const auto teams = directory::DirectoryQueries(m_db).teams();
    if (!teams) {
        showMessage(tr("Herald could not list the teams: %1").arg(teams.error().message));
        return;
    }
    const QSignalBlocker blocker(m_ui->audienceTree);
    for (const directory::TeamSummary &team : *teams) {
        auto *item = new QTreeWidgetItem(m_ui->audienceTree);
        item->setText(0, team.displayName());
        item->setText(1, tr("a 1:1 message to each of %Ln member(s)", nullptr, int(team.memberCount)));
        item->setData(0, IdRole, team.id);
        item->setData(0, KindRole, TeamKind);
        item->setData(
            0, Qt::AccessibleTextRole,
            tr("Team %1: a personal message to each of its %Ln member(s)", nullptr, int(team.memberCount))
                .arg(team.displayName()));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(0, Qt::Unchecked);
        if (!team.installed) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(0, tr("The bot is no longer installed in this team."));
        }
        addChannels(item, team.id);
        item->setExpanded(teams->size() <= ExpandTeamsUpTo);
    }
    m_ui->audienceTree->resizeColumnToContents(0);
    if (teams->isEmpty())
        m_ui->teamsLabel->setText(tr("No teams or channels in the directory yet."));
    else if (QTreeWidgetItem *first = m_ui->audienceTree->topLevelItem(0))
        m_ui->audienceTree->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
}

void SendDialog::addChannels(QTreeWidgetItem *teamItem, const QString &teamId)
{
    const auto channels = directory::DirectoryQueries(m_db).channels(teamId);
    if (!channels) {
        showMessage(tr("Herald could not list the channels: %1").arg(channels.error().message));
        return;
    }
    const bool enabled = teamItem->flags().testFlag(Qt::ItemIsEnabled);
    for (const directory::ChannelSummary &channel : *channels) {
        auto *item = new QTreeWidgetItem(teamItem);
        item->setText(0, tr("# %1").arg(channel.displayName()));
        item->setText(1, tr("one post in the channel"));
        item->setData(0, IdRole, channel.id);
        item->setData(0, KindRole, ChannelKind);
        item->setData(0, Qt::AccessibleTextRole,
                      tr("Channel %1 of %2: one new post").arg(channel.displayName(), teamItem->text(0)));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                       (enabled ? Qt::ItemIsEnabled : Qt::ItemFlags()));
        item->setCheckState(0, Qt::Unchecked);
    }
}

void SendDialog::setPeople(const QStringList &personIds)
{
    m_people = personIds;
    m_ui->peopleCheck->setText(
        personIds.isEmpty() ? tr("The audience list is empty (add people on the Directory page)")
                            : tr("The %Ln people in the audience list", nullptr, int(personIds.size())));
    m_ui->peopleCheck->setEnabled(!personIds.isEmpty());
    {
        const QSignalBlocker blocker(m_ui->peopleCheck);
        m_ui->peopleCheck->setChecked(!personIds.isEmpty()); // an empty list is not ticked
    }
    choiceChanged();
}

void SendDialog::setChecked(int kind, const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_ui->audienceTree);
        for (QTreeWidgetItemIterator it(m_ui->audienceTree); *it; ++it) {
            QTreeWidgetItem *item = *it;
            if (item->data(0, KindRole).toInt() == kind)
                item->setCheckState(0, ids.contains(item->data(0, IdRole).toString()) ? Qt::Checked
                                                                                      : Qt::Unchecked);
        }
    }
    choiceChanged();
}

void SendDialog::setTeams(const QStringList &teamIds)
{
    setChecked(TeamKind, teamIds);
}

void SendDialog::setChannels(const QStringList &channelIds)
{
    setChecked(ChannelKind, channelIds);
}

delivery::AudienceSpec SendDialog::spec() const
{
    delivery::AudienceSpec spec;
    if (m_ui->peopleCheck->isChecked())
        spec.users = m_people;
    for (QTreeWidgetItemIterator it(m_ui->audienceTree, QTreeWidgetItemIterator::Checked); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        (item->data(0, KindRole).toInt() == TeamKind ? spec.teams : spec.channels)
            .append(item->data(0, IdRole).toString());
    }
    return spec;
}

void SendDialog::choiceChanged()
{
    // What is shown belongs to the previous choice: nothing can be sent until the new one is worked out, and
    // an answer still to come for the previous one is stale.
    m_resolved = false;
    if (m_worker && m_ticket)
        m_worker->cancel(m_ticket);
    m_ticket = 0;
    m_sendButton->setEnabled(false);
    m_resolveTimer.start();
}

bool SendDialog::isResolving() const
{
    return m_resolveTimer.isActive() || m_ticket != 0;
}

void SendDialog::refreshNow()
{
    m_resolveTimer.stop();
    resolve();
}

void SendDialog::resolve()
{
    m_resolved = false;
    showMessage({});
    const delivery::AudienceSpec chosen = spec();
    if (m_worker && m_ticket)
        m_worker->cancel(m_ticket);
    m_ticket = 0;
    if (chosen.isEmpty()) {
        m_audience = {};
        m_ui->busyBar->hide();
        showAudience();
        showPreview();
        Q_EMIT audienceShown();
        return;
    }
    if (!m_worker) {
        showMessage(tr("Herald cannot work out the audience any more: its campaigns page is gone."));
        return;
    }
    m_ticket = m_worker->resolveAudience(chosen);
    m_ui->summaryLabel->setText(tr("Working out who gets the message…"));
    m_ui->busyBar->show();
    m_sendButton->setEnabled(false);
}

void SendDialog::onResolved(quint64 ticket, const delivery::Audience &audience, const Error &error)
{
    if (ticket == 0 || ticket != m_ticket)
        return; // stale: the choice changed since it was asked for
    m_ticket = 0;
    m_ui->busyBar->hide();
    if (error.isError()) {
        m_audience = {};
        showMessage(tr("Herald could not work out the audience: %1").arg(error.message));
    } else {
        m_audience = audience;
        m_resolved = true;
    }
    showAudience();
    showPreview();
    Q_EMIT audienceShown();
}

void SendDialog::showAudience()
{
    const QLocale locale;
    const qint64 toSend = m_audience.toSend();
    const qint64 leftOut = m_audience.leftOut();
    if (spec().isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("Nobody is chosen yet: add people to the audience in the directory, or "
               "check a team or a channel."));
    } else {
        QString text = tr("%Ln recipient(s) will get this message.", nullptr, int(toSend));
        if (leftOut > 0)
            text += QLatin1Char(' ') + tr("%Ln left out: the bot cannot reach them.", nullptr, int(leftOut));
        if (!m_audience.unresolved.isEmpty())
            text += QLatin1Char(' ') +
                    tr("%Ln chosen entry(s) matched nobody.", nullptr, int(m_audience.unresolved.size()));
        m_ui->summaryLabel->setText(text);
    }
    if (toSend > 0) {
        const auto estimate = delivery::CampaignManager::estimate(m_audience, m_options.pacing);
        QString text = estimate.sentence();
        if (estimate.firstContacts > 0)
            text += QLatin1Char(' ') +
                    tr("%Ln person(s) get a first message from the bot: their chat is created first.",
                       nullptr, int(estimate.firstContacts));
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
        auto *item = new QTreeWidgetItem(
            {r.name.isEmpty() ? r.targetId : r.name, r.message.isEmpty() ? r.code : r.message});
        item->setToolTip(0, r.targetId);
        items.append(item);
    }
    if (leftOut > items.size())
        items.append(new QTreeWidgetItem(
            {tr("… and %1 more").arg(locale.toString(leftOut - items.size())), QString()}));
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
    m_sendButton->setText(toSend > 0 ? tr("&Send to %Ln recipient(s)", nullptr, int(toSend)) : tr("&Send"));
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
    m_ui->previewLabel->setText(tr("Preview for %1, the first recipient:")
                                    .arg(first->name.isEmpty() ? first->targetId : first->name));
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
    if (isResolving() || !m_resolved || m_audience.toSend() == 0)
        return;
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
