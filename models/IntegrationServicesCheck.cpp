#include "IntegrationServicesCheck.h"

#include "Version.h"

#include <QMap>

#include <algorithm>

namespace hvdesk {

bool IntegrationServicesCheck::isReporting(VmState state)
{
    // A paused guest keeps the values it last exchanged; anything else has no live guest.
    return state == VmState::Running || state == VmState::Paused;
}

bool IntegrationServicesCheck::isWindows(const VmInfo &vm)
{
    // Not reported: assume Windows, the only guest the setup disk serves.
    return vm.operatingSystem.isEmpty() || vm.operatingSystem.startsWith(QLatin1String("Windows"), Qt::CaseInsensitive);
}

IntegrationUpdateChannel IntegrationServicesCheck::updateChannel(const HostInfo &host)
{
    if (host.guestProvidedIntegration)
        return IntegrationUpdateChannel::GuestPackages;
    const Version build = Version::parse(host.osBuild);
    if (build.isValid() && !(build < Version::parse(QString::fromLatin1(WindowsUpdateFromBuild))))
        return IntegrationUpdateChannel::WindowsUpdate;
    return IntegrationUpdateChannel::SetupDisk;
}

IntegrationVerdict IntegrationServicesCheck::verdict(const VmInfo &vm, const HostInfo *host)
{
    if (!host)
        return IntegrationVerdict::Unknown;
    if (host->guestProvidedIntegration)
        return guestAgentVerdict(vm);
    const Version hostVersion = Version::parse(host->integrationServicesVersion);
    if (!hostVersion.isValid())
        return IntegrationVerdict::Unknown;
    if (!vm.integrationServices.pendingVersion.isEmpty())
        return IntegrationVerdict::RestartRequired;
    if (!isReporting(vm.state) || !vm.integrationServices.isEnabled(IntegrationServiceKind::DataExchange))
        return IntegrationVerdict::Unknown;
    // An empty or incomplete version says nothing about what is installed: Unknown, never
    // "Not installed" or "Update required".
    const Version guest = Version::parse(vm.integrationServices.guestVersion);
    if (!guest.isValid() || !guest.isComplete())
        return IntegrationVerdict::Unknown;
    const int order = Version::compare(guest, hostVersion);
    return order == 0 ? IntegrationVerdict::UpToDate
                      : order > 0 ? IntegrationVerdict::NewerThanHost : IntegrationVerdict::UpdateRequired;
}

IntegrationVerdict IntegrationServicesCheck::guestAgentVerdict(const VmInfo &vm)
{
    const auto &services = vm.integrationServices.services;
    const bool noChannel = std::all_of(services.begin(), services.end(), [](const IntegrationService &s) {
        return s.status == IntegrationServiceStatus::NotApplicable;
    });
    if (noChannel)
        return IntegrationVerdict::NotInstalled;
    const bool silent = std::any_of(services.begin(), services.end(), [](const IntegrationService &s) {
        return s.status == IntegrationServiceStatus::NoContact || s.status == IntegrationServiceStatus::LostCommunication;
    });
    if (!isReporting(vm.state) || silent || vm.integrationServices.guestVersion.isEmpty())
        return IntegrationVerdict::Unknown;
    return IntegrationVerdict::UpToDate;
}

IntegrationFinding IntegrationServicesCheck::checkGuestAgent(const VmInfo &vm, const HostInfo &host)
{
    IntegrationFinding f;
    f.verdict = guestAgentVerdict(vm);
    f.guestVersion = vm.integrationServices.guestVersion;
    for (const IntegrationService &s : vm.integrationServices.services) {
        if (s.status == IntegrationServiceStatus::LostCommunication
            || (s.status == IntegrationServiceStatus::NoContact && vm.state == VmState::Running))
            f.problemServices << s.kind;
    }
    if (f.verdict == IntegrationVerdict::NotInstalled) {
        f.reason = tr("'%1' has no QEMU guest agent channel in its definition.").arg(vm.name);
        f.action = tr("Add the channel (virt-manager: Add Hardware > Channel, org.qemu.guest_agent.0) and install "
                      "qemu-guest-agent in the guest.");
        return f;
    }
    if (!isReporting(vm.state)) {
        f.reason = tr("The QEMU guest agent answers while the guest runs, and '%1' is %2.")
                       .arg(vm.name, VmStates::displayName(vm.state).toLower());
        if (!f.guestVersion.isEmpty())
            f.reason += QLatin1Char(' ') + tr("It last reported agent %1.").arg(f.guestVersion);
        f.action = tr("Start the virtual machine to check its guest agent.");
        return f;
    }
    if (f.verdict == IntegrationVerdict::Unknown) { // the agent is silent or never answered
        f.reason = f.guestVersion.isEmpty()
            ? tr("'%1' has a guest agent channel, but no agent answers in the guest.").arg(vm.name)
            : tr("The QEMU guest agent of '%1' stopped answering (it last reported %2).").arg(vm.name, f.guestVersion);
        f.action = tr("Install and start qemu-guest-agent in the guest (apt install qemu-guest-agent, or the virtio-win "
                      "guest tools on Windows; systemctl enable --now qemu-guest-agent).");
        return f;
    }
    f.reason = tr("The QEMU guest agent %1 answers. %2 does not ship it: it comes with the guest's own packages, so "
                  "there is no host version to compare with.")
                   .arg(f.guestVersion, host.name);
    return f;
}

IntegrationFinding IntegrationServicesCheck::checkVm(const VmInfo &vm, const HostInfo *host)
{
    if (host && host->guestProvidedIntegration)
        return checkGuestAgent(vm, *host);
    IntegrationFinding f;
    f.guestVersion = vm.integrationServices.guestVersion;
    f.hostVersion = host ? host->integrationServicesVersion : QString();
    const bool windowsUpdate = host && updateChannel(*host) == IntegrationUpdateChannel::WindowsUpdate;

    const bool running = vm.state == VmState::Running;
    const bool installed = !f.guestVersion.isEmpty();
    for (const IntegrationService &s : vm.integrationServices.services) {
        if (!s.enabled)
            continue;
        if (s.status == IntegrationServiceStatus::ProtocolMismatch
            || s.status == IntegrationServiceStatus::LostCommunication
            || (running && installed && s.status == IntegrationServiceStatus::NoContact))
            f.problemServices << s.kind;
    }

    if (!host) {
        f.reason = tr("The host '%1' of '%2' is not known to this connection.").arg(vm.hostName, vm.name);
        f.action = tr("Refresh the connection.");
        return f;
    }
    QString why;
    const Version hostVersion = Version::parse(f.hostVersion, &why);
    if (!hostVersion.isValid()) {
        f.reason = tr("The host %1 reports no readable integration services version ('%2': %3).")
                       .arg(host->name, f.hostVersion, why);
        f.action = tr("Check the host's Hyper-V installation.");
        return f;
    }
    if (!vm.integrationServices.pendingVersion.isEmpty()) {
        f.verdict = IntegrationVerdict::RestartRequired;
        f.reason = tr("Setup installed integration services %1; the guest still runs %2 until it restarts.")
                       .arg(vm.integrationServices.pendingVersion,
                           installed ? f.guestVersion : tr("no integration services"));
        f.action = tr("Restart the virtual machine to finish the upgrade.");
        return f;
    }
    if (!isReporting(vm.state)) {
        f.reason = tr("The version is read from the running guest, and '%1' is %2.")
                       .arg(vm.name, VmStates::displayName(vm.state).toLower());
        const Version last = Version::parse(f.guestVersion);
        if (last.isValid() && last < hostVersion)
            f.reason += QLatin1Char(' ')
                + tr("It last reported %1, older than the host's %2.").arg(f.guestVersion, f.hostVersion);
        else if (last.isValid())
            f.reason += QLatin1Char(' ') + tr("It last reported %1.").arg(f.guestVersion);
        f.action = tr("Start the virtual machine to check its integration services.");
        return f;
    }
    if (!vm.integrationServices.isEnabled(IntegrationServiceKind::DataExchange)) {
        f.reason = tr("Data Exchange is turned off for '%1', so the guest cannot report its version.").arg(vm.name);
        f.action = tr("Enable Data Exchange in Settings > Integration Services.");
        return f;
    }
    if (!installed) {
        // No version is no proof of no integration services: the guest may not have reported yet.
        f.reason = tr("The guest reports no integration services version, so it cannot be compared with the host's "
                      "%1: they may not be installed, or the guest has not reported its version yet.")
                       .arg(f.hostVersion);
        if (!isWindows(vm))
            f.action = tr("If they are not installed: install the Hyper-V drivers that %1 provides (Linux Integration "
                          "Services, or FreeBSD's hv modules); the setup disk is for Windows guests.")
                           .arg(vm.operatingSystem);
        else if (windowsUpdate)
            f.action = tr("If they are not installed: install them through Windows Update in the guest: %1 has no "
                          "setup disk.")
                           .arg(host->name);
        else
            f.action = tr("If they are not installed: insert the Integration Services Setup Disk (Action menu) and run "
                          "setup in the guest; setup shows the installed version.");
        return f;
    }
    const Version guest = Version::parse(f.guestVersion, &why);
    if (!guest.isValid()) {
        f.reason = tr("The guest reports the version '%1', which cannot be read: %2.").arg(f.guestVersion, why);
        f.action = tr("Reinstall integration services in the guest.");
        return f;
    }
    if (!guest.isComplete()) {
        f.reason = tr("The guest reports the version '%1', which is incomplete: a full version has four parts (like "
                      "%2), so it cannot be compared with the host's.")
                       .arg(f.guestVersion, f.hostVersion);
        f.action = tr("Insert the Integration Services Setup Disk (Action menu): setup shows the installed version.");
        if (windowsUpdate || !isWindows(vm))
            f.action = tr("Check the integration services version inside the guest.");
        return f;
    }
    const int order = Version::compare(guest, hostVersion);
    if (order == 0) {
        f.verdict = IntegrationVerdict::UpToDate;
        f.reason = tr("The guest runs the host's version.");
        return f;
    }
    if (order > 0) {
        f.verdict = IntegrationVerdict::NewerThanHost;
        f.reason = tr("The guest runs %1, newer than the %2 that %3 offers (it came from a newer host).")
                       .arg(f.guestVersion, f.hostVersion, host->name);
        f.action = tr("Update %1, or move the virtual machine to a host with the same version.").arg(host->name);
        return f;
    }
    f.verdict = IntegrationVerdict::UpdateRequired;
    f.reason = tr("The guest runs %1, older than the host's %2.").arg(f.guestVersion, f.hostVersion);
    if (windowsUpdate)
        f.action = tr("Run Windows Update in the guest: %1 updates guests through Windows Update, not a setup disk.")
                       .arg(host->name);
    else
        f.action = tr(
            "Insert the Integration Services Setup Disk (Action menu), install, then restart the virtual machine.");
    return f;
}

Diagnostic IntegrationServicesCheck::checkHost(const HostInfo &host)
{
    Diagnostic d;
    d.field = host.name;
    if (host.guestProvidedIntegration) {
        d.severity = Diagnostic::Severity::Info;
        d.id = QStringLiteral("is.host.guest-packages");
        d.message = tr("%1 has no integration services of its own: its guests run the QEMU guest agent from their own "
                       "packages.")
                        .arg(host.name);
        d.fix = tr("Keep qemu-guest-agent installed and updated in the guests.");
        return d;
    }
    QString why;
    if (!Version::parse(host.integrationServicesVersion, &why).isValid()) {
        d.severity = Diagnostic::Severity::Error;
        d.id = QStringLiteral("is.host.version");
        d.message = tr("%1 reports no readable integration services version ('%2': %3).")
                        .arg(host.name, host.integrationServicesVersion, why);
        d.fix = tr("Check the host's Hyper-V installation.");
        return d;
    }
    d.severity = Diagnostic::Severity::Info;
    if (updateChannel(host) == IntegrationUpdateChannel::WindowsUpdate) {
        d.id = QStringLiteral("is.host.windows-update");
        d.message = tr("%1 (build %2) updates guests through Windows Update; it has no setup disk.")
                        .arg(host.name, host.osBuild);
        d.fix = tr("Keep Windows Update running in the guests.");
    } else {
        d.id = QStringLiteral("is.host.setup-disk");
        d.message = tr("%1 (build %2) offers integration services %3 on its setup disk.")
                        .arg(host.name, host.osBuild, host.integrationServicesVersion);
    }
    return d;
}

Diagnostics IntegrationServicesCheck::checkClusters(const QList<HostInfo> &hosts)
{
    QMap<QString, QList<const HostInfo *>> clusters; // sorted by name: a stable report
    for (const HostInfo &h : hosts) {
        if (!h.cluster.isEmpty())
            clusters[h.cluster] << &h;
    }
    Diagnostics out;
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
        const QList<const HostInfo *> &nodes = it.value();
        bool differ = false;
        const Version first = Version::parse(nodes.first()->integrationServicesVersion);
        const HostInfo *newest = nodes.first();
        for (const HostInfo *n : nodes) {
            const Version v = Version::parse(n->integrationServicesVersion);
            differ = differ || !(v == first) || !v.isValid();
            if (Version::parse(newest->integrationServicesVersion) < v)
                newest = n;
        }
        if (!differ)
            continue;
        QStringList parts;
        for (const HostInfo *n : nodes)
            parts << tr("%1 %2").arg(n->name, n->integrationServicesVersion);
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.id = QStringLiteral("is.cluster.mixed");
        d.field = it.key();
        d.message = tr("The nodes of cluster %1 offer different integration services versions: %2.")
                        .arg(it.key(), parts.join(QStringLiteral(", ")));
        d.fix = tr(
            "Update the other nodes to %1's version %2, so a virtual machine keeps a matching version on every node.")
                    .arg(newest->name, newest->integrationServicesVersion);
        out << d;
    }
    return out;
}

Error IntegrationServicesCheck::canInsertSetupDisk(const VmInfo &vm, const HostInfo *host)
{
    Error e;
    if (!host) {
        e.code = QStringLiteral("is.host-unknown");
        e.message = tr("The host of '%1' is not known.").arg(vm.name);
        e.fix = tr("Refresh the connection.");
        return e;
    }
    if (host->guestProvidedIntegration) {
        e.code = QStringLiteral("is.guest-packages");
        e.message = tr("%1 has no setup disk: '%2' gets the QEMU guest agent from its own packages.").arg(host->name, vm.name);
        e.fix = tr("Install or update qemu-guest-agent in the guest.");
        return e;
    }
    if (updateChannel(*host) == IntegrationUpdateChannel::WindowsUpdate) {
        e.code = QStringLiteral("is.windows-update");
        e.message = tr("%1 (build %2) has no Integration Services Setup Disk: from Windows Server 2016 on, guests get "
                       "integration services through Windows Update.")
                        .arg(host->name, host->osBuild);
        e.fix = tr("Run Windows Update in the guest '%1'.").arg(vm.name);
        return e;
    }
    if (vm.state != VmState::Running) {
        e.code = QStringLiteral("is.vm-not-running");
        e.field = QStringLiteral("state");
        e.message = tr("'%1' is %2: setup runs inside the guest, which must be running.")
                        .arg(vm.name, VmStates::displayName(vm.state).toLower());
        e.fix = tr("Start the virtual machine, then insert the setup disk.");
        return e;
    }
    if (!isWindows(vm)) {
        e.code = QStringLiteral("is.not-windows");
        e.message = tr("The setup disk holds Windows installers; '%1' runs %2.").arg(vm.name, vm.operatingSystem);
        e.fix = tr("Install the Hyper-V drivers that the guest's operating system provides.");
        return e;
    }
    if (!vm.integrationServices.pendingVersion.isEmpty()) {
        e.code = QStringLiteral("is.restart-pending");
        e.message = tr("Setup already installed integration services %1 in '%2'; they take effect when it restarts.")
                        .arg(vm.integrationServices.pendingVersion, vm.name);
        e.fix = tr("Restart the virtual machine.");
        return e;
    }
    const IntegrationFinding f = checkVm(vm, host);
    if (f.verdict == IntegrationVerdict::UpToDate) {
        e.code = QStringLiteral("is.current");
        e.message = tr("'%1' already runs the host's integration services %2.").arg(vm.name, f.hostVersion);
        return e;
    }
    if (f.verdict == IntegrationVerdict::NewerThanHost) {
        e.code = QStringLiteral("is.newer");
        e.message = tr("'%1' runs integration services %2, newer than the host's %3: setup does not downgrade.")
                        .arg(vm.name, f.guestVersion, f.hostVersion);
        e.fix = f.action;
        return e;
    }
    return {};
}

QList<IntegrationVerdict> IntegrationServicesCheck::allVerdicts()
{
    return { IntegrationVerdict::UpToDate, IntegrationVerdict::UpdateRequired, IntegrationVerdict::RestartRequired,
        IntegrationVerdict::NewerThanHost, IntegrationVerdict::NotInstalled, IntegrationVerdict::Unknown };
}

QString IntegrationServicesCheck::displayName(IntegrationVerdict verdict)
{
    switch (verdict) {
    case IntegrationVerdict::UpToDate:
        return tr("Up to date");
    case IntegrationVerdict::UpdateRequired:
        return tr("Update required");
    case IntegrationVerdict::RestartRequired:
        return tr("Restart required");
    case IntegrationVerdict::NewerThanHost:
        return tr("Newer than host");
    case IntegrationVerdict::NotInstalled:
        return tr("Not installed");
    case IntegrationVerdict::Unknown:
        return tr("Unknown");
    }
    return QString();
}

QString IntegrationServicesCheck::displayName(IntegrationUpdateChannel channel)
{
    switch (channel) {
    case IntegrationUpdateChannel::SetupDisk:
        return tr("Setup disk");
    case IntegrationUpdateChannel::WindowsUpdate:
        return tr("Windows Update");
    case IntegrationUpdateChannel::GuestPackages:
        return tr("The guest's own packages (QEMU guest agent)");
    }
    return QString();
}

QString IntegrationServicesCheck::key(IntegrationVerdict verdict)
{
    switch (verdict) {
    case IntegrationVerdict::UpToDate:
        return QStringLiteral("UpToDate");
    case IntegrationVerdict::UpdateRequired:
        return QStringLiteral("UpdateRequired");
    case IntegrationVerdict::RestartRequired:
        return QStringLiteral("RestartRequired");
    case IntegrationVerdict::NewerThanHost:
        return QStringLiteral("NewerThanHost");
    case IntegrationVerdict::NotInstalled:
        return QStringLiteral("NotInstalled");
    case IntegrationVerdict::Unknown:
        return QStringLiteral("Unknown");
    }
    return QString();
}

QString IntegrationServicesCheck::problemServicesText(const VmInfo &vm, const IntegrationFinding &finding)
{
    QStringList parts;
    for (IntegrationServiceKind kind : finding.problemServices) {
        const IntegrationService *s = vm.integrationServices.service(kind);
        parts << tr("%1: %2").arg(IntegrationServiceNames::displayName(kind),
            IntegrationServiceNames::displayName(s ? s->status : IntegrationServiceStatus::NoContact));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace hvdesk
