#include "CampaignsPage.h"
#include "ui_CampaignsPage.h"

#include "CampaignListModel.h"
#include "CampaignNotifier.h"
#include "CampaignRecipientModel.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/DeliveryEstimate.h"
#include "store/Database.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTreeWidget>

#include <cmath>

namespace herald::ui {

using delivery::CampaignManager;
using delivery::CampaignProgress;
using delivery::CampaignRunner;
using delivery::CampaignStatus;
using delivery::RecipientState;

namespace {

constexpr int CampaignIdRole = Qt::UserRole + 1;

const QList<RecipientState> &filterStates()
{
    static const QList<RecipientState> states{RecipientState::Delivered, RecipientState::Unreachable,
                                              RecipientState::Failed,    RecipientState::Uncertain,
                                              RecipientState::Pending,   RecipientState::Cancelled};
    return states;
}

} // namespace

CampaignsPage::CampaignsPage(const store::Database *db, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CampaignsPage)
    , m_db(db)
    , m_model(new CampaignListModel(this))
    , m_recipients(new CampaignRecipientModel(this))
    , m_statusLabel(new QLabel(this))
    , m_notifier(new CampaignNotifier(this))
{
    m_ui->setupUi(this);
    m_ui->recoveryFrame->hide();
    m_statusLabel->setAccessibleName(tr("Campaign status"));
    m_statusLabel->hide();

    m_ui->campaignsView->setModel(m_model);
    m_ui->campaignsView->setItemDelegate(new CampaignProgressDelegate(this));
    m_ui->campaignsView->horizontalHeader()->setSectionResizeMode(CampaignListModel::TitleColumn, QHeaderView::Stretch);
    m_ui->campaignsView->horizontalHeader()->setSectionResizeMode(CampaignListModel::ProgressColumn,
                                                                  QHeaderView::ResizeToContents);
    m_ui->campaignsView->verticalHeader()->hide();
    m_ui->recipientsView->setModel(m_recipients);
    m_ui->recipientsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->recipientsView->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);

    for (RecipientState state : filterStates())
        m_ui->stateCombo->addItem(delivery::recipientStateLabel(state), int(state));

    connect(m_ui->campaignsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsPage::onSelectionChanged);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &CampaignsPage::pauseSelected);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &CampaignsPage::resumeSelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { cancelSelected(true); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CampaignsPage::chooseExportFile);
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &CampaignsPage::refreshRecipients);
    connect(m_ui->recoveryResumeButton, &QPushButton::clicked, this, [this] { resumeRecovered(false); });
    connect(m_ui->recoveryResendButton, &QPushButton::clicked, this, [this] { resumeRecovered(true); });
    connect(m_ui->recoveryListButton, &QPushButton::clicked, this, &CampaignsPage::listUncertain);
    connect(m_ui->recoveryLeaveButton, &QPushButton::clicked, m_ui->recoveryFrame, &QWidget::hide);
    connect(m_ui->recoveryList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectCampaign(m_ui->recoveryList->item(row)->data(CampaignIdRole).toLongLong());
    });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_ui->campaignsView, this, &CampaignsPage::togglePause,
                                Qt::WidgetShortcut);
    Q_UNUSED(space)

    // The report's counts by code come from the database: read every few seconds, not on every answer.
    m_reportTimer.setInterval(ReportRefreshMs);
    connect(&m_reportTimer, &QTimer::timeout, this, &CampaignsPage::refreshReport);

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
    auto *dialog = new SendDialog(*m_db, draft, m_profileName, m_options, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPeople(people);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->campaignId();
        if (Status s = startCampaign(id); !s)
            showMessage(tr("The campaign is stored but did not start: %1").arg(s.error().message), true);
    });
    dialog->open();
    return dialog;
}

Status CampaignsPage::startCampaign(qint64 campaignId, bool resendUncertain)
{
    if (!m_db)
        return Error::make(Error::Kind::Storage, tr("Herald's database is not open."));
    if (!m_client)
        return Error::make(Error::Kind::Input, tr("Sign in first: campaigns are sent through the signed-in bot."));
    if (Live &live = m_live[campaignId]; live.runner) {
        live.runner->resume();
        return Status::success();
    }
    const CampaignManager manager(*m_db);
    auto info = manager.campaign(campaignId);
    if (!info)
        return info.error();
    if (info->profile != m_profileName)
        return Error::make(Error::Kind::Input, tr("Campaign %1 was made with the profile \"%2\"; sign in with it to "
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
    if (!m_db)
        return;
    auto list = CampaignManager(*m_db).campaigns();
    if (!list) {
        showMessage(tr("Herald could not list the campaigns: %1").arg(list.error().message), true);
        return;
    }
    const qint64 selected = selectedCampaign();
    m_model->setCampaigns(*list);
    for (const auto &[id, live] : m_live) {
        if (live.runner)
            m_model->updateProgress(live.runner->progress());
    }
    if (selected && selectedCampaign() != selected)
        selectCampaign(selected);
    updateButtons();
}

void CampaignsPage::selectCampaign(qint64 campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row < 0)
        return;
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
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cancel the campaign?"),
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
    if (Status s = CampaignManager(*m_db).cancel(id); !s)
        showMessage(s.error().message, true);
    reload();
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
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(int(state)));
}

Status CampaignsPage::exportCsvTo(const QString &path)
{
    const qint64 id = selectedCampaign();
    if (!m_db || !id)
        return Error::make(Error::Kind::Input, tr("Choose a campaign first."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Storage,
                           tr("Herald could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = delivery::CampaignReport(*m_db).writeCsv(id, &file); !s) {
        file.cancelWriting();
        return s;
    }
    if (!file.commit())
        return Error::make(Error::Kind::Storage,
                           tr("Herald could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

void CampaignsPage::chooseExportFile()
{
    const qint64 id = selectedCampaign();
    if (!id)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), QDir(folder).filePath(tr("campaign-%1.csv").arg(id)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsvTo(path); !s)
        showMessage(s.error().message, true);
    else
        showMessage(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void CampaignsPage::offerInterrupted()
{
    if (!m_db)
        return;
    auto open = CampaignManager(*m_db).recoverInterrupted();
    if (!open) {
        showMessage(tr("Herald could not check for interrupted campaigns: %1").arg(open.error().message), true);
        return;
    }
    m_ui->recoveryList->clear();
    const QLocale locale;
    for (const delivery::CampaignInfo &info : *open) {
        if (runner(info.id))
            continue;
        const QString title = info.title.isEmpty() ? tr("Campaign %1").arg(info.id) : info.title;
        auto *item = new QListWidgetItem(
            tr("%1 — %2: %3 of %4 sent, %5 uncertain, %6 still to send")
                .arg(title, delivery::campaignStatusLabel(info.status), locale.toString(info.counts.done()),
                     locale.toString(info.counts.total()), locale.toString(info.counts.uncertain),
                     locale.toString(info.counts.pending)),
            m_ui->recoveryList);
        item->setData(CampaignIdRole, info.id);
    }
    const int n = m_ui->recoveryList->count();
    m_ui->recoveryLabel->setText(
        tr("%n campaign(s) did not finish. Resume sends to those not sent yet. Uncertain recipients may or may not "
           "have received the message (Herald stopped while their request was on its way): resend to them only if "
           "a second copy is better than none.",
           nullptr, n));
    m_ui->recoveryFrame->setVisible(n > 0);
    if (n > 0)
        m_ui->recoveryList->setCurrentRow(0);
    reload();
}

bool CampaignsPage::isOfferingRecovery() const
{
    return !m_ui->recoveryFrame->isHidden();
}

QString CampaignsPage::recoveryText() const
{
    QStringList lines{m_ui->recoveryLabel->text()};
    for (int i = 0; i < m_ui->recoveryList->count(); ++i)
        lines.append(m_ui->recoveryList->item(i)->text());
    return lines.join(QLatin1Char('\n'));
}

void CampaignsPage::resumeRecovered(bool resendUncertain)
{
    QListWidgetItem *item = m_ui->recoveryList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(CampaignIdRole).toLongLong();
    if (Status s = startCampaign(id, resendUncertain); !s) {
        showMessage(s.error().message, true);
        return;
    }
    delete item;
    m_ui->recoveryFrame->setVisible(m_ui->recoveryList->count() > 0);
}

void CampaignsPage::listUncertain()
{
    if (QListWidgetItem *item = m_ui->recoveryList->currentItem())
        selectCampaign(item->data(CampaignIdRole).toLongLong());
    setReportFilter(RecipientState::Uncertain);
    m_ui->recipientsView->setFocus();
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
    while (!live.samples.isEmpty() && (live.samples.constFirst().first < progress.elapsedMs - ThroughputChart::WindowMs
                                       || live.samples.constFirst().first > progress.elapsedMs))
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
    const QString why = live.runner && live.runner->lastError().isError() ? live.runner->lastError().message : QString();
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
        m_ui->countsTree->clear();
        m_recipients->setRecipients({});
        m_ui->recipientsNote->clear();
        m_reportTimer.stop();
        updateButtons();
        return;
    }
    CampaignRunner *r = runner(id);
    if (r) {
        showLiveProgress(r->progress());
    } else if (const delivery::CampaignInfo *info = m_model->campaign(id)) {
        m_ui->progressBar->setValue(int(std::lround(m_model->index(m_model->rowOf(id), 0)
                                                        .data(CampaignListModel::FractionRole)
                                                        .toDouble()
                                                    * 1000)));
        m_ui->progressBar->setFormat(QStringLiteral("%p%"));
        m_ui->etaLabel->setText(delivery::campaignStatusLabel(info->status));
        m_ui->rateLabel->clear();
    }
    refreshReport();
    refreshRecipients();
    if (r && r->status() == CampaignStatus::Running)
        m_reportTimer.start();
    else
        m_reportTimer.stop();
    updateButtons();
}

void CampaignsPage::showLiveProgress(const CampaignProgress &progress)
{
    const QLocale locale;
    m_ui->progressBar->setValue(int(std::lround(progress.fraction() * 1000)));
    m_ui->progressBar->setFormat(tr("%1 of %2").arg(locale.toString(progress.counts.done()),
                                                    locale.toString(progress.counts.total())));
    if (progress.status != CampaignStatus::Running)
        m_ui->etaLabel->setText(delivery::campaignStatusLabel(progress.status));
    else if (progress.etaSeconds < 0)
        m_ui->etaLabel->setText(tr("Time left: working it out…"));
    else
        m_ui->etaLabel->setText(tr("About %1 left").arg(delivery::DeliveryEstimate::duration(progress.etaSeconds)));
    m_ui->rateLabel->setText(tr("%1 messages/s\n%2 requests/s, %3 throttled")
                                 .arg(locale.toString(progress.messagesPerSecond, 'f', 1),
                                      locale.toString(progress.requestsPerSecond, 'f', 1),
                                      locale.toString(progress.throttled)));
    if (progress.status == CampaignStatus::Running && !m_reportTimer.isActive())
        m_reportTimer.start();
}

void CampaignsPage::refreshReport()
{
    const qint64 id = selectedCampaign();
    m_ui->countsTree->clear();
    if (!m_db || !id)
        return;
    auto report = delivery::CampaignReport(*m_db).load(id);
    if (!report) {
        showMessage(tr("Herald could not read the report: %1").arg(report.error().message), true);
        return;
    }
    const QLocale locale;
    const delivery::StateCounts counts = report->campaign.counts;
    for (RecipientState state : filterStates()) {
        const qint64 n = counts.value(state);
        if (n == 0)
            continue;
        auto *top = new QTreeWidgetItem(m_ui->countsTree, {delivery::recipientStateLabel(state), locale.toString(n)});
        for (const auto &code : report->byCode) {
            if (code.state == state)
                new QTreeWidgetItem(top, {code.code.isEmpty() ? tr("(no code)") : code.code, locale.toString(code.count)});
        }
    }
    if (report->ambiguous > 0)
        new QTreeWidgetItem(m_ui->countsTree,
                            {tr("May have received it twice"), locale.toString(report->ambiguous)});
    m_ui->countsTree->expandAll();
    m_ui->countsTree->resizeColumnToContents(0);
    // Between refreshes the chart of a campaign not sent here shows its stored throughput.
    if (!runner(id) && m_ui->chart->sampleCount() == 0) {
        for (const auto &s : report->throughput)
            m_ui->chart->addSample(s.second * 1000, double(s.delivered + s.unreachable + s.failed));
    }
}

void CampaignsPage::refreshRecipients()
{
    const qint64 id = selectedCampaign();
    const auto state = RecipientState(m_ui->stateCombo->currentData().toInt());
    if (!m_db || !id) {
        m_recipients->setRecipients({});
        return;
    }
    auto rows = CampaignManager(*m_db).recipients(id, state, RecipientRows);
    if (!rows) {
        showMessage(tr("Herald could not read the recipients: %1").arg(rows.error().message), true);
        return;
    }
    m_recipients->setRecipients(*rows);
    m_ui->recipientsView->resizeColumnsToContents();
    const delivery::CampaignInfo *info = m_model->campaign(id);
    const qint64 total = info ? info->counts.value(state) : qint64(rows->size());
    const QLocale locale;
    m_ui->recipientsNote->setText(total > rows->size()
                                      ? tr("The first %1 of %2; Export CSV… has them all.")
                                            .arg(locale.toString(rows->size()), locale.toString(total))
                                      : tr("%n recipient(s).", nullptr, int(rows->size())));
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
    m_ui->resumeButton->setToolTip(info && !m_client ? tr("Sign in to resume.") : tr("Go on sending (Space)."));
    m_ui->cancelButton->setEnabled(info && !delivery::isFinal(info->status));
    m_ui->exportButton->setEnabled(info != nullptr);
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
    m_lastNotification = m_notifier->notify(titleOf(campaignId), status, info ? info->counts : delivery::StateCounts{},
                                            why, window()->windowIcon());
    if (m_statusLabel) {
        m_statusLabel->setText(m_lastNotification);
        m_statusLabel->show();
    }
    Q_EMIT campaignEnded(campaignId, status, m_lastNotification);
}

void CampaignsPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #b3261e; "
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
