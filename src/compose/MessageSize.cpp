#include "MessageSize.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace herald::compose {

qsizetype MessageSize::utf16Bytes(const QJsonObject &activity)
{
    return QString::fromUtf8(QJsonDocument(activity).toJson(QJsonDocument::Compact)).size() * 2;
}

std::optional<Diagnostic> MessageSize::check(qsizetype bytes)
{
    const auto kb = [](qsizetype b) { return QString::number((b + 1023) / 1024); };
    if (bytes > LimitBytes)
        return Diagnostic::error(QStringLiteral("size"),
                                 QCoreApplication::translate(
                                     "herald::compose::MessageSize",
                                     "The message is %1 KB; Teams refuses messages over 100 KB. Shorten the "
                                     "text or remove elements.")
                                     .arg(kb(bytes)));
    if (bytes > WarnBytes)
        return Diagnostic::warning(
            QStringLiteral("size"),
            QCoreApplication::translate(
                "herald::compose::MessageSize",
                "The message is %1 KB, close to Teams' 100 KB limit; keep it under 80 KB.")
                .arg(kb(bytes)));
    return std::nullopt;
}

} // namespace herald::compose
