#include "CoreLoadChart.h"

#include <models/NetworkHistory.h>

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace hvdesk {

QColor CoreLoadChart::coreColor(int core)
{
    constexpr double GoldenAngle = 137.50776405003785;
    // Cores whose hues come close (a Fibonacci number apart) get different shades.
    static constexpr int Saturation[] = {200, 255, 150, 230};
    static constexpr int Value[] = {215, 160, 235, 115};
    const double hue = std::fmod(core * GoldenAngle, 360.0);
    const int shade = core % 4;
    return QColor::fromHsvF(float(hue / 360.0), Saturation[shade] / 255.f, Value[shade] / 255.f);
}

CoreLoadChart::CoreLoadChart(const NetworkHistory *history, QWidget *parent)
    : QChartView(parent)
    , m_history(history)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    setObjectName(QStringLiteral("coreLoadChart"));
    setAccessibleName(tr("Per-core receive load over time"));
    auto *chart = new QChart;
    chart->setTitle(tr("Interrupt and DPC time per logical processor"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignRight);
    m_axisX->setTitleText(tr("seconds"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    // A little headroom, so a saturated core's line stays visible above the frame.
    m_axisY->setRange(0, 104);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(25);
    m_axisY->setTitleText(tr("% of the core"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(200);
}

void CoreLoadChart::rebuildSeries(int cores)
{
    for (QLineSeries *s : std::as_const(m_series)) {
        chart()->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_flat.fill(false, cores);
    for (int c = 0; c < cores; ++c) {
        auto *series = new QLineSeries;
        series->setName(tr("CPU %1").arg(c));
        chart()->addSeries(series); // the theme picks a colour here; ours follows
        QPen pen = series->pen();
        pen.setColor(coreColor(c));
        pen.setWidthF(2.0);
        series->setPen(pen);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
        connect(series, &QLineSeries::hovered, this, [this, c](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            m_hoverText = tr("CPU %1: %2 % at %3 s").arg(c).arg(point.y(), 0, 'f', 1).arg(point.x(), 0, 'f', 1);
            QToolTip::showText(QCursor::pos(), m_hoverText, this);
        });
        m_series << series;
    }
}

void CoreLoadChart::updateFromHistory()
{
    const int cores = m_history->coreCount();
    if (cores != m_series.size())
        rebuildSeries(cores);
    for (int c = 0; c < cores; ++c) {
        m_history->series(c, &m_buffer, MaxPointsPerSeries);
        bool busy = false; // the legend lists the cores that did receive work; idle ones would crowd it
        bool idle = true;
        for (const QPointF &p : std::as_const(m_buffer)) {
            busy = busy || p.y() >= 1.0;
            idle = idle && p.y() < 0.05;
        }
        if (idle && !m_buffer.isEmpty()) {
            if (!m_flat[c])
                m_series[c]->replace(QList<QPointF>{QPointF(-double(m_history->historySeconds()), 0), QPointF(0, 0)});
            m_flat[c] = true;
        } else {
            m_series[c]->replace(m_buffer);
            m_flat[c] = false;
        }
        const QList<QLegendMarker *> markers = chart()->legend()->markers(m_series[c]);
        for (QLegendMarker *marker : markers)
            marker->setVisible(busy);
    }
    if (m_axisX->min() != -double(m_history->historySeconds())) {
        m_axisX->setRange(-double(m_history->historySeconds()), 0);
        m_flat.fill(false); // redraw the flat lines across the new range
    }
}

} // namespace hvdesk
