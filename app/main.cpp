// hvdesk's composition root: the command line, translations, the backends by URI scheme, and
// the main window. The only place that sees both views and backends.
#include <simulated/SimulatedBackend.h>
#include <views/Icons.h>
#include <views/MainWindow.h>

#include <models/BackendFactory.h>
#include <models/ConnectionManager.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace {

// The command line's texts, under one translation context.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

void installTranslators(QApplication &app, const QLocale &locale)
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("hvdesk"));
    QApplication::setApplicationName(QStringLiteral("hvdesk"));
    QApplication::setApplicationVersion(QStringLiteral(HVDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("hvdesk"));
    QApplication::setWindowIcon(hvdesk::Icons::application());

    const QString lang = languageArgument(argc, argv);
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("hvdesk: a desktop management console for Hyper-V hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  CommandLine::tr("Open the demo: the built-in simulator of a two-node cluster and a standalone host."));
    const QCommandLineOption connectTo(QStringList{QStringLiteral("c"), QStringLiteral("connect")},
                                       CommandLine::tr("Connect to the server at <uri> (sim:demo, sim:/path/topology.json, ...). "
                                          "May be given more than once."),
                                       CommandLine::tr("uri"));
    const QCommandLineOption language(QStringLiteral("lang"), CommandLine::tr("Use the language <code> (de, nl, en)."), CommandLine::tr("code"));
    parser.addOptions({demo, connectTo, language});
    parser.process(app);

    hvdesk::BackendFactory factory;
    factory.registerScheme(QStringLiteral("sim"), hvdesk::sim::SimulatedBackend::schemeDescription(),
                           &hvdesk::sim::SimulatedBackend::create);

    hvdesk::ConnectionManager connections;
    hvdesk::MainWindow window(&connections, &factory);

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
