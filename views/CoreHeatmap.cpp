#include "CoreHeatmap.h"

#include <models/NetworkHistory.h>

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace hvdesk {

namespace {
constexpr int LeftMargin = 56;
constexpr int BottomMargin = 22;
constexpr int TopMargin = 22;
constexpr int RightMargin = 8;
} // namespace

CoreHeatmap::CoreHeatmap(const NetworkHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    setObjectName(QStringLiteral("coreHeatmap"));
    setAccessibleName(tr("Per-core receive load over time, as a heat map"));
    setMouseTracking(true);
    setMinimumHeight(200);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QRgb CoreHeatmap::colorFor(float percent)
{
    // Idle is near white, busy yellow to orange, saturated dark red.
    const float p = std::clamp(percent, 0.f, 100.f) / 100.f;
    if (p < 0.5f) {
        const float t = p / 0.5f;
        return qRgb(int(245 - 10 * t), int(247 - 40 * t), int(250 - 200 * t));
    }
    const float t = (p - 0.5f) / 0.5f;
    return qRgb(int(235 - 60 * t), int(207 - 190 * t), int(50 - 30 * t));
}

QRect CoreHeatmap::plotRect() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

void CoreHeatmap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFromHistory();
}

void CoreHeatmap::updateFromHistory()
{
    const int cores = m_history->coreCount();
    const int points = m_history->size();
    const int width = qMax(1, plotRect().width());
    const int columns = qMax(1, qMin(m_history->capacity(), width));
    // The full history length maps to the width; a young history fills from the right.
    m_pointsPerColumn = qMax(1, (m_history->capacity() + columns - 1) / columns);
    const int usedColumns = qMin(columns, (points + m_pointsPerColumn - 1) / m_pointsPerColumn);
    if (m_image.width() != columns || m_image.height() != cores)
        m_image = QImage(columns, qMax(1, cores), QImage::Format_RGB32);
    m_image.fill(colorFor(0));
    m_firstPoint = points - usedColumns * m_pointsPerColumn;
    for (int c = 0; c < cores; ++c) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(c));
        for (int col = 0; col < usedColumns; ++col) {
            float peak = 0;
            const int from = m_firstPoint + col * m_pointsPerColumn;
            for (int p = qMax(0, from); p < from + m_pointsPerColumn; ++p)
                peak = std::max(peak, m_history->corePercent(p, c));
            line[columns - usedColumns + col] = colorFor(peak);
        }
    }
    update();
}

void CoreHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRect plot = plotRect();
    const int cores = m_history->coreCount();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(plot.left(), 0, plot.width(), TopMargin), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Interrupt and DPC time per logical processor (rows) over time"));
    if (cores == 0 || m_image.isNull()) {
        p.drawText(plot, Qt::AlignCenter, tr("Waiting for the first sample..."));
        return;
    }
    p.drawImage(plot, m_image);
    // Core labels: as many as fit.
    const double rowHeight = double(plot.height()) / cores;
    const int every = qMax(1, int(std::ceil(double(fontMetrics().height()) / rowHeight)));
    const int step = every <= 1 ? 1 : every <= 2 ? 2 : every <= 4 ? 4 : every <= 8 ? 8 : every <= 16 ? 16 : 32;
    for (int c = 0; c < cores; c += step) {
        const int y = plot.top() + int(c * rowHeight);
        p.drawText(QRect(0, y, LeftMargin - 6, int(qMax(rowHeight, double(fontMetrics().height())))),
                   Qt::AlignRight | Qt::AlignTop, tr("CPU %1").arg(c));
    }
    const QString left = tr("-%1 s").arg(m_history->historySeconds());
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), BottomMargin - 2), Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), BottomMargin - 2), Qt::AlignRight | Qt::AlignVCenter,
               tr("now"));
    // The colour scale.
    const int scaleWidth = qMin(160, plot.width() / 3);
    const QRect scale(plot.center().x() - scaleWidth / 2, plot.bottom() + 6, scaleWidth, BottomMargin - 10);
    for (int x = 0; x < scale.width(); ++x) {
        p.setPen(QColor(colorFor(100.f * x / qMax(1, scale.width() - 1))));
        p.drawLine(scale.left() + x, scale.top(), scale.left() + x, scale.bottom());
    }
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(scale.left() - 40, scale.top() - 4, 36, scale.height() + 8), Qt::AlignRight | Qt::AlignVCenter,
               tr("0 %"));
    p.drawText(QRect(scale.right() + 4, scale.top() - 4, 48, scale.height() + 8), Qt::AlignLeft | Qt::AlignVCenter,
               tr("100 %"));
}

QString CoreHeatmap::textAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    const int cores = m_history->coreCount();
    if (!plot.contains(pos) || cores == 0 || m_image.isNull() || m_history->size() == 0)
        return QString();
    const int core = qBound(0, int(double(pos.y() - plot.top()) / plot.height() * cores), cores - 1);
    const int column = qBound(0, int(double(pos.x() - plot.left()) / plot.width() * m_image.width()), m_image.width() - 1);
    const int usedColumns = (m_history->size() + m_pointsPerColumn - 1) / m_pointsPerColumn;
    const int fromRight = m_image.width() - 1 - column;
    if (fromRight >= usedColumns)
        return tr("CPU %1: no data yet").arg(core);
    const int point = qBound(0, m_history->size() - 1 - fromRight * m_pointsPerColumn, m_history->size() - 1);
    const double ago = double(m_history->timeMs(m_history->size() - 1) - m_history->timeMs(point)) / 1000.0;
    return tr("CPU %1: %2 % (%3 s ago)").arg(core).arg(m_history->corePercent(point, core), 0, 'f', 1).arg(ago, 0, 'f', 1);
}

void CoreHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    const QString text = textAt(event->position().toPoint());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace hvdesk
