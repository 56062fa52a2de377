#include "directory/SearchKey.h"

#include <QTest>

using herald::directory::SearchKey;

// SearchKey::fold: the form names, emails and queries are compared in.
class tst_SearchKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void folds_data();
    void folds();
};

void tst_SearchKey::folds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QStringLiteral("Ana SMITH") << QStringLiteral("ana smith");
    QTest::newRow("acute") << QStringLiteral("José") << QStringLiteral("jose");
    QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
    QTest::newRow("eszett") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("stroke") << QStringLiteral("Łukasz Søren") << QStringLiteral("lukasz soren");
    QTest::newRow("ligature") << QStringLiteral("Æsa") << QStringLiteral("aesa");
    QTest::newRow("turkish dotless") << QStringLiteral("Işık") << QStringLiteral("isik");
    QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Thị") << QStringLiteral("nguyen thi");
    // Marks go in every script (й folds to и): queries are folded the same way, so search still meets.
    QTest::newRow("cyrillic") << QStringLiteral("ДМИТРИЙ") << QStringLiteral("дмитрии");
    QTest::newRow("cjk") << QStringLiteral("王小明") << QStringLiteral("王小明");
    QTest::newRow("spaces") << QStringLiteral("  a \t\n b  ") << QStringLiteral("a b");
    QTest::newRow("fullwidth") << QStringLiteral("ＡＢＣ") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
}

void tst_SearchKey::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchKey::fold(input), expected);
}

QTEST_GUILESS_MAIN(tst_SearchKey)
#include "tst_searchkey.moc"
