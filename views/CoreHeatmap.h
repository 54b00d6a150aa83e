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

    // Redraws what is new since the last call (a scroll and a column or two), or all of it
    // after a reset, a resize or a change of length.
    void updateFromHistory();
    void invalidate() { m_shownAppended = -1; }
    // The text shown when hovering at `pos` (core, time and value), empty outside the map.
    QString textAt(const QPoint &pos) const;
    static QRgb colorFor(float percent);
    // Cores by columns, before scaling to the widget.
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect plotRect() const;

    const NetworkHistory *m_history;
    void fillColumn(int column, qint64 columnIndex);

    QImage m_image; // columns x cores
    int m_pointsPerColumn = 1;
    qint64 m_lastColumn = -1; // the global column index shown rightmost
    qint64 m_shownAppended = -1;
};

} // namespace hvdesk
