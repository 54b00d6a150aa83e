#pragma once

#include <models/NetworkSample.h>

#include <QWidget>

namespace hvdesk {

// The current load of every logical processor as bars; hyper-threaded siblings, which VMQ and
// RSS skip, are greyed. QPainter, so it stays cheap at hundreds of cores.
class CoreBarsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CoreBarsWidget(QWidget *parent = nullptr);

    void setSample(const NetworkSample &sample);
    // The core under `pos`, or -1.
    int coreAt(const QPoint &pos) const;
    QString textAt(const QPoint &pos) const;
    static QColor barColor(const CoreSample &core);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;

    QList<CoreSample> m_cores;
};

} // namespace hvdesk
