#include "MoveWizard.h"

#include "CompatibilityPage.h"
#include "CompletionPage.h"
#include "DestinationPage.h"
#include "LocationsPage.h"
#include "MoveOptionsPage.h"
#include "MoveTypePage.h"
#include "SummaryPage.h"

#include <views/MinimumSize.h>

#include <models/HostBackend.h>
#include <models/MigrationPaths.h>
#include <models/MigrationScriptBuilder.h>

#include <QLabel>
#include <QVBoxLayout>

namespace hvdesk {

MoveWizard::MoveWizard(HostBackend *backend, const QStringList &vmIds, const QList<HostBackend *> &allBackends,
                       QWidget *parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_vmIds(vmIds)
    , m_allBackends(allBackends)
{
    setObjectName(QStringLiteral("moveWizard"));
    setWindowTitle(isBulk() ? tr("Move %n Virtual Machines", nullptr, int(vmIds.size()))
                            : tr("Move \"%1\" Wizard").arg(vms().value(0).name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Move"));

    auto *intro = new QWizardPage(this);
    intro->setObjectName(QStringLiteral("beforeYouBeginPage"));
    intro->setTitle(tr("Before You Begin"));
    auto *introText = new QLabel(
        tr("This wizard helps you move virtual machines, or their storage, to where you choose.<p>"
           "<b>Move the virtual machine</b> moves it to another Hyper-V host: a live migration when its files are on "
           "storage both hosts share, a shared-nothing live migration that copies the storage first otherwise. "
           "A running virtual machine keeps running.<p>"
           "<b>Move the virtual machine's storage</b> moves its disks, configuration, checkpoints and smart paging "
           "file to other folders of the same host while it keeps running.<p>"
           "Before anything starts, the wizard checks the destination and offers a fix for each problem it finds. "
           "Moves beyond a host's limit of simultaneous migrations wait in the Jobs panel (Ctrl+J) until a slot "
           "frees."),
        intro);
    introText->setWordWrap(true);
    introText->setTextFormat(Qt::RichText);
    auto *introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(introText);
    introLayout->addStretch();

    setPage(BeforeYouBeginPageId, intro);
    setPage(MoveTypePageId, new MoveTypePage(this));
    setPage(DestinationPageId, new DestinationPage(this));
    setPage(OptionsPageId, new MoveOptionsPage(this));
    setPage(LocationsPageId, new LocationsPage(this));
    setPage(CompatibilityPageId, new CompatibilityPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setPage(CompletionPageId, new CompletionPage(this));
    setStartId(BeforeYouBeginPageId);
    // Each page is wide enough for its tables and the header's subtitle, and as high as its
    // wrapped texts need at that width; the wizard's minimum follows its pages.
    for (int id : pageIds()) {
        page(id)->setMinimumWidth(fontMetrics().averageCharWidth() * 90);
        keepMinimumSizeForContents(page(id));
    }
    resize(860, 600);
    // The connection can be closed while the wizard is open: nothing is left to move then.
    if (backend)
        connect(backend, &QObject::destroyed, this, &QWidget::close);
}

QList<VmInfo> MoveWizard::vms() const
{
    QList<VmInfo> out;
    for (const QString &id : m_vmIds) {
        if (const VmInfo *vm = m_backend ? m_backend->findVm(id) : nullptr)
            out << *vm;
    }
    return out;
}

QString MoveWizard::sourceHost() const
{
    const QList<VmInfo> all = vms();
    return all.isEmpty() ? QString() : all.first().hostName;
}

void MoveWizard::setDestinationHost(const QString &host, HostBackend *destinationBackend, const QString &uri)
{
    m_destination = host;
    m_destinationBackend = destinationBackend;
    m_destinationUri = uri;
}

HostBackend *MoveWizard::destinationBackend() const
{
    return m_movesVm && m_destinationBackend ? m_destinationBackend.data() : m_backend;
}

std::optional<HostInfo> MoveWizard::destinationHostInfo() const
{
    HostBackend *b = destinationBackend();
    return b ? b->host(destinationHost()) : std::nullopt;
}

MigrationType MoveWizard::type() const
{
    if (!m_movesVm)
        return MigrationType::Storage;
    return m_option == Option::VmOnly ? MigrationType::Live : MigrationType::SharedNothing;
}

QString MoveWizard::defaultFolder(const VmInfo &vm) const
{
    const std::optional<HostInfo> dest = destinationHostInfo();
    return MigrationPaths::suggestedFolder(dest ? &*dest : nullptr, isBulk() ? QString() : vm.name);
}

QString MoveWizard::folderFor(const VmInfo &vm) const
{
    return isBulk() ? MigrationPaths::join(m_folder, vm.name) : m_folder;
}

void MoveWizard::setSwitchMapping(const QString &vmId, const QString &adapterId, const QString &switchName)
{
    clearSwitchMapping(vmId, adapterId);
    m_mapping[vmId] << qMakePair(adapterId, switchName);
    emit mappingChanged();
}

void MoveWizard::clearSwitchMapping(const QString &vmId, const QString &adapterId)
{
    auto &list = m_mapping[vmId];
    list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &p) { return p.first == adapterId; }), list.end());
    emit mappingChanged();
}

std::optional<QString> MoveWizard::switchMapping(const QString &vmId, const QString &adapterId) const
{
    for (const auto &p : m_mapping.value(vmId)) {
        if (p.first == adapterId)
            return p.second;
    }
    return std::nullopt;
}

QList<MigrationRequest> MoveWizard::requests() const
{
    QList<MigrationRequest> out;
    for (const VmInfo &vm : vms()) {
        MigrationRequest r;
        r.vmId = vm.id;
        r.type = type();
        r.destinationHost = m_movesVm ? m_destination : QString();
        r.destinationUri = destinationUri();
        if (r.type != MigrationType::Live) {
            if (m_option == Option::PerItem && !isBulk()) {
                const QList<MigrationPaths::Item> items = MigrationPaths::items(vm, r);
                for (int i = 0; i < items.size(); ++i) {
                    const QString dest = m_itemPaths.value(i, items[i].sourcePath);
                    switch (items[i].kind) {
                    case MigrationPaths::ItemKind::Disk: r.disks << DiskDestination{items[i].sourcePath, dest}; break;
                    case MigrationPaths::ItemKind::Configuration: r.virtualMachinePath = dest; break;
                    case MigrationPaths::ItemKind::Checkpoints: r.snapshotFilePath = dest; break;
                    case MigrationPaths::ItemKind::SmartPaging: r.smartPagingFilePath = dest; break;
                    }
                }
            } else {
                MigrationPaths::setSingleLocation(&r, vm, folderFor(vm));
            }
        }
        if (m_movesVm)
            r.switchMapping = m_mapping.value(vm.id);
        // The one decision the Summary, the PowerShell and the job share: files that all stay
        // where they are make a live migration.
        out << MigrationPaths::effective(vm, r);
    }
    return out;
}

QList<QPair<VmInfo, Diagnostics>> MoveWizard::check() const
{
    QList<QPair<VmInfo, Diagnostics>> out;
    const QList<VmInfo> all = vms();
    const QList<MigrationRequest> reqs = requests();
    const std::optional<HostInfo> dest = destinationHostInfo();
    for (int i = 0; i < all.size() && i < reqs.size(); ++i) {
        const std::optional<HostInfo> src = m_backend->host(all[i].hostName);
        if (!src || !dest)
            continue;
        MigrationCheckInput in{all[i], *src, *dest, reqs[i]};
        in.sameConnection = !isCrossConnection();
        out << qMakePair(all[i], m_backend->migrationChecks(in, destinationBackend()));
    }
    return out;
}

QString MoveWizard::script() const
{
    QStringList parts;
    const QList<VmInfo> all = vms();
    const QList<MigrationRequest> reqs = requests();
    for (int i = 0; i < all.size() && i < reqs.size(); ++i) {
        const QString own = m_backend->migrationCommand(all[i], reqs[i]);
        parts << (own.isEmpty() ? MigrationScriptBuilder::move(all[i], reqs[i]) : own);
    }
    return parts.join(QStringLiteral("\n\n"));
}

void MoveWizard::submit()
{
    if (!m_jobs.isEmpty())
        return;
    for (const MigrationRequest &r : requests())
        m_jobs << m_backend->migrate(r);
}

} // namespace hvdesk
