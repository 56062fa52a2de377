#pragma once

#include <QMainWindow>
#include <QScopedPointer>

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
    // Fills Settings → Language with the system default and the shipped languages; `current` is checked.
    void setLanguages(const QStringList &languages, const QString &current);

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void switchProfileRequested();
    void languageChosen(const QString &language); // empty: follow the system
    void closing();

private:
    void showAbout();

    QScopedPointer<Ui::MainWindow> m_ui;
};

} // namespace herald::ui
