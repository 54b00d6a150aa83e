#pragma once

#include "HostInfo.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>

namespace hvdesk {

class ConnectionManager;
class HostBackend;

// "Hyper-V Manager" > one row per host of every connection (a connection that has no hosts
// yet, because it is connecting or failed, shows as one row with its URI). A row that is not
// simply connected says so after its name: "Failed: <reason>", "Connecting... 23 s left" (counted
// down once a second), "Connection lost: <reason>".
class HostTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // Kind
        HostNameRole,
        ClusterRole,
        ConnectionStateRole,         // int(ConnectionState)
        BackendRole,                 // QObject* of the HostBackend
        UriRole,
        StateTextRole,               // "Failed: <reason>", "Connecting... 23 s left"; empty when connected
    };
    enum class Kind { Root, Host, Connection };

    explicit HostTreeModel(ConnectionManager *connections, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex rootIndex() const;
    QModelIndex indexOfHost(const HostBackend *backend, const QString &hostName) const;
    HostBackend *backendAt(const QModelIndex &index) const;

private:
    struct Entry
    {
        QPointer<HostBackend> backend;
        HostInfo host;  // empty name: the connection itself
        bool operator==(const Entry &o) const { return backend == o.backend && host.name == o.host.name; }
    };
    QList<Entry> buildEntries() const;
    void rebuild();
    // Runs the once-a-second countdown while a connection counts down to its deadline.
    void updateTick();
    QString stateText(const Entry &entry, ConnectionState state) const;
    void watch(HostBackend *backend);

    ConnectionManager *m_connections;
    QList<Entry> m_entries;
    QTimer m_tick;
};

} // namespace hvdesk
