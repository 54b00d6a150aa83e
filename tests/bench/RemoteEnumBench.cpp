// Enumeration of every Msvm_ComputerSystem of one hvdesk-simd endpoint over HTTPS with hvdesk's
// WS-Management client (Enumerate with OptimizeEnumeration, Pull until EndOfSequence, every item
// parsed into an object): wall time, the process's CPU time (all its threads: what the client
// itself costs, without the server's share of the wall time) and round trips per run. scripts/bench.sh runs it beside
// pywinrm doing the same loop against the same server.
//   hvdesk_bench_remote_enum --url https://127.0.0.1:PORT/wsman --sha256 AB:CD:.. --runs 5
// The password comes from HVDESK_SIMD_PASSWORD.
#include <wsman/Heap.h>
#include <wsman/Namespaces.h>
#include <wsman/WsmanClient.h>

#include <models/RemoteAccess.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>
#include <ctime>

using namespace hvdesk;

namespace {

double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

class FixedPin : public CertificatePinStore
{
public:
    explicit FixedPin(QString sha256)
        : m_sha256(std::move(sha256))
    {
    }
    QString pinned(const QString &) const override { return m_sha256; }
    void pin(const QString &, const QString &) override { }
    void unpin(const QString &) override { }
    QStringList endpoints() const override { return {}; }

private:
    QString m_sha256;
};

} // namespace

int main(int argc, char **argv)
{
    hvdesk::wsman::keepHeapForEnvelopes(); // as hvdesk does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("endpoint"), QStringLiteral("url"));
    const QCommandLineOption sha(
        QStringLiteral("sha256"), QStringLiteral("the server certificate's fingerprint"), QStringLiteral("hex"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption max(
        QStringLiteral("max-elements"), QStringLiteral("MaxElements"), QStringLiteral("n"), QStringLiteral("1000"));
    parser.addOptions({ url, sha, runs, max });
    parser.process(app);

    FixedPin pins(parser.value(sha));
    wsman::ClientOptions options;
    options.url = QUrl(parser.value(url));
    options.allowPlainHttp = options.url.scheme() == QLatin1String("http");
    options.credentials = Credentials { QStringLiteral("hvdesk"), qEnvironmentVariable("HVDESK_SIMD_PASSWORD") };
    options.pins = &pins;
    wsman::WsmanClient client(options);
    const QString resource = wsman::wmiResourceUri(wsman::wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));
    const int maxElements = parser.value(max).toInt();

    for (int run = 0; run <= parser.value(runs).toInt(); ++run) { // run 0 warms the connection up
        QEventLoop loop;
        QElapsedTimer timer;
        const quint64 before = client.roundTrips();
        size_t items = 0;
        Error failure;
        std::function<void(const wsman::Response &, const Error &)> onResponse;
        onResponse = [&](const wsman::Response &r, const Error &e) {
            if (!e.isNull() || r.isFault()) {
                failure = e.isNull() ? r.fault.toError() : e;
                return loop.quit();
            }
            items += r.items.size();
            if (r.endOfSequence || r.enumerationContext.isEmpty())
                return loop.quit();
            client.send(wsman::Request::pull(resource, r.enumerationContext, maxElements), onResponse);
        };
        const double cpuBefore = processCpuMs();
        timer.start();
        wsman::Request enumerate = wsman::Request::enumerate(resource, QString(), maxElements);
        enumerate.optimizeEnumeration = true;
        enumerate.maxElements = maxElements;
        client.send(enumerate, onResponse);
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = processCpuMs() - cpuBefore;
        if (!failure.isNull()) {
            std::fprintf(stderr, "hvdesk: %s\n", qPrintable(failure.text()));
            return 1;
        }
        if (run > 0)
            std::printf("hvdesk run %d: %zu objects in %.1f ms, client CPU %.1f ms, %llu round trips\n", run, items, ms,
                cpuMs, static_cast<unsigned long long>(client.roundTrips() - before));
    }
    return 0;
}
