#include "IntegrationReportModel.h"

#include "ConfigurationVersion.h"
#include "ConnectionManager.h"
#include "HostBackend.h"
#include "Version.h"

#include <QSet>

namespace hvdesk {

namespace {

// The order "worst first" sorts in: what needs doing before what is fine.
int severityRank(IntegrationVerdict v)
{
    switch (v) {
    case IntegrationVerdict::UpdateRequired:
        return 0;
    case IntegrationVerdict::NotInstalled:
        return 1;
    case IntegrationVerdict::RestartRequired:
        return 2;
    case IntegrationVerdict::NewerThanHost:
        return 3;
    case IntegrationVerdict::Unknown:
        return 4;
    case IntegrationVerdict::UpToDate:
        return 5;
    }
    return 6;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString stateKey(VmState state)
{
    QString k = VmStates::key(state);
    if (!k.isEmpty())
        k[0] = k[0].toUpper(); // PowerShell's VMState names: Running, Off, Saved
    return k;
}

} // namespace

QString IntegrationReportSummary::text() const
{
    const int need = count(IntegrationVerdict::UpdateRequired);
    QString out;
    if (need == 0)
        out = IntegrationReportModel::tr("None of the %1 VMs needs an update.").arg(vms);
    else if (hostsNeedingUpdate == 1)
        out = IntegrationReportModel::tr("%1 of %2 VMs need an update on 1 host.").arg(need).arg(vms);
    else
        out = IntegrationReportModel::tr("%1 of %2 VMs need an update on %3 hosts.")
                  .arg(need)
                  .arg(vms)
                  .arg(hostsNeedingUpdate);
    QStringList more;
    if (const int n = count(IntegrationVerdict::RestartRequired))
        more << IntegrationReportModel::tr("%n waiting for a restart", nullptr, n);
    if (const int n = count(IntegrationVerdict::NewerThanHost))
        more << IntegrationReportModel::tr("%n newer than the host", nullptr, n);
    if (const int n = count(IntegrationVerdict::NotInstalled))
        more << IntegrationReportModel::tr("%n without integration services", nullptr, n);
    if (const int n = count(IntegrationVerdict::Unknown))
        more << IntegrationReportModel::tr("%n unknown", nullptr, n);
    if (!more.isEmpty())
        out += QLatin1Char(' ') + IntegrationReportModel::tr("%1.").arg(more.join(QStringLiteral(", ")));
    return out;
}

IntegrationReportModel::IntegrationReportModel(ConnectionManager *connections, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connections(connections)
{
    connect(connections, &ConnectionManager::backendAdded, this, [this](HostBackend *b) {
        beginResetModel();
        watch(b);
        rebuild();
        endResetModel();
    });
    connect(connections, &ConnectionManager::backendAboutToBeRemoved, this, [this](HostBackend *b) {
        beginResetModel();
        b->disconnect(this);
        m_rows.forgetHosts(b);
        m_rows.backends.removeAll(b);
        m_rows.offsets.clear();
        m_rows.rowCount = 0;
        endResetModel();
    });
    connect(connections, &ConnectionManager::backendRemoved, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    for (HostBackend *b : connections->backends())
        watch(b);
    rebuild();
}

void IntegrationReportModel::watch(HostBackend *backend)
{
    m_rows.cacheHosts(backend);
    connect(backend, &HostBackend::inventoryAboutToReset, this, [this] { beginResetModel(); });
    connect(backend, &HostBackend::inventoryReset, this, [this, backend] {
        m_rows.cacheHosts(backend);
        rebuild();
        endResetModel();
    });
    auto changedAll = [this, backend] {
        const int i = int(m_rows.backends.indexOf(backend));
        const int n = i < 0 ? 0 : qMin(backend->vmCount(), m_rows.rowCount - m_rows.offsets[i]);
        if (n > 0) {
            invalidate(m_rows.offsets[i], m_rows.offsets[i] + n - 1);
            emit dataChanged(index(m_rows.offsets[i], 0), index(m_rows.offsets[i] + n - 1, ColumnCount - 1));
        }
    };
    connect(backend, &HostBackend::hostsChanged, this, [this, backend, changedAll] {
        m_rows.cacheHosts(backend);
        changedAll();
    });
    connect(backend, &HostBackend::connectionStateChanged, this, changedAll);
    connect(backend, &HostBackend::vmsChanged, this, [this, backend](const QList<int> &indexes) {
        const int i = int(m_rows.backends.indexOf(backend));
        if (i < 0 || indexes.isEmpty())
            return;
        const auto [lo, hi] = std::minmax_element(indexes.begin(), indexes.end());
        const int first = m_rows.offsets[i] + *lo;
        const int last = m_rows.offsets[i] + *hi;
        if (first >= 0 && last < m_rows.rowCount) {
            for (int local : indexes)
                invalidate(m_rows.offsets[i] + local, m_rows.offsets[i] + local);
            emit dataChanged(index(first, StateColumn), index(last, ColumnCount - 1));
        }
    });
}

void IntegrationReportModel::rebuild()
{
    m_rows.rebuild(m_connections);
    const int row = m_rows.rowCount;
    m_findings = QList<IntegrationFinding>(row);
    m_findingValid = QList<bool>(row, false);
}

void IntegrationReportModel::invalidate(int first, int last)
{
    for (int r = qMax(0, first); r <= last && r < m_findingValid.size(); ++r)
        m_findingValid[r] = false;
}

const IntegrationFinding &IntegrationReportModel::cachedFinding(int row) const
{
    if (!m_findingValid[row]) {
        HostBackend *backend = nullptr;
        const VmInfo *vm = vmAt(row, &backend);
        m_findings[row]
            = vm ? IntegrationServicesCheck::checkVm(*vm, m_rows.hostOf(backend, vm->hostName)) : IntegrationFinding();
        m_findingValid[row] = true;
    }
    return m_findings[row];
}

int IntegrationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.rowCount;
}

int IntegrationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const VmInfo *IntegrationReportModel::vmAt(int row, HostBackend **backend) const
{
    return m_rows.vmAt(row, backend);
}

IntegrationFinding IntegrationReportModel::findingAt(int row) const
{
    return row >= 0 && row < m_rows.rowCount ? cachedFinding(row) : IntegrationFinding();
}

QVariant IntegrationReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.rowCount)
        return {};
    HostBackend *backend = nullptr;
    const VmInfo *vm = vmAt(index.row(), &backend);
    if (!vm)
        return {};
    const HostInfo *host = m_rows.hostOf(backend, vm->hostName);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole: {
        const int column = index.column();
        if (column == HostColumn)
            return vm->hostName;
        if (column == ClusterColumn)
            return host ? host->cluster : QString();
        if (column == VmColumn)
            return vm->name;
        if (column == StateColumn)
            return role == SortRole ? QVariant(int(vm->state)) : QVariant(VmStates::displayName(vm->state));
        if (column == ConfigurationVersionColumn)
            return role == SortRole ? QVariant(ConfigurationVersion::parse(vm->configurationVersion))
                                    : QVariant(vm->configurationVersion);
        const IntegrationFinding &f = cachedFinding(index.row());
        switch (column) {
        case GuestVersionColumn:
            if (role == SortRole) {
                // Numeric order: 6.10 after 6.9.
                const Version v = Version::parse(f.guestVersion);
                QString key;
                for (quint32 p : v.parts())
                    key += QStringLiteral("%1.").arg(p, 10, 10, QLatin1Char('0'));
                return key;
            }
            if (!vm->integrationServices.pendingVersion.isEmpty() && role == Qt::ToolTipRole)
                return tr("%1 (%2 installed, active after a restart)")
                    .arg(f.guestVersion, vm->integrationServices.pendingVersion);
            return f.guestVersion;
        case HostVersionColumn:
            return f.hostVersion;
        case VerdictColumn:
            if (role == SortRole)
                return severityRank(f.verdict);
            if (role == Qt::ToolTipRole)
                return f.action.isEmpty() ? f.reason : f.reason + QLatin1Char(' ') + f.action;
            return IntegrationServicesCheck::displayName(f.verdict);
        case ProblemServicesColumn: {
            if (role != Qt::DisplayRole || f.problemServices.size() < 2)
                return IntegrationServicesCheck::problemServicesText(*vm, f);
            // Several services with the same status: one short cell, the list in the tooltip.
            const IntegrationService *first = vm->integrationServices.service(f.problemServices.first());
            const IntegrationServiceStatus status = first ? first->status : IntegrationServiceStatus::NoContact;
            for (IntegrationServiceKind k : f.problemServices) {
                const IntegrationService *s = vm->integrationServices.service(k);
                if (!s || s->status != status)
                    return IntegrationServicesCheck::problemServicesText(*vm, f);
            }
            return tr("%1 (%2 services)")
                .arg(IntegrationServiceNames::displayName(status))
                .arg(f.problemServices.size());
        }
        case DetailsColumn:
            return f.action.isEmpty() ? f.reason : f.reason + QLatin1Char(' ') + f.action;
        }
        return {};
    }
    case VerdictRole:
        return int(cachedFinding(index.row()).verdict);
    case ActionRole:
        return cachedFinding(index.row()).action;
    case VmIdRole:
        return vm->id;
    case BackendRole:
        return QVariant::fromValue<QObject *>(backend);
    case HostNameRole:
        return vm->hostName;
    default:
        return {};
    }
}

QVariant IntegrationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostColumn:
        return tr("Host");
    case ClusterColumn:
        return tr("Cluster");
    case VmColumn:
        return tr("Virtual Machine");
    case StateColumn:
        return tr("State");
    case GuestVersionColumn:
        return tr("Guest Version");
    case HostVersionColumn:
        return tr("Host Version");
    case VerdictColumn:
        return tr("Integration Services");
    case ProblemServicesColumn:
        return tr("Services with Problems");
    case ConfigurationVersionColumn:
        return tr("Config. Version");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

QList<HostInfo> IntegrationReportModel::allHosts() const
{
    QList<HostInfo> out;
    for (HostBackend *b : m_rows.backends)
        out << b->hosts();
    return out;
}

IntegrationReportSummary IntegrationReportModel::summary() const
{
    IntegrationReportSummary s;
    QSet<QString> hostsNeeding;
    for (int row = 0; row < m_rows.rowCount; ++row) {
        HostBackend *backend = nullptr;
        const VmInfo *vm = vmAt(row, &backend);
        if (!vm)
            continue;
        const IntegrationFinding &f = cachedFinding(row);
        ++s.vms;
        s.verdicts[f.verdict] += 1;
        if (f.needsUpdate())
            hostsNeeding.insert(backend->uri() + QLatin1Char('\n') + vm->hostName);
    }
    for (HostBackend *b : m_rows.backends)
        s.hosts += int(m_rows.hosts.value(b).size());
    s.hostsNeedingUpdate = int(hostsNeeding.size());
    return s;
}

Diagnostics IntegrationReportModel::diagnostics() const
{
    const QList<HostInfo> hosts = allHosts();
    Diagnostics out = IntegrationServicesCheck::checkClusters(hosts);
    for (const HostInfo &h : hosts)
        out << IntegrationServicesCheck::checkHost(h);
    return out;
}

QStringList IntegrationReportModel::csvHeader()
{
    return { QStringLiteral("Host"), QStringLiteral("Cluster"), QStringLiteral("VMName"), QStringLiteral("State"),
        QStringLiteral("GuestVersion"), QStringLiteral("HostVersion"), QStringLiteral("Verdict"),
        QStringLiteral("ServicesWithProblems"), QStringLiteral("ConfigurationVersion"), QStringLiteral("Details") };
}

QString IntegrationReportModel::toCsv(const QList<int> &rows) const
{
    QList<int> which = rows;
    if (which.isEmpty()) {
        for (int r = 0; r < m_rows.rowCount; ++r)
            which << r;
    }
    QString out = csvHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row : std::as_const(which)) {
        HostBackend *backend = nullptr;
        const VmInfo *vm = vmAt(row, &backend);
        if (!vm)
            continue;
        const HostInfo *host = m_rows.hostOf(backend, vm->hostName);
        const IntegrationFinding &f = cachedFinding(row);
        QStringList problems;
        for (IntegrationServiceKind kind : f.problemServices) {
            const IntegrationService *s = vm->integrationServices.service(kind);
            problems << IntegrationServiceNames::powerShellName(kind) + QLatin1Char('=')
                    + IntegrationServiceNames::key(s ? s->status : IntegrationServiceStatus::NoContact);
        }
        const QStringList fields = {
            vm->hostName,
            host ? host->cluster : QString(),
            vm->name,
            stateKey(vm->state),
            f.guestVersion,
            f.hostVersion,
            IntegrationServicesCheck::key(f.verdict),
            problems.join(QLatin1Char(';')),
            vm->configurationVersion,
            f.action.isEmpty() ? f.reason : f.reason + QLatin1Char(' ') + f.action,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace hvdesk
