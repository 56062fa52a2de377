#pragma once

// What the campaigns page's tests share: the real sandbox (its own thread, limits off) over loopback, a
// real SQLite directory imported from the bot's install events (JSONL), and a few stored campaigns.
#include "CampaignListModel.h"
#include "CampaignsPage.h"

#include "../delivery/DeliveryTestEnv.h"
#include "../directory/DirectoryTestData.h"

#include "delivery/CampaignManager.h"
#include "delivery/CampaignRunner.h"
#include "directory/DirectoryImporter.h"

#include <QBuffer>
#include <QTest>
#include <QTreeWidget>

namespace herald::test {

class CampaignUiFixture
{
protected:
    // For init(): the sandbox, the directory and who is who in it.
    void setUpFixture()
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
            jsonl += line(personal(p.id, p.conversationId, true, p.name));
        }
        const sandbox::Person removed = org.person(m_removed);
        jsonl += line(personal(removed.id, removed.conversationId, true, removed.name));
        jsonl += line(personal(removed.id, removed.conversationId, false, removed.name));
        QJsonArray roster;
        for (int i : m_listed.mid(0, 10) + m_teamOnly)
            roster.append(member(org.person(i).id, org.person(i).name));
        jsonl += line(channelEvent(roster));
        QBuffer file(&jsonl);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto imported = directory::DirectoryImporter(*m_env->db)
                                  .importDevice(&file, directory::DirectoryImporter::Format::JsonLines);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    }

    static delivery::RunOptions fastOptions()
    {
        delivery::RunOptions o;
        o.pacing.enabled = false; // the sandbox runs with --limits off
        o.pacing.maxInFlight = 4;
        o.retry.baseDelayMs = 20;
        o.retry.maxDelayMs = 200;
        o.seed = 11;
        return o;
    }

    // Signed in to the sandbox, as the app does it: the profile and its secret.
    void signIn(ui::CampaignsPage &page) const
    {
        page.setCredentials(m_env->profile, m_env->options.appSecret);
    }

    QStringList ids(const QList<int> &indexes) const
    {
        QStringList out;
        for (int i : indexes)
            out.append(m_env->org->memberId(i));
        return out;
    }

    delivery::StateCounts countsOf(qint64 id) const
    {
        return delivery::CampaignManager(*m_env->db).campaign(id)->counts;
    }

    static delivery::CampaignStatus statusInList(const ui::CampaignsPage &page, qint64 id)
    {
        const auto *info = page.model()->campaign(id);
        return info ? info->status : delivery::CampaignStatus::Running;
    }

    // paceRps > 0: sent at that many requests per second (client-side pacing), so a test can act mid-way.
    qint64 storedCampaign(const QStringList &people, double paceRps = 0) const
    {
        delivery::CampaignManager manager(*m_env->db);
        auto audience = manager.resolveAudience(delivery::AudienceSpec{people, {}, {}});
        if (!audience)
            return 0;
        delivery::RunOptions options = fastOptions();
        if (paceRps > 0) {
            options.pacing.enabled = true;
            options.pacing.globalRps = paceRps;
            options.pacing.maxInFlight = 1;
        }
        auto id = manager.createCampaign(DeliveryEnv::draft(), *audience, m_env->profile.name, options,
                                         QStringLiteral("Stored"));
        return id ? *id : 0;
    }

    // A process that dies with requests on the wire: its runner is destroyed while running, without a pause.
    // The campaign stays Running on disk, with recipients in Sending (uncertain at the next start).
    bool crashWhileSending(qint64 id) const
    {
        auto runner = delivery::CampaignManager(*m_env->db).runner(id, m_env->client.get(), fastOptions());
        if (!runner || !(*runner)->start())
            return false;
        return QTest::qWaitFor([&] { return (*runner)->counts().delivered > 0 && (*runner)->isBusy(); },
                               20000);
    }

    // Puts the sandbox's first team, with its channels, into the directory (as the bot's install event).
    bool importSandboxTeam() const
    {
        const sandbox::Team &team = m_env->org->team(0);
        QByteArray jsonl;
        for (const sandbox::Channel &channel : team.channels) {
            QJsonObject event = channelEvent(QJsonArray{QJsonObject{{QStringLiteral("id"), kBot}}}, {},
                                             team.name, channel.id, channel.name);
            QJsonObject channelData = event.value(QStringLiteral("channelData")).toObject();
            channelData.insert(QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), team.id},
                                                                   {QStringLiteral("name"), team.name}});
            event.insert(QStringLiteral("channelData"), channelData);
            jsonl += line(event);
        }
        QBuffer file(&jsonl);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const auto imported = directory::DirectoryImporter(*m_env->db)
                                  .importDevice(&file, directory::DirectoryImporter::Format::JsonLines);
        return imported.ok();
    }

    static QTreeWidgetItem *treeItem(QTreeWidget *tree, const QString &text)
    {
        const QList<QTreeWidgetItem *> found =
            tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.size() == 1 ? found.first() : nullptr;
    }

    std::unique_ptr<DeliveryEnv> m_env;
    QList<int> m_listed;   // in the audience list: reachable, blocked the bot, no app
    QList<int> m_teamOnly; // only in the team: first contacts
    int m_removed = -1;    // removed the bot: known unreachable, left out
    int m_reachableListed = 0;
    int m_unreachableListed = 0;
};

} // namespace herald::test
