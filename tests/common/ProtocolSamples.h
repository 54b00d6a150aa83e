#pragma once

// WS-Management exchanges as a Hyper-V host answers them (WinRM over HTTPS, Basic), for the
// protocol log's tests and screenshots. The Authorization header is left unmasked on purpose:
// the log must mask it itself.
#include <models/RemoteAccess.h>

#include <QStringList>

namespace hvdesk::test {

inline const QByteArray SampleBasicCredential
    = "Q1JVU0FERVJcQWRtaW5pc3RyYXRvcjpTM2NyZXQhUGFzcw=="; // CRUSADER\Administrator:S3cret!Pass

inline QByteArray sampleHeaders(int contentLength, const QByteArray &host = "crusader.example.com:5986")
{
    return "POST /wsman HTTP/1.1\r\n"
           "Host: "
        + host
        + "\r\n"
          "Content-Type: application/soap+xml;charset=UTF-8\r\n"
          "Authorization: Basic "
        + SampleBasicCredential
        + "\r\n"
          "User-Agent: hvdesk/0.1.0\r\n"
          "Content-Length: "
        + QByteArray::number(contentLength) + "\r\n";
}

inline QByteArray sampleHeader(
    const QByteArray &action, const QByteArray &resource, const QByteArray &messageId, const QByteArray &selectors = {})
{
    return "<s:Header><a:To>https://crusader.example.com:5986/wsman</a:To>"
           "<w:ResourceURI "
           "s:mustUnderstand=\"true\">http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
        + resource
        + "</w:ResourceURI><a:ReplyTo><a:Address s:mustUnderstand=\"true\">"
          "http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>"
          "<a:Action s:mustUnderstand=\"true\">"
        + action
        + "</a:Action><w:MaxEnvelopeSize s:mustUnderstand=\"true\">512000</w:MaxEnvelopeSize><a:MessageID>uuid:"
        + messageId
        + "</a:MessageID><w:Locale xml:lang=\"en-US\" s:mustUnderstand=\"false\"/>"
          "<w:OperationTimeout>PT60S</w:OperationTimeout>"
        + selectors + "</s:Header>";
}

inline const QByteArray SampleNamespaces = "xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                                           "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
                                           "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" "
                                           "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\"";

inline QByteArray sampleVm(const QByteArray &name, const QByteArray &guid, int enabledState)
{
    return "<p:Msvm_ComputerSystem xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
           "Msvm_ComputerSystem\"><p:Caption>Virtual Machine</p:Caption><p:CreationClassName>Msvm_ComputerSystem"
           "</p:CreationClassName><p:ElementName>"
        + name + "</p:ElementName><p:EnabledState>" + QByteArray::number(enabledState)
        + "</p:EnabledState><p:HealthState>5</p:HealthState><p:Name>" + guid + "</p:Name><p:OnTimeInMilliseconds>"
        + QByteArray(enabledState == 2 ? "86421337" : "0") + "</p:OnTimeInMilliseconds></p:Msvm_ComputerSystem>";
}

inline ProtocolExchange sampleEnumerate(const QDateTime &started)
{
    ProtocolExchange e;
    e.started = started;
    e.endpoint = QStringLiteral("crusader.example.com:5986");
    e.operation = QStringLiteral("Enumerate");
    e.resource = QStringLiteral("Msvm_ComputerSystem");
    e.request = "<s:Envelope " + SampleNamespaces + ">"
        + sampleHeader("http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate", "Msvm_ComputerSystem",
            "7A6F0C1E-3B1D-4C55-9E0A-2D6F4B8C1E01")
        + "<s:Body><n:Enumerate><w:OptimizeEnumeration/><w:MaxElements>2</w:MaxElements></n:Enumerate></s:Body>"
          "</s:Envelope>";
    e.requestHeaders = sampleHeaders(int(e.request.size()));
    e.httpStatus = 200;
    e.response = "<s:Envelope " + SampleNamespaces
        + " xml:lang=\"en-US\"><s:Header><a:Action>"
          "http://schemas.xmlsoap.org/ws/2004/09/enumeration/EnumerateResponse</a:Action>"
          "<a:MessageID>uuid:1C0B7E55-9A3D-4F0E-8B21-5E7D9C3A4F10</a:MessageID>"
          "<a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:To>"
          "<a:RelatesTo>uuid:7A6F0C1E-3B1D-4C55-9E0A-2D6F4B8C1E01</a:RelatesTo></s:Header>"
          "<s:Body><n:EnumerateResponse><n:EnumerationContext>uuid:5B3E0D2A-6C71-4E98-A0F4-8D2B7C6E1A93"
          "</n:EnumerationContext><w:Items>"
        + sampleVm("web01", "1F3C4A7E-2B8D-4E61-9C05-7A3D2E8F6B10", 2)
        + sampleVm("sql01", "6D2E8B1F-4C3A-4B7E-8F19-0E5C7A2D9B34", 2)
        + "</w:Items></n:EnumerateResponse></s:Body></s:Envelope>";
    e.elapsedMs = 38.4;
    return e;
}

inline ProtocolExchange samplePull(const QDateTime &started)
{
    ProtocolExchange e;
    e.started = started;
    e.endpoint = QStringLiteral("crusader.example.com:5986");
    e.operation = QStringLiteral("Pull");
    e.resource = QStringLiteral("Msvm_ComputerSystem");
    e.request = "<s:Envelope " + SampleNamespaces + ">"
        + sampleHeader("http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull", "Msvm_ComputerSystem",
            "0E9D4B2C-7F1A-4A36-B5C8-3D6E1F0A2B47")
        + "<s:Body><n:Pull><n:EnumerationContext>uuid:5B3E0D2A-6C71-4E98-A0F4-8D2B7C6E1A93</n:EnumerationContext>"
          "<n:MaxElements>100</n:MaxElements></n:Pull></s:Body></s:Envelope>";
    e.requestHeaders = sampleHeaders(int(e.request.size()));
    e.httpStatus = 200;
    e.response = "<s:Envelope " + SampleNamespaces
        + " xml:lang=\"en-US\"><s:Header><a:Action>"
          "http://schemas.xmlsoap.org/ws/2004/09/enumeration/PullResponse</a:Action>"
          "<a:MessageID>uuid:9F2A6C3E-1B7D-4E80-A5C2-6D0B8E3F1A25</a:MessageID>"
          "<a:RelatesTo>uuid:0E9D4B2C-7F1A-4A36-B5C8-3D6E1F0A2B47</a:RelatesTo></s:Header>"
          "<s:Body><n:PullResponse><n:Items>"
        + sampleVm("dc01", "2A7B9C1D-3E4F-4A5B-8C6D-7E8F9A0B1C2D", 2)
        + sampleVm("print01", "3B8C0D2E-4F5A-4B6C-9D7E-8F9A0B1C2D3E", 9)
        + sampleVm("exch01", "4C9D1E3F-5A6B-4C7D-8E8F-9A0B1C2D3E4F", 2)
        + sampleVm("lab-sql", "5D0E2F4A-6B7C-4D8E-9F0A-1B2C3D4E5F60", 3)
        + "</n:Items><n:EndOfSequence/></n:PullResponse></s:Body></s:Envelope>";
    e.elapsedMs = 61.7;
    return e;
}

inline ProtocolExchange sampleRequestStateChange(const QDateTime &started)
{
    ProtocolExchange e;
    e.started = started;
    e.endpoint = QStringLiteral("crusader.example.com:5986");
    e.operation = QStringLiteral("Invoke RequestStateChange");
    e.resource = QStringLiteral("Msvm_ComputerSystem");
    const QByteArray cs = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem";
    e.request = "<s:Envelope " + SampleNamespaces + ">"
        + sampleHeader(cs + "/RequestStateChange", "Msvm_ComputerSystem", "C4E1A7B3-2D9F-4B60-8E15-7A3C0F6D2B98",
            "<w:SelectorSet><w:Selector Name=\"CreationClassName\">Msvm_ComputerSystem</w:Selector>"
            "<w:Selector Name=\"Name\">5D0E2F4A-6B7C-4D8E-9F0A-1B2C3D4E5F60</w:Selector></w:SelectorSet>")
        + "<s:Body><p:RequestStateChange_INPUT xmlns:p=\"" + cs
        + "\"><p:RequestedState>2</p:RequestedState></p:RequestStateChange_INPUT></s:Body></s:Envelope>";
    e.requestHeaders = sampleHeaders(int(e.request.size()));
    e.httpStatus = 200;
    e.response = "<s:Envelope " + SampleNamespaces + " xml:lang=\"en-US\"><s:Header><a:Action>" + cs
        + "/RequestStateChangeResponse</a:Action><a:MessageID>uuid:E7B2C9A1-4F3D-4E86-9B0C-2A5D8F1E6C37</a:MessageID>"
          "<a:RelatesTo>uuid:C4E1A7B3-2D9F-4B60-8E15-7A3C0F6D2B98</a:RelatesTo></s:Header><s:Body>"
          "<p:RequestStateChange_OUTPUT xmlns:p=\""
        + cs
        + "\"><p:Job><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address>"
          "<a:ReferenceParameters><w:ResourceURI>http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
          "Msvm_ConcreteJob</w:ResourceURI><w:SelectorSet><w:Selector Name=\"InstanceID\">"
          "8E3F1A6C-9B2D-4C70-A4E5-1F7B3D9C0A68</w:Selector></w:SelectorSet></a:ReferenceParameters></p:Job>"
          "<p:ReturnValue>4096</p:ReturnValue></p:RequestStateChange_OUTPUT></s:Body></s:Envelope>";
    e.elapsedMs = 112.9;
    return e;
}

inline ProtocolExchange sampleRefused(const QDateTime &started)
{
    ProtocolExchange e;
    e.started = started;
    e.endpoint = QStringLiteral("saracen.example.com:5986");
    e.operation = QStringLiteral("Identify");
    e.request = "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
                "xmlns:wsmid=\"http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd\">"
                "<s:Header/><s:Body><wsmid:Identify/></s:Body></s:Envelope>";
    e.requestHeaders = sampleHeaders(int(e.request.size()), "saracen.example.com:5986");
    e.httpStatus = 401;
    e.elapsedMs = 9.3;
    e.error = QStringLiteral("The server refused the user name or password (HTTP 401).");
    return e;
}

} // namespace hvdesk::test
