#include "JobsDock.h"

#include <models/JobListModel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hvdesk {

JobsDock::JobsDock(JobListModel *model, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("&Cancel Job"), this))
{
    setObjectName(QStringLiteral("jobsDock"));
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancel->setEnabled(false);

    auto *content = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsDock::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &JobsDock::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_view->scrollToBottom(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            if (const JobPtr job = m_model->jobAt(rows.first().row()))
                job->requestCancel();
    });
}

void JobsDock::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const JobPtr job = rows.isEmpty() ? JobPtr() : m_model->jobAt(rows.first().row());
    m_cancel->setEnabled(job && job->isCancellable());
}

} // namespace hvdesk
