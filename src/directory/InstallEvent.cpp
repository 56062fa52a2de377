#include "InstallEvent.h"

#include "Reachability.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>

namespace herald::directory {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::directory)
};

// Unicode's control characters (category Cc) are exactly U+0000–U+001F and U+007F–U+009F.
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

// A field's name for a reason, e.g. "membersAdded" + ".id"; only built when a check fails.
struct Field
{
    QStringView name;
    QLatin1String member = {};
    QString text() const { return name.toString() + member; }
};

// Thrown nowhere: each helper returns false and fills the reason.
struct Reader
{
    QString *reason;

    bool fail(const QString &why)
    {
        *reason = why;
        return false;
    }

    // Display text: control characters become spaces, ends trimmed, at most MaxTextLength.
    bool text(const QString &s, Field field, QString *out)
    {
        if (s.size() > InstallEvent::MaxTextLength)
            return fail(Text::tr("The field \"%1\" is longer than %2 characters.")
                            .arg(field.text())
                            .arg(InstallEvent::MaxTextLength));
        const char16_t *begin = reinterpret_cast<const char16_t *>(s.constData());
        const char16_t *end = begin + s.size();
        const char16_t *control = std::find_if(begin, end, isControl);
        if (control == end) {
            *out = s.trimmed(); // shares s when there is nothing to trim
            return true;
        }
        QString cleaned = s;
        for (QChar &c : cleaned) {
            if (isControl(c.unicode()))
                c = u' ';
        }
        *out = std::move(cleaned).trimmed();
        return true;
    }

    bool text(const QJsonValue &value, Field field, QString *out)
    {
        if (value.isUndefined() || value.isNull()) {
            out->clear();
            return true;
        }
        if (!value.isString())
            return fail(Text::tr("The field \"%1\" is not text.").arg(field.text()));
        return text(value.toString(), field, out);
    }

    // An id: printable, no white space, at most MaxIdLength; prefix checked when given.
    bool id(const QString &s, Field field, QString *out, bool required, QStringView prefix = {})
    {
        if (s.isEmpty()) {
            out->clear();
            return required ? fail(Text::tr("The field \"%1\" is missing.").arg(field.text())) : true;
        }
        if (s.size() > InstallEvent::MaxIdLength)
            return fail(Text::tr("The field \"%1\" is longer than %2 characters.")
                            .arg(field.text())
                            .arg(InstallEvent::MaxIdLength));
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (u <= 0x20 || isControl(u) || (u > 0x7F && c.isSpace()))
                return fail(
                    Text::tr("The field \"%1\" contains spaces or control characters.").arg(field.text()));
        }
        if (!prefix.isEmpty() && !s.startsWith(prefix))
            return fail(Text::tr("The field \"%1\" is not a Teams id starting with \"%2\".")
                            .arg(field.text(), prefix.toString()));
        *out = s;
        return true;
    }

    bool id(const QJsonValue &value, Field field, QString *out, bool required, QStringView prefix = {})
    {
        if (value.isUndefined() || value.isNull()) {
            out->clear();
            return required ? fail(Text::tr("The field \"%1\" is missing.").arg(field.text())) : true;
        }
        if (!value.isString())
            return fail(Text::tr("The field \"%1\" is not text.").arg(field.text()));
        return id(value.toString(), field, out, required, prefix);
    }

    bool serviceUrl(const QJsonValue &value, QString *out)
    {
        if (!id(value, Field{u"serviceUrl"}, out, false))
            return false;
        if (out->isEmpty())
            return true;
        // Every event of a file names the same one or two service URLs: parse each only once.
        thread_local QString lastValid;
        if (*out == lastValid)
            return true;
        const QUrl url(*out, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return fail(Text::tr("The serviceUrl is not an http(s) address."));
        lastValid = *out;
        return true;
    }

    // A member object {id, aadObjectId, name…}. Returns false on a bad shape; *isUser false for bots (28:).
    bool member(const QJsonValue &value, QStringView field, PersonRecord *out, bool *isUser)
    {
        if (!value.isObject())
            return fail(Text::tr("An entry of \"%1\" is not an object.").arg(field));
        const QJsonObject o = value.toObject();
        QString memberId;
        if (!id(o.value(u"id"), Field{field, QLatin1String(".id")}, &memberId, true))
            return false;
        *isUser = memberId.startsWith(u"29:");
        if (!*isUser)
            return true;
        out->id = memberId;
        return id(o.value(u"aadObjectId"), Field{field, QLatin1String(".aadObjectId")}, &out->aadObjectId,
                  false) &&
               text(o.value(u"name"), Field{field, QLatin1String(".name")}, &out->name) &&
               text(o.value(u"givenName"), Field{field, QLatin1String(".givenName")}, &out->givenName) &&
               text(o.value(u"surname"), Field{field, QLatin1String(".surname")}, &out->surname) &&
               text(o.value(u"email"), Field{field, QLatin1String(".email")}, &out->email) &&
               text(o.value(u"userPrincipalName"), Field{field, QLatin1String(".userPrincipalName")},
                    &out->userPrincipalName) &&
               text(o.value(u"userRole"), Field{field, QLatin1String(".userRole")}, &out->userRole);
    }

    // The users of a members array, and whether botId (or any 28: id when botId is empty) is among them.
    bool members(const QJsonValue &value, QStringView field, const QString &botId, QList<PersonRecord> *users,
                 bool *bot)
    {
        *bot = false;
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(Text::tr("The field \"%1\" is not a list.").arg(field));
        const QJsonArray array = value.toArray();
        if (array.size() > 100000)
            return fail(Text::tr("The field \"%1\" has too many entries.").arg(field));
        for (const QJsonValue &entry : array) {
            PersonRecord person;
            bool isUser = false;
            if (!member(entry, field, &person, &isUser))
                return false;
            if (isUser) {
                users->append(person);
            } else {
                const QString entryId = entry.toObject().value(u"id").toString();
                if (botId.isEmpty() ? entryId.startsWith(u"28:") : entryId == botId)
                    *bot = true;
            }
        }
        return true;
    }
};

} // namespace

bool InstallEvent::cleanText(const QString &value, const QString &field, QString *out, QString *reason)
{
    Reader r{reason};
    return r.text(value, Field{field}, out);
}

bool InstallEvent::cleanId(const QString &value, const QString &field, bool required, QStringView prefix,
                           QString *out, QString *reason)
{
    Reader r{reason};
    return r.id(value.trimmed(), Field{field}, out, required, prefix);
}

bool InstallEvent::parse(const QByteArray &line, InstallEvent *event, QString *reason)
{
    Reader r{reason};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        return r.fail(Text::tr("The line is not valid UTF-8 text."));
    if (error.error != QJsonParseError::NoError)
        return r.fail(Text::tr("The line is not valid JSON (%1 at character %2).")
                          .arg(error.errorString())
                          .arg(error.offset));
    if (!doc.isObject())
        return r.fail(Text::tr("The line is not a JSON object."));
    const QJsonObject a = doc.object();

    const QString type = a.value(u"type").toString();
    const bool installation = type == u"installationUpdate";
    if (type != u"conversationUpdate" && !installation) {
        if (type.isEmpty())
            return r.fail(Text::tr("The activity has no \"type\"."));
        return r.fail(Text::tr("Not an install event: the activity type is \"%1\", not conversationUpdate or "
                               "installationUpdate.")
                          .arg(type.left(40)));
    }
    *event = InstallEvent();
    const QJsonObject conversation = a.value(u"conversation").toObject();
    const QJsonObject channelData = a.value(u"channelData").toObject();
    if (!r.id(conversation.value(u"id"), Field{u"conversation.id"}, &event->conversationId, true) ||
        !r.serviceUrl(a.value(u"serviceUrl"), &event->serviceUrl))
        return false;
    if (!r.id(channelData.value(u"tenant").toObject().value(u"id"), Field{u"channelData.tenant.id"},
              &event->tenantId, false))
        return false;
    if (event->tenantId.isEmpty() &&
        !r.id(conversation.value(u"tenantId"), Field{u"conversation.tenantId"}, &event->tenantId, false))
        return false;
    QString botId;
    if (!r.id(a.value(u"recipient").toObject().value(u"id"), Field{u"recipient.id"}, &botId, false))
        return false;

    QString conversationType = conversation.value(u"conversationType").toString();
    const QJsonObject teamObject = channelData.value(u"team").toObject();
    if (conversationType.isEmpty())
        conversationType = teamObject.isEmpty() ? QStringLiteral("personal") : QStringLiteral("channel");
    if (conversationType == u"groupChat")
        return r.fail(Text::tr("Group chats are not part of the directory."));
    if (conversationType != u"personal" && conversationType != u"channel")
        return r.fail(Text::tr("Unknown conversationType \"%1\".").arg(conversationType.left(40)));

    Change installChange = Change::None;
    if (installation) {
        const QString action = a.value(u"action").toString();
        if (action == u"add" || action == u"add-upgrade")
            installChange = Change::Added;
        else if (action == u"remove" || action == u"remove-upgrade")
            installChange = Change::Removed;
        else
            return r.fail(Text::tr("Unknown installationUpdate action \"%1\".").arg(action.left(40)));
    }

    QList<PersonRecord> added;
    QList<PersonRecord> removed;
    bool botAdded = false;
    bool botRemoved = false;
    if (!r.members(a.value(u"membersAdded"), u"membersAdded", botId, &added, &botAdded) ||
        !r.members(a.value(u"membersRemoved"), u"membersRemoved", botId, &removed, &botRemoved))
        return false;

    if (conversationType == u"personal") {
        event->scope = Scope::Personal;
        PersonRecord from;
        bool fromIsUser = false;
        const QJsonValue fromValue = a.value(u"from");
        if (fromValue.isObject() && !r.member(fromValue, u"from", &from, &fromIsUser))
            return false;
        if (fromIsUser)
            event->user = from;
        else if (!added.isEmpty())
            event->user = added.constFirst();
        else if (!removed.isEmpty())
            event->user = removed.constFirst();
        else
            return r.fail(
                Text::tr("The event names no user (an id starting with \"29:\") in from, membersAdded or "
                         "membersRemoved."));
        event->user.conversationId = event->conversationId;
        event->user.tenantId = event->tenantId;
        event->user.serviceUrl = event->serviceUrl;
        if (installChange != Change::None) {
            event->install = installChange;
            event->uninstallReason = QLatin1String(UnreachableReason::Uninstalled);
        } else if (botRemoved || !removed.isEmpty()) {
            event->install = Change::Removed;
            event->uninstallReason = QLatin1String(UnreachableReason::BotRemoved);
        } else if (botAdded || !added.isEmpty()) {
            event->install = Change::Added;
        }
        return true;
    }

    event->scope = Scope::Team;
    if (!r.id(teamObject.value(u"id"), Field{u"channelData.team.id"}, &event->team.id, true) ||
        !r.text(teamObject.value(u"name"), Field{u"channelData.team.name"}, &event->team.name) ||
        !r.id(teamObject.value(u"aadGroupId"), Field{u"channelData.team.aadGroupId"}, &event->team.aadGroupId,
              false))
        return false;
    event->team.tenantId = event->tenantId;
    event->team.serviceUrl = event->serviceUrl;
    const QJsonObject channel = channelData.value(u"channel").toObject();
    if (!r.id(channel.value(u"id"), Field{u"channelData.channel.id"}, &event->channelId, false) ||
        !r.text(channel.value(u"name"), Field{u"channelData.channel.name"}, &event->channelName))
        return false;
    const QString eventType = channelData.value(u"eventType").toString();
    event->channelDeleted = eventType == u"channelDeleted";
    if (installChange != Change::None)
        event->botInTeam = installChange;
    else if (botRemoved || eventType == u"teamDeleted" || eventType == u"teamArchived")
        event->botInTeam = Change::Removed;
    else if (botAdded || eventType == u"teamRestored" || eventType == u"teamUnarchived")
        event->botInTeam = Change::Added;
    for (PersonRecord &p : added)
        p.tenantId = event->tenantId;
    event->membersAdded = added;
    event->membersRemoved = removed;
    return true;
}

} // namespace herald::directory
