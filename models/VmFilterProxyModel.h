#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace hvdesk {

class HostBackend;

// Narrows the VM list to the host chosen in the tree and to a name filter; sorts by raw values.
class VmFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VmFilterProxyModel(QObject *parent = nullptr);

    // No backend: every host. A backend and an empty host name: every host of that connection.
    void setHostFilter(HostBackend *backend, const QString &hostName);
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<HostBackend> m_backend;
    QString m_hostName;
    QString m_name;
};

} // namespace hvdesk
