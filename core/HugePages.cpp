#include "HugePages.h"

#include <cstdio>
#include <cstdlib> // defines __GLIBC__, tested below
#include <cstring>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <sys/auxv.h>
#include <unistd.h>
#endif

namespace hostreview {

void useHugePages(char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    // The second start: glibc has read the tunable; give the environment back as it was, so that
    // programs started from here (a browser, a PDF viewer) do not inherit it.
    static const char started[] = "HOSTREVIEW_HUGE_PAGES_BEFORE";
    if (const char* before = std::getenv(started)) {
        if (before[0] == '=')
            ::setenv("GLIBC_TUNABLES", before + 1, 1);
        else
            ::unsetenv("GLIBC_TUNABLES");
        ::unsetenv(started);
        return;
    }
    // Not in secure mode (glibc may drop the tunables there, and the program would start again
    // and again), nor when started through the dynamic loader (/proc/self/exe is then the loader).
    if (::getauxval(AT_SECURE) != 0 || ::getauxval(AT_BASE) == 0)
        return;
    const char* off = std::getenv("HOSTREVIEW_HUGE_PAGES");
    if (off && std::strcmp(off, "0") == 0)
        return;
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return; // set by the user, or already started again
    char mode[128] = {};
    if (FILE* f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r")) {
        const size_t n = std::fread(mode, 1, sizeof mode - 1, f);
        mode[n] = '\0';
        std::fclose(f);
    }
    if (!std::strstr(mode, "[madvise]"))
        return;
    const std::string previous = tunables ? tunables : "";
    std::string value = previous.empty() ? std::string("glibc.malloc.hugetlb=1") : previous + ":glibc.malloc.hugetlb=1";
    if (previous.find("glibc.malloc.mmap_threshold") == std::string::npos)
        value += ":glibc.malloc.mmap_threshold=2097152"; // see HugePages.h
    const std::string before = tunables ? "=" + previous : std::string("-");
    if (::setenv(started, before.c_str(), 1) != 0 || ::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) {
        ::unsetenv(started);
        return;
    }
    ::execv("/proc/self/exe", argv);
    // Could not start again: carry on as before, with the environment as it was.
    ::unsetenv(started);
    if (tunables)
        ::setenv("GLIBC_TUNABLES", previous.c_str(), 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace hostreview
