#include "ConnectionManager.h"

#include "HostBackend.h"

namespace hvdesk {

static constexpr int MaxFinishedJobsKept = 500;

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
{
}

ConnectionManager::~ConnectionManager()
{
    clear();
}

HostBackend *ConnectionManager::add(std::unique_ptr<HostBackend> backend)
{
    HostBackend *raw = backend.get();
    emit backendAboutToBeAdded(count());
    m_backends.push_back(std::move(backend));
    connect(raw, &HostBackend::jobStarted, this, &ConnectionManager::track);
    emit backendAdded(raw);
    raw->open();
    return raw;
}

void ConnectionManager::remove(HostBackend *backend)
{
    const int i = indexOf(backend);
    if (i < 0)
        return;
    emit backendAboutToBeRemoved(backend);
    backend->disconnect(this);
    std::unique_ptr<HostBackend> owned = std::move(m_backends[size_t(i)]);
    m_backends.erase(m_backends.begin() + i);
    owned->close();
    emit backendRemoved();
}

void ConnectionManager::clear()
{
    while (!m_backends.empty())
        remove(m_backends.back().get());
}

int ConnectionManager::indexOf(const HostBackend *backend) const
{
    for (size_t i = 0; i < m_backends.size(); ++i) {
        if (m_backends[i].get() == backend)
            return int(i);
    }
    return -1;
}

HostBackend *ConnectionManager::findByUri(const QString &uri) const
{
    for (const auto &b : m_backends) {
        if (b->uri() == uri)
            return b.get();
    }
    return nullptr;
}

QList<HostBackend *> ConnectionManager::backends() const
{
    QList<HostBackend *> out;
    for (const auto &b : m_backends)
        out << b.get();
    return out;
}

int ConnectionManager::runningJobCount() const
{
    int n = 0;
    for (const JobPtr &j : m_jobs)
        n += j->isFinished() ? 0 : 1;
    return n;
}

void ConnectionManager::track(const JobPtr &job)
{
    m_jobs << job;
    // Keep the list bounded: drop the oldest finished jobs.
    for (int i = 0; m_jobs.size() > MaxFinishedJobsKept && i < m_jobs.size();) {
        if (m_jobs[i]->isFinished())
            m_jobs.removeAt(i);
        else
            ++i;
    }
    const QWeakPointer<Job> weak = job;
    connect(job.data(), &Job::finished, this, [this, weak] {
        if (const JobPtr j = weak.toStrongRef())
            emit jobFinished(j);
    });
    emit jobAdded(job);
}

} // namespace hvdesk
