#include "compose/MessageBuilder.h"
#include "compose/MessageSize.h"
#include "compose/TeamsMarkdown.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace herald::compose;

namespace {

Draft draftFrom(const QString &json)
{
    const auto draft = Draft::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    if (!draft)
        qFatal("bad draft in test: %s", qPrintable(draft.error().message));
    return *draft;
}

Recipient recipientFor(const QString &id)
{
    const Recipient *r = Recipient::sample(id);
    return r ? *r : Recipient{};
}

QString pretty(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// Every TextBlock text and fact in a card, depth first.
void collectTexts(const QJsonValue &v, QStringList &out)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectTexts(item, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.value(u"type"_qs).toString() == u"TextBlock"_qs)
        out.append(o.value(u"text"_qs).toString());
    for (const QJsonValue &f : o.value(u"facts"_qs).toArray()) {
        out.append(f.toObject().value(u"title"_qs).toString());
        out.append(f.toObject().value(u"value"_qs).toString());
    }
    for (const char *key : {"body", "items", "columns"})
        collectTexts(o.value(QLatin1String(key)), out);
}

QStringList cardTexts(const QJsonObject &activity)
{
    QStringList texts;
    collectTexts(activity.value(u"attachments"_qs).toArray().at(0).toObject().value(u"content"_qs), texts);
    return texts;
}

} // namespace

class tst_MessageBuilder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactActivity_data();
    void exactActivity();
    void hostileRecipientStaysPlainText_data();
    void hostileRecipientStaysPlainText();
    void hostileAuthorTextStaysPlainText();
    void refusesUnsafeLinksAndImages_data();
    void refusesUnsafeLinksAndImages();
    void atMostThreeButtons();
    void mentionEntityTextOccursInText();
    void mentionWithoutNameIsAWarning();
    void unknownPlaceholderIsAWarning();
    void sizeThresholds_data();
    void sizeThresholds();
    void sizeCountsUtf16();
    void tooLargeMessageIsRefused();
    void largeMessageIsWarned();
    void freeCardIsValidated();
};

void tst_MessageBuilder::exactActivity_data()
{
    QTest::addColumn<QString>("draft");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("expected");

    QTest::newRow("welcome, title only")
        << uR"j({"kind":"welcome","title":"Welcome"})j"_qs << QString() << uR"j({
        "type":"message","summary":"Welcome","importance":"normal",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"Welcome",
            "body":[{"type":"TextBlock","text":"Welcome","wrap":true,"size":"large","weight":"bolder","style":"heading"}]}}],
        "channelData":{"notification":{"alert":true}}})j"_qs;

    QTest::newRow("welcome, all fields")
        << uR"j({"kind":"welcome","title":"Welcome, {givenName}!","alert":false,
        "welcome":{"why":"**{teamName}** got the app from Ana.","offers":"News:\n- one\n- two","nextSteps":"Pin it.",
                   "button":{"title":"Open","url":"https://intranet.example.com/news"}}})j"_qs
        << u"29:sample-siobhan"_qs << uR"j({
        "type":"message","summary":"Welcome, Siobhán!","importance":"normal",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"Welcome, Siobhán!\n\nMarketing got the app from Ana.\n\nNews:\n\n• one\n• two\n\nPin it.",
            "body":[{"type":"TextBlock","text":"Welcome, Siobhán!","wrap":true,"size":"large","weight":"bolder","style":"heading"},
                    {"type":"TextBlock","text":"**Marketing** got the app from Ana.","wrap":true},
                    {"type":"TextBlock","text":"News:\n\n- one\n- two","wrap":true},
                    {"type":"TextBlock","text":"Pin it.","wrap":true},
                    {"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Open","url":"https://intranet.example.com/news"}]}]}}]})j"_qs;

    QTest::newRow("notification, all fields")
        << uR"j({"kind":"notification","title":"Build failed","importance":"high",
        "notification":{"whatHappened":"The nightly build failed, {givenName}.","subject":"Pipeline *main*",
            "subjectUrl":"https://ci.example.com/p/1","actor":"CI bot","actions":"Re-run it.",
            "buttons":[{"title":"Re-run","url":"https://ci.example.com/p/1/rerun"},{"title":"","url":""},
                       {"title":"Mail","url":"mailto:ci@example.com"}],
            "optOut":"Mute in settings."}})j"_qs
        << u"29:sample-noor"_qs << uR"j({
        "type":"message","summary":"Build failed","importance":"high",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"Build failed\n\nThe nightly build failed, Noor.\n\nAbout: Pipeline *main*\nBy: CI bot\n\nRe-run it.\n\nMute in settings.",
            "body":[{"type":"TextBlock","text":"Build failed","wrap":true,"size":"large","weight":"bolder","style":"heading"},
                    {"type":"TextBlock","text":"The nightly build failed, Noor.","wrap":true},
                    {"type":"FactSet","facts":[{"title":"About","value":"[Pipeline \\*main\\*](https://ci.example.com/p/1)"},
                                               {"title":"By","value":"CI bot"}]},
                    {"type":"TextBlock","text":"Re-run it.","wrap":true},
                    {"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"Re-run","url":"https://ci.example.com/p/1/rerun"},
                                                   {"type":"Action.OpenUrl","title":"Mail","url":"mailto:ci@example.com"}]},
                    {"type":"TextBlock","text":"Mute in settings.","wrap":true,"size":"small","isSubtle":true,"separator":true,"spacing":"medium"}]}}],
        "channelData":{"notification":{"alert":true}}})j"_qs;

    QTest::newRow("image beside the title") << uR"j({"kind":"welcome","title":"News","alert":false,
        "imageUrl":"https://cdn.example.com/logo.png"})j"_qs
                                            << QString() << uR"j({
        "type":"message","summary":"News","importance":"normal",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"News",
            "body":[{"type":"ColumnSet","columns":[
                {"type":"Column","width":"auto","items":[{"type":"Image","url":"https://cdn.example.com/logo.png","size":"medium","altText":"News"}]},
                {"type":"Column","width":"stretch","verticalContentAlignment":"center","items":[
                    {"type":"TextBlock","text":"News","wrap":true,"size":"large","weight":"bolder","style":"heading"}]}]}]}}]})j"_qs;

    QTest::newRow("mention")
        << uR"j({"kind":"welcome","title":"Hi","alert":false,"mentionRecipient":true})j"_qs
        << u"29:sample-siobhan"_qs << uR"j({
        "type":"message","summary":"Hi","importance":"normal",
        "text":"<at>Siobhán O'Brien</at>","textFormat":"markdown",
        "entities":[{"type":"mention","text":"<at>Siobhán O'Brien</at>","mentioned":{"id":"29:sample-siobhan","name":"Siobhán O'Brien"}}],
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"Hi",
            "body":[{"type":"TextBlock","text":"Hi","wrap":true,"size":"large","weight":"bolder","style":"heading"}]}}]})j"_qs;

    QTest::newRow("no title: summary from the text") << uR"j({"kind":"notification","alert":false,
        "notification":{"whatHappened":"Server **down** for {name}"}})j"_qs
                                                     << QString() << uR"j({
        "type":"message","summary":"Server down for there","importance":"normal",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
            "fallbackText":"Server down for there",
            "body":[{"type":"TextBlock","text":"Server **down** for there","wrap":true}]}}]})j"_qs;

    QTest::newRow("free card, placeholders escaped where markdown")
        << uR"j({"kind":"card","alert":false,"importance":"urgent",
        "card":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi {givenName}"}],
                "actions":[{"type":"Action.OpenUrl","title":"Go {givenName}","url":"https://a.example.com"}]}})j"_qs
        << u"29:sample-ana"_qs << uR"j({
        "type":"message","summary":"Hi *Ana*","importance":"urgent",
        "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
            "type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hi \\*Ana\\*"}],
            "actions":[{"type":"Action.OpenUrl","title":"Go *Ana*","url":"https://a.example.com"}]}}]})j"_qs;
}

void tst_MessageBuilder::exactActivity()
{
    QFETCH(QString, draft);
    QFETCH(QString, recipient);
    QFETCH(QString, expected);
    QJsonParseError error;
    const QJsonObject want = QJsonDocument::fromJson(expected.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const BuiltMessage built = MessageBuilder::build(draftFrom(draft), recipientFor(recipient));
    QVERIFY2(built.diagnostics.isEmpty(), qPrintable(built.diagnostics.value(0).message));
    QVERIFY2(built.activity == want,
             qPrintable(u"got:\n"_qs + pretty(built.activity) + u"\nwanted:\n"_qs + pretty(want)));
    QCOMPARE(built.sizeBytes, MessageSize::utf16Bytes(want));
    QVERIFY(built.ok());
}

void tst_MessageBuilder::hostileRecipientStaysPlainText_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("welcome") << int(Draft::Kind::Welcome);
    QTest::newRow("notification") << int(Draft::Kind::Notification);
}

void tst_MessageBuilder::hostileRecipientStaysPlainText()
{
    QFETCH(int, kind);
    const Recipient ana = recipientFor(u"29:sample-ana"_qs);
    QVERIFY(ana.name.contains(u"<b>"_qs));
    Draft d;
    d.kind = Draft::Kind(kind);
    d.title = u"For {name}"_qs;
    d.welcome.why = u"Hello {givenName} of {teamName}"_qs;
    d.notification.whatHappened = u"Hello {givenName} of {teamName}"_qs;
    d.notification.actor = u"{name}"_qs;
    const BuiltMessage built = MessageBuilder::build(d, ana);
    QVERIFY(built.ok());
    const QStringList texts = cardTexts(built.activity);
    QVERIFY(texts.size() >= 2);
    QCOMPARE(TeamsMarkdown::toPlainText(texts.at(0)), u"For "_qs + ana.name);
    QCOMPARE(TeamsMarkdown::toPlainText(texts.at(1)), u"Hello *Ana* of R&D <team>"_qs);
    for (const QString &t : texts) {
        const QString html = TeamsMarkdown::toHtml(t);
        QVERIFY2(!html.contains(u"<a "_qs) && !html.contains(u"<b>"_qs) && !html.contains(u"<i>"_qs),
                 qPrintable(html));
        QVERIFY2(!t.contains(QRegularExpression(u"(?<!\\\\)\\]\\(javascript"_qs)),
                 qPrintable(t)); // only escaped
    }
    QCOMPARE(built.activity.value(u"summary"_qs).toString(), u"For "_qs + ana.name);
}

void tst_MessageBuilder::hostileAuthorTextStaysPlainText()
{
    Draft d;
    d.title = u"<b>Ana</b>"_qs;
    d.welcome.why = u"[x](javascript:alert(1)) <img src=x onerror=alert(1)> **ok**"_qs;
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(built.ok());
    const QStringList texts = cardTexts(built.activity);
    QCOMPARE(texts,
             (QStringList{u"\\<b\\>Ana\\</b\\>"_qs,
                          u"\\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> **ok**"_qs}));
    QCOMPARE(TeamsMarkdown::toHtml(texts.at(1)),
             u"<p style=\"margin-top:0; margin-bottom:0\">[x](javascript:alert(1)) &lt;img src=x "
             u"onerror=alert(1)&gt; <b>ok</b></p>"_qs);
}

void tst_MessageBuilder::refusesUnsafeLinksAndImages_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("javascript button") << u"welcome.button"_qs << u"javascript:alert(1)"_qs;
    QTest::newRow("data button") << u"notification.buttons"_qs << u"data:text/html,x"_qs;
    QTest::newRow("relative button") << u"welcome.button"_qs << u"/news"_qs;
    QTest::newRow("javascript subject link") << u"notification.subjectUrl"_qs << u"javascript:alert(1)"_qs;
    QTest::newRow("http image") << u"imageUrl"_qs << u"http://cdn.example.com/a.png"_qs;
    QTest::newRow("file image") << u"imageUrl"_qs << u"file:///etc/passwd"_qs;
}

void tst_MessageBuilder::refusesUnsafeLinksAndImages()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Draft d;
    d.title = u"T"_qs;
    d.kind = field.startsWith(u"notification"_qs) ? Draft::Kind::Notification : Draft::Kind::Welcome;
    d.notification.subject = u"S"_qs;
    if (field == u"welcome.button"_qs)
        d.welcome.button = {u"Go"_qs, value};
    else if (field == u"notification.buttons"_qs)
        d.notification.buttons = {{u"Go"_qs, value}};
    else if (field == u"notification.subjectUrl"_qs)
        d.notification.subjectUrl = value;
    else
        d.imageUrl = value;
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(!built.ok());
    QCOMPARE(built.diagnostics.size(), 1);
    QCOMPARE(built.diagnostics.constFirst().field, field);
    const QString json = QString::fromUtf8(QJsonDocument(built.activity).toJson());
    QVERIFY2(!json.contains(value), qPrintable(json));
    const auto activity = MessageBuilder::activity(d, {});
    QVERIFY(!activity.ok());
    QCOMPARE(activity.error().message, built.diagnostics.constFirst().message);
}

void tst_MessageBuilder::atMostThreeButtons()
{
    Draft d;
    d.kind = Draft::Kind::Notification;
    for (int i = 0; i < 3; ++i)
        d.notification.buttons.append({u"B%1"_qs.arg(i), u"https://x.example.com/%1"_qs.arg(i)});
    QVERIFY(MessageBuilder::build(d, {}).ok());
    d.notification.buttons.append({u"B4"_qs, u"https://x.example.com/4"_qs});
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(!built.ok());
    QVERIFY2(built.diagnostics.constFirst().message.contains(u"at most 3"_qs),
             qPrintable(built.diagnostics.constFirst().message));
}

void tst_MessageBuilder::mentionEntityTextOccursInText()
{
    Draft d;
    d.title = u"Hi"_qs;
    d.mentionRecipient = true;
    for (const Recipient &r : Recipient::samples()) {
        const QJsonObject a = MessageBuilder::build(d, r).activity;
        const QJsonObject entity = a.value(u"entities"_qs).toArray().at(0).toObject();
        QCOMPARE(entity.value(u"type"_qs).toString(), u"mention"_qs);
        QCOMPARE(entity.value(u"mentioned"_qs).toObject().value(u"id"_qs).toString(), r.id);
        QVERIFY(a.value(u"text"_qs).toString().contains(entity.value(u"text"_qs).toString()));
        // Only the <at> markup itself: a hostile name cannot add tags.
        QCOMPARE(a.value(u"text"_qs).toString().count(u'<'), 2);
    }
}

void tst_MessageBuilder::mentionWithoutNameIsAWarning()
{
    Draft d;
    d.title = u"Hi"_qs;
    d.mentionRecipient = true;
    const BuiltMessage built = MessageBuilder::build(d, Recipient{u"29:x"_qs, {}, {}, {}, {}});
    QVERIFY(built.ok());
    QCOMPARE(built.diagnostics.size(), 1);
    QCOMPARE(built.diagnostics.constFirst().severity, Diagnostic::Severity::Warning);
    QVERIFY(!built.activity.contains(u"entities"_qs));
}

void tst_MessageBuilder::unknownPlaceholderIsAWarning()
{
    Draft d;
    d.title = u"Hi {firstName}"_qs;
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(built.ok());
    QCOMPARE(built.diagnostics.size(), 1);
    QVERIFY(built.diagnostics.constFirst().message.contains(u"{firstName}"_qs));
}

void tst_MessageBuilder::sizeThresholds_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<int>("severity"); // -1 none
    QTest::newRow("small") << qsizetype(1000) << -1;
    QTest::newRow("80 KB") << qsizetype(80 * 1024) << -1;
    QTest::newRow("just over 80 KB") << qsizetype(80 * 1024 + 2) << int(Diagnostic::Severity::Warning);
    QTest::newRow("100 KB") << qsizetype(100 * 1024) << int(Diagnostic::Severity::Warning);
    QTest::newRow("just over 100 KB") << qsizetype(100 * 1024 + 2) << int(Diagnostic::Severity::Error);
}

void tst_MessageBuilder::sizeThresholds()
{
    QFETCH(qsizetype, bytes);
    QFETCH(int, severity);
    const auto d = MessageSize::check(bytes);
    QCOMPARE(d.has_value(), severity >= 0);
    if (d)
        QCOMPARE(int(d->severity), severity);
}

void tst_MessageBuilder::sizeCountsUtf16()
{
    QCOMPARE(MessageSize::utf16Bytes(QJsonObject{{u"t"_qs, u"é山"_qs}}),
             qsizetype(QStringView(u"{\"t\":\"é山\"}").size() * 2));
}

void tst_MessageBuilder::tooLargeMessageIsRefused()
{
    Draft d;
    d.kind = Draft::Kind::Notification;
    d.title = u"Big"_qs;
    d.notification.whatHappened = QString(55 * 1024, u'a');
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(built.sizeBytes > MessageSize::LimitBytes);
    QVERIFY(!built.ok());
    QCOMPARE(built.diagnostics.constFirst().field, u"size"_qs);
    QVERIFY2(built.diagnostics.constFirst().message.contains(u"100 KB"_qs),
             qPrintable(built.diagnostics.constFirst().message));
    QVERIFY(!MessageBuilder::activity(d, {}).ok());
}

void tst_MessageBuilder::largeMessageIsWarned()
{
    Draft d;
    d.kind = Draft::Kind::Notification;
    d.notification.whatHappened = QString(22 * 1024, u'a'); // twice: text and fallback text
    const BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY2(built.sizeBytes > MessageSize::WarnBytes && built.sizeBytes <= MessageSize::LimitBytes,
             qPrintable(QString::number(built.sizeBytes)));
    QVERIFY(built.ok());
    QCOMPARE(built.diagnostics.size(), 1);
    QCOMPARE(built.diagnostics.constFirst().severity, Diagnostic::Severity::Warning);
}

void tst_MessageBuilder::freeCardIsValidated()
{
    Draft d;
    d.kind = Draft::Kind::Card;
    d.cardJson = u"{\"type\":\"AdaptiveCard\",\"version\":\"1.6\"}"_qs;
    BuiltMessage built = MessageBuilder::build(d, {});
    QVERIFY(!built.ok());
    QVERIFY(built.diagnostics.constFirst().message.contains(u"1.5"_qs));
    d.cardJson = u"{\"type\":"_qs;
    built = MessageBuilder::build(d, {});
    QVERIFY(!built.ok());
    QVERIFY(!built.activity.contains(u"attachments"_qs));
}

QTEST_GUILESS_MAIN(tst_MessageBuilder)
#include "tst_messagebuilder.moc"
