#pragma once

#include <QMainWindow>
#include <QScopedPointer>

class QMenu;

namespace Ui {
class MainWindow;
}

namespace herald::ui {

// Herald's main window. Later work fills the directory, composer and campaigns views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // A sentence in the status bar, e.g. which tenant Herald is connected to.
    void setConnectionText(const QString &text);
    QString connectionText() const;
    // Adds a view (compose, directory, campaigns …) as a tab of the central `pages`; the welcome tab
    // gives way to the first real page. Returns the tab's index.
    int addPage(QWidget *page, const QString &title);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    // The page with this object name, or null.
    QWidget *page(const QString &objectName) const;
    // Fills Settings → Language with the system default and the shipped languages; `current` is checked.
    void setLanguages(const QStringList &languages, const QString &current);
    // Puts a page's actions at the top of the File menu (e.g. the directory's Import).
    void addFileActions(const QList<QAction *> &actions);
    // Adds a page's menu to the menu bar, before Settings.
    void addMenu(QMenu *menu);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

Q_SIGNALS:
    void switchProfileRequested();
    void languageChosen(const QString &language); // empty: follow the system
    void closing();
    // Local files dropped on the window (the directory imports them).
    void filesDropped(const QStringList &paths);

private:
    void showAbout();

    QScopedPointer<Ui::MainWindow> m_ui;
};

} // namespace herald::ui
