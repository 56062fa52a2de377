#include "BuiltinTemplates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::BuiltinTemplates)
};

} // namespace

Draft BuiltinTemplates::welcome()
{
    Draft d;
    d.kind = Draft::Kind::Welcome;
    d.title = Text::tr("Welcome, {givenName}!");
    d.welcome.why = Text::tr("You're getting this message because Contoso IT added the *Updates* app to the "
                             "**{teamName}** team.");
    d.welcome.offers = Text::tr("Updates brings you the news that matters for your work:\n"
                                "- company announcements\n"
                                "- changes to IT services\n"
                                "- reminders before deadlines");
    d.welcome.nextSteps =
        Text::tr("Have a look at this week's announcements, and pin the app so you can find it again.");
    d.welcome.button = {Text::tr("Open announcements"), QStringLiteral("https://intranet.example.com/news")};
    return d;
}

Draft BuiltinTemplates::notification()
{
    Draft d;
    d.kind = Draft::Kind::Notification;
    d.title = Text::tr("Your expense report was approved");
    d.notification.whatHappened =
        Text::tr("Hi {givenName}, your expense report was approved and will be paid with "
                 "your next salary.");
    d.notification.subject = Text::tr("Expense report EX-1042");
    d.notification.subjectUrl = QStringLiteral("https://expenses.example.com/reports/EX-1042");
    d.notification.actor = Text::tr("Ana López (Finance)");
    d.notification.actions =
        Text::tr("Check the amounts. If something is wrong, tell Finance within five working days.");
    d.notification.buttons = {
        {Text::tr("View the report"), QStringLiteral("https://expenses.example.com/reports/EX-1042")},
        {Text::tr("Contact Finance"), QStringLiteral("mailto:finance@example.com")}};
    d.notification.optOut =
        Text::tr("You get these because you sent an expense report. To stop them, turn off "
                 "*Expense updates* in [your settings](https://expenses.example.com/settings).");
    return d;
}

Draft BuiltinTemplates::card()
{
    Draft d;
    d.kind = Draft::Kind::Card;
    d.title = Text::tr("Office closed on Friday");
    const auto text = [](const QString &t, std::initializer_list<std::pair<QString, QJsonValue>> extra = {}) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                      {QStringLiteral("text"), t},
                      {QStringLiteral("wrap"), true}};
        for (const auto &[key, value] : extra)
            o.insert(key, value);
        return o;
    };
    const auto fact = [](const QString &title, const QString &value) {
        return QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("value"), value}};
    };
    const QJsonObject card{
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("version"), QStringLiteral("1.5")},
        {QStringLiteral("body"),
         QJsonArray{
             text(Text::tr("Office closed on Friday"),
                  {{QStringLiteral("size"), QStringLiteral("large")},
                   {QStringLiteral("weight"), QStringLiteral("bolder")},
                   {QStringLiteral("style"), QStringLiteral("heading")}}),
             text(Text::tr("Hi {givenName}, the Dublin office is closed this Friday for maintenance. Please "
                           "work from home.")),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")},
                         {QStringLiteral("facts"),
                          QJsonArray{fact(Text::tr("Where"), Text::tr("Dublin office, all floors")),
                                     fact(Text::tr("Announced by"), Text::tr("Facilities team"))}}},
             text(Text::tr("You get facilities notices because you work in Dublin. Reply *stop* to opt out."),
                  {{QStringLiteral("size"), QStringLiteral("small")},
                   {QStringLiteral("isSubtle"), true},
                   {QStringLiteral("separator"), true}})}},
        {QStringLiteral("actions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
             {QStringLiteral("title"), Text::tr("More about the works")},
             {QStringLiteral("url"), QStringLiteral("https://intranet.example.com/facilities")}}}}};
    d.cardJson = QString::fromUtf8(QJsonDocument(card).toJson(QJsonDocument::Indented));
    return d;
}

QList<Template> BuiltinTemplates::all()
{
    return {{Text::tr("Welcome message (built in)"), welcome(), true},
            {Text::tr("Notification (built in)"), notification(), true},
            {Text::tr("Adaptive Card (built in)"), card(), true}};
}

} // namespace herald::compose
