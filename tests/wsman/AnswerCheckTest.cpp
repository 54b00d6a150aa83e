// The client checks that an answer is the one asked for (its action, its RelatesTo, its body)
// against raw servers on 127.0.0.1 that answer wrongly, and bounds a request by a total deadline
// that a server dripping its answer cannot stretch.
#include "TransportTestUtil.h"

#include <QElapsedTimer>

using namespace hvdesk;
using namespace hvdesk::wsman;
using namespace hvdesk::wsman::testing;

namespace {

const QString Id = QStringLiteral("uuid:11111111-2222-3333-4444-555555555555");

QByteArray envelope(const QString &action, const QString &relatesTo, const QByteArray &body)
{
    return "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\" "
           "xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" "
           "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\"><s:Header>"
        + (action.isEmpty() ? QByteArray() : "<a:Action>" + action.toUtf8() + "</a:Action>")
        + "<a:MessageID>uuid:AAAA</a:MessageID>"
        + (relatesTo.isEmpty() ? QByteArray() : "<a:RelatesTo>" + relatesTo.toUtf8() + "</a:RelatesTo>")
        + "</s:Header><s:Body>" + body + "</s:Body></s:Envelope>";
}

const QByteArray EnumerateBody
    = "<n:EnumerateResponse><n:EnumerationContext>ctx</n:EnumerationContext></n:EnumerateResponse>";

class AnswerCheckTest : public ::testing::Test
{
protected:
    ClientOptions options(quint16 port) const
    {
        ClientOptions o;
        o.url = QUrl(QStringLiteral("http://127.0.0.1:%1/wsman").arg(port));
        o.allowPlainHttp = true;
        o.credentials = Credentials { QStringLiteral("u"), QStringLiteral("p") };
        o.retryDelayMs = 50;
        return o;
    }
    Result ask(const QByteArray &reply, Request request)
    {
        RawServer server(RawServer::Mode::Reply, reply);
        WsmanClient client(options(server.serverPort()));
        request.messageId = Id;
        return sendAndWait(client, request);
    }
};

} // namespace

TEST_F(AnswerCheckTest, AnIdentifyAnswerToAnEnumerateIsAnError)
{
    RawServer server(RawServer::Mode::Reply,
        httpReply(200,
            ResponseWriter::identify(IdentifyInfo { QString(ns::Wsman), QStringLiteral("x"), QStringLiteral("1") })));
    WsmanClient client(options(server.serverPort()));
    const Result r = sendAndWait(client, Request::enumerate(VmUri));
    ASSERT_TRUE(r.called);
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-action")) << r.error.message.toStdString();
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("Enumerate"))) << r.error.message.toStdString();
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("IdentifyResponse"))) << r.error.message.toStdString();
    EXPECT_FALSE(r.response.isValid());
    // An Identify is still answered by it.
    const Result identify = sendAndWait(client, Request::identify());
    EXPECT_TRUE(identify.error.isNull()) << identify.error.message.toStdString();
    EXPECT_EQ(identify.response.kind, Response::Kind::Identify);
}

TEST_F(AnswerCheckTest, TheActionMustBeTheOneExpected)
{
    const Result r = ask(httpReply(200, envelope(action::PullResponse, Id, EnumerateBody)), Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-action"));
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("PullResponse instead of EnumerateResponse")))
        << r.error.message.toStdString();
}

TEST_F(AnswerCheckTest, RelatesToMustNameTheRequest)
{
    Result r = ask(httpReply(200, envelope(action::EnumerateResponse, QStringLiteral("uuid:OTHER"), EnumerateBody)),
        Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-relates-to"));
    EXPECT_TRUE(r.error.message.contains(Id)) << r.error.message.toStdString();
    r = ask(httpReply(200, envelope(action::EnumerateResponse, {}, EnumerateBody)), Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-relates-to"));
    // The same answer, related to the request, is accepted.
    r = ask(httpReply(200, envelope(action::EnumerateResponse, Id, EnumerateBody)), Request::enumerate(VmUri));
    EXPECT_TRUE(r.error.isNull()) << r.error.message.toStdString();
    EXPECT_EQ(r.response.enumerationContext, QStringLiteral("ctx"));
}

TEST_F(AnswerCheckTest, TheBodyMustHoldTheExpectedElement)
{
    // The right action, the body in a wrong namespace.
    Result r = ask(httpReply(200,
                       envelope(action::EnumerateResponse, Id,
                           "<z:EnumerateResponse xmlns:z=\"urn:wrong\"><z:EnumerationContext>c</z:EnumerationContext>"
                           "</z:EnumerateResponse>")),
        Request::enumerate(VmUri));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-body")) << r.error.message.toStdString();
    // An Invoke answered with another method's output.
    const Request invoke = Request::invoke(VmUri, QStringLiteral("RequestStateChange"), {}, {});
    r = ask(httpReply(200,
                envelope(invoke.effectiveAction() + QStringLiteral("Response"), Id,
                    "<p:DefineSystem_OUTPUT xmlns:p=\"" + VmUri.toUtf8()
                        + "\"><p:ReturnValue>0</p:ReturnValue></p:DefineSystem_OUTPUT>")),
        invoke);
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-body")) << r.error.message.toStdString();
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("RequestStateChange_OUTPUT"))) << r.error.message.toStdString();
    // Its own output is accepted.
    r = ask(httpReply(200,
                envelope(invoke.effectiveAction() + QStringLiteral("Response"), Id,
                    "<p:RequestStateChange_OUTPUT xmlns:p=\"" + VmUri.toUtf8()
                        + "\"><p:ReturnValue>0</p:ReturnValue></p:RequestStateChange_OUTPUT>")),
        invoke);
    EXPECT_TRUE(r.error.isNull()) << r.error.message.toStdString();
    EXPECT_EQ(r.response.returnValue(), 0);
    // A Get answered with an EnumerateResponse.
    r = ask(httpReply(200, envelope(action::GetResponse, Id, EnumerateBody)), Request::get(VmUri, {}));
    EXPECT_EQ(r.error.code, QStringLiteral("wsman.wrong-body")) << r.error.message.toStdString();
}

TEST_F(AnswerCheckTest, ADrippingServerCannotHoldARequestBeyondItsTotalDeadline)
{
    RawServer drip(RawServer::Mode::Drip, httpReply(200, envelope(action::EnumerateResponse, Id, EnumerateBody)));
    drip.dripIntervalMs = 100; // bytes keep coming: no attempt ever sees a silent connection
    ClientOptions o = options(drip.serverPort());
    o.requestTimeoutMs = 1500; // per attempt, a total: not reset by each byte
    o.totalTimeoutMs = 2500; // every attempt included
    WsmanClient client(o);
    Request request = Request::enumerate(VmUri);
    request.messageId = Id;
    QElapsedTimer timer;
    timer.start();
    const Result r = sendAndWait(client, request, 30000);
    ASSERT_TRUE(r.called) << "held for " << timer.elapsed() << " ms";
    EXPECT_EQ(r.error.code, QStringLiteral("net.deadline")) << r.error.message.toStdString();
    EXPECT_LT(timer.elapsed(), 2500 + 5000) << "the deadline is a total";
    EXPECT_GE(drip.requests, 2) << "a timed-out read was tried again within the deadline";
}
