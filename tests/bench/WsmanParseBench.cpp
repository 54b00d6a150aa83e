// The client's parse of what hvdesk-simd really sends for `enumerate 1,000 VMs`: the provider of a
// generated host (sim:generate?hosts=1&vms=1000&seed=1, as scripts/bench.sh serves it) answers an
// optimized Enumerate of Msvm_ComputerSystem; the first envelope (about 700 items, split by the
// 512,000-byte MaxEnvelopeSize) and the Pull with the rest are parsed into CimInstances, as
// WsmanClient does with the bytes it receives. With HVDESK_BENCH_DUMP_DIR set, the two envelopes
// are also written there (enumerate.xml, pull.xml), to time other parsers on the same bytes.
#include <simd/HyperVProvider.h>
#include <simd/SimulationHost.h>
#include <simulated/SimulatedBackend.h>
#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>

#include <QCoreApplication>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace hvdesk;

namespace {

struct Envelopes
{
    QByteArray enumerate;
    QByteArray pull;
};

const Envelopes &envelopes()
{
    static const Envelopes e = [] {
        Error error;
        std::optional<sim::Topology> topology
            = sim::SimulatedBackend::topologyFor(QStringLiteral("sim:generate?hosts=1&vms=1000&seed=1"), &error);
        if (!topology) {
            std::fprintf(stderr, "no topology: %s\n", qPrintable(error.message));
            std::abort();
        }
        const QString hostName = topology->hosts.constFirst().name;
        simd::SimulationHost host(std::move(*topology));
        host.setClockMode(simd::SimulationHost::ClockMode::Manual);
        simd::HyperVProvider provider(host, hostName);
        const QString resource
            = wsman::wmiResourceUri(wsman::wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));
        wsman::Request request = wsman::Request::enumerate(resource, QString(), 1000);
        request.optimizeEnumeration = true;
        request.messageId = QStringLiteral("uuid:6E1F3C92-0D57-4E4B-9A21-3B0B6E0E2F10");
        Envelopes out;
        out.enumerate = provider.handleEnvelope(wsman::RequestWriter::write(request));
        const wsman::Response first = wsman::ResponseParser::parse(out.enumerate);
        wsman::Request pull = wsman::Request::pull(resource, first.enumerationContext, 1000);
        pull.messageId = QStringLiteral("uuid:6E1F3C92-0D57-4E4B-9A21-3B0B6E0E2F11");
        out.pull = provider.handleEnvelope(wsman::RequestWriter::write(pull));
        if (const QString dir = qEnvironmentVariable("HVDESK_BENCH_DUMP_DIR"); !dir.isEmpty()) {
            for (const auto &[name, bytes] :
                { std::pair { "enumerate.xml", out.enumerate }, { "pull.xml", out.pull } }) {
                QFile file(dir + QLatin1Char('/') + QLatin1String(name));
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            }
        }
        return out;
    }();
    return e;
}

void parse(benchmark::State &state, const QByteArray &xml)
{
    size_t items = 0;
    for (auto _ : state) {
        const wsman::Response r = wsman::ResponseParser::parse(xml);
        if (!r.isValid() || r.items.empty())
            state.SkipWithError("the envelope does not parse");
        items = r.items.size();
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * xml.size());
    state.SetItemsProcessed(state.iterations() * qint64(items));
    state.counters["envelope_bytes"] = double(xml.size());
    state.counters["items"] = double(items);
}

void BM_ParseSimdEnumerateResponse(benchmark::State &state)
{
    parse(state, envelopes().enumerate);
}
BENCHMARK(BM_ParseSimdEnumerateResponse)->Unit(benchmark::kMillisecond);

void BM_ParseSimdPullResponse(benchmark::State &state)
{
    parse(state, envelopes().pull);
}
BENCHMARK(BM_ParseSimdPullResponse)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
