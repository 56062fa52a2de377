#pragma once

#include <QList>
#include <QString>

namespace herald::compose {

// One thing wrong with (Error: Teams would refuse it or Herald will not send it) or worth knowing about
// (Warning) a message, said as a sentence.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString field; // the draft field it is about ("title", "notification.buttons", "card" …), may be empty
    QString message; // one sentence a comms person can act on

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const Diagnostic &) const = default;

    static Diagnostic error(const QString &field, const QString &message);
    static Diagnostic warning(const QString &field, const QString &message);
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace herald::compose
