#include "DestinationPage.h"

#include "MoveWizard.h"

#include <models/Format.h>
#include <models/HostBackend.h>

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

namespace {
constexpr int SelectableRole = Qt::UserRole + 1;
}

DestinationPage::DestinationPage(QWidget *parent)
    : QWizardPage(parent)
    , m_hosts(new QTreeWidget(this))
    , m_note(new QLabel(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hosts, 1);
    layout->addWidget(m_note);
    connect(m_hosts, &QTreeWidget::currentItemChanged, this, [this] {
        QTreeWidgetItem *item = m_hosts->currentItem();
        m_note->setText(item ? item->text(4) : QString());
        emit completeChanged();
    });
}

void DestinationPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    m_hosts->clear();
    const QString source = w->sourceHost();
    QStringList sources;
    for (const VmInfo &vm : w->vms())
        sources << vm.hostName;
    for (HostBackend *b : w->allBackends()) {
        for (const HostInfo &h : b->hosts()) {
            auto *item = new QTreeWidgetItem(m_hosts);
            item->setText(0, h.name);
            item->setText(1, h.cluster);
            item->setText(2, Format::memoryMB(h.memoryAvailableBytes));
            item->setText(3, h.migration.liveMigrationEnabled ? tr("Enabled") : tr("Disabled"));
            QString note;
            if (b != w->backend())
                note = tr("On another connection (%1): moves between connections are not supported; connect to both "
                          "hosts through one connection.")
                           .arg(b->uri());
            else if (sources.contains(h.name) && !w->isBulk())
                note = tr("The virtual machine is on this host.");
            else if (h.connection != ConnectionState::Connected)
                note = tr("Not reachable: %1.").arg(HostNames::displayName(h.connection));
            else if (!h.migration.liveMigrationEnabled)
                note = tr("Live migrations are disabled on this host: enable them in its Hyper-V Settings.");
            const bool selectable = b == w->backend() && !(sources.contains(h.name) && !w->isBulk())
                && h.connection == ConnectionState::Connected;
            item->setData(0, SelectableRole, selectable);
            item->setText(4, note);
            item->setToolTip(0, note);
            if (!selectable)
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            if (selectable && h.name == w->destinationHost() && h.name != source)
                m_hosts->setCurrentItem(item);
        }
    }
    for (int c = 0; c < 4; ++c)
        m_hosts->resizeColumnToContents(c);
}

QString DestinationPage::selectedHost() const
{
    QTreeWidgetItem *item = m_hosts->currentItem();
    return item && item->data(0, SelectableRole).toBool() ? item->text(0) : QString();
}

bool DestinationPage::selectHost(const QString &name)
{
    for (int i = 0; i < m_hosts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_hosts->topLevelItem(i);
        if (item->text(0) == name && item->data(0, SelectableRole).toBool()) {
            m_hosts->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool DestinationPage::isComplete() const
{
    return !selectedHost().isEmpty();
}

bool DestinationPage::validatePage()
{
    static_cast<MoveWizard *>(wizard())->setDestinationHost(selectedHost());
    return true;
}

} // namespace hvdesk
