// hvdesk's composition root: the command line, translations, the backends by URI scheme, and
// the main window. The only place that sees both views and backends.
#include <keychain/KeychainCredentialStore.h>
#include <local/LocalBackend.h>
#include <remote/RemoteBackend.h>
#include <simulated/SimulatedBackend.h>
#include <views/GuiConnectionPrompts.h>
#include <views/Icons.h>
#include <views/MainWindow.h>
#include <wsman/Heap.h>

#include <models/BackendFactory.h>
#include <models/CertificatePins.h>
#include <models/ConnectionManager.h>
#include <models/HostBackend.h>
#include <models/IntegrationReportModel.h>
#include <models/ProtocolLog.h>
#include <models/RemoteAccess.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

namespace {

// The command line's texts, under one translation context.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("hvdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
}

// --lang must be known before the parser's texts are built, so it is read by hand first.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
        if (arg == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString();
}

// The languages hvdesk speaks: its own English and every translation built into it.
QStringList availableLanguages()
{
    QStringList languages { QStringLiteral("en") };
    const QStringList files
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("hvdesk_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(7, file.size() - 10); // hvdesk_de.qm
    return languages;
}

bool isAvailableLanguage(const QString &code)
{
    const QLocale::Language language = QLocale(code).language();
    if (language == QLocale::C || language == QLocale::AnyLanguage)
        return false;
    const QStringList available = availableLanguages();
    return std::any_of(
        available.begin(), available.end(), [language](const QString &a) { return QLocale(a).language() == language; });
}

// --help and --version print and exit: they need no window, so no display either.
bool asksForTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        for (const char *option : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (arg == QLatin1String(option))
                return true;
        }
    }
    return false;
}

bool hasOption(int argc, char **argv, const char *name)
{
    const QString option = QString::fromLatin1(name);
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == option || arg.startsWith(option + QLatin1Char('=')))
            return true;
    }
    return false;
}

// The options of the desktop program (without --report's own).
struct WindowOptions
{
    QCommandLineOption demo { QStringLiteral("demo"),
        CommandLine::tr("Open the demo: the built-in simulator of a two-node cluster and a standalone host.") };
    QCommandLineOption connectTo { QStringList { QStringLiteral("c"), QStringLiteral("connect") },
        CommandLine::tr("Connect to the server at <uri> (sim:demo, sim:/path/topology.json, ...). "
                        "May be given more than once."),
        CommandLine::tr("uri") };
    QCommandLineOption language { QStringLiteral("lang"), CommandLine::tr("Use the language <code> (de, nl, en)."),
        CommandLine::tr("code") };
    QCommandLineOption report { QStringLiteral("report"),
        CommandLine::tr("Print the report <name> (integration-services) as CSV for the servers given "
                        "with --connect, and exit without a window."),
        CommandLine::tr("name") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(CommandLine::tr("hvdesk: a desktop management console for Hyper-V hosts."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ demo, connectTo, language, report });
    }
};

// The application's names and the user's language, for any kind of QCoreApplication.
void setUpApplication(QCoreApplication &app, const QString &lang)
{
    QCoreApplication::setOrganizationName(QStringLiteral("hvdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("hvdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HVDESK_VERSION));
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    installTranslators(app, locale);
}

// Remote Hyper-V hosts over WS-Management. The keychain, the certificate pin store, the
// connection prompts and the protocol log are the desktop's; where one is missing the backend
// does without (no stored credentials, unknown certificates refused, no log).
void registerRemoteSchemes(hvdesk::BackendFactory &factory, const hvdesk::RemoteAccess *access)
{
    for (const QString &scheme : {QStringLiteral("wsman+https"), QStringLiteral("wsman+http")}) {
        factory.registerScheme(scheme, hvdesk::remote::RemoteBackend::schemeDescription(),
                               [access](const QString &uri, hvdesk::Error *error) {
                                   return hvdesk::remote::RemoteBackend::create(uri, *access, error);
                               });
    }
}

// How long a report waits for its connections to open.
constexpr int ReportConnectTimeoutMs = 30'000;

// hvdesk --report integration-services --connect URI [--format csv]: prints the report to
// standard output and exits, without a window (and without a display: QtCore only).
int runReport(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setUpApplication(app, languageArgument(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("hvdesk: a desktop management console for Hyper-V hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption report(QStringLiteral("report"), CommandLine::tr("Print the report <name> (integration-services) and exit."),
                                    CommandLine::tr("name"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("The report's format: csv."), CommandLine::tr("format"),
                                    QStringLiteral("csv"));
    const QCommandLineOption demo(QStringLiteral("demo"), CommandLine::tr("Report on the demo simulator."));
    const QCommandLineOption connectTo(QStringList{QStringLiteral("c"), QStringLiteral("connect")},
                                       CommandLine::tr("Report on the server at <uri>. May be given more than once."), CommandLine::tr("uri"));
    const QCommandLineOption language(QStringLiteral("lang"), CommandLine::tr("Use the language <code> (de, nl, en)."), CommandLine::tr("code"));
    parser.addOptions({report, format, demo, connectTo, language});
    parser.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "hvdesk: %s\n", qPrintable(message));
        return 2;
    };
    if (parser.value(report) != QLatin1String("integration-services"))
        return fail(CommandLine::tr("--report: '%1' is not a report. Use --report integration-services.").arg(parser.value(report)));
    if (parser.value(format) != QLatin1String("csv"))
        return fail(CommandLine::tr("--format: '%1' is not supported. Use --format csv.").arg(parser.value(format)));
    QStringList uris = parser.values(connectTo);
    if (parser.isSet(demo))
        uris.prepend(QStringLiteral("sim:demo"));
    if (uris.isEmpty())
        return fail(CommandLine::tr("--report needs at least one server: add --connect URI (for example --connect sim:demo)."));

    hvdesk::BackendFactory factory;
    factory.registerScheme(QStringLiteral("sim"), hvdesk::sim::SimulatedBackend::schemeDescription(),
                           &hvdesk::sim::SimulatedBackend::create);
    // libvirt: the local computer's KVM/QEMU VMs, remote libvirt hosts, libvirt's test hypervisor.
    for (const QString &scheme : hvdesk::local::LocalBackend::schemes())
        factory.registerScheme(scheme, hvdesk::local::LocalBackend::schemeDescription(), &hvdesk::local::LocalBackend::create);
    // A report uses the credentials and the certificates trusted in the desktop; it cannot ask, so
    // an unknown certificate or missing credentials end it with the reason.
    hvdesk::SettingsCertificatePinStore pins;
    hvdesk::keychain::KeychainCredentialStore keychain;
    const hvdesk::RemoteAccess remoteAccess{&keychain, &pins, nullptr, nullptr};
    registerRemoteSchemes(factory, &remoteAccess);
    hvdesk::ConnectionManager connections;
    hvdesk::IntegrationReportModel model(&connections);
    for (const QString &uri : std::as_const(uris)) {
        hvdesk::Error error;
        std::unique_ptr<hvdesk::HostBackend> backend = factory.create(uri, &error);
        if (!backend)
            return fail(error.text());
        connections.add(std::move(backend));
    }
    auto connecting = [&connections] {
        for (const hvdesk::HostBackend *b : connections.backends()) {
            if (b->connectionState() == hvdesk::ConnectionState::Connecting)
                return true;
        }
        return false;
    };
    QElapsedTimer waited;
    waited.start();
    while (connecting() && waited.elapsed() < ReportConnectTimeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    for (const hvdesk::HostBackend *b : connections.backends()) {
        if (b->connectionState() != hvdesk::ConnectionState::Connected)
            return fail(CommandLine::tr("%1: %2").arg(b->uri(), b->lastError().isNull() ? CommandLine::tr("the connection did not open in time.")
                                                                            : b->lastError().text()));
    }
    const QByteArray csv = model.toCsv().toUtf8();
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    std::fflush(stdout);
    // The summary is for the person running the script; the data stays clean on stdout.
    std::fprintf(stderr, "%s\n", qPrintable(model.summary().text()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    hvdesk::wsman::keepHeapForEnvelopes(); // remote hosts answer in bursts of large envelopes
    const QString lang = languageArgument(argc, argv);
    if (!lang.isEmpty() && !isAvailableLanguage(lang)) {
        std::fprintf(stderr, "hvdesk: %s\n",
            qPrintable(CommandLine::tr("--lang: there is no translation for '%1'. Available languages: %2.")
                           .arg(lang, availableLanguages().join(QStringLiteral(", ")))));
        return 2;
    }
    if (hasOption(argc, argv, "--report"))
        return runReport(argc, argv);
    if (asksForTextOnly(argc, argv)) {
        // Printed without a window: works over ssh and in CI, where there is no display.
        QCoreApplication app(argc, argv);
        setUpApplication(app, lang);
        QCommandLineParser parser;
        const WindowOptions options;
        options.addTo(parser);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setUpApplication(app, lang);
    QApplication::setDesktopFileName(QStringLiteral("hvdesk"));
    QApplication::setWindowIcon(hvdesk::Icons::application());

    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &connectTo = options.connectTo;

    hvdesk::BackendFactory factory;
    factory.registerScheme(QStringLiteral("sim"), hvdesk::sim::SimulatedBackend::schemeDescription(),
                           &hvdesk::sim::SimulatedBackend::create);
    // libvirt: the local computer's KVM/QEMU VMs, remote libvirt hosts, libvirt's test hypervisor.
    for (const QString &scheme : hvdesk::local::LocalBackend::schemes())
        factory.registerScheme(scheme, hvdesk::local::LocalBackend::schemeDescription(), &hvdesk::local::LocalBackend::create);
    // What remote connections get from the desktop. Declared before the connections, so that
    // everything a backend holds a pointer to outlives the backends.
    hvdesk::ProtocolLogModel protocolLog;       // off until View > Protocol Log is opened
    hvdesk::SettingsCertificatePinStore pins;   // trusted certificates, in the settings
    hvdesk::keychain::KeychainCredentialStore keychain; // credentials, in the system keychain only
    hvdesk::GuiConnectionPrompts prompts;       // certificate and credentials dialogs, over the window
    const hvdesk::RemoteAccess remoteAccess{&keychain, &pins, &prompts, &protocolLog};
    registerRemoteSchemes(factory, &remoteAccess);

    hvdesk::ConnectionManager connections;
    hvdesk::MainWindow window(&connections, &factory, hvdesk::MainWindow::RemoteViews{&protocolLog, &pins, &prompts});
    prompts.setWindow(&window);

    QStringList uris = parser.values(connectTo);
    if (parser.isSet(demo))
        uris.prepend(QStringLiteral("sim:demo"));
    const bool fromCommandLine = !uris.isEmpty();
    if (!fromCommandLine)
        uris = hvdesk::MainWindow::savedConnections();
    for (const QString &uri : std::as_const(uris)) {
        QString error;
        if (window.connectTo(uri, &error))
            continue;
        std::fprintf(stderr, "hvdesk: %s\n", qPrintable(error));
        if (fromCommandLine)
            return 2;
    }

    window.show();
    return app.exec();
}
