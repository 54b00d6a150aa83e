#include "RequestParser.h"

#include "InstanceXml.h"
#include "XmlIo.h"

namespace hvdesk::wsman {

qint64 RequestParser::parseDuration(QStringView text)
{
    text = text.trimmed();
    if (!text.startsWith(QLatin1Char('P')))
        return -1;
    double total = 0;
    bool inTime = false;
    bool any = false;
    QString number;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() || c == QLatin1Char('.')) {
            number += c;
            continue;
        }
        if (c == QLatin1Char('T')) {
            if (inTime || !number.isEmpty())
                return -1;
            inTime = true;
            continue;
        }
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (!ok)
            return -1;
        number.clear();
        any = true;
        switch (c.unicode()) {
        case 'Y':
            if (inTime)
                return -1;
            total += value * 365 * 86400;
            break;
        case 'M':
            total += inTime ? value * 60 : value * 30 * 86400;
            break;
        case 'D':
            if (inTime)
                return -1;
            total += value * 86400;
            break;
        case 'H':
            if (!inTime)
                return -1;
            total += value * 3600;
            break;
        case 'S':
            if (!inTime)
                return -1;
            total += value;
            break;
        default:
            return -1;
        }
    }
    if (!number.isEmpty() || !any || total > 1e9)
        return -1;
    return qint64(total * 1000 + 0.5);
}

namespace {

constexpr QLatin1String Empty("");

void readHeader(XmlIn &in, Request &request, Fault &fault)
{
    while (in.nextChild()) {
        if (in.is(ns::Addressing, QLatin1String("To"))) {
            request.to = in.readText().trimmed();
        } else if (in.is(ns::Wsman, QLatin1String("ResourceURI"))) {
            request.resourceUri = in.readText().trimmed();
        } else if (in.is(ns::Addressing, QLatin1String("ReplyTo"))) {
            request.replyTo.clear();
            while (in.nextChild()) {
                if (in.is(ns::Addressing, QLatin1String("Address")))
                    request.replyTo = in.readText().trimmed();
                else
                    in.skip();
            }
        } else if (in.is(ns::Addressing, QLatin1String("Action"))) {
            request.action = in.readText().trimmed();
        } else if (in.is(ns::Addressing, QLatin1String("MessageID"))) {
            request.messageId = in.readText().trimmed();
        } else if (in.is(ns::Wsman, QLatin1String("MaxEnvelopeSize"))) {
            bool ok = false;
            const int size = in.readText().trimmed().toInt(&ok);
            if (ok && size > 0)
                request.maxEnvelopeSize = size;
            else if (fault.isNull())
                fault = Fault::make(
                    Fault::Kind::SchemaValidationError, RequestParser::tr("MaxEnvelopeSize is not a positive number."));
        } else if (in.is(ns::Wsman, QLatin1String("OperationTimeout"))) {
            const qint64 ms = RequestParser::parseDuration(in.readText());
            if (ms >= 0)
                request.operationTimeoutMs = int(qMin<qint64>(ms, std::numeric_limits<int>::max()));
            else if (fault.isNull())
                fault = Fault::make(Fault::Kind::SchemaValidationError,
                    RequestParser::tr("OperationTimeout is not an xs:duration such as PT60S."));
        } else if (in.is(ns::Wsman, QLatin1String("Locale"))) {
            request.locale = in.attribute(ns::Xml, QLatin1String("lang"));
            in.skip();
        } else if (in.is(ns::Wsman, QLatin1String("SelectorSet"))) {
            request.selectors = InstanceXml::readSelectorSet(in);
        } else {
            in.skip();
        }
    }
}

int readCount(XmlIn &in, Fault &fault, const char *what)
{
    bool ok = false;
    const int n = in.readText().trimmed().toInt(&ok);
    if ((!ok || n <= 0) && fault.isNull())
        fault = Fault::make(Fault::Kind::SchemaValidationError,
            RequestParser::tr("%1 is not a positive number.").arg(QLatin1String(what)));
    return ok && n > 0 ? n : 0;
}

void readBody(XmlIn &in, Request &request, Fault &fault, QString *bodyElement)
{
    if (!in.nextChild())
        return;
    *bodyElement = in.name();
    if (in.is(ns::Identity, QLatin1String("Identify"))) {
        request.operation = Operation::Identify;
        in.skip();
    } else if (in.is(ns::Enumeration, QLatin1String("Enumerate"))) {
        while (in.nextChild()) {
            if (in.is(ns::Wsman, QLatin1String("Filter")) || in.is(ns::Enumeration, QLatin1String("Filter"))) {
                request.filterDialect = in.attribute(Empty, QLatin1String("Dialect"));
                request.filter = in.readText().trimmed();
            } else if (in.is(ns::Wsman, QLatin1String("OptimizeEnumeration"))) {
                request.optimizeEnumeration = true;
                in.skip();
            } else if (in.is(ns::Wsman, QLatin1String("MaxElements"))) {
                request.maxElements = readCount(in, fault, "MaxElements");
            } else {
                in.skip();
            }
        }
    } else if (in.is(ns::Enumeration, QLatin1String("Pull")) || in.is(ns::Enumeration, QLatin1String("Release"))) {
        while (in.nextChild()) {
            if (in.is(ns::Enumeration, QLatin1String("EnumerationContext")))
                request.enumerationContext = in.readText().trimmed();
            else if (in.is(ns::Enumeration, QLatin1String("MaxElements")))
                request.maxElements = readCount(in, fault, "MaxElements");
            else
                in.skip();
        }
    } else if (in.nameUtf8().endsWith("_INPUT")) {
        const CimInstance input = InstanceXml::readInstance(in);
        request.parameters = input.properties();
    } else {
        request.instance = InstanceXml::readInstance(in);
    }
    while (in.nextChild())
        in.skip();
}

void classify(Request &request, const QString &bodyElement, Fault &fault)
{
    const QString &a = request.action;
    if (a.isEmpty()) {
        if (request.operation != Operation::Identify)
            fault = Fault::make(
                Fault::Kind::SchemaValidationError, RequestParser::tr("The request has no Action header."));
        return;
    }
    if (a == action::Enumerate)
        request.operation = Operation::Enumerate;
    else if (a == action::Pull)
        request.operation = Operation::Pull;
    else if (a == action::Release)
        request.operation = Operation::Release;
    else if (a == action::Get)
        request.operation = Operation::Get;
    else if (a == action::Put)
        request.operation = Operation::Put;
    else if (bodyElement.endsWith(QLatin1String("_INPUT"))
        || (!request.resourceUri.isEmpty() && a.startsWith(request.resourceUri + QLatin1Char('/')))) {
        request.operation = Operation::Invoke;
        request.method = a.mid(a.lastIndexOf(QLatin1Char('/')) + 1);
        if (request.method.isEmpty()) {
            fault = Fault::make(
                Fault::Kind::ActionNotSupported, RequestParser::tr("The action '%1' names no method.").arg(a));
            return;
        }
        if (!bodyElement.isEmpty() && bodyElement != request.method + QLatin1String("_INPUT")) {
            fault = Fault::make(Fault::Kind::SchemaValidationError,
                RequestParser::tr("The body <%1> does not match the method %2 of the action.")
                    .arg(bodyElement, request.method));
            return;
        }
    } else {
        fault = Fault::make(
            Fault::Kind::ActionNotSupported, RequestParser::tr("The action '%1' is not supported.").arg(a));
        return;
    }
    if (request.resourceUri.isEmpty()) {
        fault = Fault::make(
            Fault::Kind::DestinationUnreachable, RequestParser::tr("The request has no ResourceURI header."));
        return;
    }
    if (request.messageId.isEmpty()) {
        fault = Fault::make(
            Fault::Kind::SchemaValidationError, RequestParser::tr("The request has no MessageID header."));
        return;
    }
    if ((request.operation == Operation::Pull || request.operation == Operation::Release)
        && request.enumerationContext.isEmpty()) {
        fault = Fault::make(
            Fault::Kind::InvalidEnumerationContext, RequestParser::tr("The request has no EnumerationContext."));
    }
}

} // namespace

ParsedRequest RequestParser::parse(QByteArrayView data)
{
    ParsedRequest parsed;
    Request &request = parsed.request;
    request.replyTo.clear();
    request.locale.clear();
    XmlIn in(data);
    QString bodyElement;
    bool sawBody = false;
    if (in.enterSoapEnvelope(tr("the request has no XML element"))) {
        while (in.nextChild()) {
            if (in.is(ns::Soap, QLatin1String("Header"))) {
                readHeader(in, request, parsed.fault);
            } else if (in.is(ns::Soap, QLatin1String("Body")) && !sawBody) {
                sawBody = true;
                readBody(in, request, parsed.fault, &bodyElement);
            } else {
                in.skip();
            }
        }
        while (!in.failed()) {
            const auto token = in.next();
            if (token == XmlIn::Token::EndDocument || token == XmlIn::Token::Invalid)
                break;
        }
    }
    if (in.failed()) {
        const Error error = in.error(QStringLiteral("wsman.malformed"), tr("The request is not well-formed"));
        parsed.fault = Fault::make(Fault::Kind::SchemaValidationError, error.message);
        return parsed;
    }
    if (!sawBody && parsed.fault.isNull()) {
        parsed.fault = Fault::make(Fault::Kind::SchemaValidationError, tr("The envelope has no Body."));
        return parsed;
    }
    if (parsed.fault.isNull())
        classify(request, bodyElement, parsed.fault);
    return parsed;
}

} // namespace hvdesk::wsman
