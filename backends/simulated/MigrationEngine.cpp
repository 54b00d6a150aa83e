#include "MigrationEngine.h"

#include <models/HostMigrationRules.h>
#include <models/MigrationCompatibility.h>
#include <models/MigrationPaths.h>

namespace hvdesk::sim {

MigrationEngine::MigrationEngine(Simulation &sim, QList<SimMigrationNetwork> networks)
    : m_sim(sim)
    , m_networks(std::move(networks))
{
}

Error MigrationEngine::enqueue(int vmIndex, const MigrationRequest &asked, quint64 token)
{
    Error e;
    if (vmIndex < 0 || vmIndex >= m_sim.m_vms.size()) {
        e.code = QStringLiteral("vm.unknown");
        e.message = tr("The virtual machine no longer exists.");
        e.fix = tr("Refresh the host.");
        return e;
    }
    const Simulation::Vm &vm = m_sim.m_vms[vmIndex];
    // The move the Summary showed: the VM alone when none of its files changes place.
    const MigrationRequest request = MigrationPaths::effective(vm.info, asked);
    if (isMoving(vmIndex))
        return busyError(vmIndex);
    if (vm.op.kind != Simulation::Operation::Kind::None) {
        e.code = MigrationCompatibility::VmBusy;
        e.message = tr("'%1' is busy with another operation.").arg(vm.info.name);
        e.fix = tr("Wait until the current operation has finished, then move again.");
        return e;
    }
    const int source = m_sim.indexOfHost(vm.info.hostName);
    const QString destName = request.type == MigrationType::Storage ? vm.info.hostName : request.destinationHost;
    const int dest = m_sim.indexOfHost(destName);
    if (source < 0 || dest < 0) {
        e.code = QStringLiteral("migration.destination.unknown");
        e.field = QStringLiteral("destinationHost");
        e.message = tr("No host named '%1' is on this connection.").arg(destName);
        e.fix = tr("Choose one of this connection's hosts: moves between connections are not supported.");
        return e;
    }
    MigrationCheckInput in{vm.info, m_sim.m_hosts[source], m_sim.m_hosts[dest], request};
    // Memory already promised to moves into the destination is not available.
    for (const Move &m : std::as_const(m_moves)) {
        if (movesVm(m) && m.destination == destName && VmStates::holdsMemory(m_sim.m_vms[m.vm].info.state)) {
            const VmInfo &other = m_sim.m_vms[m.vm].info;
            const quint64 held = qMax(other.memoryAssignedBytes, other.memoryStartupBytes);
            in.destination.memoryAvailableBytes -= qMin(in.destination.memoryAvailableBytes, held);
        }
    }
    e = MigrationCompatibility::firstError(MigrationCompatibility::checkAll(in));
    if (!e.isNull())
        return e;

    Move m;
    m.token = token;
    m.vm = vmIndex;
    m.request = MigrationPaths::resolved(vm.info, request);
    if (request.type == MigrationType::Storage)
        m.request.destinationHost.clear();
    m.source = vm.info.hostName;
    m.destination = destName;
    for (const MigrationPaths::Item &item : MigrationPaths::items(vm.info, m.request)) {
        if (item.moves())
            m.storageTotal += double(item.bytes);
    }
    if (movesVm(m) && VmStates::holdsMemory(vm.info.state))
        m.memoryTotal = double(qMax(vm.info.memoryAssignedBytes, vm.info.memoryStartupBytes));
    else if (movesVm(m) && vm.info.state == VmState::Saved)
        m.storageTotal += double(vm.info.memoryStartupBytes); // the saved-state file travels with it
    m_moves << m;
    startQueued(nullptr);
    return {};
}

QString MigrationEngine::slotProblem(const Move &m) const
{
    auto running = [&](const QString &host, bool live) {
        int n = 0;
        for (const Move &o : m_moves) {
            if (o.phase == Phase::Queued || movesVm(o) != live)
                continue;
            if (o.source == host || (live && o.destination == host))
                ++n;
        }
        return n;
    };
    const bool live = movesVm(m);
    QStringList hosts{m.source};
    if (live && m.destination != m.source)
        hosts << m.destination;
    for (const QString &name : hosts) {
        const int h = m_sim.indexOfHost(name);
        const HostMigrationSettings &s = m_sim.m_hosts[h].migration;
        const int limit = live ? s.simultaneousLiveMigrations : s.simultaneousStorageMigrations;
        const int n = running(name, live);
        if (n >= limit)
            return live ? tr("Queued: %1 of %2 simultaneous live migrations on %3 are running.").arg(n).arg(limit).arg(name)
                        : tr("Queued: %1 of %2 simultaneous storage migrations on %3 are running.").arg(n).arg(limit).arg(name);
    }
    return QString();
}

void MigrationEngine::startQueued(QList<Simulation::OperationEvent> *events)
{
    for (Move &m : m_moves) {
        if (m.phase != Phase::Queued)
            continue;
        m.queuedReason = slotProblem(m);
        m_sim.m_vms[m.vm].info.status = statusText(m.token);
        if (!m.queuedReason.isEmpty()) {
            if (events)
                events->append({m.token, 0, m.queuedReason, false, Error(), true});
            continue;
        }
        m.phase = m.storageTotal > 0 ? Phase::Storage : m.memoryTotal > 0 ? Phase::Memory : Phase::Switchover;
        if (movesVm(m))
            assignNetwork(m); // when none is reachable, the next tick fails the move with the reason
        if (m.phase == Phase::Memory) {
            m.round = 1;
            m.roundRemaining = m.memoryTotal;
        }
        m_sim.m_vms[m.vm].info.status = statusText(m.token);
        if (events)
            events->append({m.token, 0, phaseText(m), false, Error(), false});
    }
}

QString MigrationEngine::progressText(quint64 token) const
{
    for (const Move &m : m_moves) {
        if (m.token == token)
            return phaseText(m);
    }
    return QString();
}

bool MigrationEngine::assignNetwork(Move &m)
{
    const int h = m_sim.indexOfHost(m.source);
    const QStringList preference = m_sim.m_hosts[h].migration.migrationNetworks;
    if (preference.isEmpty()) {
        m.network.clear(); // "use any available network"
        m.networkAssigned = true;
        return true;
    }
    // One network per migration; concurrent moves spread over the networks in preference order.
    QString best;
    int bestUsers = std::numeric_limits<int>::max();
    for (const QString &net : preference) {
        if (m_failedNetworks.contains(net))
            continue;
        int users = 0;
        for (const Move &o : std::as_const(m_moves)) {
            if (o.token != m.token && o.networkAssigned && o.network == net && o.phase != Phase::Queued)
                ++users;
        }
        if (users < bestUsers) {
            best = net;
            bestUsers = users;
        }
    }
    if (best.isEmpty())
        return false;
    m.network = best;
    m.networkAssigned = true;
    return true;
}

quint64 MigrationEngine::networkBps(const QString &subnet) const
{
    for (const SimMigrationNetwork &n : m_networks) {
        if (n.subnet == subnet)
            return n.linkSpeedBps;
    }
    return DefaultNetworkBps;
}

double MigrationEngine::bandwidthBytesPerSecond(const Move &m) const
{
    if (!movesVm(m))
        return double(LocalCopyBytesPerSecond);
    int users = 0;
    for (const Move &o : m_moves) {
        if (o.networkAssigned && o.network == m.network && o.phase != Phase::Queued)
            ++users;
    }
    return double(networkBps(m.network)) * NetworkShare / 8.0 / qMax(1, users);
}

int MigrationEngine::percentOf(const Move &m) const
{
    const double total = m.storageTotal + m.memoryTotal;
    if (total <= 0)
        return m.phase == Phase::Switchover ? 99 : 0;
    const double done = m.storageDone + qMin(m.memoryCopied, m.memoryTotal * 0.99);
    return qBound(0, int(done * 100.0 / total), 99);
}

QString MigrationEngine::phaseText(const Move &m) const
{
    const QString over = !movesVm(m) || !m.networkAssigned ? QString()
        : m.network.isEmpty()                              ? tr(" over any available network")
                                                           : tr(" over %1").arg(m.network);
    QString text;
    switch (m.phase) {
    case Phase::Queued: text = m.queuedReason; break;
    case Phase::Storage:
        text = movesVm(m) ? tr("Copying storage to %1%2").arg(m.destination, over) : tr("Copying storage");
        break;
    case Phase::Memory: text = tr("Copying memory to %1, round %2%3").arg(m.destination).arg(m.round).arg(over); break;
    case Phase::Switchover: text = tr("Switching over to %1").arg(m.destination); break;
    }
    if (!m.fallbackNote.isEmpty() && m.phase != Phase::Queued)
        text += QStringLiteral(" (%1)").arg(m.fallbackNote);
    return text;
}

Error MigrationEngine::lostError(const Move &m, const QString &host) const
{
    const VmInfo &vm = m_sim.m_vms[m.vm].info;
    Error e;
    e.code = QStringLiteral("migration.host.lost");
    e.field = host;
    e.message = tr("Moving '%1' failed at %2 % (%3): %4 stopped answering. '%1' is still %5 on %6 with its files intact.")
                    .arg(vm.name)
                    .arg(percentOf(m))
                    .arg(phaseText(m), host, VmStates::displayName(vm.state).toLower(), m.source);
    e.fix = tr("Check %1 and its network, then start the move again.").arg(host);
    return e;
}

void MigrationEngine::tick(qint64 ms, QList<int> *changedVms, QList<int> *changedHosts,
                           QList<Simulation::OperationEvent> *events)
{
    // Host settings changes.
    for (int i = 0; i < m_hostOps.size();) {
        HostOp &op = m_hostOps[i];
        op.elapsed += ms;
        if (op.elapsed >= HostSettingsMs) {
            m_sim.m_hosts[op.host].migration = op.settings;
            if (events)
                events->append({op.token, 100, QString(), true, Error(), false});
            m_hostOps.removeAt(i);
            continue;
        }
        if (events)
            events->append({op.token, int(op.elapsed * 100 / HostSettingsMs), tr("Applying"), false, Error(), false});
        ++i;
    }

    const double seconds = double(ms) / 1000.0;
    for (int i = 0; i < m_moves.size();) {
        Move &m = m_moves[i];
        Simulation::Vm &vm = m_sim.m_vms[m.vm];
        // A host that stops answering fails the move; nothing has changed yet.
        QString lost;
        for (const QString &host : {m.destination, m.source}) {
            const int h = m_sim.indexOfHost(host);
            if (h >= 0 && m_sim.m_hosts[h].connection != ConnectionState::Connected)
                lost = host;
        }
        if (!lost.isEmpty()) {
            const Error e = lostError(m, lost);
            if (events)
                events->append({m.token, percentOf(m), QString(), true, e, false});
            const int vmIndex = m.vm;
            m_moves.removeAt(i);
            m_sim.updateStatus(m_sim.m_vms[vmIndex]);
            if (changedVms)
                changedVms->append(vmIndex);
            continue;
        }
        if (m.phase == Phase::Queued) {
            ++i;
            continue;
        }
        if (movesVm(m) && (!m.networkAssigned || m_failedNetworks.contains(m.network))) {
            const QString failed = m.networkAssigned ? m.network : QString();
            m.networkAssigned = false;
            if (!assignNetwork(m)) {
                Error e;
                e.code = QStringLiteral("migration.network");
                e.message = tr("Moving '%1' failed: no migration network of %2 is reachable. '%1' is still on %2 "
                               "with its files intact.")
                                .arg(vm.info.name, m.source);
                e.fix = tr("Check the migration networks in Hyper-V Settings of %1, then move again.").arg(m.source);
                if (events)
                    events->append({m.token, percentOf(m), QString(), true, e, false});
                const int vmIndex = m.vm;
                m_moves.removeAt(i);
                m_sim.updateStatus(m_sim.m_vms[vmIndex]);
                continue;
            }
            if (!failed.isEmpty())
                m.fallbackNote = tr("%1 failed, continuing over %2").arg(failed, m.network);
        }
        const double bps = bandwidthBytesPerSecond(m);
        switch (m.phase) {
        case Phase::Storage:
            m.storageDone = qMin(m.storageTotal, m.storageDone + bps * seconds);
            if (m.storageDone >= m.storageTotal) {
                m.phase = m.memoryTotal > 0 ? Phase::Memory : Phase::Switchover;
                m.round = 1;
                m.roundRemaining = m.memoryTotal;
                m.roundElapsedS = 0;
            }
            break;
        case Phase::Memory: {
            const int h = m_sim.indexOfHost(m.source);
            const MigrationPerformance perf = m_sim.m_hosts[h].migration.performance;
            const double factor = perf == MigrationPerformance::Compression ? CompressionFactor
                : perf == MigrationPerformance::Smb                         ? SmbFactor
                                                                            : 1.0;
            const double copied = qMin(m.roundRemaining, bps * factor * seconds);
            m.roundRemaining -= copied;
            m.memoryCopied += copied;
            m.roundElapsedS += seconds;
            if (m.roundRemaining <= 0) {
                // What the guest wrote during this round is copied in the next one.
                const double dirtyRate = DirtyIdlePerSecond + DirtyBusyPerSecond * vm.info.cpuUsage / 100.0;
                const double dirtied = qMin(m.memoryTotal, m.memoryTotal * dirtyRate * m.roundElapsedS);
                if (dirtied <= double(BlackoutBytes) || m.round >= MaxMemoryRounds) {
                    m.phase = Phase::Switchover;
                } else {
                    ++m.round;
                    m.roundRemaining = dirtied;
                    m.roundElapsedS = 0;
                }
            }
            break;
        }
        case Phase::Switchover:
            m.switchoverElapsed += ms;
            if (m.switchoverElapsed >= SwitchoverMs) {
                commit(m, changedHosts);
                if (events) {
                    const QString done = movesVm(m) ? tr("Moved to %1").arg(m.destination) : tr("Storage moved");
                    events->append({m.token, 100, done, false, Error(), false});
                    events->append({m.token, 100, QString(), true, Error(), false});
                }
                if (changedVms)
                    changedVms->append(m.vm);
                m_moves.removeAt(i);
                continue;
            }
            break;
        case Phase::Queued:
            break;
        }
        vm.info.status = statusText(m.token);
        if (changedVms)
            changedVms->append(m.vm);
        if (events)
            events->append({m.token, percentOf(m), phaseText(m), false, Error(), false});
        ++i;
    }
    startQueued(events);
    for (const Move &m : std::as_const(m_moves)) {
        if (m.phase == Phase::Queued) {
            m_sim.m_vms[m.vm].info.status = statusText(m.token);
            if (changedVms)
                changedVms->append(m.vm);
        }
    }
}

void MigrationEngine::commit(Move &m, QList<int> *changedHosts)
{
    Simulation::Vm &vm = m_sim.m_vms[m.vm];
    const int src = m_sim.indexOfHost(m.source);
    const int dst = m_sim.indexOfHost(m.destination);
    // Space: written at the destination, freed at the source.
    for (const MigrationPaths::Item &item : MigrationPaths::items(vm.info, m.request)) {
        if (!item.moves())
            continue;
        for (StorageVolume &v : m_sim.m_hosts[dst].volumes) {
            if (&v == m_sim.m_hosts[dst].findVolume(item.destinationPath))
                v.freeBytes -= qMin(v.freeBytes, item.bytes);
        }
        for (StorageVolume &v : m_sim.m_hosts[src].volumes) {
            if (&v == m_sim.m_hosts[src].findVolume(item.sourcePath))
                v.freeBytes = qMin(v.capacityBytes, v.freeBytes + item.bytes);
        }
        switch (item.kind) {
        case MigrationPaths::ItemKind::Disk: vm.info.disks[item.diskIndex].path = item.destinationPath; break;
        case MigrationPaths::ItemKind::Configuration: vm.info.configurationPath = item.destinationPath; break;
        case MigrationPaths::ItemKind::Checkpoints: vm.info.checkpointPath = item.destinationPath; break;
        case MigrationPaths::ItemKind::SmartPaging: vm.info.smartPagingPath = item.destinationPath; break;
        }
    }
    if (movesVm(m)) {
        for (NetworkAdapter &a : vm.info.adapters)
            a.settings.switchName = MigrationCompatibility::destinationSwitch(a.settings, m.request);
        vm.info.hostName = m.destination;
    }
    m_sim.updateIntegrationStatus(vm);
    m_sim.updateStatus(vm);
    if (changedHosts)
        *changedHosts << src << dst;
}

bool MigrationEngine::cancel(quint64 token)
{
    for (int i = 0; i < m_moves.size(); ++i) {
        if (m_moves[i].token == token) {
            const int vmIndex = m_moves[i].vm;
            m_moves.removeAt(i);
            m_sim.updateStatus(m_sim.m_vms[vmIndex]);
            return true;
        }
    }
    for (int i = 0; i < m_hostOps.size(); ++i) {
        if (m_hostOps[i].token == token) {
            m_hostOps.removeAt(i);
            return true;
        }
    }
    return false;
}

bool MigrationEngine::isMoving(int vmIndex) const
{
    return std::any_of(m_moves.begin(), m_moves.end(), [&](const Move &m) { return m.vm == vmIndex; });
}

bool MigrationEngine::contains(quint64 token) const
{
    return std::any_of(m_moves.begin(), m_moves.end(), [&](const Move &m) { return m.token == token; });
}

bool MigrationEngine::isRunning(quint64 token) const
{
    return contains(token) && phaseOf(token) != Phase::Queued;
}

MigrationEngine::Phase MigrationEngine::phaseOf(quint64 token) const
{
    for (const Move &m : m_moves) {
        if (m.token == token)
            return m.phase;
    }
    return Phase::Queued;
}

QString MigrationEngine::networkOf(quint64 token) const
{
    for (const Move &m : m_moves) {
        if (m.token == token)
            return m.network;
    }
    return QString();
}

int MigrationEngine::memoryRoundsOf(quint64 token) const
{
    for (const Move &m : m_moves) {
        if (m.token == token)
            return m.round;
    }
    return 0;
}

QString MigrationEngine::statusText(quint64 token) const
{
    for (const Move &m : m_moves) {
        if (m.token != token)
            continue;
        if (m.phase == Phase::Queued)
            return tr("Waiting to move");
        return movesVm(m) ? tr("Migrating (%1 %)").arg(percentOf(m)) : tr("Moving storage (%1 %)").arg(percentOf(m));
    }
    return QString();
}

Error MigrationEngine::busyError(int vmIndex) const
{
    Error e;
    e.code = MigrationCompatibility::VmBusy;
    e.message = tr("'%1' is being moved.").arg(m_sim.m_vms[vmIndex].info.name);
    e.fix = tr("Wait until the move has finished, or cancel it in the Jobs panel.");
    return e;
}

void MigrationEngine::setNetworkFailed(const QString &subnet, bool failed)
{
    if (failed)
        m_failedNetworks.insert(subnet);
    else
        m_failedNetworks.remove(subnet);
}

Error MigrationEngine::beginHostSettings(int hostIndex, const HostMigrationSettings &settings, quint64 token)
{
    Error e;
    if (hostIndex < 0) {
        e.code = QStringLiteral("host.unknown");
        e.message = tr("The host is not on this connection.");
        e.fix = tr("Refresh the connection.");
        return e;
    }
    const Diagnostics found = HostMigrationRules::validate(settings);
    for (const Diagnostic &d : found) {
        if (d.isError())
            return Error{d.id, d.message, d.field, d.fix};
    }
    for (const HostOp &op : std::as_const(m_hostOps)) {
        if (op.host == hostIndex) {
            e.code = QStringLiteral("host.busy");
            e.message = tr("Settings of %1 are already being applied.").arg(m_sim.m_hosts[hostIndex].name);
            e.fix = tr("Wait until that change has finished.");
            return e;
        }
    }
    m_hostOps << HostOp{token, hostIndex, settings, 0};
    return {};
}

} // namespace hvdesk::sim
