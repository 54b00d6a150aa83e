#include "Job.h"


namespace hvdesk {

quint64 Job::s_nextId = 1;

Job::Job(QString title, QString targetName, QObject *parent)
    : QObject(parent)
    , m_id(s_nextId++)
    , m_title(std::move(title))
    , m_target(std::move(targetName))
{
}

bool Job::isFinished() const
{
    return m_state == State::Completed || m_state == State::Failed || m_state == State::Cancelled;
}

QString Job::stateName(State state)
{
    switch (state) {
    case State::New: return tr("Queued");
    case State::Running: return tr("Running");
    case State::Completed: return tr("Completed");
    case State::Failed: return tr("Failed");
    case State::Cancelled: return tr("Cancelled");
    }
    return QString();
}

void Job::requestCancel()
{
    if (isCancellable())
        m_cancelHandler();
}

void Job::start()
{
    if (m_state != State::New)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    setState(State::Running);
}

void Job::setProgress(int percent, const QString &phase)
{
    if (isFinished())
        return;
    percent = qBound(0, percent, 100);
    if (percent == m_percent && phase == m_phase)
        return;
    m_percent = percent;
    m_phase = phase;
    emit progressChanged(m_percent, m_phase);
}

void Job::complete()
{
    if (isFinished())
        return;
    m_percent = 100;
    emit progressChanged(m_percent, m_phase);
    setState(State::Completed);
}

void Job::fail(const Error &error)
{
    if (isFinished())
        return;
    m_error = error;
    setState(State::Failed);
}

void Job::markCancelled()
{
    if (isFinished())
        return;
    setState(State::Cancelled);
}

void Job::setState(State state)
{
    m_state = state;
    if (isFinished()) {
        m_finishedAt = QDateTime::currentDateTimeUtc();
        m_cancelHandler = nullptr;
    }
    emit stateChanged(state);
    if (isFinished())
        emit finished();
}

QSharedPointer<Job> Job::failed(const QString &title, const QString &target, const Error &error)
{
    auto job = QSharedPointer<Job>::create(title, target);
    job->m_error = error;
    job->m_state = State::Failed;
    job->m_startedAt = job->m_finishedAt = QDateTime::currentDateTimeUtc();
    return job;
}

} // namespace hvdesk
