// Herald on a 200 % screen (QT_SCALE_FACTOR=2): the card preview draws its images from the screen's real
// pixels, twice as many as the card's size in points, so they stay sharp instead of being blown up.
#include "CardPreview.h"

#include <QBuffer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace herald;

class TestHighDpi final : public QObject
{
    Q_OBJECT

public:
    // Before QApplication exists, as a user's environment would set it.
    static void initMain() { qputenv("QT_SCALE_FACTOR", "2"); }

private Q_SLOTS:
    void cardImagesUseTheScreensPixels();
};

void TestHighDpi::cardImagesUseTheScreensPixels()
{
    // A picture larger than the card shows it, served over loopback HTTP.
    QImage picture(400, 400, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(picture.save(&buffer, "PNG"));
    QHttpServer server;
    server.route(QStringLiteral("/logo.png"),
                 [png] { return QHttpServerResponse(QByteArrayLiteral("image/png"), png); });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);

    QNetworkAccessManager nam;
    ui::CardPreview preview;
    preview.setNetworkAccessManager(&nam);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QCOMPARE(preview.devicePixelRatioF(), 2.0);
    QSignalSpy loaded(&preview, &ui::CardPreview::imageLoaded);
    preview.setActivity(
        QJsonDocument::fromJson(
            QStringLiteral(
                R"j({"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",
        "content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Image","url":"http://127.0.0.1:%1/logo.png","size":"medium"}]}}]})j")
                .arg(port)
                .toUtf8())
            .object());
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.constFirst().at(1).toBool());

    const QPixmap pixmap = preview.findChild<QLabel *>(QStringLiteral("image"))->pixmap();
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QCOMPARE(pixmap.size(), QSize(104, 104));                 // the screen's pixels
    QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(52, 52)); // Teams' medium image size, in points
}

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi.moc"
