#include "ResponseParser.h"

#include "InstanceXml.h"
#include "XmlIo.h"

namespace hvdesk::wsman {

namespace {

constexpr QLatin1String Empty("");

bool isEnumerationOrWsman(XmlIn &in, QLatin1String name)
{
    return in.is(ns::Wsman, name) || in.is(ns::Enumeration, name);
}

void readHeader(XmlIn &in, Response &response)
{
    while (in.nextChild()) {
        if (in.is(ns::Addressing, QLatin1String("Action")))
            response.action = in.readText().trimmed();
        else if (in.is(ns::Addressing, QLatin1String("MessageID")))
            response.messageId = in.readText().trimmed();
        else if (in.is(ns::Addressing, QLatin1String("RelatesTo")))
            response.relatesTo = in.readText().trimmed();
        else
            in.skip();
    }
}

void readEnumeration(XmlIn &in, Response &response)
{
    while (in.nextChild()) {
        if (isEnumerationOrWsman(in, QLatin1String("EnumerationContext"))) {
            response.enumerationContext = in.readText().trimmed();
        } else if (isEnumerationOrWsman(in, QLatin1String("Items"))) {
            InstanceXml::ListCache cache;
            while (in.nextChild())
                response.items.push_back(InstanceXml::readInstance(in, &cache));
        } else if (isEnumerationOrWsman(in, QLatin1String("EndOfSequence"))) {
            response.endOfSequence = true;
            in.skip();
        } else {
            in.skip();
        }
    }
}

void takeWmiError(const CimInstance &error, Fault &fault)
{
    fault.hasWmiError = true;
    fault.wmiErrorCode = error.string(QStringLiteral("error_Code")).value_or(QString()).trimmed();
    fault.wmiMessage = error.string(QStringLiteral("Message")).value_or(QString()).trimmed();
    if (fault.wmiMessage.isEmpty())
        fault.wmiMessage = error.string(QStringLiteral("error_WindowsErrorMessage")).value_or(QString()).trimmed();
    fault.wmiErrorType = error.string(QStringLiteral("error_Type")).value_or(QString()).trimmed();
    fault.wmiWinErrorCode = error.string(QStringLiteral("error_WinErrorCode")).value_or(QString()).trimmed();
}

void readWsmanFault(XmlIn &in, Fault &fault, bool inner);

void readProviderFault(XmlIn &in, Fault &fault)
{
    fault.providerName = in.attribute(Empty, QLatin1String("provider"));
    while (in.nextChild()) {
        if (in.is(ns::WsmanFault, QLatin1String("WSManFault"))) {
            readWsmanFault(in, fault, true);
        } else if (in.is(ns::WsmanFault, QLatin1String("ExtendedError"))) {
            while (in.nextChild()) {
                if (in.nameIs(QLatin1String("MSFT_WmiError")))
                    takeWmiError(InstanceXml::readInstance(in), fault);
                else
                    in.skip(); // __ExtendedStatus and the like: the message says it already
            }
        } else {
            in.skip();
        }
    }
}

// f:WSManFault: Code and Machine, and f:Message that is either text or an f:ProviderFault.
void readWsmanFault(XmlIn &in, Fault &fault, bool inner)
{
    const QString code = in.attribute(Empty, QLatin1String("Code"));
    const QString machine = in.attribute(Empty, QLatin1String("Machine"));
    if (fault.wsmanCode.isEmpty() || inner)
        fault.wsmanCode = code.isEmpty() ? fault.wsmanCode : code;
    if (fault.machine.isEmpty())
        fault.machine = machine;
    while (in.nextChild()) {
        if (!in.is(ns::WsmanFault, QLatin1String("Message"))) {
            in.skip();
            continue;
        }
        QString text;
        const int level = in.depth();
        for (;;) {
            const auto token = in.next();
            if (token == XmlIn::Token::Invalid || token == XmlIn::Token::EndDocument)
                return;
            if (token == XmlIn::Token::EndElement && in.depth() < level)
                break;
            if (token == XmlIn::Token::Characters && in.depth() == level)
                text += in.text();
            else if (token == XmlIn::Token::StartElement) {
                if (in.is(ns::WsmanFault, QLatin1String("ProviderFault")))
                    readProviderFault(in, fault);
                else
                    in.skip();
            }
        }
        // The provider's inner message is the specific one; keep it over the outer text.
        text = text.trimmed();
        if (!text.isEmpty() && (inner || fault.message.isEmpty()))
            fault.message = text;
    }
}

void readDetail(XmlIn &in, Fault &fault)
{
    while (in.nextChild()) {
        if (in.is(ns::WsmanFault, QLatin1String("WSManFault")))
            readWsmanFault(in, fault, false);
        else if (in.nameIs(QLatin1String("MSFT_WmiError")))
            takeWmiError(InstanceXml::readInstance(in), fault);
        else
            in.skip();
    }
}

void readFault(XmlIn &in, Fault &fault)
{
    fault.lang.clear();
    while (in.nextChild()) {
        if (in.is(ns::Soap, QLatin1String("Code"))) {
            while (in.nextChild()) {
                if (in.is(ns::Soap, QLatin1String("Value"))) {
                    fault.receiver = in.readText().trimmed().endsWith(QLatin1String("Receiver"));
                } else if (in.is(ns::Soap, QLatin1String("Subcode"))) {
                    while (in.nextChild()) {
                        if (!in.is(ns::Soap, QLatin1String("Value"))) {
                            in.skip();
                            continue;
                        }
                        const QString value = in.readText().trimmed();
                        const qsizetype colon = value.indexOf(QLatin1Char(':'));
                        fault.subcode = colon < 0 ? value : value.mid(colon + 1);
                        fault.subcodeNamespace
                            = colon < 0 ? QString() : in.namespaceForPrefix(QStringView(value).left(colon));
                    }
                } else {
                    in.skip();
                }
            }
        } else if (in.is(ns::Soap, QLatin1String("Reason"))) {
            while (in.nextChild()) {
                if (in.is(ns::Soap, QLatin1String("Text")) && fault.reason.isEmpty()) {
                    fault.lang = in.attribute(ns::Xml, QLatin1String("lang"));
                    fault.reason = in.readText().trimmed();
                } else {
                    in.skip();
                }
            }
        } else if (in.is(ns::Soap, QLatin1String("Detail"))) {
            readDetail(in, fault);
        } else {
            in.skip();
        }
    }
}

void readBody(XmlIn &in, Response &response)
{
    if (!in.nextChild()) {
        if (in.failed())
            return;
        if (response.action == action::ReleaseResponse)
            response.kind = Response::Kind::Release;
        else if (response.action == action::PutResponse)
            response.kind = Response::Kind::Put;
        else
            in.fail(ResponseParser::tr("the SOAP body is empty"));
        return;
    }
    if (in.is(ns::Soap, QLatin1String("Fault"))) {
        response.kind = Response::Kind::Fault;
        readFault(in, response.fault);
    } else if (in.is(ns::Identity, QLatin1String("IdentifyResponse"))) {
        response.kind = Response::Kind::Identify;
        response.identify.protocolVersion.clear();
        while (in.nextChild()) {
            if (in.is(ns::Identity, QLatin1String("ProtocolVersion")))
                response.identify.protocolVersion = in.readText().trimmed();
            else if (in.is(ns::Identity, QLatin1String("ProductVendor")))
                response.identify.productVendor = in.readText().trimmed();
            else if (in.is(ns::Identity, QLatin1String("ProductVersion")))
                response.identify.productVersion = in.readText().trimmed();
            else
                in.skip();
        }
    } else if (in.is(ns::Enumeration, QLatin1String("EnumerateResponse"))) {
        response.kind = Response::Kind::Enumerate;
        readEnumeration(in, response);
    } else if (in.is(ns::Enumeration, QLatin1String("PullResponse"))) {
        response.kind = Response::Kind::Pull;
        readEnumeration(in, response);
    } else if (in.is(ns::Enumeration, QLatin1String("ReleaseResponse"))) {
        response.kind = Response::Kind::Release;
        in.skip();
    } else if (in.nameUtf8().endsWith("_OUTPUT")) {
        response.kind = Response::Kind::Invoke;
        response.instance = InstanceXml::readInstance(in);
    } else {
        response.kind = response.action == action::PutResponse ? Response::Kind::Put : Response::Kind::Get;
        response.instance = InstanceXml::readInstance(in);
    }
    while (in.nextChild())
        in.skip();
}

} // namespace

Response ResponseParser::parse(QByteArrayView data)
{
    Response response;
    XmlIn in(data);
    bool sawBody = false;
    if (in.enterSoapEnvelope(tr("the response has no XML element"))) {
        while (in.nextChild()) {
            if (in.is(ns::Soap, QLatin1String("Header"))) {
                readHeader(in, response);
            } else if (in.is(ns::Soap, QLatin1String("Body")) && !sawBody) {
                sawBody = true;
                readBody(in, response);
            } else {
                in.skip();
            }
        }
        if (!in.failed() && !sawBody)
            in.fail(tr("the envelope has no Body"));
        // Whatever follows the envelope must be nothing (this also catches a truncated body).
        while (!in.failed()) {
            const auto token = in.next();
            if (token == XmlIn::Token::EndDocument || token == XmlIn::Token::Invalid)
                break;
        }
    }
    if (in.failed()) {
        Response invalid;
        invalid.error = in.error(
            QStringLiteral("wsman.malformed"), tr("The host's response is not a valid WS-Management message"));
        invalid.error.fix = tr("Check that the address points to a WS-Management service (https://host:5986/wsman).");
        return invalid;
    }
    return response;
}

} // namespace hvdesk::wsman
