#include "AddHardwarePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hvdesk {

AddHardwarePage::AddHardwarePage(QWidget *parent)
    : SettingsPage(parent)
    , m_devices(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_reason(new QLabel(this))
{
    setObjectName(QStringLiteral("addHardwarePage"));
    setAccessibleName(tr("Add Hardware"));
    auto *layout = new QVBoxLayout(this);
    addHeading(layout, tr("Add Hardware"),
               tr("You can use this setting to add devices to your virtual machine. Select the device you want to "
                  "add and click the Add button."));
    m_devices->setObjectName(QStringLiteral("hardwareList"));
    m_devices->setAccessibleName(tr("Devices that can be added"));
    m_devices->addItem(tr("Network Adapter"));
    m_devices->setCurrentRow(0);
    m_devices->setMaximumHeight(m_devices->sizeHintForRow(0) * 4 + 8);
    m_add->setObjectName(QStringLiteral("addAdapterButton"));
    m_add->setAccessibleName(tr("Add network adapter"));
    m_reason->setObjectName(QStringLiteral("addAdapterReason"));
    m_reason->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_add);
    layout->addWidget(m_devices);
    layout->addLayout(row);
    layout->addWidget(m_reason);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, &AddHardwarePage::addAdapterRequested);
}

QString AddHardwarePage::title() const
{
    return tr("Add Hardware");
}

void AddHardwarePage::updateContext(const SettingsContext &context)
{
    QString reason = context.missing(Capability::AddRemoveAdapters);
    if (reason.isEmpty() && context.vmRunning())
        reason = tr("Network adapters can only be added while the virtual machine is off (it is %1).")
                     .arg(VmStates::displayName(context.vm.state).toLower());
    m_add->setEnabled(reason.isEmpty());
    m_add->setToolTip(reason);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

} // namespace hvdesk
