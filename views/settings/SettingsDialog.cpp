#include "SettingsDialog.h"

#include "AddHardwarePage.h"
#include "AdvancedFeaturesPage.h"
#include "HardwareAccelerationPage.h"
#include "IntegrationServicesPage.h"
#include "NetworkAdapterPage.h"
#include "SettingsPage.h"

#include <views/ScriptView.h>

#include <models/HostBackend.h>
#include <models/SettingsScriptBuilder.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

constexpr int PageRole = Qt::UserRole + 1;

QTreeWidgetItem *sectionItem(QTreeWidget *tree, const QString &text)
{
    auto *item = new QTreeWidgetItem(tree, {text});
    item->setFlags(Qt::ItemIsEnabled);
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setExpanded(true);
    return item;
}

// Hyper-V Manager's two-line tree items: the name, and below it, indented and dimmed, what it
// is set to ("Public", "Some services offered").
class TwoLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // The model's text: the option's has its newline turned into a line separator.
        const QString text = index.data().toString();
        const QString first = text.section(QLatin1Char('\n'), 0, 0);
        const QString second = text.section(QLatin1Char('\n'), 1);
        opt.text.clear();
        const QWidget *w = opt.widget;
        QStyle *style = w ? w->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, w).adjusted(2, 0, -2, 0);
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setFont(opt.font);
        const int lineHeight = opt.fontMetrics.height();
        // The style's text rect is one centred line; two lines are placed within the whole row.
        const int top = opt.rect.top() + (opt.rect.height() - lineHeight * (second.isEmpty() ? 1 : 2)) / 2;
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), top, r.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(first, Qt::ElideRight, r.width()));
        if (!second.isEmpty()) {
            QColor dim = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
            painter->setPen(dim);
            const int indent = opt.fontMetrics.horizontalAdvance(QLatin1Char('M'));
            painter->drawText(QRect(r.left() + indent, top + lineHeight, r.width() - indent, lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              opt.fontMetrics.elidedText(second, Qt::ElideRight, r.width() - indent));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        const bool twoLines = index.data().toString().contains(QLatin1Char('\n'));
        s.setHeight(option.fontMetrics.height() * (twoLines ? 2 : 1) + 6);
        return s;
    }
};

} // namespace

SettingsDialog::SettingsDialog(HostBackend *backend, const QString &vmId, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_vmId(vmId)
    , m_tree(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_script(new ScriptView(QStringLiteral("PowerShell"), this))
    , m_messageLabel(new QLabel(this))
    , m_revertButton(new QPushButton(tr("Revert this chan&ge"), this))
    , m_scriptToggle(new QPushButton(tr("&PowerShell"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    const VmInfo *vm = backend ? backend->findVm(vmId) : nullptr;
    setWindowTitle(vm ? tr("Settings for %1 on %2").arg(vm->name, vm->hostName) : tr("Settings"));
    setAccessibleName(windowTitle());

    m_tree->setObjectName(QStringLiteral("hardwareTree"));
    m_tree->setAccessibleName(tr("Hardware and management settings"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setMinimumWidth(220);
    m_tree->setRootIsDecorated(true);
    m_tree->setItemDelegate(new TwoLineDelegate(m_tree));
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_script->setObjectName(QStringLiteral("settingsScript"));
    m_script->setCaption(tr("The PowerShell commands the pending change amounts to:"));
    m_script->setVisible(false);
    m_script->setLineWrap(true);

    m_messageLabel->setObjectName(QStringLiteral("settingsMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setVisible(false);
    m_revertButton->setObjectName(QStringLiteral("revertChangeButton"));
    m_revertButton->setAccessibleName(tr("Revert this change"));
    m_revertButton->setToolTip(tr("Put back the original value of this field; your other edits are kept."));
    m_revertButton->setVisible(false);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsDialog::revertChange);

    m_scriptToggle->setObjectName(QStringLiteral("showScriptButton"));
    m_scriptToggle->setCheckable(true);
    m_scriptToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_scriptToggle->setToolTip(tr("Show the PowerShell commands the pending change amounts to (Ctrl+Shift+P)"));
    m_scriptToggle->setAccessibleName(tr("Show the PowerShell preview"));
    connect(m_scriptToggle, &QPushButton::toggled, this, &SettingsDialog::setScriptVisible);

    okButton()->setObjectName(QStringLiteral("okButton"));
    cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    applyButton()->setObjectName(QStringLiteral("applyButton"));
    applyButton()->setText(tr("&Apply"));
    okButton()->setAccessibleName(tr("OK: apply the changes and close"));
    cancelButton()->setAccessibleName(tr("Cancel: close without applying"));
    applyButton()->setAccessibleName(tr("Apply the changes"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(applyButton(), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_stack, 1);
    m_splitter->setObjectName(QStringLiteral("settingsSplitter"));
    m_splitter->addWidget(right);
    m_splitter->addWidget(m_script);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_splitter);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({250, 650});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel, 1);
    messageRow->addWidget(m_revertButton, 0, Qt::AlignTop);
    layout->addLayout(messageRow);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_scriptToggle);
    buttonRow->addStretch();
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        auto *page = static_cast<SettingsPage *>(item->data(0, PageRole).value<void *>());
        if (page && m_scrolls.contains(page))
            m_stack->setCurrentWidget(m_scrolls.value(page));
    });

    if (vm) {
        m_original = settingsOf(*vm);
        m_structure = m_original;
    }
    buildPages();
    m_tree->setFocus(); // keyboard: arrows move through the pages, Tab into the page

    if (backend) {
        connect(backend, &HostBackend::vmsChanged, this, [this](const QList<int> &indexes) {
            if (m_backend && indexes.contains(m_backend->indexOfVm(m_vmId)))
                refreshContext();
        });
        connect(backend, &HostBackend::hostsChanged, this, &SettingsDialog::refreshContext);
        connect(backend, &HostBackend::connectionStateChanged, this, &SettingsDialog::refreshContext);
        connect(backend, &HostBackend::inventoryReset, this, &SettingsDialog::refreshContext);
        connect(backend, &QObject::destroyed, this, [this] {
            setMessage(MessageKind::Connection, tr("The connection to the host was closed: these settings can no "
                                                   "longer be applied."));
            applyButton()->setEnabled(false);
            okButton()->setEnabled(false);
        });
    }
    // Details that cost a call each on a remote host (disks' virtual sizes) for this VM only.
    if (backend)
        backend->loadVmDetails(vmId);
    resize(980, 700);
}

SettingsDialog::~SettingsDialog() = default;

VmSettings SettingsDialog::settingsOf(const VmInfo &vm)
{
    VmSettings s;
    for (const NetworkAdapter &a : vm.adapters)
        s.adapters << a.settings;
    s.integrationServices = vm.integrationServices.services;
    return s;
}

QString SettingsDialog::describe(const VmInfo &vm, const VmSettingsChange &change)
{
    QStringList parts;
    for (const QString &id : change.removedAdapterIds) {
        for (const NetworkAdapter &a : vm.adapters) {
            if (a.settings.id == id)
                parts << tr("%1 (removal)").arg(a.settings.name);
        }
    }
    for (const AdapterModification &m : change.modifiedAdapters) {
        const NetworkAdapterSettings &b = m.before;
        const NetworkAdapterSettings &a = m.after;
        QStringList fields;
        if (b.switchName != a.switchName)
            fields << tr("virtual switch");
        if (b.vlanEnabled != a.vlanEnabled || b.vlanId != a.vlanId)
            fields << tr("VLAN ID");
        if (b.minimumBandwidthAbsolute != a.minimumBandwidthAbsolute || b.minimumBandwidthWeight != a.minimumBandwidthWeight)
            fields << tr("minimum bandwidth");
        if (b.maximumBandwidth != a.maximumBandwidth)
            fields << tr("maximum bandwidth");
        if (b.vmqWeight != a.vmqWeight)
            fields << tr("virtual machine queue");
        if (b.ipsecOffloadMaximumSecurityAssociation != a.ipsecOffloadMaximumSecurityAssociation)
            fields << tr("IPsec task offloading");
        if (b.iovWeight != a.iovWeight || b.iovQueuePairsRequested != a.iovQueuePairsRequested
            || b.iovInterruptModeration != a.iovInterruptModeration)
            fields << tr("SR-IOV");
        if (b.staticMacAddress != a.staticMacAddress || b.macAddress != a.macAddress)
            fields << tr("MAC address");
        if (b.macAddressSpoofing != a.macAddressSpoofing)
            fields << tr("MAC address spoofing");
        if (b.dhcpGuard != a.dhcpGuard)
            fields << tr("DHCP guard");
        if (b.routerGuard != a.routerGuard)
            fields << tr("router guard");
        if (b.protectedNetwork != a.protectedNetwork)
            fields << tr("protected network");
        if (b.portMirroring != a.portMirroring)
            fields << tr("port mirroring");
        if (b.allowTeaming != a.allowTeaming)
            fields << tr("NIC teaming");
        if (b.deviceNaming != a.deviceNaming)
            fields << tr("device naming");
        parts << tr("%1 (%2)").arg(a.name, fields.join(QStringLiteral(", ")));
    }
    for (const NetworkAdapterSettings &a : change.addedAdapters)
        parts << tr("%1 (new adapter)").arg(a.name);
    if (!change.changedServices.isEmpty()) {
        QStringList services;
        for (const IntegrationService &s : change.changedServices)
            services << IntegrationServiceNames::displayName(s.kind);
        parts << tr("Integration Services (%1)").arg(services.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

bool SettingsDialog::revertField(VmSettings &pending, const VmSettings &original, const QString &adapterId,
                                 const QString &field)
{
    auto byId = [](auto &list, const QString &id) {
        return std::find_if(list.begin(), list.end(), [&](const NetworkAdapterSettings &a) { return a.id == id; });
    };
    if (field == QLatin1String("adapters") || field == QLatin1String("adapter")) {
        const auto now = byId(pending.adapters, adapterId);
        const auto was = std::find_if(original.adapters.cbegin(), original.adapters.cend(),
                                      [&](const NetworkAdapterSettings &a) { return a.id == adapterId; });
        if (now != pending.adapters.end() && was == original.adapters.cend()) {
            pending.adapters.erase(now); // added: not any more
            return true;
        }
        if (now == pending.adapters.end() && was != original.adapters.cend()) {
            // Removed: back at its place among the adapters kept.
            const qsizetype at = std::min<qsizetype>(was - original.adapters.cbegin(), pending.adapters.size());
            pending.adapters.insert(at, *was);
            return true;
        }
        if (now != pending.adapters.end() && was != original.adapters.cend() && !(*now == *was)) {
            *now = *was; // "adapter": the whole adapter as it was
            return true;
        }
        return false;
    }
    bool isService = false;
    const IntegrationServiceKind kind = IntegrationServiceNames::fromKey(field, &isService);
    if (isService) {
        for (IntegrationService &s : pending.integrationServices) {
            for (const IntegrationService &o : original.integrationServices) {
                if (s.kind == kind && o.kind == kind && s.enabled != o.enabled) {
                    s.enabled = o.enabled;
                    return true;
                }
            }
        }
        return false;
    }
    const auto now = byId(pending.adapters, adapterId);
    const auto was = std::find_if(original.adapters.cbegin(), original.adapters.cend(),
                                  [&](const NetworkAdapterSettings &a) { return a.id == adapterId; });
    if (now == pending.adapters.end() || was == original.adapters.cend())
        return false;
    NetworkAdapterSettings &a = *now;
    const NetworkAdapterSettings &o = *was;
    const NetworkAdapterSettings before = a;
    if (field == QLatin1String("macAddress")) {
        a.staticMacAddress = o.staticMacAddress;
        a.macAddress = o.macAddress;
    } else if (field == QLatin1String("switchName")) {
        a.switchName = o.switchName;
    } else if (field == QLatin1String("vlanId") || field == QLatin1String("vlanEnabled")) {
        a.vlanEnabled = o.vlanEnabled;
        a.vlanId = o.vlanId;
    } else if (field.startsWith(QLatin1String("minimumBandwidth"))) {
        a.minimumBandwidthAbsolute = o.minimumBandwidthAbsolute;
        a.minimumBandwidthWeight = o.minimumBandwidthWeight;
    } else if (field == QLatin1String("maximumBandwidth")) {
        a.maximumBandwidth = o.maximumBandwidth;
    } else if (field == QLatin1String("vmqWeight")) {
        a.vmqWeight = o.vmqWeight;
    } else if (field.startsWith(QLatin1String("iov"))) {
        a.iovWeight = o.iovWeight;
        a.iovQueuePairsRequested = o.iovQueuePairsRequested;
        a.iovInterruptModeration = o.iovInterruptModeration;
    } else if (field.startsWith(QLatin1String("ipsecOffload"))) {
        a.ipsecOffloadMaximumSecurityAssociation = o.ipsecOffloadMaximumSecurityAssociation;
    } else if (field == QLatin1String("macAddressSpoofing")) {
        a.macAddressSpoofing = o.macAddressSpoofing;
    } else if (field == QLatin1String("dhcpGuard")) {
        a.dhcpGuard = o.dhcpGuard;
    } else if (field == QLatin1String("routerGuard")) {
        a.routerGuard = o.routerGuard;
    } else if (field == QLatin1String("protectedNetwork")) {
        a.protectedNetwork = o.protectedNetwork;
    } else if (field == QLatin1String("portMirroring")) {
        a.portMirroring = o.portMirroring;
    } else if (field == QLatin1String("allowTeaming")) {
        a.allowTeaming = o.allowTeaming;
    } else if (field == QLatin1String("deviceNaming")) {
        a.deviceNaming = o.deviceNaming;
    }
    return !(a == before);
}

QPushButton *SettingsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *SettingsDialog::applyButton() const
{
    return m_buttons->button(QDialogButtonBox::Apply);
}

QPushButton *SettingsDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString SettingsDialog::pageKey(SettingsPage *page) const
{
    if (!page)
        return QString();
    int adapterIndex = -1;
    for (int i = 0; i < m_structure.adapters.size(); ++i) {
        if (m_structure.adapters[i].id == page->adapterId())
            adapterIndex = i;
    }
    return page->objectName() + QLatin1Char('#') + QString::number(adapterIndex);
}

void SettingsDialog::buildPages()
{
    const QString currentKey = pageKey(currentPage());
    m_tree->clear();
    // Later, not now: the request to rebuild may come from a button on one of these pages.
    for (SettingsPage *p : std::as_const(m_pages)) {
        p->disconnect(this);
        QScrollArea *scroll = m_scrolls.value(p);
        m_stack->removeWidget(scroll);
        scroll->hide();
        scroll->deleteLater(); // deletes the page with it
    }
    m_pages.clear();
    m_items.clear();
    m_scrolls.clear();

    QTreeWidgetItem *hardware = sectionItem(m_tree, tr("Hardware"));
    auto *add = new AddHardwarePage(this);
    connect(add, &AddHardwarePage::addAdapterRequested, this, &SettingsDialog::addAdapter);
    addPage(add, new QTreeWidgetItem(hardware));
    for (const NetworkAdapterSettings &a : std::as_const(m_structure.adapters)) {
        auto *adapterPage = new NetworkAdapterPage(a.id, this);
        connect(adapterPage, &NetworkAdapterPage::removeRequested, this, &SettingsDialog::removeAdapter);
        auto *adapterItem = new QTreeWidgetItem(hardware);
        addPage(adapterPage, adapterItem);
        addPage(new HardwareAccelerationPage(a.id, this), new QTreeWidgetItem(adapterItem));
        addPage(new AdvancedFeaturesPage(a.id, this), new QTreeWidgetItem(adapterItem));
        adapterItem->setExpanded(true);
    }
    QTreeWidgetItem *management = sectionItem(m_tree, tr("Management"));
    addPage(new IntegrationServicesPage(this), new QTreeWidgetItem(management));

    const SettingsContext context = makeContext();
    for (SettingsPage *p : std::as_const(m_pages)) {
        p->updateContext(context); // the switch list and gating first, then the values
        p->load(m_structure);
    }
    SettingsPage *current = m_pages.value(1, m_pages.value(0));
    for (SettingsPage *p : std::as_const(m_pages)) {
        if (pageKey(p) == currentKey)
            current = p;
    }
    showPage(current);
    onPageChanged();
}

void SettingsDialog::addPage(SettingsPage *page, QTreeWidgetItem *item)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    item->setText(0, page->title());
    item->setData(0, PageRole, QVariant::fromValue<void *>(page));
    m_pages << page;
    m_items.insert(page, item);
    m_scrolls.insert(page, scroll);
    connect(page, &SettingsPage::changed, this, &SettingsDialog::onPageChanged);
}

SettingsPage *SettingsDialog::currentPage() const
{
    for (SettingsPage *p : m_pages) {
        if (m_scrolls.value(p) == m_stack->currentWidget())
            return p;
    }
    return nullptr;
}

void SettingsDialog::showPage(SettingsPage *page)
{
    if (!page || !m_items.contains(page))
        return;
    m_tree->setCurrentItem(m_items.value(page));
    m_stack->setCurrentWidget(m_scrolls.value(page));
}

SettingsPage *SettingsDialog::page(const QString &objectName, int adapterIndex) const
{
    const QString adapterId = m_structure.adapters.value(adapterIndex).id;
    for (SettingsPage *p : m_pages) {
        if (p->objectName() == objectName && (p->adapterId().isEmpty() || p->adapterId() == adapterId))
            return p;
    }
    return nullptr;
}

VmSettings SettingsDialog::pendingSettings() const
{
    VmSettings s = m_structure;
    for (const SettingsPage *p : m_pages)
        p->writeBack(s);
    return s;
}

VmSettingsChange SettingsDialog::pendingChange() const
{
    VmSettingsChange change = VmSettingsChange::between(m_vmId, m_original, pendingSettings());
    // New adapters get their instance id from the host.
    for (NetworkAdapterSettings &a : change.addedAdapters)
        a.id.clear();
    return change;
}

SettingsContext SettingsDialog::makeContext() const
{
    SettingsContext c;
    if (!m_backend)
        return c;
    const VmInfo *vm = m_backend->findVm(m_vmId);
    if (!vm) {
        c.connected = false;
        return c;
    }
    c.vm = *vm;
    c.host = m_backend->host(vm->hostName).value_or(HostInfo());
    c.capabilities = m_backend->capabilities();
    for (const Capability cap : {Capability::IpsecOffload, Capability::Vmq, Capability::BandwidthWeight, Capability::SrIov,
                                 Capability::Vlan, Capability::AdvancedAdapterFeatures, Capability::AddRemoveAdapters}) {
        if (!c.capabilities.testFlag(cap))
            c.missingReasons.insert(cap, m_backend->missingCapabilityReason(cap));
    }
    c.connected = m_backend->connectionState() == ConnectionState::Connected;
    c.pending = pendingSettings();
    for (int i = 0; i < m_backend->vmCount(); ++i) {
        const VmInfo &other = m_backend->vmAt(i);
        if (other.hostName != vm->hostName || other.id == m_vmId)
            continue;
        for (const NetworkAdapter &a : other.adapters)
            c.otherVmReservationsBps[a.settings.switchName] += a.settings.minimumBandwidthAbsolute;
    }
    return c;
}

void SettingsDialog::refreshContext()
{
    const SettingsContext context = makeContext();
    for (SettingsPage *p : std::as_const(m_pages))
        p->updateContext(context);
    updateTreeTexts();
    updateButtons();
    if (context.connected && m_messageKind == MessageKind::Connection)
        setMessage(MessageKind::None, QString());
    if (!context.connected && !isApplying())
        setMessage(MessageKind::Connection,
                   m_backend && m_backend->findVm(m_vmId)
                       ? tr("The connection to the host is not available: changes cannot be applied until it is back. "
                            "Your edits are kept.")
                       : tr("The virtual machine no longer exists on this connection."));
    if (m_stateMessage && !isApplying()) {
        // What the VM's state forbids, as it is now: never a state it has left.
        const StateRefusal refusal = refusalByState();
        if (refusal.text.isEmpty())
            setMessage(MessageKind::None, QString());
        else if (refusal.text != m_messageLabel->text())
            setStateRefusal(refusal);
    }
    updateRevertOffer(); // the VM's state decides whether a field can still be edited
}

void SettingsDialog::onPageChanged()
{
    refreshContext();
    updateScript();
    if (m_messageKind != MessageKind::None && m_messageKind != MessageKind::Connection && !isApplying()) {
        // A new edit replaces the last outcome; a remaining error of the current page stays visible.
        setMessage(MessageKind::None, QString());
        if (SettingsPage *p = currentPage()) {
            for (const Diagnostic &d : p->validate(makeContext())) {
                if (d.isError()) {
                    setFieldError(pagePath(p) + QStringLiteral(": ") + d.message + QLatin1Char(' ') + d.fix,
                                  p->adapterId(), d.field);
                    break;
                }
            }
        }
    }
}

void SettingsDialog::updateTreeTexts()
{
    const VmSettings pending = pendingSettings();
    for (SettingsPage *p : std::as_const(m_pages)) {
        QTreeWidgetItem *item = m_items.value(p);
        if (p->objectName() == QLatin1String("networkAdapterPage")) {
            QString sw = tr("Not connected");
            for (const NetworkAdapterSettings &a : pending.adapters) {
                if (a.id == p->adapterId() && !a.switchName.isEmpty())
                    sw = a.switchName;
            }
            item->setText(0, p->title() + QLatin1Char('\n') + sw);
        } else if (p->objectName() == QLatin1String("integrationServicesPage")) {
            int on = 0;
            for (const IntegrationService &s : pending.integrationServices)
                on += s.enabled ? 1 : 0;
            item->setText(0, p->title() + QLatin1Char('\n')
                                 + (on == pending.integrationServices.size() ? tr("All services offered")
                                    : on == 0                                ? tr("No services offered")
                                                                             : tr("Some services offered")));
        }
    }
}

void SettingsDialog::updateButtons()
{
    const bool connected = m_backend && m_backend->connectionState() == ConnectionState::Connected
        && m_backend->findVm(m_vmId);
    // A field with an invalid number is a change too: Apply then says what is wrong with it.
    const bool changed = !pendingChange().isEmpty() || hasInvalidInput();
    const bool busy = isApplying();
    applyButton()->setEnabled(connected && changed && !busy);
    applyButton()->setToolTip(!connected ? tr("The host is not reachable.")
                              : !changed ? tr("Nothing has changed.")
                              : busy     ? tr("The previous change is being applied.")
                                         : QString());
    okButton()->setEnabled(!busy && (connected || !changed));
    m_tree->setEnabled(!busy);
    m_stack->setEnabled(!busy);
}

void SettingsDialog::updateScript()
{
    if (!m_script->isVisible() && !m_scriptToggle->isChecked())
        return;
    const VmInfo *vm = m_backend ? m_backend->findVm(m_vmId) : nullptr;
    const VmSettingsChange change = VmSettingsChange::between(m_vmId, m_original, pendingSettings());
    // A field whose number the host would refuse adds no command, but a line that names it.
    QStringList lines;
    for (SettingsPage *p : std::as_const(m_pages)) {
        for (const Diagnostic &d : p->inputErrors())
            lines << tr("# Not included until corrected: %1: %2").arg(pagePath(p), d.message);
    }
    if (vm && !change.isEmpty())
        lines << SettingsScriptBuilder::build(*vm, change);
    m_script->setText(lines.isEmpty() ? tr("# No pending changes.") : lines.join(QLatin1Char('\n')));
}

void SettingsDialog::setScriptVisible(bool visible)
{
    if (m_scriptToggle->isChecked() != visible)
        m_scriptToggle->setChecked(visible);
    m_script->setVisible(visible);
    if (visible) {
        updateScript();
        if (m_splitter->sizes().value(1) < 120)
            m_splitter->setSizes({m_splitter->height() * 3 / 4, m_splitter->height() / 4});
    }
}

QString SettingsDialog::message() const
{
    return m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

void SettingsDialog::setMessage(MessageKind kind, const QString &text)
{
    m_messageKind = kind;
    m_stateMessage = false;
    m_errorAdapterId.clear();
    m_errorField.clear();
    m_revertButton->setVisible(false);
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (kind == MessageKind::Error || kind == MessageKind::Connection)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_messageLabel->setPalette(p);
}

void SettingsDialog::setFieldError(const QString &text, const QString &adapterId, const QString &field)
{
    setMessage(MessageKind::Error, text);
    m_errorAdapterId = adapterId;
    m_errorField = field;
    updateRevertOffer();
}

void SettingsDialog::setStateRefusal(const StateRefusal &refusal)
{
    setFieldError(refusal.text, refusal.adapterId, refusal.field);
    m_stateMessage = true;
}

void SettingsDialog::updateRevertOffer()
{
    bool offer = false;
    if (m_messageKind == MessageKind::Error && !m_errorField.isEmpty() && !isApplying() && m_backend) {
        VmSettings pending = pendingSettings();
        if (revertField(pending, m_original, m_errorAdapterId, m_errorField)) {
            // Only where the user cannot undo it himself: the control is locked (the VM runs).
            if (m_errorField == QLatin1String("adapters")) {
                const SettingsContext context = makeContext();
                offer = context.vmRunning() || !context.missing(Capability::AddRemoveAdapters).isEmpty();
            } else {
                for (const SettingsPage *p : std::as_const(m_pages)) {
                    if (p->adapterId() != m_errorAdapterId)
                        continue;
                    if (const QWidget *w = p->widgetForField(m_errorField))
                        offer = offer || !w->isEnabled();
                }
            }
        }
    }
    m_revertButton->setVisible(offer);
}

bool SettingsDialog::revertChange()
{
    if (m_errorField.isEmpty() || isApplying())
        return false;
    VmSettings pending = pendingSettings();
    if (!revertField(pending, m_original, m_errorAdapterId, m_errorField))
        return false;
    const QString adapterId = m_errorAdapterId;
    const QString field = m_errorField;
    m_structure = pending; // every other edit stays
    buildPages();
    for (SettingsPage *p : std::as_const(m_pages)) {
        if (!adapterId.isEmpty() && p->adapterId() == adapterId && p->widgetForField(field)) {
            showPage(p);
            break;
        }
    }
    setMessage(MessageKind::Info, tr("The change was reverted to the value the virtual machine has; your other "
                                     "edits are kept."));
    updateButtons();
    return true;
}

SettingsDialog::StateRefusal SettingsDialog::refusalByState() const
{
    StateRefusal r;
    const VmInfo *vm = m_backend ? m_backend->findVm(m_vmId) : nullptr;
    if (!vm)
        return r;
    const VmSettingsChange change = VmSettingsChange::between(m_vmId, m_original, pendingSettings());
    if (change.isEmpty())
        return r;
    const QString state = VmStates::displayName(vm->state).toLower();
    if (VmStates::isTransitional(vm->state)) {
        r.text = tr("'%1' is %2 right now: settings can be applied once it is running or off. Your edits are kept; "
                    "apply again then.")
                     .arg(vm->name, state);
        return r;
    }
    if (!VmStates::holdsMemory(vm->state))
        return r;
    for (const NetworkAdapterSettings &a : change.addedAdapters) {
        r.adapterId = a.id;
        r.field = QStringLiteral("adapters");
        r.page = page(QStringLiteral("networkAdapterPage"), 0);
        for (SettingsPage *p : m_pages) {
            if (p->objectName() == QLatin1String("networkAdapterPage") && p->adapterId() == a.id)
                r.page = p;
        }
        r.text = tr("%1: network adapters can only be added while the virtual machine is off (it is %2). Shut it "
                    "down and apply again, or revert this change; your other edits are kept.")
                     .arg(pagePath(r.page), state);
        return r;
    }
    for (const QString &id : change.removedAdapterIds) {
        QString name = id;
        for (const NetworkAdapterSettings &a : m_original.adapters) {
            if (a.id == id)
                name = a.name;
        }
        r.adapterId = id;
        r.field = QStringLiteral("adapters");
        r.text = tr("%1: network adapters can only be removed while the virtual machine is off (it is %2). Shut it "
                    "down and apply again, or revert this change; your other edits are kept.")
                     .arg(name, state);
        return r;
    }
    return r;
}

QString SettingsDialog::pagePath(SettingsPage *page) const
{
    QStringList parts;
    for (QTreeWidgetItem *item = m_items.value(page); item; item = item->parent()) {
        if (item->flags().testFlag(Qt::ItemIsSelectable))
            parts.prepend(item->text(0).section(QLatin1Char('\n'), 0, 0));
    }
    return parts.join(QStringLiteral(" > "));
}

Diagnostics SettingsDialog::validateAll() const
{
    const SettingsContext context = makeContext();
    Diagnostics out;
    for (const SettingsPage *p : m_pages)
        out << p->validate(context);
    return out;
}

void SettingsDialog::jumpTo(SettingsPage *page, const QString &field)
{
    if (!page)
        return;
    showPage(page);
    if (QWidget *w = page->widgetForField(field)) {
        w->setFocus(Qt::OtherFocusReason);
        if (QScrollArea *scroll = m_scrolls.value(page))
            scroll->ensureWidgetVisible(w);
    }
}

bool SettingsDialog::isApplying() const
{
    return m_job && !m_job->isFinished();
}

bool SettingsDialog::apply()
{
    return startApply(false);
}

bool SettingsDialog::hasInvalidInput() const
{
    for (const SettingsPage *p : m_pages) {
        if (p->hasInvalidInput())
            return true;
    }
    return false;
}

void SettingsDialog::accept()
{
    if (pendingChange().isEmpty() && !hasInvalidInput()) {
        QDialog::accept();
        return;
    }
    startApply(true);
}

bool SettingsDialog::startApply(bool closeAfter)
{
    if (isApplying() || !m_backend)
        return false;
    // Validation: the first error wins; the dialog shows its page and focuses the field.
    const SettingsContext context = makeContext();
    for (SettingsPage *p : std::as_const(m_pages)) {
        for (const Diagnostic &d : p->validate(context)) {
            if (!d.isError())
                continue;
            setFieldError(pagePath(p) + QStringLiteral(": ") + d.message + QLatin1Char(' ') + d.fix, p->adapterId(),
                          d.field);
            jumpTo(p, d.field);
            return false;
        }
    }
    // The VM as it is now, not as it was when the dialog opened.
    const StateRefusal refusal = refusalByState();
    if (!refusal.text.isEmpty()) {
        setStateRefusal(refusal);
        if (refusal.page)
            showPage(refusal.page);
        return false;
    }
    const VmSettingsChange change = pendingChange();
    if (change.isEmpty())
        return false;
    m_closeAfterApply = closeAfter;
    m_applying = change;
    const VmInfo *vm = m_backend->findVm(m_vmId);
    const QString script = vm ? SettingsScriptBuilder::build(*vm, change) : QString();
    m_job = m_backend->applyVmSettings(change);
    if (!script.isEmpty())
        emit applyStarted(m_vmId, script, m_job);
    if (m_job->isFinished()) {
        onApplyFinished(closeAfter);
        return false;
    }
    setMessage(MessageKind::Info, tr("Applying the changes..."));
    connect(m_job.data(), &Job::progressChanged, this, [this](int percent) {
        setMessage(MessageKind::Info, tr("Applying the changes... %1%").arg(percent));
    });
    connect(m_job.data(), &Job::finished, this, [this] { onApplyFinished(m_closeAfterApply); });
    updateButtons();
    return true;
}

void SettingsDialog::onApplyFinished(bool closeAfter)
{
    const JobPtr job = m_job;
    if (!job)
        return;
    if (job->state() == Job::State::Completed) {
        if (const VmInfo *vm = m_backend ? m_backend->findVm(m_vmId) : nullptr) {
            m_original = settingsOf(*vm);
            m_structure = m_original;
        }
        buildPages();
        setMessage(MessageKind::Info, tr("The changes were applied."));
        updateButtons();
        if (closeAfter)
            QDialog::accept();
        return;
    }
    // Failed or cancelled. The job says what took effect (a remote host applies a change call
    // by call); every edit stays for another try either way.
    const Error e = job->error();
    const QString reason = job->state() == Job::State::Cancelled ? tr("the job was cancelled.") : e.text();
    const VmInfo *vm = m_backend ? m_backend->findVm(m_vmId) : nullptr;
    const QStringList applied = job->appliedParts();
    if (!applied.isEmpty()) {
        // What the host has now is the new "before" (the backend read the VM back before the
        // job ended), so that Apply sends only what is left; the edits are kept as they are.
        // New adapters the host now has are no longer pending.
        VmSettings pending = pendingSettings();
        if (vm) {
            const VmSettings now = settingsOf(*vm);
            int made = 0;
            for (const NetworkAdapterSettings &a : now.adapters) {
                const bool known = std::any_of(m_original.adapters.cbegin(), m_original.adapters.cend(),
                                               [&](const NetworkAdapterSettings &o) { return o.id == a.id; });
                made += known ? 0 : 1;
            }
            for (int i = 0; i < pending.adapters.size() && made > 0;) {
                const bool isNew = std::none_of(m_original.adapters.cbegin(), m_original.adapters.cend(),
                    [&](const NetworkAdapterSettings &o) { return o.id == pending.adapters[i].id; });
                if (isNew) {
                    pending.adapters.removeAt(i);
                    --made;
                } else {
                    ++i;
                }
            }
            for (const NetworkAdapterSettings &a : now.adapters) {
                const bool known = std::any_of(m_original.adapters.cbegin(), m_original.adapters.cend(),
                                               [&](const NetworkAdapterSettings &o) { return o.id == a.id; });
                if (!known)
                    pending.adapters << a;
            }
            m_original = now;
        }
        m_structure = pending;
        buildPages();
        QString text = reason;
        const bool named
            = std::all_of(applied.cbegin(), applied.cend(), [&](const QString &part) { return reason.contains(part); });
        if (!named) { // a remote host's reason names what was applied and what not already
            text = tr("%1 Applied: %2.").arg(reason, applied.join(QStringLiteral("; ")));
            const QString left = vm ? describe(*vm, pendingChange()) : QString();
            if (!left.isEmpty())
                text += QLatin1Char(' ') + tr("Not applied: %1.").arg(left);
        }
        setMessage(MessageKind::Error, tr("Part of the changes were applied. %1").arg(text));
        updateButtons();
        return;
    }
    const QString what = vm ? describe(*vm, m_applying) : QString();
    const QString text = what.isEmpty()
        ? tr("The changes were not applied; nothing on the host changed. %1").arg(reason)
        : tr("The changes were not applied; nothing on the host changed. %1\nNot applied: %2.").arg(reason, what);
    setMessage(MessageKind::Error, text);
    if (!e.field.isEmpty()) {
        // The page of the adapter in view if it has the field, otherwise the first that has it.
        const QString currentAdapter = currentPage() ? currentPage()->adapterId() : QString();
        SettingsPage *target = nullptr;
        for (SettingsPage *p : std::as_const(m_pages)) {
            if (!p->widgetForField(e.field))
                continue;
            if (!target || (p->adapterId() == currentAdapter && target->adapterId() != currentAdapter))
                target = p;
        }
        QString adapterId = target ? target->adapterId() : QString();
        if (e.field == QLatin1String("adapters")) {
            // The host refused adding or removing: the first adapter added or removed.
            const VmSettingsChange pending = VmSettingsChange::between(m_vmId, m_original, pendingSettings());
            adapterId = !pending.addedAdapters.isEmpty()     ? pending.addedAdapters.first().id
                        : !pending.removedAdapterIds.isEmpty() ? pending.removedAdapterIds.first()
                                                               : adapterId;
        }
        if (target)
            jumpTo(target, e.field);
        setFieldError(text, adapterId, e.field);
    }
    updateButtons();
}

void SettingsDialog::addAdapter()
{
    NetworkAdapterSettings a;
    a.id = QStringLiteral("new:%1").arg(++m_newAdapters);
    a.name = tr("Network Adapter");
    // Keep the edits of the existing pages: fold them into the structure before rebuilding.
    m_structure = pendingSettings();
    m_structure.adapters << a;
    buildPages();
    showPage(page(QStringLiteral("networkAdapterPage"), int(m_structure.adapters.size()) - 1));
}

void SettingsDialog::removeAdapter(const QString &adapterId)
{
    m_structure = pendingSettings();
    m_structure.adapters.erase(std::remove_if(m_structure.adapters.begin(), m_structure.adapters.end(),
                                              [&](const NetworkAdapterSettings &a) { return a.id == adapterId; }),
                               m_structure.adapters.end());
    buildPages();
    showPage(m_pages.value(0));
}

} // namespace hvdesk
