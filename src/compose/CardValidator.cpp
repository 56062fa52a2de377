#include "CardValidator.h"

#include "TeamsMarkdown.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace herald::compose {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::CardValidator)
};

const QString kField = QStringLiteral("card");

class Walker
{
public:
    QList<Diagnostic> diagnostics;

    void card(const QJsonObject &card, const QString &path, bool root)
    {
        if (card.value(QStringLiteral("type")).toString() != QStringLiteral("AdaptiveCard")) {
            error(Text::tr("%1: \"type\" must be \"AdaptiveCard\".").arg(path));
            return;
        }
        const QJsonValue version = card.value(QStringLiteral("version"));
        if (root || version.isString())
            checkVersion(version, path);
        elements(card.value(QStringLiteral("body")), path + QStringLiteral(".body"));
        actions(card.value(QStringLiteral("actions")), path + QStringLiteral(".actions"));
        image(card.value(QStringLiteral("backgroundImage")), path + QStringLiteral(".backgroundImage"));
        action(card.value(QStringLiteral("selectAction")), path + QStringLiteral(".selectAction"));
    }

private:
    void error(const QString &message) { diagnostics.append(Diagnostic::error(kField, message)); }

    void checkVersion(const QJsonValue &v, const QString &path)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)$"));
        const auto m = re.match(v.toString());
        if (!m.hasMatch()) {
            error(Text::tr("%1: give the card a \"version\" such as \"1.5\".").arg(path));
            return;
        }
        const int major = m.captured(1).toInt();
        const int minor = m.captured(2).toInt();
        if (major > CardValidator::MaxMajor ||
            (major == CardValidator::MaxMajor && minor > CardValidator::MaxMinor))
            error(Text::tr("%1: Teams shows Adaptive Cards up to version 1.5, not %2.")
                      .arg(path, v.toString()));
    }

    void text(const QJsonValue &v, const QString &path)
    {
        if (v.isString() && CardValidator::containsHtml(v.toString()))
            error(Text::tr("%1: Teams does not render HTML in cards; use markdown (**bold**, _italic_, "
                           "[links](https://…)).")
                      .arg(path));
    }

    void url(const QJsonValue &v, const QString &path)
    {
        if (!v.isString() || !TeamsMarkdown::isAllowedLink(v.toString()))
            error(Text::tr("%1: links must be http, https or mailto addresses.").arg(path));
    }

    void image(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return;
        const QString url =
            v.isObject() ? v.toObject().value(QStringLiteral("url")).toString() : v.toString();
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.scheme().toLower() != QStringLiteral("https") || u.host().isEmpty())
            error(Text::tr("%1: Teams shows images only from https addresses.").arg(path));
    }

    void elements(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            error(Text::tr("%1 must be a list of elements.").arg(path));
            return;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            element(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i));
    }

    void element(const QJsonObject &e, const QString &path)
    {
        static const QSet<QString> known{
            QStringLiteral("TextBlock"),      QStringLiteral("RichTextBlock"), QStringLiteral("Image"),
            QStringLiteral("Media"),          QStringLiteral("ImageSet"),      QStringLiteral("FactSet"),
            QStringLiteral("Container"),      QStringLiteral("ColumnSet"),     QStringLiteral("ActionSet"),
            QStringLiteral("Table"),          QStringLiteral("Input.Text"),    QStringLiteral("Input.Number"),
            QStringLiteral("Input.Date"),     QStringLiteral("Input.Time"),    QStringLiteral("Input.Toggle"),
            QStringLiteral("Input.ChoiceSet")};
        const QString type = e.value(QStringLiteral("type")).toString();
        if (!known.contains(type)) {
            error(type.isEmpty()
                      ? Text::tr("%1: every element needs a \"type\".").arg(path)
                      : Text::tr("%1: Teams does not know the element type \"%2\".").arg(path, type));
            return;
        }
        action(e.value(QStringLiteral("selectAction")), path + QStringLiteral(".selectAction"));
        if (type == QStringLiteral("TextBlock")) {
            text(e.value(QStringLiteral("text")), path + QStringLiteral(".text"));
        } else if (type == QStringLiteral("RichTextBlock")) {
            const QJsonArray inlines = e.value(QStringLiteral("inlines")).toArray();
            for (qsizetype i = 0; i < inlines.size(); ++i) {
                const QJsonValue in = inlines.at(i);
                const QString p = QStringLiteral("%1.inlines[%2]").arg(path).arg(i);
                text(in.isObject() ? in.toObject().value(QStringLiteral("text")) : in, p);
            }
        } else if (type == QStringLiteral("Image")) {
            image(e.value(QStringLiteral("url")), path + QStringLiteral(".url"));
        } else if (type == QStringLiteral("ImageSet")) {
            const QJsonArray images = e.value(QStringLiteral("images")).toArray();
            for (qsizetype i = 0; i < images.size(); ++i)
                image(images.at(i).toObject().value(QStringLiteral("url")),
                      QStringLiteral("%1.images[%2].url").arg(path).arg(i));
        } else if (type == QStringLiteral("FactSet")) {
            const QJsonArray facts = e.value(QStringLiteral("facts")).toArray();
            for (qsizetype i = 0; i < facts.size(); ++i) {
                const QJsonObject f = facts.at(i).toObject();
                const QString p = QStringLiteral("%1.facts[%2]").arg(path).arg(i);
                text(f.value(QStringLiteral("title")), p + QStringLiteral(".title"));
                text(f.value(QStringLiteral("value")), p + QStringLiteral(".value"));
            }
        } else if (type == QStringLiteral("Container")) {
            elements(e.value(QStringLiteral("items")), path + QStringLiteral(".items"));
            image(e.value(QStringLiteral("backgroundImage")), path + QStringLiteral(".backgroundImage"));
        } else if (type == QStringLiteral("ColumnSet")) {
            const QJsonArray columns = e.value(QStringLiteral("columns")).toArray();
            for (qsizetype i = 0; i < columns.size(); ++i) {
                const QJsonObject c = columns.at(i).toObject();
                const QString p = QStringLiteral("%1.columns[%2]").arg(path).arg(i);
                const QString ct = c.value(QStringLiteral("type")).toString();
                if (!ct.isEmpty() && ct != QStringLiteral("Column"))
                    error(Text::tr("%1: a ColumnSet holds only Columns, not \"%2\".").arg(p, ct));
                elements(c.value(QStringLiteral("items")), p + QStringLiteral(".items"));
                action(c.value(QStringLiteral("selectAction")), p + QStringLiteral(".selectAction"));
                image(c.value(QStringLiteral("backgroundImage")), p + QStringLiteral(".backgroundImage"));
            }
        } else if (type == QStringLiteral("ActionSet")) {
            actions(e.value(QStringLiteral("actions")), path + QStringLiteral(".actions"));
        } else if (type == QStringLiteral("Table")) {
            const QJsonArray rows = e.value(QStringLiteral("rows")).toArray();
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QJsonArray cells = rows.at(r).toObject().value(QStringLiteral("cells")).toArray();
                for (qsizetype c = 0; c < cells.size(); ++c)
                    elements(cells.at(c).toObject().value(QStringLiteral("items")),
                             QStringLiteral("%1.rows[%2].cells[%3].items").arg(path).arg(r).arg(c));
            }
        }
    }

    void actions(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            error(Text::tr("%1 must be a list of actions.").arg(path));
            return;
        }
        const QJsonArray array = v.toArray();
        if (array.size() > CardValidator::MaxActions)
            error(Text::tr("%1: Teams shows at most %2 actions together; this has %3.")
                      .arg(path)
                      .arg(CardValidator::MaxActions)
                      .arg(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            action(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
    }

    void action(const QJsonValue &v, const QString &path)
    {
        if (v.isUndefined() || v.isNull())
            return;
        const QJsonObject a = v.toObject();
        const QString type = a.value(QStringLiteral("type")).toString();
        if (type == QStringLiteral("Action.OpenUrl")) {
            url(a.value(QStringLiteral("url")), path + QStringLiteral(".url"));
        } else if (type == QStringLiteral("Action.ShowCard")) {
            card(a.value(QStringLiteral("card")).toObject(), path + QStringLiteral(".card"), false);
        } else if (type != QStringLiteral("Action.Submit") &&
                   type != QStringLiteral("Action.ToggleVisibility")) {
            error(Text::tr("%1: Herald sends only Action.OpenUrl, Action.Submit, Action.ShowCard and "
                           "Action.ToggleVisibility, not \"%2\".")
                      .arg(path, type));
            return;
        }
        if (a.contains(QStringLiteral("iconUrl")))
            image(a.value(QStringLiteral("iconUrl")), path + QStringLiteral(".iconUrl"));
    }
};

} // namespace

bool CardValidator::containsHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?([A-Za-z][A-Za-z0-9-]*)(\\s[^<>]*)?/?>"));
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        if (it.next().captured(1).compare(QStringLiteral("at"), Qt::CaseInsensitive) != 0)
            return true;
    }
    return false;
}

QList<Diagnostic> CardValidator::validate(const QJsonObject &card)
{
    Walker walker;
    walker.card(card, kField, true);
    return walker.diagnostics;
}

QList<Diagnostic> CardValidator::validateText(const QString &json, QJsonObject *parsed)
{
    if (json.trimmed().isEmpty())
        return {Diagnostic::error(kField, Text::tr("Paste or write an Adaptive Card (JSON) here."))};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; say the line, which is what a person can find.
        const QByteArray bytes = json.toUtf8().left(parseError.offset);
        const int line = int(bytes.count('\n')) + 1;
        return {Diagnostic::error(
            kField,
            Text::tr("The card is not valid JSON: %1 on line %2.").arg(parseError.errorString()).arg(line))};
    }
    if (!doc.isObject())
        return {Diagnostic::error(kField, Text::tr("The card must be one JSON object, starting with {."))};
    if (parsed)
        *parsed = doc.object();
    return validate(doc.object());
}

} // namespace herald::compose
