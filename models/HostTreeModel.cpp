#include "HostTreeModel.h"

#include "ConnectionManager.h"
#include "HostBackend.h"

namespace hvdesk {

// Internal ids: 0 for the root row, 1 for host rows (their parent is the root).
static constexpr quintptr RootId = 0;
static constexpr quintptr HostId = 1;

HostTreeModel::HostTreeModel(ConnectionManager *connections, QObject *parent)
    : QAbstractItemModel(parent)
    , m_connections(connections)
{
    connect(connections, &ConnectionManager::backendAdded, this, [this](HostBackend *b) {
        watch(b);
        rebuild();
    });
    connect(connections, &ConnectionManager::backendRemoved, this, &HostTreeModel::rebuild);
    for (HostBackend *b : connections->backends())
        watch(b);
    m_entries = buildEntries();
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &HostTreeModel::rebuild);
    updateTick();
}

void HostTreeModel::updateTick()
{
    bool counting = false;
    for (HostBackend *b : m_connections->backends())
        counting = counting || b->connectMsLeft() >= 0;
    if (counting && !m_tick.isActive())
        m_tick.start();
    else if (!counting)
        m_tick.stop();
}

namespace {

// The reason in a row: the error's first sentence, at most about a line.
QString shortReason(const Error &error)
{
    QString text = error.message.simplified();
    constexpr int MaxChars = 120;
    if (text.size() > MaxChars)
        text = text.left(MaxChars - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace

QString HostTreeModel::stateText(const Entry &entry, ConnectionState state) const
{
    const Error error = entry.backend->lastError();
    switch (state) {
    case ConnectionState::Failed:
        return error.isNull() ? tr("Failed") : tr("Failed: %1").arg(shortReason(error));
    case ConnectionState::Stale:
        return error.isNull() ? tr("Connection lost") : tr("Connection lost: %1").arg(shortReason(error));
    case ConnectionState::Connecting: {
        const qint64 left = entry.backend->connectMsLeft();
        if (left < 0)
            return tr("Connecting...");
        return tr("Connecting... %1 s left").arg((left + 999) / 1000);
    }
    case ConnectionState::Connected:
    case ConnectionState::Disconnected:
        break;
    }
    return QString();
}

void HostTreeModel::watch(HostBackend *backend)
{
    connect(backend, &HostBackend::inventoryReset, this, &HostTreeModel::rebuild);
    connect(backend, &HostBackend::hostsChanged, this, &HostTreeModel::rebuild);
    connect(backend, &HostBackend::connectionStateChanged, this, &HostTreeModel::rebuild);
}

QList<HostTreeModel::Entry> HostTreeModel::buildEntries() const
{
    QList<Entry> out;
    for (HostBackend *b : m_connections->backends()) {
        const QList<HostInfo> hosts = b->hosts();
        if (hosts.isEmpty()) {
            out << Entry{b, HostInfo()};
            continue;
        }
        for (const HostInfo &h : hosts)
            out << Entry{b, h};
    }
    return out;
}

void HostTreeModel::rebuild()
{
    updateTick();
    const QList<Entry> fresh = buildEntries();
    if (fresh == m_entries) {
        // Same rows: only values (connection state, capacity) changed.
        m_entries = fresh;
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0, rootIndex()), index(int(m_entries.size()) - 1, 0, rootIndex()));
        emit dataChanged(rootIndex(), rootIndex());
        return;
    }
    beginResetModel();
    m_entries = fresh;
    endResetModel();
}

QModelIndex HostTreeModel::rootIndex() const
{
    return createIndex(0, 0, RootId);
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? rootIndex() : QModelIndex();
    if (parent.internalId() == RootId && row < m_entries.size())
        return createIndex(row, 0, HostId);
    return {};
}

QModelIndex HostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RootId)
        return {};
    return rootIndex();
}

int HostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() == 0 && parent.internalId() == RootId)
        return int(m_entries.size());
    return 0;
}

int HostTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant HostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == RootId) {
        switch (role) {
        case Qt::DisplayRole: return tr("Hyper-V Manager");
        case Qt::ToolTipRole: return tr("All connected servers");
        case KindRole: return int(Kind::Root);
        default: return {};
        }
    }
    const Entry &e = m_entries.at(index.row());
    if (!e.backend)
        return {};
    const bool isConnection = e.host.name.isEmpty();
    const ConnectionState state = isConnection ? e.backend->connectionState()
                                               : (e.backend->connectionState() == ConnectionState::Connected
                                                      ? e.host.connection
                                                      : e.backend->connectionState());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = isConnection ? e.backend->uri() : e.host.name;
        const QString text = stateText(e, state);
        return text.isEmpty() ? name : tr("%1 - %2", "a server's name - its connection state").arg(name, text);
    }
    case StateTextRole:
        return stateText(e, state);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!isConnection) {
            lines << e.host.name;
            if (!e.host.cluster.isEmpty())
                lines << tr("Cluster: %1").arg(e.host.cluster);
            lines << tr("%1 (build %2)").arg(e.host.osName, e.host.osBuild);
        }
        lines << tr("Connection: %1").arg(e.backend->uri());
        lines << HostNames::displayName(state);
        if (!e.backend->lastError().isNull())
            lines << e.backend->lastError().text();
        return lines.join(QLatin1Char('\n'));
    }
    case KindRole: return int(isConnection ? Kind::Connection : Kind::Host);
    case HostNameRole: return e.host.name;
    case ClusterRole: return e.host.cluster;
    case ConnectionStateRole: return int(state);
    case BackendRole: return QVariant::fromValue<QObject *>(e.backend.data());
    case UriRole: return e.backend->uri();
    default: return {};
    }
}

QHash<int, QByteArray> HostTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    roles.insert(KindRole, "kind");
    roles.insert(HostNameRole, "hostName");
    roles.insert(ClusterRole, "cluster");
    roles.insert(ConnectionStateRole, "connectionState");
    roles.insert(BackendRole, "backend");
    roles.insert(UriRole, "uri");
    roles.insert(StateTextRole, "stateText");
    return roles;
}

QModelIndex HostTreeModel::indexOfHost(const HostBackend *backend, const QString &hostName) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].backend == backend && m_entries[i].host.name == hostName)
            return index(i, 0, rootIndex());
    }
    return {};
}

HostBackend *HostTreeModel::backendAt(const QModelIndex &index) const
{
    return qobject_cast<HostBackend *>(index.data(BackendRole).value<QObject *>());
}

} // namespace hvdesk
