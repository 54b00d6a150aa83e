#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace hvdesk {

// The compatibility report (Compare-VM's), before anything starts: every finding with its
// severity and fix. Adapters whose switch the destination lacks get the fix on the spot: map to
// one of the destination's switches (the one differing only in case first) or disconnect.
// Errors keep Next disabled; warnings and notes do not.
class CompatibilityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CompatibilityPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    QTableWidget *adapterFixes() const { return m_fixes; }
    QTableWidget *findings() const { return m_list; }
    int errorCount() const { return m_errors; }

private:
    void buildFixes();
    void refresh();
    void fitFixesHeight();

    QTableWidget *m_fixes;
    QPushButton *m_applySuggested;
    QLabel *m_fixesTitle;
    QTableWidget *m_list;
    QLabel *m_summary;
    int m_errors = 0;
};

} // namespace hvdesk
