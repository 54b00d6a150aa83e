#include "VmListDecorator.h"

#include "Icons.h"

#include <models/VmListModel.h>

#include <QApplication>
#include <QPalette>

namespace hvdesk {

QVariant VmListDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == VmListModel::NameColumn)
        return Icons::vmState(VmState(index.data(VmListModel::StateRole).toInt()));
    if (role == Qt::DecorationRole && index.column() == VmListModel::IntegrationServicesColumn)
        return Icons::integrationVerdict(IntegrationVerdict(index.data(VmListModel::IntegrationVerdictRole).toInt()));
    if (role == Qt::ForegroundRole && index.data(VmListModel::StaleRole).toBool())
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.data(VmListModel::StaleRole).toBool())
        return tr("The connection to this host was lost: these are the last known values.");
    return QIdentityProxyModel::data(index, role);
}

} // namespace hvdesk
