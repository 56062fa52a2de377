#include "Draft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::Draft)
};

QJsonObject buttonToJson(const DraftButton &b)
{
    return {{QStringLiteral("title"), b.title}, {QStringLiteral("url"), b.url}};
}

DraftButton buttonFromJson(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("url")).toString()};
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString Draft::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Welcome:
        return QStringLiteral("welcome");
    case Kind::Notification:
        return QStringLiteral("notification");
    case Kind::Card:
        return QStringLiteral("card");
    }
    return {};
}

std::optional<Draft::Kind> Draft::kindFromKey(const QString &key)
{
    for (Kind k : {Kind::Welcome, Kind::Notification, Kind::Card}) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QString Draft::importanceKey(Importance importance)
{
    switch (importance) {
    case Importance::Normal:
        return QStringLiteral("normal");
    case Importance::High:
        return QStringLiteral("high");
    case Importance::Urgent:
        return QStringLiteral("urgent");
    }
    return {};
}

std::optional<Draft::Importance> Draft::importanceFromKey(const QString &key)
{
    for (Importance i : {Importance::Normal, Importance::High, Importance::Urgent}) {
        if (importanceKey(i) == key)
            return i;
    }
    return std::nullopt;
}

QJsonObject Draft::toJson() const
{
    QJsonArray buttons;
    for (const DraftButton &b : notification.buttons)
        buttons.append(buttonToJson(b));
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("herald.draft")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("title"), title},
        {QStringLiteral("importance"), importanceKey(importance)},
        {QStringLiteral("alert"), alert},
        {QStringLiteral("mentionRecipient"), mentionRecipient},
        {QStringLiteral("imageUrl"), imageUrl},
        {QStringLiteral("welcome"), QJsonObject{{QStringLiteral("why"), welcome.why},
                                                {QStringLiteral("offers"), welcome.offers},
                                                {QStringLiteral("nextSteps"), welcome.nextSteps},
                                                {QStringLiteral("button"), buttonToJson(welcome.button)}}},
        {QStringLiteral("notification"),
         QJsonObject{{QStringLiteral("whatHappened"), notification.whatHappened},
                     {QStringLiteral("subject"), notification.subject},
                     {QStringLiteral("subjectUrl"), notification.subjectUrl},
                     {QStringLiteral("actor"), notification.actor},
                     {QStringLiteral("actions"), notification.actions},
                     {QStringLiteral("buttons"), buttons},
                     {QStringLiteral("optOut"), notification.optOut},
                     {QStringLiteral("subjectLabel"), notification.subjectLabel},
                     {QStringLiteral("actorLabel"), notification.actorLabel}}},
    };
    // The card goes in as JSON when it parses (readable in the file), else as the text typed so far.
    if (!cardJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(cardJson.toUtf8());
        if (doc.isObject())
            json.insert(QStringLiteral("card"), doc.object());
        else
            json.insert(QStringLiteral("card"), cardJson);
    }
    return json;
}

Result<Draft> Draft::fromJson(const QJsonObject &json)
{
    const QString format = str(json, "format");
    if (!format.isEmpty() && format != QStringLiteral("herald.draft"))
        return Error::make(Error::Kind::Input,
                           Text::tr("This file is not a Herald draft (its format is \"%1\").").arg(format));
    const int version = json.value(QStringLiteral("version")).toInt(FormatVersion);
    if (version > FormatVersion)
        return Error::make(
            Error::Kind::Input,
            Text::tr("This draft was written by a newer Herald (format %1); update Herald to open it.")
                .arg(version));

    Draft d;
    const QString kind = str(json, "kind");
    if (!kind.isEmpty()) {
        const auto k = kindFromKey(kind);
        if (!k)
            return Error::make(
                Error::Kind::Input,
                Text::tr("Unknown draft kind \"%1\": use welcome, notification or card.").arg(kind));
        d.kind = *k;
    }
    const QString importance = str(json, "importance");
    if (!importance.isEmpty()) {
        const auto i = importanceFromKey(importance);
        if (!i)
            return Error::make(
                Error::Kind::Input,
                Text::tr("Unknown importance \"%1\": use normal, high or urgent.").arg(importance));
        d.importance = *i;
    }
    d.title = str(json, "title");
    d.alert = json.value(QStringLiteral("alert")).toBool(true);
    d.mentionRecipient = json.value(QStringLiteral("mentionRecipient")).toBool(false);
    d.imageUrl = str(json, "imageUrl");

    const QJsonObject w = json.value(QStringLiteral("welcome")).toObject();
    d.welcome.why = str(w, "why");
    d.welcome.offers = str(w, "offers");
    d.welcome.nextSteps = str(w, "nextSteps");
    d.welcome.button = buttonFromJson(w.value(QStringLiteral("button")));

    const QJsonObject n = json.value(QStringLiteral("notification")).toObject();
    d.notification.whatHappened = str(n, "whatHappened");
    d.notification.subject = str(n, "subject");
    d.notification.subjectUrl = str(n, "subjectUrl");
    d.notification.actor = str(n, "actor");
    d.notification.actions = str(n, "actions");
    d.notification.optOut = str(n, "optOut");
    d.notification.subjectLabel = str(n, "subjectLabel");
    d.notification.actorLabel = str(n, "actorLabel");
    const QJsonArray buttons = n.value(QStringLiteral("buttons")).toArray();
    for (const QJsonValue &b : buttons)
        d.notification.buttons.append(buttonFromJson(b));

    const QJsonValue card = json.value(QStringLiteral("card"));
    if (card.isObject())
        d.cardJson = QString::fromUtf8(QJsonDocument(card.toObject()).toJson(QJsonDocument::Indented));
    else if (card.isString())
        d.cardJson = card.toString();
    else if (!card.isUndefined() && !card.isNull())
        return Error::make(Error::Kind::Input,
                           Text::tr("The draft's \"card\" must be an Adaptive Card object."));
    return d;
}

} // namespace herald::compose
