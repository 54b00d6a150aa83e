#pragma once

// Real parts for the transport tests: a dispatcher over a fixed list of objects, an in-memory pin
// store, prompts that answer as told and remember being asked, a protocol log in memory, and raw
// TCP servers that misbehave on purpose (silent, hanging up, answering garbage). All on
// 127.0.0.1, ephemeral ports.
#include "MemoryPinStore.h"
#include "WsmanTestUtil.h"

#include <wsman/ResponseWriter.h>
#include <wsman/WsmanClient.h>
#include <wsmanserver/Dispatcher.h>
#include <wsmanserver/SelfSignedCertificate.h>
#include <wsmanserver/WsmanServer.h>

#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <map>

namespace hvdesk::wsman::testing {

inline const QString VmUri = wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));

inline CimInstance vm(int n)
{
    CimInstance i(QStringLiteral("Msvm_ComputerSystem"), VmUri);
    i.set(QStringLiteral("CreationClassName"), CimValue(QStringLiteral("Msvm_ComputerSystem")));
    i.set(QStringLiteral("ElementName"), CimValue(QStringLiteral("vm%1").arg(n)));
    i.set(QStringLiteral("EnabledState"), CimValue(n % 2 ? QStringLiteral("2") : QStringLiteral("3")));
    i.set(QStringLiteral("Name"), CimValue(QStringLiteral("GUID-%1").arg(n)));
    i.set(QStringLiteral("ProcessID"), CimValue::null());
    return i;
}

// Identify, Enumerate (optimized or not) and Pull over `items`, Get by Name, Invoke counted.
class FixedDispatcher : public Dispatcher
{
public:
    std::vector<CimInstance> items;
    std::map<Operation, int> calls;
    QString lastUser;
    QList<Request> invokes;

    explicit FixedDispatcher(int count = 5)
    {
        for (int n = 0; n < count; ++n)
            items.push_back(vm(n));
    }

    Reply dispatch(const Request &request, const RequestContext &context) override
    {
        calls[request.operation]++;
        lastUser = context.user;
        switch (request.operation) {
        case Operation::Identify:
            return Reply::ok(ResponseWriter::identify(IdentifyInfo {
                QString(ns::Wsman), QStringLiteral("hvdesk tests"), QStringLiteral("OS: 0 Stack: 3.0") }));
        case Operation::Enumerate: {
            const size_t n = request.optimizeEnumeration ? std::min<size_t>(request.maxElements, items.size()) : 0;
            const bool end = n == items.size();
            return Reply::ok(
                ResponseWriter::enumerate(request, slice(0, n), end ? QString() : QString::number(n), end));
        }
        case Operation::Pull: {
            const size_t from = request.enumerationContext.toULong();
            const size_t max = request.maxElements > 0 ? size_t(request.maxElements) : 1;
            const size_t to = std::min(items.size(), from + max);
            const bool end = to == items.size();
            return Reply::ok(
                ResponseWriter::pull(request, slice(from, to), end ? QString() : QString::number(to), end));
        }
        case Operation::Get:
            for (const CimInstance &i : items) {
                if (i.string(QStringLiteral("Name"))
                    == Epr { {}, {}, request.selectors }.selector(QStringLiteral("Name")))
                    return Reply::ok(ResponseWriter::get(request, i));
            }
            return Reply::fault(request, Fault::make(Fault::Kind::InvalidSelectors, QStringLiteral("No such object.")));
        case Operation::Invoke: {
            invokes.append(request);
            CimInstance out(request.method + QStringLiteral("_OUTPUT"), request.resourceUri);
            out.set(QStringLiteral("ReturnValue"), CimValue(QStringLiteral("0")));
            return Reply::ok(ResponseWriter::invoke(request, out));
        }
        default:
            return Reply::fault(request, Fault::make(Fault::Kind::ActionNotSupported, QStringLiteral("Not here.")));
        }
    }

private:
    std::vector<CimInstance> slice(size_t from, size_t to) const
    {
        return std::vector<CimInstance>(items.begin() + qsizetype(from), items.begin() + qsizetype(to));
    }
};

using hvdesk::test::MemoryPinStore;

class TestPrompts : public ConnectionPrompts
{
public:
    bool answer = true;
    int answerAfterMs = 10;
    int trustAsked = 0;
    CertificateQuestion lastQuestion;
    void askTrust(const CertificateQuestion &question, std::function<void(bool)> reply) override
    {
        trustAsked++;
        lastQuestion = question;
        // Answered later, as a dialog would be.
        QTimer::singleShot(answerAfterMs, [reply, a = answer] { reply(a); });
    }
    void askCredentials(
        const QString &, const QString &, std::function<void(const std::optional<Credentials> &, bool)> reply) override
    {
        reply(std::nullopt, false);
    }
};

class MemoryLog : public ProtocolLogSink
{
public:
    bool enabled = true;
    QList<ProtocolExchange> records;
    bool isEnabled() const override { return enabled; }
    void record(const ProtocolExchange &exchange) override { records.append(exchange); }
};

// A TCP server that reads whole HTTP requests and then behaves as told.
class RawServer : public QTcpServer
{
public:
    // Drip: the reply, one byte every `dripIntervalMs`. Forward: each new connection is piped to
    // 127.0.0.1:`forwardPort` (a well-behaved server behind: the fault "fixed").
    enum class Mode { Silent, HangUp, Reply, Drip, Forward };
    Mode mode;
    QByteArray reply;
    int requests = 0;
    int connections = 0;
    bool closeAfterReply = false; // Reply: the connection ends after each answer
    int hangUpOnRequest = 0; // Reply: the Nth request of each connection (1-based) gets no answer
    int dripIntervalMs = 1000;
    quint16 forwardPort = 0;

    explicit RawServer(Mode m, QByteArray r = {})
        : mode(m)
        , reply(std::move(r))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    // Ends every connection accepted so far (a kept-alive one would keep the old behaviour).
    void dropConnections()
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
            socket->abort();
            socket->deleteLater();
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connections++;
        if (mode == Mode::Forward) {
            auto *peer = new QTcpSocket(socket);
            connect(socket, &QTcpSocket::readyRead, peer, [socket, peer] { peer->write(socket->readAll()); });
            connect(peer, &QTcpSocket::readyRead, socket, [socket, peer] { socket->write(peer->readAll()); });
            connect(peer, &QTcpSocket::disconnected, socket, [socket] { socket->disconnectFromHost(); });
            connect(socket, &QTcpSocket::disconnected, socket, [socket] { socket->deleteLater(); });
            connect(peer, &QTcpSocket::connected, socket, [socket, peer] { peer->write(socket->readAll()); });
            peer->connectToHost(QHostAddress::LocalHost, forwardPort);
            return;
        }
        auto *buffer = new QByteArray;
        auto *seen = new int(0);
        connect(socket, &QObject::destroyed, [buffer, seen] {
            delete buffer;
            delete seen;
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer, seen] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
            const qsizetype length = lengthAt < 0
                ? 0
                : buffer->mid(lengthAt + 15, buffer->indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            buffer->remove(0, end + 4 + length);
            requests++;
            ++*seen;
            if (mode == Mode::HangUp || (mode == Mode::Reply && *seen == hangUpOnRequest)) {
                socket->abort();
                socket->deleteLater();
            } else if (mode == Mode::Reply) {
                socket->write(reply);
                if (closeAfterReply)
                    socket->disconnectFromHost();
            } else if (mode == Mode::Drip) {
                auto *timer = new QTimer(socket);
                auto *sent = new qsizetype(0);
                connect(timer, &QObject::destroyed, [sent] { delete sent; });
                connect(timer, &QTimer::timeout, socket, [this, socket, timer, sent] {
                    if (*sent >= reply.size())
                        return timer->stop();
                    socket->write(reply.mid((*sent)++, 1));
                });
                timer->start(dripIntervalMs);
            }
        });
    }
};

inline QByteArray httpReply(
    int status, const QByteArray &body, const QByteArray &type = "application/soap+xml;charset=UTF-8")
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends one request and waits (bounded) for its callback.
struct Result
{
    bool called = false;
    Response response;
    Error error;
};

inline Result sendAndWait(WsmanClient &client, const Request &request, int timeoutMs = 10000)
{
    Result result;
    client.send(request, [&result](const Response &response, const Error &error) {
        result.called = true;
        result.response = response;
        result.error = error;
    });
    (void)QTest::qWaitFor([&] { return result.called; }, timeoutMs);
    return result;
}

} // namespace hvdesk::wsman::testing
