// The preview draws an activity the way Teams does: checked through its labels, fonts and colours.
#include "CardPreview.h"

#include "compose/BuiltinTemplates.h"
#include "compose/MessageBuilder.h"

#include <QBuffer>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace herald;
using ui::CardPreview;

namespace {

QJsonObject activityFrom(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QList<QLabel *> labels(const CardPreview &p, const char *name)
{
    return p.findChildren<QLabel *>(QLatin1String(name));
}

// Answers every request with one fixed body: enough HTTP for the preview's image loader.
class TinyHttpServer final : public QTcpServer
{
public:
    explicit TinyHttpServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: "
                                  "close\r\nContent-Length: " +
                                  QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_body;
};

QByteArray png(int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class tst_ComposePreview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTextBlocksWithTeamsFonts();
    void rendersFactsButtonsAndMention();
    void hostileTextStaysText();
    void themes();
    void builtNotificationReadsInOrder();
    void imagesLoadInTheBackground();
    void oversizedImageShowsAPlaceholder();
};

void tst_ComposePreview::rendersTextBlocksWithTeamsFonts()
{
    CardPreview preview;
    preview.setActivity(activityFrom(
        R"j({"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[
            {"type":"TextBlock","text":"Big","size":"large","weight":"bolder","wrap":true},
            {"type":"TextBlock","text":"Huge","size":"extraLarge"},
            {"type":"TextBlock","text":"Some **bold**, _italic_ and [a link](https://example.com/a)","wrap":true},
            {"type":"TextBlock","text":"- one\n- two","wrap":true},
            {"type":"TextBlock","text":"fine print","size":"small","weight":"lighter","isSubtle":true,"wrap":true}]}}]})j"));
    const auto blocks = labels(preview, "textBlock");
    QCOMPARE(blocks.size(), 5);
    QCOMPARE(blocks.at(0)->font().pixelSize(), 18);
    QCOMPARE(blocks.at(0)->font().weight(), QFont::DemiBold);
    QVERIFY(blocks.at(0)->wordWrap());
    QCOMPARE(blocks.at(1)->font().pixelSize(), 24);
    QVERIFY(!blocks.at(1)->wordWrap());
    QCOMPARE(blocks.at(2)->font().pixelSize(), 14);
    QCOMPARE(blocks.at(2)->font().weight(), QFont::Normal);
    QVERIFY(blocks.at(2)->text().contains(QStringLiteral("<b>bold</b>")));
    QVERIFY(blocks.at(2)->text().contains(QStringLiteral("<i>italic</i>")));
    QVERIFY(blocks.at(2)->text().contains(QStringLiteral("<a href=\"https://example.com/a\"")));
    QVERIFY(blocks.at(3)->text().contains(QStringLiteral("<ul")));
    QCOMPARE(blocks.at(4)->font().pixelSize(), 12);
    QCOMPARE(blocks.at(4)->font().weight(), QFont::ExtraLight);
    QCOMPARE(blocks.at(4)->palette().color(QPalette::WindowText), QColor(0x25, 0x24, 0x24, 191));
    QCOMPARE(preview.plainText(),
             QStringLiteral("Big\nHuge\nSome bold, italic and a link\none\ntwo\nfine print"));
    const auto *card = preview.findChild<QWidget *>(QStringLiteral("card"));
    QVERIFY(card);
    QCOMPARE(card->layout()->contentsMargins(), QMargins(16, 16, 16, 16));
}

void tst_ComposePreview::rendersFactsButtonsAndMention()
{
    CardPreview preview;
    preview.setActivity(activityFrom(
        R"j({"type":"message","text":"<at>Ana López</at>","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[
            {"type":"FactSet","facts":[{"title":"About","value":"[EX-1](https://x.example.com)"},{"title":"By","value":"Finance"}]},
            {"type":"ActionSet","actions":[{"type":"Action.OpenUrl","title":"View","url":"https://x.example.com"},
                                           {"type":"Action.OpenUrl","title":"Mail","url":"mailto:f@example.com"}]}],
            "actions":[{"type":"Action.Submit","title":"Done"}]}}]})j"));
    const auto titles = labels(preview, "factTitle");
    const auto values = labels(preview, "factValue");
    QCOMPARE(titles.size(), 2);
    QCOMPARE(values.size(), 2);
    QCOMPARE(titles.at(0)->font().weight(), QFont::DemiBold);
    QCOMPARE(values.at(0)->font().weight(), QFont::Normal);
    QVERIFY(values.at(0)->text().contains(QStringLiteral("href=\"https://x.example.com\"")));
    QVERIFY(titles.at(0)->wordWrap() && values.at(0)->wordWrap());
    QStringList buttons;
    for (const QPushButton *b : preview.findChildren<QPushButton *>(QStringLiteral("actionButton")))
        buttons.append(b->text());
    QCOMPARE(buttons, (QStringList{QStringLiteral("View"), QStringLiteral("Mail"), QStringLiteral("Done")}));
    QCOMPARE(preview.plainText(),
             QStringLiteral("Ana López\nAbout\nEX-1\nBy\nFinance\n[View]\n[Mail]\n[Done]"));
}

void tst_ComposePreview::hostileTextStaysText()
{
    compose::Draft d;
    d.title = QStringLiteral("For {name}");
    d.welcome.why = QStringLiteral("<img src=x> [x](javascript:alert(1))");
    CardPreview preview;
    preview.setActivity(
        compose::MessageBuilder::build(d, *compose::Recipient::sample(QStringLiteral("29:sample-ana")))
            .activity);
    QCOMPARE(preview.plainText(),
             QStringLiteral("For <b>Ana</b> [x](javascript:alert(1))\n<img src=x> [x](javascript:alert(1))"));
    for (const QLabel *l : labels(preview, "textBlock"))
        QVERIFY2(!l->text().contains(QStringLiteral("<a ")) && !l->text().contains(QStringLiteral("<img")),
                 qPrintable(l->text()));
}

void tst_ComposePreview::themes()
{
    CardPreview preview;
    preview.setActivity(activityFrom(
        R"j({"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x"},{"type":"TextBlock","text":"y","color":"attention"}]}}]})j"));
    QCOMPARE(labels(preview, "textBlock").at(0)->palette().color(QPalette::WindowText),
             QColor(0x25, 0x24, 0x24));
    QCOMPARE(labels(preview, "textBlock").at(1)->palette().color(QPalette::WindowText),
             QColor(0xC4, 0x31, 0x4B));
    QVERIFY(preview.findChild<QWidget *>(QStringLiteral("card"))
                ->styleSheet()
                .contains(QStringLiteral("#ffffff")));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setTheme(CardPreview::Theme::Dark);
    QVERIFY(labels(preview, "textBlock").at(0)->isVisible()); // rebuilt content is on screen at once
    QCOMPARE(labels(preview, "textBlock").at(0)->palette().color(QPalette::WindowText),
             QColor(0xFF, 0xFF, 0xFF));
    QCOMPARE(labels(preview, "textBlock").at(1)->palette().color(QPalette::WindowText),
             QColor(0xD7, 0x46, 0x54));
    QVERIFY(preview.findChild<QWidget *>(QStringLiteral("card"))
                ->styleSheet()
                .contains(QStringLiteral("#2d2c2c")));
}

void tst_ComposePreview::builtNotificationReadsInOrder()
{
    compose::Draft d = compose::BuiltinTemplates::notification();
    CardPreview preview;
    preview.setActivity(
        compose::MessageBuilder::build(d, *compose::Recipient::sample(QStringLiteral("29:sample-taro")))
            .activity);
    QCOMPARE(preview.plainText(),
             QStringLiteral(
                 "Your expense report was approved\n"
                 "Hi 太郎, your expense report was approved and will be paid with your next salary.\n"
                 "About\nExpense report EX-1042\nBy\nAna López (Finance)\n"
                 "Check the amounts. If something is wrong, tell Finance within five working days.\n"
                 "[View the report]\n[Contact Finance]\n"
                 "You get these because you sent an expense report. To stop them, turn off Expense updates "
                 "in your settings."));
    QVERIFY(preview.findChild<QWidget *>(QStringLiteral("separator")));
}

void tst_ComposePreview::imagesLoadInTheBackground()
{
    TinyHttpServer server(png(40));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager nam;
    CardPreview preview;
    preview.setNetworkAccessManager(&nam);
    QSignalSpy loaded(&preview, &CardPreview::imageLoaded);
    const QString url = QStringLiteral("http://127.0.0.1:%1/logo.png").arg(server.serverPort());
    preview.setActivity(
        QJsonDocument::fromJson(
            QStringLiteral(
                R"j({"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","url":"%1","size":"medium","altText":"Logo"}]}}]})j")
                .arg(url)
                .toUtf8())
            .object());
    // setActivity returned at once: a placeholder stands in until the image arrives.
    QLabel *image = preview.findChild<QLabel *>(QStringLiteral("image"));
    QVERIFY(image);
    QCOMPARE(image->size(), QSize(52, 52));
    QCOMPARE(image->accessibleName(), QStringLiteral("Logo"));
    QVERIFY(image->pixmap().isNull());
    QCOMPARE(preview.pendingImages(), 1);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(1).toBool(), true);
    QVERIFY(!image->pixmap().isNull());
    // A rebuild takes the image from the cache, without asking again.
    preview.setTheme(CardPreview::Theme::Dark);
    QVERIFY(!preview.findChild<QLabel *>(QStringLiteral("image"))->pixmap().isNull());
    QCOMPARE(preview.pendingImages(), 0);
}

void tst_ComposePreview::oversizedImageShowsAPlaceholder()
{
    TinyHttpServer server(QByteArray(CardPreview::MaxImageBytes + 10, 'x'));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QNetworkAccessManager nam;
    CardPreview preview;
    preview.setNetworkAccessManager(&nam);
    QSignalSpy loaded(&preview, &CardPreview::imageLoaded);
    preview.setActivity(
        QJsonDocument::fromJson(
            QStringLiteral(
                R"j({"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","url":"http://127.0.0.1:%1/big.png","size":"large"}]}}]})j")
                .arg(server.serverPort())
                .toUtf8())
            .object());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(1).toBool(), false);
    QLabel *image = preview.findChild<QLabel *>(QStringLiteral("image"));
    QVERIFY(image->pixmap().isNull());
    QVERIFY(!image->text().isEmpty());
}

QTEST_MAIN(tst_ComposePreview)
#include "tst_composepreview.moc"
