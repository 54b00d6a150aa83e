#pragma once

#include "Error.h"
#include "NetworkSample.h"

#include <QObject>
#include <QPointF>

#include <vector>

class QIODevice;

namespace hvdesk {

// The per-core history behind a host's network charts: a ring buffer of points, each the mean
// of the samples that arrived within one refresh interval (1-10 Hz), holding 60 s to 10 min.
// QtCore only, so the chart data is testable without widgets.
class NetworkHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinRateHz = 1;
    static constexpr int MaxRateHz = 10;
    static constexpr int DefaultRateHz = 5;
    static constexpr int MinHistorySeconds = 60;
    static constexpr int MaxHistorySeconds = 600;
    static constexpr int DefaultHistorySeconds = 120;

    explicit NetworkHistory(QObject *parent = nullptr);

    // Only samples of this host are taken.
    void setHostName(const QString &hostName);
    QString hostName() const { return m_hostName; }
    // Points per second, 1-10 (clamped). Changing it starts a new history.
    void setRateHz(int hz);
    int rateHz() const { return m_rateHz; }
    // How far back the history goes, 60-600 s (clamped). Keeps the newest points that fit.
    void setHistorySeconds(int seconds);
    int historySeconds() const { return m_historySeconds; }
    int capacity() const { return m_capacity; }
    // A paused history ignores samples: the charts stand still to be read.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    void addSample(const NetworkSample &sample);

    int coreCount() const { return m_cores; }
    int size() const { return m_size; }
    // Points appended since the history was last reset (grows past capacity): lets a view
    // redraw only what is new.
    qint64 appendedCount() const { return m_appended; }
    // Point 0 is the oldest.
    qint64 timeMs(int point) const;
    float corePercent(int point, int core) const;
    float corePackets(int point, int core) const;
    // The newest point's cores, with the queues and flows of the newest sample.
    const NetworkSample &latest() const { return m_latest; }
    bool hasLatest() const { return m_size > 0; }

    // A core's history as (seconds before the newest point, percent), oldest first, at most
    // maxPoints (each kept point the peak of the points it stands for). Reuses out's storage.
    void series(int core, QList<QPointF> *out, int maxPoints) const;

    static QString csvHeader(int cores);
    // One row per point: time in seconds, then every core's percent, then every core's packets/s.
    bool writeCsv(QIODevice *device, Error *error) const;

signals:
    void pointAdded();
    void historyReset();

private:
    int slot(int point) const { return (m_head - m_size + point + m_capacity) % m_capacity; }
    void resize(int cores);
    void flush(qint64 timeMs);

    QString m_hostName;
    int m_rateHz = DefaultRateHz;
    int m_historySeconds = DefaultHistorySeconds;
    int m_capacity = 0;
    int m_cores = 0;
    int m_head = 0; // next slot to write
    int m_size = 0;
    qint64 m_appended = 0;
    bool m_paused = false;
    std::vector<float> m_percent; // capacity x cores
    std::vector<float> m_packets;
    std::vector<qint64> m_times;
    // The bucket being averaged.
    std::vector<double> m_sumPercent;
    std::vector<double> m_sumPackets;
    int m_bucketSamples = 0;
    qint64 m_bucketEndMs = -1;
    NetworkSample m_latest;
    NetworkSample m_pending; // the newest raw sample of the open bucket
};

} // namespace hvdesk
