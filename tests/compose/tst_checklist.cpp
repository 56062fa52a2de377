#include "compose/BuiltinTemplates.h"
#include "compose/Checklist.h"

#include <QTest>

#include <functional>

using namespace herald::compose;

using Edit = std::function<void(Draft &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

const ChecklistItem *find(const QList<ChecklistItem> &items, const QString &id)
{
    for (const ChecklistItem &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

} // namespace

class tst_Checklist final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTemplatesMeetEveryPoint();
    void itemsPerKind();
    void eachRule_data();
    void eachRule();
    void emptyDraftMissesEverything();
};

void tst_Checklist::builtInTemplatesMeetEveryPoint()
{
    for (const Template &t : BuiltinTemplates::all()) {
        const auto items = Checklist::evaluate(t.draft);
        QVERIFY2(Checklist::missingCount(items) == 0, qPrintable(t.name));
    }
}

void tst_Checklist::itemsPerKind()
{
    const auto ids = [](const Draft &d) {
        QStringList out;
        for (const ChecklistItem &i : Checklist::evaluate(d))
            out.append(i.id);
        return out;
    };
    QCOMPARE(ids(BuiltinTemplates::welcome()),
             (QStringList{u"title"_qs, u"why"_qs, u"offers"_qs, u"nextSteps"_qs}));
    QCOMPARE(ids(BuiltinTemplates::notification()),
             (QStringList{u"title"_qs, u"whatHappened"_qs, u"subject"_qs, u"actor"_qs, u"actions"_qs,
                          u"optOut"_qs}));
    QCOMPARE(ids(BuiltinTemplates::card()), (QStringList{u"title"_qs, u"card"_qs}));
}

// Each row takes a complete built-in draft, breaks one thing and expects exactly that item to go missing,
// with its hint.
void tst_Checklist::eachRule_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("hint");
    const int w = int(Draft::Kind::Welcome);
    const int n = int(Draft::Kind::Notification);
    const int c = int(Draft::Kind::Card);
    QTest::newRow("title") << w << Edit([](Draft &d) { d.title = u"  "_qs; }) << u"title"_qs << u"title"_qs;
    QTest::newRow("why") << w << Edit([](Draft &d) { d.welcome.why.clear(); }) << u"why"_qs << u"by whom"_qs;
    QTest::newRow("offers") << w << Edit([](Draft &d) { d.welcome.offers = u"\n"_qs; }) << u"offers"_qs
                            << u"what the app offers"_qs;
    QTest::newRow("next steps") << w << Edit([](Draft &d) {
        d.welcome.nextSteps.clear();
        d.welcome.button = {};
    }) << u"nextSteps"_qs << u"what to do next"_qs;
    QTest::newRow("next step as a bad button") << w << Edit([](Draft &d) {
        d.welcome.nextSteps.clear();
        d.welcome.button.url = u"javascript:x"_qs;
    }) << u"nextSteps"_qs << u"what to do next"_qs;
    QTest::newRow("what happened") << n << Edit([](Draft &d) { d.notification.whatHappened.clear(); })
                                   << u"whatHappened"_qs << u"what happened"_qs;
    QTest::newRow("subject") << n << Edit([](Draft &d) { d.notification.subject.clear(); }) << u"subject"_qs
                             << u"what it is about"_qs;
    QTest::newRow("actor") << n << Edit([](Draft &d) { d.notification.actor.clear(); }) << u"actor"_qs
                           << u"who did it"_qs;
    QTest::newRow("actions") << n << Edit([](Draft &d) {
        d.notification.actions.clear();
        d.notification.buttons.clear();
    }) << u"actions"_qs << u"what they can do"_qs;
    QTest::newRow("opt out") << n << Edit([](Draft &d) { d.notification.optOut.clear(); }) << u"optOut"_qs
                             << u"Say how to opt out of these notifications."_qs;
    QTest::newRow("card") << c << Edit([](Draft &d) {
        d.cardJson = u"{\"type\":\"AdaptiveCard\",\"version\":\"1.6\"}"_qs;
    }) << u"card"_qs << u"1.5"_qs;
}

void tst_Checklist::eachRule()
{
    QFETCH(int, kind);
    QFETCH(Edit, edit);
    QFETCH(QString, id);
    QFETCH(QString, hint);
    Draft d = kind == int(Draft::Kind::Welcome)        ? BuiltinTemplates::welcome()
              : kind == int(Draft::Kind::Notification) ? BuiltinTemplates::notification()
                                                       : BuiltinTemplates::card();
    QCOMPARE(Checklist::missingCount(Checklist::evaluate(d)), 0);
    edit(d);
    const auto items = Checklist::evaluate(d);
    QCOMPARE(Checklist::missingCount(items), 1);
    const ChecklistItem *item = find(items, id);
    QVERIFY(item);
    QVERIFY(!item->met);
    QVERIFY2(item->hint.contains(hint, Qt::CaseInsensitive), qPrintable(item->hint));
    QVERIFY(!item->label.isEmpty());
}

void tst_Checklist::emptyDraftMissesEverything()
{
    for (Draft::Kind k : {Draft::Kind::Welcome, Draft::Kind::Notification, Draft::Kind::Card}) {
        Draft d;
        d.kind = k;
        const auto items = Checklist::evaluate(d);
        QCOMPARE(Checklist::missingCount(items), items.size());
    }
    // Actions are met by a button alone.
    Draft d = BuiltinTemplates::notification();
    d.notification.actions.clear();
    QVERIFY(find(Checklist::evaluate(d), u"actions"_qs)->met);
}

QTEST_GUILESS_MAIN(tst_Checklist)
#include "tst_checklist.moc"
