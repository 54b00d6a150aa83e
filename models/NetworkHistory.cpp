#include "NetworkHistory.h"

#include <QIODevice>
#include <QTextStream>

#include <algorithm>

namespace hvdesk {

NetworkHistory::NetworkHistory(QObject *parent)
    : QObject(parent)
{
    m_capacity = m_historySeconds * m_rateHz;
}

void NetworkHistory::setHostName(const QString &hostName)
{
    if (hostName == m_hostName)
        return;
    m_hostName = hostName;
    clear();
}

void NetworkHistory::setRateHz(int hz)
{
    hz = std::clamp(hz, MinRateHz, MaxRateHz);
    if (hz == m_rateHz)
        return;
    m_rateHz = hz;
    m_capacity = m_historySeconds * m_rateHz;
    clear();
}

void NetworkHistory::setHistorySeconds(int seconds)
{
    seconds = std::clamp(seconds, MinHistorySeconds, MaxHistorySeconds);
    if (seconds == m_historySeconds)
        return;
    // Keep the newest points that fit in the new length.
    const int newCapacity = seconds * m_rateHz;
    const int keep = std::min(m_size, newCapacity);
    std::vector<float> percent(static_cast<size_t>(newCapacity) * m_cores), packets(static_cast<size_t>(newCapacity) * m_cores);
    std::vector<qint64> times(static_cast<size_t>(newCapacity));
    for (int i = 0; i < keep; ++i) {
        const int from = slot(m_size - keep + i);
        std::copy_n(m_percent.begin() + qsizetype(from) * m_cores, m_cores, percent.begin() + qsizetype(i) * m_cores);
        std::copy_n(m_packets.begin() + qsizetype(from) * m_cores, m_cores, packets.begin() + qsizetype(i) * m_cores);
        times[size_t(i)] = m_times[size_t(from)];
    }
    m_historySeconds = seconds;
    m_capacity = newCapacity;
    m_percent = std::move(percent);
    m_packets = std::move(packets);
    m_times = std::move(times);
    m_size = keep;
    m_head = keep % m_capacity;
    m_appended = keep;
    emit historyReset();
}

void NetworkHistory::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_bucketSamples = 0;
        m_bucketEndMs = -1;
    }
}

void NetworkHistory::clear()
{
    m_appended = 0;
    m_size = 0;
    m_head = 0;
    m_bucketSamples = 0;
    m_bucketEndMs = -1;
    std::fill(m_sumPercent.begin(), m_sumPercent.end(), 0.0);
    std::fill(m_sumPackets.begin(), m_sumPackets.end(), 0.0);
    m_latest = NetworkSample();
    resize(m_cores);
    emit historyReset();
}

void NetworkHistory::resize(int cores)
{
    m_cores = cores;
    m_percent.assign(size_t(m_capacity) * cores, 0.f);
    m_packets.assign(size_t(m_capacity) * cores, 0.f);
    m_times.assign(size_t(m_capacity), 0);
    m_sumPercent.assign(size_t(cores), 0.0);
    m_sumPackets.assign(size_t(cores), 0.0);
}

void NetworkHistory::addSample(const NetworkSample &sample)
{
    if (m_paused || (!m_hostName.isEmpty() && sample.hostName != m_hostName))
        return;
    const int cores = int(sample.cores.size());
    if (cores != m_cores) {
        m_appended = 0;
        m_size = 0;
        m_head = 0;
        m_bucketSamples = 0;
        m_bucketEndMs = -1;
        resize(cores);
        emit historyReset();
    }
    const qint64 intervalMs = 1000 / m_rateHz;
    if (m_bucketEndMs < 0)
        m_bucketEndMs = (sample.timeMs + intervalMs - 1) / intervalMs * intervalMs;
    for (int c = 0; c < cores; ++c) {
        m_sumPercent[size_t(c)] += sample.cores[c].percent;
        m_sumPackets[size_t(c)] += sample.cores[c].packetsPerSec;
    }
    ++m_bucketSamples;
    m_pending = sample;
    if (sample.timeMs >= m_bucketEndMs) {
        flush(sample.timeMs);
        m_bucketEndMs = (sample.timeMs / intervalMs + 1) * intervalMs;
    }
}

void NetworkHistory::flush(qint64 timeMs)
{
    if (m_bucketSamples == 0 || m_capacity == 0)
        return;
    const size_t base = size_t(m_head) * m_cores;
    m_latest = m_pending;
    for (int c = 0; c < m_cores; ++c) {
        const double p = m_sumPercent[size_t(c)] / m_bucketSamples;
        const double k = m_sumPackets[size_t(c)] / m_bucketSamples;
        m_percent[base + c] = float(p);
        m_packets[base + c] = float(k);
        m_latest.cores[c].percent = p;
        m_latest.cores[c].packetsPerSec = k;
        m_sumPercent[size_t(c)] = 0;
        m_sumPackets[size_t(c)] = 0;
    }
    m_latest.timeMs = timeMs;
    m_times[size_t(m_head)] = timeMs;
    m_head = (m_head + 1) % m_capacity;
    m_size = std::min(m_size + 1, m_capacity);
    m_bucketSamples = 0;
    ++m_appended;
    emit pointAdded();
}

qint64 NetworkHistory::timeMs(int point) const
{
    return m_times[size_t(slot(point))];
}

float NetworkHistory::corePercent(int point, int core) const
{
    return m_percent[size_t(slot(point)) * m_cores + core];
}

float NetworkHistory::corePackets(int point, int core) const
{
    return m_packets[size_t(slot(point)) * m_cores + core];
}

void NetworkHistory::series(int core, QList<QPointF> *out, int maxPoints) const
{
    out->resize(0);
    if (m_size == 0 || core < 0 || core >= m_cores || maxPoints < 2)
        return;
    const qint64 newest = timeMs(m_size - 1);
    const int stride = (m_size + maxPoints - 1) / maxPoints;
    out->reserve((m_size + stride - 1) / stride);
    for (int start = 0; start < m_size; start += stride) {
        const int end = std::min(m_size, start + stride);
        float peak = 0;
        int at = start;
        for (int i = start; i < end; ++i) {
            const float v = corePercent(i, core);
            if (v >= peak) {
                peak = v;
                at = i;
            }
        }
        out->append(QPointF(double(timeMs(at) - newest) / 1000.0, double(peak)));
    }
}

QString NetworkHistory::csvHeader(int cores)
{
    QStringList columns{QStringLiteral("time_s")};
    for (int c = 0; c < cores; ++c)
        columns << QStringLiteral("cpu%1_percent").arg(c);
    for (int c = 0; c < cores; ++c)
        columns << QStringLiteral("cpu%1_packets_per_s").arg(c);
    return columns.join(QLatin1Char(','));
}

bool NetworkHistory::writeCsv(QIODevice *device, Error *error) const
{
    if (!device || !device->isWritable()) {
        if (error) {
            error->code = QStringLiteral("export.csv");
            error->message = tr("The CSV file is not open for writing.");
            error->fix = tr("Choose a file in a folder you can write to.");
        }
        return false;
    }
    QTextStream out(device);
    out << csvHeader(m_cores) << '\n';
    for (int i = 0; i < m_size; ++i) {
        out << QString::number(double(timeMs(i)) / 1000.0, 'f', 1);
        for (int c = 0; c < m_cores; ++c)
            out << ',' << QString::number(corePercent(i, c), 'f', 1);
        for (int c = 0; c < m_cores; ++c)
            out << ',' << QString::number(qRound64(corePackets(i, c)));
        out << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok) {
        if (error) {
            error->code = QStringLiteral("export.csv");
            error->message = tr("Writing the CSV file failed: %1.").arg(device->errorString());
            error->fix = tr("Check the free space and the permissions of the folder.");
        }
        return false;
    }
    return true;
}

} // namespace hvdesk
