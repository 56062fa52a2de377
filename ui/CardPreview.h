#pragma once

#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QNetworkAccessManager;
class QNetworkReply;

namespace herald::ui {

// Draws a message activity the way Teams does (PROTOCOL.md, "How Teams draws a card"): the message text
// (mentions) above an Adaptive Card with Teams' host config — padding, TextBlock sizes, weights, colours
// and wrapping, the markdown subset, FactSets in two columns, images loaded in the background behind a
// placeholder, buttons — in the light or dark theme. It shows the very JSON it is given.
class CardPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardPreview)

public:
    enum class Theme { Light, Dark };

    static constexpr qint64 MaxImageBytes = 1024 * 1024; // Teams' limit for card images
    static constexpr int ImageTimeoutMs = 15000;

    explicit CardPreview(QWidget *parent = nullptr);
    ~CardPreview() override;

    // Images come through this manager; without one the preview makes its own.
    void setNetworkAccessManager(QNetworkAccessManager *nam);

    void setActivity(const QJsonObject &activity);
    QJsonObject activity() const { return m_activity; }

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    // What the preview shows as text, in reading order, one element per line (tests, accessibility).
    QString plainText() const { return m_texts.join(QLatin1Char('\n')); }
    // Images still loading.
    int pendingImages() const { return int(m_replies.size()); }

Q_SIGNALS:
    void rendered();
    void imageLoaded(const QUrl &url, bool ok);

private:
    struct Palette;
    const Palette &palette() const;
    void rebuild();
    void renderElements(const QJsonArray &elements, QBoxLayout *layout, QWidget *parent);
    QWidget *renderElement(const QJsonObject &element, QWidget *parent);
    QWidget *renderTextBlock(const QJsonObject &element, QWidget *parent);
    QWidget *renderFactSet(const QJsonObject &element, QWidget *parent);
    QWidget *renderImage(const QJsonObject &element, QWidget *parent, int defaultSize);
    QWidget *renderColumnSet(const QJsonObject &element, QWidget *parent);
    QWidget *renderContainer(const QJsonObject &element, QWidget *parent);
    QWidget *renderActions(const QJsonArray &actions, QWidget *parent);
    QWidget *renderUnsupported(const QString &type, QWidget *parent);
    QLabel *makeLabel(const QString &html, QWidget *parent, const char *objectName);
    void addSpacing(QBoxLayout *layout, const QJsonObject &element, bool first, QWidget *parent);
    void requestImage(const QUrl &url, QLabel *label, int size);
    void showImage(QLabel *label, const QImage &image, int size);
    void onImageFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_nam = nullptr;
    QJsonObject m_activity;
    Theme m_theme = Theme::Light;
    QWidget *m_content = nullptr;
    QStringList m_texts;
    QHash<QUrl, QImage> m_images;           // loaded (a null image: failed)
    QHash<QUrl, QNetworkReply *> m_replies; // in flight
    QList<std::pair<QPointer<QLabel>, QUrl>> m_waiting;
};

} // namespace herald::ui
