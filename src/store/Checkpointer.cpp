#include "Checkpointer.h"

#include "common/Logging.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace herald::store {

struct Checkpointer::State
{
    std::mutex mutex;
    std::condition_variable_any wake;
    std::atomic<long long> copied{0};
    std::jthread thread;
};

namespace {

void run(const QByteArray &path, int intervalMs, std::stop_token stop, std::mutex &mutex,
         std::condition_variable_any &wake, std::atomic<long long> &copied)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        qCWarning(lcStore) << "background checkpoints are off:"
                           << (db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return;
    }
    // A connection learns that the database is in WAL mode when it first reads it; until then a
    // checkpoint does nothing.
    if (sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcStore) << "background checkpoints are off:" << sqlite3_errmsg(db);
        sqlite3_close(db);
        return;
    }
    while (!stop.stop_requested()) {
        {
            std::unique_lock lock(mutex);
            wake.wait_for(lock, stop, std::chrono::milliseconds(intervalMs), [] { return false; });
        }
        if (stop.stop_requested())
            break;
        int walFrames = 0;
        int checkpointed = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walFrames, &checkpointed);
        if (rc == SQLITE_OK) {
            if (checkpointed > 0)
                copied.fetch_add(checkpointed, std::memory_order_relaxed);
        } else if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            qCWarning(lcStore) << "background checkpoint failed:" << sqlite3_errmsg(db);
            break;
        }
    }
    sqlite3_close(db);
}

} // namespace

Checkpointer::Checkpointer(const QString &path, int intervalMs)
    : m_state(std::make_unique<State>())
{
    State *s = m_state.get();
    m_state->thread = std::jthread([s, path = path.toUtf8(), intervalMs](std::stop_token stop) {
        run(path, intervalMs, std::move(stop), s->mutex, s->wake, s->copied);
    });
}

Checkpointer::~Checkpointer()
{
    m_state->thread.request_stop();
    m_state->thread.join();
}

long long Checkpointer::framesCopied() const
{
    return m_state->copied.load(std::memory_order_relaxed);
}

} // namespace herald::store
