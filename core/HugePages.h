#pragma once

namespace hostreview {

// Asks the C library to back the heap with transparent huge pages (2 MiB) where the kernel
// offers them on request, by starting the program again with glibc's tunables
// `glibc.malloc.hugetlb=1` and `glibc.malloc.mmap_threshold=2097152` (they are read only when a
// program starts).
//
// Why: loading and analysing a large dossier touches a few hundred MiB of fresh memory, and on
// virtual machines such as the project's reference machine each 4 KiB page fault costs about
// 16 µs: 100 MiB took 415 ms to touch with 4 KiB pages and 14 ms with huge pages
// (docs/performance.md). The results do not change, only the time.
//
// What glibc 2.36 then backs with huge pages: the main thread's heap, and blocks of 2 MiB or more
// that it maps on their own. By default it maps blocks from 128 KiB on by themselves, which left
// the blocks from 128 KiB to 2 MiB (a bid's 10,000 answers, 1.3 MiB) on small pages: hence the
// threshold of 2 MiB. Other threads' heaps ("arenas") never get huge pages, which is why
// ReviewFile::load allocates every bid's answers list on the calling thread, and the signal
// engine runs its most allocating detector there.
//
// Call it first in main(), before any thread or Qt object exists. It returns (doing nothing)
// when the tunable is already set, when HOSTREVIEW_HUGE_PAGES=0, when the kernel's setting is
// not "madvise" (with "always" there is nothing to ask; with "never" nothing to gain), in secure
// mode, when started through the dynamic loader, off Linux and glibc, or when the program cannot
// be started again. In the second start it puts GLIBC_TUNABLES back as it was, so that programs
// started from HostReview do not inherit it.
void useHugePages(char** argv);

} // namespace hostreview
