// The Hyper-V provider of hvdesk-simd through the real request writer, request parser, response
// writer and response parser, without HTTP.
#include <simd/HostInstances.h>
#include <simd/HyperVProvider.h>
#include <simd/SimulationHost.h>

#include <hyperv/CimValues.h>
#include <hyperv/HyperVSchema.h>

#include <simulated/TopologyGenerator.h>
#include <simulated/TopologyLoader.h>

#include <wsman/InstanceXml.h>
#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

#include <limits>

#include <QtPrinters.h>

using namespace hvdesk;
using namespace hvdesk::simd;
using namespace Qt::StringLiterals;
using wsman::Request;
using wsman::Response;

namespace {

class ProviderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        host = std::make_unique<SimulationHost>(sim::TopologyLoader::demo());
        host->setClockMode(SimulationHost::ClockMode::Manual);
        crusader = std::make_unique<HyperVProvider>(*host, u"crusader"_s);
        paladin = std::make_unique<HyperVProvider>(*host, u"paladin"_s);
    }

    static Response call(HyperVProvider &p, const Request &request)
    {
        return wsman::ResponseParser::parse(p.handleEnvelope(wsman::RequestWriter::write(request)));
    }

    // The last VM of the demo on `hostName` in `state`, or null.
    const VmInfo *lastVmOn(const QString &hostName, VmState state) const
    {
        const VmInfo *found = nullptr;
        for (int i = 0; i < host->simulation().vmCount(); ++i) {
            const VmInfo &vm = host->simulation().vm(i);
            if (vm.hostName == hostName && vm.state == state)
                found = &vm;
        }
        return found;
    }

    static QString uri(QLatin1String ns, QLatin1String c) { return hyperv::cim::uri(ns, c); }
    static QString v2(QLatin1String c) { return uri(hyperv::NsVirtualization, c); }

    std::vector<wsman::CimInstance> enumerateAll(HyperVProvider &p, const QString &resourceUri, const QString &wql = {},
        int maxElements = 1000, int *roundTrips = nullptr)
    {
        Request r = Request::enumerate(resourceUri, wql, maxElements);
        r.optimizeEnumeration = true;
        r.maxElements = maxElements;
        if (!wql.isEmpty())
            r.filterDialect = QString(wsman::WqlDialect);
        Response resp = call(p, r);
        int trips = 1;
        std::vector<wsman::CimInstance> items = resp.items;
        while (resp.kind != Response::Kind::Fault && !resp.endOfSequence) {
            resp = call(p, Request::pull(resourceUri, resp.enumerationContext, maxElements));
            ++trips;
            items.insert(items.end(), resp.items.begin(), resp.items.end());
        }
        if (roundTrips)
            *roundTrips = trips;
        return items;
    }

    int vmCountOn(const QString &hostName) const
    {
        int n = 0;
        for (int i = 0; i < host->simulation().vmCount(); ++i)
            n += host->simulation().vm(i).hostName == hostName;
        return n;
    }

    std::unique_ptr<SimulationHost> host;
    std::unique_ptr<HyperVProvider> crusader;
    std::unique_ptr<HyperVProvider> paladin;
};

TEST_F(ProviderTest, IdentifyAnswersAsWinRm)
{
    const Response r = call(*crusader, Request::identify());
    ASSERT_EQ(r.kind, Response::Kind::Identify);
    EXPECT_EQ(r.identify.productVendor, u"Microsoft Corporation"_s);
    EXPECT_TRUE(r.identify.productVersion.contains(u"6.2.9200"_s));
}

TEST_F(ProviderTest, EnumeratesTheHostAndItsVmsInBatchesUntilEndOfSequence)
{
    int trips = 0;
    const auto items = enumerateAll(*crusader, v2(hyperv::cls::ComputerSystem), {}, 3, &trips);
    const int vms = vmCountOn(u"crusader"_s);
    ASSERT_GT(vms, 3);
    EXPECT_EQ(int(items.size()), vms + 1); // the host itself, then its VMs
    EXPECT_EQ(trips, (vms + 1 + 2) / 3);
    EXPECT_EQ(items.front().string(u"Caption"_s), QString(hyperv::HostCaption));
    for (size_t i = 1; i < items.size(); ++i) {
        EXPECT_EQ(items[i].string(u"Caption"_s), QString(hyperv::VmCaption));
        EXPECT_EQ(items[i].string(u"Name"_s)->size(), 36); // the VM's GUID
        EXPECT_EQ(*items[i].string(u"Name"_s), items[i].string(u"Name"_s)->toUpper());
    }
    EXPECT_EQ(crusader->openEnumerationContexts(), 0);
}

TEST_F(ProviderTest, WqlFilterSelectsRunningVms)
{
    const auto items = enumerateAll(*crusader, v2(hyperv::cls::ComputerSystem),
        u"SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 2 AND Caption = 'Virtual Machine'"_s);
    int running = 0;
    for (int i = 0; i < host->simulation().vmCount(); ++i) {
        const VmInfo &vm = host->simulation().vm(i);
        running += vm.hostName == u"crusader"_s && vm.state == VmState::Running;
    }
    ASSERT_GT(running, 0);
    EXPECT_EQ(int(items.size()), running);
    // A namespace-wide resource URI takes its class from the query.
    const auto same = enumerateAll(*crusader, wsman::wmiResourceUri(hyperv::NsVirtualization, u"*"_s),
        u"SELECT Name FROM Msvm_ComputerSystem WHERE EnabledState = 2 AND Caption = 'Virtual Machine'"_s);
    ASSERT_EQ(same.size(), items.size());
    EXPECT_EQ(same.front().properties().size(), 1);
}

TEST_F(ProviderTest, BadWqlIsAFault)
{
    Request r = Request::enumerate(v2(hyperv::cls::ComputerSystem), u"SELECT * FROM"_s, 10);
    r.filterDialect = QString(wsman::WqlDialect);
    const Response resp = call(*crusader, r);
    ASSERT_TRUE(resp.isFault());
    EXPECT_EQ(resp.fault.kind(), wsman::Fault::Kind::CannotProcessFilter);
}

TEST_F(ProviderTest, UnknownOrReleasedContextsAreInvalid)
{
    Response resp = call(
        *crusader, Request::pull(v2(hyperv::cls::ComputerSystem), u"uuid:00000000-0000-0000-0000-000000000000"_s, 5));
    ASSERT_TRUE(resp.isFault());
    EXPECT_EQ(resp.fault.kind(), wsman::Fault::Kind::InvalidEnumerationContext);

    Request e = Request::enumerate(v2(hyperv::cls::ComputerSystem));
    const Response started = call(*crusader, e); // not optimized: everything waits for Pull
    ASSERT_EQ(started.kind, Response::Kind::Enumerate);
    ASSERT_FALSE(started.enumerationContext.isEmpty());
    EXPECT_TRUE(started.items.empty());
    EXPECT_EQ(
        call(*crusader, Request::release(e.resourceUri, started.enumerationContext)).kind, Response::Kind::Release);
    resp = call(*crusader, Request::pull(e.resourceUri, started.enumerationContext, 5));
    ASSERT_TRUE(resp.isFault());
    EXPECT_EQ(resp.fault.kind(), wsman::Fault::Kind::InvalidEnumerationContext);
}

TEST_F(ProviderTest, EnumerationContextsAreBounded)
{
    QStringList contexts;
    for (int i = 0; i < HyperVProvider::MaxEnumerationContexts + 6; ++i)
        contexts << call(*crusader, Request::enumerate(v2(hyperv::cls::ComputerSystem))).enumerationContext;
    EXPECT_EQ(crusader->openEnumerationContexts(), HyperVProvider::MaxEnumerationContexts);
    // The newest still works.
    EXPECT_EQ(call(*crusader, Request::pull(v2(hyperv::cls::ComputerSystem), contexts.last(), 100)).kind,
        Response::Kind::Pull);
}

TEST_F(ProviderTest, EnvelopeSizeLimitsABatch)
{
    Request r = Request::enumerate(v2(hyperv::cls::ComputerSystem), {}, 1000);
    r.optimizeEnumeration = true;
    r.maxElements = 1000;
    r.maxEnvelopeSize = 8192 + 1500; // room for about two items
    const Response resp = call(*crusader, r);
    ASSERT_EQ(resp.kind, Response::Kind::Enumerate);
    EXPECT_GE(resp.items.size(), 1u);
    EXPECT_LT(int(resp.items.size()), vmCountOn(u"crusader"_s) + 1);
    EXPECT_FALSE(resp.endOfSequence);
}

TEST(ProviderEnvelopes, EveryItemOnceAndEveryEnvelopeFilledWithinMaxEnvelopeSize)
{
    // 1,000 VMs in envelopes of at most 64 KB: the provider measures what it writes, so each
    // envelope stays within the limit and only an item that no longer fits waits for the next.
    SimulationHost host(sim::TopologyGenerator::generate(1, 1000, 1));
    host.setClockMode(SimulationHost::ClockMode::Manual);
    const QString hostName = host.simulation().hosts().front().name;
    HyperVProvider provider(host, hostName);
    const QString resource = hyperv::cim::uri(hyperv::NsVirtualization, hyperv::cls::ComputerSystem);
    constexpr int Limit = 65536;

    Request request = Request::enumerate(resource, {}, 1000);
    request.maxEnvelopeSize = Limit;
    QByteArray envelope = provider.handleEnvelope(wsman::RequestWriter::write(request));
    QSet<QString> names;
    int envelopes = 0;
    qsizetype largestItem = 0;
    for (;;) {
        ++envelopes;
        ASSERT_LE(envelope.size(), Limit);
        const Response r = wsman::ResponseParser::parse(envelope);
        ASSERT_TRUE(r.isValid()) << r.error.message.toStdString();
        ASSERT_FALSE(r.isFault()) << r.fault.reason.toStdString();
        ASSERT_FALSE(r.items.empty());
        for (const wsman::CimInstance &i : r.items)
            names.insert(*i.string(u"Name"_s));
        largestItem = qMax(largestItem, envelope.size() / qsizetype(r.items.size()) * 2);
        if (r.endOfSequence) {
            EXPECT_TRUE(r.enumerationContext.isEmpty());
            break;
        }
        // Full: the next item would not have fitted in what the header reserve leaves.
        EXPECT_GT(envelope.size(), Limit - HyperVProvider::EnvelopeHeaderReserve - largestItem);
        ASSERT_LT(envelopes, 100);
        Request pull = Request::pull(resource, r.enumerationContext, 1000);
        pull.maxEnvelopeSize = Limit;
        envelope = provider.handleEnvelope(wsman::RequestWriter::write(pull));
    }
    EXPECT_EQ(names.size(), 1001); // the host and its VMs, each once
    EXPECT_GT(envelopes, 5);
    EXPECT_EQ(provider.openEnumerationContexts(), 0);
}

namespace {

// A provider's envelope without what differs from one request to the next: message ids and the
// enumeration context's name.
QByteArray comparable(QByteArray envelope, const QString &context)
{
    static const QRegularExpression ids(u"<a:(MessageID|RelatesTo)>[^<]*</a:"_s);
    QString text = QString::fromUtf8(envelope).replace(ids, u"<a:\\1>id</a:"_s);
    if (!context.isEmpty())
        text.replace(context, u"context"_s);
    return text.toUtf8();
}

} // namespace

TEST(ProviderEnvelopes, VmsWrittenFromTheSimulationAndFromTheirObjectsGiveTheSameEnvelopes)
{
    // Without a filter the VMs are written straight from the simulation; a filter that keeps
    // every object takes the general way (objects mapped, then written). Both must send the same
    // bytes in the same envelopes, however the enumeration is cut.
    SimulationHost host(sim::TopologyGenerator::generate(1, 300, 3));
    host.setClockMode(SimulationHost::ClockMode::Manual);
    host.advance(4321);
    const QString hostName = host.simulation().hosts().front().name;
    HyperVProvider provider(host, hostName);
    const QString resource = hyperv::cim::uri(hyperv::NsVirtualization, hyperv::cls::ComputerSystem);
    const auto envelopes = [&](const QString &wql, int maxElements, int limit, bool optimize) {
        QList<QByteArray> out;
        // Not optimized: the Enumerate carries no items and no MaxElements, the Pulls all of them.
        Request request = Request::enumerate(resource, wql, optimize ? maxElements : 0);
        request.maxEnvelopeSize = limit;
        if (!wql.isEmpty())
            request.filterDialect = QString(wsman::WqlDialect);
        QByteArray envelope = provider.handleEnvelope(wsman::RequestWriter::write(request));
        for (int round = 0; round < 400; ++round) {
            const Response r = wsman::ResponseParser::parse(envelope);
            EXPECT_FALSE(r.isFault()) << r.fault.reason.toStdString();
            out << comparable(envelope, r.enumerationContext);
            if (r.isFault() || r.endOfSequence)
                break;
            Request pull = Request::pull(resource, r.enumerationContext, maxElements);
            pull.maxEnvelopeSize = limit;
            envelope = provider.handleEnvelope(wsman::RequestWriter::write(pull));
        }
        return out;
    };
    struct Cut
    {
        int maxElements;
        int limit;
        bool optimize;
        int envelopes;
    };
    for (const Cut &cut : { Cut { 1000, 512000, true, 1 }, Cut { 7, 512000, true, 43 }, Cut { 1000, 20000, true, 0 },
             Cut { 120, 512000, false, 4 } }) {
        const QList<QByteArray> direct = envelopes({}, cut.maxElements, cut.limit, cut.optimize);
        const QList<QByteArray> general
            = envelopes(u"SELECT * FROM Msvm_ComputerSystem"_s, cut.maxElements, cut.limit, cut.optimize);
        if (cut.envelopes > 0)
            EXPECT_EQ(direct.size(), cut.envelopes) << cut.maxElements;
        else
            EXPECT_GT(direct.size(), 5); // cut by the envelope size
        EXPECT_EQ(direct, general) << cut.maxElements << " " << cut.limit;
    }
    EXPECT_EQ(provider.openEnumerationContexts(), 0);
}

TEST_F(ProviderTest, VmsWrittenFromTheSimulationAreTheirObjectsWritten)
{
    HostInstances instances(*host, u"crusader"_s);
    const auto viaObject = [&](const VmInfo &vm) {
        wsman::XmlOut out;
        wsman::InstanceXml::writeInstance(out, instances.vmSystem(vm), QString());
        return out.take();
    };
    const auto direct = [](const VmInfo &vm) {
        wsman::XmlOut out;
        HostInstances::writeVmSystem(out, vm);
        return out.take();
    };
    for (int i = 0; i < host->simulation().vmCount(); ++i)
        EXPECT_EQ(direct(host->simulation().vm(i)), viaObject(host->simulation().vm(i)));
    // Every state, text that needs escaping or is not ASCII, ids that are no plain GUID.
    VmInfo vm = host->simulation().vm(0);
    for (int state = int(VmState::Unknown); state <= int(VmState::Resetting); ++state) {
        vm.state = VmState(state);
        EXPECT_EQ(direct(vm), viaObject(vm)) << state;
    }
    const QStringList texts = { QString(), u"a & b <c> \"d\""_s, u"caf\u00e9 \U0001F600"_s, u"line\r\nnext\ttab"_s,
        QString(QChar(char16_t(0x01))) };
    for (const QString &t : texts) {
        vm.name = t;
        vm.status = t;
        EXPECT_EQ(direct(vm), viaObject(vm)) << t.toStdString();
    }
    const QStringList ids = { QString(), u"not a guid & <more>"_s, u"{0A1B2C3D-aaaa-bbbb-cccc-ddddeeeeffff}"_s,
        u"stra\u00dfe-00000000"_s, QString(80, u'a') };
    for (const QString &id : ids) {
        vm.id = id;
        EXPECT_EQ(direct(vm), viaObject(vm)) << id.toStdString();
    }
    for (const qint64 uptime : { qint64(0), qint64(-1), std::numeric_limits<qint64>::max() }) {
        vm.uptimeMs = uptime;
        EXPECT_EQ(direct(vm), viaObject(vm)) << uptime;
    }
}

TEST_F(ProviderTest, EveryEnumerationShowsTheVmsAsTheyAreNow)
{
    const VmInfo *running = lastVmOn(u"crusader"_s, VmState::Running);
    ASSERT_NE(running, nullptr);
    const QString name = running->id.toUpper();
    const auto onTime = [&] {
        for (const wsman::CimInstance &i : enumerateAll(*crusader, v2(hyperv::cls::ComputerSystem))) {
            if (i.string(u"Name"_s) == name)
                return i.uint64(u"OnTimeInMilliseconds"_s).value_or(0);
        }
        return quint64(0);
    };
    const quint64 before = onTime();
    host->advance(2500);
    const quint64 after = onTime();
    EXPECT_GT(after, before);
    EXPECT_EQ(after, quint64(running->uptimeMs));
}

TEST_F(ProviderTest, GetBySelectorsAndInvalidSelectors)
{
    const VmInfo &vm = host->simulation().vm(0);
    HyperVProvider &p = vm.hostName == u"crusader"_s ? *crusader : vm.hostName == u"paladin"_s ? *paladin : *crusader;
    ASSERT_TRUE(vm.hostName == u"crusader"_s || vm.hostName == u"paladin"_s);
    Response r = call(p,
        Request::get(v2(hyperv::cls::ComputerSystem),
            { { u"CreationClassName"_s, u"Msvm_ComputerSystem"_s }, { u"Name"_s, vm.id.toUpper() } }));
    ASSERT_EQ(r.kind, Response::Kind::Get) << r.fault.reason.toStdString();
    EXPECT_EQ(r.instance.string(u"ElementName"_s), vm.name);

    r = call(p, Request::get(v2(hyperv::cls::ComputerSystem), { { u"Nmae"_s, vm.id } }));
    ASSERT_TRUE(r.isFault());
    EXPECT_EQ(r.fault.kind(), wsman::Fault::Kind::InvalidSelectors);
    r = call(p,
        Request::get(v2(hyperv::cls::ComputerSystem),
            { { u"CreationClassName"_s, u"Msvm_ComputerSystem"_s }, { u"Name"_s, u"no-such-vm"_s } }));
    ASSERT_TRUE(r.isFault());
    EXPECT_EQ(r.fault.kind(), wsman::Fault::Kind::InvalidSelectors);
}

TEST_F(ProviderTest, UnknownClassAndNamespaceAreWmiFaults)
{
    Response r = call(*crusader, Request::enumerate(v2("Msvm_NoSuchClass"_L1)));
    ASSERT_TRUE(r.isFault());
    EXPECT_TRUE(r.fault.hasWmiError);
    EXPECT_EQ(r.fault.wmiErrorCode, QString::number(hyperv::WbemInvalidClass));
    // A standalone host has no cluster namespace; a cluster node has.
    r = call(*paladin, Request::enumerate(uri(hyperv::NsCluster, hyperv::cls::Cluster)));
    ASSERT_TRUE(r.isFault());
    EXPECT_EQ(r.fault.wmiErrorCode, QString::number(hyperv::WbemInvalidNamespace));
    const auto clusters = enumerateAll(*crusader, uri(hyperv::NsCluster, hyperv::cls::Cluster));
    ASSERT_EQ(clusters.size(), 1u);
    EXPECT_EQ(clusters.front().string(u"Name"_s), u"warrior"_s);
    EXPECT_EQ(enumerateAll(*crusader, uri(hyperv::NsCluster, hyperv::cls::ClusterNode)).size(), 2u);
}

TEST_F(ProviderTest, MessageIdWithoutUuidPrefixIsEchoed)
{
    Request r = Request::enumerate(v2(hyperv::cls::ComputerSystem));
    r.messageId = u"7A1F3C2E-0000-4000-8000-000000000001"_s;
    const Response resp = call(*crusader, r);
    EXPECT_EQ(resp.relatesTo, r.messageId);
    r.messageId = u"uuid:7A1F3C2E-0000-4000-8000-000000000002"_s;
    EXPECT_EQ(call(*crusader, r).relatesTo, r.messageId);
}

const VmInfo *vmNamed(const SimulationHost &h, const QString &name)
{
    for (int i = 0; i < h.simulation().vmCount(); ++i) {
        if (h.simulation().vm(i).name == name)
            return &h.simulation().vm(i);
    }
    return nullptr;
}

wsman::Epr vmEpr(const VmInfo &vm)
{
    return wsman::Epr::make(hyperv::cim::uri(hyperv::NsVirtualization, hyperv::cls::ComputerSystem),
        { { u"CreationClassName"_s, u"Msvm_ComputerSystem"_s }, { u"Name"_s, vm.id.toUpper() } });
}

TEST_F(ProviderTest, RequestStateChangeStartsAJobThatCompletes)
{
    const VmInfo *off = lastVmOn(u"crusader"_s, VmState::Off);
    ASSERT_NE(off, nullptr);
    const QString id = off->id;
    Response r = call(*crusader,
        Request::invoke(vmEpr(*off), u"RequestStateChange"_s,
            { { u"RequestedState"_s, hyperv::cim::u16(hyperv::requested::Start) } }));
    ASSERT_EQ(r.kind, Response::Kind::Invoke) << r.fault.reason.toStdString();
    EXPECT_EQ(r.returnValue(), hyperv::ret::JobStarted);
    const std::optional<wsman::Epr> job = r.instance.epr(u"Job"_s);
    ASSERT_TRUE(job);
    r = call(*crusader, Request::get(*job));
    ASSERT_EQ(r.kind, Response::Kind::Get);
    EXPECT_EQ(r.instance.int64(u"JobState"_s), hyperv::job::Running);
    EXPECT_EQ(host->simulation().vm(host->simulation().indexOfVm(id)).state, VmState::Starting);
    host->advance(10'000);
    r = call(*crusader, Request::get(*job));
    EXPECT_EQ(r.instance.int64(u"JobState"_s), hyperv::job::Completed);
    EXPECT_EQ(r.instance.int64(u"PercentComplete"_s), 100);
    EXPECT_EQ(host->simulation().vm(host->simulation().indexOfVm(id)).state, VmState::Running);

    // Starting it again: Hyper-V's "invalid state", synchronously.
    r = call(*crusader,
        Request::invoke(vmEpr(host->simulation().vm(host->simulation().indexOfVm(id))), u"RequestStateChange"_s,
            { { u"RequestedState"_s, hyperv::cim::u16(hyperv::requested::Start) } }));
    EXPECT_EQ(r.returnValue(), hyperv::ret::InvalidState);
}

TEST_F(ProviderTest, NotEnoughMemoryIsAFailedJobWithTheSimulatorsReason)
{
    const VmInfo *labSql = vmNamed(*host, u"lab-sql"_s);
    ASSERT_NE(labSql, nullptr);
    ASSERT_EQ(labSql->hostName, u"paladin"_s);
    Response r = call(*paladin,
        Request::invoke(vmEpr(*labSql), u"RequestStateChange"_s,
            { { u"RequestedState"_s, hyperv::cim::u16(hyperv::requested::Start) } }));
    ASSERT_EQ(r.returnValue(), hyperv::ret::JobStarted);
    const wsman::Epr job = *r.instance.epr(u"Job"_s);
    r = call(*paladin, Request::get(job));
    EXPECT_EQ(r.instance.int64(u"JobState"_s), hyperv::job::Exception);
    EXPECT_EQ(r.instance.int64(u"ErrorCode"_s), hyperv::ret::OutOfMemory);
    EXPECT_TRUE(r.instance.string(u"ErrorDescription"_s)->contains(u"not enough memory"_s));
    r = call(*paladin, Request::invoke(job, u"GetErrorEx"_s, {}));
    ASSERT_EQ(r.returnValue(), 0);
    const auto errors = r.instance.instances(u"Errors"_s);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors.front().string(u"MessageID"_s), u"0x8007000E"_s);
    EXPECT_EQ(errors.front().string(u"ErrorSource"_s), u"memoryStartupBytes"_s);
    EXPECT_FALSE(errors.front().stringList(u"RecommendedActions"_s).isEmpty());
}

TEST_F(ProviderTest, JobsCanBeCancelled)
{
    const VmInfo *off = lastVmOn(u"crusader"_s, VmState::Off);
    ASSERT_NE(off, nullptr);
    const QString id = off->id;
    Response r = call(*crusader,
        Request::invoke(vmEpr(*off), u"RequestStateChange"_s,
            { { u"RequestedState"_s, hyperv::cim::u16(hyperv::requested::Start) } }));
    const wsman::Epr job = *r.instance.epr(u"Job"_s);
    r = call(
        *crusader, Request::invoke(job, u"RequestStateChange"_s, { { u"RequestedState"_s, hyperv::cim::u16(4) } }));
    EXPECT_EQ(r.returnValue(), 0);
    EXPECT_EQ(call(*crusader, Request::get(job)).instance.int64(u"JobState"_s), hyperv::job::Terminated);
    EXPECT_EQ(host->simulation().vm(host->simulation().indexOfVm(id)).state, VmState::Off);
    // A finished job cannot be cancelled.
    r = call(
        *crusader, Request::invoke(job, u"RequestStateChange"_s, { { u"RequestedState"_s, hyperv::cim::u16(4) } }));
    EXPECT_EQ(r.returnValue(), hyperv::ret::InvalidState);
}

TEST_F(ProviderTest, SummaryInformationOfEveryVm)
{
    const auto services = enumerateAll(*crusader, v2(hyperv::cls::ManagementService));
    ASSERT_EQ(services.size(), 1u);
    const wsman::Epr vmms
        = services.front().toEpr({ u"CreationClassName"_s, u"Name"_s, u"SystemCreationClassName"_s, u"SystemName"_s });
    const Response r = call(*crusader,
        Request::invoke(vmms, u"GetSummaryInformation"_s,
            { { u"RequestedInformation"_s, wsman::CimValue::array({ u"0"_s, u"101"_s, u"103"_s }, u"uint32"_s) } }));
    ASSERT_EQ(r.returnValue(), 0) << r.fault.reason.toStdString();
    const auto summary = r.instance.instances(u"SummaryInformation"_s);
    ASSERT_EQ(int(summary.size()), vmCountOn(u"crusader"_s));
    EXPECT_TRUE(summary.front().has(u"ProcessorLoad"_s));
    EXPECT_TRUE(summary.front().has(u"MemoryUsage"_s));
    EXPECT_FALSE(summary.front().has(u"GuestOperatingSystem"_s)); // not asked for
}

TEST_F(ProviderTest, KvpItemsCarryTheGuestsVersion)
{
    const auto kvp = enumerateAll(*crusader, v2(hyperv::cls::KvpExchangeComponent));
    ASSERT_EQ(int(kvp.size()), vmCountOn(u"crusader"_s));
    bool found = false;
    for (const wsman::CimInstance &c : kvp) {
        const VmInfo *vm = nullptr;
        const int i = host->simulation().indexOfVm(c.string(u"SystemName"_s)->toLower());
        ASSERT_GE(i, 0);
        vm = &host->simulation().vm(i);
        for (const wsman::CimInstance &item : c.instances(u"GuestIntrinsicExchangeItems"_s)) {
            if (item.string(u"Name"_s) == u"IntegrationServicesVersion"_s) {
                EXPECT_EQ(item.string(u"Data"_s), vm->integrationServices.guestVersion);
                found = true;
            }
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ProviderTest, RegistryGivesTheHostsIntegrationServicesVersion)
{
    const wsman::Epr reg = wsman::Epr::make(uri(hyperv::NsDefault, hyperv::cls::StdRegProv), {});
    const Response r = call(*crusader,
        Request::invoke(reg, u"GetStringValue"_s,
            { { u"hDefKey"_s, hyperv::cim::u32(hyperv::HkeyLocalMachine) },
                { u"sSubKeyName"_s, hyperv::cim::str(hyperv::GuestInstallerKey) },
                { u"sValueName"_s, hyperv::cim::str(hyperv::GuestInstallerValue) } }));
    ASSERT_EQ(r.returnValue(), 0) << r.fault.reason.toStdString();
    EXPECT_EQ(r.instance.string(u"sValue"_s), u"6.2.9200.16433"_s);
}

} // namespace
