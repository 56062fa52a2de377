#include "CampaignsPage.h"
#include "ui_CampaignsPage.h"

#include "CampaignJobs.h"
#include "CampaignListModel.h"
#include "CampaignNotifier.h"
#include "CampaignRecoveryBanner.h"
#include "CampaignReportView.h"
#include "CampaignWorker.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/DeliveryEstimate.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>

#include <climits>
#include <cmath>

namespace herald::ui {

using delivery::CampaignManager;
using delivery::CampaignProgress;
using delivery::CampaignRunner;
using delivery::CampaignStatus;
using delivery::RecipientState;

CampaignsPage::CampaignsPage(const store::Database *db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CampaignsPage)
    , m_db(db)
    , m_model(new CampaignListModel(this))
    , m_statusLabel(new QLabel(this))
    , m_notifier(new CampaignNotifier(this))
{
    m_ui->setupUi(this);
    m_ui->jobPane->hide();
    m_statusLabel->setAccessibleName(tr("Campaign status"));
    m_statusLabel->hide();

    m_ui->campaignsView->setModel(m_model);
    m_ui->campaignsView->setItemDelegate(new CampaignProgressDelegate(this));
    m_ui->campaignsView->horizontalHeader()->setSectionResizeMode(CampaignListModel::TitleColumn,
                                                                  QHeaderView::Stretch);
    m_ui->campaignsView->horizontalHeader()->setSectionResizeMode(CampaignListModel::ProgressColumn,
                                                                  QHeaderView::ResizeToContents);
    m_ui->campaignsView->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    if (m_db) {
        m_jobs = std::make_unique<CampaignJobs>(*m_db);
        connect(m_jobs.get(), &CampaignJobs::storingChanged, this, &CampaignsPage::updateJobPane);
        connect(m_jobs.get(), &CampaignJobs::stored, this, &CampaignsPage::onStored);
        connect(m_jobs.get(), &CampaignJobs::cancelled, this, &CampaignsPage::onCancelled);
        connect(m_jobs.get(), &CampaignJobs::message, this, &CampaignsPage::showMessage);
        connect(m_jobs->readWorker(), &CampaignWorker::campaignsLoaded, this,
                &CampaignsPage::onCampaignsLoaded);
        m_ui->report->setWorker(m_jobs->readWorker());
    }
    connect(m_ui->report, &CampaignReportView::reportLoaded, this, &CampaignsPage::showStoredThroughput);
    connect(m_ui->report, &CampaignReportView::message, this, &CampaignsPage::showMessage);
    connect(m_ui->report, &CampaignReportView::exportFinished, this, &CampaignsPage::reportExported);
    connect(m_ui->jobCancelButton, &QPushButton::clicked, this, &CampaignsPage::cancelStoring);

    connect(m_ui->campaignsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::onSelectionChanged);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &CampaignsPage::pauseSelected);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &CampaignsPage::resumeSelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { cancelSelected(true); });
    connect(m_ui->recoveryFrame, &CampaignRecoveryBanner::resumeRequested, this,
            &CampaignsPage::resumeRecovered);
    connect(m_ui->recoveryFrame, &CampaignRecoveryBanner::listUncertainRequested, this,
            &CampaignsPage::listUncertain);
    connect(m_ui->recoveryFrame, &CampaignRecoveryBanner::campaignChosen, this,
            &CampaignsPage::selectCampaign);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_ui->campaignsView, this,
                                &CampaignsPage::togglePause, Qt::WidgetShortcut);
    Q_UNUSED(space)

    if (!m_db)
        showMessage(tr("Herald could not open its database, so there are no campaigns."), true);
    reload();
}

CampaignsPage::~CampaignsPage()
{
    // The status label may already be gone with the window's status bar: nothing calls back from here on.
    for (auto &[id, live] : m_live) {
        if (live.runner)
            live.runner->disconnect(this);
    }
    shutdown();
    m_live.clear();
    // Their threads stop (after the job in progress) before the views they answer go.
    m_ui->report->setWorker(nullptr);
    m_jobs.reset();
}

void CampaignsPage::setConnector(connector::ConnectorClient *client, const QString &profileName)
{
    if (client == m_client)
        return;
    // Runners hold the client: they stop before it goes.
    for (auto &[id, live] : m_live) {
        if (!live.runner)
            continue;
        live.runner->disconnect(this);
        live.runner->pause();
        live.runner->abortInFlight();
        live.runner.reset();
    }
    m_client = client;
    m_profileName = profileName;
    reload();
}

SendDialog *CampaignsPage::confirmSend(const compose::Draft &draft, const QStringList &people)
{
    if (!m_db) {
        showMessage(tr("Herald could not open its database, so it cannot send."), true);
        return nullptr;
    }
    auto *dialog = new SendDialog(*m_db, m_jobs->sendWorker(), draft, m_profileName, m_options, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPeople(people);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage({});
        m_jobs->store(dialog->draft(), dialog->audience(), m_profileName, dialog->options());
    });
    dialog->open();
    return dialog;
}

void CampaignsPage::updateJobPane()
{
    const qint64 recipients = m_jobs ? m_jobs->storingRecipients() : 0;
    m_ui->jobLabel->setText(tr("Storing the campaign for %1 recipient(s) before the first message…", nullptr,
                               int(qMin<qint64>(recipients, INT_MAX)))
                                .arg(QLocale().toString(recipients)));
    m_ui->jobPane->setVisible(isStoring());
}

bool CampaignsPage::isStoring() const
{
    return m_jobs && m_jobs->isStoring();
}

void CampaignsPage::cancelStoring()
{
    if (m_jobs)
        m_jobs->cancelStoring();
}

void CampaignsPage::onStored(qint64 campaignId)
{
    if (Status s = startCampaign(campaignId); !s) {
        reload();
        showMessage(tr("The campaign is stored but did not start: %1").arg(s.error().message), true);
    }
}

Status CampaignsPage::startCampaign(qint64 campaignId, bool resendUncertain)
{
    if (!m_db)
        return Error::make(Error::Kind::Storage, tr("Herald's database is not open."));
    if (!m_client)
        return Error::make(Error::Kind::Input,
                           tr("Sign in first: campaigns are sent through the signed-in bot."));
    if (Live &live = m_live[campaignId]; live.runner) {
        live.runner->resume();
        return Status::success();
    }
    const CampaignManager manager(*m_db);
    auto info = manager.campaign(campaignId);
    if (!info)
        return info.error();
    m_model->upsert(*info); // shown and selectable now; the whole list follows from the worker
    if (info->profile != m_profileName)
        return Error::make(Error::Kind::Input,
                           tr("Campaign %1 was made with the profile \"%2\"; sign in with it to "
                              "resume it.")
                               .arg(campaignId)
                               .arg(info->profile));
    delivery::RunOptions options = delivery::RunOptions::fromJson(info->options, m_options);
    options.resendUncertain = resendUncertain;
    auto made = manager.runner(campaignId, m_client, options);
    if (!made)
        return made.error();
    std::unique_ptr<CampaignRunner> runner = std::move(made).value();
    CampaignRunner *r = runner.get();
    connect(r, &CampaignRunner::progressChanged, this, &CampaignsPage::onProgress);
    connect(r, &CampaignRunner::statusChanged, this, [this, campaignId](CampaignStatus) {
        reload();
        if (campaignId == selectedCampaign())
            updateButtons();
    });
    connect(r, &CampaignRunner::stopped, this,
            [this, campaignId](CampaignStatus status) { onStopped(campaignId, status); });
    m_live[campaignId].runner = std::move(runner);
    if (Status s = r->start(); !s) {
        m_live[campaignId].runner.reset();
        reload();
        return s;
    }
    m_model->updateProgress(r->progress());
    reload();
    selectCampaign(campaignId);
    updateStatusLabel();
    return Status::success();
}

CampaignRunner *CampaignsPage::runner(qint64 campaignId) const
{
    const auto it = m_live.find(campaignId);
    return it == m_live.end() ? nullptr : it->second.runner.get();
}

void CampaignsPage::reload()
{
    // Every campaign with its counts: a count over each campaign's recipients, read on the worker.
    if (m_jobs)
        m_listTicket = m_jobs->readWorker()->loadCampaigns();
}

bool CampaignsPage::isReloading() const
{
    return m_listTicket != 0;
}

void CampaignsPage::onCampaignsLoaded(quint64 ticket, const QList<delivery::CampaignInfo> &campaigns,
                                      const Error &error)
{
    if (ticket != m_listTicket)
        return; // a newer list is on its way
    m_listTicket = 0;
    if (error.isError()) {
        showMessage(tr("Herald could not list the campaigns: %1").arg(error.message), true);
        return;
    }
    const qint64 selected = m_pendingSelection ? m_pendingSelection : selectedCampaign();
    m_pendingSelection = 0;
    m_model->setCampaigns(campaigns);
    for (const auto &[id, live] : m_live) {
        if (live.runner)
            m_model->updateProgress(live.runner->progress());
    }
    if (selected && selectedCampaign() != selected)
        selectCampaign(selected);
    m_pendingSelection = 0;
    updateButtons();
}

void CampaignsPage::selectCampaign(qint64 campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row < 0) {
        m_pendingSelection = campaignId; // selected when the list that has it arrives
        return;
    }
    m_pendingSelection = 0;
    m_ui->campaignsView->selectRow(row);
}

qint64 CampaignsPage::selectedCampaign() const
{
    const QModelIndexList rows = m_ui->campaignsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(CampaignListModel::IdRole).toLongLong();
}

void CampaignsPage::pauseSelected()
{
    if (CampaignRunner *r = runner(selectedCampaign()))
        r->pause(); // no new request from now on; on disk at once
}

void CampaignsPage::resumeSelected()
{
    const qint64 id = selectedCampaign();
    if (!id)
        return;
    if (Status s = startCampaign(id); !s)
        showMessage(s.error().message, true);
}

void CampaignsPage::cancelSelected(bool confirm)
{
    const qint64 id = selectedCampaign();
    const delivery::CampaignInfo *info = m_model->campaign(id);
    if (!info || delivery::isFinal(info->status))
        return;
    if (confirm) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Cancel the campaign?"),
                            tr("Nobody who has not received \"%1\" yet will get it. Those already sent to "
                               "keep it.")
                                .arg(titleOf(id)),
                            QMessageBox::NoButton, this);
        box->addButton(tr("Cancel the campaign"), QMessageBox::DestructiveRole);
        box->addButton(tr("Keep sending"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole && selectedCampaign() == id)
                cancelSelected(false);
        });
        box->open();
        return;
    }
    if (CampaignRunner *r = runner(id)) {
        r->cancel();
        return;
    }
    m_jobs->cancelCampaign(id);
}

void CampaignsPage::onCancelled(qint64 campaignId)
{
    reload();
    if (campaignId == selectedCampaign())
        showDetails();
}

void CampaignsPage::togglePause()
{
    CampaignRunner *r = runner(selectedCampaign());
    if (r && r->status() == CampaignStatus::Running)
        pauseSelected();
    else
        resumeSelected();
}

void CampaignsPage::setReportFilter(RecipientState state)
{
    m_ui->report->setFilter(state);
}

CampaignRecipientModel *CampaignsPage::recipientModel() const
{
    return m_ui->report->recipientModel();
}

Status CampaignsPage::exportCsvTo(const QString &path)
{
    if (!m_db || !selectedCampaign())
        return Error::make(Error::Kind::Input, tr("Choose a campaign first."));
    return m_ui->report->exportCsvTo(path);
}

void CampaignsPage::offerInterrupted()
{
    if (!m_db)
        return;
    auto open = CampaignManager(*m_db).recoverInterrupted();
    if (!open) {
        showMessage(tr("Herald could not check for interrupted campaigns: %1").arg(open.error().message),
                    true);
        return;
    }
    QList<delivery::CampaignInfo> offered;
    for (const delivery::CampaignInfo &info : *open) {
        if (!runner(info.id))
            offered.append(info);
    }
    m_ui->recoveryFrame->offer(offered);
    reload();
}

bool CampaignsPage::isOfferingRecovery() const
{
    return m_ui->recoveryFrame->isOffering();
}

QString CampaignsPage::recoveryText() const
{
    return m_ui->recoveryFrame->text();
}

void CampaignsPage::resumeRecovered(qint64 campaignId, bool resendUncertain)
{
    if (Status s = startCampaign(campaignId, resendUncertain); !s) {
        showMessage(s.error().message, true);
        return;
    }
    m_ui->recoveryFrame->remove(campaignId);
}

void CampaignsPage::listUncertain(qint64 campaignId)
{
    if (campaignId)
        selectCampaign(campaignId);
    setReportFilter(RecipientState::Uncertain);
    if (auto *recipients = m_ui->report->findChild<QWidget *>(QStringLiteral("recipientsView")))
        recipients->setFocus();
}

void CampaignsPage::shutdown()
{
    for (auto &[id, live] : m_live) {
        if (!live.runner)
            continue;
        live.runner->pause();
        live.runner->abortInFlight();
    }
}

ThroughputChart *CampaignsPage::chart() const
{
    return m_ui->chart;
}

QString CampaignsPage::messageText() const
{
    return m_ui->messageLabel->text();
}

void CampaignsPage::onProgress(const CampaignProgress &progress)
{
    Live &live = m_live[progress.campaignId];
    live.progress = progress;
    live.samples.append({progress.elapsedMs, progress.messagesPerSecond});
    while (!live.samples.isEmpty() &&
           (live.samples.constFirst().first < progress.elapsedMs - ThroughputChart::WindowMs ||
            live.samples.constFirst().first > progress.elapsedMs))
        live.samples.removeFirst();
    m_model->updateProgress(progress);
    if (progress.campaignId == selectedCampaign()) {
        m_ui->chart->addSample(progress.elapsedMs, progress.messagesPerSecond);
        showLiveProgress(progress);
    }
    updateStatusLabel();
}

void CampaignsPage::onStopped(qint64 campaignId, CampaignStatus status)
{
    Live &live = m_live[campaignId];
    const QString why =
        live.runner && live.runner->lastError().isError() ? live.runner->lastError().message : QString();
    if (delivery::isFinal(status) && live.runner) {
        live.runner->disconnect(this);
        live.runner.release()->deleteLater(); // we are inside its signal
    }
    reload();
    if (campaignId == selectedCampaign())
        showDetails();
    if (delivery::isFinal(status) || !why.isEmpty())
        notifyEnded(campaignId, status, why);
    updateStatusLabel();
}

void CampaignsPage::onSelectionChanged()
{
    m_ui->chart->clear();
    const qint64 id = selectedCampaign();
    const auto it = m_live.find(id);
    if (it != m_live.end()) {
        for (const auto &[ms, rate] : it->second.samples)
            m_ui->chart->addSample(ms, rate);
    }
    showDetails();
}

void CampaignsPage::showDetails()
{
    const qint64 id = selectedCampaign();
    m_ui->detailsPane->setEnabled(id != 0);
    if (!id) {
        m_ui->progressBar->setValue(0);
        m_ui->etaLabel->clear();
        m_ui->rateLabel->clear();
        m_ui->report->setCampaign(0);
        updateButtons();
        return;
    }
    CampaignRunner *r = runner(id);
    if (r) {
        showLiveProgress(r->progress());
    } else if (const delivery::CampaignInfo *info = m_model->campaign(id)) {
        m_ui->progressBar->setValue(int(std::lround(
            m_model->index(m_model->rowOf(id), 0).data(CampaignListModel::FractionRole).toDouble() * 1000)));
        m_ui->progressBar->setFormat(QStringLiteral("%p%"));
        m_ui->etaLabel->setText(delivery::campaignStatusLabel(info->status));
        m_ui->rateLabel->clear();
    }
    m_ui->report->setCampaign(id);
    m_ui->report->setLive(r && r->status() == CampaignStatus::Running);
    updateButtons();
}

void CampaignsPage::showLiveProgress(const CampaignProgress &progress)
{
    const QLocale locale;
    m_ui->progressBar->setValue(int(std::lround(progress.fraction() * 1000)));
    m_ui->progressBar->setFormat(
        tr("%1 of %2")
            .arg(locale.toString(progress.counts.done()), locale.toString(progress.counts.total())));
    if (progress.status != CampaignStatus::Running)
        m_ui->etaLabel->setText(delivery::campaignStatusLabel(progress.status));
    else if (progress.etaSeconds < 0)
        m_ui->etaLabel->setText(tr("Time left: working it out…"));
    else
        m_ui->etaLabel->setText(
            tr("About %1 left").arg(delivery::DeliveryEstimate::duration(progress.etaSeconds)));
    m_ui->rateLabel->setText(tr("%1 messages/s\n%2 requests/s, %3 throttled")
                                 .arg(locale.toString(progress.messagesPerSecond, 'f', 1),
                                      locale.toString(progress.requestsPerSecond, 'f', 1),
                                      locale.toString(progress.throttled)));
    if (progress.status == CampaignStatus::Running)
        m_ui->report->setLive(true);
}

void CampaignsPage::showStoredThroughput(const delivery::CampaignReport::Data &report)
{
    // The chart of a campaign not sent here shows its stored throughput.
    const qint64 id = report.campaign.id;
    if (id != selectedCampaign() || runner(id) || m_ui->chart->sampleCount() > 0)
        return;
    for (const auto &s : report.throughput)
        m_ui->chart->addSample(s.second * 1000, double(s.delivered + s.unreachable + s.failed));
}

void CampaignsPage::updateButtons()
{
    const qint64 id = selectedCampaign();
    const delivery::CampaignInfo *info = m_model->campaign(id);
    CampaignRunner *r = runner(id);
    const bool running = r && r->status() == CampaignStatus::Running;
    const bool resumable = info && !delivery::isFinal(info->status) && !running && m_client;
    m_ui->pauseButton->setEnabled(running);
    m_ui->resumeButton->setEnabled(resumable);
    m_ui->resumeButton->setToolTip(info && !m_client ? tr("Sign in to resume.")
                                                     : tr("Go on sending (Space)."));
    m_ui->cancelButton->setEnabled(info && !delivery::isFinal(info->status));
}

void CampaignsPage::updateStatusLabel()
{
    const QLocale locale;
    QStringList parts;
    for (const auto &[id, live] : m_live) {
        if (!live.runner || live.runner->status() != CampaignStatus::Running)
            continue;
        const CampaignProgress &p = live.progress;
        parts.append(tr("Sending \"%1\": %2% at %3 msg/s")
                         .arg(titleOf(id))
                         .arg(int(std::floor(p.fraction() * 100)))
                         .arg(locale.toString(p.messagesPerSecond, 'f', 0)));
    }
    if (!m_statusLabel || (parts.isEmpty() && m_statusLabel->text().isEmpty()))
        return;
    if (!parts.isEmpty())
        m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    else
        m_statusLabel->setText(m_lastNotification);
    m_statusLabel->setVisible(!m_statusLabel->text().isEmpty());
}

void CampaignsPage::notifyEnded(qint64 campaignId, CampaignStatus status, const QString &why)
{
    const delivery::CampaignInfo *info = m_model->campaign(campaignId);
    m_lastNotification =
        m_notifier->notify(titleOf(campaignId), status, info ? info->counts : delivery::StateCounts{}, why,
                           window()->windowIcon());
    if (m_statusLabel) {
        m_statusLabel->setText(m_lastNotification);
        m_statusLabel->show();
    }
    Q_EMIT campaignEnded(campaignId, status, m_lastNotification);
}

void CampaignsPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("color: palette(bright-text); background: #b3261e; "
                               "padding: 4px;")
              : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString CampaignsPage::titleOf(qint64 campaignId) const
{
    const delivery::CampaignInfo *info = m_model->campaign(campaignId);
    return info && !info->title.isEmpty() ? info->title : tr("Campaign %1").arg(campaignId);
}

} // namespace herald::ui
