#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace herald::compose {

// A button on the card: an Action.OpenUrl. Only http, https and mailto links are sent.
struct DraftButton
{
    QString title;
    QString url;

    bool isEmpty() const { return title.trimmed().isEmpty() && url.trimmed().isEmpty(); }
    bool operator==(const DraftButton &) const = default;
};

// The fields Teams' guidance asks of a welcome message (PROTOCOL.md, "The best practices Teams asks for").
struct WelcomeFields
{
    QString why;        // why they receive it: where the app was installed, and by whom
    QString offers;     // what the app offers
    QString nextSteps;  // what to do next
    DraftButton button; // optional: the next step as a button

    bool operator==(const WelcomeFields &) const = default;
};

// … and of a notification.
struct NotificationFields
{
    QString whatHappened;
    QString subject;            // what it happened to
    QString subjectUrl;         // optional link for the subject
    QString actor;              // who did it
    QString actions;            // what they can do about it
    QList<DraftButton> buttons; // up to MaxButtons
    QString optOut;             // how to opt out
    QString subjectLabel;       // FactSet titles; empty means the translated default ("About", "By")
    QString actorLabel;

    static constexpr int MaxButtons = 3;
    bool operator==(const NotificationFields &) const = default;
};

// What the person is writing. Both kinds' fields are kept, so switching kind loses no typing. Text fields
// may use Teams' markdown subset and the placeholders {givenName}, {name}, {teamName}, {channelName}.
// The JSON form (toJson/fromJson) is the draft file format of docs/draft-format.md.
struct Draft
{
    enum class Kind { Welcome, Notification, Card };
    enum class Importance { Normal, High, Urgent };

    Kind kind = Kind::Welcome;
    QString title;
    Importance importance = Importance::Normal;
    bool alert = true;             // channelData.notification.alert: into the activity feed
    bool mentionRecipient = false; // @mention the recipient in the message text
    QString imageUrl;              // optional, https only
    WelcomeFields welcome;
    NotificationFields notification;
    QString cardJson; // Kind::Card: the person's own Adaptive Card, as typed (it may not parse yet)

    bool operator==(const Draft &) const = default;

    static constexpr int FormatVersion = 1;
    QJsonObject toJson() const;
    static Result<Draft> fromJson(const QJsonObject &json);

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString importanceKey(Importance importance);
    static std::optional<Importance> importanceFromKey(const QString &key);
};

} // namespace herald::compose
