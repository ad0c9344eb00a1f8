/* A stand-in for Windows 10's bcryptprimitives.dll, for the Wine check
 * only (.ci/wine-check.sh): Go's Windows runtime (since Go 1.22) takes its
 * random numbers from ProcessPrng in that DLL and refuses to start without
 * it, and Debian 12's Wine 8.0 does not have it. This one answers from
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has. It is
 * compiled with mingw into the Wine prefix's system32, never shipped:
 * every Windows that Balansplan supports has the real one. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
