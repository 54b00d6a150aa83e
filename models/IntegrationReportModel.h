#pragma once

#include "Diagnostic.h"
#include "HostInfo.h"
#include "IntegrationServicesCheck.h"

#include "VmRowIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>

namespace hvdesk {

class ConnectionManager;
class HostBackend;
struct VmInfo;

// Counts of an integration services report, and its one-line summary.
struct IntegrationReportSummary
{
    int vms = 0;
    int hosts = 0;
    int hostsNeedingUpdate = 0;
    QMap<IntegrationVerdict, int> verdicts;

    int count(IntegrationVerdict v) const { return verdicts.value(v, 0); }
    // "3 of 20 VMs need an update on 2 hosts. 1 without integration services, 6 unknown."
    QString text() const;
};

// The fleet report: every VM of every connection with its guest and host versions and the
// verdict of IntegrationServicesCheck, read live from the backends (a refresh is one
// dataChanged per connection). Sort and filter it through IntegrationReportProxy.
class IntegrationReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HostColumn,
        ClusterColumn,
        VmColumn,
        StateColumn,
        GuestVersionColumn,
        HostVersionColumn,
        VerdictColumn,
        ProblemServicesColumn,
        ConfigurationVersionColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles {
        SortRole = Qt::UserRole + 1,
        VerdictRole, // int(IntegrationVerdict)
        VmIdRole,
        BackendRole, // QObject* of the HostBackend
        HostNameRole,
        ActionRole, // what to do
    };

    explicit IntegrationReportModel(ConnectionManager *connections, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const VmInfo *vmAt(int row, HostBackend **backend = nullptr) const;
    IntegrationFinding findingAt(int row) const;
    // Every host of every connection.
    QList<HostInfo> allHosts() const;
    IntegrationReportSummary summary() const;
    // Cluster findings (nodes on differing versions), then one per host (how it updates guests).
    Diagnostics diagnostics() const;

    // The rows as CSV (RFC 4180, with a header of stable, untranslated column names); all rows
    // when `rows` is empty. For scripts: states and verdicts are written as keys.
    QString toCsv(const QList<int> &rows = {}) const;
    static QStringList csvHeader();

private:
    void watch(HostBackend *backend);
    void rebuild();
    // Findings are computed once per row and change: sorting asks for them n log n times.
    const IntegrationFinding &cachedFinding(int row) const;
    void invalidate(int first, int last);

    ConnectionManager *m_connections;
    VmRowIndex m_rows;
    mutable QList<IntegrationFinding> m_findings;
    mutable QList<bool> m_findingValid;
};

} // namespace hvdesk
