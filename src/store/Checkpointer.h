#pragma once

#include <QString>

#include <memory>

namespace herald::store {

// Copies the WAL back into the database file on a thread of its own while a bulk write runs, so the
// writer never stops for a checkpoint and its fsyncs (SQLite's advice for write-heavy applications:
// wal_autocheckpoint=0 on the writer, checkpoints from another thread). Each round is PASSIVE: it never
// waits for or blocks a reader or the writer, and copies only committed frames, so a crash at any moment
// leaves the database as consistent as an inline checkpoint would. The writer's connection should set
// PRAGMA wal_autocheckpoint=0 while this runs and run one last checkpoint itself when done.
// Speed only: if the second connection cannot open, nothing is checkpointed here and nothing else changes.
class Checkpointer final
{
public:
    // Starts checkpointing the database at path every intervalMs.
    explicit Checkpointer(const QString &path, int intervalMs = 200);
    // Stops and joins the thread (at most one checkpoint in progress is finished first).
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Sum over the rounds of the WAL frames found in the database after each (a frame left in the WAL
    // between rounds counts again): > 0 means checkpoints ran here.
    long long framesCopied() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace herald::store
