#include "DestinationPage.h"

#include "MoveWizard.h"

#include <models/Format.h>
#include <models/HostBackend.h>

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

namespace {
constexpr int SelectableRole = Qt::UserRole + 1;
constexpr int BackendRole = Qt::UserRole + 2; // the index of the host's connection in allBackends()
}

DestinationPage::DestinationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_hosts(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_uriLabel(new QLabel(tr("Destination &URI:"), this))
    , m_uri(new QLineEdit(this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationPage"));
    setTitle(tr("Specify Destination Computer"));
    setSubTitle(tr("Choose the Hyper-V host to move the virtual machine to."));
    m_hosts->setObjectName(QStringLiteral("destinationList"));
    m_hosts->setAccessibleName(tr("Destination hosts"));
    m_hosts->setRootIsDecorated(false);
    m_hosts->setHeaderLabels({tr("Host"), tr("Cluster"), tr("Memory available"), tr("Live migration"), tr("Note")});
    m_hosts->header()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("destinationNote"));
    m_uri->setObjectName(QStringLiteral("destinationUri"));
    m_uri->setAccessibleName(tr("Destination URI"));
    m_uri->setToolTip(tr("Where the source host's hypervisor connects to for the move. It connects itself (peer to "
                         "peer), so the URI must work from the source host, not only from this computer."));
    m_uriLabel->setBuddy(m_uri);
    auto *uriRow = new QFormLayout;
    uriRow->addRow(m_uriLabel, m_uri);
    m_reason->setObjectName(QStringLiteral("destinationReason"));
    m_reason->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_note);
    layout->addLayout(uriRow);
    layout->addWidget(m_reason);
    connect(m_hosts, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem *item = m_hosts->currentItem();
        m_note->setText(item ? item->text(4) : QString());
        updateUri();
        updateReason();
        emit completeChanged();
    });
    connect(m_uri, &QLineEdit::textChanged, this, [this] {
        updateReason();
        emit completeChanged();
    });
}

void DestinationPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    m_hosts->clear();
    QStringList sources;
    for (const VmInfo &vm : w->vms())
        sources << vm.hostName;
    const QList<HostBackend *> &backends = w->allBackends();
    for (int bi = 0; bi < backends.size(); ++bi) {
        HostBackend *b = backends[bi];
        const bool reachable = b == w->backend() || w->backend()->canMigrateTo(b);
        for (const HostInfo &h : b->hosts()) {
            auto *item = new QTreeWidgetItem(m_hosts);
            item->setText(0, h.name);
            item->setText(1, h.cluster);
            item->setText(2, Format::memoryMB(h.memoryAvailableBytes));
            item->setText(3, h.migration.liveMigrationEnabled ? tr("Enabled") : tr("Disabled"));
            QString note;
            const bool here = b == w->backend() && sources.contains(h.name);
            if (!reachable)
                note = tr("On another connection (%1): moves between connections are not supported; connect to both "
                          "hosts through one connection.")
                           .arg(b->uri());
            else if (here && !w->isBulk())
                note = tr("The virtual machine is on this host.");
            else if (h.connection != ConnectionState::Connected)
                note = tr("Not reachable: %1.").arg(HostNames::displayName(h.connection));
            else if (!h.migration.liveMigrationEnabled)
                note = tr("Live migrations are disabled on this host: enable them in its Hyper-V Settings.");
            else if (b != w->backend())
                note = tr("On another connection (%1): the move goes to %2.").arg(b->uri(), b->migrationUri(h.name));
            const bool selectable = reachable && !(here && !w->isBulk()) && h.connection == ConnectionState::Connected;
            item->setData(0, SelectableRole, selectable);
            item->setData(0, BackendRole, bi);
            item->setText(4, note);
            item->setToolTip(0, note);
            if (!selectable)
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            if (selectable && h.name == w->destinationHost() && b == w->destinationBackend() && !here)
                m_hosts->setCurrentItem(item);
        }
    }
    for (int c = 0; c < 4; ++c)
        m_hosts->resizeColumnToContents(c);
    if (w->isCrossConnection() && !w->destinationUri().isEmpty())
        m_uri->setText(w->destinationUri());
    updateUri();
    updateReason();
}

HostBackend *DestinationPage::selectedBackend() const
{
    QTreeWidgetItem *item = m_hosts->currentItem();
    auto *w = static_cast<MoveWizard *>(wizard());
    if (!item || !w || !item->data(0, SelectableRole).toBool())
        return nullptr;
    return w->allBackends().value(item->data(0, BackendRole).toInt());
}

void DestinationPage::updateUri()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    HostBackend *b = selectedBackend();
    const bool other = w && b && b != w->backend();
    m_uri->setVisible(other);
    m_uriLabel->setVisible(other);
    if (!other)
        return;
    // What the destination's connection proposes, unless the user typed another URI for it.
    const QString proposed = b->migrationUri(selectedHost());
    if (m_uri->property("proposedFor").toString() != b->uri() + QLatin1Char('\n') + selectedHost()) {
        m_uri->setText(proposed);
        m_uri->setProperty("proposedFor", QString(b->uri() + QLatin1Char('\n') + selectedHost()));
    }
}

QString DestinationPage::selectedHost() const
{
    QTreeWidgetItem *item = m_hosts->currentItem();
    return item && item->data(0, SelectableRole).toBool() ? item->text(0) : QString();
}

bool DestinationPage::selectHost(const QString &name, HostBackend *backend)
{
    auto *w = static_cast<MoveWizard *>(wizard());
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_hosts->topLevelItem(i);
        const bool onBackend = !backend || (w && w->allBackends().value(item->data(0, BackendRole).toInt()) == backend);
        if (item->text(0) == name && onBackend && item->data(0, SelectableRole).toBool()) {
            m_hosts->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString DestinationPage::incompleteReason() const
{
    auto *w = static_cast<MoveWizard *>(wizard());
    HostBackend *b = selectedBackend();
    if (!b)
        return m_hosts->currentItem() && !m_hosts->currentItem()->text(4).isEmpty()
            ? tr("%1 cannot be chosen: %2").arg(m_hosts->currentItem()->text(0), m_hosts->currentItem()->text(4))
            : tr("Choose the host to move the virtual machine to.");
    if (b != w->backend() && m_uri->text().trimmed().isEmpty())
        return tr("Type the URI at which the source host reaches %1.").arg(selectedHost());
    return QString();
}

bool DestinationPage::isComplete() const
{
    return incompleteReason().isEmpty();
}

void DestinationPage::updateReason()
{
    const QString reason = incompleteReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

bool DestinationPage::validatePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    HostBackend *b = selectedBackend();
    w->setDestinationHost(selectedHost(), b, b && b != w->backend() ? m_uri->text().trimmed() : QString());
    return true;
}

} // namespace hvdesk
