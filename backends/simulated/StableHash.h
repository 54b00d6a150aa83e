#pragma once

#include <QString>

namespace hvdesk::sim {

// Deterministic mixing for the simulator: the same inputs give the same numbers on every run and
// machine (qHash is seeded per process, so it is not used for simulated values).

// SplitMix64: a good 64-bit mix of x, also a step of a random sequence.
inline quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// FNV-1a over the UTF-16 code units of s.
inline quint64 stableHash(const QString &s)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace hvdesk::sim
