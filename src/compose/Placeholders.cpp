#include "Placeholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace herald::compose {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z][A-Za-z0-9]*)\\}"));
    return re;
}

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup at run time the same context, wherever in this
// file a sentence is (a bare tr() inside a class would be filed by lupdate under that class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(herald::compose::Placeholders)
};

} // namespace

QStringList Placeholders::names()
{
    return {QStringLiteral("givenName"), QStringLiteral("name"), QStringLiteral("teamName"),
            QStringLiteral("channelName")};
}

bool Placeholders::isKnown(const QString &name)
{
    return names().contains(name);
}

QString Placeholders::fallback(const QString &name)
{
    if (name == QStringLiteral("givenName") || name == QStringLiteral("name"))
        return Text::tr("there");
    if (name == QStringLiteral("teamName"))
        return Text::tr("your team");
    if (name == QStringLiteral("channelName"))
        return Text::tr("this channel");
    return {};
}

QString Placeholders::value(const QString &name, const Recipient &recipient)
{
    QString v;
    if (name == QStringLiteral("givenName")) {
        v = recipient.givenName.trimmed();
        if (v.isEmpty()) {
            // A roster without given names: the first word of the display name reads naturally in most
            // western names; names without spaces (e.g. CJK) are used whole.
            const QString full = recipient.name.trimmed();
            v = full.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        }
    } else if (name == QStringLiteral("name")) {
        v = recipient.name.trimmed();
    } else if (name == QStringLiteral("teamName")) {
        v = recipient.teamName.trimmed();
    } else if (name == QStringLiteral("channelName")) {
        v = recipient.channelName.trimmed();
    }
    return v.isEmpty() ? fallback(name) : v;
}

QString Placeholders::resolve(const QString &text, const Recipient &recipient,
                              const std::function<QString(const QString &)> &transform)
{
    QString out;
    qsizetype last = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (!isKnown(name))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        const QString v = value(name, recipient);
        out += transform ? transform(v) : v;
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList Placeholders::unknown(const QString &text)
{
    QStringList result;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!isKnown(name) && !result.contains(name))
            result.append(name);
    }
    return result;
}

} // namespace herald::compose
