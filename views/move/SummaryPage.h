#pragma once

#include <QWizardPage>

class QLabel;

namespace hvdesk {

class ScriptView;

// Summary: what will move where, and the Move-VM / Move-VMStorage PowerShell that does the
// same, highlighted and copyable. Its Move button starts the moves.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    ScriptView *script() const { return m_script; }

private:
    QLabel *m_text;
    ScriptView *m_script;
};

} // namespace hvdesk
