#include "NetworkAdapterPage.h"

#include "AdvisorNotes.h"

#include <views/NumberEdit.h>

#include <models/Format.h>
#include <models/NetworkAdapterAdvisor.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

const QSet<QString> &ownFields()
{
    static const QSet<QString> fields = {QStringLiteral("switchName"), QStringLiteral("vlanId"),
                                         QStringLiteral("minimumBandwidth"), QStringLiteral("minimumBandwidthAbsolute"),
                                         QStringLiteral("minimumBandwidthWeight"), QStringLiteral("maximumBandwidth"),
                                         QStringLiteral("adapters")};
    return fields;
}

QString mbps(quint64 bps)
{
    return NetworkAdapterPage::tr("%L1 Mbps").arg(NetworkAdapterRules::bpsToMbps(bps));
}

} // namespace

NetworkAdapterPage::NetworkAdapterPage(const QString &adapterId, QWidget *parent)
    : SettingsPage(parent)
    , m_adapterId(adapterId)
    , m_switch(new QComboBox(this))
    , m_switchInfo(new QLabel(this))
    , m_vlanEnabled(new QCheckBox(tr("&Enable virtual LAN identification"), this))
    , m_vlanId(new NumberEdit(this))
    , m_bandwidthEnabled(new QCheckBox(tr("Enable &bandwidth management"), this))
    , m_minimum(new NumberEdit(this))
    , m_minimumUnit(new QLabel(this))
    , m_minimumReason(new QLabel(this))
    , m_maximum(new NumberEdit(this))
    , m_capacity(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notes(new AdvisorNotes(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_removeReason(new QLabel(this))
{
    setObjectName(QStringLiteral("networkAdapterPage"));
    setAccessibleName(tr("Network Adapter"));
    auto *layout = new QVBoxLayout(this);
    addHeading(layout, tr("Network Adapter"),
               tr("Specify the configuration of the network adapter or remove the network adapter."));

    m_switch->setObjectName(QStringLiteral("switchCombo"));
    m_switch->setAccessibleName(tr("Virtual switch"));
    auto *switchLabel = new QLabel(tr("&Virtual switch:"), this);
    switchLabel->setBuddy(m_switch);
    m_switchInfo->setObjectName(QStringLiteral("switchInfo"));
    m_switchInfo->setWordWrap(true);
    layout->addWidget(switchLabel);
    layout->addWidget(m_switch);
    layout->addWidget(m_switchInfo);

    auto *vlan = new QGroupBox(tr("VLAN"), this);
    auto *vlanLayout = new QVBoxLayout(vlan);
    m_vlanEnabled->setObjectName(QStringLiteral("vlanEnabled"));
    m_vlanEnabled->setAccessibleName(tr("Enable virtual LAN identification"));
    m_vlanId->setObjectName(QStringLiteral("vlanId"));
    m_vlanId->setAccessibleName(tr("VLAN ID"));
    m_vlanId->setFieldLabel(tr("VLAN ID"));
    m_vlanId->setField(QStringLiteral("vlanId"));
    m_vlanId->setRange(NetworkAdapterSettings::VlanIdMin, NetworkAdapterSettings::VlanIdMax);
    m_vlanId->setMaximumWidth(120);
    auto *vlanDescription = new QLabel(tr("The VLAN identifier specifies the virtual LAN that this virtual machine "
                                          "will use for all network communications through this network adapter."),
                                       this);
    vlanDescription->setWordWrap(true);
    auto *vlanRow = new QHBoxLayout;
    auto *vlanLabel = new QLabel(tr("VLAN &ID:"), this);
    vlanLabel->setBuddy(m_vlanId);
    vlanRow->addWidget(vlanLabel);
    vlanRow->addWidget(m_vlanId);
    vlanRow->addStretch();
    vlanLayout->addWidget(m_vlanEnabled);
    vlanLayout->addWidget(vlanDescription);
    vlanLayout->addLayout(vlanRow);
    vlanLayout->addWidget(m_vlanId->errorLabel());
    layout->addWidget(vlan);

    auto *bandwidth = new QGroupBox(tr("Bandwidth Management"), this);
    auto *bwLayout = new QVBoxLayout(bandwidth);
    m_bandwidthEnabled->setObjectName(QStringLiteral("bandwidthEnabled"));
    m_bandwidthEnabled->setAccessibleName(tr("Enable bandwidth management"));
    m_minimum->setObjectName(QStringLiteral("minimumBandwidth"));
    m_minimum->setAccessibleName(tr("Minimum bandwidth"));
    m_maximum->setObjectName(QStringLiteral("maximumBandwidth"));
    m_maximum->setAccessibleName(tr("Maximum bandwidth in Mbps"));
    m_maximum->setRange(0, MaxBandwidthMbps);
    m_maximum->setFieldLabel(tr("Maximum bandwidth"));
    m_maximum->setField(QStringLiteral("maximumBandwidth"));
    m_maximum->setUnit(tr("Mbps"));
    m_maximum->setSpecialValueText(tr("0 means no limit"));
    m_maximum->setMaximumWidth(120);
    m_minimum->setField(QStringLiteral("minimumBandwidth"));
    m_minimum->setMaximumWidth(120);
    m_minimumReason->setObjectName(QStringLiteral("minimumBandwidthReason"));
    m_minimumReason->setWordWrap(true);
    m_capacity->setObjectName(QStringLiteral("bandwidthCapacity"));
    m_capacity->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *minRow = new QHBoxLayout;
    minRow->addWidget(m_minimum);
    minRow->addWidget(m_minimumUnit);
    minRow->addStretch();
    auto *maxRow = new QHBoxLayout;
    maxRow->addWidget(m_maximum);
    maxRow->addWidget(new QLabel(tr("Mbps (0: no limit)"), this));
    maxRow->addStretch();
    auto *minLabel = new QLabel(tr("Mi&nimum bandwidth:"), this);
    minLabel->setBuddy(m_minimum);
    auto *maxLabel = new QLabel(tr("Ma&ximum bandwidth:"), this);
    maxLabel->setBuddy(m_maximum);
    form->addRow(minLabel, minRow);
    form->addRow(maxLabel, maxRow);
    bwLayout->addWidget(m_bandwidthEnabled);
    bwLayout->addWidget(new QLabel(tr("Specify how this network adapter utilizes network bandwidth. "
                                      "To leave the minimum or maximum unrestricted, specify 0."),
                                   this));
    bwLayout->itemAt(bwLayout->count() - 1)->widget()->setProperty("wordWrap", true);
    bwLayout->addLayout(form);
    bwLayout->addWidget(m_minimum->errorLabel());
    bwLayout->addWidget(m_maximum->errorLabel());
    bwLayout->addWidget(m_minimumReason);
    bwLayout->addWidget(m_capacity);
    layout->addWidget(bandwidth);

    m_status->setObjectName(QStringLiteral("adapterStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_notes->setObjectName(QStringLiteral("networkAdapterNotes"));
    layout->addWidget(m_notes);
    layout->addStretch(1);

    m_remove->setObjectName(QStringLiteral("removeAdapterButton"));
    m_remove->setAccessibleName(tr("Remove network adapter"));
    m_removeReason->setObjectName(QStringLiteral("removeAdapterReason"));
    m_removeReason->setWordWrap(true);
    auto *removeRow = new QHBoxLayout;
    removeRow->addWidget(new QLabel(tr("To remove the network adapter from this virtual machine, click Remove."), this), 1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);
    layout->addWidget(m_removeReason);

    connect(m_switch, &QComboBox::currentIndexChanged, this, [this] {
        updateMinimumControls();
        emitChanged();
    });
    connect(m_vlanEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_vlanId->setEnabled(on && m_vlanEnabled->isEnabled());
        emitChanged();
    });
    connect(m_vlanId, &QLineEdit::textChanged, this, &NetworkAdapterPage::emitChanged);
    connect(m_bandwidthEnabled, &QCheckBox::toggled, this, [this] {
        updateMinimumControls();
        emitChanged();
    });
    connect(m_minimum, &QLineEdit::textChanged, this, &NetworkAdapterPage::emitChanged);
    connect(m_maximum, &QLineEdit::textChanged, this, &NetworkAdapterPage::emitChanged);
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_adapterId); });
}

QString NetworkAdapterPage::title() const
{
    return m_loaded.name.isEmpty() ? tr("Network Adapter") : m_loaded.name;
}

void NetworkAdapterPage::emitChanged()
{
    if (!m_loading)
        emit changed();
}

QString NetworkAdapterPage::selectedSwitch() const
{
    return m_switch->currentData().toString();
}

NetworkAdapterPage::MinimumMode NetworkAdapterPage::minimumMode() const
{
    const VirtualSwitch *sw = m_context.findSwitch(selectedSwitch());
    if (!NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(sw).isEmpty())
        return MinimumMode::Unavailable;
    const BandwidthReservationMode mode = NetworkAdapterRules::effectiveMode(sw->reservationMode, sw->iovEnabled);
    if (mode == BandwidthReservationMode::Absolute)
        return m_context.capabilities.testFlag(Capability::BandwidthAbsolute) ? MinimumMode::Absolute : MinimumMode::Unavailable;
    return m_context.capabilities.testFlag(Capability::BandwidthWeight) ? MinimumMode::Weight : MinimumMode::Unavailable;
}

void NetworkAdapterPage::updateMinimumControls()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const MinimumMode mode = minimumMode();
    const VirtualSwitch *sw = m_context.findSwitch(selectedSwitch());
    const bool sameSwitch = selectedSwitch() == m_loaded.switchName;
    const bool managed = m_bandwidthEnabled->isChecked() && m_bandwidthEnabled->isEnabled();
    switch (mode) {
    case MinimumMode::Absolute:
        m_minimum->setRange(0, MaxBandwidthMbps);
        m_minimum->setFieldLabel(tr("Minimum bandwidth"));
        m_minimum->setUnit(tr("Mbps"));
        m_minimum->setSpecialValueText(tr("0 means no reservation"));
        m_minimumUnit->setText(tr("Mbps"));
        m_minimum->setAccessibleName(tr("Minimum bandwidth in Mbps"));
        if (m_minimum->property("mode").toInt() != int(mode))
            m_minimum->setValue(
                sameSwitch ? qint64(NetworkAdapterRules::bpsToMbps(m_loaded.minimumBandwidthAbsolute)) : 0);
        m_minimumReason->setText(tr("The switch '%1' reserves bandwidth in Mbps (absolute mode).").arg(sw->name));
        break;
    case MinimumMode::Weight:
        m_minimum->setRange(NetworkAdapterSettings::WeightMin, NetworkAdapterSettings::WeightMax);
        m_minimum->setFieldLabel(tr("Minimum bandwidth weight"));
        m_minimum->setUnit(QString());
        m_minimum->setSpecialValueText(tr("0 means no reservation"));
        m_minimumUnit->setText(tr("weight (0-100, 0: none)"));
        m_minimum->setAccessibleName(tr("Minimum bandwidth weight"));
        if (m_minimum->property("mode").toInt() != int(mode))
            m_minimum->setValue(sameSwitch ? m_loaded.minimumBandwidthWeight : 0);
        m_minimumReason->setText(tr("The switch '%1' reserves bandwidth by relative weight, not in Mbps.").arg(sw->name));
        break;
    case MinimumMode::Unavailable: {
        m_minimum->setRange(0, 0);
        m_minimum->setFieldLabel(tr("Minimum bandwidth"));
        m_minimum->setUnit(QString());
        m_minimum->setSpecialValueText(QString());
        m_minimumUnit->setText(QString());
        QString reason = NetworkAdapterAdvisor::minimumBandwidthUnavailableReason(sw);
        if (reason.isEmpty())
            reason = m_context.missing(Capability::BandwidthWeight) + QLatin1Char(' ')
                + m_context.missing(Capability::BandwidthAbsolute);
        m_minimumReason->setText(reason.trimmed());
        break;
    }
    }
    m_minimum->setProperty("mode", int(mode));
    m_minimum->setEnabled(managed && mode != MinimumMode::Unavailable);
    m_maximum->setEnabled(managed);
    m_minimumUnit->setEnabled(m_minimum->isEnabled());
    m_loading = wasLoading;
}

void NetworkAdapterPage::load(const VmSettings &settings)
{
    m_loading = true;
    for (const NetworkAdapterSettings &a : settings.adapters) {
        if (a.id == m_adapterId)
            m_loaded = a;
    }
    if (const int i = m_switch->findData(m_loaded.switchName); i >= 0) {
        m_switch->setCurrentIndex(i);
    } else {
        // A switch the host no longer has: keep it visible, validation names it.
        m_switch->addItem(m_loaded.switchName, m_loaded.switchName);
        m_switch->setCurrentIndex(m_switch->count() - 1);
    }
    m_vlanEnabled->setChecked(m_loaded.vlanEnabled);
    m_vlanId->setText(m_loaded.vlanEnabled || m_loaded.vlanId > 0 ? QString::number(m_loaded.vlanId) : QString());
    m_vlanId->setEnabled(m_loaded.vlanEnabled);
    m_bandwidthEnabled->setChecked(m_loaded.maximumBandwidth > 0 || m_loaded.minimumBandwidthAbsolute > 0
                                   || m_loaded.minimumBandwidthWeight > 0);
    m_maximum->setValue(qint64(NetworkAdapterRules::bpsToMbps(m_loaded.maximumBandwidth)));
    m_minimum->setProperty("mode", -1);
    updateMinimumControls();
    m_loading = false;
}

void NetworkAdapterPage::writeBack(VmSettings &settings) const
{
    for (NetworkAdapterSettings &a : settings.adapters) {
        if (a.id != m_adapterId)
            continue;
        a.switchName = selectedSwitch();
        const bool sameSwitch = a.switchName == m_loaded.switchName;
        // A VLAN ID that is not a number from 1 to 4094 is not sent: the VLAN stays as loaded
        // until the field is corrected (validate() names it).
        const bool vlanInvalid = m_vlanId->isEnabledTo(this) && !m_vlanId->isValid();
        a.vlanEnabled = vlanInvalid ? m_loaded.vlanEnabled : m_vlanEnabled->isChecked();
        a.vlanId = a.vlanEnabled && !vlanInvalid ? int(m_vlanId->value()) : m_loaded.vlanId;

        // Keep the loaded bits per second when the Mbps shown are unchanged, so opening and
        // closing the page never rounds a value the host holds.
        // A number out of range is not sent either: the host keeps the loaded value.
        auto bps = [](const NumberEdit *shown, quint64 loaded) {
            if (!shown->isValid() || quint64(shown->value()) == NetworkAdapterRules::bpsToMbps(loaded))
                return loaded;
            return NetworkAdapterRules::mbpsToBps(quint64(shown->value()));
        };
        if (!m_bandwidthEnabled->isChecked()) {
            a.minimumBandwidthAbsolute = 0;
            a.minimumBandwidthWeight = 0;
            a.maximumBandwidth = 0;
            continue;
        }
        a.maximumBandwidth = bps(m_maximum, m_loaded.maximumBandwidth);
        const int mode = m_minimum->property("mode").toInt();
        if (mode == int(MinimumMode::Absolute)) {
            a.minimumBandwidthAbsolute = bps(m_minimum, m_loaded.minimumBandwidthAbsolute);
            a.minimumBandwidthWeight = sameSwitch ? m_loaded.minimumBandwidthWeight : 0;
        } else if (mode == int(MinimumMode::Weight)) {
            a.minimumBandwidthWeight = m_minimum->isValid() ? int(m_minimum->value())
                                                            : (sameSwitch ? m_loaded.minimumBandwidthWeight : 0);
            a.minimumBandwidthAbsolute = sameSwitch ? m_loaded.minimumBandwidthAbsolute : 0;
        } else {
            a.minimumBandwidthAbsolute = sameSwitch ? m_loaded.minimumBandwidthAbsolute : 0;
            a.minimumBandwidthWeight = sameSwitch ? m_loaded.minimumBandwidthWeight : 0;
        }
    }
}

Diagnostics NetworkAdapterPage::validate(const SettingsContext &context) const
{
    Diagnostics out;
    const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId);
    if (!pending)
        return out;
    if (m_vlanEnabled->isChecked() && m_vlanId->text().trimmed().isEmpty()) {
        out << Diagnostic{Diagnostic::Severity::Error, QStringLiteral("adapter.vlan.empty"), QStringLiteral("vlanId"),
                          tr("VLAN ID: enter the VLAN this adapter uses."),
                          tr("Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.")
                              .arg(NetworkAdapterSettings::VlanIdMin)
                              .arg(NetworkAdapterSettings::VlanIdMax)};
        return out;
    }
    out << inputErrors();
    for (const Diagnostic &d : context.validateAdapter(*pending)) {
        if (ownFields().contains(d.field))
            out << d;
    }
    return out;
}

void NetworkAdapterPage::updateContext(const SettingsContext &context)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_context = context;

    // The switch list: Not connected, then the host's switches; the selection is kept.
    const QString selected = m_switch->count() > 0 ? selectedSwitch() : m_loaded.switchName;
    QStringList names;
    for (const VirtualSwitch &sw : context.host.switches)
        names << sw.name;
    QStringList current;
    for (int i = 1; i < m_switch->count(); ++i)
        current << m_switch->itemData(i).toString();
    if (current != names || m_switch->count() == 0) {
        m_switch->clear();
        m_switch->addItem(tr("Not connected"), QString());
        for (const QString &n : std::as_const(names))
            m_switch->addItem(n, n);
        int i = m_switch->findData(selected);
        if (i < 0) {
            m_switch->addItem(selected, selected);
            i = m_switch->count() - 1;
        }
        m_switch->setCurrentIndex(i);
    }

    const VirtualSwitch *sw = context.findSwitch(selectedSwitch());
    if (sw) {
        QStringList facts;
        facts << HostNames::displayName(sw->type);
        if (const PhysicalNic *nic = context.host.findNic(sw->boundNic))
            facts << tr("bound to %1 (%2)").arg(nic->description.isEmpty() ? nic->name : nic->description,
                                                Format::bitsPerSecond(nic->linkSpeedBps));
        facts << (sw->iovEnabled ? tr("created with SR-IOV") : tr("without SR-IOV"));
        facts << tr("bandwidth reservation: %1")
                     .arg(NetworkAdapterRules::displayName(NetworkAdapterRules::effectiveMode(sw->reservationMode, sw->iovEnabled)));
        m_switchInfo->setText(facts.join(QStringLiteral(", ")));
    } else {
        m_switchInfo->setText(selectedSwitch().isEmpty() ? tr("The adapter is not connected to any network.")
                                                         : tr("The host has no switch named '%1'.").arg(selectedSwitch()));
    }

    const bool adapters = context.capabilities.testFlag(Capability::NetworkAdapterSettings);
    m_switch->setEnabled(adapters);
    const QString vlanMissing = context.missing(Capability::Vlan);
    m_vlanEnabled->setEnabled(vlanMissing.isEmpty());
    m_vlanEnabled->setToolTip(vlanMissing);
    m_vlanId->setEnabled(vlanMissing.isEmpty() && m_vlanEnabled->isChecked());
    updateMinimumControls();

    // Remaining link capacity for absolute reservations.
    if (sw && NetworkAdapterRules::effectiveMode(sw->reservationMode, sw->iovEnabled) == BandwidthReservationMode::Absolute
        && sw->type == SwitchType::External) {
        const quint64 link = context.linkSpeedBps(sw);
        const quint64 others = context.otherReservationsBps(sw->name, m_adapterId);
        m_capacity->setText(tr("Reserved on '%1' by other adapters: %2 of %3; %4 left for this adapter.")
                                .arg(sw->name, mbps(others), mbps(link), mbps(link > others ? link - others : 0)));
        m_capacity->setVisible(true);
    } else {
        m_capacity->setVisible(false);
    }

    // Status as Get-VMNetworkAdapter reports it.
    if (const NetworkAdapter *saved = context.savedAdapter(m_adapterId)) {
        const NetworkAdapterRuntime &rt = saved->runtime;
        QString status = tr("Status: %1").arg(rt.status);
        if (!rt.statusDescription.isEmpty())
            status += tr(" (%1)").arg(rt.statusDescription);
        if (!rt.ipAddresses.isEmpty() && VmStates::reportsGuestAddresses(context.vm.state))
            status += tr("; IP addresses: %1").arg(rt.ipAddresses.join(QStringLiteral(", ")));
        m_status->setText(status);
    } else {
        m_status->setText(tr("Status: not yet added; the adapter is created when you apply."));
    }

    Diagnostics notes;
    if (const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId)) {
        for (const Diagnostic &d : context.validateAdapter(*pending)) {
            if (!d.isError() && ownFields().contains(d.field))
                notes << d;
        }
    }
    m_notes->setNotes(notes);

    QString removeReason = context.missing(Capability::AddRemoveAdapters);
    if (removeReason.isEmpty() && context.vmRunning())
        removeReason = tr("Network adapters can only be removed while the virtual machine is off (it is %1).")
                           .arg(VmStates::displayName(context.vm.state).toLower());
    m_remove->setEnabled(removeReason.isEmpty());
    m_remove->setToolTip(removeReason);
    m_removeReason->setText(removeReason);
    m_removeReason->setVisible(!removeReason.isEmpty());
    m_loading = wasLoading;
}

QWidget *NetworkAdapterPage::widgetForField(const QString &field) const
{
    if (field == QLatin1String("switchName"))
        return m_switch;
    if (field == QLatin1String("vlanId"))
        return m_vlanId;
    if (field.startsWith(QLatin1String("minimumBandwidth")))
        return m_minimum;
    if (field == QLatin1String("maximumBandwidth"))
        return m_maximum;
    if (field == QLatin1String("adapters"))
        return m_remove;
    return nullptr;
}

} // namespace hvdesk
