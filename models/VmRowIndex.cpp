#include "VmRowIndex.h"

#include "ConnectionManager.h"
#include "HostBackend.h"

namespace hvdesk {

void VmRowIndex::rebuild(const ConnectionManager *connections)
{
    backends = connections->backends();
    offsets.clear();
    int row = 0;
    for (HostBackend *b : std::as_const(backends)) {
        offsets << row;
        row += b->vmCount();
    }
    rowCount = row;
}

void VmRowIndex::clear()
{
    backends.clear();
    offsets.clear();
    rowCount = 0;
}

int VmRowIndex::locate(int row, int *localIndex) const
{
    // Few backends: a linear walk from the end beats a binary search here.
    for (int i = int(offsets.size()) - 1; i >= 0; --i) {
        if (row >= offsets[i]) {
            *localIndex = row - offsets[i];
            return i;
        }
    }
    return -1;
}

const VmInfo *VmRowIndex::vmAt(int row, HostBackend **backend) const
{
    if (row < 0 || row >= rowCount)
        return nullptr;
    int local = 0;
    const int b = locate(row, &local);
    if (b < 0 || local >= backends[b]->vmCount())
        return nullptr;
    if (backend)
        *backend = backends[b];
    return &backends[b]->vmAt(local);
}

int VmRowIndex::firstRow(const HostBackend *backend) const
{
    const qsizetype i = backends.indexOf(const_cast<HostBackend *>(backend));
    return i < 0 ? -1 : offsets[i];
}

void VmRowIndex::cacheHosts(HostBackend *backend)
{
    QHash<QString, HostInfo> byName;
    for (const HostInfo &h : backend->hosts())
        byName.insert(h.name, h);
    hosts.insert(backend, byName);
}

const HostInfo *VmRowIndex::hostOf(HostBackend *backend, const QString &hostName) const
{
    const auto it = hosts.constFind(backend);
    if (it == hosts.constEnd())
        return nullptr;
    const auto h = it->constFind(hostName);
    return h == it->constEnd() ? nullptr : &*h;
}

} // namespace hvdesk
