// The /proc and /sys parsers of the local backend, on captured samples (including offline CPUs,
// summary lines and short softnet_stat lines) and on this machine's own files.
#include <local/ProcNetStats.h>

#include <QFile>

#include <gtest/gtest.h>

using namespace hvdesk;
using namespace hvdesk::local;

namespace {

QString sample(const char *name)
{
    Error error;
    const QString text = ProcNetStats::readFile(QStringLiteral(HVDESK_TEST_DATA_DIR "/proc/") + QLatin1String(name), &error);
    EXPECT_TRUE(error.isNull()) << error.text().toStdString();
    return text;
}

} // namespace

TEST(ProcNetStats, InterruptsPerQueuePerCpu)
{
    const auto t = ProcNetStats::parseInterrupts(sample("interrupts-4cpu.txt"));
    EXPECT_EQ(t.cpus, (QList<int>{0, 1, 2, 3}));
    ASSERT_EQ(t.lines.size(), 10);
    const auto eth0 = t.forDevice(QStringLiteral("eth0"));
    ASSERT_EQ(eth0.size(), 4); // the device's own vector and three TxRx queues; not eth10
    EXPECT_EQ(eth0.at(0).irq, QStringLiteral("128"));
    EXPECT_EQ(eth0.at(0).perCpu, (QList<quint64>{912345, 0, 0, 0}));
    EXPECT_EQ(eth0.at(2).name(), QStringLiteral("eth0-TxRx-1"));
    EXPECT_EQ(eth0.at(2).perCpu, (QList<quint64>{98, 0, 700001, 0}));
    EXPECT_EQ(eth0.at(3).description, QStringLiteral("IR-PCI-MSI 1048579-edge eth0-TxRx-2"));
    EXPECT_EQ(t.forDevice(QStringLiteral("eth10")).size(), 1);
    // Summary lines carry one number; the other CPUs read as 0.
    EXPECT_EQ(t.lines.at(8).irq, QStringLiteral("ERR"));
    EXPECT_EQ(t.lines.at(8).perCpu, (QList<quint64>{0, 0, 0, 0}));
    EXPECT_EQ(t.lines.at(6).description, QStringLiteral("Non-maskable interrupts"));
}

TEST(ProcNetStats, InterruptsWithOfflineCpus)
{
    const auto t = ProcNetStats::parseInterrupts(sample("interrupts-offline.txt"));
    EXPECT_EQ(t.cpus, (QList<int>{0, 2, 5}));
    ASSERT_EQ(t.lines.size(), 3);
    EXPECT_EQ(t.lines.at(0).perCpu, (QList<quint64>{10, 20, 30}));
    EXPECT_EQ(t.lines.at(0).name(), QStringLiteral("virtio1-input.0"));
    // A short line (a CPU went offline while the file was written) is padded, not misread.
    EXPECT_EQ(t.lines.at(1).perCpu, (QList<quint64>{1, 2, 0}));
    EXPECT_EQ(t.lines.at(1).name(), QStringLiteral("virtio1-output.0"));
    EXPECT_EQ(t.lines.at(2).perCpu, (QList<quint64>{3, 0, 0}));
}

TEST(ProcNetStats, EmptyInputs)
{
    EXPECT_TRUE(ProcNetStats::parseInterrupts(QString()).lines.isEmpty());
    EXPECT_TRUE(ProcNetStats::parseSoftirqs(QString()).cpus.isEmpty());
    EXPECT_TRUE(ProcNetStats::parseSoftnetStat(QString()).isEmpty());
}

TEST(ProcNetStats, SoftirqsNetRxNetTx)
{
    const auto s = ProcNetStats::parseSoftirqs(sample("softirqs-4cpu.txt"));
    EXPECT_EQ(s.cpus, (QList<int>{0, 1, 2, 3}));
    EXPECT_EQ(s.netRx, (QList<quint64>{9000001, 8000002, 7000003, 6000004}));
    EXPECT_EQ(s.netTx, (QList<quint64>{100, 200, 300, 400}));
}

TEST(ProcNetStats, SoftirqsOfflineCpusAndMissingLines)
{
    const auto s = ProcNetStats::parseSoftirqs(sample("softirqs-offline.txt"));
    EXPECT_EQ(s.cpus, (QList<int>{0, 3}));
    EXPECT_EQ(s.netRx, (QList<quint64>{555, 0}));
    EXPECT_EQ(s.netTx, (QList<quint64>{0, 0})); // no NET_TX line at all
}

TEST(ProcNetStats, SoftnetStatWithCpuColumn)
{
    const auto rows = ProcNetStats::parseSoftnetStat(sample("softnet_stat-13col.txt"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).cpu, 0);
    EXPECT_EQ(rows.at(0).processed, 123456u);
    EXPECT_EQ(rows.at(0).dropped, 0u);
    EXPECT_EQ(rows.at(0).timeSqueeze, 3u);
    // Offline CPU 1 has no line: the CPU column says the second line is CPU 2.
    EXPECT_EQ(rows.at(1).cpu, 2);
    EXPECT_EQ(rows.at(1).processed, 100000u);
    EXPECT_EQ(rows.at(1).dropped, 16u);
    EXPECT_EQ(rows.at(1).timeSqueeze, 10u);
    EXPECT_EQ(rows.at(1).columns, 13);
}

TEST(ProcNetStats, SoftnetStatOlderKernelsAndShortLines)
{
    const auto old = ProcNetStats::parseSoftnetStat(sample("softnet_stat-11col.txt"));
    ASSERT_EQ(old.size(), 2);
    EXPECT_EQ(old.at(0).processed, 255u);
    EXPECT_EQ(old.at(0).dropped, 1u);
    EXPECT_EQ(old.at(0).timeSqueeze, 2u);
    EXPECT_EQ(old.at(1).cpu, 1); // no CPU column: the line number
    EXPECT_EQ(old.at(1).columns, 11);
    const auto shortLine = ProcNetStats::parseSoftnetStat(sample("softnet_stat-short.txt"));
    ASSERT_EQ(shortLine.size(), 1);
    EXPECT_EQ(shortLine.at(0).processed, 10u);
    EXPECT_EQ(shortLine.at(0).dropped, 2u);
    EXPECT_EQ(shortLine.at(0).timeSqueeze, 0u);
}

TEST(ProcNetStats, SysClassNetQueues)
{
    const auto q = ProcNetStats::readQueues(QStringLiteral(HVDESK_TEST_DATA_DIR "/sysfs-net"));
    ASSERT_EQ(q.size(), 2); // sit0 has no queues directory
    EXPECT_EQ(q.at(0).device, QStringLiteral("eth0"));
    EXPECT_EQ(q.at(0).rxQueues, 4);
    EXPECT_EQ(q.at(0).txQueues, 2);
    EXPECT_EQ(q.at(1).device, QStringLiteral("lo"));
    EXPECT_EQ(q.at(1).rxQueues, 1);
    EXPECT_EQ(q.at(1).txQueues, 1);
    EXPECT_TRUE(ProcNetStats::readQueues(QStringLiteral(HVDESK_TEST_DATA_DIR "/no-such-dir")).isEmpty());
}

TEST(ProcNetStats, MissingFileIsAnErrorNamingIt)
{
    Error error;
    EXPECT_TRUE(ProcNetStats::readFile(QStringLiteral("/proc/no-such-file"), &error).isEmpty());
    EXPECT_EQ(error.code, QStringLiteral("procfs.read"));
    EXPECT_EQ(error.field, QStringLiteral("/proc/no-such-file"));
}

// This machine's own files: the parsers agree with the kernel's headers, whatever the CPU count.
TEST(ProcNetStats, LiveReadOfThisMachine)
{
    Error error;
    const QString interrupts = ProcNetStats::readFile(QStringLiteral("/proc/interrupts"), &error);
    ASSERT_TRUE(error.isNull()) << error.text().toStdString();
    const auto t = ProcNetStats::parseInterrupts(interrupts);
    const int headerCpus = int(interrupts.section(QLatin1Char('\n'), 0, 0).count(QLatin1String("CPU")));
    ASSERT_GT(headerCpus, 0);
    EXPECT_EQ(t.cpus.size(), headerCpus);
    ASSERT_FALSE(t.lines.isEmpty());
    for (const auto &line : t.lines)
        EXPECT_EQ(line.perCpu.size(), headerCpus) << line.irq.toStdString();

    const auto s = ProcNetStats::parseSoftirqs(ProcNetStats::readFile(QStringLiteral("/proc/softirqs"), &error));
    ASSERT_TRUE(error.isNull()) << error.text().toStdString();
    EXPECT_EQ(s.cpus, t.cpus);
    EXPECT_EQ(s.netRx.size(), s.cpus.size());
    EXPECT_EQ(s.netTx.size(), s.cpus.size());

    const auto rows = ProcNetStats::parseSoftnetStat(ProcNetStats::readFile(QStringLiteral("/proc/net/softnet_stat"), &error));
    ASSERT_TRUE(error.isNull()) << error.text().toStdString();
    // One line per online CPU.
    EXPECT_EQ(rows.size(), t.cpus.size());

    if (QFile::exists(QStringLiteral("/sys/class/net/lo/queues"))) {
        const auto queues = ProcNetStats::readQueues(QStringLiteral("/sys/class/net"));
        const auto lo = std::find_if(queues.begin(), queues.end(), [](const auto &q) { return q.device == QLatin1String("lo"); });
        ASSERT_NE(lo, queues.end());
        EXPECT_GE(lo->rxQueues, 1);
    }
}

TEST(ProcNetStats, StatPerCpuLines)
{
    const auto t = ProcNetStats::parseStat(QStringLiteral("cpu  9 9 9 9 9 9 9 9 9 9\n"
                                                          "cpu0 10 1 20 300 4 5 6 7 8 9\n"
                                                          "cpu3 1 2 3\n"
                                                          "intr 1 2 3\nctxt 5\ncpufreq 1\n"));
    ASSERT_EQ(t.size(), 2); // not the summary line, not "cpufreq"
    EXPECT_EQ(t[0].cpu, 0);
    EXPECT_EQ(t[0].irq, 5u);
    EXPECT_EQ(t[0].softirq, 6u);
    EXPECT_EQ(t[0].total(), 10u + 1 + 20 + 300 + 4 + 5 + 6 + 7); // guest time is already in user
    EXPECT_EQ(t[1].cpu, 3);                                       // CPUs 1 and 2 are offline
    EXPECT_EQ(t[1].total(), 6u);                                  // missing columns read 0
}

TEST(ProcNetStats, CpuListsAndMasks)
{
    EXPECT_EQ(ProcNetStats::parseCpuList(QStringLiteral("0-3,8,10-11\n")), (QList<int>{0, 1, 2, 3, 8, 10, 11}));
    EXPECT_EQ(ProcNetStats::parseCpuList(QStringLiteral("5")), (QList<int>{5}));
    EXPECT_TRUE(ProcNetStats::parseCpuList(QString()).isEmpty());
    EXPECT_EQ(ProcNetStats::parseCpuMask(QStringLiteral("f\n")), (QList<int>{0, 1, 2, 3}));
    EXPECT_EQ(ProcNetStats::parseCpuMask(QStringLiteral("00000001,00000100")), (QList<int>{8, 32}));
    EXPECT_TRUE(ProcNetStats::parseCpuMask(QStringLiteral("00000000,00000000")).isEmpty());
    EXPECT_TRUE(ProcNetStats::parseCpuMask(QStringLiteral("zz")).isEmpty());
}
