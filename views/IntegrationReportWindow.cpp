#include "IntegrationReportWindow.h"

#include "Dialogs.h"

#include "Icons.h"
#include "IntegrationUpgrades.h"
#include "VmActions.h"

#include <models/ConnectionManager.h>
#include <models/HostBackend.h>
#include <models/IntegrationEventLog.h>
#include <models/IntegrationReportModel.h>
#include <models/IntegrationReportProxy.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

// The verdict column's icon: the model is QtCore only, so the picture is added here.
class VerdictDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon
            = Icons::integrationVerdict(IntegrationVerdict(index.data(IntegrationReportModel::VerdictRole).toInt()));
    }
};

enum FilterChoice { AllVms = -1, NeedsAttention = -2 };

} // namespace

IntegrationReportWindow::IntegrationReportWindow(
    ConnectionManager *connections, IntegrationUpgrades *upgrades, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_connections(connections)
    , m_upgrades(upgrades)
    , m_model(new IntegrationReportModel(connections, this))
    , m_proxy(new IntegrationReportProxy(this))
{
    setObjectName(QStringLiteral("integrationReportWindow"));
    setWindowTitle(tr("Integration Services Report - hvdesk"));
    setWindowIcon(Icons::integrationVerdict(IntegrationVerdict::UpToDate));
    m_proxy->setSourceModel(m_model);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    QFont f = m_summary->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_summary->setFont(f);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("reportFindings"));
    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Virtual machines tab.
    m_verdictFilter = new QComboBox(this);
    m_verdictFilter->setObjectName(QStringLiteral("reportVerdictFilter"));
    m_verdictFilter->setAccessibleName(tr("Show virtual machines by verdict"));
    m_verdictFilter->addItem(tr("All virtual machines"), int(AllVms));
    m_verdictFilter->addItem(tr("Needing attention"), int(NeedsAttention));
    for (IntegrationVerdict v : IntegrationServicesCheck::allVerdicts())
        m_verdictFilter->addItem(Icons::integrationVerdict(v), IntegrationServicesCheck::displayName(v), int(v));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_verdictFilter);
    m_textFilter = new QLineEdit(this);
    m_textFilter->setObjectName(QStringLiteral("reportTextFilter"));
    m_textFilter->setAccessibleName(tr("Filter by host, cluster or virtual machine"));
    m_textFilter->setPlaceholderText(tr("Filter by host, cluster or VM name"));
    m_textFilter->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Integration services of every virtual machine"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(IntegrationReportModel::VerdictColumn, new VerdictDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IntegrationReportModel::VerdictColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = { 80, 70, 100, 65, 108, 108, 130, 190, 60 };
    const QFontMetrics hm(m_table->horizontalHeader()->font());
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(
            c, qMax(widths[c], hm.horizontalAdvance(m_proxy->headerData(c, Qt::Horizontal).toString()) + 28));

    m_upgradeButton = new QPushButton(Icons::setupDisk(), tr("&Insert Setup Disk into Selected..."), this);
    m_upgradeButton->setObjectName(QStringLiteral("reportUpgradeButton"));
    m_upgradeButton->setToolTip(
        tr("Upgrade the integration services of the selected virtual machines, a few at a time"));
    m_eventsButton = new QPushButton(tr("Show Host &Events"), this);
    m_eventsButton->setObjectName(QStringLiteral("reportEventsButton"));
    m_eventsButton->setToolTip(tr("The Hyper-V-Integration warnings of the selected virtual machine's host"));
    m_exportButton = new QPushButton(tr("E&xport CSV..."), this);
    m_exportButton->setObjectName(QStringLiteral("reportExportButton"));
    m_exportButton->setToolTip(tr("Save the selected rows (or every shown row) as a CSV file"));
    m_exportButton->setShortcut(QKeySequence::Save);
    auto *closeButton = new QPushButton(tr("&Close"), this);
    closeButton->setObjectName(QStringLiteral("reportCloseButton"));
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto *vmsTab = new QWidget(this);
    auto *vmsLayout = new QVBoxLayout(vmsTab);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_verdictFilter);
    filterRow->addWidget(m_textFilter, 1);
    vmsLayout->addLayout(filterRow);
    vmsLayout->addWidget(m_table, 1);

    // Events tab.
    m_eventHost = new QComboBox(this);
    m_eventHost->setObjectName(QStringLiteral("eventsHostFilter"));
    m_eventHost->setAccessibleName(tr("Show the events of host"));
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_eventHost);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("eventsList"));
    m_events->setAccessibleName(tr("Hyper-V-Integration events"));
    m_events->setRootIsDecorated(false);
    m_events->setAlternatingRowColors(true);
    m_events->setHeaderLabels({ tr("Level"), tr("Host"), tr("Event ID"), tr("Virtual Machine"), tr("Message") });
    m_events->setColumnWidth(0, 90);
    m_events->setColumnWidth(1, 90);
    m_events->setColumnWidth(2, 70);
    m_events->setColumnWidth(3, 110);
    auto *eventsCaption = new QLabel(tr("What each host logs in Applications and Services Logs > Microsoft > Windows > "
                                        "Hyper-V-Integration for guests older than itself, gathered for every host."),
        this);
    eventsCaption->setWordWrap(true);
    auto *eventsTab = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsTab);
    eventsLayout->addWidget(eventsCaption);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(hostLabel);
    hostRow->addWidget(m_eventHost);
    hostRow->addStretch(1);
    eventsLayout->addLayout(hostRow);
    m_eventDetail = new QLabel(this);
    m_eventDetail->setObjectName(QStringLiteral("eventDetail"));
    m_eventDetail->setWordWrap(true);
    m_eventDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_eventDetail->setFrameShape(QFrame::StyledPanel);
    m_eventDetail->setMargin(6);
    m_eventDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_eventDetail->setMinimumHeight(m_eventDetail->fontMetrics().lineSpacing() * 4);
    m_eventDetail->setAccessibleName(tr("Selected event"));
    connect(m_events, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_eventDetail->setText(item
                ? tr("Log: Applications and Services Logs > Microsoft > Windows > Hyper-V-Integration\n"
                     "Event ID: %1    Level: %2    Computer: %3\n\n%4")
                      .arg(item->text(2), item->text(0), item->text(1), item->text(4))
                : QString());
    });
    eventsLayout->addWidget(m_events, 3);
    eventsLayout->addWidget(m_eventDetail, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(vmsTab, tr("&Virtual Machines"));
    m_tabs->addTab(eventsTab, tr("Hyper-V-Integration E&vents"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_upgradeButton);
    buttons->addWidget(m_eventsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_verdictFilter, &QComboBox::currentIndexChanged, this, &IntegrationReportWindow::applyVerdictFilter);
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &IntegrationReportProxy::setTextFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &IntegrationReportWindow::onExport);
    connect(m_upgradeButton, &QPushButton::clicked, this, &IntegrationReportWindow::onUpgradeSelected);
    connect(m_eventsButton, &QPushButton::clicked, this, &IntegrationReportWindow::onShowHostEvents);
    connect(m_eventHost, &QComboBox::currentIndexChanged, this, &IntegrationReportWindow::refreshEvents);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        auto *backend = qobject_cast<HostBackend *>(index.data(IntegrationReportModel::BackendRole).value<QObject *>());
        if (backend)
            emit vmActivated(backend, index.data(IntegrationReportModel::VmIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_upgradeButton->setEnabled(m_table->selectionModel()->hasSelection() && m_upgrades); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &IntegrationReportWindow::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IntegrationReportWindow::scheduleRefresh);
    if (m_upgrades)
        connect(m_upgrades, &IntegrationUpgrades::message, this, &IntegrationReportWindow::setStatus);
    m_status->hide();

    resize(1180, 620);
    refresh();
}

QString IntegrationReportWindow::summaryText() const
{
    return m_summary->text();
}

void IntegrationReportWindow::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void IntegrationReportWindow::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void IntegrationReportWindow::refresh()
{
    m_summary->setText(m_model->summary().text());
    QStringList findings;
    for (const Diagnostic &d : m_model->diagnostics()) {
        if (d.severity != Diagnostic::Severity::Info)
            findings << (d.fix.isEmpty() ? d.message : d.message + QLatin1Char(' ') + d.fix);
    }
    QStringList channels;
    for (const HostInfo &h : m_model->allHosts())
        channels << tr("%1: %2 %3")
                        .arg(h.name, IntegrationServicesCheck::displayName(IntegrationServicesCheck::updateChannel(h)),
                            h.integrationServicesVersion);
    if (!channels.isEmpty())
        findings << tr("Hosts and how they update guests: %1.").arg(channels.join(QStringLiteral("; ")));
    m_findings->setText(findings.join(QLatin1Char('\n')));
    m_upgradeButton->setEnabled(!chosenRows().isEmpty() && m_upgrades);

    // Hosts for the events filter, keeping the choice.
    const QString chosen = m_eventHost->currentData().toString();
    QStringList names;
    for (const HostInfo &h : m_model->allHosts())
        names << h.name;
    QStringList current;
    for (int i = 1; i < m_eventHost->count(); ++i)
        current << m_eventHost->itemData(i).toString();
    if (current != names || m_eventHost->count() == 0) {
        const QSignalBlocker block(m_eventHost);
        m_eventHost->clear();
        m_eventHost->addItem(tr("All hosts"), QString());
        for (const QString &n : std::as_const(names))
            m_eventHost->addItem(n, n);
        m_eventHost->setCurrentIndex(qMax(0, m_eventHost->findData(chosen)));
    }
    refreshEvents();
}

void IntegrationReportWindow::refreshEvents()
{
    const QString only = m_eventHost->currentData().toString();
    m_events->clear();
    int count = 0;
    for (HostBackend *backend : m_connections->backends()) {
        QList<const VmInfo *> vms;
        for (int i = 0; i < backend->vmCount(); ++i)
            vms << &backend->vmAt(i);
        for (const HostInfo &host : backend->hosts()) {
            if (!only.isEmpty() && host.name != only)
                continue;
            for (const IntegrationEvent &e : IntegrationEventLog::forHost(host, vms)) {
                auto *item = new QTreeWidgetItem(
                    m_events, { tr("Warning"), e.hostName, QString::number(e.eventId), e.vmName, e.message });
                item->setIcon(0, Icons::integrationVerdict(IntegrationVerdict::UpdateRequired));
                item->setToolTip(4, e.message);
                item->setData(0, Qt::UserRole, e.vmId);
                ++count;
            }
        }
    }
    m_tabs->setTabText(1, tr("Hyper-V-Integration E&vents (%1)").arg(count));
    if (count > 0)
        m_events->setCurrentItem(m_events->topLevelItem(0));
    else
        m_eventDetail->setText(only.isEmpty()
                ? tr("No host logs a warning: every running guest is at least as new as its host.")
                : tr("%1 logs no warning: its running guests are at least as new as the host.").arg(only));
}

void IntegrationReportWindow::showEvents(const QString &hostName)
{
    m_eventHost->setCurrentIndex(qMax(0, m_eventHost->findData(hostName)));
    refreshEvents();
    m_tabs->setCurrentIndex(1);
}

void IntegrationReportWindow::applyVerdictFilter()
{
    const int choice = m_verdictFilter->currentData().toInt();
    QSet<IntegrationVerdict> verdicts;
    if (choice == NeedsAttention)
        verdicts = { IntegrationVerdict::UpdateRequired, IntegrationVerdict::RestartRequired,
            IntegrationVerdict::NewerThanHost, IntegrationVerdict::NotInstalled };
    else if (choice >= 0)
        verdicts = { IntegrationVerdict(choice) };
    m_proxy->setVerdictFilter(verdicts);
}

QList<int> IntegrationReportWindow::chosenRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        for (const QModelIndex &i : selected)
            rows << m_proxy->mapToSource(i).row();
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return rows;
}

bool IntegrationReportWindow::exportCsv(const QString &path, QString *error)
{
    // Proxy order: what the user sees, sorted as shown.
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (selected.isEmpty() || m_table->selectionModel()->isRowSelected(r, QModelIndex()))
            rows << m_proxy->mapToSource(i).row();
    }
    QSaveFile file(path);
    QString why;
    if (rows.isEmpty())
        why = tr("No virtual machine is shown: change the filter and export again.");
    else if (!file.open(QIODevice::WriteOnly))
        why = tr("Cannot write '%1': %2. Choose another file.").arg(path, file.errorString());
    else {
        file.write(m_model->toCsv(rows).toUtf8());
        if (!file.commit())
            why = tr("Cannot write '%1': %2. Choose another file.").arg(path, file.errorString());
    }
    if (!why.isEmpty()) {
        setStatus(why);
        if (error)
            *error = why;
        return false;
    }
    setStatus(tr("Exported %1 virtual machines to %2.").arg(rows.size()).arg(path));
    return true;
}

void IntegrationReportWindow::onExport()
{
    const QString path = Dialogs::saveFileName(this, tr("Export Integration Services Report"),
        QStringLiteral("integration-services.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void IntegrationReportWindow::onUpgradeSelected()
{
    if (!m_upgrades)
        return;
    QList<VmSelection> selection;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        auto *backend = qobject_cast<HostBackend *>(i.data(IntegrationReportModel::BackendRole).value<QObject *>());
        selection << VmSelection { backend, i.data(IntegrationReportModel::VmIdRole).toString() };
    }
    m_upgrades->insertSetupDisk(selection);
}

void IntegrationReportWindow::onShowHostEvents()
{
    const QModelIndex current = m_table->currentIndex();
    showEvents(current.isValid() ? current.data(IntegrationReportModel::HostNameRole).toString() : QString());
}

} // namespace hvdesk
