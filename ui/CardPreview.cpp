#include "CardPreview.h"

#include "compose/TeamsMarkdown.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace herald::ui {

using compose::TeamsMarkdown;

// Teams' host config (microsoft/AdaptiveCards samples/HostConfig/microsoft-teams-{light,dark}.json).
struct CardPreview::Palette
{
    QColor text, background, emphasis, accent, good, warning, attention, host, border, separator, light, dark;
};

namespace {

constexpr int kPadding = 16;
constexpr int kActionSpacing = 8;
constexpr int kFactColumnSpacing = 16;
constexpr int kFactTitleMaxWidth = 150;

const QStringList &fontFamilies()
{
    static const QStringList families{QStringLiteral("Segoe UI"), QStringLiteral("Tahoma"),
                                      QStringLiteral("Geneva"), QStringLiteral("Verdana"),
                                      QStringLiteral("sans-serif")};
    return families;
}

int spacingPx(const QString &spacing)
{
    if (spacing == QStringLiteral("none"))
        return 0;
    if (spacing == QStringLiteral("small"))
        return 8;
    if (spacing == QStringLiteral("medium"))
        return 16;
    if (spacing == QStringLiteral("large"))
        return 20;
    if (spacing == QStringLiteral("extraLarge"))
        return 24;
    if (spacing == QStringLiteral("padding"))
        return kPadding;
    return 12; // default
}

int fontPx(const QString &size)
{
    if (size.compare(QStringLiteral("small"), Qt::CaseInsensitive) == 0)
        return 12;
    if (size.compare(QStringLiteral("large"), Qt::CaseInsensitive) == 0)
        return 18;
    if (size.compare(QStringLiteral("extraLarge"), Qt::CaseInsensitive) == 0)
        return 24;
    return 14; // default, medium
}

QFont::Weight fontWeight(const QString &weight)
{
    if (weight.compare(QStringLiteral("lighter"), Qt::CaseInsensitive) == 0)
        return QFont::ExtraLight; // 200
    if (weight.compare(QStringLiteral("bolder"), Qt::CaseInsensitive) == 0)
        return QFont::DemiBold; // 600
    return QFont::Normal;       // 400
}

int imagePx(const QString &size, int fallback)
{
    if (size.compare(QStringLiteral("small"), Qt::CaseInsensitive) == 0)
        return 32;
    if (size.compare(QStringLiteral("medium"), Qt::CaseInsensitive) == 0)
        return 52;
    if (size.compare(QStringLiteral("large"), Qt::CaseInsensitive) == 0)
        return 100;
    return fallback;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QFont cardFont(int px, QFont::Weight weight, bool monospace = false)
{
    QFont font;
    font.setFamilies(monospace ? QStringList{QStringLiteral("Courier New"), QStringLiteral("monospace")}
                               : fontFamilies());
    font.setPixelSize(px);
    font.setWeight(weight);
    return font;
}

} // namespace

CardPreview::CardPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cardPreview"));
    setAccessibleName(tr("Message preview"));
    setAccessibleDescription(tr("The message as Teams shows it to the chosen recipient"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    setAutoFillBackground(true);
    rebuild();
}

CardPreview::~CardPreview()
{
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void CardPreview::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam;
}

const CardPreview::Palette &CardPreview::palette() const
{
    static const Palette light{QColor(0x25, 0x24, 0x24), QColor(0xFF, 0xFF, 0xFF), QColor(0xF9, 0xF8, 0xF7),
                               QColor(0x62, 0x64, 0xA7), QColor(0x92, 0xC3, 0x53), QColor(0xF8, 0xD2, 0x2A),
                               QColor(0xC4, 0x31, 0x4B), QColor(0xF5, 0xF5, 0xF5), QColor(0xE1, 0xDF, 0xDD),
                               QColor(0xEE, 0xEE, 0xEE), QColor(0xFF, 0xFF, 0xFF), QColor(0x25, 0x24, 0x24)};
    static const Palette dark{QColor(0xFF, 0xFF, 0xFF), QColor(0x2D, 0x2C, 0x2C), QColor(0x29, 0x28, 0x28),
                              QColor(0xA6, 0xA7, 0xDC), QColor(0x92, 0xC3, 0x53), QColor(0xF8, 0xD2, 0x2A),
                              QColor(0xD7, 0x46, 0x54), QColor(0x1F, 0x1F, 0x1F), QColor(0x45, 0x44, 0x44),
                              QColor(0x48, 0x46, 0x44), QColor(0xFF, 0xFF, 0xFF), QColor(0x25, 0x24, 0x24)};
    return m_theme == Theme::Dark ? dark : light;
}

void CardPreview::setActivity(const QJsonObject &activity)
{
    if (activity == m_activity && m_content)
        return;
    m_activity = activity;
    rebuild();
}

void CardPreview::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    rebuild();
}

void CardPreview::rebuild()
{
    const Palette &p = palette();
    QPalette host = QWidget::palette();
    host.setColor(QPalette::Window, p.host);
    QWidget::setPalette(host);

    setUpdatesEnabled(false);
    delete m_content;
    m_texts.clear();
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("previewContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    // The message text: in Herald's activities, the @mention.
    const QString text = str(m_activity, "text");
    if (!text.isEmpty()) {
        static const QRegularExpression mention(QStringLiteral("<at>(.*?)</at>"));
        QString html;
        qsizetype last = 0;
        for (auto it = mention.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            html += text.mid(last, m.capturedStart(0) - last).toHtmlEscaped();
            html += QStringLiteral("<span style=\"color:%1; font-weight:600\">%2</span>")
                        .arg(p.accent.name(), m.captured(1).toHtmlEscaped());
            last = m.capturedEnd(0);
        }
        html += text.mid(last).toHtmlEscaped();
        QLabel *label = makeLabel(html, m_content, "messageText");
        layout->addWidget(label);
    }

    const QJsonArray attachments = m_activity.value(QStringLiteral("attachments")).toArray();
    for (const QJsonValue &a : attachments) {
        const QJsonObject card = a.toObject().value(QStringLiteral("content")).toObject();
        auto *frame = new QFrame(m_content);
        frame->setObjectName(QStringLiteral("card"));
        frame->setAccessibleName(tr("Adaptive Card"));
        frame->setStyleSheet(
            QStringLiteral("QFrame#card { background: %1; border: 1px solid %2; border-radius: 6px; }")
                .arg(p.background.name(), p.border.name()));
        auto *cardLayout = new QVBoxLayout(frame);
        cardLayout->setContentsMargins(kPadding, kPadding, kPadding, kPadding);
        cardLayout->setSpacing(0);
        renderElements(card.value(QStringLiteral("body")).toArray(), cardLayout, frame);
        const QJsonArray actions = card.value(QStringLiteral("actions")).toArray();
        if (!actions.isEmpty()) {
            cardLayout->addSpacing(card.value(QStringLiteral("body")).toArray().isEmpty() ? 0 : 16);
            cardLayout->addWidget(renderActions(actions, frame));
        }
        layout->addWidget(frame);
    }
    if (text.isEmpty() && attachments.isEmpty()) {
        QLabel *empty = makeLabel(tr("Nothing to show yet.").toHtmlEscaped(), m_content, "emptyText");
        layout->addWidget(empty);
    }
    layout->addStretch(1);
    static_cast<QVBoxLayout *>(QWidget::layout())->addWidget(m_content);
    m_content->show(); // at once, not on the next event-loop pass: what is asked for is on screen
    setUpdatesEnabled(true);
    Q_EMIT rendered();
}

QLabel *CardPreview::makeLabel(const QString &html, QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setFont(cardFont(14, QFont::Normal));
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, palette().text);
    pal.setColor(QPalette::Text, palette().text);
    label->setPalette(pal);
    label->setText(html);
    const QString plain = QTextDocumentFragment::fromHtml(html).toPlainText();
    m_texts.append(plain);
    label->setAccessibleName(plain);
    return label;
}

void CardPreview::addSpacing(QBoxLayout *layout, const QJsonObject &element, bool first, QWidget *parent)
{
    if (first)
        return;
    const int spacing = spacingPx(str(element, "spacing"));
    if (!element.value(QStringLiteral("separator")).toBool()) {
        layout->addSpacing(spacing);
        return;
    }
    layout->addSpacing(spacing / 2);
    auto *line = new QFrame(parent);
    line->setObjectName(QStringLiteral("separator"));
    line->setFixedHeight(1);
    line->setStyleSheet(QStringLiteral("background: %1; border: none;").arg(palette().separator.name()));
    layout->addWidget(line);
    layout->addSpacing(spacing - spacing / 2);
}

void CardPreview::renderElements(const QJsonArray &elements, QBoxLayout *layout, QWidget *parent)
{
    bool first = true;
    for (const QJsonValue &v : elements) {
        const QJsonObject element = v.toObject();
        if (element.value(QStringLiteral("isVisible")).toBool(true) == false)
            continue;
        QWidget *w = renderElement(element, parent);
        if (!w)
            continue;
        addSpacing(layout, element, first, parent);
        const QString align = str(element, "horizontalAlignment");
        if (align == QStringLiteral("center"))
            layout->addWidget(w, 0, Qt::AlignHCenter);
        else if (align == QStringLiteral("right"))
            layout->addWidget(w, 0, Qt::AlignRight);
        else if (str(element, "type") == QStringLiteral("Image"))
            layout->addWidget(w, 0, Qt::AlignLeft);
        else
            layout->addWidget(w);
        first = false;
    }
}

QWidget *CardPreview::renderElement(const QJsonObject &element, QWidget *parent)
{
    const QString type = str(element, "type");
    if (type == QStringLiteral("TextBlock"))
        return renderTextBlock(element, parent);
    if (type == QStringLiteral("FactSet"))
        return renderFactSet(element, parent);
    if (type == QStringLiteral("Image"))
        return renderImage(element, parent, 0);
    if (type == QStringLiteral("ColumnSet"))
        return renderColumnSet(element, parent);
    if (type == QStringLiteral("Container"))
        return renderContainer(element, parent);
    if (type == QStringLiteral("ActionSet"))
        return renderActions(element.value(QStringLiteral("actions")).toArray(), parent);
    if (type == QStringLiteral("RichTextBlock")) {
        QString html;
        const QJsonArray inlines = element.value(QStringLiteral("inlines")).toArray();
        for (const QJsonValue &in : inlines) {
            const QJsonObject run = in.toObject();
            QString t = (in.isString() ? in.toString() : str(run, "text")).toHtmlEscaped();
            if (fontWeight(str(run, "weight")) == QFont::DemiBold)
                t = QStringLiteral("<b>%1</b>").arg(t);
            if (run.value(QStringLiteral("italic")).toBool())
                t = QStringLiteral("<i>%1</i>").arg(t);
            html += t;
        }
        return makeLabel(html, parent, "richTextBlock");
    }
    if (type == QStringLiteral("ImageSet")) {
        auto *row = new QWidget(parent);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const int size = imagePx(str(element, "imageSize"), 52);
        const QJsonArray images = element.value(QStringLiteral("images")).toArray();
        for (const QJsonValue &i : images)
            layout->addWidget(renderImage(i.toObject(), row, size));
        layout->addStretch(1);
        return row;
    }
    return renderUnsupported(type, parent);
}

QWidget *CardPreview::renderTextBlock(const QJsonObject &element, QWidget *parent)
{
    const Palette &p = palette();
    QLabel *label =
        makeLabel(TeamsMarkdown::toHtml(str(element, "text"), p.accent.name()), parent, "textBlock");
    label->setFont(cardFont(fontPx(str(element, "size")), fontWeight(str(element, "weight")),
                            str(element, "fontType") == QStringLiteral("monospace")));
    label->setWordWrap(element.value(QStringLiteral("wrap")).toBool(false));
    if (!label->wordWrap())
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // clipped, as Teams does
    const QString colorName = str(element, "color").toLower();
    QColor color = p.text;
    if (colorName == QStringLiteral("accent"))
        color = p.accent;
    else if (colorName == QStringLiteral("good"))
        color = p.good;
    else if (colorName == QStringLiteral("warning"))
        color = p.warning;
    else if (colorName == QStringLiteral("attention"))
        color = p.attention;
    else if (colorName == QStringLiteral("light"))
        color = p.light;
    else if (colorName == QStringLiteral("dark"))
        color = p.dark;
    if (element.value(QStringLiteral("isSubtle")).toBool())
        color.setAlpha(191); // 75 %
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, color);
    pal.setColor(QPalette::Text, color);
    label->setPalette(pal);
    const QString align = str(element, "horizontalAlignment");
    if (align == QStringLiteral("center"))
        label->setAlignment(Qt::AlignHCenter);
    else if (align == QStringLiteral("right"))
        label->setAlignment(Qt::AlignRight);
    return label;
}

QWidget *CardPreview::renderFactSet(const QJsonObject &element, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("factSet"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(kFactColumnSpacing);
    grid->setVerticalSpacing(8);
    const QJsonArray facts = element.value(QStringLiteral("facts")).toArray();
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QJsonObject fact = facts.at(i).toObject();
        QLabel *title =
            makeLabel(TeamsMarkdown::toHtml(str(fact, "title"), palette().accent.name()), box, "factTitle");
        title->setFont(cardFont(14, QFont::DemiBold));
        title->setMaximumWidth(kFactTitleMaxWidth);
        QLabel *value =
            makeLabel(TeamsMarkdown::toHtml(str(fact, "value"), palette().accent.name()), box, "factValue");
        grid->addWidget(title, int(i), 0, Qt::AlignTop);
        grid->addWidget(value, int(i), 1, Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);
    return box;
}

QWidget *CardPreview::renderImage(const QJsonObject &element, QWidget *parent, int defaultSize)
{
    const QString pixelWidth = str(element, "width");
    int size = imagePx(str(element, "size"), defaultSize > 0 ? defaultSize : 100);
    if (pixelWidth.endsWith(QStringLiteral("px")))
        size = qBound(8, pixelWidth.chopped(2).toInt(), 1024);
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("image"));
    label->setFixedSize(size, size);
    label->setAlignment(Qt::AlignCenter);
    const QString alt = str(element, "altText");
    label->setAccessibleName(alt.isEmpty() ? tr("Image") : alt);
    label->setToolTip(alt);
    // The placeholder until the image arrives.
    label->setStyleSheet(QStringLiteral("background: %1; color: %2; border-radius: 2px;")
                             .arg(palette().emphasis.name(), palette().border.darker(130).name()));
    label->setText(size >= 52 ? tr("Image") : QString());
    const QUrl url(str(element, "url"));
    if (url.isValid() && (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http")))
        requestImage(url, label, size);
    else
        label->setText(size >= 52 ? tr("No image") : QString());
    return label;
}

QWidget *CardPreview::renderColumnSet(const QJsonObject &element, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(QStringLiteral("columnSet"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    const QJsonArray columns = element.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue &c : columns) {
        const QJsonObject column = c.toObject();
        auto *col = new QWidget(row);
        col->setObjectName(QStringLiteral("column"));
        auto *colLayout = new QVBoxLayout(col);
        colLayout->setContentsMargins(0, 0, 0, 0);
        colLayout->setSpacing(0);
        const QString valign = str(column, "verticalContentAlignment");
        if (valign == QStringLiteral("center") || valign == QStringLiteral("bottom"))
            colLayout->addStretch(1);
        renderElements(column.value(QStringLiteral("items")).toArray(), colLayout, col);
        if (valign != QStringLiteral("bottom"))
            colLayout->addStretch(1);
        const QJsonValue width = column.value(QStringLiteral("width"));
        int stretch = 1;
        if (width.isDouble())
            stretch = qMax(1, width.toInt());
        else if (width.toString() == QStringLiteral("auto"))
            stretch = 0;
        else if (width.toString().endsWith(QStringLiteral("px"))) {
            col->setFixedWidth(qBound(1, width.toString().chopped(2).toInt(), 2000));
            stretch = 0;
        }
        layout->addWidget(col, stretch);
    }
    return row;
}

QWidget *CardPreview::renderContainer(const QJsonObject &element, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("container"));
    auto *layout = new QVBoxLayout(box);
    const QString style = str(element, "style");
    const bool emphasis = !style.isEmpty() && style != QStringLiteral("default");
    layout->setContentsMargins(emphasis ? kPadding : 0, emphasis ? kPadding : 0, emphasis ? kPadding : 0,
                               emphasis ? kPadding : 0);
    layout->setSpacing(0);
    if (emphasis)
        box->setStyleSheet(
            QStringLiteral("QFrame#container { background: %1; }").arg(palette().emphasis.name()));
    renderElements(element.value(QStringLiteral("items")).toArray(), layout, box);
    return box;
}

QWidget *CardPreview::renderActions(const QJsonArray &actions, QWidget *parent)
{
    const Palette &p = palette();
    auto *row = new QWidget(parent);
    row->setObjectName(QStringLiteral("actionSet"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kActionSpacing);
    for (qsizetype i = 0; i < actions.size() && i < 6; ++i) {
        const QJsonObject action = actions.at(i).toObject();
        auto *button = new QPushButton(str(action, "title"), row);
        button->setObjectName(QStringLiteral("actionButton"));
        button->setFont(cardFont(14, QFont::DemiBold));
        button->setFocusPolicy(Qt::NoFocus); // a picture of the card, not a control
        const QString url = str(action, "url");
        button->setToolTip(url.isEmpty() ? str(action, "type") : url);
        button->setAccessibleName(str(action, "title"));
        button->setStyleSheet(QStringLiteral("QPushButton { color: %1; background: %2; border: 1px solid %3; "
                                             "border-radius: 4px; padding: 5px 12px; }")
                                  .arg(p.text.name(), p.background.name(), p.border.name()));
        layout->addWidget(button);
        m_texts.append(QStringLiteral("[%1]").arg(str(action, "title")));
    }
    layout->addStretch(1);
    return row;
}

QWidget *CardPreview::renderUnsupported(const QString &type, QWidget *parent)
{
    QLabel *label =
        makeLabel(QStringLiteral("<i>%1</i>").arg(tr("[%1 — shown in Teams]").arg(type).toHtmlEscaped()),
                  parent, "unsupported");
    QColor subtle = palette().text;
    subtle.setAlpha(191);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, subtle);
    label->setPalette(pal);
    return label;
}

void CardPreview::requestImage(const QUrl &url, QLabel *label, int size)
{
    if (const auto it = m_images.constFind(url); it != m_images.constEnd()) {
        showImage(label, *it, size);
        return;
    }
    m_waiting.append({QPointer<QLabel>(label), url});
    if (m_replies.contains(url))
        return;
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(ImageTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    m_replies.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        if (received > MaxImageBytes || total > MaxImageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onImageFinished(reply); });
}

void CardPreview::onImageFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const QUrl url = m_replies.key(reply);
    m_replies.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError) {
        const QByteArray data = reply->read(MaxImageBytes + 1);
        if (data.size() <= MaxImageBytes)
            image = QImage::fromData(data);
    }
    m_images.insert(url, image);
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->second == url) {
            if (it->first)
                showImage(it->first, image, it->first->width());
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT imageLoaded(url, !image.isNull());
}

void CardPreview::showImage(QLabel *label, const QImage &image, int size)
{
    if (image.isNull()) {
        label->setText(size >= 52 ? tr("Image unavailable") : QString());
        label->setWordWrap(true);
        return;
    }
    label->setStyleSheet(QString());
    label->setText(QString());
    // Scaled for the screen's real pixels (2 per point at 200 %), so the picture stays sharp at high DPI.
    const qreal ratio = label->devicePixelRatioF();
    const int pixels = qRound(size * ratio);
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    label->setPixmap(pixmap);
}

} // namespace herald::ui
