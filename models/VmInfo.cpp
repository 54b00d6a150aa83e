#include "VmInfo.h"

namespace hvdesk {

quint64 VmInfo::totalDiskBytes() const
{
    quint64 total = 0;
    for (const VirtualDisk &d : disks)
        total += d.sizeBytes;
    return total;
}

} // namespace hvdesk
