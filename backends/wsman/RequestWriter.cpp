#include "RequestWriter.h"

#include "CimXml.h"
#include "InstanceXml.h"
#include "XmlIo.h"

#include <QUuid>

namespace hvdesk::wsman {

QString RequestWriter::formatDuration(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return QStringLiteral("PT%1S").arg(milliseconds / 1000);
    return QStringLiteral("PT%1.%2S").arg(milliseconds / 1000).arg(milliseconds % 1000, 3, 10, QLatin1Char('0'));
}

QString RequestWriter::newMessageId()
{
    return QLatin1String("uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

static void writeHeader(XmlOut &out, const Request &request, const QString &messageId)
{
    out.raw("<s:Header>");
    if (!request.to.isEmpty())
        out.element("a:To", request.to);
    out.raw("<w:ResourceURI s:mustUnderstand=\"true\">").text(request.resourceUri).raw("</w:ResourceURI>");
    out.raw("<a:ReplyTo><a:Address s:mustUnderstand=\"true\">")
        .text(request.replyTo.isEmpty() ? QString(AnonymousAddress) : request.replyTo)
        .raw("</a:Address></a:ReplyTo>");
    out.raw("<a:Action s:mustUnderstand=\"true\">").text(request.effectiveAction()).raw("</a:Action>");
    out.raw("<w:MaxEnvelopeSize s:mustUnderstand=\"true\">")
        .number(request.maxEnvelopeSize)
        .raw("</w:MaxEnvelopeSize>");
    out.element("a:MessageID", messageId);
    out.raw("<w:Locale xml:lang=\"").attribute(request.locale).raw("\" s:mustUnderstand=\"false\"/>");
    out.raw("<p:DataLocale xml:lang=\"").attribute(request.locale).raw("\" s:mustUnderstand=\"false\"/>");
    out.element("w:OperationTimeout", RequestWriter::formatDuration(request.operationTimeoutMs));
    if (!request.selectors.isEmpty())
        InstanceXml::writeSelectorSet(out, request.selectors);
    out.raw("</s:Header>");
}

QByteArray RequestWriter::write(const Request &request, QString *messageIdUsed)
{
    XmlOut out(1024 + 256 * request.parameters.size());
    if (request.operation == Operation::Identify) {
        out.raw("<s:Envelope xmlns:s=\"").raw(ns::Soap).raw("\" xmlns:wsmid=\"").raw(ns::Identity).raw("\">");
        out.raw("<s:Header/><s:Body><wsmid:Identify/></s:Body></s:Envelope>");
        if (messageIdUsed)
            messageIdUsed->clear();
        return out.take();
    }
    const QString messageId = request.messageId.isEmpty() ? newMessageId() : request.messageId;
    if (messageIdUsed)
        *messageIdUsed = messageId;

    out.raw("<s:Envelope xmlns:s=\"").raw(ns::Soap);
    out.raw("\" xmlns:a=\"").raw(ns::Addressing);
    out.raw("\" xmlns:n=\"").raw(ns::Enumeration);
    out.raw("\" xmlns:w=\"").raw(ns::Wsman);
    out.raw("\" xmlns:p=\"").raw(ns::MsWsman);
    out.raw("\" xmlns:xsi=\"").raw(ns::Xsi);
    out.raw("\" xmlns:cim=\"").raw(ns::Cim).raw("\">");
    writeHeader(out, request, messageId);

    switch (request.operation) {
    case Operation::Enumerate:
        out.raw("<s:Body><n:Enumerate>");
        if (!request.filter.isEmpty()) {
            const QString dialect = request.filterDialect.isEmpty() ? QString(WqlDialect) : request.filterDialect;
            out.raw("<w:Filter Dialect=\"").attribute(dialect).raw("\">").text(request.filter).raw("</w:Filter>");
        }
        if (request.optimizeEnumeration || request.maxElements > 0)
            out.raw("<w:OptimizeEnumeration/>");
        if (request.maxElements > 0)
            out.raw("<w:MaxElements>").number(request.maxElements).raw("</w:MaxElements>");
        out.raw("</n:Enumerate></s:Body>");
        break;
    case Operation::Pull:
        out.raw("<s:Body><n:Pull>");
        out.element("n:EnumerationContext", request.enumerationContext);
        if (request.maxElements > 0)
            out.raw("<n:MaxElements>").number(request.maxElements).raw("</n:MaxElements>");
        out.raw("</n:Pull></s:Body>");
        break;
    case Operation::Release:
        out.raw("<s:Body><n:Release>");
        out.element("n:EnumerationContext", request.enumerationContext);
        out.raw("</n:Release></s:Body>");
        break;
    case Operation::Put: {
        out.raw("<s:Body>");
        InstanceXml::writeInstance(out, request.instance, request.resourceUri);
        out.raw("</s:Body>");
        break;
    }
    case Operation::Invoke: {
        out.raw("<s:Body><p:").name(request.method).raw("_INPUT xmlns:p=\"").attribute(request.resourceUri).raw("\">");
        InstanceXml::writeProperties(out, request.parameters);
        out.raw("</p:").name(request.method).raw("_INPUT></s:Body>");
        break;
    }
    case Operation::Get:
    case Operation::Identify:
    case Operation::Unknown:
        out.raw("<s:Body/>");
        break;
    }
    out.raw("</s:Envelope>");
    return out.take();
}

} // namespace hvdesk::wsman
