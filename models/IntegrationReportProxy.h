#pragma once

#include "IntegrationServicesCheck.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace hvdesk {

// Filters the fleet report by verdict and by text (host, cluster or VM name), and sorts by
// raw values (versions numerically, verdicts worst first).
class IntegrationReportProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IntegrationReportProxy(QObject *parent = nullptr);

    // Empty: every verdict.
    void setVerdictFilter(const QSet<IntegrationVerdict> &verdicts);
    QSet<IntegrationVerdict> verdictFilter() const { return m_verdicts; }
    void setTextFilter(const QString &text);
    // Only the VMs of this host (empty: every host).
    void setHostFilter(const QString &hostName);
    QString hostFilter() const { return m_host; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<IntegrationVerdict> m_verdicts;
    QString m_text;
    QString m_host;
};

} // namespace hvdesk
