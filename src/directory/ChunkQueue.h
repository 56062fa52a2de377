#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <stop_token>

namespace herald::directory {

// A bounded hand-over from one producing thread to one consuming thread (the import parses on one and
// writes on the other). push() waits while `capacity` chunks are waiting and gives up when its stop
// token is triggered; pop() waits for the next chunk and returns false once finish() was called and
// everything was taken.
template <typename Chunk> class ChunkQueue final
{
public:
    explicit ChunkQueue(int capacity)
        : m_capacity(capacity)
    {
    }
    ChunkQueue(const ChunkQueue &) = delete;
    ChunkQueue &operator=(const ChunkQueue &) = delete;

    bool push(Chunk &&chunk, std::stop_token stop)
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait(lock, stop, [this] { return int(m_chunks.size()) < m_capacity; }))
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    bool pop(Chunk *chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        if (m_chunks.empty())
            return false;
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return true;
    }

private:
    const int m_capacity;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Chunk> m_chunks;
    bool m_finished = false;
};

} // namespace herald::directory
