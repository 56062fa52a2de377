#include "CampaignReportView.h"
#include "ui_CampaignReportView.h"

#include "CampaignRecipientModel.h"
#include "CampaignWorker.h"
#include "Dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>
#include <QTreeWidget>

namespace herald::ui {

using delivery::RecipientState;

namespace {

const QList<RecipientState> &filterStates()
{
    static const QList<RecipientState> states{RecipientState::Delivered, RecipientState::Unreachable,
                                              RecipientState::Failed,    RecipientState::Uncertain,
                                              RecipientState::Pending,   RecipientState::Cancelled};
    return states;
}

} // namespace

CampaignReportView::CampaignReportView(QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::CampaignReportView)
    , m_recipients(new CampaignRecipientModel(this))
{
    m_ui->setupUi(this);
    m_ui->exportPane->hide();
    m_ui->recipientsView->setModel(m_recipients);
    m_ui->recipientsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->recipientsView->verticalHeader()->hide();
    for (RecipientState state : filterStates())
        m_ui->stateCombo->addItem(delivery::recipientStateLabel(state), int(state));

    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, &CampaignReportView::loadRecipients);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CampaignReportView::chooseExportFile);
    connect(m_ui->exportCancelButton, &QPushButton::clicked, this, &CampaignReportView::cancelExport);
    // The counts by code come from the database: read every few seconds, not on every answer.
    m_timer.setInterval(RefreshMs);
    // The page of recipients too, until it is full: what it shows is then the first RecipientRows, which
    // stay put while the person reads them.
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(m_recipients->rowCount() < RecipientRows); });
    updateButtons();
}

CampaignReportView::~CampaignReportView()
{
    if (m_worker && m_exportTicket)
        m_worker->cancel(m_exportTicket);
}

void CampaignReportView::setWorker(CampaignWorker *worker)
{
    if (m_worker)
        m_worker->disconnect(this);
    m_worker = worker;
    if (!m_worker)
        return;
    connect(m_worker, &CampaignWorker::reportLoaded, this, &CampaignReportView::onReportLoaded);
    connect(m_worker, &CampaignWorker::recipientsLoaded, this, &CampaignReportView::onRecipientsLoaded);
    connect(m_worker, &CampaignWorker::exportProgress, this, &CampaignReportView::onExportProgress);
    connect(m_worker, &CampaignWorker::exportFinished, this, &CampaignReportView::onExportFinished);
}

void CampaignReportView::setCampaign(qint64 campaignId)
{
    if (campaignId != m_campaignId) {
        // What is shown belongs to another campaign: cleared at once, not when the new one arrives.
        m_campaignId = campaignId;
        m_haveCounts = false;
        m_counts = {};
        m_ui->countsTree->clear();
        m_recipients->setRecipients({});
        m_ui->recipientsNote->setText(campaignId ? tr("Loading the report…") : QString());
    }
    if (!campaignId) {
        m_reportTicket = m_recipientsTicket = 0;
        setLive(false);
    }
    updateButtons();
    refresh(true);
}

void CampaignReportView::setLive(bool live)
{
    if (live && m_campaignId) {
        if (!m_timer.isActive())
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

void CampaignReportView::refresh(bool recipients)
{
    if (!m_worker || !m_campaignId)
        return;
    m_reportTicket = m_worker->loadReport(m_campaignId);
    if (recipients)
        loadRecipients();
}

void CampaignReportView::loadRecipients()
{
    if (!m_worker || !m_campaignId) {
        m_recipientsTicket = 0;
        m_recipients->setRecipients({});
        return;
    }
    m_recipientsTicket = m_worker->loadRecipients(m_campaignId, filter(), RecipientRows);
}

void CampaignReportView::setFilter(RecipientState state)
{
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->findData(int(state)));
}

RecipientState CampaignReportView::filter() const
{
    return RecipientState(m_ui->stateCombo->currentData().toInt());
}

void CampaignReportView::onReportLoaded(quint64 ticket, const delivery::CampaignReport::Data &report,
                                        const Error &error)
{
    if (ticket != m_reportTicket)
        return; // another campaign is shown by now, or a newer refresh is on its way
    m_reportTicket = 0;
    if (error.isError()) {
        Q_EMIT message(tr("Herald could not read the report: %1").arg(error.message), true);
        return;
    }
    const QLocale locale;
    m_counts = report.campaign.counts;
    m_haveCounts = true;
    m_ui->countsTree->clear();
    for (RecipientState state : filterStates()) {
        const qint64 n = m_counts.value(state);
        if (n == 0)
            continue;
        auto *top =
            new QTreeWidgetItem(m_ui->countsTree, {delivery::recipientStateLabel(state), locale.toString(n)});
        for (const auto &code : report.byCode) {
            if (code.state == state)
                new QTreeWidgetItem(
                    top, {code.code.isEmpty() ? tr("(no code)") : code.code, locale.toString(code.count)});
        }
    }
    if (report.ambiguous > 0)
        new QTreeWidgetItem(m_ui->countsTree,
                            {tr("May have received it twice"), locale.toString(report.ambiguous)});
    m_ui->countsTree->expandAll();
    m_ui->countsTree->resizeColumnToContents(0);
    updateNote();
    Q_EMIT reportLoaded(report);
}

void CampaignReportView::onRecipientsLoaded(quint64 ticket,
                                            const QList<delivery::CampaignRecipient> &recipients,
                                            const Error &error)
{
    if (ticket != m_recipientsTicket)
        return; // another campaign or filter is shown by now
    m_recipientsTicket = 0;
    if (error.isError()) {
        Q_EMIT message(tr("Herald could not read the recipients: %1").arg(error.message), true);
        return;
    }
    m_recipients->setRecipients(recipients);
    m_ui->recipientsView->resizeColumnsToContents();
    updateNote();
}

void CampaignReportView::updateNote()
{
    if (!m_campaignId || m_recipientsTicket) {
        return;
    }
    const qint64 shown = m_recipients->rowCount();
    const qint64 total = m_haveCounts ? qMax(m_counts.value(filter()), shown) : shown;
    const QLocale locale;
    m_ui->recipientsNote->setText(total > shown ? tr("The first %1 of %2; Export CSV… has them all.")
                                                      .arg(locale.toString(shown), locale.toString(total))
                                                : tr("%Ln recipient(s).", nullptr, int(shown)));
}

void CampaignReportView::updateButtons()
{
    m_ui->exportButton->setEnabled(m_campaignId != 0 && !isExporting());
}

Status CampaignReportView::exportCsvTo(const QString &path)
{
    if (!m_worker || !m_campaignId)
        return Error::make(Error::Kind::Input, tr("Choose a campaign first."));
    if (isExporting())
        return Error::make(Error::Kind::Input, tr("Wait for the export in progress, or stop it."));
    m_exportTicket = m_worker->exportCsv(m_campaignId, path);
    m_ui->exportProgress->setRange(0, 0);
    m_ui->exportProgress->setFormat(tr("Exporting…"));
    m_ui->exportPane->show();
    updateButtons();
    return Status::success();
}

void CampaignReportView::cancelExport()
{
    if (m_worker && m_exportTicket)
        m_worker->cancel(m_exportTicket); // exportFinished follows, with Cancelled
}

void CampaignReportView::onExportProgress(quint64 ticket, qint64 rows, qint64 total)
{
    if (ticket != m_exportTicket)
        return;
    const QLocale locale;
    // Whole numbers of thousandths: a 100,000-row export fits any progress bar's int range.
    m_ui->exportProgress->setRange(0, total > 0 ? 1000 : 0);
    m_ui->exportProgress->setValue(total > 0 ? int(qMin<qint64>(rows * 1000 / total, 1000)) : 0);
    m_ui->exportProgress->setFormat(
        tr("Exporting: %1 of %2 recipients").arg(locale.toString(rows), locale.toString(total)));
}

void CampaignReportView::onExportFinished(quint64 ticket, const QString &path, const Error &error)
{
    if (ticket != m_exportTicket)
        return;
    m_exportTicket = 0;
    m_ui->exportPane->hide();
    updateButtons();
    if (error.isError())
        Q_EMIT message(error.message, error.kind != Error::Kind::Cancelled);
    else
        Q_EMIT message(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT exportFinished(path, error);
}

void CampaignReportView::chooseExportFile()
{
    if (!m_campaignId)
        return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The campaign it was opened for: another may be shown by the time a file is chosen.
    auto *dialog = chooseFile(
        this, QFileDialog::AcceptSave, tr("Export the report"),
        QDir(folder).filePath(tr("campaign-%1.csv").arg(m_campaignId)), {tr("CSV files (*.csv)")},
        [this, campaignId = m_campaignId](const QString &path) {
            if (campaignId != m_campaignId) {
                Q_EMIT message(tr("Another campaign is shown now: choose Export CSV… again."), true);
                return;
            }
            if (Status s = exportCsvTo(path); !s)
                Q_EMIT message(s.error().message, true);
        });
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    m_exportDialog = dialog;
}

} // namespace herald::ui
