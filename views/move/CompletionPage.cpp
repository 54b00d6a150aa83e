#include "CompletionPage.h"

#include "MoveWizard.h"

#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hvdesk {

CompletionPage::CompletionPage(QWidget *parent)
    : QWizardPage(parent)
    , m_text(new QLabel(this))
    , m_jobs(new QTableWidget(this))
    , m_cancel(new QPushButton(tr("&Cancel Move"), this))
{
    setObjectName(QStringLiteral("completionPage"));
    setTitle(tr("Moves Started"));
    m_text->setObjectName(QStringLiteral("completionText"));
    m_text->setWordWrap(true);
    m_jobs->setObjectName(QStringLiteral("completionJobs"));
    m_jobs->setAccessibleName(tr("Moves"));
    m_jobs->setColumnCount(5);
    m_jobs->setHorizontalHeaderLabels({tr("Virtual machine"), tr("Move"), tr("State"), tr("Progress"), tr("Details")});
    m_jobs->verticalHeader()->hide();
    m_jobs->horizontalHeader()->setStretchLastSection(true);
    m_jobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jobs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jobs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cancel->setObjectName(QStringLiteral("cancelMoveButton"));
    m_cancel->setToolTip(tr("Cancel the selected move: the virtual machine stays where it is, with its files"));
    m_cancel->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_jobs, 1);
    layout->addLayout(buttons);
    connect(m_jobs, &QTableWidget::itemSelectionChanged, this, &CompletionPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const int row = m_jobs->currentRow();
        const QList<JobPtr> &jobs = static_cast<MoveWizard *>(wizard())->jobs();
        if (row >= 0 && row < jobs.size())
            jobs[row]->requestCancel();
    });
}

void CompletionPage::initializePage()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    for (const JobPtr &job : w->jobs()) {
        connect(job.data(), &Job::progressChanged, this, &CompletionPage::refresh);
        connect(job.data(), &Job::stateChanged, this, &CompletionPage::refresh);
    }
    refresh();
}

void CompletionPage::refresh()
{
    auto *w = static_cast<MoveWizard *>(wizard());
    const QList<JobPtr> &jobs = w->jobs();
    m_jobs->setRowCount(int(jobs.size()));
    int queued = 0, failed = 0, done = 0;
    for (int row = 0; row < jobs.size(); ++row) {
        const JobPtr &j = jobs[row];
        queued += j->state() == Job::State::New;
        failed += j->state() == Job::State::Failed;
        done += j->state() == Job::State::Completed;
        const QStringList cells = {j->targetName(), j->title(), Job::stateName(j->state()), tr("%1 %").arg(j->percent()),
                                   j->state() == Job::State::Failed      ? j->error().text()
                                   : j->state() == Job::State::Cancelled ? tr("Cancelled")
                                                                         : j->phase()};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_jobs->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_jobs->setItem(row, c, item);
            }
            item->setText(cells[c]);
            item->setToolTip(cells[c]);
        }
    }
    m_jobs->resizeColumnsToContents();
    m_jobs->horizontalHeader()->setStretchLastSection(true);
    const int selected = m_jobs->selectionModel()->hasSelection() ? m_jobs->currentRow() : -1;
    m_cancel->setEnabled(selected >= 0 && selected < jobs.size() && jobs[selected]->isCancellable());
    int cancelled = 0;
    for (const JobPtr &j : jobs)
        cancelled += j->state() == Job::State::Cancelled;
    done += cancelled;
    const bool one = jobs.size() == 1;
    if (done + failed == jobs.size() && !jobs.isEmpty()) {
        m_text->setText(failed > 0      ? tr("Moves failed: %1; see the details.").arg(failed)
                        : cancelled > 0 ? tr("The moves have ended; cancelled: %1.").arg(cancelled)
                                        : tr("All moves completed."));
        // The title follows the moves: what went wrong first, then what was cancelled.
        setTitle(failed > 0                    ? (one ? tr("Move Failed") : tr("Moves Failed"))
                     : cancelled == jobs.size() ? (one ? tr("Move Cancelled") : tr("Moves Cancelled"))
                     : cancelled > 0            ? tr("Moves Ended")
                                                : (one ? tr("Move Completed") : tr("Moves Completed")));
    } else {
        m_text->setText(tr("The moves run in the background; you can close the wizard and follow them in View > Jobs "
                           "(Ctrl+J). Waiting for a free migration slot: %1.")
                            .arg(queued));
        setTitle(one ? tr("Move Started") : tr("Moves Started"));
    }
}

} // namespace hvdesk
