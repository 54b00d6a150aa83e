#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace hvdesk {

class NetworkHistory;

// Per-core load over time as Qt Charts lines, for hosts with up to LineChartMaxCores cores.
// Series are fed with QXYSeries::replace() from the history's ring buffer.
class CoreLoadChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int MaxPointsPerSeries = 240;

    explicit CoreLoadChart(const NetworkHistory *history, QWidget *parent = nullptr);

    // Re-reads the history into the series.
    void updateFromHistory();
    int seriesCount() const { return int(m_series.size()); }
    QString lastHoverText() const { return m_hoverText; }
    // A core's line colour: hues a golden angle apart, with four shades, so that no two of up to
    // 64 cores look alike (the chart theme's five colours repeat every five cores).
    static QColor coreColor(int core);

private:
    void rebuildSeries(int cores);

    const NetworkHistory *m_history;
    QList<QLineSeries *> m_series;
    QList<bool> m_flat; // an idle core's series is a flat line of two points, left alone until it wakes
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<QPointF> m_buffer;
    QString m_hoverText;
};

} // namespace hvdesk
