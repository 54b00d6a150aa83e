// hvdesk-simd's side of enumerating 1,000 VMs, in process: the provider of one simulated host
// answering an optimized Enumerate of Msvm_ComputerSystem (MaxElements 1000, MaxEnvelopeSize
// 512000) and the Pull that follows, from the parsed request (what the HTTP server hands its
// dispatcher) to the bytes of the envelope. Reports bytes and items per envelope.
#include <simd/HyperVProvider.h>
#include <simd/SimdServer.h>
#include <simd/SimulationHost.h>

#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>

#include <simulated/SimulatedBackend.h>

#include <wsman/Heap.h>
#include <wsman/RequestParser.h>
#include <wsman/RequestWriter.h>

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <memory>

using namespace hvdesk;
using namespace hvdesk::simd;

namespace {

constexpr int MaxElements = 1000;
constexpr int MaxEnvelopeSize = 512000;

struct Estate
{
    Estate()
    {
        Error error;
        std::optional<sim::Topology> topology
            = sim::SimulatedBackend::topologyFor(QStringLiteral("sim:generate?hosts=1&vms=1000&seed=1"), &error);
        if (!topology)
            qFatal("%s", qPrintable(error.text()));
        host = std::make_unique<SimulationHost>(std::move(*topology));
        host->setClockMode(SimulationHost::ClockMode::Manual);
        hostName = host->simulation().hosts().front().name;
        provider = std::make_unique<HyperVProvider>(*host, hostName);
    }
    std::unique_ptr<SimulationHost> host;
    QString hostName;
    std::unique_ptr<HyperVProvider> provider;
};

Estate &estate()
{
    static Estate e;
    return e;
}

const QString Resource = hyperv::cim::uri(hyperv::NsVirtualization, hyperv::cls::ComputerSystem);

// A request as the server's dispatcher gets it: written by a client, parsed by the server.
wsman::Request asReceived(const wsman::Request &request)
{
    wsman::ParsedRequest parsed = wsman::RequestParser::parse(wsman::RequestWriter::write(request));
    if (!parsed.ok())
        qFatal("the request does not parse");
    return parsed.request;
}

wsman::Request enumerateRequest()
{
    wsman::Request r = wsman::Request::enumerate(Resource, QString(), MaxElements);
    r.maxEnvelopeSize = MaxEnvelopeSize;
    return asReceived(r);
}

wsman::Request pullRequest(const QString &context)
{
    wsman::Request r = wsman::Request::pull(Resource, context, MaxElements);
    r.maxEnvelopeSize = MaxEnvelopeSize;
    return asReceived(r);
}

// What the dispatcher of hvdesk-simd does with a request: the envelope it hands to HTTP.
wsman::Reply answer(HyperVProvider &provider, const wsman::Request &request)
{
    return provider.reply(request);
}

// The EnumerationContext of an envelope (the server's own output, so a plain search will do).
QString contextOf(const QByteArray &envelope)
{
    const qsizetype start = envelope.indexOf("<n:EnumerationContext>");
    if (start < 0)
        return QString();
    const qsizetype from = start + qsizetype(qstrlen("<n:EnumerationContext>"));
    return QString::fromUtf8(envelope.mid(from, envelope.indexOf('<', from) - from));
}

qsizetype countItems(const QByteArray &envelope)
{
    return envelope.count("<p:Msvm_ComputerSystem ");
}

void BM_SimdEnumerate1000Vms(benchmark::State &state)
{
    HyperVProvider &provider = *estate().provider;
    const wsman::Request request = enumerateRequest();
    qsizetype bytes = 0;
    qsizetype items = 0;
    for (auto _ : state) {
        const wsman::Reply reply = answer(provider, request);
        state.PauseTiming();
        bytes = reply.envelope.size();
        items = countItems(reply.envelope);
        answer(provider, asReceived(wsman::Request::release(Resource, contextOf(reply.envelope))));
        state.ResumeTiming();
    }
    state.counters["bytes"] = double(bytes);
    state.counters["items"] = double(items);
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}
BENCHMARK(BM_SimdEnumerate1000Vms)->Unit(benchmark::kMillisecond);

void BM_SimdPull1000Vms(benchmark::State &state)
{
    HyperVProvider &provider = *estate().provider;
    const wsman::Request enumerate = enumerateRequest();
    qsizetype bytes = 0;
    qsizetype items = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString context = contextOf(answer(provider, enumerate).envelope);
        const wsman::Request pull = pullRequest(context);
        state.ResumeTiming();
        const wsman::Reply reply = answer(provider, pull);
        state.PauseTiming();
        bytes = reply.envelope.size();
        items = countItems(reply.envelope);
        if (!reply.envelope.contains("<n:EndOfSequence/>"))
            state.SkipWithError("the Pull did not end the enumeration");
        state.ResumeTiming();
    }
    state.counters["bytes"] = double(bytes);
    state.counters["items"] = double(items);
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}
BENCHMARK(BM_SimdPull1000Vms)->Unit(benchmark::kMillisecond);

// An Enumerate and the Pull of its context, bytes out of both.
void enumerateAndPull(benchmark::State &state, const wsman::Request &enumerate)
{
    HyperVProvider &provider = *estate().provider;
    const wsman::Request pullTemplate = pullRequest(QStringLiteral("uuid:0"));
    qsizetype bytes = 0;
    for (auto _ : state) {
        const wsman::Reply first = answer(provider, enumerate);
        wsman::Request pull = pullTemplate;
        pull.enumerationContext = contextOf(first.envelope);
        const wsman::Reply second = answer(provider, pull);
        bytes = first.envelope.size() + second.envelope.size();
        benchmark::DoNotOptimize(second);
    }
    state.counters["bytes"] = double(bytes);
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}

// Both envelopes, as one client's enumeration costs the server.
void BM_SimdEnumerateAndPull1000Vms(benchmark::State &state)
{
    enumerateAndPull(state, enumerateRequest());
}
BENCHMARK(BM_SimdEnumerateAndPull1000Vms)->Unit(benchmark::kMillisecond);

// The general path, which maps the VMs to objects before writing them: the same enumeration
// through a WQL filter that keeps every VM.
void BM_SimdEnumerateAndPullFiltered1000Vms(benchmark::State &state)
{
    wsman::Request filtered
        = wsman::Request::enumerate(Resource, QStringLiteral("SELECT * FROM Msvm_ComputerSystem"), MaxElements);
    filtered.filterDialect = QString(wsman::WqlDialect);
    filtered.maxEnvelopeSize = MaxEnvelopeSize;
    enumerateAndPull(state, asReceived(filtered));
}
BENCHMARK(BM_SimdEnumerateAndPullFiltered1000Vms)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    wsman::keepHeapForEnvelopes(); // as hvdesk-simd does
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
