#pragma once

#include "Job.h"

#include <QAbstractTableModel>

namespace hvdesk {

class ConnectionManager;

// The jobs of every connection, newest last: the Jobs panel and the status bar read it.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TargetColumn, StateColumn, ProgressColumn, StartedColumn, MessageColumn, ColumnCount };
    enum Roles { JobStateRole = Qt::UserRole + 1, PercentRole, JobIdRole };

    explicit JobListModel(ConnectionManager *connections, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    JobPtr jobAt(int row) const;
    int runningCount() const;

signals:
    void runningCountChanged(int count);

private:
    void add(const JobPtr &job);
    void refreshRow(const Job *job);

    QList<JobPtr> m_jobs;
};

} // namespace hvdesk
