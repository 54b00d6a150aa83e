#pragma once

#include "HostInfo.h"

#include <QHash>
#include <QList>

namespace hvdesk {

class ConnectionManager;
class HostBackend;
struct VmInfo;

// The rows of a list of every VM of every connection: each backend's VMs in turn, in the
// connections' order. Shared by the item models that show one row per VM; reads the backends'
// inventories; only the hosts of each connection are cached, for per-row lookups.
struct VmRowIndex
{
    QList<HostBackend *> backends; // in row order
    QList<int> offsets;            // first row of each backend
    int rowCount = 0;

    void rebuild(const ConnectionManager *connections);
    void clear();
    // The backend a row belongs to (its index in `backends`) and the VM's index there; -1 if none.
    int locate(int row, int *localIndex) const;
    const VmInfo *vmAt(int row, HostBackend **backend = nullptr) const;
    // The first row of a backend's VMs, or -1.
    int firstRow(const HostBackend *backend) const;

    // Each connection's hosts by name, read again when the backend reports a change.
    QHash<HostBackend *, QHash<QString, HostInfo>> hosts;
    void cacheHosts(HostBackend *backend);
    void forgetHosts(HostBackend *backend) { hosts.remove(backend); }
    const HostInfo *hostOf(HostBackend *backend, const QString &hostName) const;
};

} // namespace hvdesk
