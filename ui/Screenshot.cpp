#include "Screenshot.h"

#include "AppController.h"
#include "AudienceList.h"
#include "CampaignsPage.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"
#include "SendDialog.h"
#include "ThroughputChart.h"

#include "compose/BuiltinTemplates.h"
#include "delivery/CampaignRunner.h"
#include "directory/DirectoryQueries.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace herald::ui {

namespace {

constexpr int WindowWidth = 1400;
constexpr int WindowHeight = 900;
constexpr int CampaignMembers = 4000;
constexpr double CampaignShownAt = 0.5;    // half sent …
constexpr qint64 CampaignChartMs = 40'000; // … with this much history in the chart
constexpr int SettleMs = 400;              // layout and the last repaint before the grab

// Sets one scene: waits for conditions (polled; each step has the same overall deadline), then grabs.
class ScreenshotRun final : public QObject
{
public:
    ScreenshotRun(AppController &app, Screenshot what, QString path, int timeoutMs)
        : QObject(&app)
        , m_app(app)
        , m_what(what)
        , m_path(std::move(path))
        , m_deadline(timeoutMs)
    {
        m_poll.setInterval(100);
        connect(&m_poll, &QTimer::timeout, this, &ScreenshotRun::check);
    }

    void start()
    {
        waitUntil(
            "the directory to load",
            [this] {
                DirectoryPage *page = m_app.directoryPage();
                return page && m_app.connector() && !page->hasPendingWork() && !page->isEmpty();
            },
            [this] {
                m_app.mainWindow()->resize(WindowWidth, WindowHeight);
                switch (m_what) {
                case Screenshot::Directory:
                    return directory();
                case Screenshot::Composer:
                    return composer();
                case Screenshot::Send:
                case Screenshot::Campaign:
                    return campaign();
                }
            });
    }

private:
    void waitUntil(const char *what, std::function<bool()> ready, std::function<void()> then)
    {
        m_what_for = what;
        m_ready = std::move(ready);
        m_then = std::move(then);
        m_poll.start();
        check();
    }

    void check()
    {
        if (!m_ready)
            return;
        if (!m_ready()) {
            if (m_deadline.hasExpired())
                fail(QStringLiteral("timed out waiting for %1").arg(QLatin1String(m_what_for)));
            return;
        }
        m_poll.stop();
        m_ready = nullptr;
        std::function<void()> then = std::move(m_then);
        then();
    }

    void directory()
    {
        DirectoryPage *page = m_app.directoryPage();
        m_app.mainWindow()->showPage(page);
        if (auto *view = page->findChild<QTableView *>(QStringLiteral("rosterView"))) {
            QItemSelectionModel *selection = view->selectionModel();
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < qMin(3, model->rowCount()); ++row)
                selection->select(model->index(row, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
            page->audience()->add(page->selectedPersonIds());
            if (model->rowCount() > 1)
                selection->setCurrentIndex(model->index(1, 0), QItemSelectionModel::NoUpdate);
        }
        grab();
    }

    void composer()
    {
        ComposeView *compose = m_app.composeView();
        m_app.mainWindow()->showPage(compose);
        // The built-in welcome, for the first sample recipient ("Welcome, Siobhán!").
        compose->setDraft(compose::BuiltinTemplates::welcome());
        waitUntil(
            "the preview", [compose] { return !compose->activity().isEmpty(); }, [this] { grab(); });
    }

    void campaign()
    {
        CampaignsPage *page = m_app.campaignsPage();
        m_app.mainWindow()->showPage(page);
        const auto teams = directory::DirectoryQueries(*m_app.database()).teamIds();
        if (!teams || teams->isEmpty())
            return fail(QStringLiteral("the sandbox has no teams"));
        m_dialog = page->confirmSend(compose::BuiltinTemplates::welcome(), {});
        if (!m_dialog)
            return fail(page->messageText());
        m_dialog->setTeams(*teams);
        waitUntil(
            "the audience",
            [this] { return m_dialog && !m_dialog->isResolving() && m_dialog->sendButton()->isEnabled(); },
            [this, page] {
                if (m_what == Screenshot::Send)
                    return grab(m_dialog);
                std::fprintf(stderr, "herald screenshot: sending to %lld recipients\n",
                             static_cast<long long>(m_dialog->audience().toSend()));
                m_dialog->sendButton()->click();
                waitUntil(
                    "the campaign to be half-way",
                    [page] {
                        const delivery::CampaignProgress *live = page->liveProgress(page->selectedCampaign());
                        if (!live)
                            return false;
                        const delivery::CampaignProgress progress = *live;
                        return progress.fraction() >= CampaignShownAt &&
                               progress.elapsedMs >= CampaignChartMs && progress.etaSeconds >= 0;
                    },
                    [this] { grab(); });
            });
    }

    // The main window, or one of its dialogs.
    void grab(QWidget *what = nullptr)
    {
        QPointer<QWidget> widget = what ? what : static_cast<QWidget *>(m_app.mainWindow());
        QTimer::singleShot(SettleMs, this, [this, widget] {
            if (!widget)
                return fail(QStringLiteral("the window to grab is gone"));
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            const bool saved = widget->grab().save(m_path);
            std::fprintf(stderr, "herald screenshot: %s %s\n", saved ? "saved" : "could not save",
                         qPrintable(m_path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }

    void fail(const QString &why)
    {
        m_poll.stop();
        m_ready = nullptr;
        std::fprintf(stderr, "herald screenshot: %s\n", qPrintable(why));
        QCoreApplication::exit(1);
    }

    AppController &m_app;
    Screenshot m_what;
    QString m_path;
    QDeadlineTimer m_deadline;
    QTimer m_poll;
    const char *m_what_for = "";
    std::function<bool()> m_ready;
    std::function<void()> m_then;
    QPointer<SendDialog> m_dialog;
};

} // namespace

std::optional<Screenshot> screenshotFromName(const QString &name)
{
    if (name == QLatin1String("directory"))
        return Screenshot::Directory;
    if (name == QLatin1String("composer"))
        return Screenshot::Composer;
    if (name == QLatin1String("send"))
        return Screenshot::Send;
    if (name == QLatin1String("campaign"))
        return Screenshot::Campaign;
    return std::nullopt;
}

QStringList screenshotNames()
{
    return {QStringLiteral("directory"), QStringLiteral("composer"), QStringLiteral("send"),
            QStringLiteral("campaign")};
}

int screenshotSandboxMembers(Screenshot what)
{
    return what == Screenshot::Campaign || what == Screenshot::Send ? CampaignMembers : 0;
}

void takeScreenshot(AppController &controller, Screenshot what, const QString &path, int timeoutMs)
{
    auto *run = new ScreenshotRun(controller, what, path, timeoutMs);
    run->start();
}

} // namespace herald::ui
