// WS-Management: parsing an optimized EnumerateResponse of 1,000 Msvm_ComputerSystem-like objects,
// writing 1,000 request envelopes (direct byte building, beside the same Enumerate envelope written
// with QXmlStreamWriter: the reason the writers build bytes directly), the server's side of the
// same (writing the response, parsing the requests), and enumerating 1,000 VMs from the project's
// own server over loopback HTTPS (wall time and round trips).
#include <wsman/RequestParser.h>
#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>
#include <wsman/ResponseWriter.h>
#include <wsman/WsmanClient.h>
#include <wsmanserver/Dispatcher.h>
#include <wsmanserver/SelfSignedCertificate.h>
#include <wsmanserver/WsmanServer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmlStreamWriter>

#include <benchmark/benchmark.h>

using namespace hvdesk;
using namespace hvdesk::wsman;

namespace {

constexpr int ItemCount = 1000;
const QString VmUri = wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));

// The properties Windows Server 2019 returns for Msvm_ComputerSystem, with typical values.
CimInstance computerSystem(int n)
{
    CimInstance vm(QStringLiteral("Msvm_ComputerSystem"), VmUri);
    const QString guid = QStringLiteral("%1-52D4-4F6B-9E0A-1C2D3E4F5A6B").arg(n, 8, 16, QLatin1Char('0')).toUpper();
    const auto nil = CimValue::null();
    vm.add(QStringLiteral("AssignedNumaNodeList"), CimValue::array({ QStringLiteral("0") }));
    vm.add(QStringLiteral("AvailableRequestedStates"), nil);
    vm.add(QStringLiteral("Caption"), CimValue(QStringLiteral("Virtual Machine")));
    vm.add(QStringLiteral("CommunicationStatus"), CimValue(QStringLiteral("1")));
    vm.add(QStringLiteral("CreationClassName"), CimValue(QStringLiteral("Msvm_ComputerSystem")));
    vm.add(QStringLiteral("Dedicated"), nil);
    vm.add(QStringLiteral("Description"), CimValue(QStringLiteral("Microsoft Virtual Machine")));
    vm.add(QStringLiteral("DetailedStatus"), nil);
    vm.add(QStringLiteral("ElementName"), CimValue(QStringLiteral("vm-%1").arg(n)));
    vm.add(QStringLiteral("EnabledDefault"), CimValue(QStringLiteral("2")));
    vm.add(QStringLiteral("EnabledState"), CimValue(n % 3 ? QStringLiteral("2") : QStringLiteral("3")));
    vm.add(QStringLiteral("EnhancedSessionModeState"), CimValue(QStringLiteral("3")));
    vm.add(QStringLiteral("FailedOverReplicationType"), CimValue(QStringLiteral("0")));
    vm.add(QStringLiteral("HealthState"), CimValue(QStringLiteral("5")));
    vm.add(QStringLiteral("HwThreadsPerCoreRealized"), CimValue(QStringLiteral("1")));
    vm.add(QStringLiteral("IdentifyingDescriptions"), nil);
    vm.add(QStringLiteral("InstallDate"),
        CimValue(QStringLiteral("2023-05-02T09:14:27.447Z"), QStringLiteral("datetime")));
    vm.add(QStringLiteral("InstanceID"), CimValue(QStringLiteral("Microsoft:") + guid));
    vm.add(QStringLiteral("LastApplicationConsistentReplicationTime"),
        CimValue(QStringLiteral("1601-01-01T00:00:00Z"), QStringLiteral("datetime")));
    vm.add(QStringLiteral("LastReplicationTime"),
        CimValue(QStringLiteral("1601-01-01T00:00:00Z"), QStringLiteral("datetime")));
    vm.add(QStringLiteral("LastReplicationType"), CimValue(QStringLiteral("0")));
    vm.add(QStringLiteral("LastSuccessfulBackupTime"), nil);
    vm.add(QStringLiteral("Name"), CimValue(guid));
    vm.add(QStringLiteral("NameFormat"), nil);
    vm.add(QStringLiteral("NumberOfNumaNodes"), CimValue(QStringLiteral("1")));
    vm.add(QStringLiteral("OnTimeInMilliseconds"), CimValue(QString::number(86400123 + n)));
    vm.add(QStringLiteral("OperatingStatus"), nil);
    vm.add(QStringLiteral("OperationalStatus"), CimValue::array({ QStringLiteral("2") }));
    vm.add(QStringLiteral("OtherDedicatedDescriptions"), nil);
    vm.add(QStringLiteral("OtherEnabledState"), nil);
    vm.add(QStringLiteral("OtherIdentifyingInfo"), nil);
    vm.add(QStringLiteral("PowerManagementCapabilities"), nil);
    vm.add(QStringLiteral("PrimaryOwnerContact"), nil);
    vm.add(QStringLiteral("PrimaryOwnerName"), CimValue(QStringLiteral("CRUSADER\\Administrator")));
    vm.add(QStringLiteral("PrimaryStatus"), nil);
    vm.add(QStringLiteral("ProcessID"), CimValue(QString::number(4000 + n)));
    vm.add(QStringLiteral("ReplicationHealth"), CimValue(QStringLiteral("0")));
    vm.add(QStringLiteral("ReplicationMode"), CimValue(QStringLiteral("0")));
    vm.add(QStringLiteral("ReplicationState"), CimValue(QStringLiteral("0")));
    vm.add(QStringLiteral("ResetCapability"), CimValue(QStringLiteral("1")));
    vm.add(QStringLiteral("Roles"), nil);
    vm.add(QStringLiteral("Status"), nil);
    vm.add(QStringLiteral("StatusDescriptions"), CimValue::array({ QStringLiteral("Operating normally") }));
    vm.add(QStringLiteral("TimeOfLastConfigurationChange"),
        CimValue(QStringLiteral("2024-01-15T17:02:11.901Z"), QStringLiteral("datetime")));
    vm.add(QStringLiteral("TimeOfLastStateChange"),
        CimValue(QStringLiteral("2024-01-15T17:02:11.901Z"), QStringLiteral("datetime")));
    vm.add(QStringLiteral("TransitioningToState"), CimValue(QStringLiteral("5")));
    return vm;
}

const std::vector<CimInstance> &items()
{
    static const std::vector<CimInstance> all = [] {
        std::vector<CimInstance> v;
        for (int n = 0; n < ItemCount; ++n)
            v.push_back(computerSystem(n));
        return v;
    }();
    return all;
}

Request enumerateRequest()
{
    Request r = Request::enumerate(
        VmUri, QStringLiteral("SELECT * FROM Msvm_ComputerSystem WHERE Caption = 'Virtual Machine'"), 1000);
    r.to = QStringLiteral("https://crusader.warrior.example:5986/wsman");
    r.messageId = QStringLiteral("uuid:6E1F3C92-0D57-4E4B-9A21-3B0B6E0E2F10");
    return r;
}

void BM_ParseEnumerateResponse1000(benchmark::State &state)
{
    const QByteArray xml = ResponseWriter::enumerate(enumerateRequest(), items(), {}, true);
    for (auto _ : state) {
        const Response r = parseResponse(xml);
        if (r.items.size() != size_t(ItemCount))
            state.SkipWithError("wrong item count");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(state.iterations() * xml.size());
    state.SetItemsProcessed(state.iterations() * ItemCount);
    state.counters["envelope_bytes"] = double(xml.size());
}
BENCHMARK(BM_ParseEnumerateResponse1000)->Unit(benchmark::kMillisecond);

void BM_WriteEnumerateResponse1000(benchmark::State &state)
{
    const Request request = enumerateRequest();
    for (auto _ : state)
        benchmark::DoNotOptimize(ResponseWriter::enumerate(request, items(), {}, true));
    state.SetItemsProcessed(state.iterations() * ItemCount);
}
BENCHMARK(BM_WriteEnumerateResponse1000)->Unit(benchmark::kMillisecond);

// 1,000 requests of what a console session sends: enumerations, pulls, gets and invokes with a
// reference and an embedded instance.
std::vector<Request> mixedRequests()
{
    std::vector<Request> requests;
    const Epr vm = Epr::make(VmUri,
        { { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_ComputerSystem") },
            { QStringLiteral("Name"), QStringLiteral("8A1B7C3E-52D4-4F6B-9E0A-1C2D3E4F5A6B") } });
    CimInstance bandwidth(QStringLiteral("Msvm_EthernetSwitchPortBandwidthSettingData"));
    bandwidth.set(QStringLiteral("InstanceID"), CimValue(QStringLiteral("Microsoft:8A1B7C3E\\0D3F5A7C\\C\\24B")));
    bandwidth.set(QStringLiteral("Limit"), CimValue(QStringLiteral("1000000000"), QStringLiteral("uint64")));
    bandwidth.set(QStringLiteral("Reservation"), CimValue(QStringLiteral("100000000"), QStringLiteral("uint64")));
    for (int i = 0; i < 1000; ++i) {
        switch (i % 4) {
        case 0:
            requests.push_back(enumerateRequest());
            break;
        case 1:
            requests.push_back(Request::pull(VmUri, QStringLiteral("uuid:0F6A9D3B-5C11-4B7E-A2E4-9D1C7B3E8A55"), 500));
            break;
        case 2:
            requests.push_back(Request::get(vm));
            break;
        default:
            requests.push_back(Request::invoke(
                wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_VirtualSystemManagementService")),
                QStringLiteral("ModifyFeatureSettings"),
                { { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_VirtualSystemManagementService") },
                    { QStringLiteral("Name"), QStringLiteral("vmms") } },
                { { QStringLiteral("AffectedConfiguration"), CimValue::reference(vm) },
                    { QStringLiteral("FeatureSettings"), CimValue::instances({ bandwidth }) } }));
        }
    }
    return requests;
}

void BM_Write1000RequestEnvelopes(benchmark::State &state)
{
    const std::vector<Request> requests = mixedRequests();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const Request &r : requests) {
            const QByteArray xml = RequestWriter::write(r);
            bytes += xml.size();
            benchmark::DoNotOptimize(xml);
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_Write1000RequestEnvelopes)->Unit(benchmark::kMillisecond);

void BM_Parse1000RequestEnvelopes(benchmark::State &state)
{
    std::vector<QByteArray> envelopes;
    for (const Request &r : mixedRequests())
        envelopes.push_back(RequestWriter::write(r));
    for (auto _ : state) {
        for (const QByteArray &xml : envelopes)
            benchmark::DoNotOptimize(RequestParser::parse(xml));
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_Parse1000RequestEnvelopes)->Unit(benchmark::kMillisecond);

// The same Enumerate envelope as RequestWriter writes, through QXmlStreamWriter.
QByteArray enumerateWithStreamWriter(const Request &r)
{
    QByteArray out;
    out.reserve(2048);
    QXmlStreamWriter w(&out);
    const QString s = ns::Soap, a = ns::Addressing, n = ns::Enumeration, wsman = ns::Wsman, p = ns::MsWsman;
    w.writeNamespace(s, QStringLiteral("s"));
    w.writeNamespace(a, QStringLiteral("a"));
    w.writeNamespace(n, QStringLiteral("n"));
    w.writeNamespace(wsman, QStringLiteral("w"));
    w.writeNamespace(p, QStringLiteral("p"));
    w.writeStartElement(s, QStringLiteral("Envelope"));
    w.writeStartElement(s, QStringLiteral("Header"));
    w.writeTextElement(a, QStringLiteral("To"), r.to);
    w.writeStartElement(wsman, QStringLiteral("ResourceURI"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(r.resourceUri);
    w.writeEndElement();
    w.writeStartElement(a, QStringLiteral("ReplyTo"));
    w.writeStartElement(a, QStringLiteral("Address"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString(AnonymousAddress));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(a, QStringLiteral("Action"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(r.effectiveAction());
    w.writeEndElement();
    w.writeStartElement(wsman, QStringLiteral("MaxEnvelopeSize"));
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("true"));
    w.writeCharacters(QString::number(r.maxEnvelopeSize));
    w.writeEndElement();
    w.writeTextElement(a, QStringLiteral("MessageID"), r.messageId);
    w.writeStartElement(wsman, QStringLiteral("Locale"));
    w.writeAttribute(QStringLiteral("xml:lang"), r.locale);
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeEndElement();
    w.writeStartElement(p, QStringLiteral("DataLocale"));
    w.writeAttribute(QStringLiteral("xml:lang"), r.locale);
    w.writeAttribute(s, QStringLiteral("mustUnderstand"), QStringLiteral("false"));
    w.writeEndElement();
    w.writeTextElement(wsman, QStringLiteral("OperationTimeout"), RequestWriter::formatDuration(r.operationTimeoutMs));
    w.writeEndElement(); // Header
    w.writeStartElement(s, QStringLiteral("Body"));
    w.writeStartElement(n, QStringLiteral("Enumerate"));
    w.writeStartElement(wsman, QStringLiteral("Filter"));
    w.writeAttribute(QStringLiteral("Dialect"), r.filterDialect);
    w.writeCharacters(r.filter);
    w.writeEndElement();
    w.writeEmptyElement(wsman, QStringLiteral("OptimizeEnumeration"));
    w.writeTextElement(wsman, QStringLiteral("MaxElements"), QString::number(r.maxElements));
    w.writeEndDocument();
    return out;
}

void BM_WriteEnumerate1000_DirectBytes(benchmark::State &state)
{
    const Request r = enumerateRequest();
    for (auto _ : state) {
        for (int i = 0; i < 1000; ++i)
            benchmark::DoNotOptimize(RequestWriter::write(r));
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_WriteEnumerate1000_DirectBytes)->Unit(benchmark::kMillisecond);

void BM_WriteEnumerate1000_QXmlStreamWriter(benchmark::State &state)
{
    const Request r = enumerateRequest();
    if (!RequestParser::parse(enumerateWithStreamWriter(r)).ok())
        state.SkipWithError("the QXmlStreamWriter envelope does not parse");
    for (auto _ : state) {
        for (int i = 0; i < 1000; ++i)
            benchmark::DoNotOptimize(enumerateWithStreamWriter(r));
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_WriteEnumerate1000_QXmlStreamWriter)->Unit(benchmark::kMillisecond);

// Over loopback HTTPS: the server in this thread, the client too (as on the GUI thread).
class VmDispatcher : public Dispatcher
{
public:
    Reply dispatch(const Request &request, const RequestContext &) override
    {
        const std::vector<CimInstance> &all = items();
        size_t from = 0;
        if (request.operation == Operation::Pull)
            from = request.enumerationContext.toULong();
        else if (request.operation != Operation::Enumerate)
            return Reply::fault(request, Fault::make(Fault::Kind::ActionNotSupported, QStringLiteral("No.")));
        const size_t max = request.maxElements > 0 ? size_t(request.maxElements) : 1;
        const size_t to = std::min(all.size(), from + max);
        const std::vector<CimInstance> slice(all.begin() + qsizetype(from), all.begin() + qsizetype(to));
        const bool end = to == all.size();
        const QString context = end ? QString() : QString::number(to);
        return Reply::ok(request.operation == Operation::Pull
                ? ResponseWriter::pull(request, slice, context, end)
                : ResponseWriter::enumerate(request, slice, context, end));
    }
};

struct Loopback
{
    QTemporaryDir dir;
    VmDispatcher dispatcher;
    SelfSignedCertificate certificate;
    std::unique_ptr<WsmanServer> server;
    Credentials account { QStringLiteral("bench"), QStringLiteral("bench-password") };

    Loopback()
    {
        Error error;
        certificate = SelfSignedCertificate::generate(QStringLiteral("localhost"), {}, dir.path(), &error);
        ServerConfig config;
        config.certificate = certificate.certificate;
        config.privateKey = certificate.key;
        config.accounts = { account };
        config.maxRequestBytes = 512000;
        server = std::make_unique<WsmanServer>(&dispatcher, config);
        server->start(&error);
    }
    ClientOptions options() const
    {
        ClientOptions o;
        o.url = QUrl(QStringLiteral("https://127.0.0.1:%1/wsman").arg(server->port()));
        o.credentials = account;
        o.caCertificates = { certificate.certificate };
        return o;
    }
};

// One server for the whole run, ended in main() while the application object still exists.
std::unique_ptr<Loopback> g_loopback;

Loopback &loopback()
{
    if (!g_loopback)
        g_loopback = std::make_unique<Loopback>();
    return *g_loopback;
}

// Enumerate + Pull until EndOfSequence; returns the number of items.
size_t enumerateAll(WsmanClient &client, int maxElements)
{
    size_t count = 0;
    bool finished = false;
    QEventLoop loop;
    std::function<void(const Response &, const Error &)> next = [&](const Response &r, const Error &e) {
        count += r.items.size();
        if (!e.isNull() || r.endOfSequence) {
            finished = true;
            loop.quit();
            return;
        }
        client.send(Request::pull(VmUri, r.enumerationContext, maxElements), next);
    };
    client.send(Request::enumerate(VmUri, {}, maxElements), next);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return count;
}

void BM_LoopbackHttpsEnumerate1000Vms(benchmark::State &state)
{
    const int maxElements = int(state.range(0));
    WsmanClient client(loopback().options());
    enumerateAll(client, maxElements); // connect and handshake once: the steady state is measured
    const quint64 before = client.roundTrips();
    for (auto _ : state) {
        if (enumerateAll(client, maxElements) != size_t(ItemCount))
            state.SkipWithError("enumeration incomplete");
    }
    state.counters["round_trips"] = double(client.roundTrips() - before) / double(state.iterations());
    state.SetItemsProcessed(state.iterations() * ItemCount);
}
BENCHMARK(BM_LoopbackHttpsEnumerate1000Vms)
    ->Arg(100)
    ->Arg(250)
    ->Arg(1000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

void BM_LoopbackHttpsEnumerate1000VmsNewConnection(benchmark::State &state)
{
    for (auto _ : state) {
        WsmanClient client(loopback().options()); // TCP connect and TLS handshake included
        if (enumerateAll(client, 250) != size_t(ItemCount))
            state.SkipWithError("enumeration incomplete");
    }
    state.SetItemsProcessed(state.iterations() * ItemCount);
}
BENCHMARK(BM_LoopbackHttpsEnumerate1000VmsNewConnection)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    g_loopback.reset();
    return 0;
}
