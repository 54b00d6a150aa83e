// The libvirt backend: time from open() to a populated inventory of 1,000 domains on libvirt's
// test hypervisor (a generated node file), next to the same libvirt calls made directly (list,
// info and XML of every domain: what the backend's worker does). scripts/bench.sh prints
// `virsh list --all` on the same file beside it.
#include <local/LocalBackend.h>
#include <local/NetworkSampler.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <libvirt/libvirt.h>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>

using namespace hvdesk;

namespace {

constexpr int DomainCount = 1000;
QString g_nodeFile;

bool writeNode(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("<node><cpu><mhz>2600</mhz><model>x86_64</model><nodes>1</nodes><sockets>2</sockets><cores>16</cores>"
            "<threads>2</threads></cpu><memory>1073741824</memory>"
            "<network><name>default</name><bridge name='virbr0'/><forward mode='nat'/><ip address='192.168.122.1' netmask='255.255.255.0'/></network>\n");
    for (int i = 0; i < DomainCount; ++i) {
        const QByteArray n = QByteArray::number(i);
        f.write("<domain type='test'><name>vm" + n + "</name><uuid>00000000-0000-0000-0000-" + QByteArray::number(i).rightJustified(12, '0')
                + "</uuid><memory unit='KiB'>2097152</memory><vcpu>2</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
                  "<interface type='network'><mac address='52:54:00:00:"
                + QByteArray::number(i / 256, 16).rightJustified(2, '0') + ":" + QByteArray::number(i % 256, 16).rightJustified(2, '0')
                + "'/><source network='default'/><bandwidth><inbound average='12500'/></bandwidth></interface>"
                  "</devices></domain>\n");
    }
    f.write("</node>\n");
    return true;
}

QString nodeUri()
{
    return QStringLiteral("test://") + g_nodeFile;
}

void BM_LocalBackendOpenAndList(benchmark::State &state)
{
    for (auto _ : state) {
        local::LocalBackend backend(nodeUri());
        backend.open();
        QElapsedTimer guard;
        guard.start();
        while (backend.connectionState() == ConnectionState::Connecting && guard.elapsed() < 60'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (backend.vmCount() != DomainCount)
            state.SkipWithError("the inventory did not load");
        benchmark::DoNotOptimize(backend.vmCount());
    }
    state.counters["domains"] = DomainCount;
}
BENCHMARK(BM_LocalBackendOpenAndList)->Unit(benchmark::kMillisecond);

void BM_LibvirtDirectListInfoXml(benchmark::State &state)
{
    for (auto _ : state) {
        virConnectPtr conn = virConnectOpen(nodeUri().toUtf8().constData());
        if (!conn) {
            state.SkipWithError("the node file did not open");
            break;
        }
        virDomainPtr *domains = nullptr;
        const int n = virConnectListAllDomains(conn, &domains, 0);
        for (int i = 0; i < n; ++i) {
            virDomainInfo info;
            virDomainGetInfo(domains[i], &info);
            char *xml = virDomainGetXMLDesc(domains[i], 0);
            benchmark::DoNotOptimize(xml);
            free(xml);
            virDomainFree(domains[i]);
        }
        free(domains);
        virConnectClose(conn);
        if (n != DomainCount) {
            state.SkipWithError("the domains did not load");
            break;
        }
    }
}
BENCHMARK(BM_LibvirtDirectListInfoXml)->Unit(benchmark::kMillisecond);

// One tick of the local host's network sampler on this machine's own /proc and /sys: reading
// every file and computing the sample against the oldest snapshot of its window (what the
// libvirt worker thread does ten times a second while a Network View is open), without libvirt.
void BM_NetworkSamplerTick(benchmark::State &state)
{
    local::NetworkSampler sampler;
    qint64 t = 0;
    for (auto _ : state) {
        t += 100;
        benchmark::DoNotOptimize(sampler.sample(QStringLiteral("here"), t, {}));
    }
}
BENCHMARK(BM_NetworkSamplerTick)->Unit(benchmark::kMicrosecond);

// The two halves: reading the files, and computing a sample from two snapshots.
void BM_NetworkSamplerRead(benchmark::State &state)
{
    const local::NetworkSampler sampler;
    for (auto _ : state)
        benchmark::DoNotOptimize(sampler.read(0));
}
BENCHMARK(BM_NetworkSamplerRead)->Unit(benchmark::kMicrosecond);

void BM_NetworkSamplerCompute(benchmark::State &state)
{
    const local::NetworkSampler sampler;
    const local::HostNetworkSnapshot a = sampler.read(0);
    const local::HostNetworkSnapshot b = sampler.read(1000);
    for (auto _ : state)
        benchmark::DoNotOptimize(local::NetworkSampler::compute(QStringLiteral("here"), a, b));
}
BENCHMARK(BM_NetworkSamplerCompute)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // --node-xml PATH keeps the generated node file, for virsh to list the same domains.
    g_nodeFile = dir.filePath(QStringLiteral("node.xml"));
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--node-xml") == 0)
            g_nodeFile = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (!writeNode(g_nodeFile)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(g_nodeFile));
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
