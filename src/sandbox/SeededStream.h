#pragma once

#include <QtGlobal>

namespace herald::sandbox {

// A small, fast, reproducible random stream (SplitMix64) for one (seed, entity, purpose).
// The organisation regenerates people on demand, so seeding must cost nanoseconds: a
// QRandomGenerator (Mersenne Twister) costs microseconds to seed, which made streaming
// 100,000 install events take 10 s. Same seed, same numbers, on every platform.
class SeededStream final
{
public:
    SeededStream(quint32 seed, quint32 entity, quint32 purpose)
        : m_state((quint64(seed) << 32 | entity) ^ (quint64(purpose) * 0x9E3779B97F4A7C15ULL))
    {
        next(); // decorrelate neighbouring entities
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    quint32 generate() { return static_cast<quint32>(next() >> 32); }
    // Uniform in [0, bound).
    quint32 bounded(quint32 bound) { return static_cast<quint32>((quint64(generate()) * bound) >> 32); }
    int bounded(int bound) { return static_cast<int>(bounded(static_cast<quint32>(qMax(1, bound)))); }

private:
    quint64 m_state;
};

} // namespace herald::sandbox
