#include "CampaignsPage.h"
#include "ui_CampaignsPage.h"

#include "CampaignJobs.h"
#include "CampaignListModel.h"
#include "CampaignNotifier.h"
#include "CampaignRecoveryBanner.h"
#include "CampaignReportView.h"
#include "CampaignSendThread.h"
#include "CampaignWorker.h"
#include "Dialogs.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
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
    connect(m_ui->resendUncertainButton, &QPushButton::clicked, this,
            [this] { resendUncertainSelected(true); });
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
    // The runners pause and give up what is on the wire, on their thread, which then ends.
    if (m_sender)
        m_sender->disconnect(this);
    m_sender.reset();
    m_live.clear();
    // Their threads stop (after the job in progress) before the views they answer go.
    m_ui->report->setWorker(nullptr);
    m_jobs.reset();
}

void CampaignsPage::setCredentials(const auth::Profile &profile, const QString &secret)
{
    if (profile.name.isEmpty() && m_profile.name.isEmpty())
        return;
    dropSender();
    m_profile = profile;
    m_secret = secret;
    reload();
    updateButtons();
}

void CampaignsPage::dropSender()
{
    if (!m_sender)
        return;
    // Its runners pause and give up the requests on the wire before their client goes.
    m_sender->disconnect(this);
    m_sender.reset();
    m_live.senderGone();
    m_startingStored.clear();
    updateStatusLabel();
}

SendDialog *CampaignsPage::confirmSend(const compose::Draft &draft, const QStringList &people)
{
    if (!m_db) {
        showMessage(tr("Herald could not open its database, so it cannot send."), true);
        return nullptr;
    }
    auto *dialog = new SendDialog(*m_db, m_jobs->sendWorker(), draft, m_profile.name, m_options, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPeople(people);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showMessage({});
        m_jobs->store(dialog->draft(), dialog->audience(), m_profile.name, dialog->options());
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
        return;
    }
    m_startingStored.insert(campaignId);
}

Status CampaignsPage::startCampaign(qint64 campaignId, bool resendUncertain)
{
    if (!m_db)
        return Error::make(Error::Kind::Storage, tr("Herald's database is not open."));
    if (m_profile.name.isEmpty())
        return Error::make(Error::Kind::Input,
                           tr("Sign in first: campaigns are sent through the signed-in bot."));
    if (!m_sender) {
        m_sender = std::make_unique<CampaignSendThread>(*m_db, m_profile, m_secret);
        connect(m_sender.get(), &CampaignSendThread::campaignRead, this, &CampaignsPage::onCampaignRead);
        connect(m_sender.get(), &CampaignSendThread::started, this, &CampaignsPage::onStarted);
        connect(m_sender.get(), &CampaignSendThread::startFailed, this, &CampaignsPage::onStartFailed);
        connect(m_sender.get(), &CampaignSendThread::progressChanged, this, &CampaignsPage::onProgress);
        connect(m_sender.get(), &CampaignSendThread::statusChanged, this, &CampaignsPage::onStatusChanged);
        connect(m_sender.get(), &CampaignSendThread::stopped, this, &CampaignsPage::onStopped);
    }
    // Read, checked, recovered and started on the send thread (a runner it has already just resumes).
    m_live.starting(campaignId);
    m_sender->start(campaignId, m_options, resendUncertain);
    selectCampaign(campaignId);
    updateButtons();
    return Status::success();
}

void CampaignsPage::onCampaignRead(const delivery::CampaignInfo &info)
{
    m_model->upsert(info); // shown and selectable now; the whole list follows from the worker
    if (m_pendingSelection == info.id)
        selectCampaign(info.id);
}

void CampaignsPage::onStarted(qint64 campaignId, const CampaignProgress &progress, QThread *thread)
{
    m_live.started(campaignId, progress, thread);
    m_startingStored.remove(campaignId);
    m_ui->recoveryFrame->remove(campaignId);
    m_model->updateProgress(progress);
    reload();
    if (campaignId == selectedCampaign())
        showDetails();
    updateStatusLabel();
}

void CampaignsPage::onStartFailed(qint64 campaignId, const Error &error)
{
    m_live.startFailed(campaignId);
    reload();
    if (m_startingStored.remove(campaignId))
        showMessage(tr("The campaign is stored but did not start: %1").arg(error.message), true);
    else
        showMessage(error.message, true);
    updateButtons();
}

void CampaignsPage::onStatusChanged(qint64 campaignId, CampaignStatus status)
{
    m_live.setStatus(campaignId, status);
    reload();
    if (campaignId == selectedCampaign())
        updateButtons();
    updateStatusLabel();
}

bool CampaignsPage::isSending(qint64 campaignId) const
{
    return m_live.isSending(campaignId);
}

const CampaignProgress *CampaignsPage::liveProgress(qint64 campaignId) const
{
    return m_live.progress(campaignId);
}

QThread *CampaignsPage::runnerThread(qint64 campaignId) const
{
    return m_live.thread(campaignId);
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
    for (qint64 id : m_live.running())
        m_model->updateProgress(*m_live.progress(id));
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
    const qint64 id = selectedCampaign();
    if (m_sender && isSending(id))
        m_sender->pause(id); // no new request from then on; on disk at once
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
        askQuestion(this, QMessageBox::Warning, tr("Cancel the campaign?"),
                    tr("Nobody who has not received \"%1\" yet will get it. Those already sent to keep it.")
                        .arg(titleOf(id)),
                    tr("Cancel the campaign"), QMessageBox::DestructiveRole, tr("Keep sending"), [this, id] {
                        if (selectedCampaign() == id)
                            cancelSelected(false);
                    });
        return;
    }
    if (m_sender && isSending(id)) {
        m_sender->cancel(id); // the UPDATE over everyone left runs on the send thread
        return;
    }
    m_jobs->cancelCampaign(id);
}

void CampaignsPage::resendUncertainSelected(bool confirm)
{
    const qint64 id = selectedCampaign();
    const delivery::CampaignInfo *info = m_model->campaign(id);
    if (!info || info->status != CampaignStatus::Finished || info->counts.uncertain <= 0 || isSending(id))
        return;
    if (confirm) {
        listUncertain(id); // the report lists them while the person decides
        const qint64 uncertain = info->counts.uncertain;
        QMessageBox *box = askQuestion(
            this, QMessageBox::Question, tr("Resend to the uncertain recipients?"),
            tr("%Ln recipient(s) of \"%1\" may or may not have received it: the request left but no answer "
               "came. Sending again reaches those who did not get it, and those who did get it twice.",
               nullptr, int(qMin<qint64>(uncertain, INT_MAX)))
                .arg(titleOf(id)),
            tr("Resend to %1").arg(QLocale().toString(uncertain)), QMessageBox::AcceptRole,
            tr("Don't resend"), [this, id] {
                if (selectedCampaign() == id)
                    resendUncertainSelected(false);
            });
        box->setObjectName(QStringLiteral("resendUncertainBox"));
        return;
    }
    if (Status s = startCampaign(id, true); !s)
        showMessage(s.error().message, true);
}

void CampaignsPage::onCancelled(qint64 campaignId)
{
    reload();
    if (campaignId == selectedCampaign())
        showDetails();
}

void CampaignsPage::togglePause()
{
    const CampaignProgress *p = liveProgress(selectedCampaign());
    if (p && p->status == CampaignStatus::Running)
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
        if (!isSending(info.id))
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
    // Leaves the banner once it has started (onStarted).
    if (Status s = startCampaign(campaignId, resendUncertain); !s)
        showMessage(s.error().message, true);
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
    if (m_sender)
        m_sender->stopAll();
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
    m_live.addProgress(progress);
    m_model->updateProgress(progress);
    if (progress.campaignId == selectedCampaign()) {
        m_ui->chart->addSample(progress.elapsedMs, progress.messagesPerSecond);
        showLiveProgress(progress);
    }
    updateStatusLabel();
}

void CampaignsPage::onStopped(qint64 campaignId, CampaignStatus status, const delivery::StateCounts &counts,
                              const Error &lastError)
{
    m_live.stopped(campaignId, status, counts);
    const QString why = lastError.isError() ? lastError.message : QString();
    reload();
    if (campaignId == selectedCampaign())
        showDetails();
    if (delivery::isFinal(status) || !why.isEmpty())
        notifyEnded(campaignId, status, counts, why);
    updateStatusLabel();
}

void CampaignsPage::onSelectionChanged()
{
    m_ui->chart->clear();
    const qint64 id = selectedCampaign();
    for (const auto &[ms, rate] : m_live.samples(id))
        m_ui->chart->addSample(ms, rate);
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
    const CampaignProgress *live = liveProgress(id);
    if (live) {
        showLiveProgress(*live);
    } else if (const delivery::CampaignInfo *info = m_model->campaign(id)) {
        m_ui->progressBar->setValue(int(std::lround(
            m_model->index(m_model->rowOf(id), 0).data(CampaignListModel::FractionRole).toDouble() * 1000)));
        m_ui->progressBar->setFormat(QStringLiteral("%p%"));
        m_ui->etaLabel->setText(delivery::campaignStatusLabel(info->status));
        m_ui->rateLabel->clear();
    }
    m_ui->report->setCampaign(id);
    m_ui->report->setLive(live && live->status == CampaignStatus::Running);
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
    if (id != selectedCampaign() || m_live.isRunning(id) || m_ui->chart->sampleCount() > 0)
        return;
    for (const auto &s : report.throughput)
        m_ui->chart->addSample(s.second * 1000, double(s.delivered + s.unreachable + s.failed));
}

void CampaignsPage::updateButtons()
{
    const qint64 id = selectedCampaign();
    const delivery::CampaignInfo *info = m_model->campaign(id);
    const CampaignProgress *live = liveProgress(id);
    const bool running = live && live->status == CampaignStatus::Running;
    const bool signedIn = !m_profile.name.isEmpty();
    const bool resumable = info && !delivery::isFinal(info->status) && !running && signedIn;
    m_ui->pauseButton->setEnabled(running);
    m_ui->resumeButton->setEnabled(resumable);
    m_ui->resumeButton->setToolTip(info && !signedIn ? tr("Sign in to resume.")
                                                     : tr("Go on sending (Space)."));
    m_ui->cancelButton->setEnabled(info && !delivery::isFinal(info->status));
    const bool resendable = info && info->status == CampaignStatus::Finished && info->counts.uncertain > 0 &&
                            !isSending(id) && signedIn;
    m_ui->resendUncertainButton->setEnabled(resendable);
    m_ui->resendUncertainButton->setToolTip(
        info && info->counts.uncertain > 0 && !signedIn
            ? tr("Sign in to resend.")
            : tr("Send again to the recipients whose answer never came (they may get it "
                 "twice)."));
}

void CampaignsPage::updateStatusLabel()
{
    const QLocale locale;
    QStringList parts;
    for (qint64 id : m_live.running()) {
        const CampaignProgress &p = *m_live.progress(id);
        if (p.status != CampaignStatus::Running)
            continue;
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

void CampaignsPage::notifyEnded(qint64 campaignId, CampaignStatus status, const delivery::StateCounts &counts,
                                const QString &why)
{
    m_lastNotification =
        m_notifier->notify(titleOf(campaignId), status, counts, why, window()->windowIcon(), window());
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
