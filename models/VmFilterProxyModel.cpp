#include "VmFilterProxyModel.h"

#include "HostBackend.h"
#include "VmListModel.h"

namespace hvdesk {

VmFilterProxyModel::VmFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VmListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void VmFilterProxyModel::setHostFilter(HostBackend *backend, const QString &hostName)
{
    if (m_backend == backend && m_hostName == hostName)
        return;
    m_backend = backend;
    m_hostName = hostName;
    invalidateRowsFilter();
}

void VmFilterProxyModel::setNameFilter(const QString &text)
{
    if (m_name == text)
        return;
    m_name = text;
    invalidateRowsFilter();
}

bool VmFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, VmListModel::NameColumn, sourceParent);
    if (m_backend) {
        if (idx.data(VmListModel::BackendRole).value<QObject *>() != m_backend.data())
            return false;
        if (!m_hostName.isEmpty() && idx.data(VmListModel::HostNameRole).toString() != m_hostName)
            return false;
    }
    if (!m_name.isEmpty() && !idx.data(Qt::DisplayRole).toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace hvdesk
