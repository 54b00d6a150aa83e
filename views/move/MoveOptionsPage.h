#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace hvdesk {

// Choose Move Options: all data to a single location, each item where you choose, or only the
// virtual machine (when its storage is shared with the destination). Unavailable options say why.
class MoveOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MoveOptionsPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    QRadioButton *m_single;
    QRadioButton *m_perItem;
    QRadioButton *m_vmOnly;
    QLabel *m_perItemReason;
    QLabel *m_vmOnlyReason;
};

} // namespace hvdesk
