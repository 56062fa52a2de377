#include "Checklist.h"

#include "CardValidator.h"
#include "TeamsMarkdown.h"

#include <QCoreApplication>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::Checklist)
};

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
    items.append(item("title", Text::tr("A title"),
                      Text::tr("Give the message a title: Teams shows it in the notification."),
                      filled(draft.title)));
    switch (draft.kind) {
    case Draft::Kind::Welcome: {
        const WelcomeFields &w = draft.welcome;
        items.append(item("why", Text::tr("Why they receive it"),
                          Text::tr("Say why they receive this: where the app was installed, and by whom."),
                          filled(w.why)));
        items.append(item("offers", Text::tr("What the app offers"),
                          Text::tr("Say what the app offers them."), filled(w.offers)));
        items.append(
            item("nextSteps", Text::tr("What to do next"), Text::tr("Say what to do next; a button helps."),
                 filled(w.nextSteps) ||
                     (filled(w.button.title) && TeamsMarkdown::isAllowedLink(w.button.url.trimmed()))));
        break;
    }
    case Draft::Kind::Notification: {
        const NotificationFields &n = draft.notification;
        items.append(item("whatHappened", Text::tr("What happened"), Text::tr("Say what happened."),
                          filled(n.whatHappened)));
        items.append(item("subject", Text::tr("The subject"),
                          Text::tr("Name what it is about; a link helps."), filled(n.subject)));
        items.append(item("actor", Text::tr("Who did it"), Text::tr("Say who did it."), filled(n.actor)));
        items.append(item("actions", Text::tr("What they can do"),
                          Text::tr("Say what they can do about it, or add a button."),
                          filled(n.actions) || anyButton(n.buttons)));
        items.append(item("optOut", Text::tr("How to opt out"),
                          Text::tr("Say how to opt out of these notifications."), filled(n.optOut)));
        break;
    }
    case Draft::Kind::Card: {
        const QList<Diagnostic> problems = CardValidator::validateText(draft.cardJson);
        items.append(item("card", Text::tr("A card Teams accepts"),
                          problems.isEmpty() ? Text::tr("Fix the card so Teams accepts it.")
                                             : problems.constFirst().message,
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
