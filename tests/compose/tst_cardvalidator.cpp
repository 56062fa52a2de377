#include "compose/BuiltinTemplates.h"
#include "compose/CardValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace herald::compose;

class tst_CardValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void builtInCardIsAccepted();
    void containsHtml_data();
    void containsHtml();
};

void tst_CardValidator::validate_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("problem"); // empty: accepted; else a word of the first message

    const auto wrap = [](const QString &body, const QString &actions = u"[]"_qs,
                         const QString &version = u"1.5"_qs) {
        return uR"j({"type":"AdaptiveCard","version":"%1","body":%2,"actions":%3})j"_qs.arg(version, body,
                                                                                            actions);
    };
    QTest::newRow("minimal") << wrap(u"[]"_qs) << QString();
    QTest::newRow("all elements")
        << wrap(uR"j([
        {"type":"TextBlock","text":"**hi** <at>Ana</at>"},
        {"type":"RichTextBlock","inlines":["a",{"type":"TextRun","text":"b"}]},
        {"type":"Image","url":"https://a.example.com/i.png"},
        {"type":"ImageSet","images":[{"type":"Image","url":"https://a.example.com/i.png"}]},
        {"type":"FactSet","facts":[{"title":"a","value":"b"}]},
        {"type":"Container","items":[{"type":"TextBlock","text":"c"}]},
        {"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"d"}]}]},
        {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"ok"}]},
        {"type":"Table","rows":[{"type":"TableRow","cells":[{"type":"TableCell","items":[{"type":"TextBlock","text":"e"}]}]}]},
        {"type":"Input.Text","id":"t"},{"type":"Input.Number","id":"n"},{"type":"Input.Date","id":"d"},
        {"type":"Input.Time","id":"ti"},{"type":"Input.Toggle","id":"to","title":"x"},
        {"type":"Input.ChoiceSet","id":"c","choices":[]}])j"_qs,
                uR"j([{"type":"Action.OpenUrl","title":"a","url":"https://a.example.com"},
             {"type":"Action.ShowCard","title":"b","card":{"type":"AdaptiveCard","body":[]}},
             {"type":"Action.ToggleVisibility","title":"c","targetElements":["x"]},
             {"type":"Action.OpenUrl","title":"d","url":"mailto:a@example.com"}])j"_qs)
        << QString();
    QTest::newRow("older version") << wrap(u"[]"_qs, u"[]"_qs, u"1.2"_qs) << QString();
    QTest::newRow("version 1.6") << wrap(u"[]"_qs, u"[]"_qs, u"1.6"_qs) << u"1.5"_qs;
    QTest::newRow("version 2.0") << wrap(u"[]"_qs, u"[]"_qs, u"2.0"_qs) << u"1.5"_qs;
    QTest::newRow("no version") << uR"j({"type":"AdaptiveCard","body":[]})j"_qs << u"version"_qs;
    QTest::newRow("not a card") << uR"j({"type":"MessageCard"})j"_qs << u"AdaptiveCard"_qs;
    QTest::newRow("unknown element") << wrap(uR"j([{"type":"Carousel"}])j"_qs) << u"Carousel"_qs;
    QTest::newRow("nested unknown element")
        << wrap(uR"j([{"type":"Container","items":[{"type":"Icon"}]}])j"_qs) << u"body[0].items[0]"_qs;
    QTest::newRow("element without type") << wrap(uR"j([{"text":"x"}])j"_qs) << u"type"_qs;
    QTest::newRow("Action.Execute") << wrap(u"[]"_qs, uR"j([{"type":"Action.Execute","title":"x"}])j"_qs)
                                    << u"Action.Execute"_qs;
    QTest::newRow("Action.Execute in ActionSet")
        << wrap(uR"j([{"type":"ActionSet","actions":[{"type":"Action.Execute"}]}])j"_qs)
        << u"Action.Execute"_qs;
    QTest::newRow("seven actions")
        << wrap(u"[]"_qs,
                u"[%1]"_qs.arg(QStringList(7, uR"j({"type":"Action.Submit","title":"x"})j"_qs).join(u',')))
        << u"6"_qs;
    QTest::newRow("six actions")
        << wrap(u"[]"_qs,
                u"[%1]"_qs.arg(QStringList(6, uR"j({"type":"Action.Submit","title":"x"})j"_qs).join(u',')))
        << QString();
    QTest::newRow("html in text") << wrap(uR"j([{"type":"TextBlock","text":"<b>hi</b>"}])j"_qs) << u"HTML"_qs;
    QTest::newRow("html in fact")
        << wrap(uR"j([{"type":"FactSet","facts":[{"title":"a","value":"<br/>"}]}])j"_qs) << u"HTML"_qs;
    QTest::newRow("http image") << wrap(uR"j([{"type":"Image","url":"http://a.example.com/i.png"}])j"_qs)
                                << u"https"_qs;
    QTest::newRow("data image") << wrap(uR"j([{"type":"Image","url":"data:image/png;base64,AAAA"}])j"_qs)
                                << u"https"_qs;
    QTest::newRow("http background")
        << uR"j({"type":"AdaptiveCard","version":"1.5","backgroundImage":"http://a.example.com/b.png"})j"_qs
        << u"https"_qs;
    QTest::newRow("javascript url")
        << wrap(u"[]"_qs, uR"j([{"type":"Action.OpenUrl","title":"x","url":"javascript:alert(1)"}])j"_qs)
        << u"http, https or mailto"_qs;
    QTest::newRow("javascript select action")
        << wrap(
               uR"j([{"type":"Container","items":[],"selectAction":{"type":"Action.OpenUrl","url":"javascript:x"}}])j"_qs)
        << u"selectAction"_qs;
    QTest::newRow("bad show card")
        << wrap(
               u"[]"_qs,
               uR"j([{"type":"Action.ShowCard","card":{"type":"AdaptiveCard","body":[{"type":"Nope"}]}}])j"_qs)
        << u"Nope"_qs;
}

void tst_CardValidator::validate()
{
    QFETCH(QString, card);
    QFETCH(QString, problem);
    const auto diagnostics = CardValidator::validateText(card);
    if (problem.isEmpty()) {
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.value(0).message));
    } else {
        QVERIFY(!diagnostics.isEmpty());
        QVERIFY(diagnostics.constFirst().isError());
        QVERIFY2(diagnostics.constFirst().message.contains(problem),
                 qPrintable(diagnostics.constFirst().message));
    }
}

void tst_CardValidator::builtInCardIsAccepted()
{
    QVERIFY(CardValidator::validateText(BuiltinTemplates::card().cardJson).isEmpty());
    QVERIFY(CardValidator::validateText(u"   "_qs).constFirst().isError());
    const auto bad = CardValidator::validateText(u"{\n\"type\": \"AdaptiveCard\",\n\"version\": }"_qs);
    QVERIFY2(bad.constFirst().message.contains(u"line 3"_qs), qPrintable(bad.constFirst().message));
    QVERIFY(CardValidator::validateText(u"[1]"_qs).constFirst().message.contains(u"object"_qs));
}

void tst_CardValidator::containsHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("html");
    QTest::newRow("plain") << u"a < b > c"_qs << false;
    QTest::newRow("mention") << u"<at>Ana</at>"_qs << false;
    QTest::newRow("bold") << u"<b>x</b>"_qs << true;
    QTest::newRow("br") << u"a<br/>b"_qs << true;
    QTest::newRow("attributes") << u"<img src=x onerror=y>"_qs << true;
    QTest::newRow("closing only") << u"</div>"_qs << true;
}

void tst_CardValidator::containsHtml()
{
    QFETCH(QString, text);
    QFETCH(bool, html);
    QCOMPARE(CardValidator::containsHtml(text), html);
}

QTEST_GUILESS_MAIN(tst_CardValidator)
#include "tst_cardvalidator.moc"
