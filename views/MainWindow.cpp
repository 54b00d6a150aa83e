#include "MainWindow.h"

#include "ActionsPane.h"
#include "CertificatePinsDialog.h"
#include "ConnectDialog.h"
#include "Dialogs.h"
#include "GuiConnectionPrompts.h"
#include "HostNetworkView.h"
#include "Icons.h"
#include "IntegrationReportWindow.h"
#include "IntegrationUpgrades.h"
#include "JobsDock.h"
#include "ProtocolLogDock.h"
#include "VmDetailsPane.h"
#include "VmListDecorator.h"
#include "settings/SettingsDialog.h"
#include "move/MoveActions.h"

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>
#include <models/HostBackend.h>
#include <models/HostTreeModel.h>
#include <models/JobListModel.h>
#include <models/JobQueue.h>
#include <models/PowerShellBuilder.h>
#include <models/VmFilterProxyModel.h>
#include <models/VmListModel.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

const QString SettingsGroup = QStringLiteral("MainWindow");
const QString ConnectionsKey = QStringLiteral("Connections/uris");
const QString HistoryKey = QStringLiteral("Connections/history");
constexpr int MaxHistory = 12;
constexpr int StatusMessageMs = 10000;

// Host tree icons come from the connection state the model reports.
class HostTreeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = HostTreeModel::Kind(index.data(HostTreeModel::KindRole).toInt());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = kind == HostTreeModel::Kind::Root
            ? Icons::manager()
            : Icons::host(ConnectionState(index.data(HostTreeModel::ConnectionStateRole).toInt()));
        const QString cluster = index.data(HostTreeModel::ClusterRole).toString();
        if (kind == HostTreeModel::Kind::Host && !cluster.isEmpty())
            option->text = QStringLiteral("%1  (%2)").arg(option->text, cluster);
    }
};

} // namespace

MainWindow::MainWindow(ConnectionManager *connections, const BackendFactory *factory, QWidget *parent)
    : MainWindow(connections, factory, RemoteViews{}, parent)
{
}

MainWindow::MainWindow(ConnectionManager *connections, const BackendFactory *factory, const RemoteViews &remote,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_connections(connections)
    , m_factory(factory)
    , m_hostModel(new HostTreeModel(connections, this))
    , m_vmModel(new VmListModel(connections, this))
    , m_decorator(new VmListDecorator(this))
    , m_proxy(new VmFilterProxyModel(this))
    , m_jobModel(new JobListModel(connections, this))
    , m_vmActions(new VmActions(this))
    , m_remote(remote)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hyper-V Manager - hvdesk"));
    setWindowIcon(Icons::application());
    m_decorator->setSourceModel(m_vmModel);
    m_proxy->setSourceModel(m_decorator);

    createActions();
    createLayout();
    createMenus();

    connect(m_vmActions, &VmActions::triggered, this, &MainWindow::onVmAction);
    connect(connections, &ConnectionManager::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_jobModel, &JobListModel::runningCountChanged, this, &MainWindow::updateJobStatus);
    connect(m_jobModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateJobStatus);
    connect(m_vmModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Only the selected VM's state matters to the actions and the details.
                const VmSelection &current = m_details->vm();
                if (current.backend) {
                    const QModelIndex idx = m_vmModel->indexOfVm(current.vmId);
                    if (idx.row() >= topLeft.row() && idx.row() <= bottomRight.row())
                        m_details->refresh();
                }
                if (!m_vmActions->selection().isEmpty()) {
                    m_vmActions->update();
                    m_moveActions->update();
                    m_integrationUpgrades->update(); // integration services
                }
            });
    connect(m_vmModel, &QAbstractItemModel::modelReset, this, [this] {
        onVmSelectionChanged();
        updateEmptyState();
    });
    connect(m_hostModel, &QAbstractItemModel::modelReset, this, [this] {
        m_hostTree->expandAll();
        if (!m_hostTree->currentIndex().isValid())
            m_hostTree->setCurrentIndex(m_hostModel->rootIndex());
        updateActionsPane();
    });
    connect(connections, &ConnectionManager::backendAdded, this, [this] { updateEmptyState(); });
    connect(connections, &ConnectionManager::backendRemoved, this, [this] { updateEmptyState(); });
    // The tree model changes with every connection state, and ticks while one counts down.
    connect(m_hostModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateConnectionStatus);
    connect(m_hostModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateConnectionStatus);

    restoreSettings();
    m_hostTree->expandAll();
    m_hostTree->setCurrentIndex(m_hostModel->rootIndex());
    onVmSelectionChanged();
    updateJobStatus();
    updateEmptyState();
    updateConnectionStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_connectAction = new QAction(Icons::connectServer(), tr("&Connect to Server..."), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setStatusTip(tr("Connect to a Hyper-V host, the simulator or a local hypervisor"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);

    m_removeServerAction = new QAction(tr("Re&move Server"), this);
    m_removeServerAction->setObjectName(QStringLiteral("actionRemoveServer"));
    m_removeServerAction->setStatusTip(tr("Close the connection of the selected server"));
    connect(m_removeServerAction, &QAction::triggered, this, &MainWindow::removeSelectedServer);

    m_refreshAction = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the selected servers' state again"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_quitAction = new QAction(tr("E&xit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_filterAction = new QAction(tr("&Find Virtual Machine"), this);
    m_filterAction->setObjectName(QStringLiteral("actionFind"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(m_filterAction);

    m_aboutAction = new QAction(tr("&About hvdesk"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // --- Integration services: setup disk, configuration version, fleet report ---
    m_integrationUpgrades = new IntegrationUpgrades(this, this);
    connect(m_integrationUpgrades, &IntegrationUpgrades::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    connect(m_integrationUpgrades, &IntegrationUpgrades::commandIssued, this, [this](const QString &command) {
        m_upgradeCommand = m_details->setLastCommand(command, m_upgradeJobs); // shown with how the jobs end
        m_upgradeJobs.clear();
    });
    connect(m_integrationUpgrades->queue(), &JobQueue::jobStarted, this, [this](const JobPtr &job) {
        if (m_details->addLastActionJob(m_upgradeCommand, job))
            return;
        // Started while the command is being issued: it follows in the same call, or never.
        m_upgradeJobs << job;
        QTimer::singleShot(0, this, [this] { m_upgradeJobs.clear(); });
    });
    m_integrationReportAction = new QAction(Icons::integrationVerdict(IntegrationVerdict::UpToDate),
                                            tr("&Integration Services Report..."), this);
    m_integrationReportAction->setObjectName(QStringLiteral("actionIntegrationReport"));
    m_integrationReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_integrationReportAction->setStatusTip(tr("Integration services versions of every virtual machine on every connected host"));
    connect(m_integrationReportAction, &QAction::triggered, this, &MainWindow::showIntegrationReport);
    // --- end integration services ---

    m_askAgainAction = new QAction(tr("&Ask Again Before Every Action"), this);
    m_askAgainAction->setObjectName(QStringLiteral("actionAskAgain"));
    m_askAgainAction->setStatusTip(tr("Ask again before the actions you chose \"Don't ask me again\" for"));
    connect(m_askAgainAction, &QAction::triggered, this, [this] {
        Dialogs::resetDontAskAgain();
        updateAskAgainAction();
        statusBar()->showMessage(tr("hvdesk asks again before every action that needs confirming."), StatusMessageMs);
    });
    updateAskAgainAction();

    for (QAction *a : {m_connectAction, m_removeServerAction, m_refreshAction, m_quitAction, m_aboutAction,
                       m_integrationReportAction, m_askAgainAction})
        a->setToolTip(a->statusTip().isEmpty() ? a->text().remove(QLatin1Char('&')) : a->statusTip());

    // --- VM Settings dialog ---
    m_settingsAction = new QAction(Icons::settings(), tr("S&ettings..."), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_settingsAction->setShortcutContext(Qt::WindowShortcut);
    m_settingsAction->setStatusTip(tr("Open the settings of the selected virtual machine: network adapters, "
                                      "hardware acceleration, integration services"));
    m_settingsAction->setToolTip(m_settingsAction->statusTip());
    m_settingsAction->setEnabled(false);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showVmSettings);
    addAction(m_settingsAction);
    // --- end VM Settings dialog ---
    // --- Move wizard and host migration settings ---
    m_moveActions = new MoveActions(m_connections, this);
    // --- Host network view ---
    m_networkViewAction = new QAction(tr("&Network View"), this);
    m_networkViewAction->setObjectName(QStringLiteral("actionNetworkView"));
    m_networkViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_networkViewAction->setStatusTip(tr("Show how the selected host spreads receive work over its processors, live"));
    connect(m_networkViewAction, &QAction::triggered, this, [this] {
        QString hostName;
        if (HostBackend *backend = selectedBackend(&hostName))
            openNetworkView(backend, hostName);
    });
    addAction(m_networkViewAction);
    // --- Remote connections: trusted certificates ---
    if (m_remote.pins) {
        m_trustedCertificatesAction = new QAction(tr("&Trusted Certificates..."), this);
        m_trustedCertificatesAction->setObjectName(QStringLiteral("actionTrustedCertificates"));
        m_trustedCertificatesAction->setStatusTip(tr("The remote hosts' certificates you trusted; remove one that changed"));
        m_trustedCertificatesAction->setToolTip(m_trustedCertificatesAction->statusTip());
        connect(m_trustedCertificatesAction, &QAction::triggered, this, &MainWindow::showTrustedCertificates);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_connectAction);
    file->addAction(m_removeServerAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *action = menuBar()->addMenu(tr("&Action"));
    action->setObjectName(QStringLiteral("menuAction"));
    action->addActions(m_vmActions->all());
    // --- VM Settings dialog ---
    action->addSeparator();
    action->addAction(m_settingsAction);
    // --- end VM Settings dialog ---
    // --- Move wizard and host migration settings ---
    action->addSeparator();
    action->addAction(m_moveActions->moveAction());
    action->addAction(m_moveActions->hostSettingsAction());
    // ---
    action->addSeparator();
    action->addActions(m_integrationUpgrades->all()); // integration services
    action->addSeparator();
    action->addAction(m_refreshAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_filterAction);
    QAction *jobs = m_jobsDock->toggleViewAction();
    jobs->setObjectName(QStringLiteral("actionShowJobs"));
    jobs->setIcon(Icons::jobs());
    jobs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(jobs);
    view->addAction(m_networkViewAction); // host network view
    if (m_protocolLogDock) { // remote connections: the protocol log
        QAction *log = m_protocolLogDock->toggleViewAction();
        log->setObjectName(QStringLiteral("actionShowProtocolLog"));
        log->setText(tr("Protocol &Log"));
        log->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        log->setStatusTip(tr("Every WS-Management request and response of the remote connections, with timings"));
        log->setToolTip(log->statusTip());
        view->addAction(log);
    }
    QAction *actionsPane = view->addAction(tr("Actions &Pane"));
    actionsPane->setObjectName(QStringLiteral("actionShowActionsPane"));
    actionsPane->setCheckable(true);
    actionsPane->setChecked(true);
    connect(actionsPane, &QAction::toggled, m_actionsPane, &QWidget::setVisible);

    // --- Tools: integration services report ---
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_integrationReportAction);
    if (m_trustedCertificatesAction)
        tools->addAction(m_trustedCertificatesAction); // remote connections
    tools->addSeparator();
    tools->addAction(m_askAgainAction);
    connect(tools, &QMenu::aboutToShow, this, &MainWindow::updateAskAgainAction);
    // --- end Tools ---

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createLayout()
{
    m_hostTree = new QTreeView(this);
    m_hostTree->setObjectName(QStringLiteral("hostTree"));
    m_hostTree->setAccessibleName(tr("Servers"));
    m_hostTree->setModel(m_hostModel);
    m_hostTree->setHeaderHidden(true);
    m_hostTree->setItemDelegate(new HostTreeDelegate(m_hostTree));
    m_hostTree->setMinimumWidth(160);
    connect(m_hostTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onHostSelectionChanged);
    // --- Host network view: double-click a host ---
    connect(m_hostTree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString hostName = index.data(HostTreeModel::HostNameRole).toString();
        HostBackend *backend = m_hostModel->backendAt(index);
        if (backend && !hostName.isEmpty() && backend->can(Capability::NetworkSamples))
            openNetworkView(backend, hostName);
    });

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("vmFilter"));
    m_filter->setAccessibleName(tr("Filter virtual machines by name"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &VmFilterProxyModel::setNameFilter);

    m_vmView = new QTableView(this);
    m_vmView->setObjectName(QStringLiteral("vmList"));
    m_vmView->setAccessibleName(tr("Virtual Machines"));
    m_vmView->setModel(m_proxy);
    m_vmView->setSortingEnabled(true);
    m_vmView->sortByColumn(VmListModel::NameColumn, Qt::AscendingOrder);
    m_vmView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vmView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_vmView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vmView->setWordWrap(false);
    m_vmView->setShowGrid(false);
    m_vmView->setAlternatingRowColors(true);
    m_vmView->verticalHeader()->hide();
    m_vmView->verticalHeader()->setDefaultSectionSize(m_vmView->fontMetrics().height() + 8);
    m_vmView->horizontalHeader()->setStretchLastSection(true);
    m_vmView->horizontalHeader()->setSectionsMovable(true);
    m_vmView->setContextMenuPolicy(Qt::CustomContextMenu);
    // Wide enough for the values and for the header's own text, whatever the language.
    QList<int> widths = {140, 80, 80, 110, 95, 140, 60, 110, 90};
    // The State column fits the longest state name of the language in use ("Wird ausgeführt").
    const QFontMetrics cellMetrics(m_vmView->font());
    for (int s = int(VmState::Off); s <= int(VmState::Resetting); ++s)
        widths[VmListModel::StateColumn] = qMax(widths[VmListModel::StateColumn],
                                                cellMetrics.horizontalAdvance(VmStates::displayName(VmState(s))) + 16);
    const QFontMetrics headerMetrics(m_vmView->horizontalHeader()->font());
    for (int c = 0; c < widths.size(); ++c) {
        const QString title = m_proxy->headerData(c, Qt::Horizontal).toString();
        m_vmView->setColumnWidth(c, qMax(widths[c], headerMetrics.horizontalAdvance(title) + 28));
    }
    connect(m_vmView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onVmSelectionChanged);
    connect(m_vmView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onVmSelectionChanged);
    connect(m_vmView, &QWidget::customContextMenuRequested, this, &MainWindow::showVmContextMenu);
    // --- VM Settings dialog ---
    connect(m_vmView, &QAbstractItemView::doubleClicked, this, [this] { showVmSettings(); });
    // --- end VM Settings dialog ---

    auto *listTitle = new QLabel(tr("Virtual Machines"), this);
    QFont f = listTitle->font();
    f.setBold(true);
    listTitle->setFont(f);

    auto *emptyHint = new QLabel(this);
    emptyHint->setObjectName(QStringLiteral("emptyHint"));
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyHint->setText(tr("No server is connected.\n\nUse Action > Connect to Server... to manage a Hyper-V host, "
                          "or choose Demo there to explore hvdesk with the built-in simulator."));

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(emptyHint);
    m_centre->addWidget(m_vmView);

    auto *listArea = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listArea);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(listTitle);
    titleRow->addStretch();
    titleRow->addWidget(m_filter, 1);
    listLayout->addLayout(titleRow);
    listLayout->addWidget(m_centre, 1);

    m_details = new VmDetailsPane(this);

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(listArea);
    m_centreSplitter->addWidget(m_details);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setSizes({520, 280});

    m_actionsPane = new ActionsPane(this);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_hostTree);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->addWidget(m_actionsPane);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({200, 900, 200});
    setCentralWidget(m_mainSplitter);

    m_jobsDock = new JobsDock(m_jobModel, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    m_jobsDock->hide();
    // Remote connections: the protocol log, hidden until asked for (and remembered like the Jobs dock).
    if (m_remote.log) {
        m_protocolLogDock = new ProtocolLogDock(m_remote.log, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_protocolLogDock);
        m_protocolLogDock->hide();
    }

    m_jobLabel = new QLabel(this);
    m_jobLabel->setObjectName(QStringLiteral("jobStatusLabel"));
    m_jobProgress = new QProgressBar(this);
    m_jobProgress->setObjectName(QStringLiteral("jobStatusProgress"));
    m_jobProgress->setMinimumWidth(240);
    m_jobProgress->setRange(0, 100);
    m_jobProgress->setVisible(false);
    m_connectionStatus = new QWidget(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    auto *connectionLayout = new QHBoxLayout(m_connectionStatus);
    connectionLayout->setContentsMargins(0, 0, 0, 0);
    m_connectionLabel = new QLabel(m_connectionStatus);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_retryButton = new QToolButton(m_connectionStatus);
    m_retryButton->setObjectName(QStringLiteral("connectionRetryButton"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setToolTip(tr("Connect again to the servers that failed or were lost"));
    m_retryButton->setIcon(Icons::refresh());
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_retryButton, &QToolButton::clicked, this, &MainWindow::retryConnections);
    connectionLayout->addWidget(m_connectionLabel);
    connectionLayout->addWidget(m_retryButton);
    m_connectionStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    // At the first start (no saved layout) every column of the list is in view, Integration
    // Services and Host included, in every language: the window is as wide as the list needs,
    // at least 1280 pixels, and no wider than a screen of that size or more.
    int listWidth = 2 * m_vmView->frameWidth() + m_vmView->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    for (int c = 0; c < m_vmView->horizontalHeader()->count(); ++c)
        listWidth += m_vmView->columnWidth(c);
    const QList<int> paneWidths = {200, listWidth, 200};
    m_mainSplitter->setSizes(paneWidths);
    int width = qMax(1280, paneWidths[0] + paneWidths[1] + paneWidths[2] + 2 * m_mainSplitter->handleWidth());
    if (const QScreen *s = screen(); s && s->availableGeometry().width() >= 1280)
        width = qMin(width, s->availableGeometry().width());
    resize(width, 800);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_centreSplitter->restoreState(settings.value(QStringLiteral("centreSplitter")).toByteArray());
    m_vmView->horizontalHeader()->restoreState(settings.value(QStringLiteral("vmListHeader")).toByteArray());
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("centreSplitter"), m_centreSplitter->saveState());
    settings.setValue(QStringLiteral("vmListHeader"), m_vmView->horizontalHeader()->saveState());
    settings.endGroup();
    QStringList uris;
    for (const HostBackend *b : m_connections->backends())
        uris << b->uri();
    settings.setValue(ConnectionsKey, uris);
}

QStringList MainWindow::savedConnections()
{
    return QSettings().value(ConnectionsKey).toStringList();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A question answered in another window (the Network View) may have been suppressed there.
    if (event->type() == QEvent::ActivationChange && m_askAgainAction)
        updateAskAgainAction();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateAskAgainAction()
{
    const QStringList suppressed = Dialogs::suppressedQuestions();
    m_askAgainAction->setEnabled(!suppressed.isEmpty());
}

bool MainWindow::connectTo(const QString &uri, QString *error)
{
    if (m_connections->findByUri(uri)) {
        statusBar()->showMessage(tr("Already connected to %1.").arg(uri), StatusMessageMs);
        return true;
    }
    Error e;
    std::unique_ptr<HostBackend> backend = m_factory->create(uri, &e);
    if (!backend) {
        if (error)
            *error = e.text();
        return false;
    }
    m_connections->add(std::move(backend));
    QSettings settings;
    QStringList history = settings.value(HistoryKey).toStringList();
    history.removeAll(uri);
    history.prepend(uri);
    settings.setValue(HistoryKey, history.mid(0, MaxHistory));
    return true;
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_factory, this);
    // The user name typed there is offered when the connection asks for credentials.
    if (m_remote.prompts)
        connect(&dialog, &ConnectDialog::userChosen, m_remote.prompts, &GuiConnectionPrompts::suggestUser);
    dialog.setHistory(QSettings().value(HistoryKey).toStringList());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString uri = dialog.uri();
    if (m_connections->findByUri(uri)) {
        statusBar()->showMessage(tr("Already connected to %1.").arg(uri), StatusMessageMs);
        return;
    }
    m_connections->add(dialog.takeBackend());
    QSettings settings;
    QStringList history = settings.value(HistoryKey).toStringList();
    history.removeAll(uri);
    history.prepend(uri);
    settings.setValue(HistoryKey, history.mid(0, MaxHistory));
}

HostBackend *MainWindow::selectedBackend(QString *hostName) const
{
    const QModelIndex current = m_hostTree->currentIndex();
    if (hostName)
        *hostName = current.data(HostTreeModel::HostNameRole).toString();
    return m_hostModel->backendAt(current);
}

void MainWindow::onHostSelectionChanged()
{
    QString hostName;
    HostBackend *backend = selectedBackend(&hostName);
    m_proxy->setHostFilter(backend, hostName);
    m_moveActions->setHost(backend, hostName); // Hyper-V Settings... acts on the selected host
    m_vmView->setColumnHidden(VmListModel::HostColumn, backend && !hostName.isEmpty());
    updateActionsPane();
}

void MainWindow::onVmSelectionChanged()
{
    QList<VmSelection> selection;
    const QModelIndexList rows = m_vmView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        auto *backend = qobject_cast<HostBackend *>(row.data(VmListModel::BackendRole).value<QObject *>());
        selection << VmSelection{backend, row.data(VmListModel::VmIdRole).toString()};
    }
    m_vmActions->setSelection(selection);
    m_moveActions->setSelection(selection);
    m_integrationUpgrades->setSelection(selection); // integration services

    QModelIndex current = m_vmView->currentIndex();
    if (!current.isValid() || !m_vmView->selectionModel()->isRowSelected(current.row(), current.parent()))
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    VmSelection detail;
    if (current.isValid()) {
        detail.backend = qobject_cast<HostBackend *>(current.data(VmListModel::BackendRole).value<QObject *>());
        detail.vmId = current.data(VmListModel::VmIdRole).toString();
    }
    m_details->setVm(detail);
    updateSettingsAction(); // VM Settings dialog
    updateActionsPane();
}

void MainWindow::updateActionsPane()
{
    QList<ActionsPane::Section> sections;
    QString hostName;
    HostBackend *backend = selectedBackend(&hostName);
    const QString hostTitle = !hostName.isEmpty() ? hostName : backend ? backend->uri() : tr("Hyper-V Manager");
    m_removeServerAction->setEnabled(backend != nullptr);
    QList<QAction *> hostActions{m_connectAction, m_refreshAction, m_removeServerAction,
                                 m_jobsDock->toggleViewAction(), m_integrationReportAction};
    // --- Host network view ---
    updateNetworkViewAction();
    if (!hostName.isEmpty()) {
        hostActions.insert(1, m_moveActions->hostSettingsAction()); // --- host migration settings ---
        hostActions << m_networkViewAction;
    }
    sections << ActionsPane::Section{hostTitle, hostActions};
    const QList<VmSelection> &selection = m_vmActions->selection();
    if (!selection.isEmpty()) {
        QString title;
        if (selection.size() == 1) {
            const VmInfo *vm = selection.first().backend ? selection.first().backend->findVm(selection.first().vmId) : nullptr;
            title = vm ? vm->name : QString();
        } else {
            title = tr("%n virtual machines", nullptr, int(selection.size()));
        }
        QList<QAction *> vmSection = m_vmActions->all();
        vmSection << m_settingsAction;             // VM Settings dialog
        vmSection << m_moveActions->moveAction();  // Move wizard
        vmSection << m_integrationUpgrades->all(); // integration services
        sections << ActionsPane::Section{title, vmSection};
    }
    m_actionsPane->setSections(sections);
}

void MainWindow::updateEmptyState()
{
    m_centre->setCurrentIndex(m_connections->count() == 0 ? 0 : 1);
}

bool MainWindow::selectVm(const QString &vmId)
{
    QModelIndex source = m_vmModel->indexOfVm(vmId);
    if (!source.isValid())
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_decorator->mapFromSource(source));
    if (!proxyIndex.isValid()) {
        m_filter->clear();
        m_hostTree->setCurrentIndex(m_hostModel->rootIndex());
        proxyIndex = m_proxy->mapFromSource(m_decorator->mapFromSource(source));
    }
    if (!proxyIndex.isValid())
        return false;
    m_vmView->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    m_vmView->scrollTo(proxyIndex);
    return true;
}

void MainWindow::onVmAction(VmAction action, const QList<VmSelection> &selection)
{
    QStringList commands;
    QList<JobPtr> jobs;
    for (const VmSelection &sel : selection) {
        if (!sel.backend)
            continue;
        const VmInfo *vm = sel.backend->findVm(sel.vmId);
        if (vm)
            commands << PowerShellBuilder::stateChange(*vm, action);
        const JobPtr job = sel.backend->changeVmState(sel.vmId, action);
        jobs << job;
        if (job->state() == Job::State::Failed)
            onJobFinished(job);
    }
    if (!commands.isEmpty())
        m_details->setLastCommand(commands.join(QLatin1Char('\n')), jobs); // shown with how the jobs end
    m_vmActions->update();
    updateAskAgainAction(); // the question may just have been told not to ask again
}

void MainWindow::onJobFinished(const JobPtr &job)
{
    if (job->state() == Job::State::Failed)
        statusBar()->showMessage(tr("%1 '%2' failed: %3").arg(job->title(), job->targetName(), job->error().text()),
                                 StatusMessageMs);
    else if (job->state() == Job::State::Completed)
        statusBar()->showMessage(tr("%1 '%2' completed.").arg(job->title(), job->targetName()), StatusMessageMs);
    updateJobStatus();
}

void MainWindow::updateJobStatus()
{
    const int running = m_jobModel->runningCount();
    // Proper English without a translation loaded: "1 job", not "1 job(s)".
    m_jobLabel->setText(running == 0 ? QString()
                            : running == 1 ? tr("1 job running")
                                           : tr("%n jobs running", nullptr, running));
    // The newest job that is actually running; a queued one only when nothing runs.
    JobPtr newest;
    JobPtr newestQueued;
    for (int row = m_jobModel->rowCount() - 1; row >= 0 && !newest; --row) {
        const JobPtr job = m_jobModel->jobAt(row);
        if (job->state() == Job::State::Running)
            newest = job;
        else if (!job->isFinished() && !newestQueued)
            newestQueued = job;
    }
    if (!newest)
        newest = newestQueued;
    m_jobProgress->setVisible(newest != nullptr);
    if (newest) {
        m_jobProgress->setValue(newest->percent());
        m_jobProgress->setFormat(tr("%1 %2: %p%").arg(newest->title(), newest->targetName()));
    }
}

namespace {

// A connection, or one of its hosts, that failed or was lost.
bool hasFailure(const HostBackend *backend)
{
    const ConnectionState state = backend->connectionState();
    if (state == ConnectionState::Failed || state == ConnectionState::Stale)
        return true;
    if (state != ConnectionState::Connected)
        return false;
    for (const HostInfo &h : backend->hosts()) {
        if (h.connection == ConnectionState::Failed || h.connection == ConnectionState::Stale)
            return true;
    }
    return false;
}

} // namespace

void MainWindow::updateConnectionStatus()
{
    QList<HostBackend *> failures;
    HostBackend *connecting = nullptr;
    for (HostBackend *b : m_connections->backends()) {
        if (hasFailure(b))
            failures << b;
        else if (!connecting && b->connectionState() == ConnectionState::Connecting)
            connecting = b;
    }
    if (!failures.isEmpty()) {
        const HostBackend *b = failures.first();
        const Error error = b->lastError();
        const QString reason = error.isNull() ? tr("no reason was given") : error.message;
        QString text = b->connectionState() == ConnectionState::Stale
            ? tr("Connection to %1 lost: %2").arg(b->displayName(), reason)
            : tr("Could not connect to %1: %2").arg(b->displayName(), reason);
        if (failures.size() > 1)
            text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(failures.size()) - 1);
        m_connectionLabel->setText(text);
        m_connectionLabel->setToolTip(error.text());
        m_retryButton->setVisible(true);
        m_connectionStatus->setVisible(true);
        return;
    }
    if (connecting) {
        const qint64 left = connecting->connectMsLeft();
        m_connectionLabel->setText(left < 0
                ? tr("Connecting to %1...").arg(connecting->displayName())
                : tr("Connecting to %1... %2 s left").arg(connecting->displayName()).arg((left + 999) / 1000));
        m_connectionLabel->setToolTip(QString());
        m_retryButton->setVisible(false);
        m_connectionStatus->setVisible(true);
        return;
    }
    m_connectionLabel->clear();
    m_connectionStatus->setVisible(false);
}

void MainWindow::retryConnections()
{
    for (HostBackend *b : m_connections->backends()) {
        if (hasFailure(b))
            b->reconnect();
    }
    updateConnectionStatus();
}

void MainWindow::removeSelectedServer()
{
    if (HostBackend *backend = selectedBackend()) {
        m_hostTree->setCurrentIndex(m_hostModel->rootIndex());
        m_connections->remove(backend);
    }
}

void MainWindow::refreshSelected()
{
    if (HostBackend *backend = selectedBackend()) {
        backend->refresh();
        return;
    }
    for (HostBackend *b : m_connections->backends())
        b->refresh();
}

void MainWindow::showVmContextMenu(const QPoint &pos)
{
    if (!m_vmView->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addActions(m_vmActions->all());
    // --- VM Settings dialog ---
    menu.addSeparator();
    menu.addAction(m_settingsAction);
    // --- end VM Settings dialog ---
    menu.addSeparator();
    menu.addAction(m_moveActions->moveAction()); // --- Move wizard ---
    menu.addSeparator();
    menu.addActions(m_integrationUpgrades->all()); // integration services
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_vmView->viewport()->mapToGlobal(pos));
}

IntegrationReportWindow *MainWindow::showIntegrationReport()
{
    // --- Integration services report: one window, over every connection ---
    if (!m_integrationReport) {
        m_integrationReport = new IntegrationReportWindow(m_connections, m_integrationUpgrades, this);
        connect(m_integrationReport, &IntegrationReportWindow::vmActivated, this, [this](HostBackend *, const QString &vmId) {
            selectVm(vmId);
            activateWindow();
            raise();
        });
    }
    m_integrationReport->refresh();
    m_integrationReport->show();
    m_integrationReport->raise();
    m_integrationReport->activateWindow();
    return m_integrationReport;
}

// --- Host network view ---
void MainWindow::updateNetworkViewAction()
{
    QString hostName;
    HostBackend *backend = selectedBackend(&hostName);
    const bool can = backend && backend->can(Capability::NetworkSamples);
    m_networkViewAction->setEnabled(can && !hostName.isEmpty());
    m_networkViewAction->setToolTip(!backend || hostName.isEmpty()
                                        ? tr("Select a host to see its network processing.")
                                    : can ? tr("Show per-core network processing of %1 (Ctrl+Shift+N)").arg(hostName)
                                          : tr("Not available: this connection does not report %1.")
                                                .arg(CapabilityNames::displayName(Capability::NetworkSamples)));
}

HostNetworkView *MainWindow::openNetworkView(HostBackend *backend, const QString &hostName)
{
    if (!backend || !backend->can(Capability::NetworkSamples))
        return nullptr;
    const QString key = backend->uri() + QLatin1Char('\n') + hostName;
    QPointer<HostNetworkView> &view = m_networkViews[key];
    if (!view) {
        view = new HostNetworkView(backend, hostName, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setObjectName(QStringLiteral("hostNetworkView_") + hostName);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

HostNetworkView *MainWindow::networkView(const QString &hostName) const
{
    for (const QPointer<HostNetworkView> &view : m_networkViews) {
        if (view && view->hostName() == hostName)
            return view;
    }
    return nullptr;
}

// --- Remote connections: trusted certificates ---
CertificatePinsDialog *MainWindow::showTrustedCertificates()
{
    if (!m_remote.pins)
        return nullptr;
    if (!m_pinsDialog) {
        m_pinsDialog = new CertificatePinsDialog(m_remote.pins, this);
        m_pinsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_pinsDialog->show();
    m_pinsDialog->raise();
    m_pinsDialog->activateWindow();
    return m_pinsDialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About hvdesk"),
                       tr("<h3>hvdesk %1</h3><p>A desktop management console for Hyper-V hosts.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(HVDESK_VERSION), QString::fromLatin1(qVersion())));
}

// --- VM Settings dialog ---
void MainWindow::updateSettingsAction()
{
    const QList<VmSelection> &selection = m_vmActions->selection();
    QString reason;
    if (selection.size() != 1)
        reason = tr("Select one virtual machine to open its settings.");
    else if (!selection.first().backend || !selection.first().backend->findVm(selection.first().vmId))
        reason = tr("The virtual machine is no longer available.");
    else if (!selection.first().backend->can(Capability::NetworkAdapterSettings)
             && !selection.first().backend->can(Capability::IntegrationServices))
        reason = tr("This connection offers no settings to change: %1.")
                     .arg(CapabilityNames::displayName(Capability::NetworkAdapterSettings));
    m_settingsAction->setEnabled(reason.isEmpty());
    m_settingsAction->setToolTip(reason.isEmpty() ? m_settingsAction->statusTip() : reason);
}

SettingsDialog *MainWindow::showVmSettings()
{
    updateSettingsAction();
    if (!m_settingsAction->isEnabled())
        return nullptr;
    const VmSelection sel = m_vmActions->selection().first();
    // Modeless, as in Hyper-V Manager: one dialog per VM, raised when opened again.
    QPointer<SettingsDialog> &dialog = m_settingsDialogs[sel.vmId];
    if (!dialog) {
        dialog = new SettingsDialog(sel.backend, sel.vmId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, vmId = sel.vmId] { m_settingsDialogs.remove(vmId); });
        connect(dialog, &SettingsDialog::applyStarted, this,
                [this](const QString &vmId, const QString &powerShell, const JobPtr &job) {
                    if (m_details->vm().vmId == vmId)
                        m_details->setLastCommand(powerShell, {job});
                });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}
// --- end VM Settings dialog ---

} // namespace hvdesk
