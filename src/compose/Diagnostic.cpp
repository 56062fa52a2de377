#include "Diagnostic.h"

#include <algorithm>

namespace herald::compose {

Diagnostic Diagnostic::error(const QString &field, const QString &message)
{
    return {Severity::Error, field, message};
}

Diagnostic Diagnostic::warning(const QString &field, const QString &message)
{
    return {Severity::Warning, field, message};
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace herald::compose
