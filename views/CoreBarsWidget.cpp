#include "CoreBarsWidget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace hvdesk {

namespace {
constexpr int LeftMargin = 40;
constexpr int TopMargin = 22;
constexpr int BottomMargin = 20;
constexpr int RightMargin = 8;
} // namespace

CoreBarsWidget::CoreBarsWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coreBars"));
    setAccessibleName(tr("Current receive load per logical processor"));
    setMouseTracking(true);
    setMinimumSize(240, 150);
}

void CoreBarsWidget::setSample(const NetworkSample &sample)
{
    m_cores = sample.cores;
    update();
}

QColor CoreBarsWidget::barColor(const CoreSample &core)
{
    if (core.hyperThreadSibling)
        return QColor(0xb8, 0xb8, 0xb8);
    if (core.percent >= 99.5)
        return QColor(0xc6, 0x28, 0x28);
    if (core.percent >= 80)
        return QColor(0xef, 0x8a, 0x17);
    return QColor(0x2f, 0x6f, 0xb5);
}

QRect CoreBarsWidget::plotRect() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

int CoreBarsWidget::coreAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_cores.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right() || pos.y() < plot.top()
        || pos.y() > plot.bottom())
        return -1;
    return qBound(0, int(double(pos.x() - plot.left()) / plot.width() * m_cores.size()), int(m_cores.size()) - 1);
}

QString CoreBarsWidget::textAt(const QPoint &pos) const
{
    const int c = coreAt(pos);
    if (c < 0)
        return QString();
    const CoreSample &core = m_cores[c];
    QString text = tr("CPU %1: %2 % interrupt and DPC time, %L3 packets/s")
                       .arg(c)
                       .arg(core.percent, 0, 'f', 1)
                       .arg(qRound64(core.packetsPerSec));
    if (core.droppedPerSec > 0 || core.timeSqueezePerSec > 0)
        text += QLatin1Char('\n')
            + tr("%L1 packets/s dropped (backlog full), %L2 receive rounds/s cut short")
                  .arg(qRound64(core.droppedPerSec))
                  .arg(qRound64(core.timeSqueezePerSec));
    if (core.hyperThreadSibling)
        text += QLatin1Char('\n') + tr("Hyper-threaded sibling: VMQ and RSS do not use it.");
    return text;
}

void CoreBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QRect plot = plotRect();
    const QColor text = palette().color(QPalette::Text);
    p.setPen(text);
    p.drawText(QRect(LeftMargin, 0, width() - LeftMargin, TopMargin), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Now, per logical processor"));
    // Legend: siblings.
    const QString sibling = tr("hyper-threaded sibling");
    const int legendWidth = fontMetrics().horizontalAdvance(sibling) + 16;
    if (m_cores.size() > 1 && m_cores[1].hyperThreadSibling) {
        const QRect box(width() - RightMargin - legendWidth, TopMargin / 2 - 5, 10, 10);
        p.fillRect(box, QColor(0xb8, 0xb8, 0xb8));
        p.drawText(box.right() + 4, TopMargin / 2 + fontMetrics().ascent() / 2 - 1, sibling);
    }
    // Grid.
    p.setPen(palette().color(QPalette::Mid));
    for (int pct = 0; pct <= 100; pct += 25) {
        const int y = plot.bottom() - plot.height() * pct / 100;
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(text);
        p.drawText(QRect(0, y - 8, LeftMargin - 4, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(pct));
        p.setPen(palette().color(QPalette::Mid));
    }
    if (m_cores.isEmpty())
        return;
    const double slot = double(plot.width()) / m_cores.size();
    const double gap = slot >= 6 ? qMax(1.0, slot * 0.15) : 0.0;
    for (int c = 0; c < m_cores.size(); ++c) {
        const CoreSample &core = m_cores[c];
        if (core.hyperThreadSibling) // greyed even when idle: VMQ and RSS never use it
            p.fillRect(QRectF(plot.left() + c * slot, plot.top(), slot, plot.height()), palette().color(QPalette::AlternateBase).darker(104));
        const double h = plot.height() * qBound(0.0, core.percent, 100.0) / 100.0;
        const QRectF bar(plot.left() + c * slot + gap / 2, plot.bottom() - h, qMax(1.0, slot - gap), h);
        p.fillRect(bar, barColor(core));
    }
    // Core numbers: as many as fit.
    p.setPen(text);
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("000")) + 4;
    int every = 1;
    while (slot * every < labelWidth)
        every *= 2;
    for (int c = 0; c < m_cores.size(); c += every) {
        const QRectF r(plot.left() + c * slot - labelWidth / 2.0 + slot / 2, plot.bottom() + 2, labelWidth, BottomMargin - 2);
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, QString::number(c));
    }
}

void CoreBarsWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QString text = textAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace hvdesk
