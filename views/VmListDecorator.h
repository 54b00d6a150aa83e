#pragma once

#include <QIdentityProxyModel>

namespace hvdesk {

// Adds what the domain model cannot (it is QtCore only): state icons, and grey text for VMs
// whose host connection dropped (their values are the last known ones).
class VmListDecorator : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace hvdesk
