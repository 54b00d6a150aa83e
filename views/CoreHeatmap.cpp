#include "CoreHeatmap.h"

#include <models/NetworkHistory.h>

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cstring>
#include <vector>

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
    // Idle is near white, busy yellow to orange, saturated dark red. A table of 1,001 steps.
    static const std::vector<QRgb> table = [] {
        std::vector<QRgb> t(1001);
        for (int i = 0; i <= 1000; ++i) {
            const float p = float(i) / 1000.f;
            if (p < 0.5f) {
                const float u = p / 0.5f;
                t[size_t(i)] = qRgb(int(245 - 10 * u), int(247 - 40 * u), int(250 - 200 * u));
            } else {
                const float u = (p - 0.5f) / 0.5f;
                t[size_t(i)] = qRgb(int(235 - 60 * u), int(207 - 190 * u), int(50 - 30 * u));
            }
        }
        return t;
    }();
    return table[size_t(std::clamp(int(percent * 10.f + 0.5f), 0, 1000))];
}

QRect CoreHeatmap::plotRect() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

void CoreHeatmap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidate();
    updateFromHistory();
}

void CoreHeatmap::fillColumn(int column, qint64 columnIndex)
{
    // Global point index g sits at history point g - (appended - size).
    const qint64 firstGlobal = m_history->appendedCount() - m_history->size();
    const qint64 from = columnIndex * m_pointsPerColumn;
    const int cores = m_history->coreCount();
    for (int c = 0; c < cores; ++c) {
        float peak = -1;
        for (qint64 g = from; g < from + m_pointsPerColumn; ++g) {
            const qint64 point = g - firstGlobal;
            if (point >= 0 && point < m_history->size())
                peak = std::max(peak, m_history->corePercent(int(point), c));
        }
        reinterpret_cast<QRgb *>(m_image.scanLine(c))[column] = colorFor(qMax(0.f, peak));
    }
}

void CoreHeatmap::updateFromHistory()
{
    const int cores = m_history->coreCount();
    const int width = qMax(1, plotRect().width());
    // The full history length maps to the width; a young history fills from the right.
    const int capacity = qMax(1, m_history->capacity());
    const int pointsPerColumn = qMax(1, (capacity + width - 1) / width);
    const int columns = (capacity + pointsPerColumn - 1) / pointsPerColumn;
    const qint64 appended = m_history->appendedCount();
    const qint64 lastColumn = appended > 0 ? (appended - 1) / pointsPerColumn : -1;
    const bool full = m_image.width() != columns || m_image.height() != qMax(1, cores)
        || pointsPerColumn != m_pointsPerColumn || m_shownAppended < 0 || appended < m_shownAppended
        || lastColumn - m_lastColumn >= columns;
    if (full) {
        if (m_image.width() != columns || m_image.height() != qMax(1, cores))
            m_image = QImage(columns, qMax(1, cores), QImage::Format_RGB32);
        m_pointsPerColumn = pointsPerColumn;
        m_image.fill(colorFor(0));
        for (int col = 0; col < columns && lastColumn - col >= 0; ++col)
            fillColumn(columns - 1 - col, lastColumn - col);
    } else if (appended != m_shownAppended) {
        // Scroll by the columns completed since, then redraw from the last shown column on.
        const qint64 shift = lastColumn - m_lastColumn;
        if (shift > 0) {
            for (int c = 0; c < m_image.height(); ++c) {
                auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(c));
                std::memmove(line, line + shift, size_t(columns - shift) * sizeof(QRgb));
            }
        }
        for (qint64 col = qMax<qint64>(0, m_lastColumn); col <= lastColumn; ++col)
            fillColumn(int(columns - 1 - (lastColumn - col)), col);
        // The oldest column loses points as the ring overwrites them.
        if (lastColumn - (columns - 1) >= 0)
            fillColumn(0, lastColumn - (columns - 1));
    }
    m_lastColumn = lastColumn;
    m_shownAppended = appended;
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
    const qint64 fromRight = m_image.width() - 1 - column;
    const qint64 firstGlobal = m_history->appendedCount() - m_history->size();
    const qint64 point = (m_lastColumn - fromRight) * m_pointsPerColumn + m_pointsPerColumn - 1 - firstGlobal;
    if (point < 0 || m_lastColumn - fromRight < 0)
        return tr("CPU %1: no data yet").arg(core);
    const int at = int(qMin<qint64>(point, m_history->size() - 1));
    const double ago = double(m_history->timeMs(m_history->size() - 1) - m_history->timeMs(at)) / 1000.0;
    return tr("CPU %1: %2 % (%3 s ago)").arg(core).arg(m_history->corePercent(at, core), 0, 'f', 1).arg(ago, 0, 'f', 1);
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
