#pragma once

#include "Error.h"

#include <QDateTime>
#include <QObject>
#include <QSharedPointer>
#include <QString>
#include <QStringList>

#include <functional>

namespace hvdesk {

// An asynchronous change on a host (Msvm_ConcreteJob's model): state, percent complete, the
// phase it is in, and a typed error when it fails. Backends drive it; views only observe and
// may ask to cancel.
class Job : public QObject
{
    Q_OBJECT

public:
    enum class State { New, Running, Completed, Failed, Cancelled };
    Q_ENUM(State)

    Job(QString title, QString targetName, QObject *parent = nullptr);

    quint64 id() const { return m_id; }
    QString title() const { return m_title; }      // "Start", "Apply settings", ...
    QString targetName() const { return m_target; } // the VM or host it acts on
    QString targetId() const { return m_targetId; }
    void setTargetId(const QString &id) { m_targetId = id; }
    State state() const { return m_state; }
    int percent() const { return m_percent; }
    QString phase() const { return m_phase; }
    Error error() const { return m_error; }
    // A change made part by part (a remote host's call after call) that failed or was cancelled
    // after some parts took effect: those parts, described. Empty when nothing was applied or
    // the change is one step, so a view never says "nothing changed" while this is not empty.
    QStringList appliedParts() const { return m_appliedParts; }
    void setAppliedParts(const QStringList &parts) { m_appliedParts = parts; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }
    bool isFinished() const;
    bool isCancellable() const { return bool(m_cancelHandler) && !isFinished(); }

    static QString stateName(State state);

    // Asks the backend to cancel; the job ends as Cancelled when the backend confirms.
    void requestCancel();

    // For backends.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void start();
    void setProgress(int percent, const QString &phase = QString());
    void complete();
    void fail(const Error &error);
    void markCancelled();

    // A job that failed before it started (an illegal request): still a job, so callers
    // handle one kind of result.
    static QSharedPointer<Job> failed(const QString &title, const QString &target, const Error &error);

signals:
    void stateChanged(hvdesk::Job::State state);
    void progressChanged(int percent, const QString &phase);
    void finished();

private:
    void setState(State state);

    static quint64 s_nextId;
    quint64 m_id;
    QString m_title;
    QString m_target;
    QString m_targetId;
    State m_state = State::New;
    int m_percent = 0;
    QString m_phase;
    Error m_error;
    QStringList m_appliedParts;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    std::function<void()> m_cancelHandler;
};

using JobPtr = QSharedPointer<Job>;

} // namespace hvdesk

Q_DECLARE_METATYPE(hvdesk::JobPtr)
