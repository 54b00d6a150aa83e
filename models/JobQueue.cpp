#include "JobQueue.h"

namespace hvdesk {

JobQueue::JobQueue(int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(qMax(1, maxConcurrent))
{
}

void JobQueue::enqueue(Starter starter)
{
    m_pending << std::move(starter);
    ++m_total;
    pump();
}

void JobQueue::pump()
{
    // A starter may return a job that has already finished (refused at once); the loop, not
    // recursion, moves on to the next one.
    if (m_pumping)
        return;
    m_pumping = true;
    while (m_running < m_maxConcurrent && !m_pending.isEmpty()) {
        const Starter starter = m_pending.takeFirst();
        const JobPtr job = starter();
        if (!job)
            continue;
        m_jobs << job;
        ++m_running;
        emit jobStarted(job);
        if (job->isFinished()) {
            onFinished(job);
            continue;
        }
        const QWeakPointer<Job> weak = job;
        connect(job.data(), &Job::finished, this, [this, weak] {
            if (const JobPtr j = weak.toStrongRef())
                onFinished(j);
        });
    }
    m_pumping = false;
    if (isIdle() && m_total > 0)
        emit allFinished();
}

void JobQueue::onFinished(const JobPtr &job)
{
    --m_running;
    ++m_finished;
    if (job->state() == Job::State::Failed)
        ++m_failed;
    emit jobFinished(job);
    pump();
}

} // namespace hvdesk
