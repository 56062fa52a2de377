#include "Checklist.h"

#include "CardValidator.h"
#include "TeamsMarkdown.h"

#include <QCoreApplication>

namespace herald::compose {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("herald::compose::Checklist", text);
}

bool filled(const QString &text)
{
    return !text.trimmed().isEmpty();
}

ChecklistItem item(const char *id, const QString &label, const QString &hint, bool met)
{
    return {QLatin1String(id), label, hint, met};
}

bool anyButton(const QList<DraftButton> &buttons)
{
    for (const DraftButton &b : buttons) {
        if (filled(b.title) && TeamsMarkdown::isAllowedLink(b.url.trimmed()))
            return true;
    }
    return false;
}

} // namespace

QList<ChecklistItem> Checklist::evaluate(const Draft &draft)
{
    QList<ChecklistItem> items;
    items.append(item("title", tr("A title"),
                      tr("Give the message a title: Teams shows it in the notification."),
                      filled(draft.title)));
    switch (draft.kind) {
    case Draft::Kind::Welcome: {
        const WelcomeFields &w = draft.welcome;
        items.append(item("why", tr("Why they receive it"),
                          tr("Say why they receive this: where the app was installed, and by whom."),
                          filled(w.why)));
        items.append(
            item("offers", tr("What the app offers"), tr("Say what the app offers them."), filled(w.offers)));
        items.append(item("nextSteps", tr("What to do next"), tr("Say what to do next; a button helps."),
                          filled(w.nextSteps) || (filled(w.button.title) &&
                                                  TeamsMarkdown::isAllowedLink(w.button.url.trimmed()))));
        break;
    }
    case Draft::Kind::Notification: {
        const NotificationFields &n = draft.notification;
        items.append(
            item("whatHappened", tr("What happened"), tr("Say what happened."), filled(n.whatHappened)));
        items.append(item("subject", tr("What it happened to"), tr("Say what it happened to; a link helps."),
                          filled(n.subject)));
        items.append(item("actor", tr("Who did it"), tr("Say who did it."), filled(n.actor)));
        items.append(item("actions", tr("What they can do"),
                          tr("Say what they can do about it, or add a button."),
                          filled(n.actions) || anyButton(n.buttons)));
        items.append(item("optOut", tr("How to opt out"), tr("Say how to opt out of these notifications."),
                          filled(n.optOut)));
        break;
    }
    case Draft::Kind::Card: {
        const QList<Diagnostic> problems = CardValidator::validateText(draft.cardJson);
        items.append(
            item("card", tr("A card Teams accepts"),
                 problems.isEmpty() ? tr("Fix the card so Teams accepts it.") : problems.constFirst().message,
                 problems.isEmpty()));
        break;
    }
    }
    return items;
}

int Checklist::missingCount(const QList<ChecklistItem> &items)
{
    int missing = 0;
    for (const ChecklistItem &i : items)
        missing += i.met ? 0 : 1;
    return missing;
}

} // namespace herald::compose
