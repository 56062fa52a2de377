// The send confirmation and the campaigns page, driven like a person would, against the real sandbox
// (its own thread, limits off) over loopback, with a directory imported from install events (JSONL).
// Waits on conditions and signals only.
#include "AppController.h"
#include "AudienceList.h"
#include "CampaignJobs.h"
#include "CampaignListModel.h"
#include "CampaignRecipientModel.h"
#include "CampaignsPage.h"
#include "CampaignWorker.h"
#include "CardPreview.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include "../delivery/DeliveryTestEnv.h"
#include "../directory/DirectoryTestData.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignReport.h"
#include "delivery/CampaignRunner.h"
#include "delivery/DeliveryEstimate.h"
#include "directory/DirectoryImporter.h"

#include <QBuffer>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace herald;
using namespace herald::delivery;
using herald::test::DeliveryEnv;

class TestCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void confirmationShowsAudienceLeftOutAndEstimate();
    void channelChosenWithTheKeyboardGetsANewPost();
    void staleAudiencesAreDroppedAndClosingWhileResolvingIsSafe();
    void dontSendWhileStoringSendsNothing();
    void sendFinishesWithReportChartAndCsv();
    void pauseAndResumeChangeTheStatus();
    void interruptedCampaignIsOfferedForResume();
    void cancellingAStoppedCampaignMarksEveryoneLeft();
    void appSendsFromTheComposerWithCtrlReturn();

private:
    static RunOptions fastOptions();
    QStringList ids(const QList<int> &indexes) const;
    StateCounts countsOf(qint64 id) const { return CampaignManager(*m_env->db).campaign(id)->counts; }
    CampaignStatus statusInList(const ui::CampaignsPage &page, qint64 id) const
    {
        const auto *info = page.model()->campaign(id);
        return info ? info->status : CampaignStatus::Running;
    }
    qint64 storedCampaign(const QStringList &people);
    // Puts the sandbox's first team, with its channels, into the directory (as the bot's install event).
    bool importSandboxTeam();
    static QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text);

    std::unique_ptr<DeliveryEnv> m_env;
    QList<int> m_listed;   // in the audience list: reachable, blocked the bot, no app
    QList<int> m_teamOnly; // only in the team: first contacts
    int m_removed = -1;    // removed the bot: known unreachable, left out
    int m_reachableListed = 0;
    int m_unreachableListed = 0;
};

void TestCampaigns::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCampaigns::init()
{
    m_env = std::make_unique<DeliveryEnv>();
    QVERIFY(m_env->start(200, 2, false));
    const auto &org = *m_env->org;
    m_listed = m_env->people(DeliveryEnv::reachable, 25);
    const QList<int> blocked =
        m_env->people([](const sandbox::Person &p) { return p.hasApp && p.blockedBot; }, 3);
    const QList<int> noApp = m_env->people([](const sandbox::Person &p) { return !p.hasApp; }, 2);
    QCOMPARE(blocked.size(), 3);
    QCOMPARE(noApp.size(), 2);
    m_reachableListed = int(m_listed.size());
    m_unreachableListed = int(blocked.size() + noApp.size());
    m_listed += blocked + noApp;
    const QList<int> more = m_env->people(DeliveryEnv::reachable, 31);
    m_teamOnly = more.mid(25, 5);
    m_removed = more.at(30);

    // The bot's install events, as a bot backend stores them: 1:1 installs (the chat id cached), one
    // removal, and the team's roster from a channel event (the team-only people have no chat yet).
    QByteArray jsonl;
    for (int i : m_listed) {
        const sandbox::Person p = org.person(i);
        jsonl += test::line(test::personal(p.id, p.conversationId, true, p.name));
    }
    const sandbox::Person removed = org.person(m_removed);
    jsonl += test::line(test::personal(removed.id, removed.conversationId, true, removed.name));
    jsonl += test::line(test::personal(removed.id, removed.conversationId, false, removed.name));
    QJsonArray roster;
    for (int i : m_listed.mid(0, 10) + m_teamOnly)
        roster.append(test::member(org.person(i).id, org.person(i).name));
    jsonl += test::line(test::channelEvent(roster));
    QBuffer file(&jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto imported = directory::DirectoryImporter(*m_env->db)
                              .importDevice(&file, directory::DirectoryImporter::Format::JsonLines);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
}

void TestCampaigns::cleanup()
{
    m_env.reset();
}

RunOptions TestCampaigns::fastOptions()
{
    RunOptions o;
    o.pacing.enabled = false; // the sandbox runs with --limits off
    o.pacing.maxInFlight = 4;
    o.retry.baseDelayMs = 20;
    o.retry.maxDelayMs = 200;
    o.seed = 11;
    return o;
}

QStringList TestCampaigns::ids(const QList<int> &indexes) const
{
    QStringList out;
    for (int i : indexes)
        out.append(m_env->org->memberId(i));
    return out;
}

qint64 TestCampaigns::storedCampaign(const QStringList &people)
{
    CampaignManager manager(*m_env->db);
    auto audience = manager.resolveAudience(AudienceSpec{people, {}, {}});
    if (!audience)
        return 0;
    auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name, fastOptions(),
                                     QStringLiteral("Stored"));
    return id ? *id : 0;
}

bool TestCampaigns::importSandboxTeam()
{
    const sandbox::Team &team = m_env->org->team(0);
    QByteArray jsonl;
    for (const sandbox::Channel &channel : team.channels) {
        QJsonObject event = test::channelEvent(QJsonArray{QJsonObject{{QStringLiteral("id"), test::kBot}}},
                                               {}, team.name, channel.id, channel.name);
        QJsonObject channelData = event.value(QStringLiteral("channelData")).toObject();
        channelData.insert(QStringLiteral("team"),
                           QJsonObject{{QStringLiteral("id"), team.id}, {QStringLiteral("name"), team.name}});
        event.insert(QStringLiteral("channelData"), channelData);
        jsonl += test::line(event);
    }
    QBuffer file(&jsonl);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto imported = directory::DirectoryImporter(*m_env->db)
                              .importDevice(&file, directory::DirectoryImporter::Format::JsonLines);
    return imported.ok();
}

QTreeWidgetItem *TestCampaigns::treeItem(QTreeWidget *tree, const QString &text)
{
    const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.size() == 1 ? found.first() : nullptr;
}

void TestCampaigns::confirmationShowsAudienceLeftOutAndEstimate()
{
    ui::CampaignsPage page(m_env->db.get());
    RunOptions options; // paced at the global rate: the estimate is the honest one
    options.pacing.globalRps = 50;
    page.setRunOptions(options);
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
    QVERIFY(!page.runner(campaigns->isEmpty() ? 0 : campaigns->first().id));
    QVERIFY2(page.messageText().contains(QStringLiteral("nothing was sent")) ||
                 page.messageText().contains(QStringLiteral("before any message went out")),
             qPrintable(page.messageText()));
    QCOMPARE(m_env->stats().value(QStringLiteral("activities")).toInt(), 0);
}

void TestCampaigns::sendFinishesWithReportChartAndCsv()
{
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    page.setConnector(m_env->client.get(), m_env->profile.name);
    page.show();
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
    QVERIFY(page.exportCsvTo(csv).ok());
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
             QByteArray("name,id,state,code,message,activity_id,time,correlation_id"));
    int rows = 0;
    while (!file.atEnd())
        rows += file.readLine().trimmed().isEmpty() ? 0 : 1;
    QCOMPARE(rows, int(counts.total()));
}

void TestCampaigns::pauseAndResumeChangeTheStatus()
{
    const qint64 id = storedCampaign(ids(m_listed));
    QVERIFY(id > 0);
    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    page.setConnector(m_env->client.get(), m_env->profile.name);
    page.show();
    auto *pause = page.findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *resume = page.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(page.startCampaign(id).ok());
    QCOMPARE(page.selectedCampaign(), id);
    QVERIFY(pause->isEnabled());
    QVERIFY(!resume->isEnabled());
    QSignalSpy stopped(page.runner(id), &CampaignRunner::stopped);
    QTest::mouseClick(pause, Qt::LeftButton); // before the first answer can arrive
    QCOMPARE(page.runner(id)->status(), CampaignStatus::Paused);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(statusInList(page, id), CampaignStatus::Paused);
    QCOMPARE(CampaignManager(*m_env->db).campaign(id)->status, CampaignStatus::Paused); // on disk at once
    QVERIFY(countsOf(id).pending > 0);
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!pause->isEnabled());

    // Space on the list resumes it.
    page.findChild<QWidget *>(QStringLiteral("campaignsView"))->setFocus();
    QTest::keyClick(page.findChild<QWidget *>(QStringLiteral("campaignsView")), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(page, id), CampaignStatus::Finished, 60000);
    QCOMPARE(countsOf(id).delivered, qint64(m_reachableListed));
    QVERIFY(!pause->isEnabled());
    QVERIFY(!resume->isEnabled());
}

void TestCampaigns::interruptedCampaignIsOfferedForResume()
{
    const qint64 id = storedCampaign(ids(m_listed));
    QVERIFY(id > 0);
    {
        // A process that dies with requests on the wire: destroyed while running, without a pause.
        auto runner = CampaignManager(*m_env->db).runner(id, m_env->client.get(), fastOptions());
        QVERIFY(runner.ok());
        QVERIFY((*runner)->start().ok());
        QTRY_VERIFY((*runner)->counts().delivered > 0 && (*runner)->isBusy());
    }
    QCOMPARE(CampaignManager(*m_env->db).campaign(id)->status, CampaignStatus::Running);

    ui::CampaignsPage page(m_env->db.get());
    page.setRunOptions(fastOptions());
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
    QVERIFY(!page.isOfferingRecovery());
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
    page.setConnector(m_env->client.get(), m_env->profile.name);
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
