#include "Format.h"

#include <QLocale>

namespace hvdesk {

QString Format::memoryMB(quint64 bytes)
{
    return tr("%1 MB").arg(QLocale().toString(qulonglong(bytes / (1024 * 1024))));
}

QString Format::bytes(quint64 bytes)
{
    constexpr double K = 1024.0;
    const double b = double(bytes);
    if (b >= K * K * K * K)
        return tr("%1 TB").arg(QLocale().toString(b / (K * K * K * K), 'f', 1));
    if (b >= K * K * K)
        return tr("%1 GB").arg(QLocale().toString(b / (K * K * K), 'f', 1));
    if (b >= K * K)
        return tr("%1 MB").arg(QLocale().toString(qulonglong(bytes / (1024 * 1024))));
    return tr("%1 KB").arg(QLocale().toString(qulonglong(bytes / 1024)));
}

QString Format::uptime(qint64 ms)
{
    if (ms <= 0)
        return QString();
    qint64 s = ms / 1000;
    const qint64 days = s / 86400;
    s %= 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(s / 3600, 2, 10, QLatin1Char('0'))
                            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? QStringLiteral("%1.%2").arg(days).arg(hms) : hms;
}

QString Format::percent(int value)
{
    return tr("%1 %").arg(value);
}

QString Format::bitsPerSecond(quint64 bps)
{
    if (bps >= 1'000'000'000ULL && bps % 1'000'000'000ULL == 0)
        return tr("%1 Gbps").arg(bps / 1'000'000'000ULL);
    if (bps >= 1'000'000ULL)
        return tr("%1 Mbps").arg(QLocale().toString(qulonglong(bps / 1'000'000ULL)));
    return tr("%1 kbps").arg(QLocale().toString(qulonglong(bps / 1000ULL)));
}

} // namespace hvdesk
