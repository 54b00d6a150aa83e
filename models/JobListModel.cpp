#include "JobListModel.h"

#include "ConnectionManager.h"

#include <QLocale>

namespace hvdesk {

static constexpr int MaxRows = 500;

JobListModel::JobListModel(ConnectionManager *connections, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const JobPtr &job : connections->jobs())
        add(job);
    connect(connections, &ConnectionManager::jobAdded, this, &JobListModel::add);
}

void JobListModel::add(const JobPtr &job)
{
    if (m_jobs.size() >= MaxRows) {
        // Drop the oldest finished job to stay bounded.
        for (int i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs[i]->isFinished()) {
                beginRemoveRows({}, i, i);
                m_jobs.removeAt(i);
                endRemoveRows();
                break;
            }
        }
    }
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs << job;
    endInsertRows();
    const Job *raw = job.data();
    connect(raw, &Job::progressChanged, this, [this, raw] { refreshRow(raw); });
    connect(raw, &Job::stateChanged, this, [this, raw] {
        refreshRow(raw);
        emit runningCountChanged(runningCount());
    });
    emit runningCountChanged(runningCount());
}

void JobListModel::refreshRow(const Job *job)
{
    for (int i = int(m_jobs.size()) - 1; i >= 0; --i) {
        if (m_jobs[i].data() == job) {
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

JobPtr JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs[row] : JobPtr();
}

int JobListModel::runningCount() const
{
    int n = 0;
    for (const JobPtr &j : m_jobs)
        n += j->isFinished() ? 0 : 1;
    return n;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobPtr &job = m_jobs[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return job->title();
        case TargetColumn: return job->targetName();
        case StateColumn: return Job::stateName(job->state());
        case ProgressColumn: return tr("%1 %").arg(job->percent());
        case StartedColumn:
            return job->startedAt().isValid()
                ? QLocale().toString(job->startedAt().toLocalTime().time(), QLocale::ShortFormat)
                : QString();
        case MessageColumn:
            // A phase describes work under way; a finished job shows only its outcome.
            if (job->state() == Job::State::Failed)
                return job->error().text();
            return job->isFinished() ? QString() : job->phase();
        }
    }
    if (role == Qt::ToolTipRole && job->state() == Job::State::Failed)
        return job->error().text();
    if (role == JobStateRole)
        return int(job->state());
    if (role == PercentRole)
        return job->percent();
    if (role == JobIdRole)
        return qulonglong(job->id());
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Job");
    case TargetColumn: return tr("Target");
    case StateColumn: return tr("State");
    case ProgressColumn: return tr("Progress");
    case StartedColumn: return tr("Started");
    case MessageColumn: return tr("Details");
    }
    return {};
}

} // namespace hvdesk
