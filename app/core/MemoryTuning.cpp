// MemoryTuning: mallopt() on glibc.
#include "MemoryTuning.h"

#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace d1x {

void MemoryTuning::apply()
{
#if defined(__GLIBC__)
    // The environment (MALLOC_MMAP_THRESHOLD_=...) still wins, as glibc documents for its tunables.
    if (!std::getenv("MALLOC_MMAP_THRESHOLD_") && !std::getenv("GLIBC_TUNABLES"))
        mallopt(M_MMAP_THRESHOLD, MmapThresholdBytes);
    // Each thread that allocates gets an arena of its own, and each keeps what it freed: the network,
    // writer, hasher and checker threads need no more than two between them.
    if (!std::getenv("MALLOC_ARENA_MAX") && !std::getenv("GLIBC_TUNABLES"))
        mallopt(M_ARENA_MAX, MaxArenas);
#endif
}

} // namespace d1x
