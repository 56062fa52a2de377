#include "ComposeView.h"
#include "ui_ComposeView.h"

#include "CardPreview.h"
#include "Dialogs.h"
#include "Palette.h"

#include "compose/DraftAutosave.h"
#include "compose/DraftFile.h"
#include "compose/MessageBuilder.h"
#include "compose/TemplateStore.h"

#include "common/Logging.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QShortcut>

#include <algorithm>

namespace herald::ui {

using compose::Draft;
using compose::DraftButton;

namespace {

const Draft::Kind kKinds[] = {Draft::Kind::Welcome, Draft::Kind::Notification, Draft::Kind::Card};
const Draft::Importance kImportances[] = {Draft::Importance::Normal, Draft::Importance::High,
                                          Draft::Importance::Urgent};

} // namespace

ComposeView::ComposeView(const QString &dataDirectory, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_ui(new Ui::ComposeView)
    , m_newAction(new QAction(tr("&New message"), this))
    , m_restoreAction(new QAction(tr("&Restore previous draft"), this))
{
    m_ui->setupUi(this);
    m_ui->newDraftFrame->hide();
    m_newAction->setObjectName(QStringLiteral("newMessageAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(
        tr("Start an empty message; the one being written is kept as the previous draft"));
    connect(m_newAction, &QAction::triggered, this, &ComposeView::newMessage);
    m_restoreAction->setObjectName(QStringLiteral("restoreDraftAction"));
    m_restoreAction->setStatusTip(tr("Bring back the message written before New message"));
    m_restoreAction->setEnabled(false);
    connect(m_restoreAction, &QAction::triggered, this, &ComposeView::restorePreviousDraft);
    connect(m_ui->restoreDraftButton, &QPushButton::clicked, this, &ComposeView::restorePreviousDraft);
    connect(m_ui->dismissNewDraftButton, &QToolButton::clicked, m_ui->newDraftFrame, &QWidget::hide);
    m_ui->preview->setNetworkAccessManager(nam);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->cardJsonEdit->setFont(fixed);
    m_ui->jsonView->setFont(fixed);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setStretchFactor(2, 4);
    // The form gets the room its rows need (kind, template and buttons side by side); the checklist is short.
    m_ui->splitter->setSizes({520, 220, 540});
    m_ui->problemsLabel->hide();
    m_ui->kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    if (!dataDirectory.isEmpty()) {
        m_templates =
            std::make_unique<compose::TemplateStore>(compose::TemplateStore::directoryIn(dataDirectory));
        m_autosave = new compose::DraftAutosave(compose::DraftAutosave::defaultPath(dataDirectory),
                                                compose::DraftAutosave::DefaultDelayMs, this);
        connect(m_autosave, &compose::DraftAutosave::failed, this, [this](const QString &message) {
            showError(tr("Herald could not keep your draft on disk: %1").arg(message));
        });
        m_previousPath = QDir(dataDirectory).filePath(QStringLiteral("drafts/previous.json"));
        if (QFileInfo::exists(m_previousPath)) {
            if (auto previous = compose::DraftFile::load(m_previousPath); previous)
                m_previous = *previous;
            else
                qCWarning(lcCompose) << "previous draft:" << previous.error().message;
        }
        m_restoreAction->setEnabled(m_previous.has_value());
    }

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(PreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposeView::refresh);

    auto *menu = new QMenu(this);
    const QList<QAction *> templateActions{
        menu->addAction(tr("&Save as template…"), this, &ComposeView::saveAsTemplate),
        menu->addAction(tr("&Rename template…"), this, &ComposeView::renameTemplate),
        menu->addAction(tr("&Delete template"), this, &ComposeView::deleteTemplate),
        menu->addAction(tr("&Import template…"), this, &ComposeView::importTemplate),
        menu->addAction(tr("&Export template…"), this, &ComposeView::exportTemplate)};
    menu->addSeparator();
    menu->addAction(tr("Save draft as &file…"), this, &ComposeView::saveDraftAs);
    for (QAction *a : templateActions)
        a->setEnabled(m_templates != nullptr);
    m_ui->templateMenuButton->setMenu(menu);
    connect(m_ui->applyTemplateButton, &QPushButton::clicked, this, &ComposeView::applyTemplate);

    connect(m_ui->copyJsonButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->jsonView->toPlainText()); });
    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_ui->preview->setTheme(index == 1 ? CardPreview::Theme::Dark : CardPreview::Theme::Light);
    });
    // The preview starts in the theme of the system's palette, as Teams itself does.
    if (palette::isDark(palette()))
        m_ui->themeCombo->setCurrentIndex(1);
    connect(m_ui->recipientCombo, &QComboBox::currentIndexChanged, this, [this] { m_previewTimer.start(); });
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] { Q_EMIT sendRequested(draft()); });
    setSendEnabled(false, tr("Sign in to send."));
    // Ctrl+Return (and Ctrl+Enter on the keypad) from anywhere in the composer: Send…
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_ui->sendButton, &QPushButton::animateClick);
    }

    reloadTemplates();
    setSampleRecipients(compose::Recipient::samples());
    connectFields();

    Draft initial = compose::BuiltinTemplates::welcome();
    QString restoreError;
    if (m_autosave) {
        const auto saved = m_autosave->restore();
        if (!saved)
            restoreError = tr("Herald could not read your last draft: %1").arg(saved.error().message);
        else if (saved->has_value())
            initial = **saved;
    }
    setDraft(initial);
    if (!restoreError.isEmpty())
        showError(restoreError); // after the first preview, which would replace it
}

ComposeView::~ComposeView()
{
    saveNow();
}

void ComposeView::saveNow()
{
    if (m_autosave)
        (void)m_autosave->flush();
}

void ComposeView::newMessage()
{
    Q_EMIT showRequested();
    const Draft current = draft();
    Draft empty;
    empty.kind = current.kind;
    if (!(current == empty)) {
        keepAsPrevious(current);
        m_ui->newDraftFrame->show();
    }
    setDraft(empty);
    m_ui->titleEdit->setFocus(Qt::ShortcutFocusReason);
}

void ComposeView::restorePreviousDraft()
{
    if (!m_previous)
        return;
    const Draft previous = *m_previous;
    const Draft current = draft();
    Draft empty;
    empty.kind = current.kind;
    if (current == empty) {
        m_previous.reset();
        if (!m_previousPath.isEmpty())
            QFile::remove(m_previousPath);
        m_restoreAction->setEnabled(false);
    } else {
        keepAsPrevious(current); // a swap: restoring twice gives the newer message back
    }
    m_ui->newDraftFrame->hide();
    setDraft(previous);
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
}

void ComposeView::keepAsPrevious(const Draft &draft)
{
    m_previous = draft;
    m_restoreAction->setEnabled(true);
    if (m_previousPath.isEmpty())
        return;
    if (Status s = compose::DraftFile::save(m_previousPath, draft); !s)
        showError(tr("Herald could not keep the previous draft on disk: %1").arg(s.error().message));
}

CardPreview *ComposeView::preview() const
{
    return m_ui->preview;
}

void ComposeView::connectFields()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->parent() && qobject_cast<QComboBox *>(edit->parent()))
            continue;
        connect(edit, &QLineEdit::textChanged, this, &ComposeView::onEdited);
    }
    for (QPlainTextEdit *edit : {m_ui->whyEdit, m_ui->offersEdit, m_ui->nextStepsEdit, m_ui->whatHappenedEdit,
                                 m_ui->actionsEdit, m_ui->optOutEdit, m_ui->cardJsonEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &ComposeView::onEdited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        showKindPage();
        onEdited();
    });
    connect(m_ui->importanceCombo, &QComboBox::currentIndexChanged, this, &ComposeView::onEdited);
    connect(m_ui->alertCheck, &QCheckBox::toggled, this, &ComposeView::onEdited);
    connect(m_ui->mentionCheck, &QCheckBox::toggled, this, &ComposeView::onEdited);
}

void ComposeView::onEdited()
{
    if (m_loading)
        return;
    m_previewTimer.start();
    if (m_autosave)
        m_autosave->schedule(draft());
    Q_EMIT draftChanged();
}

void ComposeView::showKindPage()
{
    m_ui->kindPages->setCurrentIndex(m_ui->kindCombo->currentIndex());
}

Draft ComposeView::draft() const
{
    Draft d;
    d.kind = kKinds[qBound(0, m_ui->kindCombo->currentIndex(), 2)];
    d.title = m_ui->titleEdit->text();
    d.importance = kImportances[qBound(0, m_ui->importanceCombo->currentIndex(), 2)];
    d.alert = m_ui->alertCheck->isChecked();
    d.mentionRecipient = m_ui->mentionCheck->isChecked();
    d.imageUrl = m_ui->imageUrlEdit->text();
    d.welcome.why = m_ui->whyEdit->toPlainText();
    d.welcome.offers = m_ui->offersEdit->toPlainText();
    d.welcome.nextSteps = m_ui->nextStepsEdit->toPlainText();
    d.welcome.button = {m_ui->nextButtonTitleEdit->text(), m_ui->nextButtonUrlEdit->text()};
    d.notification.whatHappened = m_ui->whatHappenedEdit->toPlainText();
    d.notification.subject = m_ui->subjectEdit->text();
    d.notification.subjectUrl = m_ui->subjectUrlEdit->text();
    d.notification.actor = m_ui->actorEdit->text();
    d.notification.actions = m_ui->actionsEdit->toPlainText();
    const std::pair<QLineEdit *, QLineEdit *> rows[] = {{m_ui->button1TitleEdit, m_ui->button1UrlEdit},
                                                        {m_ui->button2TitleEdit, m_ui->button2UrlEdit},
                                                        {m_ui->button3TitleEdit, m_ui->button3UrlEdit}};
    for (const auto &[title, url] : rows) {
        const DraftButton b{title->text(), url->text()};
        if (!b.isEmpty())
            d.notification.buttons.append(b);
    }
    d.notification.optOut = m_ui->optOutEdit->toPlainText();
    d.notification.subjectLabel = property("subjectLabel").toString();
    d.notification.actorLabel = property("actorLabel").toString();
    d.cardJson = m_ui->cardJsonEdit->toPlainText();
    return d;
}

void ComposeView::setDraft(const Draft &d)
{
    m_loading = true;
    m_ui->kindCombo->setCurrentIndex(
        int(std::find(std::begin(kKinds), std::end(kKinds), d.kind) - std::begin(kKinds)));
    m_ui->titleEdit->setText(d.title);
    m_ui->importanceCombo->setCurrentIndex(
        int(std::find(std::begin(kImportances), std::end(kImportances), d.importance) -
            std::begin(kImportances)));
    m_ui->alertCheck->setChecked(d.alert);
    m_ui->mentionCheck->setChecked(d.mentionRecipient);
    m_ui->imageUrlEdit->setText(d.imageUrl);
    m_ui->whyEdit->setPlainText(d.welcome.why);
    m_ui->offersEdit->setPlainText(d.welcome.offers);
    m_ui->nextStepsEdit->setPlainText(d.welcome.nextSteps);
    m_ui->nextButtonTitleEdit->setText(d.welcome.button.title);
    m_ui->nextButtonUrlEdit->setText(d.welcome.button.url);
    m_ui->whatHappenedEdit->setPlainText(d.notification.whatHappened);
    m_ui->subjectEdit->setText(d.notification.subject);
    m_ui->subjectUrlEdit->setText(d.notification.subjectUrl);
    m_ui->actorEdit->setText(d.notification.actor);
    m_ui->actionsEdit->setPlainText(d.notification.actions);
    const std::pair<QLineEdit *, QLineEdit *> rows[] = {{m_ui->button1TitleEdit, m_ui->button1UrlEdit},
                                                        {m_ui->button2TitleEdit, m_ui->button2UrlEdit},
                                                        {m_ui->button3TitleEdit, m_ui->button3UrlEdit}};
    for (int i = 0; i < 3; ++i) {
        const DraftButton b = d.notification.buttons.value(i);
        rows[i].first->setText(b.title);
        rows[i].second->setText(b.url);
    }
    m_ui->optOutEdit->setPlainText(d.notification.optOut);
    // Not editable here (yet), but kept: a draft opened from a file keeps its FactSet labels.
    setProperty("subjectLabel", d.notification.subjectLabel);
    setProperty("actorLabel", d.notification.actorLabel);
    m_ui->cardJsonEdit->setPlainText(d.cardJson);
    m_loading = false;
    showKindPage();
    if (m_autosave)
        m_autosave->schedule(draft());
    refresh();
    Q_EMIT draftChanged();
}

void ComposeView::setSampleRecipients(const QList<compose::Recipient> &recipients)
{
    const QString current = sampleRecipient().id;
    m_recipients = recipients;
    QSignalBlocker block(m_ui->recipientCombo);
    m_ui->recipientCombo->clear();
    m_ui->recipientCombo->addItem(tr("Someone with no details (fallbacks)"));
    int select = m_recipients.isEmpty() ? 0 : 1;
    for (qsizetype i = 0; i < m_recipients.size(); ++i) {
        const compose::Recipient &r = m_recipients.at(i);
        m_ui->recipientCombo->addItem(r.name.isEmpty() ? r.id : r.name, r.id);
        if (!current.isEmpty() && r.id == current)
            select = int(i) + 1;
    }
    m_ui->recipientCombo->setCurrentIndex(select);
    m_previewTimer.start();
}

compose::Recipient ComposeView::sampleRecipient() const
{
    const int index = m_ui->recipientCombo->currentIndex() - 1;
    return index >= 0 && index < m_recipients.size() ? m_recipients.at(index) : compose::Recipient{};
}

void ComposeView::setSendEnabled(bool enabled, const QString &reason)
{
    m_ui->sendButton->setEnabled(enabled);
    m_ui->sendButton->setToolTip(reason);
}

void ComposeView::refresh()
{
    m_previewTimer.stop();
    const Draft d = draft();
    updateChecklist(d);
    const compose::BuiltMessage built = compose::MessageBuilder::build(d, sampleRecipient());
    m_activity = built.activity;
    m_ui->preview->setActivity(built.activity);
    const QString json = QString::fromUtf8(QJsonDocument(built.activity).toJson(QJsonDocument::Indented));
    if (json != m_jsonText) {
        m_jsonText = json;
        const int scroll = m_ui->jsonView->verticalScrollBar()->value();
        m_ui->jsonView->setPlainText(json);
        m_ui->jsonView->verticalScrollBar()->setValue(scroll);
    }
    m_ui->sizeLabel->setText(
        tr("%1 KB of Teams' 100 KB").arg(QString::number(double(built.sizeBytes) / 1024.0, 'f', 1)));

    QStringList problems;
    for (const compose::Diagnostic &diag : built.diagnostics)
        problems.append(QStringLiteral("<p style=\"color:%1\">%2 %3</p>")
                            .arg(diag.isError() ? palette::errorColor(palette()).name()
                                                : palette::warningColor(palette()).name(),
                                 diag.isError() ? tr("Error:") : tr("Note:"), diag.message.toHtmlEscaped()));
    m_ui->problemsLabel->setText(problems.join(QString()));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    Q_EMIT previewUpdated();
}

void ComposeView::updateChecklist(const Draft &d)
{
    m_checklist = compose::Checklist::evaluate(d);
    QListWidget *list = m_ui->checklistList;
    while (list->count() > m_checklist.size())
        delete list->takeItem(list->count() - 1);
    while (list->count() < m_checklist.size())
        list->addItem(new QListWidgetItem(list));
    for (qsizetype i = 0; i < m_checklist.size(); ++i) {
        const compose::ChecklistItem &c = m_checklist.at(i);
        QListWidgetItem *item = list->item(int(i));
        item->setText(c.met ? QStringLiteral("✓ %1").arg(c.label)
                            : QStringLiteral("✗ %1\n%2").arg(c.label, c.hint));
        item->setForeground(c.met ? palette::okColor(list->palette(), QPalette::Base)
                                  : palette::errorColor(list->palette(), QPalette::Base));
        item->setToolTip(c.hint);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.met);
        item->setData(Qt::AccessibleTextRole,
                      c.met ? tr("Done: %1").arg(c.label) : tr("Missing: %1. %2").arg(c.label, c.hint));
    }
    const int missing = compose::Checklist::missingCount(m_checklist);
    m_ui->checklistSummary->setText(missing == 0
                                        ? tr("Everything Teams asks for is there.")
                                        : tr("%Ln point(s) of Teams' guidance missing.", nullptr, missing));
}

void ComposeView::showError(const QString &message)
{
    qCWarning(lcCompose) << message;
    m_ui->problemsLabel->setText(QStringLiteral("<p style=\"color:%1\">%2</p>")
                                     .arg(palette::errorColor(palette()).name(), message.toHtmlEscaped()));
    m_ui->problemsLabel->show();
}

// ---- templates ----

void ComposeView::reloadTemplates(const QString &select)
{
    const QList<compose::Template> all = m_templates ? m_templates->list() : compose::BuiltinTemplates::all();
    QSignalBlocker block(m_ui->templateCombo);
    m_ui->templateCombo->clear();
    for (const compose::Template &t : all) {
        m_ui->templateCombo->addItem(t.name, t.builtIn);
        if (t.name == select)
            m_ui->templateCombo->setCurrentIndex(m_ui->templateCombo->count() - 1);
    }
}

QString ComposeView::selectedTemplate(bool userOnly) const
{
    if (m_ui->templateCombo->currentIndex() < 0)
        return {};
    if (userOnly && m_ui->templateCombo->currentData().toBool())
        return {};
    return m_ui->templateCombo->currentText();
}

void ComposeView::applyTemplate()
{
    const QString name = selectedTemplate(false);
    const QList<compose::Template> all = m_templates ? m_templates->list() : compose::BuiltinTemplates::all();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const compose::Template &t) { return t.name == name; });
    if (it == all.cend())
        return;
    const Draft current = draft();
    if (current == Draft{} || current == it->draft)
        return setDraft(it->draft);
    askQuestion(this, QMessageBox::Question, tr("Use template"),
                tr("Replace what you have written with the template \"%1\"?").arg(name), tr("Replace"),
                QMessageBox::AcceptRole, tr("Keep my text"), [this, d = it->draft] { setDraft(d); })
        ->setObjectName(QStringLiteral("useTemplateBox"));
}

void ComposeView::saveAsTemplate()
{
    if (!m_templates)
        return;
    askText(this, tr("Save as template"), tr("Template name:"), selectedTemplate(true),
            [this](const QString &name) {
                if (!m_templates->contains(name))
                    return saveTemplate(name);
                askQuestion(this, QMessageBox::Question, tr("Save as template"),
                            tr("Replace the template \"%1\"?").arg(name.trimmed()), tr("Replace"),
                            QMessageBox::AcceptRole, tr("Keep it"), [this, name] { saveTemplate(name); })
                    ->setObjectName(QStringLiteral("replaceTemplateBox"));
            })
        ->setObjectName(QStringLiteral("templateNameDialog"));
}

void ComposeView::saveTemplate(const QString &name)
{
    if (Status s = m_templates->save(name, draft()); !s)
        return showError(s.error().message);
    reloadTemplates(name.trimmed());
}

void ComposeView::renameTemplate()
{
    const QString from = selectedTemplate(true);
    if (from.isEmpty() || !m_templates)
        return showError(tr("Choose one of your own templates to rename; built-in ones stay as they are."));
    askText(this, tr("Rename template"), tr("New name:"), from, [this, from](const QString &to) {
        if (Status s = m_templates->rename(from, to); !s)
            return showError(s.error().message);
        reloadTemplates(to.trimmed());
    })->setObjectName(QStringLiteral("templateNameDialog"));
}

void ComposeView::deleteTemplate()
{
    const QString name = selectedTemplate(true);
    if (name.isEmpty() || !m_templates)
        return showError(tr("Choose one of your own templates to delete; built-in ones stay."));
    askQuestion(this, QMessageBox::Warning, tr("Delete template"),
                tr("Delete the template \"%1\"?").arg(name), tr("Delete"), QMessageBox::DestructiveRole,
                tr("Keep it"),
                [this, name] {
                    if (Status s = m_templates->remove(name); !s)
                        return showError(s.error().message);
                    reloadTemplates();
                })
        ->setObjectName(QStringLiteral("deleteTemplateBox"));
}

void ComposeView::importTemplate()
{
    if (!m_templates)
        return;
    chooseFile(this, QFileDialog::AcceptOpen, tr("Import template"), QDir::homePath(),
               {tr("Herald templates and drafts (*.json)")}, [this](const QString &path) {
                   const auto name = m_templates->importFile(path);
                   if (!name)
                       return showError(name.error().message);
                   reloadTemplates(*name);
               });
}

void ComposeView::exportTemplate()
{
    const QString name = selectedTemplate(false);
    if (name.isEmpty() || !m_templates)
        return;
    chooseFile(this, QFileDialog::AcceptSave, tr("Export template"),
               QDir::home().filePath(name + QStringLiteral(".json")), {tr("Herald templates (*.json)")},
               [this, name](const QString &path) {
                   if (Status s = m_templates->exportTo(name, path); !s)
                       showError(s.error().message);
               })
        ->setDefaultSuffix(QStringLiteral("json"));
}

void ComposeView::saveDraftAs()
{
    // The draft as it is when the file is chosen.
    chooseFile(this, QFileDialog::AcceptSave, tr("Save draft as file"),
               QDir::home().filePath(QStringLiteral("draft.json")), {tr("Herald drafts (*.json)")},
               [this](const QString &path) {
                   if (Status s = compose::DraftFile::save(path, draft()); !s)
                       showError(s.error().message);
               })
        ->setDefaultSuffix(QStringLiteral("json"));
}

} // namespace herald::ui
