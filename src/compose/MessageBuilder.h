#pragma once

#include "Diagnostic.h"
#include "Draft.h"
#include "Recipient.h"

#include "common/Result.h"

#include <QJsonObject>

namespace herald::compose {

// The activity for one recipient, and what is wrong with it. Not sendable when any diagnostic is an error.
struct BuiltMessage
{
    QJsonObject activity;
    QList<Diagnostic> diagnostics;
    qsizetype sizeBytes = 0; // UTF-16, as Teams counts

    bool ok() const { return !hasErrors(diagnostics); }
};

// Makes the message activity Teams receives (PROTOCOL.md, "A message activity"): an Adaptive Card 1.5
// attachment built from the draft's fields (or the expert's own card), a summary and card fallback text,
// the importance, the activity-feed alert and, when asked, an @mention of the recipient. Placeholders are
// resolved for the recipient; the person's text keeps only Teams' markdown subset and the recipient's
// values are escaped, so nothing anyone types turns into markup or a link Herald did not mean.
class MessageBuilder final
{
public:
    static BuiltMessage build(const Draft &draft, const Recipient &recipient);
    // The activity, or the first error as an Error (for the CLI and delivery).
    static Result<QJsonObject> activity(const Draft &draft, const Recipient &recipient);

    static constexpr qsizetype MaxSummaryChars = 150;
    static const QString CardContentType; // application/vnd.microsoft.card.adaptive
};

} // namespace herald::compose
