// MemoryTuning: how the C library's heap is asked to behave, once at start-up, so peak memory stays flat.
//
// A download passes every byte through short-lived buffers of hundreds of KB on several threads
// (the network reply, the sink's queue, the hasher, the check's pipe). glibc's malloc serves such
// blocks from per-thread arenas and raises its mmap threshold as it sees them freed, so freed
// blocks stay in the arenas and the footprint grew with the size of the dump. With a fixed threshold
// every block of 256 KiB or more is its own mapping, given back to the system when freed; and the
// threads share two arenas instead of one each, so what one thread freed another reuses.
#pragma once

namespace d1x {

class MemoryTuning
{
public:
    // Call first thing in main(), before any thread starts. Does nothing outside glibc.
    static void apply();
    static constexpr int MmapThresholdBytes = 256 * 1024;
    static constexpr int MaxArenas = 2;
};

} // namespace d1x
