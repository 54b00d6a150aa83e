#include "QtPrinters.h"
#include "TestTopologies.h"

#include <models/Version.h>

#include <QTemporaryDir>

using namespace hvdesk;
using namespace hvdesk::sim;

namespace {

Error loadError(const QByteArray &json)
{
    Error e;
    EXPECT_FALSE(TopologyLoader::fromJson(json, QStringLiteral("bad.json"), &e).has_value());
    return e;
}

} // namespace

TEST(TopologyLoaderTest, DemoIsTheWarriorClusterAndAStandaloneHost)
{
    const Topology t = test::demo();
    ASSERT_EQ(t.hosts.size(), 3);
    EXPECT_EQ(t.hosts[0].name, QStringLiteral("crusader"));
    EXPECT_EQ(t.hosts[0].cluster, QStringLiteral("warrior"));
    EXPECT_EQ(t.hosts[1].name, QStringLiteral("saracen"));
    EXPECT_EQ(t.hosts[1].cluster, QStringLiteral("warrior"));
    EXPECT_TRUE(t.hosts[2].cluster.isEmpty());
    EXPECT_EQ(t.vms.size(), 20);

    // The seed's case-sensitivity trap: PUBLIC on one node, Public on the other.
    EXPECT_TRUE(t.hosts[0].findSwitch(QStringLiteral("Public")));
    EXPECT_FALSE(t.hosts[0].findSwitch(QStringLiteral("PUBLIC")));
    EXPECT_TRUE(t.hosts[1].findSwitch(QStringLiteral("PUBLIC")));
    EXPECT_FALSE(t.hosts[1].findSwitch(QStringLiteral("Public")));
    // One SR-IOV switch, and ones without.
    EXPECT_TRUE(t.hosts[0].findSwitch(QStringLiteral("Public"))->iovEnabled);
    EXPECT_FALSE(t.hosts[1].findSwitch(QStringLiteral("PUBLIC"))->iovEnabled);

    // Varied states, and the Windows Server 2003 R2 guest still on the 2008 R2 SP1 version.
    QSet<VmState> states;
    bool w2k3OnOldVersion = false;
    for (const SimVmSpec &vm : t.vms) {
        states << vm.info.state;
        if (vm.info.operatingSystem.contains(QStringLiteral("2003 R2"))
            && vm.info.integrationServices.guestVersion == QStringLiteral("6.1.7601.17514"))
            w2k3OnOldVersion = true;
    }
    EXPECT_TRUE(w2k3OnOldVersion);
    EXPECT_EQ(states, (QSet<VmState>{VmState::Running, VmState::Off, VmState::Saved, VmState::Paused}));
}

TEST(TopologyLoaderTest, VmIdsAreStableAcrossLoads)
{
    const Topology a = test::demo();
    const Topology b = test::demo();
    for (int i = 0; i < a.vms.size(); ++i)
        EXPECT_EQ(a.vms[i].info.id, b.vms[i].info.id);
    EXPECT_EQ(a.vms[0].info.id.size(), 36);
}

TEST(TopologyLoaderTest, SyntaxErrorsGiveLineAndColumn)
{
    const Error e = loadError("{\n  \"hosts\": [\n    {\"name\": \"h\",,}\n  ]\n}\n");
    EXPECT_EQ(e.code, QStringLiteral("topology.syntax"));
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("bad.json:3:"))) << e.message.toStdString();
}

TEST(TopologyLoaderTest, FieldErrorsNameTheLineAndThePath)
{
    QByteArray json = test::smallTopology();
    json.replace("\"type\": \"external\"", "\"type\": \"externel\"");
    const Error e = loadError(json);
    EXPECT_EQ(e.code, QStringLiteral("topology.field"));
    EXPECT_EQ(e.field, QStringLiteral("hosts[0].switches[0].type"));
    EXPECT_EQ(e.message,
              QStringLiteral("bad.json:10: hosts[0].switches[0].type: 'externel' is not one of: external, internal, private"));
}

TEST(TopologyLoaderTest, MissingFieldsAreReportedAtTheirObject)
{
    QByteArray json = test::smallTopology();
    json.replace("\"memoryGB\": 16,", "");
    const Error e = loadError(json);
    EXPECT_EQ(e.field, QStringLiteral("hosts[0].memoryGB"));
    EXPECT_TRUE(e.message.startsWith(QStringLiteral("bad.json:3: hosts[0].memoryGB: is required"))) << e.message.toStdString();
}

TEST(TopologyLoaderTest, RejectsWhatAHostWouldRefuse)
{
    struct Case
    {
        QByteArray from, to;
        QString field;
        QString says;
    };
    const QList<Case> cases = {
        {"\"host\": \"h1\", \"state\": \"off\"", "\"host\": \"h9\", \"state\": \"off\"", QStringLiteral("vms[3].host"),
         QStringLiteral("no host is named 'h9'")},
        {"[{\"switch\": \"Public\"}]}\n  ]", "[{\"switch\": \"public\"}]}\n  ]",
         QStringLiteral("vms[3].adapters[0].switch"), QStringLiteral("case-sensitive")},
        {"\"logicalProcessors\": 8}", "\"logicalProcessors\": 7, \"hyperThreading\": true}",
         QStringLiteral("hosts[0].processor.logicalProcessors"), QStringLiteral("sibling pairs")},
        {"\"state\": \"off\"", "\"state\": \"starting\"", QStringLiteral("vms[3].state"), QStringLiteral("off, running")},
        {"\"version\": \"6.1.7601.17514\"", "\"version\": \"6.1.beta\"", QStringLiteral("vms[1].integrationServices.version"),
         QStringLiteral("not a version")},
        {"\"startupMB\": 8192}", "\"startupMB\": 8192, \"dynamic\": true, \"minimumMB\": 9000}", QStringLiteral("vms[3].memory"),
         QStringLiteral("minimumMB <= startupMB")},
        {"\"nic\": \"nic\", \"iov\"", "\"nic\": \"nic0\", \"iov\"", QStringLiteral("hosts[0].switches[0].nic"),
         QStringLiteral("no physical NIC named 'nic0'")},
    };
    for (const Case &c : cases) {
        QByteArray json = test::smallTopology();
        ASSERT_TRUE(json.contains(c.from)) << c.from.toStdString();
        json.replace(c.from, c.to);
        const Error e = loadError(json);
        EXPECT_EQ(e.field, c.field) << e.message.toStdString();
        EXPECT_TRUE(e.message.contains(c.says)) << e.message.toStdString();
    }
}

TEST(TopologyLoaderTest, RejectsMacAddressesThatAreNotUnicast)
{
    QByteArray json = test::smallTopology();
    json.replace("{\"switch\": \"Public\"}]}\n  ]", "{\"switch\": \"Public\", \"staticMac\": \"01-00-5E-00-00-01\"}]}\n  ]");
    const Error e = loadError(json);
    EXPECT_EQ(e.field, QStringLiteral("vms[3].adapters[0].staticMac"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("multicast")));
}

TEST(TopologyLoaderTest, FilesThatCannotBeReadSaySo)
{
    Error e;
    EXPECT_FALSE(TopologyLoader::fromFile(QStringLiteral("/nonexistent/estate.json"), &e));
    EXPECT_EQ(e.code, QStringLiteral("topology.file"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("/nonexistent/estate.json")));

    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("estate.json")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(test::smallTopology());
    f.close();
    EXPECT_TRUE(TopologyLoader::fromFile(f.fileName(), &e).has_value());
}
