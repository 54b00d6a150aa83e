#include "RemoteOperation.h"

#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>

#include <wsman/Namespaces.h>

namespace hvdesk::remote {

using namespace Qt::StringLiterals;
using namespace hyperv;
using wsman::CimInstance;
using wsman::Response;

// --- JobWatcher ---------------------------------------------------------------------------------

JobWatcher::JobWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(PollIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &JobWatcher::pollAll);
}

void JobWatcher::watch(HostConnection *endpoint, const QString &jobId, Progress progress, Done done)
{
    const QString key = endpoint->address().key() + QLatin1Char('|') + jobId.toUpper();
    m_watched.insert(key, Watched { endpoint, jobId, std::move(progress), std::move(done), 0 });
    if (!m_timer.isActive())
        m_timer.start();
    poll(endpoint); // at once: a job that failed before it started is reported without delay
}

void JobWatcher::cancel(
    HostConnection *endpoint, const QString &jobId, const std::function<void(const Error &)> &answer)
{
    endpoint->invoke(endpoint->jobEpr(jobId), u"RequestStateChange"_s,
        { { u"RequestedState"_s, cim::u16(job::RequestTerminate) } }, [answer](const Response &r, const Error &e) {
            if (!e.isNull())
                return answer(e);
            if (r.isFault())
                return answer(r.fault.toError());
            const int code = int(r.returnValue().value_or(ret::Failed));
            answer(code == 0 ? Error() : returnCodeError(code, tr("Cancelling the job")));
        });
}

void JobWatcher::pollAll()
{
    QSet<HostConnection *> endpoints;
    for (const Watched &w : std::as_const(m_watched)) {
        if (w.endpoint)
            endpoints.insert(w.endpoint);
    }
    for (HostConnection *e : std::as_const(endpoints))
        poll(e);
    if (m_watched.isEmpty())
        m_timer.stop();
}

void JobWatcher::poll(HostConnection *endpoint)
{
    if (m_polling.value(endpoint))
        return;
    m_polling.insert(endpoint, true);
    QPointer<JobWatcher> self(this);
    QPointer<HostConnection> ep(endpoint);
    endpoint->enumerate(wsman::wmiResourceUri(NsVirtualization, QString(cls::ConcreteJob)), QString(),
        [self, ep, endpoint](const std::vector<CimInstance> &jobs, const Error &error, bool) {
            if (!self)
                return;
            self->m_polling.remove(endpoint);
            if (!ep)
                return;
            const QString prefix = ep->address().key() + QLatin1Char('|');
            QHash<QString, const CimInstance *> byKey;
            for (const CimInstance &j : jobs)
                byKey.insert(prefix + cim::text(j, u"InstanceID"_s).toUpper(), &j);
            const QStringList keys = self->m_watched.keys();
            for (const QString &key : keys) {
                if (!key.startsWith(prefix))
                    continue;
                auto it = self->m_watched.find(key);
                if (it == self->m_watched.end())
                    continue;
                if (!error.isNull()) {
                    // The host stopped answering: the job's fate is unknown.
                    if (++it->misses >= 10) {
                        const Done done = it->done;
                        self->m_watched.erase(it);
                        Error e = error;
                        e.message = tr("Lost the connection while following the job: %1").arg(error.message);
                        done(e, false);
                    }
                    continue;
                }
                const CimInstance *job = byKey.value(key);
                if (!job) {
                    if (++it->misses >= 4) { // gone from the host's list
                        const Done done = it->done;
                        self->m_watched.erase(it);
                        Error e;
                        e.code = u"job.vanished"_s;
                        e.message = tr("The host no longer lists the job; its outcome is unknown.");
                        e.fix = tr("Refresh and check the virtual machine.");
                        done(e, false);
                    }
                    continue;
                }
                it->misses = 0;
                const int state = int(cim::integer(*job, u"JobState"_s, job::Running));
                if (state < job::Completed) {
                    if (it->progress)
                        it->progress(int(cim::integer(*job, u"PercentComplete"_s)), cim::text(*job, u"JobStatus"_s));
                    continue;
                }
                self->finish(key, *job);
            }
        });
}

void JobWatcher::finish(const QString &key, const CimInstance &job)
{
    const auto it = m_watched.find(key);
    if (it == m_watched.end())
        return;
    const Watched w = *it;
    m_watched.erase(it);
    const int state = int(cim::integer(job, u"JobState"_s));
    if (state == job::Completed && cim::integer(job, u"ErrorCode"_s) == 0) {
        w.done(Error(), false);
        return;
    }
    if (state == job::Terminated || state == job::Killed) {
        w.done(Error(), true);
        return;
    }
    const Error fallback = jobError(job);
    if (!w.endpoint) {
        w.done(fallback, false);
        return;
    }
    // The details: what failed, the field at fault and the fix.
    w.endpoint->invoke(w.endpoint->jobEpr(w.jobId), QString(unverified::GetErrorEx), {},
        [w, fallback](const Response &r, const Error &e) {
            if (!e.isNull() || r.isFault() || r.returnValue().value_or(1) != 0) {
                w.done(fallback, false);
                return;
            }
            const std::vector<CimInstance> errors = r.instance.instances(u"Errors"_s);
            w.done(errors.empty() ? fallback : fromCimError(errors.front(), fallback), false);
        });
}

Error JobWatcher::jobError(const CimInstance &job)
{
    Error e;
    const qint64 code = cim::integer(job, u"ErrorCode"_s, ret::Failed);
    e.code = QString::number(code ? code : ret::Failed);
    e.message = cim::text(job, u"ErrorDescription"_s);
    if (e.message.isEmpty())
        e.message = returnCodeError(int(code), cim::text(job, u"ElementName"_s)).message;
    e.fix = cim::text(job, u"ErrorSummaryDescription"_s);
    return e;
}

Error JobWatcher::fromCimError(const CimInstance &error, const Error &fallback)
{
    Error e = fallback;
    const QString id = cim::text(error, u"MessageID"_s);
    if (!id.isEmpty())
        e.code = id;
    const QString message = cim::text(error, u"Message"_s);
    if (!message.isEmpty())
        e.message = message;
    e.field = cim::text(error, u"ErrorSource"_s);
    const QStringList actions = error.stringList(u"RecommendedActions"_s);
    if (!actions.isEmpty())
        e.fix = actions.join(QLatin1Char(' '));
    return e;
}

Error JobWatcher::returnCodeError(int code, const QString &what)
{
    Error e;
    e.code = QString::number(code);
    switch (code) {
    case ret::AccessDenied:
        e.message = tr("%1: the host denied access (%2).").arg(what).arg(code);
        e.fix = tr("Connect with an account in the host's Hyper-V Administrators group.");
        break;
    case ret::NotSupported:
        e.message = tr("%1: the host does not support this (%2).").arg(what).arg(code);
        break;
    case ret::InvalidParameter:
        e.message = tr("%1: the host refused a parameter (%2).").arg(what).arg(code);
        e.fix = tr("Refresh the connection and try again.");
        break;
    case ret::InvalidState:
        e.message = tr("%1: not possible in the virtual machine's current state (%2).").arg(what).arg(code);
        e.fix = tr("Refresh the connection and try again.");
        break;
    case ret::SystemInUse:
        e.message = tr("%1: the virtual machine is busy with another operation (%2).").arg(what).arg(code);
        e.fix = tr("Wait until the current operation has finished, then try again.");
        break;
    case ret::OutOfMemory:
        e.message = tr("%1: not enough memory on the host (%2).").arg(what).arg(code);
        break;
    case ret::FileNotFound:
        e.message = tr("%1: a file was not found on the host (%2).").arg(what).arg(code);
        break;
    default:
        e.message = tr("%1 failed on the host with code %2.").arg(what).arg(code);
        break;
    }
    return e;
}

// --- RemoteOperation ----------------------------------------------------------------------------

RemoteOperation::RemoteOperation(JobPtr job, QList<Step> steps, JobWatcher *watcher, bool reportParts, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_steps(std::move(steps))
    , m_watcher(watcher)
    , m_reportParts(reportParts)
{
}

void RemoteOperation::start()
{
    QPointer<RemoteOperation> self(this);
    m_job->setCancelHandler([self] {
        if (self)
            self->requestCancel();
    });
    m_job->start();
    runStep();
}

void RemoteOperation::requestCancel()
{
    m_cancelRequested = true;
    if (!m_currentJobId.isEmpty() && m_watcher && m_current < m_steps.size() && m_steps[m_current].endpoint)
        m_watcher->cancel(m_steps[m_current].endpoint, m_currentJobId, [](const Error &) {});
}

void RemoteOperation::runStep()
{
    if (m_cancelRequested) {
        stepDone(Error(), true);
        return;
    }
    if (m_current >= m_steps.size()) {
        stepDone(Error(), false);
        return;
    }
    Step &step = m_steps[m_current];
    const int count = int(m_steps.size());
    m_job->setProgress(m_current * 100 / count, step.description);
    if (!step.endpoint) {
        Error e;
        e.code = u"connection.lost"_s;
        e.message = tr("The connection to the host was closed.");
        stepDone(e, false);
        return;
    }
    const wsman::Request request = step.request();
    QPointer<RemoteOperation> self(this);
    step.endpoint->send(request, [self](const Response &r, const Error &error) {
        if (!self)
            return;
        Step &s = self->m_steps[self->m_current];
        if (!error.isNull())
            return self->stepDone(error, false);
        if (r.isFault())
            return self->stepDone(r.fault.toError(), false);
        if (!r.isValid())
            return self->stepDone(r.error, false);
        const int code = int(r.returnValue().value_or(ret::Failed));
        if (code != ret::Completed && code != ret::JobStarted) {
            Error e = s.onReturnCode ? s.onReturnCode(code) : Error();
            if (e.isNull())
                e = JobWatcher::returnCodeError(code, s.description);
            return self->stepDone(e, false);
        }
        if (s.onOutput) {
            const Error e = s.onOutput(r);
            if (!e.isNull())
                return self->stepDone(e, false);
        }
        if (code == ret::Completed) {
            ++self->m_current;
            return self->runStep();
        }
        const std::optional<wsman::Epr> job = r.instance.epr(u"Job"_s);
        if (!job || !self->m_watcher) {
            ++self->m_current;
            return self->runStep();
        }
        self->m_currentJobId = job->selector(u"InstanceID"_s);
        const int count = int(self->m_steps.size());
        const int base = self->m_current * 100 / count;
        const QString description = s.description;
        self->m_watcher->watch(
            s.endpoint, self->m_currentJobId,
            [self, base, count, description](int percent, const QString &phase) {
                if (self)
                    self->m_job->setProgress(base + percent / count, phase.isEmpty() ? description : phase);
            },
            [self](const Error &e, bool cancelled) {
                if (!self)
                    return;
                self->m_currentJobId.clear();
                if (!e.isNull() || cancelled)
                    return self->stepDone(e, cancelled);
                ++self->m_current;
                self->runStep();
            });
    });
}

void RemoteOperation::stepDone(const Error &error, bool cancelled)
{
    Error e = error;
    if ((!e.isNull() || cancelled) && m_current > 0) {
        // Carried on the job too: a dialog tells "part of it was applied" from "nothing
        // changed" even when the host could not be read back afterwards.
        QStringList applied;
        for (int i = 0; i < m_current && i < m_steps.size(); ++i)
            applied << m_steps[i].description;
        m_job->setAppliedParts(applied);
    }
    if (!e.isNull() && m_reportParts && !m_steps.isEmpty()) {
        QStringList applied, notApplied;
        for (int i = 0; i < m_steps.size(); ++i)
            (i < m_current ? applied : notApplied) << m_steps[i].description;
        e.message = applied.isEmpty()
            ? tr("%1 Nothing was applied; not applied: %2.").arg(e.message, notApplied.join(u"; "_s))
            : tr("%1 Applied: %2. Not applied: %3.").arg(e.message, applied.join(u"; "_s), notApplied.join(u"; "_s));
    }
    // The job ends with the outcome once the backend has read the host back (RemoteBackend::run).
    emit finished(e, cancelled);
    deleteLater();
}

} // namespace hvdesk::remote
