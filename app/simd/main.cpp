// hvdesk-simd: the simulator served over WS-Management, one endpoint per simulated host, so that
// hvdesk's remote backend and independent WS-Man clients (pywinrm, wsl) can manage it as they would
// real Hyper-V hosts.
#include <simd/SimdServer.h>
#include <simulated/SimulatedBackend.h>
#include <wsman/Heap.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTranslator>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

class SimdCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(SimdCommandLine)
};

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hvdesk-simd: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("hvdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hvdesk-simd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HVDESK_VERSION));
    auto *own = new QTranslator(&app);
    if (own->load(QLocale::system(), QStringLiteral("hvdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);

    QCommandLineParser parser;
    parser.setApplicationDescription(SimdCommandLine::tr(
        "hvdesk-simd: serves a simulated Hyper-V estate over WS-Management (WMI root/virtualization/v2), "
        "one endpoint per simulated host."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption topology(QStringLiteral("topology"),
        SimdCommandLine::tr(
            "The estate to serve: sim:demo (default), sim:/path/topology.json or sim:generate?hosts=2&vms=100."),
        SimdCommandLine::tr("uri"), QStringLiteral("sim:demo"));
    const QCommandLineOption bind(QStringLiteral("bind"),
        SimdCommandLine::tr("Listen on <address> (default 127.0.0.1). Anything but a loopback address exposes the "
                            "simulator to the network."),
        SimdCommandLine::tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
        SimdCommandLine::tr("The first host listens on <port>, the next on <port>+1, and so on (default 5986, or 5985 "
                            "with --http; 0: any free ports)."),
        SimdCommandLine::tr("port"));
    const QCommandLineOption http(
        QStringLiteral("http"), SimdCommandLine::tr("Serve plain HTTP instead of HTTPS (for tests)."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        SimdCommandLine::tr(
            "Keep the self-signed certificate in <directory> (default: the user's application data directory)."),
        SimdCommandLine::tr("directory"));
    const QCommandLineOption user(QStringLiteral("user"),
        SimdCommandLine::tr("The account clients authenticate as (default hvdesk)."), SimdCommandLine::tr("name"),
        QStringLiteral("hvdesk"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        SimdCommandLine::tr("Read the account's password from the first line of <file> (or set HVDESK_SIMD_PASSWORD)."),
        SimdCommandLine::tr("file"));
    const QCommandLineOption maxRequest(QStringLiteral("max-request-bytes"),
        SimdCommandLine::tr("The largest request body accepted (default 512000, WinRM's MaxEnvelopeSize)."),
        SimdCommandLine::tr("bytes"), QStringLiteral("512000"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        SimdCommandLine::tr("Connections each endpoint serves at once (default 64)."), SimdCommandLine::tr("count"),
        QStringLiteral("64"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        SimdCommandLine::tr("Run the simulated clock <factor> times faster than real time (default 1)."),
        SimdCommandLine::tr("factor"), QStringLiteral("1"));
    parser.addOptions({ topology, bind, port, http, stateDir, user, passwordFile, maxRequest, maxConnections, speed });
    parser.process(app);

    hvdesk::simd::SimdOptions options;
    options.https = !parser.isSet(http);
    if (!options.bind.setAddress(parser.value(bind)))
        return fail(SimdCommandLine::tr("--bind: '%1' is not an IP address.").arg(parser.value(bind)));
    if (!options.bind.isLoopback())
        std::fprintf(stderr, "hvdesk-simd: %s\n",
            qPrintable(SimdCommandLine::tr(
                "warning: listening on %1, which is not a loopback address: other machines can reach the simulator.")
                           .arg(options.bind.toString())));
    if (parser.isSet(port)) {
        bool ok = false;
        options.basePort = parser.value(port).toInt(&ok);
        if (!ok || options.basePort < 0 || options.basePort > 65535)
            return fail(SimdCommandLine::tr("--port: '%1' is not a port number (0-65535).").arg(parser.value(port)));
    }
    bool ok = false;
    options.maxRequestBytes = parser.value(maxRequest).toLongLong(&ok);
    if (!ok || options.maxRequestBytes < 4096)
        return fail(SimdCommandLine::tr("--max-request-bytes: '%1' is not a size of at least 4096.")
                        .arg(parser.value(maxRequest)));
    options.maxConnections = parser.value(maxConnections).toInt(&ok);
    if (!ok || options.maxConnections < 1)
        return fail(
            SimdCommandLine::tr("--max-connections: '%1' is not a positive number.").arg(parser.value(maxConnections)));
    const double factor = parser.value(speed).toDouble(&ok);
    if (!ok || factor <= 0 || factor > 1000)
        return fail(SimdCommandLine::tr("--speed: '%1' is not a factor between 0 and 1000.").arg(parser.value(speed)));
    options.stateDirectory = parser.isSet(stateDir) ? parser.value(stateDir)
                                                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    options.account.user = parser.value(user);
    if (parser.isSet(passwordFile)) {
        QFile f(parser.value(passwordFile));
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                SimdCommandLine::tr("--password-file: cannot read '%1': %2").arg(f.fileName(), f.errorString()));
        options.account.password = QString::fromUtf8(f.readLine()).trimmed();
    } else {
        options.account.password = qEnvironmentVariable("HVDESK_SIMD_PASSWORD");
    }
    if (options.account.password.isEmpty())
        return fail(SimdCommandLine::tr("no password: give --password-file FILE or set HVDESK_SIMD_PASSWORD."));

    hvdesk::Error error;
    std::optional<hvdesk::sim::Topology> estate
        = hvdesk::sim::SimulatedBackend::topologyFor(parser.value(topology), &error);
    if (!estate)
        return fail(error.text());

    hvdesk::wsman::keepHeapForEnvelopes();
    hvdesk::simd::SimdServer server(std::move(*estate));
    server.simulation().setSpeed(factor);
    if (!server.start(options, &error))
        return fail(error.text());

    for (const hvdesk::simd::SimdServer::Endpoint &e : server.endpoints()) {
        if (e.sha256.isEmpty())
            std::printf("%s %s\n", qPrintable(e.hostName), qPrintable(e.url.toString()));
        else
            std::printf(
                "%s %s sha256 %s\n", qPrintable(e.hostName), qPrintable(e.url.toString()), qPrintable(e.sha256));
    }
    std::printf("ready\n");
    std::fflush(stdout);

    // SIGINT and SIGTERM end the event loop cleanly (the handler only writes to a pipe).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
            char c;
            [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    const int code = app.exec();
    server.stop();
    return code;
}
