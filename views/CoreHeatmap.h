#pragma once

#include <QImage>
#include <QWidget>

namespace hvdesk {

class NetworkHistory;

// Per-core load over time for hosts with hundreds of cores: one row per core, one column per
// point (peak-decimated to the widget's width), coloured from idle to saturated. QPainter.
class CoreHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit CoreHeatmap(const NetworkHistory *history, QWidget *parent = nullptr);

    void updateFromHistory();
    // The text shown when hovering at `pos` (core, time and value), empty outside the map.
    QString textAt(const QPoint &pos) const;
    static QRgb colorFor(float percent);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect plotRect() const;

    const NetworkHistory *m_history;
    QImage m_image; // columns x cores
    int m_pointsPerColumn = 1;
    int m_firstPoint = 0;
};

} // namespace hvdesk
