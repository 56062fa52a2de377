#include "DirectoryScreenshot.h"

#include "AppController.h"
#include "AudienceList.h"
#include "DirectoryPage.h"
#include "MainWindow.h"

#include "directory/RosterModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace herald::ui {

void takeDirectoryScreenshot(AppController &controller, const QString &path, int timeoutMs)
{
    auto *poll = new QTimer(&controller);
    poll->setInterval(100);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(poll, &QTimer::timeout, &controller, [&controller, poll, path, deadline] {
        DirectoryPage *page = controller.directoryPage();
        const bool ready = page && !page->hasPendingWork() && controller.connector() && !page->isEmpty();
        if (!ready && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        if (!ready) {
            std::fprintf(stderr, "herald screenshot: the directory did not load in time\n");
            QCoreApplication::exit(1);
            return;
        }
        controller.mainWindow()->resize(1300, 800);
        controller.mainWindow()->showPage(page);
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
        // Let the layout settle before the grab.
        QTimer::singleShot(300, &controller, [&controller, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const bool saved = controller.mainWindow()->grab().save(path);
            std::fprintf(stderr, "herald screenshot: %s %s\n", saved ? "saved" : "could not save",
                         qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start();
}

} // namespace herald::ui
