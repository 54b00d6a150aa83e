// libFuzzer target for everything in hvdesk_wsman that reads untrusted bytes: the client's
// response parser, the CIM-XML reader, the server's request parser, WQL and WMI object paths.
// The first byte picks the reader, the rest is its input. Beyond "no crash, no leak, no UB" it
// checks one property: what the server's writer makes of parsed items, the parser reads back as
// the same number of valid items.
#include <wsman/CimXml.h>
#include <wsman/Epr.h>
#include <wsman/RequestParser.h>
#include <wsman/RequestWriter.h>
#include <wsman/ResponseParser.h>
#include <wsman/ResponseWriter.h>
#include <wsman/WqlQuery.h>

#include <cstdio>
#include <cstdlib>

using namespace hvdesk::wsman;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "wsman fuzzer: invariant broken: %s\n", what);
        std::abort();
    }
}

void fuzzResponse(QByteArrayView data)
{
    const Response response = parseResponse(data);
    if (!response.isValid()) {
        check(!response.error.message.isEmpty(), "an invalid response carries an error");
        return;
    }
    for (const CimInstance &item : response.items) {
        for (const CimProperty &p : item.properties())
            (void)item.string(p.name), (void)item.int64(p.name), (void)item.instances(p.name);
    }
    (void)response.fault.toError();
    if (response.kind == Response::Kind::Enumerate || response.kind == Response::Kind::Pull) {
        Request request = Request::pull(QStringLiteral("http://example.org/wmi/X"), QStringLiteral("ctx"));
        request.messageId = QStringLiteral("uuid:1");
        const QByteArray again
            = ResponseWriter::pull(request, response.items, response.enumerationContext, response.endOfSequence);
        const Response reread = parseResponse(again);
        check(reread.isValid(), "the writer's output of parsed items parses");
        check(reread.items.size() == response.items.size(), "the item count survives a round trip");
    }
    if (response.kind == Response::Kind::Fault) {
        Request request;
        request.messageId = QStringLiteral("uuid:2");
        const Response reread = parseResponse(ResponseWriter::fault(request, response.fault));
        check(reread.kind == Response::Kind::Fault, "a rewritten fault is a fault");
    }
}

void fuzzRequest(QByteArrayView data)
{
    const ParsedRequest parsed = RequestParser::parse(data);
    if (!parsed.ok()) {
        check(!parsed.fault.reason.isEmpty(), "a refused request says why");
        (void)ResponseWriter::fault(parsed.request, parsed.fault);
        return;
    }
    const QByteArray again = RequestWriter::write(parsed.request);
    const ParsedRequest reread = RequestParser::parse(again);
    check(reread.ok(), "the writer's output of a parsed request parses");
    check(reread.request.operation == parsed.request.operation, "the operation survives a round trip");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1 || size > 1 << 20)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes) + 1, qsizetype(size - 1));
    switch (bytes[0] % 5) {
    case 0:
        fuzzResponse(data);
        break;
    case 1: {
        hvdesk::Error error;
        const CimInstance instance = CimXml::read(QString::fromUtf8(data), &error);
        if (error.isNull()) {
            hvdesk::Error again;
            const CimInstance reread = CimXml::read(CimXml::write(instance), &again);
            check(again.isNull(), "CIM-XML written from a parsed instance parses");
            check(reread.properties().size() == instance.properties().size(), "CIM-XML keeps every property");
        }
        break;
    }
    case 2:
        fuzzRequest(data);
        break;
    case 3: {
        hvdesk::Error error;
        const QString text = QString::fromUtf8(data);
        const qsizetype split = text.indexOf(QLatin1Char('\n'));
        const WqlQuery query = WqlQuery::parse(split < 0 ? text : text.left(split), &error);
        if (query.isValid()) {
            CimInstance instance(QStringLiteral("X"));
            const QStringList values = split < 0 ? QStringList() : text.mid(split + 1).split(QLatin1Char('\n'));
            for (qsizetype i = 0; i + 1 < values.size(); i += 2)
                instance.set(values[i], CimValue(values[i + 1]));
            (void)query.matches(instance);
            (void)query.project(instance);
        }
        break;
    }
    case 4: {
        hvdesk::Error error;
        const Epr epr = Epr::fromWmiPath(QString::fromUtf8(data), &error);
        if (error.isNull()) {
            hvdesk::Error again;
            const Epr reread = Epr::fromWmiPath(epr.toWmiPath(), &again);
            check(again.isNull(), "a WMI path written from a parsed one parses");
            check(reread.selectors == epr.selectors, "WMI path keys survive a round trip");
        }
        break;
    }
    }
    return 0;
}
