#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace herald::compose {

// Whom one message goes to, as far as the message's placeholders need to know. The delivery work fills it
// from the directory; the compose view and `herald-cli render` use the built-in samples.
struct Recipient
{
    QString id;          // "29:…" for a person, "19:…" for a channel
    QString name;        // display name, e.g. "Siobhán O'Brien"
    QString givenName;   // may be empty: roster entries do not always carry it
    QString teamName;    // the team the app was installed in, when known
    QString channelName; // the channel a channel post goes to, when known

    bool operator==(const Recipient &) const = default;

    // {"id","name","givenName","teamName","channelName"}; missing keys are empty.
    QJsonObject toJson() const;
    static Recipient fromJson(const QJsonObject &json);

    // A handful of sample people (international names, one without a given name, one with hostile
    // markup in the name) for previews before the directory is filled.
    static QList<Recipient> samples();
    // The sample with this id, or nullptr.
    static const Recipient *sample(const QString &id);
};

} // namespace herald::compose
