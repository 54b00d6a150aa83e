// Request and response envelopes: what the client writes the server reads identically, what the
// server writes the client reads identically, and real-shaped WinRM responses parse.
#include "WsmanTestUtil.h"

#include <wsman/CimXml.h>
#include <wsman/RequestParser.h>
#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>
#include <wsman/ResponseWriter.h>

using namespace hvdesk;
using namespace hvdesk::wsman;

namespace {

const QString ComputerSystem = wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));
const QString ManagementService
    = wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_VirtualSystemManagementService"));

Request roundTrip(const Request &request)
{
    const ParsedRequest parsed = RequestParser::parse(RequestWriter::write(request));
    EXPECT_TRUE(parsed.ok()) << parsed.fault.reason.toStdString();
    return parsed.request;
}

// The parser keeps the Action as sent; the writer derives it from the operation.
Request withHeaders(Request r)
{
    r.to = QStringLiteral("https://crusader:5986/wsman");
    r.messageId = QStringLiteral("uuid:11111111-2222-3333-4444-555555555555");
    r.action = r.effectiveAction();
    return r;
}

CimInstance sampleVm(int n)
{
    CimInstance vm(QStringLiteral("Msvm_ComputerSystem"), ComputerSystem);
    vm.set(QStringLiteral("Caption"), CimValue(QStringLiteral("Virtual Machine")));
    vm.set(QStringLiteral("ElementName"), CimValue(QStringLiteral("vm & <%1>").arg(n)));
    vm.set(QStringLiteral("EnabledState"), CimValue(QStringLiteral("2")));
    vm.set(QStringLiteral("Dedicated"), CimValue::null());
    vm.set(QStringLiteral("OperationalStatus"), CimValue::array({ QStringLiteral("2"), QStringLiteral("32768") }));
    vm.set(QStringLiteral("InstallDate"),
        CimValue(QStringLiteral("2023-05-02T09:14:27.447Z"), QStringLiteral("datetime")));
    return vm;
}

} // namespace

TEST(RequestEnvelope, EnumerateWithFilterRoundTrips)
{
    Request r = withHeaders(Request::enumerate(wmiResourceUri(wmi::Virtualization, QStringLiteral("*")),
        QStringLiteral("SELECT * FROM Msvm_ComputerSystem WHERE Caption <> 'Hosting'"), 500));
    r.selectors = { { QStringLiteral("__cimnamespace"), QStringLiteral("root/virtualization/v2") } };
    EXPECT_EQ(roundTrip(r), r);
    EXPECT_TRUE(r.optimizeEnumeration);

    const QByteArray xml = RequestWriter::write(r);
    EXPECT_TRUE(xml.contains(
        "<a:Action s:mustUnderstand=\"true\">http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate</a:Action>"));
    EXPECT_TRUE(xml.contains("<w:MaxEnvelopeSize s:mustUnderstand=\"true\">512000</w:MaxEnvelopeSize>"));
    EXPECT_TRUE(xml.contains("<w:OperationTimeout>PT60S</w:OperationTimeout>"));
    EXPECT_TRUE(xml.contains("<w:Locale xml:lang=\"en-US\" s:mustUnderstand=\"false\"/>"));
    EXPECT_TRUE(xml.contains("<w:Filter Dialect=\"http://schemas.microsoft.com/wbem/wsman/1/WQL\">SELECT * FROM "
                             "Msvm_ComputerSystem WHERE Caption &lt;&gt; 'Hosting'</w:Filter>"));
    EXPECT_TRUE(xml.contains("<w:OptimizeEnumeration/><w:MaxElements>500</w:MaxElements>"));
    EXPECT_FALSE(xml.contains('\n')) << "compact output";
}

TEST(RequestEnvelope, EveryOperationRoundTrips)
{
    Request pull = withHeaders(Request::pull(ComputerSystem, QStringLiteral("uuid:ctx-1"), 100));
    pull.operationTimeoutMs = 1500;
    pull.maxEnvelopeSize = 153600;
    pull.locale = QStringLiteral("de-DE");
    EXPECT_EQ(roundTrip(pull), pull);
    EXPECT_TRUE(RequestWriter::write(pull).contains("PT1.500S"));

    EXPECT_EQ(roundTrip(withHeaders(Request::release(ComputerSystem, QStringLiteral("uuid:ctx-1")))),
        withHeaders(Request::release(ComputerSystem, QStringLiteral("uuid:ctx-1"))));

    const Request get = withHeaders(Request::get(ComputerSystem,
        { { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_ComputerSystem") },
            { QStringLiteral("Name"), QStringLiteral("GUID & <1>") } }));
    EXPECT_EQ(roundTrip(get), get);

    CimInstance setting = sampleVm(1);
    setting.setClassName(QStringLiteral("Msvm_VirtualSystemSettingData"));
    setting.setResourceUri(wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_VirtualSystemSettingData")));
    const Request put
        = withHeaders(Request::put(setting, { { QStringLiteral("InstanceID"), QStringLiteral("Microsoft:1") } }));
    EXPECT_EQ(roundTrip(put), put);

    const Request identify = Request::identify();
    const ParsedRequest parsed = RequestParser::parse(RequestWriter::write(identify));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed.request.operation, Operation::Identify);
}

TEST(RequestEnvelope, InvokeWithReferencesAndEmbeddedInstances)
{
    const Epr vm = Epr::make(ComputerSystem,
        { { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_ComputerSystem") },
            { QStringLiteral("Name"), QStringLiteral("8A1B7C3E") } });
    CimInstance bandwidth(QStringLiteral("Msvm_EthernetSwitchPortBandwidthSettingData"));
    bandwidth.set(QStringLiteral("Limit"), CimValue(QStringLiteral("1000000000"), QStringLiteral("uint64")));
    bandwidth.set(QStringLiteral("Reservation"), CimValue::null(QStringLiteral("uint64")));
    Request r = withHeaders(Request::invoke(ManagementService, QStringLiteral("AddFeatureSettings"),
        { { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_VirtualSystemManagementService") },
            { QStringLiteral("Name"), QStringLiteral("vmms") } },
        { { QStringLiteral("AffectedConfiguration"), CimValue::reference(vm) },
            { QStringLiteral("FeatureSettings"), CimValue::instances({ bandwidth, bandwidth }) },
            { QStringLiteral("Single"), CimValue::instance(bandwidth) },
            { QStringLiteral("Targets"), CimValue::references({ vm, vm }) },
            { QStringLiteral("Names"), CimValue::array({ QStringLiteral("a"), QStringLiteral("b") }) },
            { QStringLiteral("Comment"), CimValue(QStringLiteral("x < y")) },
            { QStringLiteral("Nothing"), CimValue::null() } }));
    const QByteArray xml = RequestWriter::write(r);
    EXPECT_TRUE(xml.contains(QByteArray(
        "<a:Action s:mustUnderstand=\"true\">" + ManagementService.toUtf8() + "/AddFeatureSettings</a:Action>")));
    EXPECT_TRUE(
        xml.contains(QByteArray("<p:AddFeatureSettings_INPUT xmlns:p=\"" + ManagementService.toUtf8() + "\">")));
    // Embedded instances travel as escaped CIM-XML text, as WinRM expects.
    EXPECT_TRUE(
        xml.contains("<p:FeatureSettings>&lt;INSTANCE CLASSNAME=\"Msvm_EthernetSwitchPortBandwidthSettingData\"&gt;"));
    EXPECT_TRUE(xml.contains("<p:AffectedConfiguration><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/"
                             "role/anonymous</a:Address>"
                             "<a:ReferenceParameters><w:ResourceURI>"));

    const Request back = roundTrip(r);
    EXPECT_EQ(back.operation, Operation::Invoke);
    EXPECT_EQ(back.method, QStringLiteral("AddFeatureSettings"));
    // The server decodes what the client encoded into the same value model.
    EXPECT_EQ(back.parameters, r.parameters);
    EXPECT_EQ(back, r);
}

TEST(RequestEnvelope, ServerAcceptsMessageIdsWithAndWithoutPrefix)
{
    for (const QString &id : { QStringLiteral("uuid:5B6E2F8A-9C1D-4E3F-A0B7-C2D4E6F8A0B2"),
             QStringLiteral("5B6E2F8A-9C1D-4E3F-A0B7-C2D4E6F8A0B2") }) {
        Request r = Request::get(ComputerSystem, { { QStringLiteral("Name"), QStringLiteral("x") } });
        r.messageId = id;
        const ParsedRequest parsed = RequestParser::parse(RequestWriter::write(r));
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(parsed.request.messageId, id);
        // The response relates to the ID exactly as sent.
        const Response response = parseResponse(ResponseWriter::get(parsed.request, sampleVm(1)));
        EXPECT_EQ(response.relatesTo, id);
    }
}

TEST(RequestEnvelope, ServerFaultsOnBadRequests)
{
    struct Case
    {
        QByteArray xml;
        Fault::Kind kind;
        const char *fragment;
    };
    const QByteArray head = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                            "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
                            "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\" "
                            "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\">";
    const QByteArray uri = "<w:ResourceURI>" + ComputerSystem.toUtf8() + "</w:ResourceURI>";
    const QByteArray id = "<a:MessageID>uuid:1</a:MessageID>";
    const Case cases[] = {
        { "<s:Envelope", Fault::Kind::SchemaValidationError, "line 1" },
        { "<Envelope/>", Fault::Kind::SchemaValidationError, "SOAP 1.2" },
        { head + "<s:Header/></s:Envelope>", Fault::Kind::SchemaValidationError, "no Body" },
        { head + "<s:Header>" + uri + id + "</s:Header><s:Body/></s:Envelope>", Fault::Kind::SchemaValidationError,
            "no Action" },
        { head + "<s:Header><a:Action>http://example.org/Frobnicate</a:Action>" + uri + id
                + "</s:Header><s:Body/></s:Envelope>",
            Fault::Kind::ActionNotSupported, "Frobnicate" },
        { head + "<s:Header><a:Action>http://schemas.xmlsoap.org/ws/2004/09/transfer/Get</a:Action>" + id
                + "</s:Header><s:Body/></s:Envelope>",
            Fault::Kind::DestinationUnreachable, "ResourceURI" },
        { head + "<s:Header><a:Action>http://schemas.xmlsoap.org/ws/2004/09/transfer/Get</a:Action>" + uri
                + "</s:Header><s:Body/></s:Envelope>",
            Fault::Kind::SchemaValidationError, "MessageID" },
        { head + "<s:Header><a:Action>http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull</a:Action>" + uri + id
                + "</s:Header><s:Body><n:Pull/></s:Body></s:Envelope>",
            Fault::Kind::InvalidEnumerationContext, "EnumerationContext" },
        { head + "<s:Header><a:Action>http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate</a:Action>" + uri + id
                + "<w:OperationTimeout>soon</w:OperationTimeout></s:Header><s:Body><n:Enumerate/></s:Body></"
                  "s:Envelope>",
            Fault::Kind::SchemaValidationError, "xs:duration" },
        { head + "<s:Header><a:Action>" + ComputerSystem.toUtf8() + "/RequestStateChange</a:Action>" + uri + id
                + "</s:Header><s:Body><p:Other_INPUT xmlns:p=\"x\"/></s:Body></s:Envelope>",
            Fault::Kind::SchemaValidationError, "does not match" },
    };
    for (const Case &c : cases) {
        const ParsedRequest parsed = RequestParser::parse(c.xml);
        EXPECT_FALSE(parsed.ok()) << c.xml.constData();
        EXPECT_EQ(parsed.fault.kind(), c.kind) << c.xml.constData() << " -> " << parsed.fault.subcode.toStdString();
        EXPECT_TRUE(parsed.fault.reason.contains(QString::fromUtf8(c.fragment)))
            << c.xml.constData() << " -> " << parsed.fault.reason.toStdString();
    }
}

TEST(RequestEnvelope, DurationsParse)
{
    EXPECT_EQ(RequestParser::parseDuration(u"PT60S"), 60000);
    EXPECT_EQ(RequestParser::parseDuration(u"PT60.000S"), 60000);
    EXPECT_EQ(RequestParser::parseDuration(u"PT1M30.5S"), 90500);
    EXPECT_EQ(RequestParser::parseDuration(u"P1DT1H"), 90000000);
    EXPECT_EQ(RequestParser::parseDuration(u"PT"), -1);
    EXPECT_EQ(RequestParser::parseDuration(u"60"), -1);
    EXPECT_EQ(RequestParser::parseDuration(u"PT5H3D"), -1);
}

TEST(ResponseSamples, Identify)
{
    const Response r = parseResponse(readTestData("identify-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Identify) << r.error.message.toStdString();
    EXPECT_EQ(r.identify.protocolVersion, QString(ns::Wsman));
    EXPECT_EQ(r.identify.productVendor, QStringLiteral("Microsoft Corporation"));
    EXPECT_EQ(r.identify.productVersion, QStringLiteral("OS: 10.0.17763 SP: 0.0 Stack: 3.0"));
}

TEST(ResponseSamples, OptimizedEnumerateOfComputerSystems)
{
    const Response r = parseResponse(readTestData("enumerate-computersystem-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Enumerate) << r.error.message.toStdString();
    EXPECT_EQ(r.relatesTo, QStringLiteral("uuid:2B6C1F5A-7E0F-4D8E-8C39-0C8F5E7A1D22"));
    EXPECT_EQ(r.enumerationContext, QStringLiteral("uuid:0F6A9D3B-5C11-4B7E-A2E4-9D1C7B3E8A55"));
    EXPECT_FALSE(r.endOfSequence);
    ASSERT_EQ(r.items.size(), 4u);
    const CimInstance &host = r.items[0];
    EXPECT_EQ(host.className(), QStringLiteral("Msvm_ComputerSystem"));
    EXPECT_EQ(host.resourceUri(), ComputerSystem);
    EXPECT_EQ(host.string(QStringLiteral("Caption")), QStringLiteral("Hosting Computer System"));
    const CimInstance &web = r.items[1];
    EXPECT_EQ(web.string(QStringLiteral("ElementName")), QStringLiteral("web01"));
    EXPECT_EQ(web.int64(QStringLiteral("EnabledState")), 2);
    EXPECT_EQ(web.uint64(QStringLiteral("OnTimeInMilliseconds")), 86400123u);
    EXPECT_TRUE(web.isNull(QStringLiteral("AvailableRequestedStates")));
    EXPECT_EQ(web.value(QStringLiteral("InstallDate")).cimType(), QStringLiteral("datetime"));
    EXPECT_EQ(web.string(QStringLiteral("InstallDate")), QStringLiteral("2023-05-02T09:14:27.447Z"));
    EXPECT_EQ(web.value(QStringLiteral("OperationalStatus")).kind(), CimValue::Kind::String);
    const CimInstance &saved = r.items[3];
    EXPECT_EQ(saved.string(QStringLiteral("ElementName")), QStringLiteral("build & test <2>"));
    EXPECT_EQ(saved.int64(QStringLiteral("EnabledState")), 6);
    EXPECT_EQ(saved.stringList(QStringLiteral("OperationalStatus")),
        (QStringList { QStringLiteral("2"), QStringLiteral("32768") }));
    // Property order is the wire's.
    EXPECT_EQ(web.properties().at(0).name, QStringLiteral("AssignedNumaNodeList"));
}

TEST(ResponseSamples, PullWithEndOfSequence)
{
    const Response r = parseResponse(readTestData("pull-end-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Pull) << r.error.message.toStdString();
    EXPECT_TRUE(r.endOfSequence);
    EXPECT_TRUE(r.enumerationContext.isEmpty());
    ASSERT_EQ(r.items.size(), 2u);
    const CimInstance &port = r.items[0];
    EXPECT_EQ(port.className(), QStringLiteral("Msvm_EthernetPortAllocationSettingData"));
    Error error;
    QString host;
    const Epr sw = Epr::fromWmiPath(*port.string(QStringLiteral("HostResource")), &error, &host);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(host, QStringLiteral("CRUSADER"));
    EXPECT_EQ(sw.className(), QStringLiteral("Msvm_VirtualEthernetSwitch"));
    EXPECT_EQ(sw.selector(QStringLiteral("Name")), QStringLiteral("C08CB7B8-9B3C-408E-8E30-5E16A3AEB444"));
    const Epr parent = Epr::fromWmiPath(*port.string(QStringLiteral("Parent")), &error);
    EXPECT_EQ(parent.selector(QStringLiteral("InstanceID")),
        QStringLiteral("Microsoft:8A1B7C3E-52D4-4F6B-9E0A-1C2D3E4F5A6B\\0D3F5A7C-9E1B-4D2F-A6C8-E0B2D4F6A8C0"));
    EXPECT_TRUE(r.items[1].isNull(QStringLiteral("HostResource")));
}

TEST(ResponseSamples, InvokeOutputWithJob)
{
    const Response r = parseResponse(readTestData("invoke-job-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Invoke) << r.error.message.toStdString();
    EXPECT_EQ(r.instance.className(), QStringLiteral("RequestStateChange_OUTPUT"));
    EXPECT_EQ(r.returnValue(), 4096);
    const std::optional<Epr> job = r.instance.epr(QStringLiteral("Job"));
    ASSERT_TRUE(job);
    EXPECT_EQ(job->className(), QStringLiteral("Msvm_ConcreteJob"));
    EXPECT_EQ(job->selector(QStringLiteral("InstanceID")), QStringLiteral("5B6E2F8A-9C1D-4E3F-A0B7-C2D4E6F8A0B2"));
    EXPECT_EQ(job->address, QString(AnonymousAddress));
    // A Get of the job is built straight from the reference.
    const Request get = Request::get(*job);
    EXPECT_EQ(get.resourceUri, wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ConcreteJob")));
    EXPECT_EQ(get.selectors.size(), 2);
}

TEST(ResponseSamples, FaultWithWmiError)
{
    const Response r = parseResponse(readTestData("fault-wmi-error-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Fault) << r.error.message.toStdString();
    const Fault &f = r.fault;
    EXPECT_TRUE(f.receiver);
    EXPECT_EQ(f.subcode, QStringLiteral("InternalError"));
    EXPECT_EQ(f.subcodeNamespace, QString(ns::Wsman));
    EXPECT_EQ(f.qualifiedSubcode(), QStringLiteral("w:InternalError"));
    EXPECT_TRUE(f.reason.startsWith(QStringLiteral("The WS-Management service cannot process")));
    EXPECT_EQ(f.lang, QStringLiteral("en-US"));
    EXPECT_EQ(f.machine, QStringLiteral("crusader.warrior.example"));
    EXPECT_EQ(f.wsmanCode, QStringLiteral("2147749889")) << "the provider's code is the specific one";
    EXPECT_EQ(f.message, QStringLiteral("Generic failure"));
    EXPECT_EQ(f.providerName, QStringLiteral("WMI Provider"));
    ASSERT_TRUE(f.hasWmiError);
    EXPECT_EQ(f.wmiErrorCode, QStringLiteral("2147749889"));
    EXPECT_EQ(f.wmiErrorType, QStringLiteral("HRESULT"));
    EXPECT_EQ(f.wmiWinErrorCode, QStringLiteral("32775"));
    EXPECT_TRUE(f.wmiMessage.startsWith(QStringLiteral("'web01' failed to change state")));
    const Error e = f.toError();
    EXPECT_EQ(e.code, QStringLiteral("2147749889"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("'web01' failed to change state"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("crusader.warrior.example")));
}

TEST(ResponseSamples, FaultInvalidSelectors)
{
    const Response r = parseResponse(readTestData("fault-invalid-selectors-response.xml"));
    ASSERT_EQ(r.kind, Response::Kind::Fault);
    EXPECT_FALSE(r.fault.receiver);
    EXPECT_EQ(r.fault.kind(), Fault::Kind::InvalidSelectors);
    EXPECT_EQ(r.fault.wsmanCode, QStringLiteral("2150858843"));
    EXPECT_FALSE(r.fault.hasWmiError);
    const Error e = r.fault.toError();
    EXPECT_EQ(e.code, QStringLiteral("wsman.fault.InvalidSelectors"));
    EXPECT_FALSE(e.fix.isEmpty());
}

TEST(FaultErrors, FixesForKnownCauses)
{
    for (Fault::Kind kind :
        { Fault::Kind::AccessDenied, Fault::Kind::InvalidSelectors, Fault::Kind::DestinationUnreachable,
            Fault::Kind::QuotaLimit, Fault::Kind::EncodingLimit, Fault::Kind::CannotProcessFilter }) {
        const Fault f = Fault::make(kind, QStringLiteral("reason"));
        EXPECT_EQ(f.kind(), kind);
        const Error e = f.toError();
        EXPECT_EQ(e.code, QStringLiteral("wsman.fault.") + f.subcode);
        EXPECT_FALSE(e.fix.isEmpty()) << e.code.toStdString();
        EXPECT_TRUE(e.message.contains(QStringLiteral("reason")));
    }
    EXPECT_TRUE(Fault::make(Fault::Kind::AccessDenied, QStringLiteral("Access is denied."))
                    .toError()
                    .fix.contains(QStringLiteral("Hyper-V Administrators")));
    EXPECT_TRUE(Fault::make(Fault::Kind::InternalError, QStringLiteral("x")).receiver);
}

TEST(ResponseRoundTrip, ServerWriterClientParserAgree)
{
    Request request = Request::enumerate(ComputerSystem, {}, 2);
    request.messageId = QStringLiteral("uuid:A");
    std::vector<CimInstance> items { sampleVm(1), sampleVm(2) };
    CimInstance kvp(QStringLiteral("Msvm_KvpExchangeComponent"), ComputerSystem);
    CimInstance item(QStringLiteral("Msvm_KvpExchangeDataItem"));
    item.set(QStringLiteral("Name"), CimValue(QStringLiteral("OSName")));
    item.set(QStringLiteral("Data"), CimValue(QStringLiteral("Windows Server 2019 <Datacenter>")));
    kvp.set(QStringLiteral("GuestIntrinsicExchangeItems"), CimValue::instances({ item, item }));
    kvp.set(QStringLiteral("SystemRef"),
        CimValue::reference(Epr::make(ComputerSystem, { { QStringLiteral("Name"), QStringLiteral("G") } })));
    items.push_back(kvp);

    const Response e = parseResponse(ResponseWriter::enumerate(request, items, QStringLiteral("ctx-7"), false));
    ASSERT_EQ(e.kind, Response::Kind::Enumerate) << e.error.message.toStdString();
    EXPECT_EQ(e.items, items);
    EXPECT_EQ(e.enumerationContext, QStringLiteral("ctx-7"));
    EXPECT_FALSE(e.endOfSequence);
    EXPECT_EQ(e.relatesTo, QStringLiteral("uuid:A"));
    EXPECT_EQ(e.action, QString(action::EnumerateResponse));

    const Response p = parseResponse(ResponseWriter::pull(request, items, {}, true));
    ASSERT_EQ(p.kind, Response::Kind::Pull);
    EXPECT_EQ(p.items, items);
    EXPECT_TRUE(p.endOfSequence);

    const Response empty = parseResponse(ResponseWriter::enumerate(request, {}, {}, true));
    ASSERT_EQ(empty.kind, Response::Kind::Enumerate);
    EXPECT_TRUE(empty.items.empty());
    EXPECT_TRUE(empty.endOfSequence);

    const Response g = parseResponse(ResponseWriter::get(request, items[0]));
    ASSERT_EQ(g.kind, Response::Kind::Get);
    EXPECT_EQ(g.instance, items[0]);

    const Response rel = parseResponse(ResponseWriter::release(request));
    EXPECT_EQ(rel.kind, Response::Kind::Release);

    IdentifyInfo info { QString(ns::Wsman), QStringLiteral("hvdesk"), QStringLiteral("OS: 0.1 Stack: 3.0") };
    const Response id = parseResponse(ResponseWriter::identify(info));
    ASSERT_EQ(id.kind, Response::Kind::Identify);
    EXPECT_EQ(id.identify, info);
}

TEST(ResponseRoundTrip, InvokeOutputAndFaults)
{
    Request request = Request::invoke(ComputerSystem, QStringLiteral("RequestStateChange"), {}, {});
    request.messageId = QStringLiteral("B");
    CimInstance out(QStringLiteral("RequestStateChange_OUTPUT"), ComputerSystem);
    const Epr job = Epr::make(wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ConcreteJob")),
        { { QStringLiteral("InstanceID"), QStringLiteral("J-1") } });
    out.set(QStringLiteral("Job"), CimValue::reference(job));
    out.set(QStringLiteral("ReturnValue"), CimValue(QStringLiteral("4096")));
    const QByteArray xml = ResponseWriter::invoke(request, out);
    EXPECT_TRUE(xml.contains(QByteArray("<p:RequestStateChange_OUTPUT xmlns:p=\"" + ComputerSystem.toUtf8() + "\">")));
    const Response r = parseResponse(xml);
    ASSERT_EQ(r.kind, Response::Kind::Invoke);
    EXPECT_EQ(r.instance, out);
    EXPECT_EQ(r.action, ComputerSystem + QStringLiteral("/RequestStateChangeResponse"));
    EXPECT_EQ(r.returnValue(), 4096);

    for (Fault f : { Fault::make(Fault::Kind::InvalidSelectors, QStringLiteral("No such VM.")),
             Fault::make(Fault::Kind::ActionNotSupported, QStringLiteral("No.")),
             Fault::make(Fault::Kind::InvalidEnumerationContext, QStringLiteral("Expired.")),
             Fault::wmi(Fault::Kind::InternalError, QStringLiteral("The provider failed."), QStringLiteral("32775"),
                 QStringLiteral("Invalid state for this operation."), QStringLiteral("32775")) }) {
        f.machine = QStringLiteral("crusader");
        const QByteArray faultXml = ResponseWriter::fault(request, f);
        const Response fr = parseResponse(faultXml);
        ASSERT_EQ(fr.kind, Response::Kind::Fault) << fr.error.message.toStdString();
        EXPECT_EQ(fr.fault, f) << faultXml.constData();
        EXPECT_EQ(fr.relatesTo, QStringLiteral("B"));
    }
    const QByteArray wmiFault = ResponseWriter::fault(
        request, Fault::wmi(Fault::Kind::InternalError, QStringLiteral("r"), QStringLiteral("1"), QStringLiteral("m")));
    EXPECT_TRUE(
        wmiFault.contains("<s:Value>s:Receiver</s:Value><s:Subcode><s:Value>w:InternalError</s:Value></s:Subcode>"));
    EXPECT_TRUE(
        wmiFault.contains("<f:WSManFault xmlns:f=\"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault\" Code=\""));
    EXPECT_TRUE(wmiFault.contains("<f:ProviderFault provider=\"WMI Provider\""));
    EXPECT_TRUE(wmiFault.contains("<p:MSFT_WmiError b:IsCIM_Error=\"true\""));
    EXPECT_TRUE(wmiFault.contains("<s:Text xml:lang=\"en-US\">r</s:Text>"));
}

TEST(ResponseParserLimits, MalformedInputIsAnErrorWithPosition)
{
    const QByteArray good = readTestData("invoke-job-response.xml");
    struct Case
    {
        QByteArray xml;
        const char *fragment;
    };
    const Case cases[] = {
        { QByteArray(), "line 1" },
        { "not xml at all", "line 1" },
        { good.left(good.size() / 2), "line 1" },
        { good.left(good.indexOf("</s:Envelope>")), "line" },
        { good.trimmed() + "<extra/>", "line" },
        { "<html><body>Bad gateway</body></html>", "SOAP 1.2" },
        { "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/></s:Envelope>", "no Body" },
        { "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body/></s:Envelope>", "empty" },
        { "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x \"y\">]><s:Envelope "
          "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"/>",
            "document type" },
        { "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><p:X "
          "xmlns:p=\"u\"><p:a>&undefined;</p:a></p:X></s:Body></s:Envelope>",
            "line 1" },
    };
    for (const Case &c : cases) {
        const Response r = parseResponse(c.xml);
        EXPECT_EQ(r.kind, Response::Kind::Invalid) << c.xml.constData();
        EXPECT_EQ(r.error.code, QStringLiteral("wsman.malformed"));
        EXPECT_TRUE(r.error.message.contains(QString::fromUtf8(c.fragment)))
            << c.xml.constData() << " -> " << r.error.message.toStdString();
        EXPECT_TRUE(r.error.message.contains(QStringLiteral("column"))) << r.error.message.toStdString();
    }
}

TEST(ResponseParserLimits, DeepNestingAndAttributeFloods)
{
    QByteArray deep = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><p:X xmlns:p=\"u\">";
    for (int i = 0; i < 100000; ++i)
        deep += "<p:a>";
    Response r = parseResponse(deep);
    EXPECT_EQ(r.kind, Response::Kind::Invalid);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("deeper than 32"))) << r.error.message.toStdString();

    QByteArray attributes
        = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Body><p:X xmlns:p=\"u\"";
    for (int i = 0; i < 5000; ++i)
        attributes += " a" + QByteArray::number(i) + "=\"1\"";
    attributes += "/></s:Body></s:Envelope>";
    r = parseResponse(attributes);
    EXPECT_EQ(r.kind, Response::Kind::Invalid);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("attributes"))) << r.error.message.toStdString();
}

TEST(ResponseParserLimits, Utf16AndBomAreRead)
{
    const QByteArray utf8 = readTestData("identify-response.xml");
    QString text = QString::fromUtf8(utf8);
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const Response r = parseResponse(utf16);
    EXPECT_EQ(r.kind, Response::Kind::Identify) << r.error.message.toStdString();
    const Response bom = parseResponse(QByteArray(QByteArray("\xEF\xBB\xBF") + utf8));
    EXPECT_EQ(bom.kind, Response::Kind::Identify);
}

TEST(ResponseRoundTrip, NamesThatAreNotXmlNamesCannotBreakTheDocument)
{
    // Found by fuzzing: a class taken from xsi:type="p:a:b_Type" was written back as an element name.
    const QByteArray xml = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                           "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><s:Body><n:PullResponse><n:Items>"
                           "<p:Real xmlns:p=\"u\" xsi:type=\"p:Bad:Name_Type\"><p:A>1</p:A></p:Real>"
                           "</n:Items></n:PullResponse></s:Body></s:Envelope>";
    const Response r = parseResponse(xml);
    ASSERT_EQ(r.items.size(), 1u);
    EXPECT_EQ(r.items[0].className(), QStringLiteral("Real"));

    CimInstance odd(QStringLiteral("Bad Name:<x>"), QStringLiteral("u"));
    odd.set(QStringLiteral("1st prop"), CimValue(QStringLiteral("v")));
    Request request = Request::pull(QStringLiteral("u"), QStringLiteral("c"));
    request.messageId = QStringLiteral("m");
    const Response back = parseResponse(ResponseWriter::pull(request, { odd }, {}, true));
    ASSERT_TRUE(back.isValid()) << back.error.message.toStdString();
    ASSERT_EQ(back.items.size(), 1u);
    EXPECT_EQ(back.items[0].className(), QStringLiteral("Bad_Name__x_"));
    EXPECT_EQ(back.items[0].string(QStringLiteral("_st_prop")), QStringLiteral("v"));
}
