#pragma once

#include "Draft.h"

#include "common/Result.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace herald::compose {

// Keeps the draft being written on disk (DATA/drafts/current.json), a moment after the last change, so
// closing Herald — or a crash — loses no typing.
class DraftAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosave)

public:
    static constexpr int DefaultDelayMs = 400;

    explicit DraftAutosave(QString path, int delayMs = DefaultDelayMs, QObject *parent = nullptr);
    ~DraftAutosave() override; // writes what is still pending

    static QString defaultPath(const QString &dataDirectory);
    QString path() const { return m_path; }

    // The saved draft; nullopt when there is none yet. An unreadable file is an error.
    Result<std::optional<Draft>> restore() const;

    // Remembers the draft and writes it once changes pause.
    void schedule(const Draft &draft);
    // Writes a pending draft now.
    Status flush();
    bool hasPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    void saved();
    void failed(const QString &message);

private:
    QString m_path;
    QTimer m_timer;
    std::optional<Draft> m_pending;
};

} // namespace herald::compose
