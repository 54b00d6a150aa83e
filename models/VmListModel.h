#pragma once

#include "HostInfo.h"

#include "VmRowIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hvdesk {

class ConnectionManager;
class HostBackend;
struct VmInfo;

// Every VM of every connection, one row each, in the columns of Hyper-V Manager's list.
// Values are read from the backends' inventories (no copies); a backend's refresh becomes one
// dataChanged over the rows it touched.
class VmListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        CpuColumn,
        MemoryColumn,
        UptimeColumn,
        StatusColumn,
        ConfigurationVersionColumn,
        IntegrationServicesColumn,
        HostColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SortRole = Qt::UserRole + 1, // a raw value to sort by
        VmIdRole,
        StateRole,                   // int(VmState)
        HostNameRole,
        BackendRole,                 // QObject* of the HostBackend
        StaleRole,                   // bool: the host's connection dropped
        IntegrationVerdictRole,      // int(IntegrationVerdict) of IntegrationServicesCheck
    };

    explicit VmListModel(ConnectionManager *connections, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The VM of a row, or nullptr.
    const VmInfo *vmAt(int row, HostBackend **backend = nullptr) const;
    QModelIndex indexOfVm(const QString &vmId, int column = 0) const;

private:
    void watch(HostBackend *backend);
    void recomputeOffsets();
    void onVmsChanged(HostBackend *backend, const QList<int> &indexes);
    // Hosts by name per backend, for the integration services verdict (read per cell).

    ConnectionManager *m_connections;
    VmRowIndex m_rows;
    bool m_resetting = false;
};

} // namespace hvdesk
