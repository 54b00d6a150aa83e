#include "TopologyGenerator.h"

#include <QUuid>

namespace hvdesk::sim {

Topology TopologyGenerator::generate(int hostCount, int vmCount, quint64 seed)
{
    constexpr quint64 MiB = 1024ULL * 1024ULL;
    constexpr quint64 GiB = 1024ULL * MiB;
    Topology t;
    t.seed = seed;
    t.name = QStringLiteral("generated-%1x%2").arg(hostCount).arg(vmCount);
    quint64 rng = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    auto next = [&rng] {
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(rng >> 33);
    };

    for (int h = 0; h < hostCount; ++h) {
        HostInfo host;
        host.name = QStringLiteral("hv%1").arg(h + 1, 3, 10, QLatin1Char('0'));
        host.cluster = QStringLiteral("cluster%1").arg(h / 4 + 1);
        host.osName = QStringLiteral("Windows Server 2012 Datacenter");
        host.osBuild = QStringLiteral("6.2.9200");
        host.processorVendor = QStringLiteral("GenuineIntel");
        host.processorModel = QStringLiteral("Intel(R) Xeon(R) CPU E5-2690 0 @ 2.90GHz");
        host.logicalProcessors = 64;
        host.hyperThreading = true;
        host.memoryBytes = 1024 * GiB;
        host.integrationServicesVersion = QStringLiteral("6.2.9200.16433");
        host.maxConfigurationVersion = 40;
        PhysicalNic nic;
        nic.name = QStringLiteral("Ethernet 1");
        nic.description = QStringLiteral("Intel(R) Ethernet Server Adapter X520-2");
        nic.vmq = VmqSettings{true, 32, 2, 16, true};
        nic.rss.enabled = false;
        nic.sriovSupported = true;
        nic.sriovVirtualFunctions = 32;
        nic.ipsecOffloadCapacity = 2048;
        host.nics << nic;
        VirtualSwitch sw;
        sw.name = QStringLiteral("Public");
        sw.boundNic = nic.name;
        sw.iovEnabled = true;
        host.switches << sw;
        host.migration.liveMigrationEnabled = true;
        // Storage for moves: the VMs' Cluster Shared Volume and a local data disk.
        host.volumes << StorageVolume{QStringLiteral("C:\\ClusterStorage\\Volume1"), 65536 * GiB, 32768 * GiB, true}
                     << StorageVolume{QStringLiteral("C:\\"), 2048 * GiB, 1024 * GiB, false};
        t.hosts << host;
    }

    static const QUuid ns(QStringLiteral("{0b7e2c55-3f0e-4d0e-9a57-7d3c2f1b9e42}"));
    for (int v = 0; v < vmCount && hostCount > 0; ++v) {
        SimVmSpec spec;
        VmInfo &vm = spec.info;
        vm.name = QStringLiteral("vm%1").arg(v + 1, 4, 10, QLatin1Char('0'));
        vm.hostName = t.hosts[v % hostCount].name;
        vm.id = QUuid::createUuidV5(ns, QStringLiteral("%1/%2").arg(seed).arg(vm.name)).toString(QUuid::WithoutBraces);
        const quint32 roll = next() % 100;
        vm.state = roll < 70 ? VmState::Running : roll < 90 ? VmState::Off : roll < 95 ? VmState::Saved : VmState::Paused;
        vm.processorCount = 1 + int(next() % 4);
        vm.memoryStartupBytes = (1 + next() % 8) * GiB;
        vm.dynamicMemory = next() % 2 == 0;
        vm.memoryMinimumBytes = 512 * MiB;
        vm.memoryMaximumBytes = vm.memoryStartupBytes * 2;
        vm.uptimeMs = vm.state == VmState::Running || vm.state == VmState::Paused ? qint64(next() % 1000) * 3'600'000 : 0;
        vm.configurationVersion = QStringLiteral("4.0");
        vm.integrationServices.guestVersion =
            next() % 10 == 0 ? QStringLiteral("6.1.7601.17514") : QStringLiteral("6.2.9200.16433");
        NetworkAdapter a;
        a.settings.id = QStringLiteral("Microsoft:%1\\0").arg(vm.id.toUpper());
        a.settings.switchName = QStringLiteral("Public");
        a.settings.macAddress = QStringLiteral("00155D%1").arg(v & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
        a.runtime.macAddress = a.settings.macAddress;
        vm.adapters << a;
        vm.disks << VirtualDisk{QStringLiteral("C:\\ClusterStorage\\Volume1\\%1\\%1.vhdx").arg(vm.name), 40 * GiB, 127 * GiB};
        vm.configurationPath = QStringLiteral("C:\\ClusterStorage\\Volume1\\%1").arg(vm.name);
        spec.behaviour.cpuBaseline = int(next() % 60);
        spec.behaviour.cpuAmplitude = int(next() % 15);
        t.vms << spec;
    }
    return t;
}

} // namespace hvdesk::sim
