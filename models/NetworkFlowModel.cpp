#include "NetworkFlowModel.h"

namespace hvdesk {

namespace {

QString mbps(double v)
{
    if (v >= 1000.0)
        return NetworkFlowModel::tr("%1 Gbps").arg(v / 1000.0, 0, 'f', 2);
    return NetworkFlowModel::tr("%1 Mbps").arg(v, 0, 'f', v < 10.0 ? 1 : 0);
}

} // namespace

NetworkFlowModel::NetworkFlowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NetworkFlowModel::setSample(const NetworkSample &sample)
{
    bool sameRows = sample.flows.size() == m_flows.size();
    for (int i = 0; sameRows && i < m_flows.size(); ++i)
        sameRows = m_flows[i].adapterId == sample.flows[i].adapterId;
    if (!sameRows) {
        beginResetModel();
        m_flows = sample.flows;
        endResetModel();
        return;
    }
    m_flows = sample.flows;
    if (!m_flows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_flows.size()) - 1, ColumnCount - 1));
}

int NetworkFlowModel::rowOfVm(const QString &vmId) const
{
    for (int i = 0; i < m_flows.size(); ++i) {
        if (m_flows[i].vmId == vmId)
            return i;
    }
    return -1;
}

int NetworkFlowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int NetworkFlowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NetworkFlowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_flows.size())
        return {};
    const FlowSample &f = m_flows[index.row()];
    if (role == VmIdRole)
        return f.vmId;
    if (role == PathRole)
        return int(f.path);
    if (role == ValueRole) {
        switch (index.column()) {
        case OfferedInColumn: return f.offeredInMbps;
        case DeliveredInColumn: return f.deliveredInMbps;
        case DroppedColumn: return f.droppedPacketsPerSec;
        case OfferedOutColumn: return f.offeredOutMbps;
        case DeliveredOutColumn: return f.deliveredOutMbps;
        case HostCpuColumn: return f.hostCorePercent;
        case IpsecColumn: return f.guestIpsecCpuPercent;
        case CauseColumn: return int(f.dropCause);
        case PathColumn: return int(f.path);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= OfferedInColumn && index.column() != CauseColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == IpsecColumn) {
        return tr("%1 security associations offloaded to the NIC, %2 handled in the guest. "
                  "IPsec task offload is deprecated in newer Windows versions.")
            .arg(f.ipsecSasOffloaded)
            .arg(f.ipsecSasInGuest);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case VmColumn:
        return f.adapterName.isEmpty() || f.adapterName == QLatin1String("Network Adapter")
            ? f.vmName
            : tr("%1 (%2)").arg(f.vmName, f.adapterName);
    case PathColumn: return NetworkNames::pathText(f);
    case OfferedInColumn: return mbps(f.offeredInMbps);
    case DeliveredInColumn: return mbps(f.deliveredInMbps);
    case DroppedColumn:
        return f.droppedPacketsPerSec < 0.5 ? QStringLiteral("0")
                                           : tr("%1 pkt/s").arg(qRound64(f.droppedPacketsPerSec));
    case CauseColumn: return NetworkNames::displayName(f.dropCause);
    case OfferedOutColumn: return mbps(f.offeredOutMbps);
    case DeliveredOutColumn: return mbps(f.deliveredOutMbps);
    case HostCpuColumn: return tr("%1 %").arg(f.hostCorePercent, 0, 'f', 1);
    case IpsecColumn:
        if (f.ipsecSasOffloaded == 0 && f.ipsecSasInGuest == 0)
            return QString();
        return f.ipsecSasInGuest == 0 ? tr("offloaded (%1 SA)").arg(f.ipsecSasOffloaded)
                                      : tr("guest CPU %1 %").arg(f.guestIpsecCpuPercent, 0, 'f', 0);
    }
    return {};
}

QVariant NetworkFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case HostCpuColumn: return tr("Host core time its receive work costs, in % of one core (RSS spreads it over several)");
        case DroppedColumn: return tr("Received packets lost per second, before they reached the guest");
        case PathColumn: return tr("SR-IOV: DMA into the guest. VMQ: its own queue on one core. RSS: spread. Default queue: shared.");
        default: return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VmColumn: return tr("Virtual machine");
    case PathColumn: return tr("Receive path");
    case OfferedInColumn: return tr("Offered in");
    case DeliveredInColumn: return tr("Delivered in");
    case DroppedColumn: return tr("Dropped");
    case CauseColumn: return tr("Drop cause");
    case OfferedOutColumn: return tr("Offered out");
    case DeliveredOutColumn: return tr("Delivered out");
    case HostCpuColumn: return tr("Host CPU");
    case IpsecColumn: return tr("IPsec");
    }
    return {};
}

} // namespace hvdesk
