#include "VmDetailsPane.h"

#include "ScriptView.h"

#include <models/ConfigurationVersion.h>
#include <models/Format.h>
#include <models/IntegrationServicesCheck.h>
#include <models/HostBackend.h>
#include <models/PowerShellBuilder.h>

#include <QFormLayout>
#include <QScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hvdesk {

VmDetailsPane::VmDetailsPane(QWidget *parent)
    : QTabWidget(parent)
    , m_adapters(new QTableWidget(this))
    , m_script(new ScriptView(QStringLiteral("PowerShell"), this))
    , m_definition(new ScriptView(QStringLiteral("XML")))
    , m_lastActionStatus(new QLabel)
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Virtual machine details"));
    setDocumentMode(true);

    auto *summary = new QWidget(this);
    summary->setObjectName(QStringLiteral("summaryTab"));
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    addField(left, QStringLiteral("name"), tr("Name:"));
    addField(left, QStringLiteral("state"), tr("State:"));
    addField(left, QStringLiteral("host"), tr("Host:"));
    addField(left, QStringLiteral("uptime"), tr("Uptime:"));
    addField(left, QStringLiteral("cpu"), tr("CPU usage:"));
    addField(left, QStringLiteral("processors"), tr("Virtual processors:"));
    addField(left, QStringLiteral("disks"), tr("Hard disks:"))->setWordWrap(true);
    addField(right, QStringLiteral("os"), tr("Operating system:"));
    addField(right, QStringLiteral("configurationVersion"), tr("Configuration version:"));
    addField(right, QStringLiteral("generation"), tr("Generation:"));
    addField(right, QStringLiteral("guestIs"), tr("Integration services (guest):"));
    addField(right, QStringLiteral("hostIs"), tr("Integration services (host):"));
    addField(right, QStringLiteral("isVerdict"), tr("Integration services:"));
    addField(right, QStringLiteral("isAction"), tr("What to do:"))->setWordWrap(true);
    addField(right, QStringLiteral("heartbeat"), tr("Heartbeat:"));
    // Uptime and CPU usage change every second: a fixed size keeps each change to its own label
    // instead of laying out (and repainting) the whole window again.
    for (const QString &key : {QStringLiteral("uptime"), QStringLiteral("cpu")}) {
        QLabel *l = m_fields.value(key);
        const QFontMetrics fm(l->font());
        int width = 0;
        for (const QString &widest : {Format::uptime(9999LL * 86'400'000 + 86'399'000), Format::percent(100), tr("—")})
            width = qMax(width, fm.horizontalAdvance(widest));
        l->setText(Format::uptime(86'399'000));
        l->setFixedSize(width + 2 * l->margin() + fm.averageCharWidth(), l->sizeHint().height());
        l->clear();
    }
    auto *summaryLayout = new QHBoxLayout(summary);
    summaryLayout->addLayout(left, 1);
    summaryLayout->addLayout(right, 1);
    // A long reason ("What to do", many disks) scrolls instead of being cut off by a short pane.
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setObjectName(QStringLiteral("summaryScroll"));
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setWidget(summary);
    addTab(summaryScroll, tr("Summary"));

    auto *memory = new QWidget(this);
    memory->setObjectName(QStringLiteral("memoryTab"));
    auto *memForm = new QFormLayout(memory);
    addField(memForm, QStringLiteral("startupMemory"), tr("Startup memory:"));
    addField(memForm, QStringLiteral("dynamicMemory"), tr("Dynamic memory:"));
    addField(memForm, QStringLiteral("minimumMemory"), tr("Minimum memory:"));
    addField(memForm, QStringLiteral("maximumMemory"), tr("Maximum memory:"));
    addField(memForm, QStringLiteral("assignedMemory"), tr("Assigned memory:"));
    addField(memForm, QStringLiteral("memoryDemand"), tr("Memory demand:"));
    addTab(memory, tr("Memory"));

    m_adapters->setObjectName(QStringLiteral("networkingTable"));
    m_adapters->setAccessibleName(tr("Network adapters"));
    m_adapters->setColumnCount(7);
    m_adapters->setHorizontalHeaderLabels({tr("Adapter"), tr("Connected to"), tr("VLAN"), tr("IP Addresses"),
                                           tr("MAC Address"), tr("Status"), tr("Acceleration")});
    m_adapters->horizontalHeader()->setStretchLastSection(true);
    m_adapters->verticalHeader()->hide();
    m_adapters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_adapters->setSelectionBehavior(QAbstractItemView::SelectRows);
    addTab(m_adapters, tr("Networking"));

    m_script->setCaption(tr("The PowerShell equivalent of what this pane shows, and of your last action."));
    // Above the script, in the script view's own layout (the tab stays the script view): the
    // last action's failure, in the error colour.
    m_lastActionStatus->setParent(m_script);
    m_lastActionStatus->setObjectName(QStringLiteral("lastActionStatus"));
    m_lastActionStatus->setAccessibleName(tr("Outcome of the last action"));
    m_lastActionStatus->setWordWrap(true);
    m_lastActionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPalette errorPalette = m_lastActionStatus->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_lastActionStatus->setPalette(errorPalette);
    m_lastActionStatus->setVisible(false);
    if (auto *box = qobject_cast<QBoxLayout *>(m_script->layout()))
        box->insertWidget(0, m_lastActionStatus);
    addTab(m_script, tr("PowerShell"));

    // Next to the PowerShell view: the VM's definition as the hypervisor stores it (libvirt).
    // In a page of its own, so the PowerShell view stays the pane's first script view.
    auto *definitionTab = new QWidget(this);
    definitionTab->setObjectName(QStringLiteral("definitionTab"));
    auto *definitionLayout = new QVBoxLayout(definitionTab);
    definitionLayout->setContentsMargins(0, 0, 0, 0);
    m_definition->setParent(definitionTab);
    m_definition->setObjectName(QStringLiteral("definitionView"));
    m_definition->setCaption(tr("The virtual machine's definition as the hypervisor stores it (read-only)."));
    if (auto *editor = m_definition->findChild<QPlainTextEdit *>(QStringLiteral("scriptText")))
        editor->setObjectName(QStringLiteral("definitionText"));
    if (auto *copy = m_definition->findChild<QPushButton *>(QStringLiteral("copyScriptButton")))
        copy->setObjectName(QStringLiteral("copyDefinitionButton"));
    definitionLayout->addWidget(m_definition);
    addTab(definitionTab, tr("Definition XML"));
    setTabVisible(indexOf(definitionTab), false);
    showEmpty();
}

QLabel *VmDetailsPane::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("field_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    value->setAccessibleName(label);
    form->addRow(caption, value);
    m_fields.insert(key, value);
    return value;
}

QString VmDetailsPane::fieldText(const QString &field) const
{
    const QLabel *l = m_fields.value(field);
    return l ? l->text() : QString();
}

void VmDetailsPane::setVm(const VmSelection &selection)
{
    const bool other = !(m_selection == selection);
    if (other) {
        m_lastCommand.clear();
        for (const JobPtr &job : std::as_const(m_lastJobs))
            disconnect(job.data(), nullptr, this, nullptr);
        m_lastJobs.clear();
    }
    m_selection = selection;
    // Details that cost a call each on a remote host (disks' virtual sizes), for this VM only.
    if (other && selection.backend && !selection.vmId.isEmpty())
        selection.backend->loadVmDetails(selection.vmId);
    refresh();
}

int VmDetailsPane::setLastCommand(const QString &powerShell, const QList<JobPtr> &jobs)
{
    for (const JobPtr &job : std::as_const(m_lastJobs))
        disconnect(job.data(), nullptr, this, nullptr);
    m_lastCommand = powerShell;
    m_lastJobs.clear();
    ++m_lastSerial;
    for (const JobPtr &job : jobs)
        addLastActionJob(m_lastSerial, job);
    refresh();
    return m_lastSerial;
}

bool VmDetailsPane::addLastActionJob(int serial, const JobPtr &job)
{
    if (serial != m_lastSerial || m_lastCommand.isEmpty())
        return false;
    // Only the shown VM's (the command may act on several); a job without a target counts.
    if (!job || m_lastJobs.contains(job) || (!job->targetId().isEmpty() && job->targetId() != m_selection.vmId))
        return true;
    m_lastJobs << job;
    if (!job->isFinished())
        connect(job.data(), &Job::finished, this, &VmDetailsPane::refresh);
    refresh();
    return true;
}

QString VmDetailsPane::lastActionOutcome() const
{
    QStringList failures;
    bool cancelled = false;
    for (const JobPtr &job : m_lastJobs) {
        if (job->state() == Job::State::Failed) {
            const QString reason = job->error().text();
            failures << (m_lastJobs.size() > 1 ? tr("%1 '%2': %3").arg(job->title(), job->targetName(), reason)
                                               : reason);
        }
        cancelled = cancelled || job->state() == Job::State::Cancelled;
    }
    if (!failures.isEmpty())
        return tr("Failed: %1").arg(failures.join(QStringLiteral("; ")));
    return cancelled ? tr("Cancelled") : QString();
}

void VmDetailsPane::showEmpty()
{
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    m_fields.value(QStringLiteral("name"))->setText(tr("No virtual machine selected."));
    m_adapters->setRowCount(0);
    m_script->setText(QString());
    m_lastActionStatus->setVisible(false);
    m_definition->setText(QString());
    setTabVisible(indexOf(m_definition->parentWidget()), false);
}

void VmDetailsPane::refresh()
{
    const VmInfo *vm = m_selection.backend ? m_selection.backend->findVm(m_selection.vmId) : nullptr;
    if (!vm) {
        showEmpty();
        return;
    }
    const std::optional<HostInfo> host = m_selection.backend->host(vm->hostName);
    fillSummary(*vm, host ? &*host : nullptr);
    fillMemory(*vm);
    fillNetworking(*vm);
    QString script = PowerShellBuilder::inspect(*vm);
    const QString outcome = lastActionOutcome();
    if (!m_lastCommand.isEmpty()) {
        QString last
            = tr("# Last action").replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n') + m_lastCommand;
        if (!outcome.isEmpty()) // a comment, so the script stays a script
            last += QStringLiteral("\n# ") + QString(outcome).replace(QLatin1Char('\n'), QStringLiteral("\n# "));
        script = last + QStringLiteral("\n\n") + script;
    }
    m_lastActionStatus->setText(outcome.isEmpty() ? QString() : tr("Last action: %1").arg(outcome));
    m_lastActionStatus->setVisible(!m_lastCommand.isEmpty() && !outcome.isEmpty());
    m_script->setText(script);
    const bool hasDefinition = m_selection.backend->can(Capability::DefinitionXml);
    // QTabWidget lays itself out again on every setTabVisible, visible or not: only on a change.
    const int definitionTab = indexOf(m_definition->parentWidget());
    if (isTabVisible(definitionTab) != hasDefinition)
        setTabVisible(definitionTab, hasDefinition);
    m_definition->setText(hasDefinition ? m_selection.backend->vmDefinitionXml(vm->id) : QString());
}

void VmDetailsPane::fillSummary(const VmInfo &vm, const HostInfo *host)
{
    auto set = [this](const QString &key, const QString &text) { m_fields.value(key)->setText(text); };
    set(QStringLiteral("name"), vm.name);
    set(QStringLiteral("state"), VmStates::displayName(vm.state));
    set(QStringLiteral("host"), host && !host->cluster.isEmpty() ? tr("%1 (cluster %2)").arg(vm.hostName, host->cluster)
                                                                 : vm.hostName);
    set(QStringLiteral("uptime"), vm.uptimeMs > 0 ? Format::uptime(vm.uptimeMs) : tr("—"));
    set(QStringLiteral("cpu"), vm.state == VmState::Running ? Format::percent(vm.cpuUsage) : tr("—"));
    set(QStringLiteral("processors"), QString::number(vm.processorCount));
    // Each disk's file name, its size on disk and, once read (a remote host is asked for the VM
    // shown only), its virtual size.
    QStringList disks;
    for (const VirtualDisk &d : vm.disks) {
        const QString file = d.path.section(QLatin1Char('\\'), -1).section(QLatin1Char('/'), -1);
        disks << (d.maxSizeBytes > 0 ? tr("%1: %2 of %3").arg(file, Format::bytes(d.sizeBytes), Format::bytes(d.maxSizeBytes))
                                     : tr("%1: %2").arg(file, Format::bytes(d.sizeBytes)));
    }
    set(QStringLiteral("disks"), disks.isEmpty() ? tr("Not reported") : disks.join(QLatin1Char('\n')));
    set(QStringLiteral("os"), vm.operatingSystem.isEmpty() ? tr("Not reported") : vm.operatingSystem);
    set(QStringLiteral("configurationVersion"),
        host && ConfigurationVersion::parse(vm.configurationVersion) < host->maxConfigurationVersion
            ? tr("%1 (the host supports up to %2)").arg(vm.configurationVersion,
                                                         ConfigurationVersion::toString(host->maxConfigurationVersion))
            : vm.configurationVersion);
    set(QStringLiteral("generation"), QString::number(vm.generation));
    set(QStringLiteral("guestIs"), vm.integrationServices.guestVersion.isEmpty() ? tr("Not installed or not reported")
                                                                                 : vm.integrationServices.guestVersion);
    set(QStringLiteral("hostIs"),
        host ? tr("%1 (%2)").arg(host->integrationServicesVersion,
                                 IntegrationServicesCheck::displayName(IntegrationServicesCheck::updateChannel(*host)))
             : tr("Unknown"));
    if (!vm.integrationServices.pendingVersion.isEmpty())
        set(QStringLiteral("guestIs"), tr("%1 (%2 installed, active after a restart)")
                                           .arg(vm.integrationServices.guestVersion, vm.integrationServices.pendingVersion));
    const IntegrationFinding finding = IntegrationServicesCheck::checkVm(vm, host);
    set(QStringLiteral("isVerdict"), IntegrationServicesCheck::displayName(finding.verdict));
    set(QStringLiteral("isAction"), finding.action.isEmpty() ? finding.reason : finding.reason + QLatin1Char(' ') + finding.action);
    const IntegrationService *hb = vm.integrationServices.service(IntegrationServiceKind::Heartbeat);
    set(QStringLiteral("heartbeat"), hb ? IntegrationServiceNames::displayName(hb->status) : tr("Unknown"));
}

void VmDetailsPane::fillMemory(const VmInfo &vm)
{
    auto set = [this](const QString &key, const QString &text) { m_fields.value(key)->setText(text); };
    set(QStringLiteral("startupMemory"), Format::memoryMB(vm.memoryStartupBytes));
    set(QStringLiteral("dynamicMemory"), vm.dynamicMemory ? tr("Enabled") : tr("Disabled"));
    set(QStringLiteral("minimumMemory"), vm.dynamicMemory ? Format::memoryMB(vm.memoryMinimumBytes) : tr("—"));
    set(QStringLiteral("maximumMemory"), vm.dynamicMemory ? Format::memoryMB(vm.memoryMaximumBytes) : tr("—"));
    const bool holds = VmStates::holdsMemory(vm.state);
    set(QStringLiteral("assignedMemory"), holds ? Format::memoryMB(vm.memoryAssignedBytes) : tr("—"));
    set(QStringLiteral("memoryDemand"), holds && vm.memoryDemandBytes ? Format::memoryMB(vm.memoryDemandBytes) : tr("—"));
}

void VmDetailsPane::fillNetworking(const VmInfo &vm)
{
    m_adapters->setRowCount(int(vm.adapters.size()));
    for (int row = 0; row < vm.adapters.size(); ++row) {
        const NetworkAdapter &a = vm.adapters[row];
        QStringList acceleration;
        if (a.runtime.vfDataPathActive)
            acceleration << tr("SR-IOV (VF %1)").arg(a.runtime.virtualFunction);
        else if (a.settings.iovEnabled() && !a.runtime.iovFallbackReason.isEmpty())
            acceleration << tr("SR-IOV requested: synthetic path");
        if (a.runtime.vmqUsage)
            acceleration << tr("VMQ");
        const QStringList cells = {
            a.settings.name,
            a.settings.switchName.isEmpty() ? tr("Not connected") : a.settings.switchName,
            a.settings.vlanEnabled ? QString::number(a.settings.vlanId) : tr("—"),
            VmStates::reportsGuestAddresses(vm.state) ? a.runtime.ipAddresses.join(QStringLiteral(", ")) : QString(),
            NetworkAdapterRules::formatMac(a.runtime.macAddress) + (a.settings.staticMacAddress ? tr(" (static)") : QString()),
            a.runtime.statusDescription.isEmpty() ? a.runtime.status : a.runtime.status + QStringLiteral(": ") + a.runtime.statusDescription,
            acceleration.isEmpty() ? tr("None") : acceleration.join(QStringLiteral(", ")),
        };
        for (int col = 0; col < cells.size(); ++col) {
            QTableWidgetItem *item = m_adapters->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_adapters->setItem(row, col, item);
            }
            item->setText(cells[col]);
            if (col == 6 && !a.runtime.iovFallbackReason.isEmpty())
                item->setToolTip(a.runtime.iovFallbackReason);
        }
    }
    m_adapters->resizeColumnsToContents();
}

} // namespace hvdesk
