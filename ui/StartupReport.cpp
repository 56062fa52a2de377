#include "StartupReport.h"

#include "AppController.h"
#include "DirectoryPage.h"
#include "MainWindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace herald::ui {

namespace {

// Watches the roster view's viewport for its first paint with rows in it.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QTableView *view, QElapsedTimer sinceMain)
        : QObject(view)
        , m_view(view)
        , m_sinceMain(sinceMain)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_view->model() && m_view->model()->rowCount() > 0) {
            m_done = true;
            const qint64 ms = m_sinceMain.elapsed();
            const int rows = m_view->model()->rowCount();
            // After this paint has been delivered.
            QTimer::singleShot(0, this, [ms, rows] {
                std::fprintf(stderr, "herald startup: %d people shown after %lld ms\n", rows,
                             static_cast<long long>(ms));
                std::fflush(stderr);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QElapsedTimer m_sinceMain;
    bool m_done = false;
};

} // namespace

void reportStartup(AppController &controller, QElapsedTimer sinceMain, int timeoutMs)
{
    DirectoryPage *page = controller.directoryPage();
    auto *view = page ? page->findChild<QTableView *>(QStringLiteral("rosterView")) : nullptr;
    if (!view) {
        std::fprintf(stderr, "herald startup: there is no directory page\n");
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    controller.mainWindow()->showPage(page);
    new FirstPaintWatcher(view, sinceMain);
    QTimer::singleShot(timeoutMs, view, [] {
        std::fprintf(stderr, "herald startup: the directory was not shown in time\n");
        QCoreApplication::exit(1);
    });
}

} // namespace herald::ui
