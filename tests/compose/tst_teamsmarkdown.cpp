#include "compose/TeamsMarkdown.h"

#include <QRegularExpression>
#include <QTest>

using herald::compose::TeamsMarkdown;

class tst_TeamsMarkdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void escapedTextRendersLiterally_data();
    void escapedTextRendersLiterally();
    void sanitize_data();
    void sanitize();
    void allowedLinks_data();
    void allowedLinks();
    void toHtml_data();
    void toHtml();
    void toPlainText();
};

void tst_TeamsMarkdown::escape_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ordinary") << u"Siobhán O'Brien"_qs << u"Siobhán O'Brien"_qs;
    QTest::newRow("cjk") << u"山田 太郎"_qs << u"山田 太郎"_qs;
    QTest::newRow("html") << u"<b>Ana</b>"_qs << u"\\<b\\>Ana\\</b\\>"_qs;
    QTest::newRow("link") << u"[x](javascript:alert(1))"_qs << u"\\[x\\](javascript:alert(1))"_qs;
    QTest::newRow("emphasis") << u"*Ana* __B__"_qs << u"\\*Ana\\* \\_\\_B\\_\\_"_qs;
    QTest::newRow("backslash") << u"a\\b"_qs << u"a\\\\b"_qs;
    QTest::newRow("code and strike") << u"`x` ~y~"_qs << u"\\`x\\` \\~y\\~"_qs;
    QTest::newRow("entity") << u"&lt; & R&D"_qs << u"\\&lt; & R&D"_qs;
    QTest::newRow("heading") << u"# General"_qs << u"\\# General"_qs;
    QTest::newRow("list marker") << u"- item"_qs << u"\\- item"_qs;
    QTest::newRow("number marker") << u"1. Jan"_qs << u"1\\. Jan"_qs;
    QTest::newRow("newline") << u"two\nlines"_qs << u"two lines"_qs;
}

void tst_TeamsMarkdown::escape()
{
    QFETCH(QString, plain);
    QFETCH(QString, expected);
    QCOMPARE(TeamsMarkdown::escape(plain), expected);
}

void tst_TeamsMarkdown::escapedTextRendersLiterally_data()
{
    QTest::addColumn<QString>("plain");
    QTest::newRow("html") << u"<b>Ana</b>"_qs;
    QTest::newRow("link") << u"[x](javascript:alert(1))"_qs;
    QTest::newRow("https link") << u"[click](https://evil.example.com)"_qs;
    QTest::newRow("emphasis") << u"**bold** _it_ *it*"_qs;
    QTest::newRow("image") << u"![a](https://x.example.com/a.png)"_qs;
    QTest::newRow("entity") << u"&amp; &#60;"_qs;
    QTest::newRow("heading") << u"## Team"_qs;
    QTest::newRow("backslashes") << u"C:\\Users\\ana"_qs;
}

void tst_TeamsMarkdown::escapedTextRendersLiterally()
{
    QFETCH(QString, plain);
    const QString escaped = TeamsMarkdown::escape(plain);
    QCOMPARE(TeamsMarkdown::toPlainText(escaped), plain);
    const QString html = TeamsMarkdown::toHtml(escaped);
    // Teams links a bare web address, shown as itself; nothing may become a link under other words.
    static const QRegularExpression anchor(u"<a href=\"([^\"]*)\"[^>]*>([^<]*)</a>"_qs);
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        QCOMPARE(m.captured(2), m.captured(1));
    }
    QVERIFY2(!html.contains(u"<b>"_qs), qPrintable(html));
    QVERIFY2(!html.contains(u"<i>"_qs), qPrintable(html));
}

void tst_TeamsMarkdown::sanitize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold and italic kept") << u"**Now** and _then_"_qs << u"**Now** and _then_"_qs;
    QTest::newRow("https link kept") << u"see [the wiki](https://wiki.example.com/a)"_qs
                                     << u"see [the wiki](https://wiki.example.com/a)"_qs;
    QTest::newRow("mailto link kept")
        << u"[mail us](mailto:it@example.com)"_qs << u"[mail us](mailto:it@example.com)"_qs;
    QTest::newRow("javascript link escaped")
        << u"[x](javascript:alert(1))"_qs << u"\\[x\\](javascript:alert(1))"_qs;
    QTest::newRow("data link escaped") << u"[x](data:text/html,hi)"_qs << u"\\[x\\](data:text/html,hi)"_qs;
    QTest::newRow("html escaped") << u"<b>Ana</b> <script>x</script>"_qs
                                  << u"\\<b\\>Ana\\</b\\> \\<script\\>x\\</script\\>"_qs;
    QTest::newRow("image escaped") << u"![i](https://a.example.com/i.png)"_qs
                                   << u"\\![i](https://a.example.com/i.png)"_qs;
    QTest::newRow("heading escaped") << u"# Big"_qs << u"\\# Big"_qs;
    QTest::newRow("quote escaped") << u"> quoted"_qs << u"\\> quoted"_qs;
    QTest::newRow("code escaped") << u"`rm -rf`"_qs << u"\\`rm -rf\\`"_qs;
    QTest::newRow("rule escaped") << u"---"_qs << u"\\---"_qs;
    QTest::newRow("list kept") << u"Items:\n- one\n- two\n1. first"_qs
                               << u"Items:\n\n- one\n- two\n1. first"_qs;
    QTest::newRow("lines become paragraphs")
        << u"one\ntwo\r\n\r\n\r\nthree  "_qs << u"one\n\ntwo\n\nthree"_qs;
    QTest::newRow("escapes kept") << u"2 \\* 3"_qs << u"2 \\* 3"_qs;
    QTest::newRow("placeholders untouched") << u"Hi {givenName}"_qs << u"Hi {givenName}"_qs;
    QTest::newRow("link text sanitised")
        << u"[<i>x</i>](https://a.example.com)"_qs << u"[\\<i\\>x\\</i\\>](https://a.example.com)"_qs;
}

void tst_TeamsMarkdown::sanitize()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TeamsMarkdown::sanitize(text), expected);
}

void tst_TeamsMarkdown::allowedLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.com/a?b=c"_qs << true;
    QTest::newRow("http") << u"http://example.com"_qs << true;
    QTest::newRow("mailto") << u"mailto:a@example.com"_qs << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_qs << false;
    QTest::newRow("JavaScript") << u"JavaScript:alert(1)"_qs << false;
    QTest::newRow("data") << u"data:text/html;base64,PGI+"_qs << false;
    QTest::newRow("file") << u"file:///etc/passwd"_qs << false;
    QTest::newRow("relative") << u"/news"_qs << false;
    QTest::newRow("no host") << u"https://"_qs << false;
    QTest::newRow("spaces") << u" https://example.com"_qs << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_TeamsMarkdown::allowedLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(TeamsMarkdown::isAllowedLink(url), allowed);
}

void tst_TeamsMarkdown::toHtml_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    const QString p = u"<p style=\"margin-top:0; margin-bottom:0\">%1</p>"_qs;
    QTest::newRow("bold") << u"**a** b"_qs << p.arg(u"<b>a</b> b"_qs);
    QTest::newRow("italic") << u"_a_ *b*"_qs << p.arg(u"<i>a</i> <i>b</i>"_qs);
    QTest::newRow("snake_case stays") << u"snake_case_name"_qs << p.arg(u"snake_case_name"_qs);
    QTest::newRow("link") << u"[a](https://x.example.com/)"_qs
                          << p.arg(u"<a href=\"https://x.example.com/\">a</a>"_qs);
    QTest::newRow("bad link literal") << u"[a](javascript:x)"_qs << p.arg(u"[a](javascript:x)"_qs);
    QTest::newRow("html escaped") << u"<b>&"_qs << p.arg(u"&lt;b&gt;&amp;"_qs);
    QTest::newRow("soft break") << u"a\nb"_qs << p.arg(u"a b"_qs);
    QTest::newRow("list") << u"- a\n- **b**"_qs
                          << u"<ul style=\"margin-top:0; margin-bottom:0; margin-left:0; -qt-list-indent:1\">"
                             u"<li>a</li><li><b>b</b></li></ul>"_qs;
}

void tst_TeamsMarkdown::toHtml()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(TeamsMarkdown::toHtml(markdown), expected);
}

void tst_TeamsMarkdown::toPlainText()
{
    QCOMPARE(TeamsMarkdown::toPlainText(u"**Hi** [you](https://a.example.com)\n- x"_qs), u"Hi you\n• x"_qs);
}

QTEST_GUILESS_MAIN(tst_TeamsMarkdown)
#include "tst_teamsmarkdown.moc"
