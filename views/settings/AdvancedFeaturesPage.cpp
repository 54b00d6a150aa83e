#include "AdvancedFeaturesPage.h"

#include "AdvisorNotes.h"

#include <models/NetworkAdapterAdvisor.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QCheckBox *checkBox(const QString &text, const char *objectName, const QString &accessible, QWidget *parent)
{
    auto *c = new QCheckBox(text, parent);
    c->setObjectName(QString::fromLatin1(objectName));
    c->setAccessibleName(accessible);
    return c;
}

} // namespace

AdvancedFeaturesPage::AdvancedFeaturesPage(const QString &adapterId, QWidget *parent)
    : SettingsPage(parent)
    , m_adapterId(adapterId)
    , m_dynamic(new QRadioButton(tr("&Dynamic"), this))
    , m_static(new QRadioButton(tr("&Static"), this))
    , m_mac(new QLineEdit(this))
    , m_macReasonLabel(new QLabel(this))
    , m_spoofing(checkBox(tr("Enable MAC address s&poofing"), "macSpoofing", tr("Enable MAC address spoofing"), this))
    , m_dhcpGuard(checkBox(tr("Enable D&HCP guard"), "dhcpGuard", tr("Enable DHCP guard"), this))
    , m_routerGuard(checkBox(tr("Enable &router advertisement guard"), "routerGuard",
                             tr("Enable router advertisement guard"), this))
    , m_protected(checkBox(tr("P&rotected network"), "protectedNetwork", tr("Protected network"), this))
    , m_mirroring(new QComboBox(this))
    , m_teaming(checkBox(tr("Enable this network adapter to be part of a &team in the guest operating system"),
                         "allowTeaming", tr("Allow NIC teaming in the guest"), this))
    , m_deviceNaming(checkBox(tr("Enable device &naming"), "deviceNaming", tr("Enable device naming"), this))
    , m_protectedReasonLabel(wrapped(QString(), this))
    , m_deviceNamingReasonLabel(wrapped(QString(), this))
    , m_notes(new AdvisorNotes(this))
{
    setObjectName(QStringLiteral("advancedFeaturesPage"));
    setAccessibleName(tr("Advanced Features"));
    auto *layout = new QVBoxLayout(this);
    addHeading(layout, tr("Advanced Features"), QString());

    auto *macBox = new QGroupBox(tr("MAC address"), this);
    auto *macLayout = new QVBoxLayout(macBox);
    m_dynamic->setObjectName(QStringLiteral("macDynamic"));
    m_dynamic->setAccessibleName(tr("Dynamic MAC address"));
    m_static->setObjectName(QStringLiteral("macStatic"));
    m_static->setAccessibleName(tr("Static MAC address"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_dynamic);
    group->addButton(m_static);
    m_mac->setObjectName(QStringLiteral("macAddress"));
    m_mac->setAccessibleName(tr("MAC address"));
    m_mac->setPlaceholderText(QStringLiteral("00-15-5D-00-00-00"));
    m_mac->setMaxLength(17);
    m_mac->setMaximumWidth(180);
    m_macReasonLabel->setObjectName(QStringLiteral("macReason"));
    m_macReasonLabel->setWordWrap(true);
    auto *macRow = new QHBoxLayout;
    macRow->addWidget(m_dynamic);
    macRow->addSpacing(12);
    macRow->addWidget(m_static);
    macRow->addWidget(m_mac);
    macRow->addStretch();
    macLayout->addLayout(macRow);
    macLayout->addWidget(m_macReasonLabel);
    macLayout->addWidget(wrapped(tr("MAC address spoofing allows virtual machines to change the source MAC address "
                                    "in outgoing packets to one that is not assigned to them."),
                                 this));
    macLayout->addWidget(m_spoofing);
    layout->addWidget(macBox);

    auto *dhcpBox = new QGroupBox(tr("DHCP guard"), this);
    auto *dhcpLayout = new QVBoxLayout(dhcpBox);
    dhcpLayout->addWidget(wrapped(tr("DHCP guard drops DHCP server messages from unauthorized virtual machines "
                                     "pretending to be DHCP servers."),
                                  this));
    dhcpLayout->addWidget(m_dhcpGuard);
    layout->addWidget(dhcpBox);

    auto *routerBox = new QGroupBox(tr("Router guard"), this);
    auto *routerLayout = new QVBoxLayout(routerBox);
    routerLayout->addWidget(wrapped(tr("Router guard drops router advertisement and redirection messages from "
                                       "unauthorized virtual machines pretending to be routers."),
                                    this));
    routerLayout->addWidget(m_routerGuard);
    layout->addWidget(routerBox);

    auto *protectedBox = new QGroupBox(tr("Protected network"), this);
    auto *protectedLayout = new QVBoxLayout(protectedBox);
    protectedLayout->addWidget(wrapped(tr("Move this virtual machine to another cluster node if a network "
                                          "disconnection is detected."),
                                       this));
    protectedLayout->addWidget(m_protected);
    m_protectedReasonLabel->setObjectName(QStringLiteral("protectedNetworkReason"));
    m_protectedReasonLabel->hide();
    protectedLayout->addWidget(m_protectedReasonLabel);
    layout->addWidget(protectedBox);

    auto *mirrorBox = new QGroupBox(tr("Port mirroring"), this);
    auto *mirrorLayout = new QHBoxLayout(mirrorBox);
    m_mirroring->setObjectName(QStringLiteral("portMirroring"));
    m_mirroring->setAccessibleName(tr("Port mirroring mode"));
    for (PortMirroringMode mode : {PortMirroringMode::None, PortMirroringMode::Destination, PortMirroringMode::Source})
        m_mirroring->addItem(NetworkAdapterRules::displayName(mode), int(mode));
    auto *mirrorLabel = new QLabel(tr("&Mirroring mode:"), this);
    mirrorLabel->setBuddy(m_mirroring);
    mirrorLayout->addWidget(mirrorLabel);
    mirrorLayout->addWidget(m_mirroring);
    mirrorLayout->addStretch();
    layout->addWidget(mirrorBox);

    auto *teamBox = new QGroupBox(tr("NIC Teaming"), this);
    auto *teamLayout = new QVBoxLayout(teamBox);
    teamLayout->addWidget(m_teaming);
    layout->addWidget(teamBox);

    auto *namingBox = new QGroupBox(tr("Device naming"), this);
    auto *namingLayout = new QVBoxLayout(namingBox);
    namingLayout->addWidget(wrapped(tr("Device naming propagates the name of this network adapter into the guest "
                                       "operating system."),
                                    this));
    namingLayout->addWidget(m_deviceNaming);
    m_deviceNamingReasonLabel->setObjectName(QStringLiteral("deviceNamingReason"));
    m_deviceNamingReasonLabel->hide();
    namingLayout->addWidget(m_deviceNamingReasonLabel);
    layout->addWidget(namingBox);

    m_notes->setObjectName(QStringLiteral("advancedFeaturesNotes"));
    layout->addWidget(m_notes);
    layout->addStretch(1);

    connect(m_static, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_mac->text().isEmpty())
            m_mac->setText(NetworkAdapterRules::formatMac(m_loaded.macAddress));
        updateEnablement();
        emitChanged();
    });
    connect(m_mac, &QLineEdit::textEdited, this, &AdvancedFeaturesPage::emitChanged);
    for (QCheckBox *c : {m_spoofing, m_dhcpGuard, m_routerGuard, m_protected, m_teaming, m_deviceNaming})
        connect(c, &QCheckBox::toggled, this, &AdvancedFeaturesPage::emitChanged);
    connect(m_mirroring, &QComboBox::currentIndexChanged, this, &AdvancedFeaturesPage::emitChanged);
}

QString AdvancedFeaturesPage::title() const
{
    return tr("Advanced Features");
}

void AdvancedFeaturesPage::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void AdvancedFeaturesPage::load(const VmSettings &settings)
{
    m_loading = true;
    for (const NetworkAdapterSettings &a : settings.adapters) {
        if (a.id == m_adapterId)
            m_loaded = a;
    }
    (m_loaded.staticMacAddress ? m_static : m_dynamic)->setChecked(true);
    m_mac->setText(NetworkAdapterRules::formatMac(NetworkAdapterRules::normalizeMac(m_loaded.macAddress)));
    m_spoofing->setChecked(m_loaded.macAddressSpoofing);
    m_dhcpGuard->setChecked(m_loaded.dhcpGuard);
    m_routerGuard->setChecked(m_loaded.routerGuard);
    m_protected->setChecked(m_loaded.protectedNetwork);
    m_mirroring->setCurrentIndex(m_mirroring->findData(int(m_loaded.portMirroring)));
    m_teaming->setChecked(m_loaded.allowTeaming);
    m_deviceNaming->setChecked(m_loaded.deviceNaming);
    updateEnablement();
    m_loading = false;
}

void AdvancedFeaturesPage::writeBack(VmSettings &settings) const
{
    for (NetworkAdapterSettings &a : settings.adapters) {
        if (a.id != m_adapterId)
            continue;
        a.staticMacAddress = m_static->isChecked();
        if (a.staticMacAddress) {
            // Valid input is kept normalized; anything else as typed, for validation to name it.
            const QString normalized = NetworkAdapterRules::normalizeMac(m_mac->text());
            a.macAddress = NetworkAdapterRules::isValidUnicastMac(normalized) ? normalized : m_mac->text();
        } else {
            a.macAddress = m_loaded.macAddress;
        }
        a.macAddressSpoofing = m_spoofing->isChecked();
        a.dhcpGuard = m_dhcpGuard->isChecked();
        a.routerGuard = m_routerGuard->isChecked();
        a.protectedNetwork = m_protected->isChecked();
        a.portMirroring = PortMirroringMode(m_mirroring->currentData().toInt());
        a.allowTeaming = m_teaming->isChecked();
        a.deviceNaming = m_deviceNaming->isChecked();
    }
}

Diagnostics AdvancedFeaturesPage::validate(const SettingsContext &context) const
{
    Diagnostics out;
    if (const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId)) {
        for (const Diagnostic &d : context.validateAdapter(*pending)) {
            if (d.isError()
                && (d.field == QLatin1String("macAddress") || d.field == QLatin1String("protectedNetwork")
                    || d.field == QLatin1String("deviceNaming")))
                out << d;
        }
    }
    return out;
}

void AdvancedFeaturesPage::updateEnablement()
{
    const bool canChangeMac = m_macReason.isEmpty();
    m_dynamic->setEnabled(canChangeMac);
    m_static->setEnabled(canChangeMac);
    m_mac->setEnabled(canChangeMac && m_static->isChecked());
    m_mac->setReadOnly(!m_static->isChecked());
}

void AdvancedFeaturesPage::updateContext(const SettingsContext &context)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_context = context;
    const bool isNew = context.savedAdapter(m_adapterId) == nullptr;
    m_macReason = context.missing(Capability::AdvancedAdapterFeatures);
    if (m_macReason.isEmpty() && context.vmRunning() && !isNew)
        m_macReason = tr("The MAC address can only be changed while the virtual machine is off (it is %1).")
                          .arg(VmStates::displayName(context.vm.state).toLower());
    m_macReasonLabel->setText(m_macReason);
    m_macReasonLabel->setVisible(!m_macReason.isEmpty());
    if (const NetworkAdapter *saved = context.savedAdapter(m_adapterId); saved && !m_static->isChecked())
        m_mac->setText(NetworkAdapterRules::formatMac(NetworkAdapterRules::normalizeMac(saved->runtime.macAddress)));
    const bool advanced = context.capabilities.testFlag(Capability::AdvancedAdapterFeatures);
    for (QWidget *w : std::initializer_list<QWidget *>{m_spoofing, m_dhcpGuard, m_routerGuard, m_protected, m_mirroring,
                                                        m_teaming, m_deviceNaming}) {
        w->setEnabled(advanced);
        w->setToolTip(context.missing(Capability::AdvancedAdapterFeatures));
    }
    // Features the host's version or the VM's generation lack: the same reasons the rules and
    // the backends refuse them with. Device naming can still be turned off.
    const QString protectedWhyNot = NetworkAdapterAdvisor::protectedNetworkUnavailableReason(context.host);
    const QString namingWhyNot = NetworkAdapterAdvisor::deviceNamingUnavailableReason(context.host, context.vm);
    const auto gate = [](QCheckBox *box, QLabel *label, const QString &whyNot, const QString &text) {
        if (whyNot.isEmpty()) {
            label->hide();
            return;
        }
        box->setEnabled(false);
        box->setToolTip(text);
        label->setText(text);
        label->show();
    };
    gate(m_protected, m_protectedReasonLabel, protectedWhyNot,
         protectedWhyNot.isEmpty() ? QString() : tr("Protected network is not available: %1").arg(protectedWhyNot));
    gate(m_deviceNaming, m_deviceNamingReasonLabel, namingWhyNot,
         namingWhyNot.isEmpty() ? QString() : tr("Device naming is not available: %1").arg(namingWhyNot));
    if (!namingWhyNot.isEmpty() && m_deviceNaming->isChecked())
        m_deviceNaming->setEnabled(advanced);
    updateEnablement();

    Diagnostics notes;
    if (const NetworkAdapterSettings *pending = context.pendingAdapter(m_adapterId)) {
        if (pending->macAddressSpoofing)
            notes << Diagnostic{Diagnostic::Severity::Info, QStringLiteral("advisor.mac.spoofing"), QStringLiteral("macAddressSpoofing"),
                                tr("MAC address spoofing is needed for NIC teaming and network load balancing inside the guest."),
                                QString()};
        if (pending->allowTeaming && pending->iovEnabled())
            notes << Diagnostic{Diagnostic::Severity::Info, QStringLiteral("advisor.teaming.iov"), QStringLiteral("allowTeaming"),
                                tr("SR-IOV adapters cannot be teamed on the host; teaming them inside the guest works."),
                                QString()};
    }
    m_notes->setNotes(notes);
    m_loading = wasLoading;
}

QWidget *AdvancedFeaturesPage::widgetForField(const QString &field) const
{
    if (field == QLatin1String("macAddress"))
        return m_static->isChecked() && m_mac->isEnabled() ? static_cast<QWidget *>(m_mac) : m_static;
    return nullptr;
}

} // namespace hvdesk
