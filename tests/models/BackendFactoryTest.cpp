#include "QtPrinters.h"

#include <models/BackendFactory.h>
#include <models/HostBackend.h>

#include <gtest/gtest.h>

using namespace hvdesk;

TEST(BackendFactoryTest, SchemeOfAUri)
{
    EXPECT_EQ(BackendFactory::schemeOf(QStringLiteral("sim:demo")), QStringLiteral("sim"));
    EXPECT_EQ(BackendFactory::schemeOf(QStringLiteral("wsman+https://host:5986")), QStringLiteral("wsman+https"));
    EXPECT_EQ(BackendFactory::schemeOf(QStringLiteral("qemu:///system")), QStringLiteral("qemu"));
    EXPECT_EQ(BackendFactory::schemeOf(QStringLiteral("TEST:///default")), QStringLiteral("test"));
    EXPECT_EQ(BackendFactory::schemeOf(QStringLiteral("crusader")), QString());
}

TEST(BackendFactoryTest, UnknownSchemesNameTheSchemeAndTheAlternatives)
{
    BackendFactory factory;
    factory.registerScheme(QStringLiteral("sim"), QStringLiteral("Simulator"),
                           [](const QString &, Error *) { return std::unique_ptr<HostBackend>(); });
    Error e;
    EXPECT_EQ(factory.create(QStringLiteral("vmware://esx"), &e), nullptr);
    EXPECT_EQ(e.field, QStringLiteral("uri"));
    EXPECT_EQ(e.message, QStringLiteral("Server: hvdesk cannot connect to 'vmware' URIs."));
    EXPECT_EQ(e.fix, QStringLiteral("Use one of: sim: (for example sim:demo)."));
    EXPECT_EQ(factory.create(QStringLiteral("crusader"), &e), nullptr);
    EXPECT_EQ(e.message, QStringLiteral("Server: 'crusader' is not a connection URI."));
}

TEST(BackendFactoryTest, TheCreatorsErrorReachesTheCaller)
{
    BackendFactory factory;
    QString seen;
    factory.registerScheme(QStringLiteral("sim"), QStringLiteral("Simulator"), [&](const QString &uri, Error *e) {
        seen = uri;
        e->message = QStringLiteral("no such topology");
        return std::unique_ptr<HostBackend>();
    });
    Error e;
    EXPECT_EQ(factory.create(QStringLiteral("  sim:/x.json "), &e), nullptr);
    EXPECT_EQ(seen, QStringLiteral("sim:/x.json"));
    EXPECT_EQ(e.message, QStringLiteral("no such topology"));
    EXPECT_EQ(factory.schemes(), QStringList{QStringLiteral("sim")});
}
