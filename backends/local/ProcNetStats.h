#pragma once

#include <models/Error.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hvdesk::local {

// Linux's per-core network processing counters (DOMAIN.md section 3): pure parsers for
// /proc/interrupts, /proc/softirqs and /proc/net/softnet_stat, and a reader of
// /sys/class/net/*/queues/. Tolerant: offline CPUs, short lines and missing columns are read
// as what they are, never as an error; only an unreadable file is.
class ProcNetStats
{
    Q_DECLARE_TR_FUNCTIONS(ProcNetStats)

public:
    struct InterruptLine
    {
        QString irq;              // "24", "NMI", "LOC"
        QList<quint64> perCpu;    // one count per column of the header, missing counts as 0
        QString description;      // "IR-PCI-MSI 524288-edge eth0-TxRx-0"
        QString name() const;     // the last word of the description: "eth0-TxRx-0"
    };
    struct Interrupts
    {
        QList<int> cpus;          // the CPU numbers of the columns (offline CPUs are absent)
        QList<InterruptLine> lines;
        // The queue interrupts of one network device ("eth0-TxRx-0", "eth0-rx-1", "eth0"...).
        QList<InterruptLine> forDevice(const QString &device) const;
    };
    struct Softirqs
    {
        QList<int> cpus;
        QList<quint64> netRx;     // per column of cpus
        QList<quint64> netTx;
        QList<quint64> all;       // every softirq kind together, per column of cpus
    };
    // One "cpuN" line of /proc/stat, in jiffies (USER_HZ). guest and guest_nice are already
    // counted in user and nice, so they are left out of the total.
    struct CpuTimes
    {
        int cpu = 0;
        quint64 user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
        quint64 total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
    };
    struct SoftnetRow
    {
        int cpu = 0;              // column 13 where the kernel writes it, else the row number
        quint64 processed = 0;
        quint64 dropped = 0;      // backlog full
        quint64 timeSqueeze = 0;  // net_rx_action ran out of budget or time
        int columns = 0;          // how many columns the line had
    };
    struct DeviceQueues
    {
        QString device;
        int rxQueues = 0;
        int txQueues = 0;
    };

    static Interrupts parseInterrupts(const QString &text);
    static Softirqs parseSoftirqs(const QString &text);
    static QList<SoftnetRow> parseSoftnetStat(const QString &text);
    // The per-CPU lines of /proc/stat ("cpu0 ..."), not the summary line; missing columns read 0.
    static QList<CpuTimes> parseStat(const QString &text);
    // A kernel CPU list as in /sys/devices/system/cpu/online or thread_siblings_list: "0-3,8,10-11".
    static QList<int> parseCpuList(const QString &text);
    // A hexadecimal CPU mask as in rps_cpus or smp_affinity: "00000000,0000000f" (CPUs 0-3).
    static QList<int> parseCpuMask(const QString &text);
    // The queues of every device under `sysClassNet` (normally /sys/class/net), sorted by name.
    static QList<DeviceQueues> readQueues(const QString &sysClassNet);

    // A whole /proc or /sys file; procfs reports size 0, so it is read to the end.
    static QString readFile(const QString &path, Error *error);
};

} // namespace hvdesk::local
