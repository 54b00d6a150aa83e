#pragma once

#include "Diagnostic.h"
#include "Error.h"
#include "HostInfo.h"
#include "VmInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace hvdesk {

// What an administrator needs to know about one guest's integration services, compared with
// what its host offers.
enum class IntegrationVerdict {
    UpToDate,
    UpdateRequired,
    RestartRequired, // setup installed a new version; the guest must restart to use it
    NewerThanHost,
    NotInstalled, // no channel to the guest at all (libvirt: no guest agent channel)
    Unknown, // VM not running, Data Exchange off, or a version that is empty, incomplete or cannot be read
};

// How a host brings new integration services to its guests.
enum class IntegrationUpdateChannel {
    SetupDisk, // up to Windows Server 2012 R2: vmguest.iso, "Insert Integration Services Setup Disk"
    WindowsUpdate, // Windows Server 2016 (build 10.0.14393) and later
    GuestPackages, // the guest's own packages (libvirt hosts: the QEMU guest agent, qemu-guest-agent)
};

struct IntegrationFinding
{
    IntegrationVerdict verdict = IntegrationVerdict::Unknown;
    QString guestVersion; // as the guest reported it (for a VM that is off: the last known value)
    QString hostVersion;
    QString reason; // why this verdict, a complete sentence
    QString action; // what to do; empty when nothing
    QList<IntegrationServiceKind> problemServices; // protocol mismatch, no contact, lost communication

    bool needsUpdate() const { return verdict == IntegrationVerdict::UpdateRequired; }
};

// The integration services checks of DOMAIN.md section 4, pure: per VM (guest against host),
// per host (how it updates guests) and per cluster (nodes on differing versions). Versions
// compare number by number (Version), never as text.
class IntegrationServicesCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationServicesCheck)

public:
    // The first host build that updates guests through Windows Update instead of the setup disk.
    static constexpr const char *WindowsUpdateFromBuild = "10.0.14393";
    // Free space setup needs in the guest's system volume (*unverified*: the MSI packages of
    // 2012's vmguest.iso unpack to about 100 MB; setup checks with a margin).
    static constexpr quint64 SetupFreeSpaceBytes = 200ULL * 1024 * 1024;
    // Windows Installer's ERROR_INSTALL_ALREADY_RUNNING.
    static constexpr int ErrorInstallAlreadyRunning = 1618;

    static IntegrationFinding checkVm(const VmInfo &vm, const HostInfo *host);
    // The verdict alone, without composing the texts: for sorting and icons over many rows.
    // Always equal to checkVm(vm, host).verdict.
    static IntegrationVerdict verdict(const VmInfo &vm, const HostInfo *host);
    static IntegrationUpdateChannel updateChannel(const HostInfo &host);
    // One finding per host: how it updates guests (Info), or why its version cannot be read (Error).
    static Diagnostic checkHost(const HostInfo &host);
    // One warning per cluster whose nodes offer different versions.
    static Diagnostics checkClusters(const QList<HostInfo> &hosts);

    // Whether the setup disk can be inserted into the VM now; a null Error when it can.
    static Error canInsertSetupDisk(const VmInfo &vm, const HostInfo *host);

    static QList<IntegrationVerdict> allVerdicts();
    static QString displayName(IntegrationVerdict verdict);
    static QString displayName(IntegrationUpdateChannel channel);
    // Stable, untranslated names for files and scripts ("UpdateRequired").
    static QString key(IntegrationVerdict verdict);
    // "Heartbeat: Protocol mismatch; Backup: No contact"
    static QString problemServicesText(const VmInfo &vm, const IntegrationFinding &finding);

private:
    // The path for hosts whose guests bring their own agent (HostInfo::guestProvidedIntegration).
    static IntegrationFinding checkGuestAgent(const VmInfo &vm, const HostInfo &host);
    // Its verdict alone, composing no text (verdict() runs per cell and per sort comparison).
    static IntegrationVerdict guestAgentVerdict(const VmInfo &vm);
    static bool isReporting(VmState state);
    static bool isWindows(const VmInfo &vm);
};

} // namespace hvdesk
