#pragma once

#include <models/NetworkSample.h>

#include <QWidget>

namespace hvdesk {

// Which receive queue sits on which core: one row per core that carries queues (the default
// queue and each VM's queue), a row for RSS, and a row for the VMs that bypass the host through
// SR-IOV. QPainter; its height follows the rows.
class QueueMapWidget : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        QStringList chips;      // "web01  93k pkt/s"
        QList<bool> defaultQueue; // per chip: the NIC's default queue
        bool bypass = false;    // SR-IOV: no host core
        QList<int> widths;      // of the chips' text, measured once
    };

    explicit QueueMapWidget(QWidget *parent = nullptr);

    void setSample(const NetworkSample &sample);
    const QList<Row> &rows() const { return m_rows; }
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Where each row's chips go at `width`: chips wrap onto further lines. Returns the height.
    int layout(int width, QList<QList<QRect>> *chipRects) const;

    QList<Row> m_rows;
    int m_lastHeight = -1;
};

} // namespace hvdesk
