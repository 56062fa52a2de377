#include "MainWindow.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>

namespace herald::ui {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

// Files dropped anywhere in the window are imported, wherever they land: a line edit (the directory's search
// box) or a text box would otherwise take the drop itself and paste the file's path. Watches the
// application's drag and drop events for this window's widgets and hands drops of local files to the window.
class FileDropFilter final : public QObject
{
public:
    explicit FileDropFilter(MainWindow *window)
        : QObject(window)
        , m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget == m_window || widget->window() != m_window)
            return false;
        auto *drop = static_cast<QDropEvent *>(event); // QDragEnterEvent and QDragMoveEvent are QDropEvents
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        if (type == QEvent::Drop)
            Q_EMIT m_window->filesDropped(paths); // as MainWindow::dropEvent does
        return true;
    }

private:
    MainWindow *m_window;
};

} // namespace

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
    setAcceptDrops(true);
    qApp->installEventFilter(new FileDropFilter(this));
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

int MainWindow::addPage(QWidget *page, const QString &title)
{
    if (m_ui->welcomePage) {
        m_ui->pages->removeTab(m_ui->pages->indexOf(m_ui->welcomePage));
        delete m_ui->welcomePage;
        m_ui->welcomePage = nullptr;
        m_ui->welcomeLabel = nullptr;
    }
    return m_ui->pages->addTab(page, title);
}

void MainWindow::showPage(QWidget *page)
{
    m_ui->pages->setCurrentWidget(page);
}

QWidget *MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

QWidget *MainWindow::page(const QString &objectName) const
{
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        if (m_ui->pages->widget(i)->objectName() == objectName)
            return m_ui->pages->widget(i);
    }
    return nullptr;
}

void MainWindow::setLanguages(const QStringList &languages, const QString &current)
{
    m_ui->menuLanguage->clear();
    auto *group = new QActionGroup(m_ui->menuLanguage);
    const auto add = [this, group, &current](const QString &code, const QString &label) {
        QAction *action = m_ui->menuLanguage->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { Q_EMIT languageChosen(code); });
    };
    add(QString(), tr("System language"));
    m_ui->menuLanguage->addSeparator();
    for (const QString &code : languages) {
        const QLocale locale(code);
        add(code, locale.nativeLanguageName().left(1).toUpper() + locale.nativeLanguageName().mid(1));
    }
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    QAction *first = m_ui->menuFile->actions().value(0);
    m_ui->menuFile->insertActions(first, actions);
    m_ui->menuFile->insertSeparator(first);
}

void MainWindow::addMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_ui->menuSettings->menuAction(), menu);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Herald"),
                       tr("<h3>Herald %1</h3>"
                          "<p>Send welcome messages and notifications to Microsoft Teams through your "
                          "organisation's bot.</p>"
                          "<p>Licensed under the MIT licence.</p>"
                          "<p>Built with Qt %2 (running on Qt %3) and QtKeychain %4.</p>")
                           .arg(QStringLiteral(HERALD_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion()), QStringLiteral(HERALD_QTKEYCHAIN_VERSION)));
}

} // namespace herald::ui
