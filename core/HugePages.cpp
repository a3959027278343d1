#include "HugePages.h"

#include <cstdio>
#include <cstdlib> // defines __GLIBC__, tested below
#include <cstring>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace hostreview {

void useHugePages(char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
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
    const std::string value =
        previous.empty() ? std::string("glibc.malloc.hugetlb=1") : previous + ":glibc.malloc.hugetlb=1";
    if (::setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    ::execv("/proc/self/exe", argv);
    // Could not start again: carry on as before, with the environment as it was.
    if (tunables)
        ::setenv("GLIBC_TUNABLES", previous.c_str(), 1);
    else
        ::unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace hostreview
