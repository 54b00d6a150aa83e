#include "IntegrationReportProxy.h"

#include "IntegrationReportModel.h"

namespace hvdesk {

IntegrationReportProxy::IntegrationReportProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IntegrationReportModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void IntegrationReportProxy::setVerdictFilter(const QSet<IntegrationVerdict> &verdicts)
{
    if (verdicts == m_verdicts)
        return;
    m_verdicts = verdicts;
    invalidateRowsFilter();
}

void IntegrationReportProxy::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateRowsFilter();
}

void IntegrationReportProxy::setHostFilter(const QString &hostName)
{
    if (hostName == m_host)
        return;
    m_host = hostName;
    invalidateRowsFilter();
}

bool IntegrationReportProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_verdicts.isEmpty()
        && !m_verdicts.contains(IntegrationVerdict(first.data(IntegrationReportModel::VerdictRole).toInt())))
        return false;
    if (!m_host.isEmpty() && first.data(IntegrationReportModel::HostNameRole).toString() != m_host)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : { IntegrationReportModel::HostColumn, IntegrationReportModel::ClusterColumn,
             IntegrationReportModel::VmColumn }) {
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace hvdesk
