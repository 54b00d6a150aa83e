#pragma once

#include "Job.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace hvdesk {

// Runs a batch of jobs with at most N at a time (bulk actions on many VMs): each entry is a
// function that starts its job on a backend; the next starts when a running one finishes.
// Generic: it knows nothing of what the jobs do.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    using Starter = std::function<JobPtr()>;

    explicit JobQueue(int maxConcurrent, QObject *parent = nullptr);

    int maxConcurrent() const { return m_maxConcurrent; }
    void enqueue(Starter starter);

    int totalCount() const { return m_total; }
    int pendingCount() const { return int(m_pending.size()); }
    int runningCount() const { return m_running; }
    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }
    bool isIdle() const { return m_pending.isEmpty() && m_running == 0; }
    // The jobs started so far, in start order.
    QList<JobPtr> jobs() const { return m_jobs; }

signals:
    void jobStarted(hvdesk::JobPtr job);
    void jobFinished(hvdesk::JobPtr job);
    void allFinished();

private:
    void pump();
    void onFinished(const JobPtr &job);

    int m_maxConcurrent;
    QList<Starter> m_pending;
    QList<JobPtr> m_jobs;
    int m_total = 0;
    int m_running = 0;
    int m_finished = 0;
    int m_failed = 0;
    bool m_pumping = false;
};

} // namespace hvdesk
