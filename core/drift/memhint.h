// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace wb::drift {

/// Asks for transparent huge pages on the 2 MB-aligned interior of a large buffer that is about
/// to be filled: a million-row column otherwise costs thousands of 4 KB page faults, which on
/// virtual machines dominated the system time. A hint only; no effect on small buffers.
void adviseHugePages(const void *data, size_t bytes);

/// Faults in the pages of [data, data + bytes) with one system call (MADV_POPULATE_WRITE) rather
/// than one page fault per 4 KB page touched later. A hint only.
void prefault(const void *data, size_t bytes);

/// Prefaults the next `count` unused elements of a reserved vector (clamped to its capacity).
template<typename T>
void prefaultAhead(const std::vector<T> &v, size_t count)
{
    const size_t n = std::min(count, v.capacity() - v.size());
    if (n > 0)
        prefault(v.data() + v.size(), n * sizeof(T));
}

template<typename T>
void reserveHuge(std::vector<T> &v, size_t n)
{
    if (v.capacity() >= n)
        return;
    if (v.empty())
        std::vector<T>().swap(v); // so that the new block is a fresh one
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

/// Per-thread buffers reused across columns by the statistics (fresh multi-MB allocations per
/// column were mmapped and faulted in again each time). Release with releaseThreadScratch().
struct ThreadScratch
{
    std::vector<std::uint64_t> keysA;        ///< radix sort
    std::vector<double> terms;                    ///< squared deviations, Wasserstein terms
    std::vector<double> countsA, countsB;         ///< union of unique values
    std::vector<std::vector<double>> samples;     ///< numeric samples handed back after use
};
ThreadScratch &threadScratch();
/// Makes `v` hold at least n elements (contents unspecified), asking for huge pages when it grows.
template<typename T>
void growScratch(std::vector<T> &v, size_t n)
{
    if (v.capacity() < n) {
        std::vector<T>().swap(v);
        reserveHuge(v, n);
    }
    if (v.size() < n)
        v.resize(n);
}
void releaseThreadScratch();

} // namespace wb::drift
