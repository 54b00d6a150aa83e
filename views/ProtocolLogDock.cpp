#include "ProtocolLogDock.h"

#include "Dialogs.h"

#include "ScriptView.h"

#include <models/ProtocolLog.h>

#include <QCheckBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hvdesk {

namespace {

const QString RecordKey = QStringLiteral("ProtocolLog/enabled");

// Failed calls stand out in the table.
class ProtocolLogProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole) {
            const QModelIndex source = mapToSource(index);
            const int status
                = source.siblingAtColumn(ProtocolLogModel::StatusColumn).data(ProtocolLogModel::SortRole).toInt();
            const bool failed = !source.siblingAtColumn(ProtocolLogModel::ErrorColumn).data().toString().isEmpty()
                || status == 0 || status >= 400;
            if (failed)
                return QColor(0xb0, 0x20, 0x20);
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

QLabel *captionLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ProtocolLogDock::ProtocolLogDock(ProtocolLogModel *model, QWidget *parent)
    : QDockWidget(tr("Protocol Log"), parent)
    , m_model(model)
    , m_proxy(new ProtocolLogProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_enable(new QCheckBox(tr("&Enable logging"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_save(new QPushButton(tr("&Save As..."), this))
    , m_status(new QLabel(this))
    , m_requestCaption(captionLabel(this, QStringLiteral("protocolRequestCaption")))
    , m_requestHeaders(new QPlainTextEdit(this))
    , m_request(new ScriptView(QStringLiteral("XML"), this))
    , m_responseCaption(captionLabel(this, QStringLiteral("protocolResponseCaption")))
    , m_response(new ScriptView(QStringLiteral("XML"), this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("protocolLogDock"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ProtocolLogModel::SortRole);

    m_view->setObjectName(QStringLiteral("protocolLogView"));
    m_view->setAccessibleName(tr("Protocol calls"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProtocolLogModel::TimeColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = { 95, 190, 190, 190, 50, 95, 70 };
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, widths[c]);

    m_filter->setObjectName(QStringLiteral("protocolLogFilter"));
    m_filter->setAccessibleName(tr("Filter the protocol log"));
    m_filter->setPlaceholderText(tr("Filter: operation, class, endpoint, status or error"));
    m_filter->setClearButtonEnabled(true);
    m_enable->setObjectName(QStringLiteral("protocolLogEnable"));
    m_enable->setToolTip(tr("Records every WS-Management call while the Protocol Log is open. Passwords are never "
                            "recorded: the Authorization header shows only its scheme."));
    m_enable->setChecked(QSettings().value(RecordKey, true).toBool());
    m_clear->setObjectName(QStringLiteral("protocolLogClear"));
    m_save->setObjectName(QStringLiteral("protocolLogSave"));
    m_save->setToolTip(tr("Save the calls shown as XML (the envelopes as sent and received) or as text"));
    m_status->setObjectName(QStringLiteral("protocolLogStatus"));

    m_requestHeaders->setObjectName(QStringLiteral("protocolRequestHeaders"));
    m_requestHeaders->setAccessibleName(tr("Request headers"));
    m_requestHeaders->setReadOnly(true);
    m_requestHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requestHeaders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestHeaders->setMaximumHeight(m_requestHeaders->fontMetrics().lineSpacing() * 7 + 10);
    m_request->setObjectName(QStringLiteral("protocolRequest"));
    m_request->setCaption(tr("SOAP envelope, indented for reading (Copy takes it as sent)"));
    m_response->setObjectName(QStringLiteral("protocolResponse"));
    m_response->setCaption(tr("SOAP envelope, indented for reading (Copy takes it as received)"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_enable);
    toolbar->addWidget(m_filter, 1);
    toolbar->addWidget(m_clear);
    toolbar->addWidget(m_save);

    auto *requestPane = new QWidget(this);
    auto *requestLayout = new QVBoxLayout(requestPane);
    requestLayout->setContentsMargins(0, 0, 0, 0);
    requestLayout->addWidget(m_requestCaption);
    requestLayout->addWidget(m_requestHeaders);
    requestLayout->addWidget(m_request, 1);
    auto *responsePane = new QWidget(this);
    auto *responseLayout = new QVBoxLayout(responsePane);
    responseLayout->setContentsMargins(0, 0, 0, 0);
    responseLayout->addWidget(m_responseCaption);
    responseLayout->addWidget(m_response, 1);

    auto *exchange = new QSplitter(Qt::Horizontal, this);
    exchange->setObjectName(QStringLiteral("protocolExchangeSplitter"));
    exchange->addWidget(requestPane);
    exchange->addWidget(responsePane);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("protocolLogSplitter"));
    split->addWidget(m_view);
    split->addWidget(exchange);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(toolbar);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    setWidget(content);

    // The status line is recomputed once per burst of calls, not once per call.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(0);
    connect(m_statusTimer, &QTimer::timeout, this, &ProtocolLogDock::updateStatus);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::modelReset, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_proxy, &QAbstractItemModel::layoutChanged, m_statusTimer, qOverload<>(&QTimer::start));
    connect(model, &ProtocolLogModel::enabledChanged, m_statusTimer, qOverload<>(&QTimer::start));

    // Follow the newest call while the view is scrolled to the end.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("followNewest", bar->value() == bar->maximum());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("followNewest").toBool())
            m_view->scrollToBottom();
    });

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProtocolLogDock::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ProtocolLogDock::showCurrent);
    connect(m_clear, &QPushButton::clicked, model, &ProtocolLogModel::clear);
    connect(m_save, &QPushButton::clicked, this, &ProtocolLogDock::saveAs);
    connect(m_enable, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(RecordKey, on);
        applyLoggingPolicy();
    });

    showCurrent();
    updateStatus();
}

void ProtocolLogDock::applyLoggingPolicy()
{
    // isHidden(): closed by the user. A panel hidden with its window (minimised, or behind another
    // tab) still records.
    m_model->setEnabled(m_enable->isChecked() && !isHidden());
}

void ProtocolLogDock::showEvent(QShowEvent *event)
{
    QDockWidget::showEvent(event);
    applyLoggingPolicy();
}

void ProtocolLogDock::hideEvent(QHideEvent *event)
{
    QDockWidget::hideEvent(event);
    applyLoggingPolicy();
}

QList<int> ProtocolLogDock::shownRows() const
{
    QList<int> rows;
    rows.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    std::sort(rows.begin(), rows.end()); // in the order of the calls, whatever the sort
    return rows;
}

QString ProtocolLogDock::summary(int calls, double milliseconds, qint64 bytes)
{
    // English has no catalogue for its plurals, so the singular is a text of its own.
    const QString text = calls == 1 ? tr("1 call, %1 ms, %2") : tr("%n calls, %1 ms, %2", nullptr, calls);
    return text.arg(QLocale().toString(qRound64(milliseconds)), ProtocolLogModel::formatSize(bytes));
}

QString ProtocolLogDock::statusText() const
{
    return m_status->text();
}

void ProtocolLogDock::updateStatus()
{
    double ms = 0;
    qint64 bytes = 0;
    const QList<int> rows = shownRows();
    for (int row : rows) {
        const ProtocolExchange &e = m_model->exchangeAt(row);
        ms += e.elapsedMs;
        bytes += ProtocolLogModel::sizeOf(e);
    }
    QString text = summary(int(rows.size()), ms, bytes);
    if (rows.size() != m_model->rowCount())
        text += tr(" (of %n recorded)", nullptr, m_model->rowCount());
    if (!m_model->isEnabled())
        text += tr(". Logging is off.");
    m_status->setText(text);
}

void ProtocolLogDock::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_requestCaption->setText(tr("Select a call to see its request and response."));
        m_requestHeaders->clear();
        m_request->setText(QString());
        m_responseCaption->setText(QString());
        m_response->setText(QString());
        m_request->setEnabled(false);
        m_response->setEnabled(false);
        return;
    }
    const ProtocolExchange &e = m_model->exchangeAt(current.row());
    const QLocale locale;
    m_request->setEnabled(true);
    m_response->setEnabled(!e.response.isEmpty());
    // The endpoint is in the table and the headers; the caption stays on one line.
    m_requestCaption->setText(tr("Request: %1 %2, %3")
                                  .arg(e.operation, e.resource,
                                       ProtocolLogModel::formatSize(e.requestHeaders.size() + e.request.size())));
    m_requestHeaders->setPlainText(QString::fromUtf8(e.requestHeaders).remove(QLatin1Char('\r')).trimmed());
    m_request->setText(ProtocolLogModel::indentXml(e.request));
    m_request->setCopyText(QString::fromUtf8(e.request));

    QString response = e.httpStatus == 0 ? tr("No response after %1 ms").arg(locale.toString(e.elapsedMs, 'f', 1))
                                         : tr("Response: HTTP %1 after %2 ms, %3")
                                               .arg(QString::number(e.httpStatus), locale.toString(e.elapsedMs, 'f', 1),
                                                   ProtocolLogModel::formatSize(e.response.size()));
    if (!e.error.isEmpty())
        response += QStringLiteral("\n") + e.error;
    m_responseCaption->setText(response);
    m_response->setText(e.response.isEmpty() ? QString() : ProtocolLogModel::indentXml(e.response));
    m_response->setCopyText(QString::fromUtf8(e.response));
}

bool ProtocolLogDock::saveTo(const QString &path, QString *error) const
{
    const QList<int> rows = shownRows();
    const bool xml = QFileInfo(path).suffix().compare(QLatin1String("xml"), Qt::CaseInsensitive) == 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml ? m_model->toXml(rows) : m_model->toText(rows)) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not save the protocol log to %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ProtocolLogDock::saveAs()
{
    QString filter;
    QString path = Dialogs::saveFileName(this, tr("Save Protocol Log"), QStringLiteral("hvdesk-protocol-log.xml"),
        tr("XML: the envelopes as sent and received (*.xml);;Text (*.txt)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.txt")) ? QStringLiteral(".txt") : QStringLiteral(".xml");
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save Protocol Log"), error);
}

} // namespace hvdesk
