#pragma once

namespace hostreview {

// Asks the C library to back the heap with transparent huge pages (2 MiB) where the kernel
// offers them on request, by starting the program again with glibc's tunable
// `glibc.malloc.hugetlb=1` (it is read only when a program starts).
//
// Why: loading and analysing a large dossier touches a few hundred MiB of fresh memory, and on
// virtual machines such as the project's reference machine each 4 KiB page fault costs about
// 16 µs: 100 MiB took 415 ms to touch with 4 KiB pages and 14 ms with huge pages
// (docs/performance.md). The results do not change, only the time.
//
// Call it first in main(), before any thread or Qt object exists. It returns (doing nothing)
// when the tunable is already set, when HOSTREVIEW_HUGE_PAGES=0, when the kernel's setting is
// not "madvise" (with "always" there is nothing to ask; with "never" nothing to gain), in secure
// mode, when started through the dynamic loader, off Linux and glibc, or when the program cannot
// be started again. In the second start it puts GLIBC_TUNABLES back as it was, so that programs
// started from HostReview do not inherit it.
void useHugePages(char** argv);

} // namespace hostreview
