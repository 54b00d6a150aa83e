#pragma once

#include <QDockWidget>

class QTableView;
class QPushButton;

namespace hvdesk {

class JobListModel;

// The Jobs panel: every change and move, queued, running with percent, done or failed.
class JobsDock : public QDockWidget
{
    Q_OBJECT

public:
    JobsDock(JobListModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    void updateButtons();

    JobListModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
};

} // namespace hvdesk
