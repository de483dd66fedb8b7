// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/datatable.h"

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
template<typename T, typename A>
void prefaultAhead(const std::vector<T, A> &v, size_t count)
{
    const size_t n = std::min(count, v.capacity() - v.size());
    if (n > 0)
        prefault(v.data() + v.size(), n * sizeof(T));
}

template<typename T, typename A>
void reserveHuge(std::vector<T, A> &v, size_t n)
{
    if (v.capacity() >= n)
        return;
    if (v.empty())
        std::vector<T, A>().swap(v); // so that the new block is a fresh one
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

/// Per-thread buffers reused across columns by the statistics (fresh multi-MB allocations per
/// column were mmapped and faulted in again each time). Release with releaseThreadScratch().
struct ThreadScratch
{
    CellVector<std::uint64_t> keysA, keysB;       ///< radix sort (not zeroed when they grow)
    std::vector<size_t> bucketStart, bucketPos, counts; ///< radix sort
    CellVector<std::uint64_t> sortedRef, sortedCur; ///< a numerical column's samples as sorted keys
    CellVector<double> decoded;                   ///< a packed column's finite values
    std::vector<double> countsA, countsB;         ///< union of unique values
};
ThreadScratch &threadScratch();
/// Makes `v` hold at least n elements (contents unspecified), asking for huge pages when it grows.
template<typename T, typename A>
void growScratch(std::vector<T, A> &v, size_t n)
{
    if (v.capacity() < n) {
        std::vector<T, A>().swap(v);
        reserveHuge(v, n);
    }
    if (v.size() < n)
        v.resize(n);
}
void releaseThreadScratch();

} // namespace wb::drift
