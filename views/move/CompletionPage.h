#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hvdesk {

// The moves the wizard started, live: queued (waiting for a slot), running with percent and
// phase, completed or failed with the reason. They carry on when the wizard closes.
class CompletionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CompletionPage(QWidget *parent = nullptr);
    void initializePage() override;
    QTableWidget *jobTable() const { return m_jobs; }

private:
    void refresh();

    QLabel *m_text;
    QTableWidget *m_jobs;
    QPushButton *m_cancel;
};

} // namespace hvdesk
