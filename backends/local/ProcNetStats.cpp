#include "ProcNetStats.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace hvdesk::local {

namespace {

QList<int> headerCpus(const QString &header)
{
    QList<int> cpus;
    static const QRegularExpression cpu(QStringLiteral("CPU(\\d+)"));
    auto it = cpu.globalMatch(header);
    while (it.hasNext())
        cpus << it.next().captured(1).toInt();
    return cpus;
}

QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString ProcNetStats::InterruptLine::name() const
{
    const QStringList w = words(description);
    return w.isEmpty() ? QString() : w.constLast();
}

QList<ProcNetStats::InterruptLine> ProcNetStats::Interrupts::forDevice(const QString &device) const
{
    QList<InterruptLine> out;
    for (const InterruptLine &line : lines) {
        const QString n = line.name();
        if (n == device || n.startsWith(device + QLatin1Char('-')))
            out << line;
    }
    return out;
}

ProcNetStats::Interrupts ProcNetStats::parseInterrupts(const QString &text)
{
    Interrupts out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return out;
    out.cpus = headerCpus(lines.first());
    for (int i = 1; i < lines.size(); ++i) {
        const QString simplified = lines.at(i).simplified();
        const int colon = simplified.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        InterruptLine line;
        line.irq = simplified.left(colon);
        const QStringList w = words(simplified.mid(colon + 1));
        int k = 0;
        for (; k < w.size() && line.perCpu.size() < out.cpus.size(); ++k) {
            bool ok = false;
            const quint64 v = w.at(k).toULongLong(&ok);
            if (!ok)
                break;
            line.perCpu << v;
        }
        // ERR:, MIS: and the like carry one total, not one count per CPU.
        while (line.perCpu.size() < out.cpus.size())
            line.perCpu << 0;
        line.description = w.mid(k).join(QLatin1Char(' '));
        out.lines << line;
    }
    return out;
}

ProcNetStats::Softirqs ProcNetStats::parseSoftirqs(const QString &text)
{
    Softirqs out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return out;
    out.cpus = headerCpus(lines.first());
    auto values = [&](const QString &rest) {
        QList<quint64> v;
        for (const QString &w : words(rest)) {
            if (v.size() == out.cpus.size())
                break;
            v << w.toULongLong();
        }
        while (v.size() < out.cpus.size())
            v << 0;
        return v;
    };
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("NET_RX:")))
            out.netRx = values(line.mid(7));
        else if (line.startsWith(QLatin1String("NET_TX:")))
            out.netTx = values(line.mid(7));
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QList<quint64> v = values(line.mid(colon + 1));
            if (out.all.isEmpty())
                out.all = v;
            else
                for (int c = 0; c < v.size(); ++c)
                    out.all[c] += v[c];
        }
    }
    if (out.all.isEmpty())
        out.all = values(QString());
    if (out.netRx.isEmpty())
        out.netRx = values(QString());
    if (out.netTx.isEmpty())
        out.netTx = values(QString());
    return out;
}

QList<ProcNetStats::SoftnetRow> ProcNetStats::parseSoftnetStat(const QString &text)
{
    // Columns (hex): processed, dropped, time_squeeze, 5 zeros, cpu_collision, received_rps,
    // flow_limit_count, then since Linux 6.0 backlog length and the CPU number.
    constexpr int CpuColumn = 12;
    QList<SoftnetRow> out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int row = 0; row < lines.size(); ++row) {
        const QStringList w = words(lines.at(row));
        if (w.isEmpty())
            continue;
        auto column = [&](int i) { return i < w.size() ? w.at(i).toULongLong(nullptr, 16) : 0; };
        SoftnetRow r;
        r.columns = int(w.size());
        r.processed = column(0);
        r.dropped = column(1);
        r.timeSqueeze = column(2);
        r.cpu = w.size() > CpuColumn ? int(column(CpuColumn)) : int(out.size());
        out << r;
    }
    return out;
}

QList<ProcNetStats::CpuTimes> ProcNetStats::parseStat(const QString &text)
{
    QList<CpuTimes> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("cpu")) || line.size() < 4 || !line.at(3).isDigit())
            continue;
        const QStringList w = words(line);
        auto column = [&](int i) { return i < w.size() ? w.at(i).toULongLong() : 0; };
        CpuTimes t;
        t.cpu = w.at(0).mid(3).toInt();
        t.user = column(1);
        t.nice = column(2);
        t.system = column(3);
        t.idle = column(4);
        t.iowait = column(5);
        t.irq = column(6);
        t.softirq = column(7);
        t.steal = column(8);
        out << t;
    }
    return out;
}

QList<int> ProcNetStats::parseCpuList(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int dash = part.indexOf(QLatin1Char('-'));
        bool ok1 = false, ok2 = false;
        const int first = (dash < 0 ? part : part.left(dash)).trimmed().toInt(&ok1);
        const int last = dash < 0 ? first : part.mid(dash + 1).trimmed().toInt(&ok2);
        if (!ok1 || (dash >= 0 && !ok2) || last < first)
            continue;
        for (int cpu = first; cpu <= last; ++cpu)
            out << cpu;
    }
    return out;
}

QList<int> ProcNetStats::parseCpuMask(const QString &text)
{
    // Words of 32 bits, most significant first, separated by commas.
    QList<int> out;
    const QStringList groups = text.trimmed().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int g = 0; g < groups.size(); ++g) {
        bool ok = false;
        const quint32 bits = groups.at(g).toUInt(&ok, 16);
        if (!ok)
            return {};
        const int base = int(groups.size() - 1 - g) * 32;
        for (int b = 0; b < 32; ++b) {
            if (bits & (1u << b))
                out << base + b;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<ProcNetStats::DeviceQueues> ProcNetStats::readQueues(const QString &sysClassNet)
{
    QList<DeviceQueues> out;
    const QDir root(sysClassNet);
    const QStringList devices = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QString &device : devices) {
        const QDir queues(root.filePath(device + QStringLiteral("/queues")));
        if (!queues.exists())
            continue;
        DeviceQueues q;
        q.device = device;
        for (const QString &entry : queues.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (entry.startsWith(QLatin1String("rx-")))
                ++q.rxQueues;
            else if (entry.startsWith(QLatin1String("tx-")))
                ++q.txQueues;
        }
        out << q;
    }
    return out;
}

QString ProcNetStats::readFile(const QString &path, Error *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error) {
            error->code = QStringLiteral("procfs.read");
            error->field = path;
            error->message = tr("Cannot read %1: %2").arg(path, f.errorString());
            error->fix = tr("The per-core charts need a Linux kernel with procfs mounted; the other views work without it.");
        }
        return QString();
    }
    return QString::fromLatin1(f.readAll());
}

} // namespace hvdesk::local
