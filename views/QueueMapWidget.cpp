#include "QueueMapWidget.h"

#include <QPaintEvent>
#include <QPainter>

#include <map>

namespace hvdesk {

namespace {

constexpr int RowHeight = 24;
constexpr int LabelWidth = 150;

QString rate(double pps)
{
    if (pps >= 1000)
        return QueueMapWidget::tr("%1k pkt/s").arg(qRound64(pps / 1000.0));
    return QueueMapWidget::tr("%1 pkt/s").arg(qRound64(pps));
}

QColor chipColor(const QString &name)
{
    // Stable per VM name, light enough for dark text.
    quint32 h = 2166136261u;
    for (const QChar c : name)
        h = (h ^ c.unicode()) * 16777619u;
    return QColor::fromHsv(int(h % 360), 70, 235);
}

} // namespace

QueueMapWidget::QueueMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueMap"));
    setAccessibleName(tr("Receive queues and the cores they are tied to"));
    setMinimumHeight(RowHeight * 2);
}

void QueueMapWidget::setSample(const NetworkSample &sample)
{
    m_rows.clear();
    std::map<int, Row> byCore;
    for (const QueueAssignment &q : sample.queues) {
        Row &row = byCore[q.core];
        row.label = tr("CPU %1").arg(q.core);
        // Hosts that count interrupts, not packets, per queue (Linux) name the queue's interrupt.
        const QString load = q.packetsPerSec < 0 ? tr("%1 irq/s").arg(qRound64(q.interruptsPerSec)) : rate(q.packetsPerSec);
        if (!q.irqName.isEmpty())
            row.chips << tr("%1  %2").arg(q.irqName, load);
        else
            row.chips << (q.queue < 0 ? tr("%1 default queue  %2").arg(q.nic, load) : tr("%1  %2").arg(q.vmName, load));
        row.defaultQueue << (q.queue < 0);
    }
    Row rss;
    Row bypass;
    bypass.bypass = true;
    for (const FlowSample &f : sample.flows) {
        if (f.path == ReceivePath::DefaultQueue && sample.queues.isEmpty() && f.core >= 0) {
            Row &row = byCore[f.core];
            row.label = tr("CPU %1").arg(f.core);
            row.chips << tr("%1  %2").arg(f.vmName, rate(f.receivedPacketsPerSec));
            row.defaultQueue << false;
        } else if (f.path == ReceivePath::Rss) {
            rss.chips << tr("%1  %2").arg(f.vmName, rate(f.receivedPacketsPerSec));
            rss.defaultQueue << false;
        } else if (f.path == ReceivePath::SrIov) {
            bypass.chips << tr("%1  %2").arg(f.vmName, rate(f.deliveredInMbps * 1e6 / 12000.0));
            bypass.defaultQueue << false;
        }
    }
    for (auto &[core, row] : byCore)
        m_rows << row;
    const QFontMetrics fm = fontMetrics();
    if (!rss.chips.isEmpty()) {
        rss.label = tr("RSS, spread");
        m_rows << rss;
    }
    if (!bypass.chips.isEmpty()) {
        bypass.label = tr("SR-IOV, no host CPU");
        m_rows << bypass;
    }
    for (Row &row : m_rows) {
        for (const QString &chip : std::as_const(row.chips))
            row.widths << fm.horizontalAdvance(chip) + 14;
    }
    const int height = heightForWidth(qMax(400, width()));
    if (height != m_lastHeight) {
        m_lastHeight = height;
        updateGeometry();
    }
    update();
}

QSize QueueMapWidget::sizeHint() const
{
    return QSize(400, heightForWidth(qMax(400, width())));
}

int QueueMapWidget::heightForWidth(int width) const
{
    return layout(width, nullptr);
}

int QueueMapWidget::layout(int width, QList<QList<QRect>> *chipRects) const
{
    int y = RowHeight;
    for (const Row &row : m_rows) {
        QList<QRect> rects;
        int x = LabelWidth;
        for (const int w : row.widths) {
            if (x > LabelWidth && x + w > width - 4) {
                x = LabelWidth;
                y += RowHeight;
            }
            rects << QRect(x, y + 3, w, RowHeight - 6);
            x += w + 6;
        }
        if (chipRects)
            *chipRects << rects;
        y += RowHeight;
    }
    return qMax(2 * RowHeight, y) + 4;
}

void QueueMapWidget::paintEvent(QPaintEvent *event)
{
    const QRect exposed = event->rect(); // inside a scroll area, most rows are out of sight
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(6, 0, width() - 12, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Receive queues to cores"));
    if (m_rows.isEmpty()) {
        p.drawText(QRect(6, RowHeight, width() - 12, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No virtual machine receives traffic through this host's external switches."));
        return;
    }
    QList<QList<QRect>> chipRects;
    layout(width(), &chipRects);
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        const int top = chipRects[r].isEmpty() ? RowHeight : chipRects[r].first().top() - 3;
        const int bottom = chipRects[r].isEmpty() ? top + RowHeight : chipRects[r].last().bottom() + 3;
        if (bottom < exposed.top() || top > exposed.bottom())
            continue;
        p.setPen(palette().color(QPalette::Text));
        p.setFont(bold);
        p.drawText(QRect(6, top, LabelWidth - 10, RowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.label);
        p.setFont(font());
        for (int i = 0; i < row.chips.size(); ++i) {
            const QRect &chip = chipRects[r][i];
            const QColor fill = row.defaultQueue[i] ? QColor(0xdd, 0xdd, 0xdd)
                : row.bypass                       ? QColor(0xc8, 0xe6, 0xc9)
                                                   : chipColor(row.chips[i].section(QLatin1Char(' '), 0, 0));
            p.setPen(fill.darker(140));
            p.setBrush(fill);
            p.drawRoundedRect(chip, 4, 4);
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.drawText(chip, Qt::AlignCenter, row.chips[i]);
        }
    }
}

} // namespace hvdesk
