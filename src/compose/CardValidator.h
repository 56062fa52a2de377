#pragma once

#include "Diagnostic.h"

#include <QJsonObject>

namespace herald::compose {

// Checks an Adaptive Card against what Teams accepts (PROTOCOL.md): schema version 1.5 or lower, element
// and action types Teams knows (actions: OpenUrl, Submit, ShowCard, ToggleVisibility), at most six actions
// in a row, no HTML in text, images from https addresses and links to http, https or mailto only.
class CardValidator final
{
public:
    static constexpr int MaxMajor = 1;
    static constexpr int MaxMinor = 5;
    static constexpr int MaxActions = 6;

    static QList<Diagnostic> validate(const QJsonObject &card);
    // The text as typed: first whether it is a JSON object at all.
    static QList<Diagnostic> validateText(const QString &json, QJsonObject *parsed = nullptr);

    // Text contains an HTML tag other than Teams' <at> mention markup.
    static bool containsHtml(const QString &text);
};

} // namespace herald::compose
