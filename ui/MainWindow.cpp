#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>

namespace herald::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/herald/icons/herald.svg")));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSwitchProfile, &QAction::triggered, this, &MainWindow::switchProfileRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    setConnectionText(tr("Not connected"));
}

MainWindow::~MainWindow() = default;

void MainWindow::setConnectionText(const QString &text)
{
    statusBar()->showMessage(text);
}

QString MainWindow::connectionText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Herald"),
                       tr("<h3>Herald %1</h3><p>Send welcome messages and notifications to Microsoft Teams "
                          "through your organisation's bot.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(HERALD_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace herald::ui
