// Herald driven from the keyboard, as a person who does not use a mouse (or a screen reader user) would:
// the window's shortcuts on the real app (`herald --sandbox`), and every page's and dialog's focus chain —
// each control Tab reaches is named for assistive technology, and Tab visits them in a sensible order.
#include "AppController.h"
#include "CampaignsPage.h"
#include "CardPreview.h"
#include "ComposeView.h"
#include "DirectoryPage.h"
#include "MainWindow.h"
#include "SendDialog.h"
#include "SignInDialog.h"

#include "compose/BuiltinTemplates.h"
#include "compose/DraftFile.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace herald;

namespace {

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractScrollArea *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w) ||
           qobject_cast<const QTabBar *>(w);
}

bool isInPreview(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const ui::CardPreview *>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p && !p->isWindow(); p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                               : p->objectName());
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), path.join(u'/'));
}

// The widgets Tab can reach in top's window, in focus-chain order, whether shown right now or not (a
// control on a hidden tab or page, or in a banner shown later, counts too).
QList<QWidget *> tabChain(QWidget *top)
{
    QList<QWidget *> chain;
    QWidget *window = top->window();
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() != window || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (top != window && !top->isAncestorOf(w))
            continue;
        chain.append(w);
    }
    return chain;
}

// What assistive technology reads for w: its QAccessible text of this kind.
QString accessibleText(QWidget *w, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(kind).trimmed() : QString();
}

// Every interactive control in the chain has a name and a description for assistive technology, as a
// screen reader gets them (QAccessibleInterface::text: the accessible name or description, else e.g. a
// button's text or the tool tip). A control's parts — a combo box's editor, a spin box's line edit, a tab
// widget's tab bar and the bar's scroll buttons — are named and described through the control.
QStringList unnamed(QWidget *top)
{
    QStringList missing;
    for (QWidget *w : tabChain(top)) {
        if (!isInteractive(w) || qobject_cast<QScrollBar *>(w))
            continue;
        QWidget *parent = w->parentWidget();
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QTabBar *>(parent))
            continue; // Qt's own parts of a control: its editor, a tab bar's scroll buttons
        QWidget *named = qobject_cast<QTabBar *>(w) && qobject_cast<QTabWidget *>(parent) ? parent : w;
        QStringList lacks;
        if (named->accessibleName().trimmed().isEmpty() || accessibleText(named, QAccessible::Name).isEmpty())
            lacks.append(QStringLiteral("name"));
        if (accessibleText(named, QAccessible::Description).isEmpty())
            lacks.append(QStringLiteral("description"));
        if (!lacks.isEmpty())
            missing.append(
                QStringLiteral("%1 (no %2)").arg(describe(w), lacks.join(QStringLiteral(", no "))));
    }
    return missing;
}

// Enabled, shown interactive controls that Tab cannot reach.
QStringList unreachable(QWidget *top)
{
    QStringList missing;
    const QList<QWidget *> chain = tabChain(top);
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isInteractive(w) || qobject_cast<QScrollBar *>(w) || !w->isVisibleTo(top->window()) ||
            !w->isEnabled())
            continue;
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        if (w->focusPolicy() == Qt::NoFocus && qobject_cast<QAbstractScrollArea *>(w))
            continue; // a plain scroll container: its controls are the tab stops
        if (isInPreview(w))
            continue; // a picture of the card (its buttons do nothing); the preview itself is a tab stop
        if (const auto *button = qobject_cast<QToolButton *>(w);
            button && qobject_cast<QLineEdit *>(w->parentWidget()) && button->defaultAction() &&
            !button->defaultAction()->shortcut().isEmpty())
            continue; // a line edit's action button: its shortcut reaches it (e.g. Alt+H shows the secret)
        if (!chain.contains(w))
            missing.append(describe(w));
    }
    return missing;
}

// The object names of top's tab stops, in order.
QStringList order(QWidget *top)
{
    QStringList names;
    for (QWidget *w : tabChain(top))
        names.append(w->objectName());
    return names;
}

// Whether expected appear in names in this order (others may come between).
bool inOrder(const QStringList &names, const QStringList &expected, QString *why)
{
    qsizetype at = 0;
    for (const QString &name : expected) {
        const qsizetype found = names.indexOf(name, at);
        if (found < 0) {
            *why =
                QStringLiteral("%1 is not after %2 in %3")
                    .arg(name, expected.value(expected.indexOf(name) - 1), names.join(QStringLiteral(", ")));
            return false;
        }
        at = found + 1;
    }
    return true;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlNStartsANewMessageAndKeepsThePrevious();
    void ctrlFSearchesAndF5Syncs();
    void everyControlIsNamedAndReachable();
    void tabOrderFollowsEachForm();

private:
    QAction *fileAction(const QString &objectName) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::AppController> m_app;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeyboard::init()
{
    // The whole app on its sandbox, signed in, with the sandbox's organisation imported and synced.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto dataDir = DataDirectory::open(m_dir->path());
    QVERIFY(dataDir.ok());
    m_app = std::make_unique<ui::AppController>(*dataDir, ui::AppController::Options{true, QString()});
    QSignalSpy signedIn(m_app.get(), &ui::AppController::signedIn);
    m_app->start();
    QVERIFY(signedIn.wait(10000));
    ui::MainWindow *window = m_app->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestKeyboard::cleanup()
{
    m_app.reset();
    m_dir.reset();
}

QAction *TestKeyboard::fileAction(const QString &objectName) const
{
    for (QAction *menu : m_app->mainWindow()->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->objectName() == objectName)
                return action;
        }
    }
    return nullptr;
}

void TestKeyboard::ctrlNStartsANewMessageAndKeepsThePrevious()
{
    ui::MainWindow *window = m_app->mainWindow();
    ui::ComposeView *compose = m_app->composeView();
    QAction *newMessage = fileAction(QStringLiteral("newMessageAction"));
    QAction *restore = fileAction(QStringLiteral("restoreDraftAction"));
    QVERIFY(newMessage && restore); // in the window's menus, so Ctrl+N works from every page
    QCOMPARE(newMessage->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(!restore->isEnabled()); // nothing to restore yet

    // Something written in the composer, then Ctrl+N from the directory page.
    window->showPage(m_app->directoryPage());
    compose::Draft written = compose::BuiltinTemplates::notification();
    written.title = QStringLiteral("Office move on Friday");
    compose->setDraft(written);
    QVERIFY(!compose->isVisible());
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(compose->isVisible());
    compose::Draft empty;
    empty.kind = compose::Draft::Kind::Notification; // the same kind, nothing in it
    QCOMPARE(compose->draft(), empty);
    auto *title = compose->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QTRY_VERIFY(title->hasFocus()); // ready to type
    QVERIFY(std::any_of(compose->checklist().cbegin(), compose->checklist().cend(),
                        [](const compose::ChecklistItem &c) { return !c.met; }));

    // The previous draft is kept (on disk too, for after a restart) and one action brings it back.
    auto *note = compose->findChild<QWidget *>(QStringLiteral("newDraftFrame"));
    QVERIFY(note->isVisible());
    QVERIFY(restore->isEnabled());
    const auto kept =
        compose::DraftFile::load(QDir(m_dir->path()).filePath(QStringLiteral("drafts/previous.json")));
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
    QCOMPARE(*kept, written);
    auto *restoreButton = compose->findChild<QAbstractButton *>(QStringLiteral("restoreDraftButton"));
    restoreButton->setFocus();
    QTest::keyClick(restoreButton, Qt::Key_Space);
    QCOMPARE(compose->draft(), written);
    QVERIFY(!note->isVisible());
    // Nothing was typed in the new one, so there is nothing more to restore.
    QVERIFY(!restore->isEnabled());

    // Ctrl+N twice keeps the last real draft, not an empty one.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(compose->draft(), empty);
    restore->trigger();
    QCOMPARE(compose->draft(), written);
}

void TestKeyboard::ctrlFSearchesAndF5Syncs()
{
    ui::MainWindow *window = m_app->mainWindow();
    ui::DirectoryPage *directory = m_app->directoryPage();
    // The first start imports the sandbox's organisation, then syncs: wait until that is done.
    QTRY_VERIFY_WITH_TIMEOUT(!directory->hasPendingWork(), 90000);

    window->showPage(m_app->composeView());
    QVERIFY(!directory->isVisible());
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(directory->isVisible());
    auto *search = directory->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTRY_VERIFY(search->hasFocus());

    QSignalSpy finished(directory, &ui::DirectoryPage::jobFinished);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(directory->isBusy()); // a sync through the signed-in bot
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(directory->messageText()));
    QVERIFY2(directory->messageText().startsWith(QStringLiteral("Synced")),
             qPrintable(directory->messageText()));
}

void TestKeyboard::everyControlIsNamedAndReachable()
{
    ui::MainWindow *window = m_app->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->directoryPage()->hasPendingWork(), 90000);
    const QList<QWidget *> pages{m_app->directoryPage(), m_app->composeView(), m_app->campaignsPage()};
    for (QWidget *page : pages) {
        window->showPage(page);
        QVERIFY(page->isVisible());
        QVERIFY2(tabChain(page).size() >= 5, qPrintable(page->objectName()));
        const QStringList missing = unnamed(page);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without an accessible name or description: ") +
                                               missing.join(QStringLiteral("; "))));
        const QStringList lost = unreachable(page);
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("not reachable with Tab: ") + lost.join(QStringLiteral("; "))));
    }
    const QStringList windowMissing = unnamed(window);
    QVERIFY2(windowMissing.isEmpty(), qPrintable(windowMissing.join(QStringLiteral("; "))));

    // The Send… dialog (with the sandbox's teams and channels) and the sign-in dialog.
    ui::SendDialog *send = m_app->campaignsPage()->confirmSend(m_app->composeView()->draft(), {});
    QVERIFY(send);
    QVERIFY(QTest::qWaitForWindowExposed(send));
    QStringList missing = unnamed(send);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Send…: ") + missing.join(QStringLiteral("; "))));
    QStringList lost = unreachable(send);
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("Send…: ") + lost.join(QStringLiteral("; "))));
    send->reject();

    QAction *switchProfile = window->findChild<QAction *>(QStringLiteral("actionSwitchProfile"));
    QVERIFY(switchProfile);
    switchProfile->trigger();
    QVERIFY(m_app->signInDialog());
    QVERIFY(QTest::qWaitForWindowExposed(m_app->signInDialog()));
    missing = unnamed(m_app->signInDialog());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Sign in: ") + missing.join(QStringLiteral("; "))));
    lost = unreachable(m_app->signInDialog());
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("Sign in: ") + lost.join(QStringLiteral("; "))));
    m_app->signInDialog()->reject();
}

void TestKeyboard::tabOrderFollowsEachForm()
{
    // Top to bottom, left to right, as each form reads.
    QString why;
    QVERIFY2(
        inOrder(order(m_app->directoryPage()),
                {QStringLiteral("importButton"), QStringLiteral("syncButton"), QStringLiteral("searchEdit"),
                 QStringLiteral("allPeopleButton"), QStringLiteral("teamTree"), QStringLiteral("rosterView"),
                 QStringLiteral("addToAudienceButton"), QStringLiteral("clearAudienceButton"),
                 QStringLiteral("cancelButton")},
                &why),
        qPrintable(why));
    QVERIFY2(inOrder(order(m_app->composeView()),
                     {QStringLiteral("restoreDraftButton"), QStringLiteral("kindCombo"),
                      QStringLiteral("templateCombo"), QStringLiteral("titleEdit"),
                      QStringLiteral("importanceCombo"), QStringLiteral("whyEdit"),
                      QStringLiteral("whatHappenedEdit"), QStringLiteral("optOutEdit"),
                      QStringLiteral("checklistList"), QStringLiteral("recipientCombo"),
                      QStringLiteral("copyJsonButton"), QStringLiteral("sendButton")},
                     &why),
             qPrintable(why));
    QVERIFY2(inOrder(order(m_app->campaignsPage()),
                     {QStringLiteral("recoveryList"), QStringLiteral("recoveryResumeButton"),
                      QStringLiteral("recoveryLeaveButton"), QStringLiteral("jobCancelButton"),
                      QStringLiteral("campaignsView"), QStringLiteral("pauseButton"),
                      QStringLiteral("resumeButton"), QStringLiteral("cancelButton"),
                      QStringLiteral("countsTree"), QStringLiteral("stateCombo"),
                      QStringLiteral("exportButton"), QStringLiteral("recipientsView")},
                     &why),
             qPrintable(why));

    ui::SendDialog *send =
        m_app->campaignsPage()->confirmSend(m_app->composeView()->draft(), {QStringLiteral("29:someone")});
    QVERIFY(send);
    QVERIFY2(
        inOrder(order(send),
                {QStringLiteral("peopleCheck"), QStringLiteral("audienceTree"), QStringLiteral("leftOutList"),
                 QStringLiteral("unresolvedList"), QStringLiteral("previewScroll"),
                 QStringLiteral("sendButton"), QStringLiteral("cancelSendButton")},
                &why),
        qPrintable(why));
    // The dialog opens on the choice, not on a button.
    QVERIFY(QTest::qWaitForWindowActive(send));
    QTRY_COMPARE(QApplication::focusWidget(), send->findChild<QWidget *>(QStringLiteral("peopleCheck")));
    send->reject();

    m_app->mainWindow()->findChild<QAction *>(QStringLiteral("actionSwitchProfile"))->trigger();
    QVERIFY(m_app->signInDialog());
    QVERIFY2(
        inOrder(order(m_app->signInDialog()),
                {QStringLiteral("profileList"), QStringLiteral("addButton"), QStringLiteral("removeButton"),
                 QStringLiteral("nameEdit"), QStringLiteral("cloudCombo"), QStringLiteral("tenantEdit"),
                 QStringLiteral("appEdit"), QStringLiteral("secretEdit"), QStringLiteral("serviceEdit"),
                 QStringLiteral("loginEdit"), QStringLiteral("sandboxButton"), QStringLiteral("testButton"),
                 QStringLiteral("saveButton"), QStringLiteral("cancelButton"),
                 QStringLiteral("signInButton")},
                &why),
        qPrintable(why));
    m_app->signInDialog()->reject();
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
