#include "compose/Placeholders.h"
#include "compose/TeamsMarkdown.h"

#include <QTest>

using namespace herald::compose;

Q_DECLARE_METATYPE(herald::compose::Recipient)

class tst_Placeholders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void valuesAreTransformedOnce();
    void unknownPlaceholders();
    void neverSendsALiteralPlaceholder_data();
    void neverSendsALiteralPlaceholder();
};

void tst_Placeholders::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Recipient>("recipient");
    QTest::addColumn<QString>("expected");
    const Recipient full{u"29:1"_qs, u"Siobhán O'Brien"_qs, u"Siobhán"_qs, u"Marketing"_qs, u"General"_qs};
    const Recipient nameOnly{u"29:2"_qs, u"Noor Al-Hassan"_qs, {}, {}, {}};
    const Recipient cjk{u"29:3"_qs, u"山田太郎"_qs, {}, {}, {}};
    const Recipient nobody{u"29:4"_qs, {}, {}, {}, {}};
    QTest::newRow("all values") << u"Hi {givenName} ({name}), {teamName} / {channelName}"_qs << full
                                << u"Hi Siobhán (Siobhán O'Brien), Marketing / General"_qs;
    QTest::newRow("given name from name") << u"Hi {givenName}"_qs << nameOnly << u"Hi Noor"_qs;
    QTest::newRow("given name from unspaced name") << u"Hi {givenName}"_qs << cjk << u"Hi 山田太郎"_qs;
    QTest::newRow("no names") << u"Hi {givenName}, {name}"_qs << nobody << u"Hi there, there"_qs;
    QTest::newRow("no team") << u"in {teamName}"_qs << nameOnly << u"in your team"_qs;
    QTest::newRow("no channel") << u"in {channelName}"_qs << nameOnly << u"in this channel"_qs;
    QTest::newRow("blank given name")
        << u"{givenName}"_qs << Recipient{u"29:5"_qs, u"Ana López"_qs, u"  "_qs, {}, {}} << u"Ana"_qs;
    QTest::newRow("unknown left alone") << u"{nickname} {givenName}"_qs << full << u"{nickname} Siobhán"_qs;
    QTest::newRow("case matters") << u"{GivenName}"_qs << full << u"{GivenName}"_qs;
    QTest::newRow("repeated") << u"{givenName}{givenName}"_qs << full << u"SiobhánSiobhán"_qs;
}

void tst_Placeholders::resolve()
{
    QFETCH(QString, text);
    QFETCH(Recipient, recipient);
    QFETCH(QString, expected);
    QCOMPARE(Placeholders::resolve(text, recipient), expected);
}

void tst_Placeholders::valuesAreTransformedOnce()
{
    // A value that reads like a placeholder or like markup is neither expanded nor rendered.
    const Recipient tricky{u"29:6"_qs, u"{teamName}"_qs, u"<b>Ana</b>"_qs, u"*Team*"_qs, {}};
    QCOMPARE(Placeholders::resolve(u"{name} {givenName} {teamName}"_qs, tricky, &TeamsMarkdown::escape),
             u"{teamName} \\<b\\>Ana\\</b\\> \\*Team\\*"_qs);
}

void tst_Placeholders::unknownPlaceholders()
{
    QCOMPARE(Placeholders::unknown(u"{givenname} {givenName} {team} {givenname} {x y}"_qs),
             (QStringList{u"givenname"_qs, u"team"_qs}));
    QVERIFY(Placeholders::unknown(u"Hi {givenName} in {teamName}"_qs).isEmpty());
}

void tst_Placeholders::neverSendsALiteralPlaceholder_data()
{
    QTest::addColumn<Recipient>("recipient");
    for (const Recipient &r : Recipient::samples())
        QTest::newRow(qPrintable(r.id)) << r;
    QTest::newRow("empty") << Recipient{};
}

void tst_Placeholders::neverSendsALiteralPlaceholder()
{
    QFETCH(Recipient, recipient);
    const QString text = u"{givenName} {name} {teamName} {channelName}"_qs;
    const QString resolved = Placeholders::resolve(text, recipient);
    for (const QString &name : Placeholders::names())
        QVERIFY2(!resolved.contains(u'{' + name + u'}') || recipient.name.contains(u'{' + name + u'}') ||
                     recipient.givenName.contains(u'{' + name + u'}'),
                 qPrintable(resolved));
    QVERIFY(!resolved.startsWith(u' '));
}

QTEST_GUILESS_MAIN(tst_Placeholders)
#include "tst_placeholders.moc"
