#include "LocationsPage.h"

#include "MoveWizard.h"

#include <models/Format.h>
#include <models/HostBackend.h>
#include <models/MigrationCompatibility.h>
#include <models/MigrationPaths.h>

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hvdesk {

LocationsPage::LocationsPage(QWidget *parent)
    : QWizardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_folder(new QLineEdit(this))
    , m_folderHint(new QLabel(this))
    , m_items(new QTableWidget(this))
    , m_volumes(new QTreeWidget(this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("locationsPage"));
    setTitle(tr("Choose a New Location"));
    m_folder->setObjectName(QStringLiteral("destinationFolder"));
    m_folder->setAccessibleName(tr("Destination folder"));
    m_folderHint->setWordWrap(true);
    auto *single = new QWidget(this);
    auto *form = new QFormLayout(single);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(QString(), m_folderHint);

    m_items->setObjectName(QStringLiteral("itemLocations"));
    m_items->setAccessibleName(tr("Destination of each item"));
    m_items->setColumnCount(4);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Size"), tr("Current location"), tr("New location")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setStretchLastSection(true);

    m_stack->addWidget(single);
    m_stack->addWidget(m_items);

    m_volumes->setObjectName(QStringLiteral("destinationVolumes"));
    m_volumes->setAccessibleName(tr("Volumes of the destination"));
    m_volumes->setRootIsDecorated(false);
    m_volumes->setHeaderLabels({tr("Volume"), tr("Free"), tr("Capacity"), tr("Needed here"), tr("Kind")});
    m_volumes->setMaximumHeight(130);

    m_reason->setObjectName(QStringLiteral("locationsReason"));
    m_reason->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_reason);
    layout->addWidget(new QLabel(tr("Volumes of the destination:"), this));
    layout->addWidget(m_volumes);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        updateSpace();
        updateReason();
        emit completeChanged();
    });
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        updateSpace();
        updateReason();
        emit completeChanged();
    });
}

void LocationsPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    const QList<VmInfo> vms = w->vms();
    const bool perItem = w->moveOption() == MoveWizard::Option::PerItem && !w->isBulk();
    m_stack->setCurrentIndex(perItem ? 1 : 0);
    setSubTitle(perItem ? tr("Type where each item goes on %1.").arg(w->destinationHost())
                        : tr("Choose the folder on %1 for the virtual machine's files.").arg(w->destinationHost()));
    if (w->folder().isEmpty() && !vms.isEmpty())
        w->setFolder(w->defaultFolder(vms.first()));
    m_folder->setText(w->folder());
    m_folderHint->setText(w->isBulk() ? tr("Each virtual machine goes into a folder named after it under this one.")
                                      : tr("The virtual hard disks go into 'Virtual Hard Disks' and checkpoints into "
                                           "'Snapshots' under this folder."));
    if (perItem && !vms.isEmpty()) {
        const QSignalBlocker block(m_items);
        MigrationRequest r;
        r.type = w->type();
        MigrationPaths::setSingleLocation(&r, vms.first(), w->folder());
        const QList<MigrationPaths::Item> items = MigrationPaths::items(vms.first(), r);
        m_items->setRowCount(int(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const QString chosen = w->itemPaths().value(i, items[i].destinationPath);
            auto *label = new QTableWidgetItem(items[i].kind == MigrationPaths::ItemKind::Disk
                                                   ? items[i].label
                                                   : MigrationPaths::itemName(items[i].kind));
            label->setFlags(label->flags() & ~Qt::ItemIsEditable);
            auto *size = new QTableWidgetItem(items[i].bytes ? Format::bytes(items[i].bytes) : QString());
            size->setFlags(size->flags() & ~Qt::ItemIsEditable);
            auto *source = new QTableWidgetItem(items[i].sourcePath);
            source->setFlags(source->flags() & ~Qt::ItemIsEditable);
            m_items->setItem(i, 0, label);
            m_items->setItem(i, 1, size);
            m_items->setItem(i, 2, source);
            m_items->setItem(i, 3, new QTableWidgetItem(chosen));
        }
        m_items->resizeColumnsToContents();
    }
    updateSpace();
    updateReason();
}

bool LocationsPage::validatePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    w->setFolder(m_folder->text().trimmed());
    if (m_stack->currentIndex() == 1) {
        QStringList paths;
        for (int i = 0; i < m_items->rowCount(); ++i)
            paths << m_items->item(i, 3)->text().trimmed();
        w->setItemPaths(paths);
    }
    return true;
}

QString LocationsPage::incompleteReason() const
{
    auto *w = static_cast<MoveWizard *>(wizard());
    if (!w)
        return QString();
    const QList<VmInfo> vms = w->vms();
    const QString example = vms.isEmpty() ? QString() : w->defaultFolder(vms.first());
    Error e;
    if (m_stack->currentIndex() == 0) {
        e = MigrationCompatibility::location(m_folder->text(), QString(), example);
    } else {
        for (int i = 0; i < m_items->rowCount() && e.isNull(); ++i) {
            const QTableWidgetItem *label = m_items->item(i, 0);
            const QTableWidgetItem *path = m_items->item(i, 3);
            e = MigrationCompatibility::location(path ? path->text() : QString(), label ? label->text() : QString(),
                                                 example);
        }
    }
    return e.isNull() ? QString() : e.text();
}

bool LocationsPage::isComplete() const
{
    return incompleteReason().isEmpty();
}

void LocationsPage::updateReason()
{
    const QString reason = incompleteReason();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void LocationsPage::updateSpace()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    if (!w)
        return;
    validatePage(); // the wizard computes with what is typed
    const std::optional<HostInfo> dest = w->destinationHostInfo();
    QMap<QString, quint64> needed;
    const QList<VmInfo> vms = w->vms();
    const QList<MigrationRequest> reqs = w->requests();
    for (int i = 0; i < vms.size() && i < reqs.size() && dest; ++i) {
        const QMap<QString, quint64> one = MigrationPaths::requiredSpace(vms[i], reqs[i], *dest);
        for (auto it = one.begin(); it != one.end(); ++it)
            needed[it.key()] += it.value();
    }
    m_volumes->clear();
    if (!dest)
        return;
    for (const StorageVolume &v : dest->volumes) {
        auto *item = new QTreeWidgetItem(m_volumes);
        item->setText(0, v.path);
        item->setText(1, Format::bytes(v.freeBytes));
        item->setText(2, Format::bytes(v.capacityBytes));
        const quint64 n = needed.value(v.path);
        item->setText(3, n ? Format::bytes(n) : QString());
        item->setText(4, v.clusterShared ? tr("Cluster Shared Volume") : tr("Local"));
        if (n > v.freeBytes)
            item->setForeground(3, QColor(Qt::red));
    }
    for (int c = 0; c < 5; ++c)
        m_volumes->resizeColumnToContents(c);
}

} // namespace hvdesk
