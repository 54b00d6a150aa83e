#pragma once

#include "Job.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace hvdesk {

class HostBackend;

// The set of open connections ("servers" in Hyper-V Manager). Owns the backends; item models
// and views observe it. Also keeps the jobs of every backend, for the jobs panel.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Takes ownership and opens the backend; returns it for convenience.
    HostBackend *add(std::unique_ptr<HostBackend> backend);
    void remove(HostBackend *backend);
    void clear();

    int count() const { return int(m_backends.size()); }
    HostBackend *at(int index) const { return m_backends.at(size_t(index)).get(); }
    int indexOf(const HostBackend *backend) const;
    HostBackend *findByUri(const QString &uri) const;
    QList<HostBackend *> backends() const;

    QList<JobPtr> jobs() const { return m_jobs; }
    int runningJobCount() const;

signals:
    void backendAboutToBeAdded(int index);
    void backendAdded(hvdesk::HostBackend *backend);
    void backendAboutToBeRemoved(hvdesk::HostBackend *backend);
    void backendRemoved();
    void jobAdded(hvdesk::JobPtr job);
    void jobFinished(hvdesk::JobPtr job);

private:
    void track(const JobPtr &job);

    std::vector<std::unique_ptr<HostBackend>> m_backends;
    QList<JobPtr> m_jobs;
};

} // namespace hvdesk
