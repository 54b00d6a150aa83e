#pragma once

#include "NetworkSample.h"

#include <QAbstractTableModel>

namespace hvdesk {

// Per VM adapter: offered versus delivered throughput, drops and their cause, the receive
// path and what it costs, from the newest network sample of one host. One dataChanged per
// sample while the set of adapters stays the same; a reset when it changes.
class NetworkFlowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VmColumn,
        PathColumn,
        OfferedInColumn,
        DeliveredInColumn,
        DroppedColumn,
        CauseColumn,
        OfferedOutColumn,
        DeliveredOutColumn,
        HostCpuColumn,
        IpsecColumn,
        ColumnCount
    };
    enum Role {
        VmIdRole = Qt::UserRole + 1,
        ValueRole, // the number behind a numeric cell, for sorting and tests
        PathRole,  // ReceivePath as int
    };

    explicit NetworkFlowModel(QObject *parent = nullptr);

    void setSample(const NetworkSample &sample);
    const QList<FlowSample> &flows() const { return m_flows; }
    int rowOfVm(const QString &vmId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FlowSample> m_flows;
};

} // namespace hvdesk
