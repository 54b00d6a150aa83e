#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace hvdesk {

// Choose a New Location: one folder for everything, or a path per item (each virtual hard
// disk, the configuration, checkpoints, smart paging), with the destination's volumes and
// their free space.
class LocationsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LocationsPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Why Next is disabled ("" when the page is complete): an empty or relative path.
    QString incompleteReason() const;

private:
    void updateSpace();
    void updateReason();

    QStackedWidget *m_stack;
    QLineEdit *m_folder;
    QLabel *m_folderHint;
    QTableWidget *m_items;
    QTreeWidget *m_volumes;
    QLabel *m_reason;
};

} // namespace hvdesk
