// The campaigns page's report: counts, recipients by state, the CSV export through a file chooser, and
// resending the uncertain recipients of a finished campaign, against the real sandbox over loopback.
// QAbstractItemModelTester checks the list and recipient models through real campaigns.
#include "CampaignUiFixture.h"
#include "DialogHelpers.h"

#include "CampaignRecipientModel.h"
#include "CampaignReportView.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace herald;
using namespace herald::delivery;
using herald::test::buttonWithRole;
using herald::test::DeliveryEnv;

class TestCampaignReport final : public QObject, protected test::CampaignUiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpFixture(); }
    void cleanup() { m_env.reset(); }
    void sendFinishesWithReportChartAndCsv();
    void uncertainOfAFinishedCampaignCanBeResent();
};

void TestCampaignReport::sendFinishesWithReportChartAndCsv()
{
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    signIn(page);
    page.show();
    // Both models are checked through every change a real campaign makes to them.
    QAbstractItemModelTester listTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recipientTester(page.recipientModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ended(&page, &ui::CampaignsPage::campaignEnded);
    QPointer<ui::SendDialog> dialog =
        page.confirmSend(DeliveryEnv::draft(), ids(m_listed) + ids({m_removed}));
    QVERIFY(dialog);
    dialog->setTeams({test::kTeam});
    QTRY_COMPARE(dialog->audience().toSend(), m_listed.size() + m_teamOnly.size());
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    // The dialog closes at once; the campaign is stored off the UI thread, with a busy line meanwhile.
    auto *jobPane = page.findChild<QWidget *>(QStringLiteral("jobPane"));
    QVERIFY(page.isStoring());
    QVERIFY(jobPane->isVisible());
    QTRY_VERIFY(!dialog);

    QTRY_COMPARE(CampaignManager(*m_env->db).campaigns()->size(), 1);
    const qint64 id = CampaignManager(*m_env->db).campaigns()->first().id;
    QTRY_COMPARE(page.selectedCampaign(), id);
    QVERIFY(!page.isStoring());
    QVERIFY(!jobPane->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(1).value<CampaignStatus>(), CampaignStatus::Finished);

    const StateCounts counts = countsOf(id);
    QCOMPARE(counts.delivered, qint64(m_reachableListed + m_teamOnly.size()));
    QCOMPARE(counts.unreachable, qint64(m_unreachableListed + 1)); // the sandbox's answers + the one left out
    QCOMPARE(counts.failed + counts.uncertain + counts.pending, 0);
    QVERIFY2(page.lastNotification().contains(QStringLiteral("finished")),
             qPrintable(page.lastNotification()));
    QCOMPARE(page.statusLabel()->text(), page.lastNotification());
    QVERIFY(page.chart()->sampleCount() > 0);
    QCOMPARE(
        page.model()->index(page.model()->rowOf(id), 0).data(ui::CampaignListModel::FractionRole).toDouble(),
        1.0);

    // The report: the unreachable ones with their reasons, by state.
    page.setReportFilter(RecipientState::Unreachable);
    QTRY_COMPARE(page.recipientModel()->rowCount(), m_unreachableListed + 1);
    for (int row = 0; row < page.recipientModel()->rowCount(); ++row) {
        QCOMPARE(page.recipientModel()->recipient(row).state, RecipientState::Unreachable);
        QVERIFY(!page.recipientModel()->recipient(row).code.isEmpty());
    }
    page.setReportFilter(RecipientState::Delivered);
    QTRY_COMPARE(page.recipientModel()->rowCount(), m_reachableListed + m_teamOnly.size());
    auto *countsTree = page.findChild<QTreeWidget *>(QStringLiteral("countsTree"));
    QTRY_VERIFY(countsTree->topLevelItemCount() >= 2); // delivered, unreachable (with their codes)

    // The CSV is written off the UI thread; the page says when it is there.
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("report.csv"));
    QSignalSpy exported(&page, &ui::CampaignsPage::reportExported);
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton->isEnabled());
    // Export CSV… opens a file chooser without a nested event loop: the click returns at once.
    auto *report = page.findChild<ui::CampaignReportView *>();
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QPointer<QFileDialog> chooser = report->exportDialog();
    QVERIFY(chooser);
    QTRY_VERIFY(chooser->isVisible());
    QCOMPARE(chooser->acceptMode(), QFileDialog::AcceptSave);
    QVERIFY(!report->isExporting());
    chooser->selectFile(csv);
    static_cast<QDialog *>(chooser.data())->accept(); // as the Save button does
    QTRY_VERIFY(!chooser);
    QVERIFY(report->isExporting());
    QVERIFY(!exportButton->isEnabled()); // one export at a time
    QVERIFY(!page.exportCsvTo(csv).ok());
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toString(), csv);
    QVERIFY2(!exported.first().at(1).value<Error>().isError(),
             qPrintable(exported.first().at(1).value<Error>().message));
    QVERIFY2(page.messageText().contains(QStringLiteral("report.csv")), qPrintable(page.messageText()));
    QVERIFY(exportButton->isEnabled());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readLine().trimmed(),
             QByteArray("name,id,state,code,message,activity_id,time,correlation_id,possible_duplicate"));
    int rows = 0;
    while (!file.atEnd())
        rows += file.readLine().trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(rows, int(counts.total()));
}

void TestCampaignReport::uncertainOfAFinishedCampaignCanBeResent()
{
    // A campaign a crash interrupted, resumed without resending: it finishes with uncertain recipients.
    const qint64 id = storedCampaign(ids(m_listed));
    QVERIFY(id > 0);
    QVERIFY(crashWhileSending(id));
    ui::CampaignsPage page(m_env->db.get());
    signIn(page);
    page.show();
    QAbstractItemModelTester listTester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recipientTester(page.recipientModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.offerInterrupted();
    const qint64 uncertain = countsOf(id).uncertain;
    QVERIFY(uncertain > 0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recoveryResumeButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    QTRY_VERIFY(!page.isSending(id));
    QCOMPARE(countsOf(id).uncertain, uncertain);
    QVERIFY(!page.isOfferingRecovery()); // the banner offers unfinished campaigns only
    const int sentBefore = m_env->stats().value(QStringLiteral("activities")).toInt();

    // Resend uncertain… lists them and asks, in a box that does not block the window.
    page.selectCampaign(id);
    QTRY_COMPARE(page.selectedCampaign(), id);
    auto *resend = page.findChild<QPushButton *>(QStringLiteral("resendUncertainButton"));
    QVERIFY(resend);
    QTRY_VERIFY(resend->isEnabled());
    QTest::mouseClick(resend, Qt::LeftButton);
    QPointer<QMessageBox> box = page.findChild<QMessageBox *>(QStringLiteral("resendUncertainBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("%1 recipient").arg(uncertain)), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("twice")), qPrintable(box->text()));
    QTRY_COMPARE(page.recipientModel()->rowCount(), int(uncertain)); // listed in the report meanwhile
    for (int row = 0; row < page.recipientModel()->rowCount(); ++row)
        QCOMPARE(page.recipientModel()->recipient(row).state, RecipientState::Uncertain);

    // "Don't resend" sends nothing.
    QTest::mouseClick(buttonWithRole(box, QMessageBox::RejectRole), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QVERIFY(!page.isSending(id));
    QCOMPARE(countsOf(id).uncertain, uncertain);

    // Asked again and confirmed: they are sent to, and the campaign finishes with none uncertain.
    QTest::mouseClick(resend, Qt::LeftButton);
    box = page.findChild<QMessageBox *>(QStringLiteral("resendUncertainBox"));
    QVERIFY(box);
    QAbstractButton *confirm = buttonWithRole(box, QMessageBox::AcceptRole);
    QVERIFY(confirm);
    QVERIFY2(confirm->text().contains(QString::number(uncertain)), qPrintable(confirm->text()));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(countsOf(id).uncertain == 0 && !page.isSending(id), 60000);
    QTRY_COMPARE(statusInList(page, id), CampaignStatus::Finished);
    const StateCounts done = countsOf(id);
    QCOMPARE(done.delivered, qint64(m_reachableListed));
    QVERIFY(m_env->stats().value(QStringLiteral("activities")).toInt() <= sentBefore + int(uncertain));
    QVERIFY(m_env->stats().value(QStringLiteral("duplicates")).toInt() <= int(uncertain));
    QTRY_VERIFY(!resend->isEnabled()); // nothing uncertain is left
}

QTEST_MAIN(TestCampaignReport)
#include "tst_campaignreport.moc"
