// The send confirmation and the campaigns page, driven like a person would, against the real sandbox
// (its own thread, limits off) over loopback, with a directory imported from install events (JSONL).
// Waits on conditions and signals only. The report and its CSV: tst_campaignreport.
#include "CampaignUiFixture.h"

#include "AppController.h"
#include "AudienceList.h"
#include "CampaignJobs.h"
#include "CampaignRecipientModel.h"
#include "CampaignWorker.h"
#include "CardPreview.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"
#include "SendDialog.h"

#include "delivery/DeliveryEstimate.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

using namespace herald;
using namespace herald::delivery;
using herald::test::DeliveryEnv;

class TestCampaigns final : public QObject, protected test::CampaignUiFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUpFixture(); }
    void cleanup() { m_env.reset(); }
    void confirmationShowsAudienceLeftOutAndEstimate();
    void channelChosenWithTheKeyboardGetsANewPost();
    void staleAudiencesAreDroppedAndClosingWhileResolvingIsSafe();
    void dontSendWhileStoringSendsNothing();
    void sendsOffTheGuiThreadAndPausesResumesCancels();
    void closingThePageWhileSendingPausesItForTheNextStart();
    void interruptedCampaignIsOfferedForResume();
    void cancellingAStoppedCampaignMarksEveryoneLeft();
    void appSendsFromTheComposerWithCtrlReturn();
};

void TestCampaigns::confirmationShowsAudienceLeftOutAndEstimate()
{
    ui::CampaignsPage page(m_env->db.get());
    RunOptions options; // paced at the global rate: the estimate is the honest one
    options.pacing.globalRps = 50;
    page.setRunOptions(options);
    signIn(page);
    const QString nobody = QStringLiteral("nobody@example.com");
    QPointer<ui::SendDialog> dialog =
        page.confirmSend(DeliveryEnv::draft(), ids(m_listed) + ids({m_removed}) + QStringList{nobody});
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // The audience list alone: everyone listed is sent to, the one who removed the bot is left out.
    QTRY_COMPARE(dialog->audience().recipients.size(), m_listed.size() + 1);
    QCOMPARE(dialog->audience().toSend(), m_listed.size());
    QCOMPARE(dialog->audience().leftOut(), 1);
    QCOMPARE(dialog->audience().unresolved, QStringList{nobody});
    auto *leftOut = dialog->findChild<QTreeWidget *>(QStringLiteral("leftOutList"));
    QVERIFY(leftOut);
    QCOMPARE(leftOut->topLevelItemCount(), 1);
    QCOMPARE(leftOut->topLevelItem(0)->text(0), m_env->org->person(m_removed).name);
    QVERIFY(!leftOut->topLevelItem(0)->text(1).isEmpty()); // the reason
    auto *unresolved = dialog->findChild<QListWidget *>(QStringLiteral("unresolvedList"));
    QCOMPARE(unresolved->count(), 1);
    QCOMPARE(unresolved->item(0)->text(), nobody);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("30 recipient")),
             qPrintable(dialog->summaryText()));

    // Plus the team: its members once each; the team-only people are first contacts (two requests each).
    // The tree lists the team with its channel; Space on the team's row checks the team, not the channel.
    auto *teams = dialog->findChild<QTreeWidget *>(QStringLiteral("audienceTree"));
    QVERIFY(teams);
    QCOMPARE(teams->topLevelItemCount(), 1);
    QTreeWidgetItem *announcements = treeItem(teams, QStringLiteral("# Announcements"));
    QVERIFY(announcements);
    QCOMPARE(announcements->parent(), teams->topLevelItem(0));
    teams->setFocus();
    teams->setCurrentItem(teams->topLevelItem(0));
    QTest::keyClick(teams, Qt::Key_Space);
    QCOMPARE(teams->topLevelItem(0)->checkState(0), Qt::Checked);
    QCOMPARE(announcements->checkState(0), Qt::Unchecked);
    QCOMPARE(dialog->spec().teams, QStringList{test::kTeam});
    QVERIFY(dialog->spec().channels.isEmpty());
    QTRY_COMPARE(dialog->audience().toSend(), m_listed.size() + m_teamOnly.size());
    QCOMPARE(dialog->audience().firstContacts(), m_teamOnly.size());
    const QString estimate = dialog->estimateText();
    QVERIFY2(estimate.contains(QStringLiteral("35 messages")), qPrintable(estimate));
    QVERIFY2(estimate.contains(QStringLiteral("40 requests")), qPrintable(estimate));
    const int paced = int(50 * DeliveryEstimate::Efficiency);
    QVERIFY2(estimate.contains(QStringLiteral("at %1 per second").arg(paced)), qPrintable(estimate));
    QVERIFY2(estimate.contains(QStringLiteral("About 1 s")), qPrintable(estimate)); // 40 requests at 49/s
    QVERIFY(dialog->sendButton()->isEnabled());
    QVERIFY2(dialog->sendButton()->text().contains(QStringLiteral("35")),
             qPrintable(dialog->sendButton()->text()));

    // The preview is the first recipient's own message.
    auto *preview = dialog->findChild<ui::CardPreview *>(QStringLiteral("preview"));
    QVERIFY(preview);
    QTRY_VERIFY2(preview->plainText().contains(QStringLiteral("the results are out")),
                 qPrintable(preview->plainText()));
    auto *previewLabel = dialog->findChild<QLabel *>(QStringLiteral("previewLabel"));
    QVERIFY2(previewLabel->text().contains(m_env->org->person(m_listed.first()).name),
             qPrintable(previewLabel->text()));

    // Nobody chosen: nothing to send.
    teams->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    auto *people = dialog->findChild<QCheckBox *>(QStringLiteral("peopleCheck"));
    people->setChecked(false);
    QTRY_COMPARE(dialog->audience().recipients.size(), 0);
    QVERIFY(!dialog->sendButton()->isEnabled());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(CampaignManager(*m_env->db).campaigns()->isEmpty());
}

void TestCampaigns::channelChosenWithTheKeyboardGetsANewPost()
{
    QVERIFY(importSandboxTeam());
    const sandbox::Team &team = m_env->org->team(0);
    QVERIFY(team.channels.size() >= 2);
    const sandbox::Channel channel = team.channels.at(1); // not General
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    signIn(page);
    page.show();
    QPointer<ui::SendDialog> dialog = page.confirmSend(DeliveryEnv::draft(), {});
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY2(dialog->summaryText().contains(QStringLiteral("channel")),
                 qPrintable(dialog->summaryText()));

    // Arrow down to the channel under the sandbox's team, Space checks it: one post, in that channel only.
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("audienceTree"));
    QTreeWidgetItem *channelItem = treeItem(tree, QStringLiteral("# %1").arg(channel.name));
    QVERIFY(channelItem);
    QCOMPARE(channelItem->parent()->text(0), team.name);
    QVERIFY(!channelItem->data(0, Qt::AccessibleTextRole).toString().isEmpty());
    tree->setFocus();
    tree->setCurrentItem(channelItem->parent());
    while (tree->currentItem() != channelItem && tree->currentItem() != nullptr) {
        QTreeWidgetItem *before = tree->currentItem();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentItem() != before);
    }
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(channelItem->checkState(0), Qt::Checked);
    QCOMPARE(channelItem->parent()->checkState(0), Qt::Unchecked); // the team stays unchecked
    QCOMPARE(dialog->spec().channels, QStringList{channel.id});
    QVERIFY(dialog->spec().teams.isEmpty());
    QVERIFY(!dialog->sendButton()->isEnabled()); // until the new choice is worked out
    QTRY_VERIFY(!dialog->isResolving());
    QCOMPARE(dialog->audience().recipients.size(), 1);
    const CampaignRecipient &recipient = dialog->audience().recipients.first();
    QCOMPARE(recipient.kind, RecipientKind::Channel);
    QCOMPARE(recipient.targetId, channel.id);
    QCOMPARE(dialog->audience().channelPosts(), 1);
    QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 recipient")),
             qPrintable(dialog->summaryText()));
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);

    // Stored as a campaign to that channel, sent as a new reply chain in it.
    QTRY_COMPARE(CampaignManager(*m_env->db).campaigns()->size(), 1);
    const qint64 id = CampaignManager(*m_env->db).campaigns()->first().id;
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    QCOMPARE(countsOf(id).delivered, 1);
    const auto delivered = CampaignManager(*m_env->db).recipients(id, RecipientState::Delivered);
    QVERIFY(delivered.ok());
    QCOMPARE(delivered->size(), 1);
    QCOMPARE(delivered->first().targetId, channel.id);
    QVERIFY2(delivered->first().conversationId.startsWith(channel.id + QStringLiteral(";messageid=")),
             qPrintable(delivered->first().conversationId));
    QCOMPARE(m_env->activitiesIn(delivered->first().conversationId), 1);
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), 1);
}

void TestCampaigns::staleAudiencesAreDroppedAndClosingWhileResolvingIsSafe()
{
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    signIn(page);
    QPointer<ui::SendDialog> dialog = page.confirmSend(DeliveryEnv::draft(), ids(m_listed));
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->isResolving());
    QSignalSpy shown(dialog.data(), &ui::SendDialog::audienceShown);
    QSignalSpy answered(page.jobs()->sendWorker(), &ui::CampaignWorker::audienceResolved);

    // Two choices before any answer can come back: only the second one's audience is shown.
    dialog->setTeams({test::kTeam});
    dialog->refreshNow();
    QVERIFY(dialog->isResolving());
    auto *busy = dialog->findChild<QWidget *>(QStringLiteral("busyBar"));
    QVERIFY(busy->isVisible()); // the person sees it is being worked out
    QVERIFY(!dialog->sendButton()->isEnabled());
    dialog->setTeams({});
    dialog->refreshNow();
    QTRY_VERIFY(!dialog->isResolving());
    QVERIFY(!busy->isVisible());
    QCOMPARE(shown.size(), 1);
    QCOMPARE(dialog->audience().toSend(), m_listed.size()); // the audience list only, not the team
    QVERIFY(answered.size() <= 2);                          // the first may have been skipped before it ran

    // Closing the dialog while its audience is being worked out: the answer finds nobody, nothing breaks.
    dialog->setTeams({test::kTeam});
    dialog->refreshNow();
    QVERIFY(dialog->isResolving());
    dialog->reject();
    QTRY_VERIFY(!dialog);
    // The worker goes on: the next dialog gets its audience.
    QPointer<ui::SendDialog> next = page.confirmSend(DeliveryEnv::draft(), ids(m_listed));
    QVERIFY(next);
    next->setTeams({test::kTeam});
    QTRY_VERIFY(!next->isResolving());
    QCOMPARE(next->audience().toSend(), m_listed.size() + m_teamOnly.size());
    next->reject();
    QTRY_VERIFY(!next);
    QVERIFY(CampaignManager(*m_env->db).campaigns()->isEmpty());
}

void TestCampaigns::dontSendWhileStoringSendsNothing()
{
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    signIn(page);
    page.show();
    QPointer<ui::SendDialog> dialog = page.confirmSend(DeliveryEnv::draft(), ids(m_listed));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(page.isStoring());
    auto *dontSend = page.findChild<QPushButton *>(QStringLiteral("jobCancelButton"));
    QVERIFY(dontSend->isVisible());
    QTest::mouseClick(dontSend, Qt::LeftButton);
    QTRY_VERIFY(!page.isStoring());

    // Stopped before it was stored (no campaign), or just after (marked cancelled): either way nobody got it.
    const auto campaigns = CampaignManager(*m_env->db).campaigns();
    QVERIFY(campaigns.ok());
    QVERIFY(campaigns->size() <= 1);
    if (!campaigns->isEmpty()) {
        QCOMPARE(campaigns->first().status, CampaignStatus::Cancelled);
        QCOMPARE(countsOf(campaigns->first().id).delivered, 0);
    }
    QVERIFY(!page.isSending(campaigns->isEmpty() ? 0 : campaigns->first().id));
    QVERIFY2(page.messageText().contains(QStringLiteral("nothing was sent")) ||
                 page.messageText().contains(QStringLiteral("before any message went out")),
             qPrintable(page.messageText()));
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), 0);
}

void TestCampaigns::sendsOffTheGuiThreadAndPausesResumesCancels()
{
    // Paced at 5 messages/s on the client side: a person has time to press the buttons.
    const qint64 id = storedCampaign(ids(m_listed), 5);
    QVERIFY(id > 0);
    const qint64 total = countsOf(id).total();
    ui::CampaignsPage page(m_env->db.get());
    signIn(page);
    page.show();
    QSignalSpy ended(&page, &ui::CampaignsPage::campaignEnded);
    auto *pause = page.findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *resume = page.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(page.startCampaign(id).ok());
    QTRY_COMPARE(page.selectedCampaign(), id);

    // Its runner (durable commits, recovery, cancel's UPDATE) lives on a thread of its own.
    QTRY_VERIFY(page.runnerThread(id));
    QVERIFY(page.runnerThread(id) != QThread::currentThread());
    QVERIFY(page.runnerThread(id) != QCoreApplication::instance()->thread());
    QVERIFY(page.runnerThread(id)->isRunning());
    QTRY_VERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QTRY_VERIFY(page.liveProgress(id) && page.liveProgress(id)->counts.done() > 0); // progress comes back

    // Pause: queued to the send thread, on disk, and the buttons follow.
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(page.liveProgress(id)->status, CampaignStatus::Paused);
    QTRY_COMPARE(statusInList(page, id), CampaignStatus::Paused);
    QCOMPARE(CampaignManager(*m_env->db).campaign(id)->status, CampaignStatus::Paused);
    QVERIFY(countsOf(id).pending > 0);
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!pause->isEnabled());
    QVERIFY(ended.isEmpty()); // a pause the person asked for is no ending

    // Space on the list resumes it.
    page.findChild<QWidget *>(QStringLiteral("campaignsView"))->setFocus();
    QTest::keyClick(page.findChild<QWidget *>(QStringLiteral("campaignsView")), Qt::Key_Space);
    QTRY_COMPARE(page.liveProgress(id)->status, CampaignStatus::Running);
    QTRY_VERIFY(pause->isEnabled());
    const qint64 before = countsOf(id).done();
    QTRY_VERIFY(countsOf(id).done() > before); // it sends again

    // Cancel: everyone not sent yet is marked cancelled (on the send thread), the page says so.
    QVERIFY(cancel->isEnabled());
    page.cancelSelected(false);
    QTRY_COMPARE(statusInList(page, id), CampaignStatus::Cancelled);
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().at(1).value<CampaignStatus>(), CampaignStatus::Cancelled);
    const StateCounts counts = countsOf(id);
    QVERIFY(counts.cancelled > 0);
    QCOMPARE(counts.pending + counts.uncertain, 0);
    QCOMPARE(counts.total(), total);
    QTRY_VERIFY(!cancel->isEnabled());
    QVERIFY(!pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QVERIFY(!page.runnerThread(id));
    QCOMPARE(m_env->stats().value(QStringLiteral("duplicates")).toInt(), 0);
}

void TestCampaigns::closingThePageWhileSendingPausesItForTheNextStart()
{
    const qint64 id = storedCampaign(ids(m_listed), 5);
    QVERIFY(id > 0);
    {
        ui::CampaignsPage page(m_env->db.get());
        signIn(page);
        QVERIFY(page.startCampaign(id).ok());
        QTRY_VERIFY(page.liveProgress(id) && page.liveProgress(id)->counts.delivered > 0);
    } // the window goes while it sends: its thread pauses the runner, gives up the wire and ends

    const auto info = CampaignManager(*m_env->db).campaign(id);
    QCOMPARE(info->status, CampaignStatus::Paused);
    QVERIFY(info->counts.pending > 0);

    // The next window offers it and sends the rest.
    ui::CampaignsPage page(m_env->db.get());
    signIn(page);
    page.offerInterrupted();
    QVERIFY(page.isOfferingRecovery());
    QVERIFY(page.startCampaign(id, true).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    const StateCounts done = countsOf(id);
    QCOMPARE(done.delivered, qint64(m_reachableListed));
    QCOMPARE(done.pending + done.uncertain, 0);
    QVERIFY(m_env->stats().value(QStringLiteral("duplicates")).toInt() <= int(info->counts.uncertain));
}
void TestCampaigns::interruptedCampaignIsOfferedForResume()
{
    const qint64 id = storedCampaign(ids(m_listed));
    QVERIFY(id > 0);
    QVERIFY(crashWhileSending(id));
    QCOMPARE(CampaignManager(*m_env->db).campaign(id)->status, CampaignStatus::Running);

    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    signIn(page);
    page.show();
    QVERIFY(!page.isOfferingRecovery());
    page.offerInterrupted();
    QVERIFY(page.isOfferingRecovery());
    const StateCounts recovered = countsOf(id);
    QCOMPARE(CampaignManager(*m_env->db).campaign(id)->status, CampaignStatus::Interrupted);
    QVERIFY(recovered.uncertain > 0);
    const QString banner = page.recoveryText();
    QVERIFY2(banner.contains(QStringLiteral("%1 uncertain").arg(recovered.uncertain)), qPrintable(banner));
    QVERIFY2(banner.contains(QStringLiteral("Interrupted")), qPrintable(banner));

    // The uncertain ones can be listed before choosing.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recoveryListButton")), Qt::LeftButton);
    QTRY_COMPARE(page.selectedCampaign(), id); // as soon as the list (read off the UI thread) shows it
    QTRY_COMPARE(page.recipientModel()->rowCount(), int(recovered.uncertain));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recoveryResendButton")), Qt::LeftButton);
    QTRY_VERIFY(!page.isOfferingRecovery()); // once it has started on the send thread
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    const StateCounts done = countsOf(id);
    QCOMPARE(done.delivered, qint64(m_reachableListed));
    QCOMPARE(done.uncertain, 0);
}

void TestCampaigns::cancellingAStoppedCampaignMarksEveryoneLeft()
{
    // A campaign no runner sends (stored, never started): Cancel marks everyone left, off the UI thread.
    const qint64 id = storedCampaign(ids(m_listed));
    QVERIFY(id > 0);
    const qint64 pending = countsOf(id).pending;
    QVERIFY(pending > 0);
    ui::CampaignsPage page(m_env->db.get());
    signIn(page);
    page.show();
    page.selectCampaign(id);
    QTRY_COMPARE(page.selectedCampaign(), id);
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QTRY_VERIFY(cancel->isEnabled());
    page.cancelSelected(false);
    QTRY_COMPARE(statusInList(page, id), CampaignStatus::Cancelled);
    QCOMPARE(countsOf(id).cancelled, pending);
    QCOMPARE(countsOf(id).pending, 0);
    QTRY_VERIFY(!cancel->isEnabled());
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), 0);
}

void TestCampaigns::appSendsFromTheComposerWithCtrlReturn()
{
    // The whole app (`herald --sandbox`): Send… is off until signed in, then Ctrl+Return in the composer
    // opens the confirmation for the directory's audience list.
    QTemporaryDir dir;
    auto dataDir = DataDirectory::open(dir.path());
    QVERIFY(dataDir.ok());
    ui::AppController controller(*dataDir, {true, QString()});
    QVERIFY(controller.campaignsPage());
    auto *send = controller.composeView()->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(!send->isEnabled());
    QSignalSpy signedIn(&controller, &ui::AppController::signedIn);
    controller.start();
    QVERIFY(signedIn.wait(10000));
    QVERIFY(send->isEnabled());
    const QStringList people{m_env->org->memberId(m_listed.first()), m_env->org->memberId(m_listed.last())};
    controller.directoryPage()->audience()->add(people);

    controller.mainWindow()->showPage(controller.composeView());
    controller.mainWindow()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(controller.mainWindow()));
    auto *typing = controller.composeView()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(typing);
    typing->setFocus();
    QTRY_VERIFY(typing->hasFocus());
    QTest::keyClick(typing, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(controller.mainWindow()->findChild<ui::SendDialog *>());
    auto *dialog = controller.mainWindow()->findChild<ui::SendDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->spec().users, people);
    dialog->reject();
}

QTEST_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
