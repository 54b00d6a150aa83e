#include "VmListModel.h"

#include "ConnectionManager.h"
#include "Format.h"
#include "HostBackend.h"
#include "IntegrationServicesCheck.h"

#include <algorithm>

namespace hvdesk {

VmListModel::VmListModel(ConnectionManager *connections, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connections(connections)
{
    connect(connections, &ConnectionManager::backendAdded, this, [this](HostBackend *b) {
        beginResetModel();
        watch(b);
        recomputeOffsets();
        endResetModel();
    });
    connect(connections, &ConnectionManager::backendAboutToBeRemoved, this, [this](HostBackend *b) {
        beginResetModel();
        b->disconnect(this);
        m_rows.forgetHosts(b);
        m_resetting = true;
    });
    connect(connections, &ConnectionManager::backendRemoved, this, [this] {
        recomputeOffsets();
        m_resetting = false;
        endResetModel();
    });
    for (HostBackend *b : connections->backends())
        watch(b);
    recomputeOffsets();
}

void VmListModel::watch(HostBackend *backend)
{
    m_rows.cacheHosts(backend);
    connect(backend, &HostBackend::hostsChanged, this, [this, backend] {
        m_rows.cacheHosts(backend);
        const int i = int(m_rows.backends.indexOf(backend));
        const int n = i < 0 || m_resetting ? 0 : qMin(backend->vmCount(), m_rows.rowCount - m_rows.offsets[i]);
        if (n > 0)
            emit dataChanged(index(m_rows.offsets[i], IntegrationServicesColumn), index(m_rows.offsets[i] + n - 1, IntegrationServicesColumn));
    });
    connect(backend, &HostBackend::inventoryAboutToReset, this, [this] {
        beginResetModel();
        m_resetting = true;
    });
    connect(backend, &HostBackend::inventoryReset, this, [this, backend] {
        m_rows.cacheHosts(backend);
        recomputeOffsets();
        if (m_resetting) {
            m_resetting = false;
            endResetModel();
        } else {
            // A backend that reset without warning: still a full reset for the views.
            beginResetModel();
            endResetModel();
        }
    });
    connect(backend, &HostBackend::vmsChanged, this,
            [this, backend](const QList<int> &indexes) { onVmsChanged(backend, indexes); });
    connect(backend, &HostBackend::connectionStateChanged, this, [this, backend] {
        const int i = int(m_rows.backends.indexOf(backend));
        const int n = i < 0 ? 0 : backend->vmCount();
        if (n > 0)
            emit dataChanged(index(m_rows.offsets[i], 0), index(m_rows.offsets[i] + n - 1, ColumnCount - 1));
    });
}

void VmListModel::recomputeOffsets()
{
    m_rows.rebuild(m_connections);
}

void VmListModel::onVmsChanged(HostBackend *backend, const QList<int> &indexes)
{
    if (m_resetting || indexes.isEmpty())
        return;
    const int i = int(m_rows.backends.indexOf(backend));
    if (i < 0)
        return;
    const auto [lo, hi] = std::minmax_element(indexes.begin(), indexes.end());
    const int first = m_rows.offsets[i] + *lo;
    const int last = m_rows.offsets[i] + *hi;
    if (first < 0 || last >= m_rows.rowCount)
        return;
    // One range per refresh: views repaint once, proxies re-sort once. Names do not change on a
    // refresh (a rename resets the inventory), so a list sorted by name is not re-sorted.
    emit dataChanged(index(first, StateColumn), index(last, ColumnCount - 1));
}

int VmListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.rowCount;
}

int VmListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const VmInfo *VmListModel::vmAt(int row, HostBackend **backend) const
{
    return m_rows.vmAt(row, backend);
}

QModelIndex VmListModel::indexOfVm(const QString &vmId, int column) const
{
    for (int i = 0; i < m_rows.backends.size(); ++i) {
        const int local = m_rows.backends[i]->indexOfVm(vmId);
        if (local >= 0)
            return index(m_rows.offsets[i] + local, column);
    }
    return {};
}

QVariant VmListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.rowCount)
        return {};
    HostBackend *backend = nullptr;
    const VmInfo *vm = vmAt(index.row(), &backend);
    if (!vm)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return vm->name;
        case StateColumn: return VmStates::displayName(vm->state);
        case CpuColumn:
            return vm->state == VmState::Running ? Format::percent(vm->cpuUsage) : QString();
        case MemoryColumn:
            return VmStates::holdsMemory(vm->state) ? Format::memoryMB(vm->memoryAssignedBytes) : QString();
        case UptimeColumn: return Format::uptime(vm->uptimeMs);
        case StatusColumn: return vm->status;
        case ConfigurationVersionColumn: return vm->configurationVersion;
        case IntegrationServicesColumn:
            return IntegrationServicesCheck::displayName(
                IntegrationServicesCheck::verdict(*vm, m_rows.hostOf(backend, vm->hostName)));
        case HostColumn: return vm->hostName;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StateColumn: return int(vm->state);
        case CpuColumn: return vm->state == VmState::Running ? vm->cpuUsage : -1;
        case MemoryColumn: return VmStates::holdsMemory(vm->state) ? qulonglong(vm->memoryAssignedBytes) : 0ULL;
        case UptimeColumn: return qlonglong(vm->uptimeMs);
        case IntegrationServicesColumn: return data(index, IntegrationVerdictRole);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case CpuColumn:
        case MemoryColumn:
        case UptimeColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == NameColumn)
            return vm->status.isEmpty() ? vm->name : vm->name + QStringLiteral(": ") + vm->status;
        if (index.column() == IntegrationServicesColumn) {
            const IntegrationFinding f = IntegrationServicesCheck::checkVm(*vm, m_rows.hostOf(backend, vm->hostName));
            QString tip = tr("Guest: %1. Host: %2.")
                              .arg(f.guestVersion.isEmpty() ? tr("none reported") : f.guestVersion,
                                   f.hostVersion.isEmpty() ? tr("unknown") : f.hostVersion);
            tip += QLatin1Char('\n') + f.reason;
            if (!f.action.isEmpty())
                tip += QLatin1Char('\n') + f.action;
            return tip;
        }
        return {};
    case VmIdRole: return vm->id;
    case StateRole: return int(vm->state);
    case HostNameRole: return vm->hostName;
    case BackendRole: return QVariant::fromValue<QObject *>(backend);
    case StaleRole: return backend->connectionState() == ConnectionState::Stale;
    case IntegrationVerdictRole:
        return int(IntegrationServicesCheck::verdict(*vm, m_rows.hostOf(backend, vm->hostName)));
    default: return {};
    }
}

QVariant VmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case CpuColumn: return tr("CPU Usage");
    case MemoryColumn: return tr("Assigned Memory");
    case UptimeColumn: return tr("Uptime");
    case StatusColumn: return tr("Status");
    case ConfigurationVersionColumn: return tr("Configuration Version");
    case IntegrationServicesColumn: return tr("Integration Services");
    case HostColumn: return tr("Host");
    }
    return {};
}

QHash<int, QByteArray> VmListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractTableModel::roleNames();
    roles.insert(SortRole, "sortValue");
    roles.insert(VmIdRole, "vmId");
    roles.insert(StateRole, "state");
    roles.insert(HostNameRole, "hostName");
    roles.insert(BackendRole, "backend");
    roles.insert(StaleRole, "stale");
    roles.insert(IntegrationVerdictRole, "integrationVerdict");
    return roles;
}

} // namespace hvdesk
