#include "HardwareAccelerationPage.h"

#include "AdvisorNotes.h"

#include <views/NumberEdit.h>

#include <models/NetworkAdapterAdvisor.h>

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

const QSet<QString> &ownFields()
{
    static const QSet<QString> fields = {QStringLiteral("vmqWeight"), QStringLiteral("iovWeight"),
                                         QStringLiteral("ipsecOffloadMaximumSecurityAssociation"),
                                         QStringLiteral("iovQueuePairsRequested")};
    return fields;
}

QLabel *runtimeLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setIndent(20);
    return l;
}

} // namespace

HardwareAccelerationPage::HardwareAccelerationPage(const QString &adapterId, QWidget *parent)
    : SettingsPage(parent)
    , m_adapterId(adapterId)
    , m_vmq(new QCheckBox(tr("Enable virtual machine &queue"), this))
    , m_vmqActual(runtimeLabel(QStringLiteral("vmqActual"), this))
    , m_ipsec(new QCheckBox(tr("Enable &IPsec task offloading"), this))
    , m_ipsecMax(new NumberEdit(this))
    , m_ipsecActual(runtimeLabel(QStringLiteral("ipsecActual"), this))
    , m_iov(new QCheckBox(tr("Enable &SR-IOV"), this))
    , m_iovReasonLabel(runtimeLabel(QStringLiteral("iovReason"), this))
    , m_iovActual(runtimeLabel(QStringLiteral("iovActual"), this))
    , m_capacity(new QLabel(this))
    , m_notes(new AdvisorNotes(this))
{
    setObjectName(QStringLiteral("hardwareAccelerationPage"));
    setAccessibleName(tr("Hardware Acceleration"));
    auto *layout = new QVBoxLayout(this);
    addHeading(layout, tr("Hardware Acceleration"),
               tr("Specify networking tasks that can be offloaded to a physical network adapter."));

    auto *vmqBox = new QGroupBox(tr("Virtual machine queue"), this);
    auto *vmqLayout = new QVBoxLayout(vmqBox);
    m_vmq->setObjectName(QStringLiteral("vmqEnabled"));
    m_vmq->setAccessibleName(tr("Enable virtual machine queue"));
    auto *vmqText = new QLabel(tr("Virtual machine queue (VMQ) requires a physical network adapter that supports "
                                  "this feature."),
                               this);
    vmqText->setWordWrap(true);
    vmqLayout->addWidget(vmqText);
    vmqLayout->addWidget(m_vmq);
    vmqLayout->addWidget(m_vmqActual);
    layout->addWidget(vmqBox);

    auto *ipsecBox = new QGroupBox(tr("IPsec task offloading"), this);
    auto *ipsecLayout = new QVBoxLayout(ipsecBox);
    m_ipsec->setObjectName(QStringLiteral("ipsecEnabled"));
    m_ipsec->setAccessibleName(tr("Enable IPsec task offloading"));
    m_ipsecMax->setObjectName(QStringLiteral("ipsecMaximumSAs"));
    m_ipsecMax->setAccessibleName(tr("Maximum number of offloaded security associations"));
    m_ipsecMax->setRange(1, NetworkAdapterSettings::IpsecOffloadSaMax);
    m_ipsecMax->setFieldLabel(tr("Maximum number of offloaded security associations"));
    m_ipsecMax->setField(QStringLiteral("ipsecOffloadMaximumSecurityAssociation"));
    m_ipsecMax->setUnit(tr("SAs", "offloaded security associations"));
    m_ipsecMax->setMaximumWidth(120);
    auto *ipsecText = new QLabel(tr("Support from a physical network adapter and the guest operating system is "
                                    "required to offload IPsec tasks. When sufficient hardware resources are not "
                                    "available, the security associations are not offloaded and are handled in "
                                    "software by the guest operating system."),
                                 this);
    ipsecText->setWordWrap(true);
    auto *maxRow = new QHBoxLayout;
    auto *maxLabel = new QLabel(tr("Select the ma&ximum number of offloaded security associations from 1 to 4096."), this);
    maxLabel->setWordWrap(true);
    maxLabel->setBuddy(m_ipsecMax);
    auto *maxNumber = new QLabel(tr("Maximum number:"), this);
    maxRow->addSpacing(20);
    maxRow->addWidget(maxNumber);
    maxRow->addWidget(m_ipsecMax);
    maxRow->addWidget(new QLabel(tr("Offloaded SA"), this));
    maxRow->addStretch();
    ipsecLayout->addWidget(ipsecText);
    ipsecLayout->addWidget(m_ipsec);
    ipsecLayout->addWidget(maxLabel);
    ipsecLayout->addLayout(maxRow);
    ipsecLayout->addWidget(m_ipsecMax->errorLabel());
    ipsecLayout->addWidget(m_ipsecActual);
    layout->addWidget(ipsecBox);

    auto *iovBox = new QGroupBox(tr("Single-root I/O virtualization"), this);
    auto *iovLayout = new QVBoxLayout(iovBox);
    m_iov->setObjectName(QStringLiteral("iovEnabled"));
    m_iov->setAccessibleName(tr("Enable SR-IOV"));
    auto *iovText = new QLabel(tr("Single-root I/O virtualization (SR-IOV) requires specific hardware. It also might "
                                  "require drivers to be installed in the guest operating system."),
                               this);
    iovText->setWordWrap(true);
    iovLayout->addWidget(iovText);
    iovLayout->addWidget(m_iov);
    iovLayout->addWidget(m_iovReasonLabel);
    iovLayout->addWidget(m_iovActual);
    layout->addWidget(iovBox);

    m_capacity->setObjectName(QStringLiteral("switchCapacity"));
    m_capacity->setWordWrap(true);
    m_capacity->setTextFormat(Qt::RichText);
    layout->addWidget(m_capacity);
    m_notes->setObjectName(QStringLiteral("hardwareAccelerationNotes"));
    layout->addWidget(m_notes);
    layout->addStretch(1);

    connect(m_vmq, &QCheckBox::toggled, this, &HardwareAccelerationPage::emitChanged);
    connect(m_ipsec, &QCheckBox::toggled, this, [this] {
        updateEnablement();
        emitChanged();
    });
    connect(m_ipsecMax, &QLineEdit::textChanged, this, &HardwareAccelerationPage::emitChanged);
    connect(m_iov, &QCheckBox::toggled, this, [this] {
        updateEnablement();
        emitChanged();
    });
}

QString HardwareAccelerationPage::title() const
{
    return tr("Hardware Acceleration");
}

void HardwareAccelerationPage::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void HardwareAccelerationPage::load(const VmSettings &settings)
{
    m_loading = true;
    for (const NetworkAdapterSettings &a : settings.adapters) {
        if (a.id == m_adapterId)
            m_loaded = a;
    }
    m_vmq->setChecked(m_loaded.vmqEnabled());
    m_ipsec->setChecked(m_loaded.ipsecOffloadEnabled());
    m_ipsecMax->setValue(m_loaded.ipsecOffloadEnabled() ? int(m_loaded.ipsecOffloadMaximumSecurityAssociation)
                                                        : int(NetworkAdapterSettings::DefaultIpsecOffloadSa));
    m_iov->setChecked(m_loaded.iovEnabled());
    updateEnablement();
    m_loading = false;
}

void HardwareAccelerationPage::writeBack(VmSettings &settings) const
{
    for (NetworkAdapterSettings &a : settings.adapters) {
        if (a.id != m_adapterId)
            continue;
        // Weights: keep the host's weight while the box stays as loaded; a checked box means
        // Hyper-V Manager's default of 100, an unchecked one 0.
        if (m_vmq->isChecked() != m_loaded.vmqEnabled())
            a.vmqWeight = m_vmq->isChecked() ? NetworkAdapterSettings::DefaultVmqWeight : 0;
        else
            a.vmqWeight = m_loaded.vmqWeight;
        // Unchecked sends 0 SAs: that is what turns IPsec task offload off. A number out of
        // range is not sent: the host keeps its value until the field is corrected.
        if (!m_ipsec->isChecked())
            a.ipsecOffloadMaximumSecurityAssociation = 0;
        else if (m_ipsecMax->isValid())
            a.ipsecOffloadMaximumSecurityAssociation = quint32(m_ipsecMax->value());
        else
            a.ipsecOffloadMaximumSecurityAssociation = m_loaded.ipsecOffloadMaximumSecurityAssociation;
        if (m_iov->isChecked() != m_loaded.iovEnabled())
            a.iovWeight = m_iov->isChecked() ? NetworkAdapterSettings::WeightMax : 0;
        else
            a.iovWeight = m_loaded.iovWeight;
    }
}

Diagnostics HardwareAccelerationPage::validate(const SettingsContext &context) const
{
    Diagnostics out = inputErrors();
    if (const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId)) {
        for (const Diagnostic &d : context.validateAdapter(*pending)) {
            if (d.isError() && ownFields().contains(d.field))
                out << d;
        }
    }
    return out;
}

void HardwareAccelerationPage::updateEnablement()
{
    const bool offered = m_context.capabilities.testFlag(Capability::IpsecOffload);
    m_ipsec->setEnabled(offered);
    m_ipsecMax->setEnabled(offered && m_ipsec->isChecked());
    m_vmq->setEnabled(m_context.capabilities.testFlag(Capability::Vmq));
    // SR-IOV can always be turned off; it can be turned on only where the switch supports it.
    m_iov->setEnabled(m_iov->isChecked() || m_iovReason.isEmpty());
}

void HardwareAccelerationPage::updateContext(const SettingsContext &context)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_context = context;
    const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId);
    const NetworkAdapterSettings requested = pending ? *pending : m_loaded;
    const VirtualSwitch *sw = context.findSwitch(requested.switchName);
    const NetworkAdapter *saved = context.savedAdapter(m_adapterId);
    const bool sameSwitch = saved && saved->settings.switchName == requested.switchName;
    const bool running = context.vmRunning();

    m_iovReason = context.missing(Capability::SrIov);
    if (m_iovReason.isEmpty())
        m_iovReason = NetworkAdapterAdvisor::iovUnavailableReason(sw);
    updateEnablement();
    m_vmq->setToolTip(context.missing(Capability::Vmq));
    m_ipsec->setToolTip(context.missing(Capability::IpsecOffload));
    m_iov->setToolTip(m_iovReason);
    m_iovReasonLabel->setText(m_iovReason.isEmpty() ? QString()
                                                    : tr("SR-IOV is not available: %1").arg(m_iovReason.toHtmlEscaped()));
    m_iovReasonLabel->setVisible(!m_iovReason.isEmpty());

    // What the host granted: only meaningful for an adapter the host has, on the same switch.
    auto actual = [&](const QString &text) { return tr("<b>Actual:</b> %1").arg(text); };
    const auto requestedText = [&](bool on, bool wasOn) {
        return on == wasOn ? (on ? tr("on") : tr("off")) : (on ? tr("on (not applied yet)") : tr("off (not applied yet)"));
    };
    const NetworkAdapterRuntime rt = saved ? saved->runtime : NetworkAdapterRuntime();
    // A virtual function passed straight to the guest (libvirt hostdev) has no switch in its path.
    const bool direct = !sw && rt.iovUsage;
    QString whyNone;
    if (!saved)
        whyNone = tr("none yet: the adapter is created when you apply.");
    else if (!sameSwitch)
        whyNone = tr("none yet: the adapter moves to another switch when you apply.");
    else if (!sw && !direct)
        whyNone = tr("none: the adapter is not connected.");
    else if (!running)
        whyNone = tr("none: the virtual machine is %1; resources are granted while it runs.")
                      .arg(VmStates::displayName(context.vm.state).toLower());

    const bool savedVmq = saved ? saved->settings.vmqEnabled() : false;
    QString vmqText;
    if (rt.queuePairs > 0)
        vmqText = tr("virtio-net multiqueue: %1 queue pairs, the VMQ/vRSS analogue (set in the domain XML, "
                     "<driver queues='N'/>).")
                      .arg(rt.queuePairs);
    else if (!whyNone.isEmpty())
        vmqText = whyNone;
    else if (direct)
        vmqText = tr("no queue needed: the virtual function carries the traffic.");
    else if (rt.vmqUsage)
        vmqText = tr("a hardware queue is assigned.");
    else if (rt.vfDataPathActive)
        vmqText = tr("no queue needed: the virtual function carries the traffic.");
    else if (saved->settings.vmqEnabled())
        vmqText = sw->availableVmQueues == 0
            ? tr("no queue: the switch's network adapter offers none; traffic uses the default queue.")
            : tr("no queue: all %1 queues of '%2' are in use; traffic uses the default queue.").arg(sw->availableVmQueues).arg(sw->name);
    else
        vmqText = tr("no queue (not requested).");
    m_vmqActual->setText(tr("<b>Requested:</b> %1 &nbsp; %2")
                             .arg(requestedText(requested.vmqEnabled(), saved ? savedVmq : requested.vmqEnabled()),
                                  actual(vmqText.toHtmlEscaped())));

    QString ipsecRequested = requested.ipsecOffloadEnabled()
        ? (requested.ipsecOffloadMaximumSecurityAssociation == 1
               ? tr("up to 1 SA")
               : tr("up to %n SAs", nullptr, requested.ipsecOffloadMaximumSecurityAssociation))
        : tr("off (0 SAs: IPsec runs in the guest)");
    if (saved && saved->settings.ipsecOffloadMaximumSecurityAssociation != requested.ipsecOffloadMaximumSecurityAssociation)
        ipsecRequested += tr(" (not applied yet)");
    QString ipsecText = !whyNone.isEmpty() ? whyNone
        : !saved->settings.ipsecOffloadEnabled() ? tr("no SAs offloaded (offload is off).")
        : tr("%1 of %2 SAs offloaded.").arg(rt.ipsecOffloadSaUsage).arg(saved->settings.ipsecOffloadMaximumSecurityAssociation);
    m_ipsecActual->setText(tr("<b>Requested:</b> %1 &nbsp; %2").arg(ipsecRequested.toHtmlEscaped(), actual(ipsecText.toHtmlEscaped())));

    QString iovText;
    if (!whyNone.isEmpty())
        iovText = whyNone;
    else if (!saved->settings.iovEnabled())
        iovText = tr("synthetic path (SR-IOV not requested).");
    else if (rt.iovUsage && (!rt.vfPciAddress.isEmpty() || !rt.vfParentNic.isEmpty()))
        iovText = tr("a virtual function of %1%2 is passed to the guest; the data path bypasses the host.")
                      .arg(rt.vfParentNic.isEmpty() ? tr("the host's NIC") : rt.vfParentNic,
                           rt.vfPciAddress.isEmpty() ? QString() : tr(" (PCI %1)").arg(rt.vfPciAddress));
    else if (rt.iovUsage)
        iovText = rt.vfDataPathActive ? (rt.iovQueuePairsAssigned == 1
                                             ? tr("virtual function %1 assigned, 1 queue pair; the data path is active.")
                                             : tr("virtual function %1 assigned, %n queue pairs; the data path is active.",
                                                  nullptr, rt.iovQueuePairsAssigned))
                                            .arg(rt.virtualFunction)
                                      : tr("virtual function %1 assigned; the data path is not active.").arg(rt.virtualFunction);
    else
        iovText = tr("fell back to the synthetic path: %1").arg(rt.iovFallbackReason);
    m_iovActual->setText(tr("<b>Requested:</b> %1 &nbsp; %2")
                             .arg(requestedText(requested.iovEnabled(), saved ? saved->settings.iovEnabled() : requested.iovEnabled()),
                                  actual(iovText.toHtmlEscaped())));

    const bool hasQueuesAndSas = context.capabilities.testFlag(Capability::Vmq) || context.capabilities.testFlag(Capability::IpsecOffload);
    if (direct) {
        m_capacity->setText(tr("<b>Passed through:</b> no switch in the path; the virtual function belongs to %1.")
                                .arg((rt.vfParentNic.isEmpty() ? tr("the host's NIC") : rt.vfParentNic).toHtmlEscaped()));
    } else if (sw && !hasQueuesAndSas) {
        // Hosts without VM queues or IPsec offload (libvirt) have only virtual functions to count.
        m_capacity->setText(tr("<b>Free on switch '%1':</b> virtual functions %2 of %3")
                                .arg(sw->name.toHtmlEscaped())
                                .arg(qMax(0, sw->iovVirtualFunctionCount - sw->iovVirtualFunctionsInUse))
                                .arg(sw->iovVirtualFunctionCount));
    } else if (sw) {
        m_capacity->setText(
            tr("<b>Free on switch '%1':</b> VM queues %2 of %3 &middot; IPsec SAs %4 of %5 &middot; virtual functions %6 of %7")
                .arg(sw->name.toHtmlEscaped())
                .arg(qMax(0, sw->availableVmQueues - sw->vmqAllocated))
                .arg(sw->availableVmQueues)
                .arg(sw->availableIpsecSa > sw->ipsecSaAllocated ? sw->availableIpsecSa - sw->ipsecSaAllocated : 0)
                .arg(sw->availableIpsecSa)
                .arg(qMax(0, sw->iovVirtualFunctionCount - sw->iovVirtualFunctionsInUse))
                .arg(sw->iovVirtualFunctionCount));
    } else {
        m_capacity->setText(tr("<b>Not connected:</b> no switch resources apply."));
    }

    Diagnostics notes = NetworkAdapterAdvisor::notes(requested, sw, context.host.osBuild);
    // Advice about VM queues means nothing on a host without them (libvirt's multiqueue is no VMQ).
    const bool vmqOffered = context.capabilities.testFlag(Capability::Vmq);
    notes.erase(std::remove_if(notes.begin(), notes.end(),
                               [vmqOffered](const Diagnostic &d) {
                                   return !ownFields().contains(d.field) || (!vmqOffered && d.field == QLatin1String("vmqWeight"));
                               }),
                notes.end());
    for (const Diagnostic &d : context.validateAdapter(requested)) {
        if (!d.isError() && ownFields().contains(d.field))
            notes << d;
    }
    m_notes->setNotes(notes);
    m_loading = wasLoading;
}

QWidget *HardwareAccelerationPage::widgetForField(const QString &field) const
{
    if (field == QLatin1String("vmqWeight"))
        return m_vmq;
    if (field == QLatin1String("ipsecOffloadMaximumSecurityAssociation"))
        return m_ipsec->isChecked() ? static_cast<QWidget *>(m_ipsecMax) : m_ipsec;
    if (field == QLatin1String("iovWeight") || field == QLatin1String("iovQueuePairsRequested"))
        return m_iov;
    return nullptr;
}

} // namespace hvdesk
