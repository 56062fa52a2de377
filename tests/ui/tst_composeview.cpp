// The compose view driven like a person would: typing into fields, switching kind and recipient.
#include "CardPreview.h"
#include "ComposeView.h"
#include "DialogHelpers.h"
#include "Palette.h"

#include "compose/BuiltinTemplates.h"
#include "compose/DraftAutosave.h"
#include "compose/DraftFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace herald;
using test::buttonWithRole;
using test::openDialog;
using ui::ComposeView;

namespace {

template <typename T> T *child(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// The checklist as the person sees it: id → met.
QHash<QString, bool> shownChecklist(const ComposeView &view)
{
    QHash<QString, bool> out;
    const auto *list = child<QListWidget>(view, "checklistList");
    for (int i = 0; i < list->count(); ++i)
        out.insert(list->item(i)->data(Qt::UserRole).toString(),
                   list->item(i)->data(Qt::UserRole + 1).toBool());
    return out;
}

QString shownChecklistText(const ComposeView &view)
{
    QStringList lines;
    const auto *list = child<QListWidget>(view, "checklistList");
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines.join(QLatin1Char('\n'));
}

// A dark system theme: light text on a dark window and a darker base.
QPalette darkPalette(QPalette palette, const QColor &window)
{
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    palette.setColor(QPalette::Base, QColor(0x2B, 0x2B, 0x2B));
    palette.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    return palette;
}

} // namespace

class tst_ComposeView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void startsFromTheBuiltInWelcome();
    void typingUpdatesPreviewAndChecklist();
    void recipientChoiceChangesThePreview();
    void kindSwitchShowsNotificationFieldsAndChecklist();
    void jsonTabShowsTheExactPayloadWithCopy();
    void autosaveKeepsTyping();
    void sendIsOffUntilCampaigns();
    void darkSystemPaletteStartsADarkPreview();
    void errorsAndChecklistAreReadableOnADarkPalette();
    void templatesThroughWindowModalDialogs();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ComposeView::startsFromTheBuiltInWelcome()
{
    ComposeView view(m_dir->path());
    QVERIFY(view.draft() == compose::BuiltinTemplates::welcome());
    QCOMPARE(compose::Checklist::missingCount(view.checklist()), 0);
    QVERIFY(view.preview()->plainText().startsWith(QStringLiteral("Welcome, Siobhán!")));
}

void tst_ComposeView::typingUpdatesPreviewAndChecklist()
{
    QVERIFY(ComposeView::PreviewDelayMs < 100);
    ComposeView view(m_dir->path());
    view.setDraft(compose::Draft{});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(shownChecklist(view).value(QStringLiteral("title")), false);
    QVERIFY(shownChecklistText(view).contains(QStringLiteral("Give the message a title")));
    QVERIFY(!view.preview()->plainText().contains(QStringLiteral("Hello")));

    auto *title = child<QLineEdit>(view, "titleEdit");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Hello {givenName}"));
    QTRY_VERIFY(view.preview()->plainText().contains(QStringLiteral("Hello Siobhán")));
    QTRY_COMPARE(shownChecklist(view).value(QStringLiteral("title")), true);
    QCOMPARE(shownChecklist(view).value(QStringLiteral("why")), false);

    auto *why = child<QPlainTextEdit>(view, "whyEdit");
    why->setFocus();
    QTest::keyClicks(why, QStringLiteral("Ana added the app to **{teamName}**."));
    QTRY_COMPARE(shownChecklist(view).value(QStringLiteral("why")), true);
    QTRY_VERIFY(view.preview()->plainText().contains(QStringLiteral("Ana added the app to Marketing.")));
    const auto blocks = view.preview()->findChildren<QLabel *>(QStringLiteral("textBlock"));
    QVERIFY(std::any_of(blocks.cbegin(), blocks.cend(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("<b>Marketing</b>"));
    }));
    QCOMPARE(view.draft().welcome.why, QStringLiteral("Ana added the app to **{teamName}**."));

    // A bad button link is said beside the checklist, and the button is not in the payload.
    QTest::keyClicks(child<QLineEdit>(view, "nextButtonTitleEdit"), QStringLiteral("Go"));
    QTest::keyClicks(child<QLineEdit>(view, "nextButtonUrlEdit"), QStringLiteral("javascript:alert(1)"));
    auto *problems = child<QLabel>(view, "problemsLabel");
    QTRY_VERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("https://")));
    QVERIFY(!QJsonDocument(view.activity()).toJson().contains("javascript"));
}

void tst_ComposeView::recipientChoiceChangesThePreview()
{
    ComposeView view(m_dir->path());
    view.setDraft(compose::BuiltinTemplates::welcome());
    auto *recipients = child<QComboBox>(view, "recipientCombo");
    QCOMPARE(recipients->count(), compose::Recipient::samples().size() + 1);
    recipients->setCurrentIndex(recipients->findData(QStringLiteral("29:sample-noor")));
    QTRY_VERIFY(view.preview()->plainText().startsWith(QStringLiteral("Welcome, Noor!")));
    QVERIFY(view.preview()->plainText().contains(QStringLiteral("your team")));
    recipients->setCurrentIndex(0); // nobody: the fallbacks
    QTRY_VERIFY(view.preview()->plainText().startsWith(QStringLiteral("Welcome, there!")));

    view.setSampleRecipients(
        {{QStringLiteral("29:x"), QStringLiteral("Zoë Ng"), {}, QStringLiteral("Ops"), {}}});
    recipients->setCurrentIndex(1);
    QTRY_VERIFY(view.preview()->plainText().startsWith(QStringLiteral("Welcome, Zoë!")));
    QCOMPARE(view.sampleRecipient().id, QStringLiteral("29:x"));
}

void tst_ComposeView::kindSwitchShowsNotificationFieldsAndChecklist()
{
    ComposeView view(m_dir->path());
    view.setDraft(compose::Draft{});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *kind = child<QComboBox>(view, "kindCombo");
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down); // keyboard only
    QTRY_COMPARE(view.draft().kind, compose::Draft::Kind::Notification);
    QVERIFY(child<QWidget>(view, "whatHappenedEdit")->isVisible());
    QVERIFY(!child<QWidget>(view, "whyEdit")->isVisible());
    QTRY_COMPARE(shownChecklist(view).size(), 6);
    QVERIFY(shownChecklistText(view).contains(QStringLiteral("Say how to opt out of these notifications.")));

    QTest::keyClicks(child<QPlainTextEdit>(view, "optOutEdit"), QStringLiteral("Reply stop."));
    QTRY_COMPARE(shownChecklist(view).value(QStringLiteral("optOut")), true);
    QVERIFY(!shownChecklistText(view).contains(QStringLiteral("Say how to opt out")));
    QTRY_VERIFY(view.preview()->plainText().endsWith(QStringLiteral("Reply stop.")));
}

void tst_ComposeView::jsonTabShowsTheExactPayloadWithCopy()
{
    ComposeView view(m_dir->path());
    view.setDraft(compose::BuiltinTemplates::notification());
    const auto *json = child<QPlainTextEdit>(view, "jsonView");
    QCOMPARE(QJsonDocument::fromJson(json->toPlainText().toUtf8()).object(), view.activity());
    QCOMPARE(view.preview()->activity(), view.activity());
    QTest::mouseClick(child<QPushButton>(view, "copyJsonButton"), Qt::LeftButton);
    QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object(),
             view.activity());
    QVERIFY(child<QLabel>(view, "sizeLabel")->text().contains(QStringLiteral("KB")));
}

void tst_ComposeView::autosaveKeepsTyping()
{
    {
        ComposeView view(m_dir->path());
        view.setDraft(compose::Draft{});
        QTest::keyClicks(child<QLineEdit>(view, "titleEdit"), QStringLiteral("Unsaved words"));
        // Closed before the autosave delay has passed: nothing is lost.
    }
    const auto saved = compose::DraftFile::load(compose::DraftAutosave::defaultPath(m_dir->path()));
    QVERIFY(saved.ok());
    QCOMPARE(saved->title, QStringLiteral("Unsaved words"));
    ComposeView reopened(m_dir->path());
    QCOMPARE(reopened.draft().title, QStringLiteral("Unsaved words"));
}

void tst_ComposeView::sendIsOffUntilCampaigns()
{
    ComposeView view(m_dir->path());
    auto *send = child<QPushButton>(view, "sendButton");
    QVERIFY(!send->isEnabled());
    QVERIFY(!send->toolTip().isEmpty());
    view.setSendEnabled(true);
    QSignalSpy spy(&view, &ComposeView::sendRequested);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

void tst_ComposeView::darkSystemPaletteStartsADarkPreview()
{
    const QPalette original = QApplication::palette();
    {
        ComposeView light(m_dir->path());
        QCOMPARE(light.findChild<ui::CardPreview *>()->theme(), ui::CardPreview::Theme::Light);
    }
    QApplication::setPalette(darkPalette(original, QColor(0x20, 0x20, 0x20)));
    {
        ComposeView view(m_dir->path());
        QCOMPARE(view.findChild<ui::CardPreview *>()->theme(), ui::CardPreview::Theme::Dark);
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("themeCombo"))->currentIndex(), 1);
    }
    QApplication::setPalette(original);
}

void tst_ComposeView::errorsAndChecklistAreReadableOnADarkPalette()
{
    // A dark theme whose window is a little lighter than Teams' own, where pale reds are hardest to read.
    const QPalette original = QApplication::palette();
    const QPalette dark = darkPalette(original, QColor(0x35, 0x35, 0x35));
    QApplication::setPalette(dark);
    const auto readable = [](const QColor &colour, const QColor &background) {
        const double ratio = ui::palette::contrastRatio(colour, background);
        return ratio >= 4.5 ? QString()
                            : QStringLiteral("%1 on %2: %3:1")
                                  .arg(colour.name(), background.name(), QString::number(ratio, 'f', 2));
    };
    const QRegularExpression colourOf(QStringLiteral("color:(#[0-9a-fA-F]{6})"));
    {
        ComposeView view(m_dir->path());
        auto *problems = child<QLabel>(view, "problemsLabel");

        // A card Herald cannot build: the builder's error, in red.
        compose::Draft broken;
        broken.kind = compose::Draft::Kind::Card;
        broken.cardJson = QStringLiteral("{ not json");
        view.setDraft(broken);
        QVERIFY(problems->isVisibleTo(&view));
        QRegularExpressionMatch match = colourOf.match(problems->text());
        QVERIFY2(match.hasMatch(), qPrintable(problems->text()));
        QString why = readable(QColor(match.captured(1)), dark.color(QPalette::Window));
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // Herald's own error sentence (renaming a built-in template), likewise.
        auto *templates = child<QToolButton>(view, "templateMenuButton");
        templates->menu()->actions().at(1)->trigger(); // Rename template…
        QVERIFY2(problems->text().contains(QStringLiteral("built-in")), qPrintable(problems->text()));
        match = colourOf.match(problems->text());
        QVERIFY2(match.hasMatch(), qPrintable(problems->text()));
        const QColor error(match.captured(1));
        why = readable(error, dark.color(QPalette::Window));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY2(error.red() > error.green() && error.red() > error.blue(),
                 qPrintable(error.name())); // still red

        // The checklist's met and missing points on the list's own background.
        view.setDraft(compose::BuiltinTemplates::welcome());
        const auto *list = child<QListWidget>(view, "checklistList");
        QVERIFY(list->count() > 0);
        for (int i = 0; i < list->count(); ++i) {
            why = readable(list->item(i)->foreground().color(), dark.color(QPalette::Base));
            QVERIFY2(why.isEmpty(), qPrintable(list->item(i)->text() + QStringLiteral(": ") + why));
        }
    }
    QApplication::setPalette(original);
}

// Save as, replace, use, rename and delete a template the way a person does: each question is a window-modal
// dialog opened without a nested event loop (the menu action returns at once, the dialog is then answered).
void tst_ComposeView::templatesThroughWindowModalDialogs()
{
    ComposeView view(m_dir->path());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *combo = child<QComboBox>(view, "templateCombo");
    QMenu *menu = child<QToolButton>(view, "templateMenuButton")->menu();
    auto trigger = [&](const QString &prefix) {
        for (QAction *a : menu->actions()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(prefix))
                return a->trigger();
        }
        QFAIL(qPrintable(QStringLiteral("no menu item ") + prefix));
    };
    compose::Draft mine = compose::BuiltinTemplates::welcome();
    mine.title = QStringLiteral("Welcome aboard, {givenName}");
    view.setDraft(mine);
    trigger(QStringLiteral("Save as template"));
    QInputDialog *name = openDialog<QInputDialog>(view, "templateNameDialog");
    QVERIFY(name);
    QVERIFY(name->isModal());
    QTest::keyClicks(name->findChild<QLineEdit *>(), QStringLiteral("Onboarding"));
    name->accept();
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Onboarding"));

    // The same name again asks first; "Keep it" keeps what was stored.
    compose::Draft other = compose::BuiltinTemplates::welcome();
    other.title = QStringLiteral("Something else");
    view.setDraft(other);
    trigger(QStringLiteral("Save as template"));
    name = openDialog<QInputDialog>(view, "templateNameDialog");
    QVERIFY(name);
    QCOMPARE(name->textValue(), QStringLiteral("Onboarding")); // the chosen template's name is proposed
    name->accept();
    QMessageBox *replace = openDialog<QMessageBox>(view, "replaceTemplateBox");
    QVERIFY(replace);
    QVERIFY(replace->text().contains(QStringLiteral("Onboarding")));
    QTest::mouseClick(buttonWithRole(replace, QMessageBox::RejectRole), Qt::LeftButton);

    // Using it over other text asks too; Replace puts the stored one in.
    QCOMPARE(combo->currentText(), QStringLiteral("Onboarding"));
    child<QPushButton>(view, "applyTemplateButton")->click();
    QMessageBox *use = openDialog<QMessageBox>(view, "useTemplateBox");
    QVERIFY(use);
    QCOMPARE(view.draft(), other); // nothing replaced before the answer
    QTest::mouseClick(buttonWithRole(use, QMessageBox::AcceptRole), Qt::LeftButton);
    QTRY_COMPARE(view.draft().title, mine.title);

    // Rename.
    trigger(QStringLiteral("Rename template"));
    name = openDialog<QInputDialog>(view, "templateNameDialog");
    QVERIFY(name);
    name->setTextValue(QStringLiteral("Welcome wave"));
    name->accept();
    QTRY_COMPARE(combo->currentText(), QStringLiteral("Welcome wave"));
    QCOMPARE(combo->findText(QStringLiteral("Onboarding")), -1);

    // Delete: Enter alone does not delete (the default button keeps it); the destructive button does.
    trigger(QStringLiteral("Delete template"));
    QMessageBox *del = openDialog<QMessageBox>(view, "deleteTemplateBox");
    QVERIFY(del);
    QCOMPARE(del->buttonRole(del->defaultButton()), QMessageBox::RejectRole);
    QTest::keyClick(del, Qt::Key_Return);
    QTRY_VERIFY(!del->isVisible());
    QVERIFY(combo->findText(QStringLiteral("Welcome wave")) >= 0);
    combo->setCurrentIndex(combo->findText(QStringLiteral("Welcome wave")));
    trigger(QStringLiteral("Delete template"));
    del = openDialog<QMessageBox>(view, "deleteTemplateBox");
    QVERIFY(del);
    QTest::mouseClick(buttonWithRole(del, QMessageBox::DestructiveRole), Qt::LeftButton);
    QTRY_COMPARE(combo->findText(QStringLiteral("Welcome wave")), -1);
}

QTEST_MAIN(tst_ComposeView)
#include "tst_composeview.moc"
