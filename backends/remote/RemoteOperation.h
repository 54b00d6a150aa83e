#pragma once

#include "HostConnection.h"

#include <models/Error.h>
#include <models/Job.h>

#include <wsman/Message.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace hvdesk::remote {

// Follows Msvm_ConcreteJob objects: one enumeration of the jobs per endpoint and poll, about
// twice a second while any is followed. A failed job's details come from its GetErrorEx
// (CIM_Error: message, the field at fault and the fix), or else from ErrorCode and
// ErrorDescription.
class JobWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 500;
    using Progress = std::function<void(int percent, const QString &phase)>;
    using Done = std::function<void(const Error &error, bool cancelled)>;

    explicit JobWatcher(QObject *parent = nullptr);
    void watch(HostConnection *endpoint, const QString &jobId, Progress progress, Done done);
    void cancel(HostConnection *endpoint, const QString &jobId, const std::function<void(const Error &)> &answer);
    bool isWatching() const { return !m_watched.isEmpty(); }

    // The error a finished Msvm_ConcreteJob (or a method's return code) stands for.
    static Error jobError(const wsman::CimInstance &job);
    static Error fromCimError(const wsman::CimInstance &error, const Error &fallback);
    static Error returnCodeError(int code, const QString &what);

private:
    struct Watched
    {
        QPointer<HostConnection> endpoint;
        QString jobId;
        Progress progress;
        Done done;
        int misses = 0;
    };
    void pollAll();
    void poll(HostConnection *endpoint);
    void finish(const QString &key, const wsman::CimInstance &job);

    QHash<QString, Watched> m_watched; // endpoint key + job id
    QHash<HostConnection *, bool> m_polling;
    QTimer m_timer;
};

// One change on a remote host as one hvdesk Job: a sequence of calls, each waited for (its
// return code, or its Msvm_ConcreteJob) before the next starts. A failure stops the sequence and
// the job's error says which parts were applied and which were not.
class RemoteOperation : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString description; // what it changes, for the report
        QPointer<HostConnection> endpoint;
        std::function<wsman::Request()> request; // built when the step starts
        // Reads the call's outputs (e.g. a new adapter's id); an Error stops the sequence.
        std::function<Error(const wsman::Response &)> onOutput;
        // An error for a return code other than 0 and 4096 (default: the generic one).
        std::function<Error(int returnValue)> onReturnCode;
    };

    RemoteOperation(JobPtr job, QList<Step> steps, JobWatcher *watcher, bool reportParts, QObject *parent = nullptr);

    // Runs the steps; `finished` follows with the outcome (the job itself is left to the
    // caller to end), then the object deletes itself.
    void start();

signals:
    void finished(const hvdesk::Error &error, bool cancelled);

private:
    void runStep();
    void stepDone(const Error &error, bool cancelled);
    void requestCancel();

    JobPtr m_job;
    QList<Step> m_steps;
    QPointer<JobWatcher> m_watcher;
    bool m_reportParts = false;
    int m_current = 0;
    QString m_currentJobId;
    bool m_cancelRequested = false;
};

} // namespace hvdesk::remote
