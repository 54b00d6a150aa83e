#include "Heap.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace hvdesk::wsman {

void keepHeapForEnvelopes()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // envelopes come from the heap, not from fresh mappings
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); // freed memory stays for the next burst
#endif
}

} // namespace hvdesk::wsman
