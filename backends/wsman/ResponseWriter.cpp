#include "ResponseWriter.h"

#include "InstanceXml.h"
#include "RequestWriter.h"
#include "XmlIo.h"

#include <cstring>

namespace hvdesk::wsman {

namespace {

constexpr QLatin1String WmiErrorNamespace("http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/MSFT_WmiError");
constexpr QLatin1String CimBinding("http://schemas.dmtf.org/wbem/wsman/1/cimbinding.xsd");

void open(XmlOut &out, const Request &request, const QString &action)
{
    out.raw("<s:Envelope xml:lang=\"en-US\" xmlns:s=\"").raw(ns::Soap);
    out.raw("\" xmlns:a=\"").raw(ns::Addressing);
    out.raw("\" xmlns:x=\"").raw(ns::Transfer);
    out.raw("\" xmlns:n=\"").raw(ns::Enumeration);
    out.raw("\" xmlns:w=\"").raw(ns::Wsman);
    out.raw("\" xmlns:xsi=\"").raw(ns::Xsi);
    out.raw("\" xmlns:cim=\"").raw(ns::Cim).raw("\">");
    out.raw("<s:Header>");
    out.element("a:Action", action);
    out.element("a:MessageID", RequestWriter::newMessageId());
    out.element("a:To", AnonymousAddress);
    if (!request.messageId.isEmpty())
        out.element("a:RelatesTo", request.messageId);
    out.raw("</s:Header><s:Body>");
}

void close(XmlOut &out)
{
    out.raw("</s:Body></s:Envelope>");
}

QString resourceFor(const Request &request)
{
    return request.resourceUri;
}

void writeWsmanFault(XmlOut &out, const Fault &fault, QStringView message)
{
    out.raw("<f:WSManFault xmlns:f=\"").raw(ns::WsmanFault).raw("\" Code=\"").attribute(fault.wsmanCode);
    out.raw("\" Machine=\"").attribute(fault.machine).raw("\">");
    out.raw("<f:Message>").text(message).raw("</f:Message></f:WSManFault>");
}

void writeWmiError(XmlOut &out, const Fault &fault)
{
    out.raw("<p:MSFT_WmiError b:IsCIM_Error=\"true\" xmlns:b=\"").raw(CimBinding);
    out.raw("\" xmlns:p=\"").raw(WmiErrorNamespace).raw("\" xsi:type=\"p:MSFT_WmiError_Type\">");
    out.raw("<p:CIMStatusCode>1</p:CIMStatusCode>");
    out.element("p:Message", fault.wmiMessage);
    out.element("p:error_Code", fault.wmiErrorCode);
    out.element("p:error_Type", fault.wmiErrorType.isEmpty() ? QStringLiteral("HRESULT") : fault.wmiErrorType);
    if (!fault.wmiWinErrorCode.isEmpty())
        out.element("p:error_WinErrorCode", fault.wmiWinErrorCode);
    out.element("p:error_WindowsErrorMessage", fault.wmiMessage);
    out.raw("</p:MSFT_WmiError>");
}

} // namespace

QByteArray ResponseWriter::identify(const IdentifyInfo &info)
{
    XmlOut out(1024);
    out.raw("<s:Envelope xmlns:s=\"").raw(ns::Soap).raw("\" xmlns:wsmid=\"").raw(ns::Identity).raw("\">");
    out.raw("<s:Header/><s:Body><wsmid:IdentifyResponse>");
    out.element("wsmid:ProtocolVersion", info.protocolVersion);
    out.element("wsmid:ProductVendor", info.productVendor);
    out.element("wsmid:ProductVersion", info.productVersion);
    out.raw("</wsmid:IdentifyResponse></s:Body></s:Envelope>");
    return out.take();
}

static QByteArray enumeration(const Request &request, bool pull, const std::vector<CimInstance> &items,
    const QString &context, bool endOfSequence)
{
    EnumerationResponseWriter out(request, pull, context, 4096 + qsizetype(items.size()) * 1024);
    for (const CimInstance &item : items)
        out.add(item);
    return out.finish(endOfSequence);
}

QByteArray ResponseWriter::enumerate(
    const Request &request, const std::vector<CimInstance> &items, const QString &context, bool endOfSequence)
{
    return enumeration(request, false, items, context, endOfSequence);
}

QByteArray ResponseWriter::pull(
    const Request &request, const std::vector<CimInstance> &items, const QString &context, bool endOfSequence)
{
    return enumeration(request, true, items, context, endOfSequence);
}

EnumerationResponseWriter::EnumerationResponseWriter(
    const Request &request, bool pull, const QString &context, qsizetype reserve)
    : m_out(reserve)
    , m_request(request)
    , m_fallbackUri(request.resourceUri)
    , m_pull(pull)
{
    XmlOut &out = m_out;
    open(out, request, pull ? QString(action::PullResponse) : QString(action::EnumerateResponse));
    out.raw(pull ? "<n:PullResponse>" : "<n:EnumerateResponse>");
    m_contextStart = out.size();
    if (!context.isEmpty())
        out.element("n:EnumerationContext", context);
    m_contextEnd = out.size();
}

XmlOut &EnumerationResponseWriter::beginItem()
{
    XmlOut &out = m_out;
    m_itemStart = out.size();
    if (m_itemsStart < 0) {
        m_itemsStart = m_itemStart;
        out.raw(m_pull ? "<n:Items>" : "<w:Items>");
    }
    m_lastStart = out.size();
    return out;
}

qsizetype EnumerationResponseWriter::endItem()
{
    ++m_count;
    return m_out.size() - m_itemStart;
}

qsizetype EnumerationResponseWriter::add(const CimInstance &item)
{
    InstanceXml::writeInstance(beginItem(), item, m_fallbackUri);
    return endItem();
}

qsizetype EnumerationResponseWriter::addWritten(QByteArrayView item)
{
    beginItem().raw(item);
    return endItem();
}

QByteArrayView EnumerationResponseWriter::lastItem() const
{
    if (m_lastStart < 0)
        return {};
    return m_out.buffer().sliced(m_lastStart);
}

void EnumerationResponseWriter::dropLast()
{
    if (m_lastStart < 0)
        return;
    --m_count;
    if (m_count == 0) { // the Items element goes too, as if nothing had been added
        m_out.truncate(m_itemsStart);
        m_itemsStart = -1;
    } else {
        m_out.truncate(m_lastStart);
    }
    m_lastStart = -1;
}

QByteArray EnumerationResponseWriter::finish(bool endOfSequence, bool keepContext)
{
    XmlOut &out = m_out;
    if (m_itemsStart >= 0)
        out.raw(m_pull ? "</n:Items>" : "</w:Items>");
    else if (!m_pull && m_request.optimizeEnumeration)
        out.raw("<w:Items></w:Items>");
    if (endOfSequence)
        out.raw(m_pull ? "<n:EndOfSequence/>" : "<w:EndOfSequence/>");
    out.raw(m_pull ? "</n:PullResponse>" : "</n:EnumerateResponse>");
    close(out);
    QByteArray envelope = out.take();
    const qsizetype contextSize = m_contextEnd - m_contextStart;
    if (!keepContext && contextSize > 0) {
        // The head moves over the context element and the envelope then starts later in the same
        // block: a copy of the head, not of the items.
        char *data = envelope.data();
        std::memmove(data + contextSize, data, size_t(m_contextStart));
        envelope.remove(0, contextSize);
    }
    return envelope;
}

QByteArray ResponseWriter::release(const Request &request)
{
    XmlOut out(1024);
    open(out, request, action::ReleaseResponse);
    close(out);
    return out.take();
}

// Get and Put answer with the object itself as the body.
static QByteArray instanceResponse(const Request &request, QLatin1String responseAction, const CimInstance &instance)
{
    XmlOut out(4096);
    open(out, request, QString(responseAction));
    InstanceXml::writeInstance(out, instance, resourceFor(request));
    close(out);
    return out.take();
}

QByteArray ResponseWriter::get(const Request &request, const CimInstance &instance)
{
    return instanceResponse(request, action::GetResponse, instance);
}

QByteArray ResponseWriter::put(const Request &request, const CimInstance &instance)
{
    return instanceResponse(request, action::PutResponse, instance);
}

QByteArray ResponseWriter::invoke(const Request &request, const CimInstance &output)
{
    XmlOut out(2048);
    const QString method = request.method.isEmpty() ? classFromResourceUri(request.effectiveAction()) : request.method;
    open(out, request, QString(request.effectiveAction() + QLatin1String("Response")));
    out.raw("<p:").name(method).raw("_OUTPUT xmlns:p=\"").attribute(request.resourceUri).raw("\">");
    InstanceXml::writeProperties(out, output.properties());
    out.raw("</p:").name(method).raw("_OUTPUT>");
    close(out);
    return out.take();
}

QByteArray ResponseWriter::fault(const Request &request, const Fault &fault)
{
    XmlOut out(4096);
    QLatin1String faultAction = action::WsmanFault;
    if (fault.subcodeNamespace == ns::Addressing)
        faultAction = action::AddressingFault;
    else if (fault.subcodeNamespace == ns::Enumeration)
        faultAction = action::EnumerationFault;
    open(out, request, faultAction);
    out.raw("<s:Fault><s:Code><s:Value>").raw(fault.receiver ? "s:Receiver" : "s:Sender").raw("</s:Value>");
    if (!fault.subcode.isEmpty())
        out.raw("<s:Subcode><s:Value>").text(fault.qualifiedSubcode()).raw("</s:Value></s:Subcode>");
    out.raw("</s:Code><s:Reason><s:Text xml:lang=\"").attribute(fault.lang).raw("\">").text(fault.reason);
    out.raw("</s:Text></s:Reason><s:Detail>");
    out.raw("<f:WSManFault xmlns:f=\"").raw(ns::WsmanFault).raw("\" Code=\"").attribute(fault.wsmanCode);
    out.raw("\" Machine=\"").attribute(fault.machine).raw("\"><f:Message>");
    if (fault.hasWmiError) {
        out.raw("<f:ProviderFault provider=\"")
            .attribute(fault.providerName.isEmpty() ? QStringLiteral("WMI Provider") : fault.providerName)
            .raw("\" path=\"%systemroot%\\system32\\WsmWmiPl.dll\">");
        writeWsmanFault(out, fault, fault.message);
        out.raw("<f:ExtendedError>");
        writeWmiError(out, fault);
        out.raw("</f:ExtendedError></f:ProviderFault>");
    } else {
        out.text(fault.message);
    }
    out.raw("</f:Message></f:WSManFault></s:Detail></s:Fault>");
    close(out);
    return out.take();
}

QByteArray ResponseWriter::write(const Request &request, const Response &response)
{
    switch (response.kind) {
    case Response::Kind::Identify:
        return identify(response.identify);
    case Response::Kind::Enumerate:
        return enumerate(request, response.items, response.enumerationContext, response.endOfSequence);
    case Response::Kind::Pull:
        return pull(request, response.items, response.enumerationContext, response.endOfSequence);
    case Response::Kind::Release:
        return release(request);
    case Response::Kind::Get:
        return get(request, response.instance);
    case Response::Kind::Put:
        return put(request, response.instance);
    case Response::Kind::Invoke:
        return invoke(request, response.instance);
    case Response::Kind::Fault:
        return fault(request, response.fault);
    case Response::Kind::Invalid:
        break;
    }
    return fault(request, Fault::make(Fault::Kind::InternalError, QStringLiteral("No response was produced.")));
}

} // namespace hvdesk::wsman
