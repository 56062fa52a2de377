#pragma once

#include "compose/Checklist.h"
#include "compose/Draft.h"
#include "compose/Recipient.h"

#include <QJsonObject>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QNetworkAccessManager;

namespace Ui {
class ComposeView;
}

namespace herald::compose {
class DraftAutosave;
class TemplateStore;
} // namespace herald::compose

namespace herald::ui {

class CardPreview;

// Where a welcome message or notification is written: the kind, Teams' fields, the checklist beside them,
// and a preview of the exact activity that will be sent, for a chosen sample recipient, following the
// typing. The draft autosaves to DATA/drafts/current.json; templates live in DATA/templates.
// New message (Ctrl+N) starts an empty draft and keeps the one being written as the previous draft
// (DATA/drafts/previous.json, so it survives a restart): "Restore previous draft" swaps them back, so
// nothing typed is ever lost and no question is asked.
class ComposeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeView)

public:
    static constexpr int PreviewDelayMs = 60;

    // dataDirectory empty: nothing is saved (no autosave, built-in templates only).
    explicit ComposeView(const QString &dataDirectory, QNetworkAccessManager *nam = nullptr,
                         QWidget *parent = nullptr);
    ~ComposeView() override;

    compose::Draft draft() const;
    void setDraft(const compose::Draft &draft);

    // The people the preview can be shown for; the directory provides real ones later.
    void setSampleRecipients(const QList<compose::Recipient> &recipients);
    compose::Recipient sampleRecipient() const;

    // As of the last refresh (at most PreviewDelayMs after the last keystroke).
    QJsonObject activity() const { return m_activity; }
    QList<compose::ChecklistItem> checklist() const { return m_checklist; }
    CardPreview *preview() const;

    // The delivery work turns sending on; until then the button says why it is off.
    void setSendEnabled(bool enabled, const QString &reason = {});

    // Writes a pending autosave now (e.g. before quitting).
    void saveNow();

    // An empty draft of the same kind, the title focused; the draft being written becomes the previous one.
    void newMessage();
    // Brings the previous draft back; the one in the composer becomes the previous one (when not empty).
    void restorePreviousDraft();
    bool hasPreviousDraft() const { return m_previous.has_value(); }
    // For the window's File menu: New message (Ctrl+N) and Restore previous draft.
    QAction *newMessageAction() const { return m_newAction; }
    QAction *restoreDraftAction() const { return m_restoreAction; }

Q_SIGNALS:
    void draftChanged();
    void previewUpdated();
    void sendRequested(const herald::compose::Draft &draft);
    // The composer wants to be the visible page (New message from another page).
    void showRequested();

private:
    void connectFields();
    void onEdited();
    void refresh();
    void updateChecklist(const compose::Draft &draft);
    void showKindPage();
    void reloadTemplates(const QString &select = {});
    void applyTemplate();
    void saveAsTemplate();
    void saveTemplate(const QString &name);
    void renameTemplate();
    void deleteTemplate();
    void importTemplate();
    void exportTemplate();
    void saveDraftAs();
    QString selectedTemplate(bool userOnly) const;
    void showError(const QString &message);
    void keepAsPrevious(const compose::Draft &draft);

    QScopedPointer<Ui::ComposeView> m_ui;
    std::unique_ptr<compose::TemplateStore> m_templates;
    compose::DraftAutosave *m_autosave = nullptr;
    QTimer m_previewTimer;
    QList<compose::Recipient> m_recipients;
    QJsonObject m_activity;
    QList<compose::ChecklistItem> m_checklist;
    QString m_jsonText;
    bool m_loading = false;
    QAction *m_newAction;
    QAction *m_restoreAction;
    std::optional<compose::Draft> m_previous;
    QString m_previousPath; // empty: kept in memory only
};

} // namespace herald::ui
