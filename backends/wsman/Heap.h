#pragma once

namespace hvdesk::wsman {

// WS-Management traffic comes in bursts of large envelopes: an enumeration of a big host is
// several 500 KB answers turned into thousands of objects, then freed, again every few seconds.
// By default glibc hands that memory back to the kernel after each burst and maps large buffers
// afresh, so the next burst pays a page fault per page (measured: a third of the client's time
// for 1,000 VMs). This keeps freed memory in the heap for reuse instead (up to 64 MB free, blocks
// below 32 MB from the heap). Process-wide: called once at start by the executables that speak
// WS-Management (hvdesk, hvdesk-simd); a no-op elsewhere than glibc.
void keepHeapForEnvelopes();

} // namespace hvdesk::wsman
