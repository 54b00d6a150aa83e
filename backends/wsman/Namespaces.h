#pragma once

#include <QLatin1String>
#include <QString>

// The XML namespaces, action URIs and resource URIs of WS-Management as Windows WinRM speaks it
// (DSP0226 1.0 with Microsoft's WMI plug-in). One place, so the client and the server cannot drift.
namespace hvdesk::wsman {

namespace ns {
inline constexpr QLatin1String Soap("http://www.w3.org/2003/05/soap-envelope");
inline constexpr QLatin1String Addressing("http://schemas.xmlsoap.org/ws/2004/08/addressing");
inline constexpr QLatin1String Wsman("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
inline constexpr QLatin1String Enumeration("http://schemas.xmlsoap.org/ws/2004/09/enumeration");
inline constexpr QLatin1String Transfer("http://schemas.xmlsoap.org/ws/2004/09/transfer");
inline constexpr QLatin1String MsWsman("http://schemas.microsoft.com/wbem/wsman/1/wsman.xsd");
inline constexpr QLatin1String Identity("http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd");
inline constexpr QLatin1String WsmanFault("http://schemas.microsoft.com/wbem/wsman/1/wsmanfault");
inline constexpr QLatin1String Xsi("http://www.w3.org/2001/XMLSchema-instance");
inline constexpr QLatin1String Xml("http://www.w3.org/XML/1998/namespace");
// Typed values inside WMI instances: <cim:Datetime>, <cim:Interval>.
inline constexpr QLatin1String Cim("http://schemas.dmtf.org/wbem/wscim/1/common");
} // namespace ns

namespace action {
inline constexpr QLatin1String Enumerate("http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate");
inline constexpr QLatin1String EnumerateResponse("http://schemas.xmlsoap.org/ws/2004/09/enumeration/EnumerateResponse");
inline constexpr QLatin1String Pull("http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull");
inline constexpr QLatin1String PullResponse("http://schemas.xmlsoap.org/ws/2004/09/enumeration/PullResponse");
inline constexpr QLatin1String Release("http://schemas.xmlsoap.org/ws/2004/09/enumeration/Release");
inline constexpr QLatin1String ReleaseResponse("http://schemas.xmlsoap.org/ws/2004/09/enumeration/ReleaseResponse");
inline constexpr QLatin1String Get("http://schemas.xmlsoap.org/ws/2004/09/transfer/Get");
inline constexpr QLatin1String GetResponse("http://schemas.xmlsoap.org/ws/2004/09/transfer/GetResponse");
inline constexpr QLatin1String Put("http://schemas.xmlsoap.org/ws/2004/09/transfer/Put");
inline constexpr QLatin1String PutResponse("http://schemas.xmlsoap.org/ws/2004/09/transfer/PutResponse");
inline constexpr QLatin1String WsmanFault("http://schemas.dmtf.org/wbem/wsman/1/wsman/fault");
inline constexpr QLatin1String AddressingFault("http://schemas.xmlsoap.org/ws/2004/08/addressing/fault");
inline constexpr QLatin1String EnumerationFault("http://schemas.xmlsoap.org/ws/2004/09/enumeration/fault");
} // namespace action

// The reply address of every request: responses come back on the same HTTP connection.
inline constexpr QLatin1String AnonymousAddress("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
inline constexpr QLatin1String WqlDialect("http://schemas.microsoft.com/wbem/wsman/1/WQL");
inline constexpr QLatin1String WmiResourceBase("http://schemas.microsoft.com/wbem/wsman/1/wmi/");

// WMI namespaces Hyper-V management uses, as resource URI paths.
namespace wmi {
inline constexpr QLatin1String Virtualization("root/virtualization/v2");
inline constexpr QLatin1String Cimv2("root/cimv2");
inline constexpr QLatin1String StandardCimv2("root/StandardCimv2");
inline constexpr QLatin1String Cluster("root/MSCluster");
inline constexpr QLatin1String Default("root/default");
} // namespace wmi

// WinRM's defaults: MaxEnvelopeSizekb 500 and a 60 s operation timeout.
inline constexpr int DefaultMaxEnvelopeSize = 512000;
inline constexpr int DefaultOperationTimeoutMs = 60000;

// "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem"
QString wmiResourceUri(QLatin1String wmiNamespace, const QString &className);
QString wmiResourceUri(const QString &wmiNamespace, const QString &className);
// The class of a WMI resource URI (its last segment), "*" for a namespace-wide WQL enumeration.
QString classFromResourceUri(const QString &resourceUri);
// "root/virtualization/v2" of a WMI resource URI, empty when it is not one.
QString wmiNamespaceOf(const QString &resourceUri);

} // namespace hvdesk::wsman
