#pragma once

#include "Draft.h"

#include <QList>
#include <QString>

namespace herald::compose {

// One of Teams' points for a proactive message (PROTOCOL.md, "The best practices Teams asks for").
struct ChecklistItem
{
    QString id;    // stable: "title", "why", "offers", "nextSteps", "whatHappened", "subject", "actor",
                   // "actions", "optOut", "card"
    QString label; // what Teams asks for, e.g. "How to opt out"
    QString hint;  // one line saying what to add, e.g. "Say how to opt out of these notifications."
    bool met = false;

    bool operator==(const ChecklistItem &) const = default;
};

// Evaluates a draft against Teams' guidance for its kind, live as the person types.
class Checklist final
{
public:
    static QList<ChecklistItem> evaluate(const Draft &draft);
    static int missingCount(const QList<ChecklistItem> &items);
};

} // namespace herald::compose
