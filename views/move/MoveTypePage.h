#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace hvdesk {

// Choose Move Type: the virtual machine, or only its storage. Each choice is offered when the
// connection can do it, otherwise disabled with the reason.
class MoveTypePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MoveTypePage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;
    bool isComplete() const override;

private:
    QRadioButton *m_vm;
    QRadioButton *m_storage;
    QLabel *m_reason;
};

} // namespace hvdesk
