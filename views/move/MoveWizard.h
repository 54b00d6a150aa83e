#pragma once

#include <views/VmActions.h>

#include <models/Diagnostic.h>
#include <models/Job.h>
#include <models/MigrationCompatibility.h>
#include <models/MigrationRequest.h>

#include <QHash>
#include <QPointer>
#include <QWizard>

#include <optional>

namespace hvdesk {

class HostBackend;

// Hyper-V Manager's Move wizard for one or more VMs of one connection: Before You Begin,
// Choose Move Type, Specify Destination, Choose Move Options, Choose a New Location,
// Compatibility (every problem with its fix, before anything starts), Summary (with the
// Move-VM / Move-VMStorage PowerShell) and Completion (the moves, queued or running). The pages
// keep their choices here; requests() turns them into what the backend executes.
class MoveWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { BeforeYouBeginPageId, MoveTypePageId, DestinationPageId, OptionsPageId, LocationsPageId,
                  CompatibilityPageId, SummaryPageId, CompletionPageId };
    enum class Option { SingleLocation, PerItem, VmOnly };

    MoveWizard(HostBackend *backend, const QStringList &vmIds, const QList<HostBackend *> &allBackends,
               QWidget *parent = nullptr);

    HostBackend *backend() const { return m_backend; }
    const QList<HostBackend *> &allBackends() const { return m_allBackends; }
    QStringList vmIds() const { return m_vmIds; }
    QList<VmInfo> vms() const;
    bool isBulk() const { return m_vmIds.size() > 1; }
    QString sourceHost() const; // of the first VM

    MigrationType type() const;
    bool movesVm() const { return m_movesVm; }
    void setMovesVm(bool movesVm) { m_movesVm = movesVm; }
    QString destinationHost() const { return m_movesVm ? m_destination : sourceHost(); }
    // The destination, on this connection or, where the connection can move VMs there
    // (HostBackend::canMigrateTo), on another one; `uri` is how the source reaches it then.
    void setDestinationHost(const QString &host, HostBackend *destinationBackend = nullptr, const QString &uri = QString());
    HostBackend *destinationBackend() const;
    bool isCrossConnection() const { return m_movesVm && destinationBackend() != m_backend; }
    QString destinationUri() const { return isCrossConnection() ? m_destinationUri : QString(); }
    std::optional<HostInfo> destinationHostInfo() const;
    Option moveOption() const { return m_option; }
    void setMoveOption(Option option) { m_option = option; }
    // The user has chosen an option (Next on Choose Move Options); until then the page proposes
    // one: the VM alone when its files are on storage the destination sees.
    bool moveOptionChosen() const { return m_optionChosen; }
    void setMoveOptionChosen(bool chosen) { m_optionChosen = chosen; }
    // "All data to a single location": the folder (for several VMs, each goes into a subfolder).
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folderFor(const VmInfo &vm) const;
    // "Choose where each item goes" (one VM): item index -> destination path.
    QStringList itemPaths() const { return m_itemPaths; }
    void setItemPaths(const QStringList &paths) { m_itemPaths = paths; }
    // Adapter fixes chosen on the Compatibility page: vm id -> (adapter id -> switch, "" = disconnect).
    void setSwitchMapping(const QString &vmId, const QString &adapterId, const QString &switchName);
    void clearSwitchMapping(const QString &vmId, const QString &adapterId);
    std::optional<QString> switchMapping(const QString &vmId, const QString &adapterId) const;

    // A suggested folder on the destination for `vm`.
    QString defaultFolder(const VmInfo &vm) const;
    QList<MigrationRequest> requests() const;
    // Compatibility findings for every VM, each prefixed with the VM's name when several move.
    QList<QPair<VmInfo, Diagnostics>> check() const;
    QString script() const;

    // Starts the moves (the Summary page's Move button); the jobs appear on the Completion page.
    void submit();
    const QList<JobPtr> &jobs() const { return m_jobs; }

signals:
    void mappingChanged();

private:
    HostBackend *m_backend;
    QStringList m_vmIds;
    QList<HostBackend *> m_allBackends;
    bool m_movesVm = true;
    QString m_destination;
    QPointer<HostBackend> m_destinationBackend;
    QString m_destinationUri;
    Option m_option = Option::SingleLocation;
    bool m_optionChosen = false;
    QString m_folder;
    QStringList m_itemPaths;
    QHash<QString, QList<QPair<QString, QString>>> m_mapping;
    QList<JobPtr> m_jobs;
};

} // namespace hvdesk
