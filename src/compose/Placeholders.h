#pragma once

#include "Recipient.h"

#include <QStringList>

#include <functional>

namespace herald::compose {

// {givenName}, {name}, {teamName} and {channelName}, resolved per recipient. A missing value falls back to
// a neutral word ("there", "your team" …): a literal "{givenName}" is never sent.
class Placeholders final
{
public:
    static QStringList names(); // givenName, name, teamName, channelName
    static bool isKnown(const QString &name);

    // The value for a recipient, with its fallback when the recipient has none.
    static QString value(const QString &name, const Recipient &recipient);
    static QString fallback(const QString &name);

    // Replaces every known placeholder in one pass; `transform` (e.g. markdown escaping) is applied to each
    // value, so a value that itself reads "{name}" is not expanded again. Unknown {words} stay as typed.
    static QString resolve(const QString &text, const Recipient &recipient,
                           const std::function<QString(const QString &)> &transform = {});

    // The {words} in text that are not placeholders Herald knows, in order of appearance, without repeats.
    static QStringList unknown(const QString &text);
};

} // namespace herald::compose
