#pragma once

#include "Diagnostic.h"

#include <QJsonObject>

#include <optional>

namespace herald::compose {

// Teams refuses an activity over 100 KB, counted in UTF-16 (413 MessageSizeTooBig); keep under 80 KB.
class MessageSize final
{
public:
    static constexpr qsizetype LimitBytes = 100 * 1024;
    static constexpr qsizetype WarnBytes = 80 * 1024;

    // The activity's compact JSON, as UTF-16 bytes.
    static qsizetype utf16Bytes(const QJsonObject &activity);
    // An error above the limit, a warning above 80 KB, nothing below.
    static std::optional<Diagnostic> check(qsizetype bytes);
};

} // namespace herald::compose
