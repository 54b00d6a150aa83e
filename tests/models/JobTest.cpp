#include "QtPrinters.h"

#include <models/Job.h>

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hvdesk;

TEST(JobTest, RunsThroughItsStatesOnce)
{
    Job job(QStringLiteral("Start"), QStringLiteral("web01"));
    QSignalSpy finished(&job, &Job::finished);
    EXPECT_EQ(job.state(), Job::State::New);
    job.start();
    EXPECT_EQ(job.state(), Job::State::Running);
    EXPECT_TRUE(job.startedAt().isValid());
    job.setProgress(140, QStringLiteral("Starting"));
    EXPECT_EQ(job.percent(), 100); // clamped
    job.setProgress(-5);
    EXPECT_EQ(job.percent(), 0);
    job.complete();
    EXPECT_EQ(job.state(), Job::State::Completed);
    EXPECT_EQ(job.percent(), 100);
    job.fail(Error{QStringLiteral("x"), QStringLiteral("late"), {}, {}}); // ignored once finished
    EXPECT_EQ(job.state(), Job::State::Completed);
    EXPECT_EQ(finished.count(), 1);
}

TEST(JobTest, FailureCarriesTheError)
{
    Job job(QStringLiteral("Save"), QStringLiteral("db"));
    job.start();
    const Error e{QStringLiteral("32768"), QStringLiteral("Failed to save."), QString(), QStringLiteral("Retry.")};
    job.fail(e);
    EXPECT_EQ(job.state(), Job::State::Failed);
    EXPECT_EQ(job.error(), e);
    EXPECT_EQ(job.error().text(), QStringLiteral("Failed to save. Retry."));
}

TEST(JobTest, CancelGoesThroughTheBackendsHandler)
{
    Job job(QStringLiteral("Start"), QStringLiteral("web01"));
    EXPECT_FALSE(job.isCancellable());
    int calls = 0;
    job.setCancelHandler([&] {
        ++calls;
        job.markCancelled();
    });
    job.start();
    EXPECT_TRUE(job.isCancellable());
    job.requestCancel();
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(job.state(), Job::State::Cancelled);
    EXPECT_FALSE(job.isCancellable());
    job.requestCancel();
    EXPECT_EQ(calls, 1);
}

TEST(JobTest, AFailedRequestIsAFinishedJob)
{
    const JobPtr job = Job::failed(QStringLiteral("Pause"), QStringLiteral("build01"),
                                   Error{QStringLiteral("vm.transition"), QStringLiteral("no"), {}, {}});
    EXPECT_TRUE(job->isFinished());
    EXPECT_EQ(job->state(), Job::State::Failed);
    EXPECT_EQ(job->error().code, QStringLiteral("vm.transition"));
    EXPECT_NE(job->id(), JobPtr::create(QString(), QString())->id());
}
