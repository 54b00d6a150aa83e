#include "HostNetworkView.h"

#include "Dialogs.h"

#include "CoreBarsWidget.h"
#include "CoreHeatmap.h"
#include "CoreLoadChart.h"
#include "QueueMapWidget.h"

#include <models/HostBackend.h>
#include <models/NetworkAdapterAdvisor.h>
#include <models/NetworkFlowModel.h>
#include <models/NetworkHistory.h>

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace hvdesk {


namespace {

enum ScalingChoice { ScalingNone, ScalingRss, ScalingStaticVmq, ScalingDynamicVmq };

NicReceiveScaling scalingFor(int choice)
{
    NicReceiveScaling s;
    s.mode = choice == ScalingRss ? NicReceiveScaling::Mode::Rss
        : choice == ScalingNone   ? NicReceiveScaling::Mode::None
                                  : NicReceiveScaling::Mode::Vmq;
    s.dynamicVmq = choice != ScalingStaticVmq;
    return s;
}

int choiceFor(const PhysicalNic &nic)
{
    if (nic.vmq.enabled)
        return nic.vmq.dynamic ? ScalingDynamicVmq : ScalingStaticVmq;
    return nic.rss.enabled ? ScalingRss : ScalingNone;
}

QString gbps(double mbps)
{
    return HostNetworkView::tr("%1 Gbps").arg(mbps / 1000.0, 0, 'f', 2);
}

} // namespace

HostNetworkView::HostNetworkView(HostBackend *backend, const QString &hostName, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_backend(backend)
    , m_hostName(hostName)
    , m_history(new NetworkHistory(this))
    , m_flows(new NetworkFlowModel(this))
{
    setObjectName(QStringLiteral("hostNetworkView"));
    setWindowTitle(tr("Network - %1").arg(hostName));
    setAccessibleName(tr("Network processing of %1").arg(hostName));
    m_history->setHostName(hostName);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    createToolBar();
    layout->addWidget(findChild<QToolBar *>(QStringLiteral("networkToolBar")));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("networkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("networkNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->hide();
    layout->addWidget(m_notes);

    m_lines = new CoreLoadChart(m_history, this);
    m_heatmap = new CoreHeatmap(m_history, this);
    m_timeStack = new QStackedWidget(this);
    m_timeStack->setObjectName(QStringLiteral("coreTimeStack"));
    m_timeStack->addWidget(m_lines);
    m_timeStack->addWidget(m_heatmap);

    m_bars = new CoreBarsWidget(this);
    m_queueMap = new QueueMapWidget(this);
    auto *queueScroll = new QScrollArea(this);
    queueScroll->setObjectName(QStringLiteral("queueMapScroll"));
    queueScroll->setWidget(m_queueMap);
    queueScroll->setWidgetResizable(true);
    queueScroll->setFrameShape(QFrame::NoFrame);

    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->setObjectName(QStringLiteral("networkMiddleSplitter"));
    middle->addWidget(m_bars);
    middle->addWidget(queueScroll);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);

    m_flowView = new QTableView(this);
    m_flowView->setObjectName(QStringLiteral("networkFlows"));
    m_flowView->setAccessibleName(tr("Virtual machines: offered and delivered throughput"));
    m_flowView->setModel(m_flows);
    m_flowView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flowView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flowView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flowView->setAlternatingRowColors(true);
    m_flowView->setShowGrid(false);
    m_flowView->setWordWrap(false);
    m_flowView->verticalHeader()->hide();
    m_flowView->verticalHeader()->setDefaultSectionSize(m_flowView->fontMetrics().height() + 6);
    m_flowView->horizontalHeader()->setStretchLastSection(true);
    m_flowView->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<int> widths = {130, 160, 90, 95, 100, 170, 90, 95, 75};
    for (int c = 0; c < widths.size(); ++c)
        m_flowView->setColumnWidth(c, widths[c]);
    connect(m_flowView, &QWidget::customContextMenuRequested, this, &HostNetworkView::showFlowContextMenu);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("networkSplitter"));
    splitter->addWidget(m_timeStack);
    splitter->addWidget(middle);
    splitter->addWidget(m_flowView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({360, 190, 250});
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("networkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_history, &NetworkHistory::pointAdded, this, &HostNetworkView::onPointAdded);
    connect(m_history, &NetworkHistory::historyReset, this, [this] {
        m_heatmap->invalidate(); // redraw everything, not just what is new
        refreshCharts();
    });
    if (m_backend) {
        connect(m_backend, &HostBackend::networkSampled, this, &HostNetworkView::onSample);
        connect(m_backend, &HostBackend::hostsChanged, this, &HostNetworkView::updateNicControls);
        connect(m_backend, &QObject::destroyed, this, &QWidget::close);
        connect(m_backend, &HostBackend::connectionStateChanged, this, [this](ConnectionState state) {
            if (state == ConnectionState::Connected)
                m_status->clear();
            else
                m_status->setText(tr("%1: the charts show the last samples received.").arg(HostNames::displayName(state)));
        });
        if (m_backend->can(Capability::NetworkSamples)) {
            m_backend->subscribeNetworkSamples(m_hostName);
            m_subscribed = true;
        } else {
            m_status->setText(tr("This connection does not report per-core network processing (%1).")
                                  .arg(CapabilityNames::displayName(Capability::NetworkSamples)));
        }
    }
    updateNicControls();
    updateSummary();
    resize(1280, 900);
}

HostNetworkView::~HostNetworkView()
{
    if (m_backend && m_subscribed)
        m_backend->unsubscribeNetworkSamples(m_hostName);
}

void HostNetworkView::closeEvent(QCloseEvent *event)
{
    if (m_backend && m_subscribed) {
        m_backend->unsubscribeNetworkSamples(m_hostName);
        m_subscribed = false;
    }
    QWidget::closeEvent(event);
}

void HostNetworkView::createToolBar()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("networkToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *rateLabel = new QLabel(tr("&Refresh:"), bar);
    m_rate = new QComboBox(bar);
    m_rate->setObjectName(QStringLiteral("networkRate"));
    m_rate->setAccessibleName(tr("Refresh rate"));
    for (int hz : {1, 2, 5, 10})
        m_rate->addItem(tr("%1 Hz").arg(hz), hz);
    m_rate->setCurrentIndex(m_rate->findData(m_history->rateHz()));
    rateLabel->setBuddy(m_rate);
    connect(m_rate, &QComboBox::activated, this, [this] { setRateHz(m_rate->currentData().toInt()); });
    bar->addWidget(rateLabel);
    bar->addWidget(m_rate);

    auto *lengthLabel = new QLabel(tr("&History:"), bar);
    m_length = new QComboBox(bar);
    m_length->setObjectName(QStringLiteral("networkHistoryLength"));
    m_length->setAccessibleName(tr("History length"));
    m_length->addItem(tr("60 s"), 60);
    m_length->addItem(tr("2 min"), 120);
    m_length->addItem(tr("5 min"), 300);
    m_length->addItem(tr("10 min"), 600);
    m_length->setCurrentIndex(m_length->findData(m_history->historySeconds()));
    lengthLabel->setBuddy(m_length);
    connect(m_length, &QComboBox::activated, this, [this] { setHistorySeconds(m_length->currentData().toInt()); });
    bar->addWidget(lengthLabel);
    bar->addWidget(m_length);

    m_pauseAction = bar->addAction(tr("&Pause"));
    m_pauseAction->setObjectName(QStringLiteral("actionNetworkPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_Pause), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_pauseAction->setToolTip(tr("Freeze the charts to read them (Pause)"));
    connect(m_pauseAction, &QAction::toggled, this, &HostNetworkView::setPaused);
    bar->addSeparator();

    m_exportPngAction = bar->addAction(tr("Export &PNG..."));
    m_exportPngAction->setObjectName(QStringLiteral("actionNetworkExportPng"));
    m_exportPngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_exportPngAction->setToolTip(tr("Save this view as an image (Ctrl+S)"));
    connect(m_exportPngAction, &QAction::triggered, this, &HostNetworkView::exportPngInteractive);
    m_exportCsvAction = bar->addAction(tr("Export &CSV..."));
    m_exportCsvAction->setObjectName(QStringLiteral("actionNetworkExportCsv"));
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_exportCsvAction->setToolTip(tr("Save the per-core history as CSV (Ctrl+Shift+S)"));
    connect(m_exportCsvAction, &QAction::triggered, this, &HostNetworkView::exportCsvInteractive);
    bar->addSeparator();

    auto *nicLabel = new QLabel(tr("&NIC:"), bar);
    m_nic = new QComboBox(bar);
    m_nic->setObjectName(QStringLiteral("networkNic"));
    m_nic->setAccessibleName(tr("Physical network adapter"));
    m_nic->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    nicLabel->setBuddy(m_nic);
    connect(m_nic, &QComboBox::currentIndexChanged, this, [this] {
        updateNicControls();
        updateSummary();
    });
    bar->addWidget(nicLabel);
    bar->addWidget(m_nic);

    auto *scalingLabel = new QLabel(tr("Receive &scaling:"), bar);
    m_scaling = new QComboBox(bar);
    m_scaling->setObjectName(QStringLiteral("networkReceiveScaling"));
    m_scaling->setAccessibleName(tr("Receive scaling of the network adapter"));
    m_scaling->addItem(tr("RSS and VMQ off"), ScalingNone);
    m_scaling->addItem(tr("RSS"), ScalingRss);
    m_scaling->addItem(tr("Static VMQ"), ScalingStaticVmq);
    m_scaling->addItem(tr("Dynamic VMQ"), ScalingDynamicVmq);
    scalingLabel->setBuddy(m_scaling);
    connect(m_scaling, &QComboBox::activated, this, [this] {
        if (m_nic->currentIndex() >= 0)
            requestReceiveScaling(m_nic->currentText(), scalingFor(m_scaling->currentData().toInt()));
    });
    bar->addWidget(scalingLabel);
    bar->addWidget(m_scaling);
    // Esc and Ctrl+W close the window, as they close other tool windows.
    auto *close = new QAction(tr("&Close"), this);
    close->setObjectName(QStringLiteral("actionNetworkClose"));
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!closeKeys.contains(k))
            closeKeys << k;
    }
    close->setShortcuts(closeKeys);
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    for (QAction *a : {m_pauseAction, m_exportPngAction, m_exportCsvAction, close})
        addAction(a);
}

bool HostNetworkView::usesHeatmap() const
{
    return m_history->coreCount() > LineChartMaxCores;
}

void HostNetworkView::setRateHz(int hz)
{
    m_history->setRateHz(hz);
    m_rate->setCurrentIndex(m_rate->findData(m_history->rateHz()));
}

void HostNetworkView::setHistorySeconds(int seconds)
{
    m_history->setHistorySeconds(seconds);
    m_length->setCurrentIndex(m_length->findData(m_history->historySeconds()));
}

void HostNetworkView::setPaused(bool paused)
{
    m_history->setPaused(paused);
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_status->setText(paused ? tr("Paused: the charts stand still. Hover over them to read values.") : QString());
}

void HostNetworkView::onSample(const NetworkSample &sample)
{
    m_history->addSample(sample);
}

void HostNetworkView::onPointAdded()
{
    const NetworkSample &latest = m_history->latest();
    m_flows->setSample(latest);
    m_bars->setSample(latest);
    m_queueMap->setSample(latest);
    m_notes->setText(latest.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!latest.notes.isEmpty());
    refreshCharts();
    updateSummary();
}

void HostNetworkView::refreshCharts()
{
    if (usesHeatmap()) {
        m_timeStack->setCurrentWidget(m_heatmap);
        m_heatmap->updateFromHistory();
    } else {
        m_timeStack->setCurrentWidget(m_lines);
        m_lines->updateFromHistory();
    }
}

void HostNetworkView::updateNicControls()
{
    if (!m_backend)
        return;
    const std::optional<HostInfo> host = m_backend->host(m_hostName);
    if (!host)
        return;
    const QString current = m_nic->currentText();
    QStringList names;
    for (const PhysicalNic &nic : host->nics)
        names << nic.name;
    QStringList shown;
    for (int i = 0; i < m_nic->count(); ++i)
        shown << m_nic->itemText(i);
    if (shown != names) {
        const QSignalBlocker block(m_nic);
        m_nic->clear();
        for (const PhysicalNic &nic : host->nics)
            m_nic->addItem(nic.name, nic.description);
        // The NIC behind the first external switch is what an administrator looks at first.
        int pick = names.indexOf(current);
        for (int i = 0; pick < 0 && i < host->switches.size(); ++i) {
            if (host->switches[i].type == SwitchType::External)
                pick = names.indexOf(host->switches[i].boundNic);
        }
        m_nic->setCurrentIndex(qMax(0, pick));
    }
    const PhysicalNic *nic = host->findNic(m_nic->currentText());
    const bool can = m_backend->can(Capability::NicReceiveScaling);
    const QString reason = m_backend->missingCapabilityReason(Capability::NicReceiveScaling);
    m_scaling->setEnabled(can && nic);
    m_scaling->setToolTip(can              ? tr("RSS and VMQ are mutually exclusive on one network adapter. Dynamic VMQ moves "
                                                "queues off busy cores by itself; static VMQ does not.")
                              : !reason.isEmpty() ? reason
                                                  : tr("Not available: this connection does not support %1.")
                                                        .arg(CapabilityNames::displayName(Capability::NicReceiveScaling)));
    if (nic) {
        const QSignalBlocker block(m_scaling);
        m_scaling->setCurrentIndex(m_scaling->findData(choiceFor(*nic)));
        m_nic->setToolTip(nic->linkSpeedBps > 0 ? tr("%1, %2 Gbps").arg(nic->description).arg(double(nic->linkSpeedBps) / 1e9)
                                                : nic->description);
    }
}

void HostNetworkView::updateSummary()
{
    const std::optional<HostInfo> host = m_backend ? m_backend->host(m_hostName) : std::nullopt;
    if (!host) {
        m_summary->setText(tr("Host %1 is not available.").arg(m_hostName));
        return;
    }
    QStringList parts;
    // The processors the samples report (a hypervisor may describe its host otherwise).
    const bool sampled = m_history->hasLatest() && !m_history->latest().cores.isEmpty();
    const int processors = sampled ? int(m_history->latest().cores.size()) : host->logicalProcessors;
    const bool pairs = sampled ? m_history->latest().hyperThreading : host->hyperThreading;
    parts << tr("<b>%1</b>: %2 logical processors").arg(host->name).arg(processors)
                 + (pairs ? tr(" (hyper-threaded pairs)") : QString());
    const PhysicalNic *nic = host->findNic(m_nic->currentText());
    if (nic) {
        QString scaling;
        if (nic->vmq.enabled) {
            const QString queues = nic->vmq.queues == 1 ? tr("1 queue") : tr("%n queues", nullptr, nic->vmq.queues);
            scaling = tr("%1, %2, CPUs from %3").arg(nic->vmq.dynamic ? tr("dynamic VMQ") : tr("static VMQ"), queues)
                          .arg(nic->vmq.baseProcessor);
        } else if (nic->rss.enabled) {
            const int cpus = qMin(nic->rss.queues, nic->rss.maxProcessors);
            scaling = (cpus == 1 ? tr("RSS over 1 CPU from CPU %1") : tr("RSS over %n CPUs from CPU %1", nullptr, cpus))
                          .arg(nic->rss.baseProcessor);
        } else {
            scaling = tr("RSS and VMQ off: all receive work on CPU %1").arg(nic->rss.baseProcessor);
        }
        if (nic->linkSpeedBps > 0)
            parts << tr("%1 (%2, %3 GbE): %4").arg(nic->name, nic->description).arg(double(nic->linkSpeedBps) / 1e9).arg(scaling);
        else // a virtual NIC or a link that is down reports no speed
            parts << tr("%1 (%2): %3").arg(nic->name, nic->description, scaling);
    }
    if (m_history->hasLatest()) {
        const NetworkSample &s = m_history->latest();
        double offered = 0, delivered = 0;
        int sriov = 0;
        QMap<DropCause, int> causes;
        for (const FlowSample &f : s.flows) {
            if (nic && f.nic != nic->name)
                continue;
            offered += f.offeredInMbps;
            delivered += f.deliveredInMbps;
            sriov += f.path == ReceivePath::SrIov ? 1 : 0;
            if (f.dropCause != DropCause::None)
                ++causes[f.dropCause];
        }
        int busiest = 0;
        for (int c = 1; c < s.cores.size(); ++c) {
            if (s.cores[c].percent > s.cores[busiest].percent)
                busiest = c;
        }
        parts << tr("received %1 of %2 offered").arg(gbps(delivered), gbps(offered));
        if (!s.cores.isEmpty())
            parts << tr("busiest CPU %1 at %2 %").arg(busiest).arg(s.cores[busiest].percent, 0, 'f', 0);
        if (sriov > 0)
            parts << (sriov == 1 ? tr("1 VM on SR-IOV") : tr("%n VMs on SR-IOV", nullptr, sriov));
        QStringList drops;
        for (auto it = causes.cbegin(); it != causes.cend(); ++it)
            drops << tr("%1 (%2)").arg(NetworkNames::displayName(it.key())).arg(it.value());
        if (!drops.isEmpty())
            parts << tr("<span style='color:#b02020'>drops: %1</span>").arg(drops.join(QStringLiteral(", ")));
    } else {
        parts << tr("waiting for the first sample");
    }
    m_summary->setText(parts.join(QStringLiteral(" &middot; ")));
}

QMenu *HostNetworkView::flowContextMenu(int row, QWidget *parent)
{
    if (!m_backend || row < 0 || row >= m_flows->flows().size())
        return nullptr;
    const FlowSample flow = m_flows->flows().value(row);
    const VmInfo *vm = m_backend->findVm(flow.vmId);
    const NetworkAdapter *adapter = nullptr;
    for (int i = 0; vm && i < vm->adapters.size(); ++i) {
        if (vm->adapters[i].settings.id == flow.adapterId)
            adapter = &vm->adapters[i];
    }
    if (!adapter)
        return nullptr;
    const std::optional<HostInfo> host = m_backend->host(vm->hostName);
    auto *menu = new QMenu(parent ? parent : this);
    menu->setObjectName(QStringLiteral("networkFlowMenu"));
    menu->setToolTipsVisible(true);
    // The same gates and reasons as VM Settings > Hardware Acceleration: SR-IOV can always be
    // turned off, and turned on only where the connection and the adapter's switch offer it.
    QString iovWhyNot = m_backend->can(Capability::SrIov)
        ? QString()
        : CapabilityNames::missingReason(Capability::SrIov, m_backend->missingCapabilityReason(Capability::SrIov));
    if (iovWhyNot.isEmpty())
        iovWhyNot = NetworkAdapterAdvisor::iovUnavailableReason(
            host && !adapter->settings.switchName.isEmpty() ? host->findSwitch(adapter->settings.switchName) : nullptr);
    QAction *sriov = menu->addAction(tr("Use &SR-IOV"));
    sriov->setObjectName(QStringLiteral("actionUseSrIov"));
    sriov->setCheckable(true);
    sriov->setChecked(adapter->settings.iovEnabled());
    sriov->setEnabled(adapter->settings.iovEnabled() || iovWhyNot.isEmpty());
    sriov->setToolTip(!iovWhyNot.isEmpty() ? tr("SR-IOV is not available: %1").arg(iovWhyNot)
                          : adapter->runtime.iovFallbackReason.isEmpty()
                          ? tr("Receive by DMA into the guest: no host core touches the packets.")
                          : adapter->runtime.iovFallbackReason);
    const bool canVmq = m_backend->can(Capability::Vmq);
    QAction *vmq = menu->addAction(tr("Use &VMQ"));
    vmq->setObjectName(QStringLiteral("actionUseVmq"));
    vmq->setCheckable(true);
    vmq->setChecked(adapter->settings.vmqEnabled());
    vmq->setEnabled(canVmq);
    vmq->setToolTip(canVmq ? tr("A VM queue of its own on one core; queues are handed out first come, first served.")
                           : CapabilityNames::missingReason(Capability::Vmq, m_backend->missingCapabilityReason(Capability::Vmq)));
    const QString vmId = flow.vmId;
    connect(sriov, &QAction::triggered, this, [this, vmId](bool on) { setVmSrIov(vmId, on); });
    connect(vmq, &QAction::triggered, this, [this, vmId](bool on) { setVmVmq(vmId, on); });
    return menu;
}

void HostNetworkView::showFlowContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_flowView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = flowContextMenu(index.row(), this);
    if (!menu)
        return;
    menu->exec(m_flowView->viewport()->mapToGlobal(pos));
    menu->deleteLater();
}

JobPtr HostNetworkView::changeAdapter(const QString &vmId, const std::function<void(NetworkAdapterSettings &)> &edit)
{
    if (!m_backend)
        return {};
    const VmInfo *vm = m_backend->findVm(vmId);
    const int row = m_flows->rowOfVm(vmId);
    const QString adapterId = row >= 0 ? m_flows->flows()[row].adapterId : QString();
    const std::optional<HostInfo> host = vm ? m_backend->host(vm->hostName) : std::nullopt;
    VmSettingsChange change;
    change.vmId = vmId;
    for (int i = 0; vm && i < vm->adapters.size(); ++i) {
        const NetworkAdapterSettings &before = vm->adapters[i].settings;
        // The adapter shown in the chart, or the VM's first adapter.
        if (adapterId.isEmpty() ? i == 0 : before.id == adapterId) {
            NetworkAdapterSettings after = before;
            edit(after);
            if (after == before)
                continue;
            // The rules VM Settings applies, with the same context: an illegal change is refused here.
            if (host) {
                for (const Diagnostic &d :
                     NetworkAdapterRules::validate(after, NetworkAdapterAdvisor::validationContext(*host, *vm, after))) {
                    if (!d.isError())
                        continue;
                    Error e;
                    e.code = d.id;
                    e.field = d.field;
                    e.message = tr("%1: %2").arg(after.name, d.message);
                    e.fix = d.fix;
                    const JobPtr failed = Job::failed(tr("Apply settings"), vm->name, e);
                    watch(failed);
                    return failed;
                }
            }
            change.modifiedAdapters << AdapterModification{before, after};
        }
    }
    if (change.isEmpty())
        return {};
    const JobPtr job = m_backend->applyVmSettings(change);
    watch(job);
    return job;
}

JobPtr HostNetworkView::setVmSrIov(const QString &vmId, bool on)
{
    return changeAdapter(vmId, [on](NetworkAdapterSettings &s) {
        s.iovWeight = on ? NetworkAdapterSettings::WeightMax : 0;
    });
}

JobPtr HostNetworkView::setVmVmq(const QString &vmId, bool on)
{
    return changeAdapter(vmId, [on](NetworkAdapterSettings &s) {
        s.vmqWeight = on ? NetworkAdapterSettings::DefaultVmqWeight : 0;
    });
}

JobPtr HostNetworkView::setReceiveScaling(const QString &nicName, const NicReceiveScaling &scaling)
{
    if (!m_backend)
        return {};
    const JobPtr job = m_backend->setNicReceiveScaling(m_hostName, nicName, scaling);
    watch(job);
    if (job && job->state() != Job::State::Failed) {
        // What the same change is on a Hyper-V host.
        m_status->setText(m_status->text() + QLatin1Char(' ')
                          + tr("PowerShell: %1")
                                .arg(NicReceiveScalingNames::powerShell(m_hostName, nicName, scaling)
                                         .replace(QLatin1Char('\n'), QStringLiteral("; "))));
    }
    updateNicControls();
    updateSummary();
    return job;
}

QStringList HostNetworkView::vmsInterruptedBy(const QString &nicName) const
{
    QStringList out;
    const std::optional<HostInfo> host = m_backend ? m_backend->host(m_hostName) : std::nullopt;
    if (!host)
        return out;
    QStringList switches;
    for (const VirtualSwitch &sw : host->switches) {
        if (sw.type == SwitchType::External && sw.boundNic == nicName)
            switches << sw.name;
    }
    for (int i = 0; i < m_backend->vmCount(); ++i) {
        const VmInfo &vm = m_backend->vmAt(i);
        if (vm.hostName != m_hostName || !VmStates::holdsMemory(vm.state))
            continue;
        for (const NetworkAdapter &a : vm.adapters) {
            if (switches.contains(a.settings.switchName)) {
                out << tr("%1: its network on switch '%2' is interrupted while the adapter restarts.")
                           .arg(vm.name, a.settings.switchName);
                break;
            }
        }
    }
    return out;
}

JobPtr HostNetworkView::requestReceiveScaling(const QString &nicName, const NicReceiveScaling &scaling)
{
    if (!m_backend)
        return {};
    const std::optional<HostInfo> host = m_backend->host(m_hostName);
    const PhysicalNic *nic = host ? host->findNic(nicName) : nullptr;
    const int choice = scaling.mode == NicReceiveScaling::Mode::Rss ? ScalingRss
        : scaling.mode == NicReceiveScaling::Mode::None             ? ScalingNone
        : scaling.dynamicVmq                                        ? ScalingDynamicVmq
                                                                    : ScalingStaticVmq;
    if (nic && choiceFor(*nic) == choice)
        return {}; // unchanged: nothing restarts
    Dialogs::Question q;
    q.key = QStringLiteral("network.receiveScaling");
    q.objectName = QStringLiteral("confirmReceiveScaling");
    q.title = tr("Change Receive Scaling");
    q.text = tr("Switch '%1' on %2 to %3? The network adapter restarts: its link is down for a few seconds.")
                 .arg(nicName, m_hostName, NicReceiveScalingNames::displayName(scaling));
    QStringList lines = vmsInterruptedBy(nicName);
    if (lines.isEmpty())
        lines << tr("No running virtual machine uses a switch on '%1'.").arg(nicName);
    q.details = lines.join(QLatin1Char('\n'));
    q.acceptText = tr("Restart Adapter");
    if (!Dialogs::confirm(this, q)) {
        updateNicControls(); // the box shows the adapter's mode again
        return {};
    }
    return setReceiveScaling(nicName, scaling);
}

void HostNetworkView::watch(const JobPtr &job)
{
    if (!job)
        return;
    auto report = [this, weak = job.toWeakRef()] {
        const JobPtr j = weak.toStrongRef();
        if (!j)
            return;
        if (j->state() == Job::State::Failed)
            m_status->setText(tr("%1 '%2' failed: %3").arg(j->title(), j->targetName(), j->error().text()));
        else if (j->state() == Job::State::Completed)
            m_status->setText(tr("%1 '%2' completed.").arg(j->title(), j->targetName()));
        else
            m_status->setText(tr("%1 '%2'...").arg(j->title(), j->targetName()));
    };
    report();
    if (!job->isFinished())
        connect(job.data(), &Job::finished, this, report);
}

QString HostNetworkView::savePath(const QString &title, const QString &suggested, const QString &filter)
{
    return Dialogs::saveFileName(this, title, suggested, filter);
}

bool HostNetworkView::exportPng(const QString &path, Error *error)
{
    const QImage image = grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error) {
            error->code = QStringLiteral("export.png");
            error->field = QStringLiteral("path");
            error->message = tr("Could not write the image '%1'.").arg(path);
            error->fix = tr("Choose a file in a folder you can write to.");
        }
        return false;
    }
    return true;
}

bool HostNetworkView::exportCsv(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error) {
            error->code = QStringLiteral("export.csv");
            error->field = QStringLiteral("path");
            error->message = tr("Could not write '%1': %2.").arg(path, file.errorString());
            error->fix = tr("Choose a file in a folder you can write to.");
        }
        return false;
    }
    return m_history->writeCsv(&file, error);
}

void HostNetworkView::exportPngInteractive()
{
    const QString path = savePath(tr("Export network view as PNG"), tr("%1-network.png").arg(m_hostName),
                                  tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    Error e;
    m_status->setText(exportPng(path, &e) ? tr("Saved %1.").arg(path) : e.text());
}

void HostNetworkView::exportCsvInteractive()
{
    const QString path = savePath(tr("Export per-core history as CSV"), tr("%1-cores.csv").arg(m_hostName),
                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Error e;
    m_status->setText(exportCsv(path, &e) ? tr("Saved %1.").arg(path) : e.text());
}

} // namespace hvdesk
