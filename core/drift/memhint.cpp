// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/memhint.h"

#include <cstdint>
#include <sys/mman.h>

namespace wb::drift {

void adviseHugePages(const void *data, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    if (!data || bytes < 2 * kHuge)
        return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE); // failure is harmless
#else
    (void)data;
    (void)bytes;
#endif
}

void prefault(const void *data, size_t bytes)
{
#ifdef MADV_POPULATE_WRITE
    constexpr std::uintptr_t kPage = 4096;
    if (!data || bytes == 0)
        return;
    const auto begin = reinterpret_cast<std::uintptr_t>(data) & ~(kPage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes + kPage - 1) & ~(kPage - 1);
    ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); // failure is harmless
#else
    (void)data;
    (void)bytes;
#endif
}

namespace {
thread_local ThreadScratch t_scratch;
}

ThreadScratch &threadScratch()
{
    return t_scratch;
}

void releaseThreadScratch()
{
    t_scratch = ThreadScratch();
}

} // namespace wb::drift
