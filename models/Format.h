#pragma once

#include <QCoreApplication>
#include <QString>

namespace hvdesk {

// How the console writes sizes, rates and durations (as Hyper-V Manager does: memory in MB,
// uptime as d.hh:mm:ss).
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString memoryMB(quint64 bytes);
    static QString bytes(quint64 bytes);       // "1.5 GB", "512 MB"
    static QString uptime(qint64 ms);          // "1.02:03:04", "00:05:00"; empty for 0
    static QString percent(int value);         // "12 %"
    static QString bitsPerSecond(quint64 bps); // "10 Gbps", "250 Mbps"
};

} // namespace hvdesk
