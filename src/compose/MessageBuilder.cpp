#include "MessageBuilder.h"

#include "CardValidator.h"
#include "MessageSize.h"
#include "Placeholders.h"
#include "TeamsMarkdown.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace herald::compose {

const QString MessageBuilder::CardContentType = QStringLiteral("application/vnd.microsoft.card.adaptive");

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::MessageBuilder)
};

QString squeeze(const QString &text)
{
    QString s = text.simplified();
    if (s.size() > MessageBuilder::MaxSummaryChars)
        s = s.left(MessageBuilder::MaxSummaryChars - 1).trimmed() + QChar(0x2026);
    return s;
}

class Builder
{
public:
    Builder(const Draft &draft, const Recipient &recipient)
        : m_draft(draft)
        , m_recipient(recipient)
    {
    }

    BuiltMessage build()
    {
        QJsonObject activity{{QStringLiteral("type"), QStringLiteral("message")}};
        QString summary = squeeze(Placeholders::resolve(m_draft.title.trimmed(), m_recipient));
        if (m_draft.kind == Draft::Kind::Card) {
            QJsonObject card;
            const QList<Diagnostic> problems = CardValidator::validateText(m_draft.cardJson, &card);
            m_diagnostics += problems;
            if (!card.isEmpty()) {
                card = resolveCard(card);
                if (summary.isEmpty())
                    summary = squeeze(firstText(card.value(QStringLiteral("body")).toArray()));
                attach(activity, card);
            }
        } else {
            const QJsonObject card = structuredCard();
            if (summary.isEmpty())
                summary = squeeze(m_firstText);
            attach(activity, card);
        }
        checkPlaceholders();
        if (!summary.isEmpty())
            activity.insert(QStringLiteral("summary"), summary);
        activity.insert(QStringLiteral("importance"), Draft::importanceKey(m_draft.importance));
        if (m_draft.mentionRecipient)
            mention(activity);
        if (m_draft.alert)
            activity.insert(
                QStringLiteral("channelData"),
                QJsonObject{{QStringLiteral("notification"), QJsonObject{{QStringLiteral("alert"), true}}}});

        BuiltMessage built;
        built.sizeBytes = MessageSize::utf16Bytes(activity);
        if (const auto size = MessageSize::check(built.sizeBytes))
            m_diagnostics.append(*size);
        built.activity = activity;
        built.diagnostics = m_diagnostics;
        return built;
    }

private:
    // The person's text: the markdown subset, then the recipient's values, escaped.
    QString markdown(const QString &text) const
    {
        return Placeholders::resolve(TeamsMarkdown::sanitize(text.trimmed()), m_recipient,
                                     &TeamsMarkdown::escape);
    }
    // Text shown literally in a TextBlock or FactSet (the title, a subject, a name).
    QString literal(const QString &text) const
    {
        return Placeholders::resolve(TeamsMarkdown::escape(text.trimmed()), m_recipient,
                                     &TeamsMarkdown::escape);
    }
    // Text in places without markdown (button labels, alt text).
    QString plain(const QString &text) const { return Placeholders::resolve(text.trimmed(), m_recipient); }

    void error(const QString &field, const QString &message)
    {
        m_diagnostics.append(Diagnostic::error(field, message));
    }

    static QJsonObject textBlock(const QString &text)
    {
        return {{QStringLiteral("type"), QStringLiteral("TextBlock")},
                {QStringLiteral("text"), text},
                {QStringLiteral("wrap"), true}};
    }

    void addText(const QString &authorText)
    {
        if (authorText.trimmed().isEmpty())
            return;
        const QString md = markdown(authorText);
        m_body.append(textBlock(md));
        noteFallback(md);
    }

    void noteFallback(const QString &md)
    {
        const QString plainText = TeamsMarkdown::toPlainText(md);
        if (m_firstText.isEmpty())
            m_firstText = plainText;
        m_fallback.append(plainText);
    }

    void header()
    {
        QJsonObject title;
        if (!m_draft.title.trimmed().isEmpty()) {
            title = textBlock(literal(m_draft.title));
            title.insert(QStringLiteral("size"), QStringLiteral("large"));
            title.insert(QStringLiteral("weight"), QStringLiteral("bolder"));
            title.insert(QStringLiteral("style"), QStringLiteral("heading"));
            m_fallback.append(plain(m_draft.title));
        }
        const QString imageUrl = m_draft.imageUrl.trimmed();
        QJsonObject image;
        if (!imageUrl.isEmpty()) {
            const QUrl u(imageUrl, QUrl::StrictMode);
            if (u.isValid() && u.scheme() == QStringLiteral("https") && !u.host().isEmpty()) {
                image = {{QStringLiteral("type"), QStringLiteral("Image")},
                         {QStringLiteral("url"), imageUrl},
                         {QStringLiteral("size"), QStringLiteral("medium")},
                         {QStringLiteral("altText"), plain(m_draft.title)}};
            } else {
                error(QStringLiteral("imageUrl"),
                      Text::tr("Teams shows images only from https addresses; check the image link."));
            }
        }
        if (!image.isEmpty() && !title.isEmpty()) {
            m_body.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("ColumnSet")},
                {QStringLiteral("columns"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Column")},
                                 {QStringLiteral("width"), QStringLiteral("auto")},
                                 {QStringLiteral("items"), QJsonArray{image}}},
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Column")},
                                 {QStringLiteral("width"), QStringLiteral("stretch")},
                                 {QStringLiteral("verticalContentAlignment"), QStringLiteral("center")},
                                 {QStringLiteral("items"), QJsonArray{title}}}}}});
        } else if (!image.isEmpty()) {
            m_body.append(image);
        } else if (!title.isEmpty()) {
            m_body.append(title);
        }
    }

    // An Action.OpenUrl, or nothing (with an error when half filled in).
    QJsonObject button(const DraftButton &b, const QString &field)
    {
        if (b.isEmpty())
            return {};
        if (b.title.trimmed().isEmpty()) {
            error(field, Text::tr("Give the button for %1 a label.").arg(b.url.trimmed()));
            return {};
        }
        if (!TeamsMarkdown::isAllowedLink(b.url.trimmed())) {
            error(field,
                  Text::tr("The button \"%1\" needs a link starting with https://, http:// or mailto:.")
                      .arg(b.title.trimmed()));
            return {};
        }
        return {{QStringLiteral("type"), QStringLiteral("Action.OpenUrl")},
                {QStringLiteral("title"), plain(b.title)},
                {QStringLiteral("url"), b.url.trimmed()}};
    }

    void actionSet(const QJsonArray &actions)
    {
        if (!actions.isEmpty())
            m_body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("ActionSet")},
                                      {QStringLiteral("actions"), actions}});
    }

    QJsonObject structuredCard()
    {
        header();
        if (m_draft.kind == Draft::Kind::Welcome) {
            const WelcomeFields &w = m_draft.welcome;
            addText(w.why);
            addText(w.offers);
            addText(w.nextSteps);
            const QJsonObject b = button(w.button, QStringLiteral("welcome.button"));
            actionSet(b.isEmpty() ? QJsonArray{} : QJsonArray{b});
        } else {
            const NotificationFields &n = m_draft.notification;
            addText(n.whatHappened);
            facts(n);
            addText(n.actions);
            QJsonArray actions;
            int count = 0;
            for (const DraftButton &b : n.buttons) {
                if (b.isEmpty())
                    continue;
                ++count;
                const QJsonObject a = button(b, QStringLiteral("notification.buttons"));
                if (!a.isEmpty())
                    actions.append(a);
            }
            if (count > NotificationFields::MaxButtons)
                error(QStringLiteral("notification.buttons"),
                      Text::tr("Teams' guidance is at most %1 buttons on a notification; this has %2.")
                          .arg(NotificationFields::MaxButtons)
                          .arg(count));
            actionSet(actions);
            if (!n.optOut.trimmed().isEmpty()) {
                QJsonObject optOut = textBlock(markdown(n.optOut));
                optOut.insert(QStringLiteral("size"), QStringLiteral("small"));
                optOut.insert(QStringLiteral("isSubtle"), true);
                optOut.insert(QStringLiteral("separator"), true);
                optOut.insert(QStringLiteral("spacing"), QStringLiteral("medium"));
                m_body.append(optOut);
                noteFallback(markdown(n.optOut));
            }
        }
        return {
            {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
            {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
            {QStringLiteral("version"), QStringLiteral("1.5")},
            {QStringLiteral("fallbackText"), m_fallback.join(QStringLiteral("\n\n"))},
            {QStringLiteral("body"), m_body}};
    }

    void facts(const NotificationFields &n)
    {
        QJsonArray facts;
        QStringList fallback;
        const auto fact = [&](const QString &label, const QString &value) {
            facts.append(
                QJsonObject{{QStringLiteral("title"), literal(label)}, {QStringLiteral("value"), value}});
            fallback.append(plain(label) + QStringLiteral(": ") + TeamsMarkdown::toPlainText(value));
        };
        if (!n.subject.trimmed().isEmpty()) {
            QString value = literal(n.subject);
            const QString url = n.subjectUrl.trimmed();
            if (!url.isEmpty()) {
                if (TeamsMarkdown::isAllowedLink(url) && !url.contains(QLatin1Char(')')))
                    value = QStringLiteral("[%1](%2)").arg(value, url);
                else
                    error(QStringLiteral("notification.subjectUrl"),
                          Text::tr("The link for \"%1\" must start with https://, http:// or mailto:.")
                              .arg(n.subject.trimmed()));
            }
            fact(n.subjectLabel.trimmed().isEmpty() ? Text::tr("About") : n.subjectLabel, value);
        }
        if (!n.actor.trimmed().isEmpty())
            fact(n.actorLabel.trimmed().isEmpty() ? Text::tr("By") : n.actorLabel, literal(n.actor));
        if (facts.isEmpty())
            return;
        m_body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")},
                                  {QStringLiteral("facts"), facts}});
        m_fallback.append(fallback.join(QLatin1Char('\n')));
    }

    // The expert's card with placeholders resolved: escaped where the card renders markdown.
    QJsonValue resolveValue(const QJsonValue &v, bool markdownText) const
    {
        if (v.isString())
            return markdownText ? Placeholders::resolve(v.toString(), m_recipient, &TeamsMarkdown::escape)
                                : Placeholders::resolve(v.toString(), m_recipient);
        if (v.isArray()) {
            QJsonArray out;
            const QJsonArray in = v.toArray();
            for (const QJsonValue &item : in)
                out.append(resolveValue(item, markdownText));
            return out;
        }
        if (v.isObject())
            return resolveCard(v.toObject(), markdownText);
        return v;
    }

    QJsonObject resolveCard(const QJsonObject &o, bool inFacts = false) const
    {
        static const QSet<QString> textKeys{QStringLiteral("text"),         QStringLiteral("title"),
                                            QStringLiteral("value"),        QStringLiteral("altText"),
                                            QStringLiteral("fallbackText"), QStringLiteral("placeholder"),
                                            QStringLiteral("label"),        QStringLiteral("speak")};
        const QString type = o.value(QStringLiteral("type")).toString();
        QJsonObject out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue &v = it.value();
            if (v.isString()) {
                const bool md =
                    inFacts || (type == QStringLiteral("TextBlock") && it.key() == QStringLiteral("text"));
                out.insert(it.key(), textKeys.contains(it.key()) ? resolveValue(v, md) : v);
            } else {
                const bool facts = type == QStringLiteral("FactSet") && it.key() == QStringLiteral("facts");
                out.insert(it.key(), resolveValue(v, facts));
            }
        }
        return out;
    }

    static QString firstText(const QJsonArray &body)
    {
        for (const QJsonValue &v : body) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("type")).toString() == QStringLiteral("TextBlock"))
                return TeamsMarkdown::toPlainText(e.value(QStringLiteral("text")).toString());
            for (const char *key : {"items", "columns"}) {
                const QString t = firstText(e.value(QLatin1String(key)).toArray());
                if (!t.isEmpty())
                    return t;
            }
        }
        return {};
    }

    void attach(QJsonObject &activity, const QJsonObject &card) const
    {
        activity.insert(
            QStringLiteral("attachments"),
            QJsonArray{QJsonObject{{QStringLiteral("contentType"), MessageBuilder::CardContentType},
                                   {QStringLiteral("content"), card}}});
    }

    void mention(QJsonObject &activity)
    {
        QString name = m_recipient.name.trimmed();
        // Nothing in the name may become markup in the (markdown) message text.
        static const QRegularExpression markup(QStringLiteral("[<>\\[\\]*_`~\\\\]"));
        name.remove(markup);
        name = name.simplified();
        if (m_recipient.id.isEmpty() || name.isEmpty()) {
            m_diagnostics.append(
                Diagnostic::warning(QStringLiteral("mentionRecipient"),
                                    Text::tr("This recipient has no name or id to @mention; the message "
                                             "goes without the mention.")));
            return;
        }
        const QString text = QStringLiteral("<at>%1</at>").arg(name);
        activity.insert(QStringLiteral("text"), text);
        activity.insert(QStringLiteral("textFormat"), QStringLiteral("markdown"));
        activity.insert(QStringLiteral("entities"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("type"), QStringLiteral("mention")},
                            {QStringLiteral("text"), text},
                            {QStringLiteral("mentioned"), QJsonObject{{QStringLiteral("id"), m_recipient.id},
                                                                      {QStringLiteral("name"), name}}}}});
    }

    void checkPlaceholders()
    {
        QStringList texts{m_draft.title};
        if (m_draft.kind == Draft::Kind::Welcome)
            texts << m_draft.welcome.why << m_draft.welcome.offers << m_draft.welcome.nextSteps
                  << m_draft.welcome.button.title;
        else if (m_draft.kind == Draft::Kind::Notification)
            texts << m_draft.notification.whatHappened << m_draft.notification.subject
                  << m_draft.notification.actor << m_draft.notification.actions
                  << m_draft.notification.optOut;
        else
            texts << m_draft.cardJson;
        QStringList unknown;
        for (const QString &t : std::as_const(texts)) {
            for (const QString &u : Placeholders::unknown(t)) {
                if (!unknown.contains(u))
                    unknown.append(u);
            }
        }
        for (const QString &u : std::as_const(unknown))
            m_diagnostics.append(Diagnostic::warning(QStringLiteral("placeholders"),
                                                     Text::tr("{%1} is not a placeholder Herald knows, so it "
                                                              "is sent as typed; use {givenName}, {name}, "
                                                              "{teamName} or {channelName}.")
                                                         .arg(u)));
    }

    const Draft &m_draft;
    const Recipient &m_recipient;
    QJsonArray m_body;
    QStringList m_fallback;
    QString m_firstText;
    QList<Diagnostic> m_diagnostics;
};

} // namespace

BuiltMessage MessageBuilder::build(const Draft &draft, const Recipient &recipient)
{
    return Builder(draft, recipient).build();
}

Result<QJsonObject> MessageBuilder::activity(const Draft &draft, const Recipient &recipient)
{
    BuiltMessage built = build(draft, recipient);
    for (const Diagnostic &d : std::as_const(built.diagnostics)) {
        if (d.isError())
            return Error::make(Error::Kind::Input, d.message);
    }
    return built.activity;
}

} // namespace herald::compose
