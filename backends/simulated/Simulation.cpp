#include "Simulation.h"

#include "StableHash.h"

#include "IpsecOffloadAllocator.h"
#include "MigrationEngine.h"

#include <models/Format.h>
#include <models/NetworkAdapterAdvisor.h>
#include <models/Version.h>

#include <QtMath>

namespace hvdesk::sim {

namespace {

constexpr quint64 MiB = 1024ULL * 1024ULL;
constexpr quint64 GiB = 1024ULL * MiB;

} // namespace

Error Simulation::unknownVm()
{
    Error e;
    e.code = QStringLiteral("vm.unknown");
    e.message = tr("The virtual machine no longer exists.");
    e.fix = tr("Refresh the host.");
    return e;
}

Simulation::Simulation(Topology topology)
    : m_seed(topology.seed)
    , m_hosts(std::move(topology.hosts))
    , m_migrations(std::make_unique<MigrationEngine>(*this, topology.migrationNetworks))
{
    m_vms.reserve(topology.vms.size());
    for (SimVmSpec &spec : topology.vms) {
        Vm vm;
        vm.info = std::move(spec.info);
        vm.behaviour = std::move(spec.behaviour);
        vm.rng = splitmix(m_seed ^ stableHash(vm.info.id));
        vm.cpu = vm.info.state == VmState::Running ? vm.behaviour.cpuBaseline : 0;
        m_upgrades.setGuest(vm.info.id, vm.behaviour.guest);
        for (auto it = vm.behaviour.adapterLoads.cbegin(); it != vm.behaviour.adapterLoads.cend(); ++it)
            m_network.setLoad(it.key(), it.value());
        m_index.insert(vm.info.id, int(m_vms.size()));
        m_vms << std::move(vm);
    }
    for (Vm &vm : m_vms) {
        stepMetrics(vm, /*advanceTime*/ false);
        updateIntegrationStatus(vm);
        updateStatus(vm);
    }
    for (int h = 0; h < m_hosts.size(); ++h) {
        recomputeHostMemory(h);
        recomputeNetwork(h);
    }
}

Simulation::~Simulation() = default;

void Simulation::setHostReachable(const QString &hostName, bool reachable)
{
    const int h = indexOfHost(hostName);
    if (h >= 0)
        m_hosts[h].connection = reachable ? ConnectionState::Connected : ConnectionState::Stale;
}

int Simulation::indexOfHost(const QString &name) const
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_hosts[i].name == name)
            return i;
    }
    return -1;
}

quint64 Simulation::nextRandom(quint64 &state) const
{
    state = splitmix(state);
    return state;
}

void Simulation::advance(qint64 ms, QList<int> *changedVms, QList<OperationEvent> *events)
{
    m_carryMs += ms;
    const qint64 ticks = m_carryMs / TickMs;
    m_carryMs %= TickMs;
    if (ticks == 0)
        return;

    QList<int> changed;
    for (qint64 t = 0; t < ticks; ++t)
        tick(&changed, events);

    if (changedVms && !changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
        changedVms->append(changed);
    }
}

void Simulation::tick(QList<int> *changedVms, QList<OperationEvent> *events)
{
    m_nowMs += TickMs;
    QList<int> hostsToRecompute;
    {
        // Integration services setup and configuration upgrades (VmUpgrades).
        QList<VmUpgrades::Event> upgradeEvents;
        QStringList upgraded;
        m_upgrades.advance(
            TickMs, [this](const QString &id) { const int i = indexOfVm(id); return i < 0 ? nullptr : &m_vms[i].info; },
            &upgradeEvents, &upgraded);
        for (const VmUpgrades::Event &ev : std::as_const(upgradeEvents)) {
            if (events)
                events->append(OperationEvent{ev.token, ev.percent, ev.phase, ev.finished, ev.error});
        }
        for (const QString &id : std::as_const(upgraded)) {
            const int i = indexOfVm(id);
            if (i >= 0) {
                updateIntegrationStatus(m_vms[i]);
                updateStatus(m_vms[i]);
                if (changedVms)
                    changedVms->append(i);
            }
        }
    }
    for (int i = 0; i < m_vms.size(); ++i) {
        Vm &vm = m_vms[i];
        const VmInfo before = vm.info;
        if (vm.op.kind != Operation::Kind::None) {
            vm.op.elapsedMs += TickMs;
            const int percent = int(qMin<qint64>(100, vm.op.elapsedMs * 100 / qMax<qint64>(1, vm.op.durationMs)));
            if (!vm.op.fault.isNull() && percent >= 50) {
                failOperation(i, vm.op.fault, events);
                hostsToRecompute << indexOfHost(vm.info.hostName);
            } else if (vm.op.elapsedMs >= vm.op.durationMs) {
                finishOperation(i, events);
                hostsToRecompute << indexOfHost(vm.info.hostName);
            } else if (events) {
                events->append(OperationEvent{vm.op.token, percent, VmStates::displayName(vm.info.state), false, Error()});
            }
        }
        stepMetrics(vm);
        updateStatus(vm);
        if (changedVms && !(before == vm.info))
            changedVms->append(i);
    }
    m_migrations->tick(TickMs, changedVms, &hostsToRecompute, events); // moves and host settings
    for (int h : std::as_const(hostsToRecompute)) {
        if (h >= 0) {
            recomputeHostMemory(h);
            recomputeNetwork(h);
        }
    }
    m_network.step(m_nowMs, m_hosts);
}

void Simulation::stepMetrics(Vm &vm, bool advanceTime)
{
    VmInfo &info = vm.info;
    switch (info.state) {
    case VmState::Running:
    case VmState::Resetting: {
        const double periodS = 60.0 + double(stableHash(info.id) % 120);
        const double phase = double(stableHash(info.name) % 628) / 100.0;
        const double t = double(m_nowMs) / 1000.0;
        const double noise = (double(nextRandom(vm.rng) % 2001) / 1000.0 - 1.0) * 3.0;
        const double target = vm.behaviour.cpuBaseline
            + vm.behaviour.cpuAmplitude * qSin(2.0 * M_PI * t / periodS + phase) + noise;
        vm.cpu = qBound(0.0, 0.8 * vm.cpu + 0.2 * target, 100.0);
        info.cpuUsage = qRound(vm.cpu);
        const double load = vm.cpu / 100.0;
        if (info.dynamicMemory) {
            const double demand = double(info.memoryMinimumBytes)
                + (double(info.memoryStartupBytes) - double(info.memoryMinimumBytes)) * 0.5
                + (double(info.memoryMaximumBytes) - double(info.memoryMinimumBytes)) * 0.4 * load;
            info.memoryDemandBytes = quint64(demand) / MiB * MiB;
            // Dynamic memory keeps a 20 % buffer above demand, within minimum and maximum.
            const quint64 assigned = quint64(demand * 1.2) / MiB * MiB;
            info.memoryAssignedBytes = qBound(info.memoryMinimumBytes, assigned, info.memoryMaximumBytes);
        } else {
            info.memoryAssignedBytes = info.memoryStartupBytes;
            info.memoryDemandBytes = quint64(double(info.memoryStartupBytes) * (0.45 + 0.4 * load)) / MiB * MiB;
        }
        if (info.state == VmState::Running && advanceTime)
            info.uptimeMs += TickMs;
        break;
    }
    case VmState::Starting:
        info.cpuUsage = 0;
        info.memoryAssignedBytes = info.memoryStartupBytes;
        break;
    case VmState::Paused:
    case VmState::Pausing:
    case VmState::Resuming:
    case VmState::Saving:
        // A paused, pausing, resuming or saving VM still holds its memory.
        info.cpuUsage = 0;
        vm.cpu = 0;
        if (info.memoryAssignedBytes == 0)
            info.memoryAssignedBytes = info.memoryStartupBytes;
        break;
    case VmState::Stopping:
        info.cpuUsage = 0;
        break;
    case VmState::Off:
    case VmState::Saved:
    case VmState::Unknown:
        info.cpuUsage = 0;
        vm.cpu = 0;
        info.memoryAssignedBytes = 0;
        info.memoryDemandBytes = 0;
        info.uptimeMs = 0;
        break;
    }
}

void Simulation::updateStatus(Vm &vm)
{
    VmInfo &info = vm.info;
    if (vm.op.kind == Operation::Kind::ApplySettings) {
        const int percent = int(vm.op.elapsedMs * 100 / qMax<qint64>(1, vm.op.durationMs));
        info.status = tr("Applying settings (%1 %)").arg(percent);
        return;
    }
    if (vm.op.kind == Operation::Kind::StateChange) {
        const int percent = int(vm.op.elapsedMs * 100 / qMax<qint64>(1, vm.op.durationMs));
        info.status = tr("%1 (%2 %)").arg(VmStates::displayName(info.state)).arg(percent);
        return;
    }
    if (const QString upgrade = m_upgrades.statusFor(info); !upgrade.isEmpty()) {
        info.status = upgrade;
        return;
    }
    switch (info.state) {
    case VmState::Running:
    case VmState::Paused:
        info.status = tr("Operating normally");
        break;
    default:
        info.status.clear();
        break;
    }
}

void Simulation::updateIntegrationStatus(Vm &vm)
{
    const int h = indexOfHost(vm.info.hostName);
    const Version hostVersion = h >= 0 ? Version::parse(m_hosts[h].integrationServicesVersion) : Version();
    const Version guest = Version::parse(vm.info.integrationServices.guestVersion);
    const bool running = vm.info.state == VmState::Running;
    for (IntegrationService &s : vm.info.integrationServices.services) {
        if (!s.enabled)
            s.status = IntegrationServiceStatus::NotApplicable;
        else if (!running || !guest.isValid())
            s.status = IntegrationServiceStatus::NoContact;
        else if (hostVersion.isComplete() && guest.isComplete() && guest < hostVersion) // "6.2" says nothing
            s.status = IntegrationServiceStatus::ProtocolMismatch;
        else
            s.status = IntegrationServiceStatus::Ok;
    }
}

qint64 Simulation::durationOf(const Vm &vm, VmAction action) const
{
    const qint64 memGb = qint64(qMax(vm.info.memoryAssignedBytes, vm.info.memoryStartupBytes) / GiB);
    switch (action) {
    case VmAction::Start: return vm.info.state == VmState::Saved ? 1000 + memGb * 300 : 4000;
    case VmAction::TurnOff: return 800;
    case VmAction::ShutDown: return 5000;
    case VmAction::Save: return 1000 + memGb * 300;
    case VmAction::Pause: return 400;
    case VmAction::Resume: return 400;
    case VmAction::Reset: return 3000;
    }
    return 1000;
}

quint64 Simulation::hostMemoryInUse(int hostIndex) const
{
    quint64 used = 0;
    const QString &name = m_hosts[hostIndex].name;
    for (const Vm &vm : m_vms) {
        if (vm.info.hostName != name || !VmStates::holdsMemory(vm.info.state))
            continue;
        used += qMax(vm.info.memoryAssignedBytes, vm.info.state == VmState::Starting ? vm.info.memoryStartupBytes : 0);
    }
    return used;
}

void Simulation::recomputeHostMemory(int hostIndex)
{
    HostInfo &host = m_hosts[hostIndex];
    const quint64 used = hostMemoryInUse(hostIndex) + HostReserveBytes;
    host.memoryAvailableBytes = used >= host.memoryBytes ? 0 : host.memoryBytes - used;
}

Error Simulation::preconditions(int vmIndex, VmAction action) const
{
    const Vm &vm = m_vms[vmIndex];
    if (m_migrations->isMoving(vmIndex))
        return m_migrations->busyError(vmIndex);
    if (vm.op.kind == Operation::Kind::ApplySettings) {
        Error e;
        e.code = QStringLiteral("vm.busy");
        e.message = tr("Cannot %1 '%2': its settings are being applied.")
                        .arg(VmStates::displayName(action).toLower(), vm.info.name);
        e.fix = tr("Wait until the settings are applied, then try again.");
        return e;
    }
    Error e = VmStates::checkTransition(vm.info.name, vm.info.state, action);
    if (!e.isNull())
        return e;
    if (m_upgrades.blocksStateChanges(vm.info.id)) {
        e.code = QStringLiteral("vm.busy");
        e.message = tr("Cannot %1 '%2': its configuration version is being upgraded.")
                        .arg(VmStates::displayName(action).toLower(), vm.info.name);
        e.fix = tr("Wait until the upgrade has finished, then try again.");
        return e;
    }

    const int h = indexOfHost(vm.info.hostName);
    if (action == VmAction::Start && h >= 0) {
        const HostInfo &host = m_hosts[h];
        const quint64 needed = vm.info.memoryStartupBytes;
        if (needed > host.memoryAvailableBytes) {
            e.code = QStringLiteral("0x8007000E");
            e.field = QStringLiteral("memoryStartupBytes");
            e.message = tr("'%1' could not start: not enough memory on %2 (%3 needed, %4 available).")
                            .arg(vm.info.name, host.name, Format::memoryMB(needed),
                                 Format::memoryMB(host.memoryAvailableBytes));
            e.fix = tr("Shut down or save another virtual machine on %1, or lower the startup memory.").arg(host.name);
            return e;
        }
    }
    if (action == VmAction::ShutDown
        && (vm.info.integrationServices.guestVersion.isEmpty()
            || !vm.info.integrationServices.isEnabled(IntegrationServiceKind::Shutdown))) {
        e.code = QStringLiteral("vm.shutdown-unavailable");
        e.message = tr("Cannot shut down '%1': the operating system shutdown integration service is not enabled "
                       "or not installed in the guest.")
                        .arg(vm.info.name);
        e.fix = tr("Use Turn Off, or enable Operating system shutdown in Settings > Integration Services.");
        return e;
    }
    return {};
}

Error Simulation::beginStateChange(int vmIndex, VmAction action, quint64 token)
{
    if (vmIndex < 0 || vmIndex >= m_vms.size())
        return unknownVm();
    const Error e = preconditions(vmIndex, action);
    if (!e.isNull())
        return e;
    Vm &vm = m_vms[vmIndex];
    vm.op = Operation();
    vm.op.kind = Operation::Kind::StateChange;
    vm.op.token = token;
    vm.op.action = action;
    vm.op.from = vm.info.state;
    vm.op.durationMs = durationOf(vm, action);
    vm.op.fault = vm.behaviour.faults.value(action);
    vm.info.state = VmStates::transitionalState(action);
    if (action == VmAction::Start)
        vm.info.memoryAssignedBytes = vm.info.memoryStartupBytes;
    updateStatus(vm);
    recomputeHostMemory(indexOfHost(vm.info.hostName));
    return {};
}

bool Simulation::cancel(quint64 token)
{
    if (m_migrations->cancel(token))
        return true;
    if (m_upgrades.cancel(token)) {
        for (Vm &vm : m_vms)
            updateStatus(vm);
        return true;
    }
    for (int i = 0; i < m_vms.size(); ++i) {
        Vm &vm = m_vms[i];
        if (vm.op.kind == Operation::Kind::None || vm.op.token != token)
            continue;
        if (vm.op.kind == Operation::Kind::StateChange)
            vm.info.state = vm.op.from;
        vm.op = Operation();
        stepMetrics(vm);
        updateStatus(vm);
        const int h = indexOfHost(vm.info.hostName);
        recomputeHostMemory(h);
        recomputeNetwork(h);
        return true;
    }
    return false;
}

void Simulation::failOperation(int index, Error error, QList<OperationEvent> *events) // by value: it may live in vm.op
{
    Vm &vm = m_vms[index];
    const quint64 token = vm.op.token;
    const int percent = int(vm.op.elapsedMs * 100 / qMax<qint64>(1, vm.op.durationMs));
    if (vm.op.kind == Operation::Kind::StateChange)
        vm.info.state = vm.op.from;
    vm.op = Operation();
    updateStatus(vm);
    if (events)
        events->append(OperationEvent{token, percent, QString(), true, error});
}

void Simulation::finishOperation(int index, QList<OperationEvent> *events)
{
    Vm &vm = m_vms[index];
    const Operation op = vm.op;
    vm.op = Operation();

    if (op.kind == Operation::Kind::ApplySettings) {
        if (!vm.applyFault.isNull()) {
            const Error fault = vm.applyFault;
            vm.applyFault = Error();
            vm.op = op; // for failOperation's bookkeeping
            failOperation(index, fault, events);
            return;
        }
        const VmSettingsChange &c = op.change;
        QList<NetworkAdapter> adapters = vm.info.adapters;
        adapters.erase(std::remove_if(adapters.begin(), adapters.end(),
                                      [&](const NetworkAdapter &a) { return c.removedAdapterIds.contains(a.settings.id); }),
                       adapters.end());
        for (const AdapterModification &m : c.modifiedAdapters) {
            for (NetworkAdapter &a : adapters) {
                if (a.settings.id == m.after.id) {
                    a.settings = m.after;
                    a.settings.macAddress = NetworkAdapterRules::normalizeMac(m.after.macAddress);
                    a.runtime.macAddress = a.settings.macAddress;
                }
            }
        }
        int ordinal = int(vm.info.adapters.size());
        for (NetworkAdapterSettings added : c.addedAdapters) {
            if (added.id.isEmpty())
                added.id = QStringLiteral("Microsoft:%1\\%2").arg(vm.info.id.toUpper()).arg(ordinal++);
            if (added.macAddress.isEmpty()) {
                const quint64 r = nextRandom(vm.rng);
                added.macAddress = QStringLiteral("00155D%1").arg(r & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
            }
            added.macAddress = NetworkAdapterRules::normalizeMac(added.macAddress);
            NetworkAdapter a;
            a.settings = added;
            a.runtime.macAddress = added.macAddress;
            adapters << a;
        }
        vm.info.adapters = adapters;
        for (const IntegrationService &changed : c.changedServices) {
            for (IntegrationService &s : vm.info.integrationServices.services) {
                if (s.kind == changed.kind)
                    s.enabled = changed.enabled;
            }
        }
    } else if (op.kind == Operation::Kind::StateChange) {
        vm.info.state = VmStates::finalState(op.action);
        switch (op.action) {
        case VmAction::Start:
        case VmAction::Reset:
            // A boot (not a restore from a saved state) activates what setup installed.
            if (op.action == VmAction::Reset || op.from == VmState::Off)
                m_upgrades.guestBooted(vm.info);
            vm.info.uptimeMs = 0;
            // A booting guest keeps its processors busy for a while.
            vm.cpu = qMin(100.0, double(vm.behaviour.cpuBaseline) + 40.0);
            break;
        case VmAction::Resume:
            vm.cpu = vm.behaviour.cpuBaseline;
            break;
        default:
            break;
        }
    }
    // tick() steps the metrics of this VM right after, in the new state.
    updateIntegrationStatus(vm);
    updateStatus(vm);
    if (events)
        events->append(OperationEvent{op.token, 100, QString(), true, Error()});
}

Error Simulation::beginSetupDisk(int vmIndex, quint64 token)
{
    if (vmIndex < 0 || vmIndex >= m_vms.size())
        return unknownVm();
    Vm &vm = m_vms[vmIndex];
    const int h = indexOfHost(vm.info.hostName);
    const Error e = m_upgrades.beginSetupDisk(vm.info, h >= 0 ? &m_hosts[h] : nullptr, token);
    if (e.isNull())
        updateStatus(vm);
    return e;
}

Error Simulation::beginConfigurationUpgrade(int vmIndex, quint64 token)
{
    if (vmIndex < 0 || vmIndex >= m_vms.size())
        return unknownVm();
    Vm &vm = m_vms[vmIndex];
    if (vm.op.kind != Operation::Kind::None) {
        Error e;
        e.code = QStringLiteral("vm.busy");
        e.message = tr("Cannot upgrade '%1' while another operation runs on it.").arg(vm.info.name);
        e.fix = tr("Wait until it has finished, then try again.");
        return e;
    }
    const int h = indexOfHost(vm.info.hostName);
    const Error e = m_upgrades.beginConfigurationUpgrade(vm.info, h >= 0 ? &m_hosts[h] : nullptr, token);
    if (e.isNull())
        updateStatus(vm);
    return e;
}

void Simulation::injectFault(int vmIndex, VmAction action, const Error &error)
{
    m_vms[vmIndex].behaviour.faults.insert(action, error);
}

void Simulation::clearFault(int vmIndex, VmAction action)
{
    m_vms[vmIndex].behaviour.faults.remove(action);
}

void Simulation::injectApplyFault(int vmIndex, const Error &error)
{
    m_vms[vmIndex].applyFault = error;
}

Error Simulation::validateChange(int vmIndex, const VmSettingsChange &change) const
{
    const Vm &vm = m_vms[vmIndex];
    const int h = indexOfHost(vm.info.hostName);
    const HostInfo &host = m_hosts[h];
    const bool running = VmStates::holdsMemory(vm.info.state);
    Error e;

    if (running && (!change.addedAdapters.isEmpty() || !change.removedAdapterIds.isEmpty())) {
        e.code = QStringLiteral("adapter.add-remove.running");
        e.field = QStringLiteral("adapters");
        e.message = tr("Network adapters of '%1' can only be added or removed while it is off.").arg(vm.info.name);
        e.fix = tr("Shut down the virtual machine first.");
        return e;
    }
    for (const QString &id : change.removedAdapterIds) {
        const bool exists = std::any_of(vm.info.adapters.begin(), vm.info.adapters.end(),
                                        [&](const NetworkAdapter &a) { return a.settings.id == id; });
        if (!exists) {
            e.code = QStringLiteral("adapter.unknown");
            e.field = QStringLiteral("adapters");
            e.message = tr("The network adapter %1 no longer exists.").arg(id);
            e.fix = tr("Close the dialog and open the settings again.");
            return e;
        }
    }

    // The reservations other adapters hold on each switch, for the oversubscription rule.
    auto otherReservations = [&](const QString &switchName, const QString &exceptId) {
        quint64 sum = 0;
        for (const Vm &other : m_vms) {
            if (other.info.hostName != host.name)
                continue;
            for (const NetworkAdapter &a : other.info.adapters) {
                if (a.settings.switchName == switchName && a.settings.id != exceptId
                    && !change.removedAdapterIds.contains(a.settings.id))
                    sum += a.settings.minimumBandwidthAbsolute;
            }
        }
        return sum;
    };

    QList<QPair<NetworkAdapterSettings, const NetworkAdapterSettings *>> candidates;
    for (const AdapterModification &m : change.modifiedAdapters) {
        const auto it = std::find_if(vm.info.adapters.begin(), vm.info.adapters.end(),
                                     [&](const NetworkAdapter &a) { return a.settings.id == m.after.id; });
        if (it == vm.info.adapters.end()) {
            e.code = QStringLiteral("adapter.unknown");
            e.field = QStringLiteral("adapters");
            e.message = tr("The network adapter %1 no longer exists.").arg(m.after.id);
            e.fix = tr("Close the dialog and open the settings again.");
            return e;
        }
        candidates << qMakePair(m.after, &it->settings);
    }
    for (const NetworkAdapterSettings &a : change.addedAdapters)
        candidates << qMakePair(a, nullptr);

    for (const auto &[settings, original] : std::as_const(candidates)) {
        // The rules and the context VM Settings and the Network View check with.
        AdapterValidationContext ctx = NetworkAdapterAdvisor::validationContext(host, vm.info, settings);
        if (ctx.switchExists)
            ctx.otherAbsoluteReservationsBps = otherReservations(settings.switchName, settings.id);
        ctx.hasOriginal = original != nullptr;
        if (original)
            ctx.original = *original;
        for (const Diagnostic &d : NetworkAdapterRules::validate(settings, ctx)) {
            if (d.isError()) {
                e.code = d.id;
                e.field = d.field;
                e.message = tr("%1: %2").arg(settings.name, d.message);
                e.fix = d.fix;
                return e;
            }
        }
    }
    return {};
}

Error Simulation::beginApplySettings(int vmIndex, const VmSettingsChange &change, quint64 token)
{
    if (vmIndex < 0 || vmIndex >= m_vms.size())
        return unknownVm();
    Vm &vm = m_vms[vmIndex];
    if (m_migrations->isMoving(vmIndex))
        return m_migrations->busyError(vmIndex);
    if (vm.op.kind != Operation::Kind::None || VmStates::isTransitional(vm.info.state)) {
        Error e;
        e.code = QStringLiteral("vm.busy");
        e.message = tr("Cannot apply settings to '%1' while it is %2.")
                        .arg(vm.info.name, VmStates::displayName(vm.info.state).toLower());
        e.fix = tr("Wait until the current operation has finished, then apply again.");
        return e;
    }
    const Error e = validateChange(vmIndex, change);
    if (!e.isNull())
        return e;
    vm.op = Operation();
    vm.op.kind = Operation::Kind::ApplySettings;
    vm.op.token = token;
    vm.op.durationMs = NetworkModel::isOffloadOnly(change) ? NetworkModel::OffloadChangeMs : 1500;
    vm.op.change = change;
    updateStatus(vm);
    return {};
}

void Simulation::recomputeNetwork(int hostIndex)
{
    if (hostIndex < 0)
        return;
    HostInfo &host = m_hosts[hostIndex];
    for (VirtualSwitch &sw : host.switches) {
        const PhysicalNic *nic = host.findNic(sw.boundNic);
        sw.iovSupportReasons.clear();
        if (sw.type != SwitchType::External)
            sw.iovSupportReasons << tr("SR-IOV needs an external switch bound to an SR-IOV network adapter.");
        else if (!sw.iovEnabled)
            sw.iovSupportReasons << tr("The switch was created without SR-IOV; it cannot be converted later (New-VMSwitch -EnableIov).");
        else if (nic && !nic->sriovSupported)
            sw.iovSupportReasons << tr("The physical network adapter '%1' does not support SR-IOV.").arg(nic->description.isEmpty() ? nic->name : nic->description);
        const bool iovUsable = sw.iovSupportReasons.isEmpty() && nic;
        sw.availableVmQueues = nic && nic->vmq.enabled && sw.type == SwitchType::External ? nic->vmq.queues : 0;
        sw.availableIpsecSa = nic && sw.type == SwitchType::External ? nic->ipsecOffloadCapacity : 0;
        sw.iovVirtualFunctionCount = iovUsable ? nic->sriovVirtualFunctions : 0;
        sw.vmqAllocated = 0;
        sw.ipsecSaAllocated = 0;
        sw.iovVirtualFunctionsInUse = 0;
    }
    // First come, first served, in VM order: queues and virtual functions are scarce.
    for (Vm &vm : m_vms) {
        if (vm.info.hostName != host.name)
            continue;
        const bool active = VmStates::holdsMemory(vm.info.state);
        for (NetworkAdapter &a : vm.info.adapters) {
            NetworkAdapterRuntime &rt = a.runtime;
            const NetworkAdapterSettings &s = a.settings;
            rt.vmqUsage = false;
            rt.iovUsage = false;
            rt.vfDataPathActive = false;
            rt.virtualFunction = -1;
            rt.iovQueuePairsAssigned = 0;
            rt.iovFallbackReason.clear();
            rt.ipsecOffloadSaUsage = 0;
            rt.status = QStringLiteral("Ok");
            rt.statusDescription = s.switchName.isEmpty() ? tr("Not connected") : QString();
            // An Off or Saved guest reports no addresses.
            rt.ipAddresses = VmStates::reportsGuestAddresses(vm.info.state) ? vm.behaviour.guestIpAddresses.value(s.id)
                                                                           : QStringList();
            VirtualSwitch *sw = nullptr;
            for (VirtualSwitch &candidate : host.switches) {
                if (candidate.name == s.switchName)
                    sw = &candidate;
            }
            if (!sw || !active)
                continue;
            if (s.iovEnabled()) {
                if (!sw->iovSupportReasons.isEmpty()) {
                    rt.iovFallbackReason = sw->iovSupportReasons.join(QLatin1Char(' '));
                } else if (sw->iovVirtualFunctionsInUse >= sw->iovVirtualFunctionCount) {
                    rt.iovFallbackReason = tr("No virtual function is free on '%1' (%2 of %2 in use).")
                                               .arg(sw->name)
                                               .arg(sw->iovVirtualFunctionCount);
                } else {
                    rt.iovUsage = true;
                    rt.virtualFunction = sw->iovVirtualFunctionsInUse++;
                    rt.vfDataPathActive = vm.info.state == VmState::Running;
                    rt.iovQueuePairsAssigned = s.iovQueuePairsRequested;
                }
                if (!rt.iovFallbackReason.isEmpty()) {
                    rt.status = QStringLiteral("Degraded");
                    rt.statusDescription = tr("SR-IOV requested; using the synthetic path.");
                }
            }
            rt.ipsecOffloadSaUsage = IpsecOffloadAllocator::grant(s, vm.behaviour.ipsecActiveSas.value(s.id), *sw);
            // An active virtual function bypasses the switch: no VMQ needed for that traffic.
            if (s.vmqEnabled() && !rt.vfDataPathActive && sw->vmqAllocated < sw->availableVmQueues) {
                rt.vmqUsage = true;
                ++sw->vmqAllocated;
            }
        }
    }
    QList<const VmInfo *> hostVms;
    for (const Vm &vm : std::as_const(m_vms)) {
        if (vm.info.hostName == host.name)
            hostVms << &vm.info;
    }
    m_network.rebuild(hostIndex, host, hostVms);
}

void Simulation::setNetworkSampling(int hostIndex, bool on)
{
    m_network.setSampling(hostIndex, on);
}

Error Simulation::setNicReceiveScaling(int hostIndex, const QString &nicName, const NicReceiveScaling &scaling)
{
    if (hostIndex < 0 || hostIndex >= m_hosts.size())
        return NicReceiveScalingNames::unknownNic(QString(), nicName);
    const Error e = NetworkModel::applyReceiveScaling(m_hosts[hostIndex], nicName, scaling);
    if (e.isNull())
        recomputeNetwork(hostIndex);
    return e;
}

} // namespace hvdesk::sim
