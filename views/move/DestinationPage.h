#pragma once

#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace hvdesk {

// Specify Destination: the hosts of every connection with their free memory and whether live
// migration is enabled. Only another host of the VMs' own connection can be chosen; the others
// say why not.
class DestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DestinationPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Chooses a host by name (tests, keyboard users typing ahead); false when not selectable.
    bool selectHost(const QString &name);

private:
    QString selectedHost() const;

    QTreeWidget *m_hosts;
    QLabel *m_note;
};

} // namespace hvdesk
