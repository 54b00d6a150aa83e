#include "QtPrinters.h"
#include "TestTopologies.h"

#include <models/Format.h>
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

namespace {

// The 1-based line of the first occurrence of `text` in `json`.
int lineOf(const QByteArray &json, const QByteArray &text)
{
    const qsizetype at = json.indexOf(text);
    EXPECT_GE(at, 0) << text.toStdString();
    return int(json.left(at).count('\n')) + 1;
}

} // namespace

TEST(TopologyLoaderTest, AMisspeltKeyIsRefusedWithTheKeyItResembles)
{
    QByteArray json = test::smallTopology();
    json.replace("\"memory\": {\"startupMB\": 2048}", "\"memroy\": {\"startupMB\": 2048}");
    const Error e = loadError(json);
    EXPECT_EQ(e.code, QStringLiteral("topology.unknown-key"));
    EXPECT_EQ(e.field, QStringLiteral("vms[0].memroy"));
    EXPECT_EQ(e.message,
        QStringLiteral("unknown key 'memroy' at bad.json:%1 (vms[0]); did you mean 'memory'?")
            .arg(lineOf(json, "\"memroy\"")));
    EXPECT_FALSE(e.fix.isEmpty());
}

TEST(TopologyLoaderTest, UnknownKeysAreRefusedAtEveryLevel)
{
    struct Case
    {
        QByteArray from, to;
        QString field;
        QString nearest;
    };
    const QList<Case> cases = {
        { "\"seed\": 7", "\"sed\": 7", QStringLiteral("sed"), QStringLiteral("seed") },
        { "\"memoryGB\": 16", "\"memoryGb\": 16", QStringLiteral("hosts[0].memoryGb"), QStringLiteral("memoryGB") },
        { "{\"logicalProcessors\": 8}", "{\"logicalProcessor\": 8}",
            QStringLiteral("hosts[0].processor.logicalProcessor"), QStringLiteral("logicalProcessors") },
        { "\"linkSpeedGbps\": 10", "\"linkSpeedGbit\": 10", QStringLiteral("hosts[0].nics[0].linkSpeedGbit"),
            QStringLiteral("linkSpeedGbps") },
        { "\"vmq\": {\"enabled\": true,", "\"vmq\": {\"enable\": true,", QStringLiteral("hosts[0].nics[0].vmq.enable"),
            QStringLiteral("enabled") },
        { "{\"supported\": true", "{\"suported\": true", QStringLiteral("hosts[0].nics[0].sriov.suported"),
            QStringLiteral("supported") },
        { "\"iov\": true}", "\"iovEnabled\": true}", QStringLiteral("hosts[0].switches[0].iovEnabled"), QString() },
        { "\"startupMB\": 8192", "\"startupMb\": 8192", QStringLiteral("vms[3].memory.startupMb"),
            QStringLiteral("startupMB") },
        { "{\"version\": \"6.1.7601.17514\"}", "{\"verison\": \"6.1.7601.17514\"}",
            QStringLiteral("vms[1].integrationServices.verison"), QStringLiteral("version") },
        { "[{\"switch\": \"Public\"}]", "[{\"swtich\": \"Public\"}]", QStringLiteral("vms[3].adapters[0].swtich"),
            QStringLiteral("switch") },
    };
    for (const Case &c : cases) {
        QByteArray json = test::smallTopology();
        ASSERT_TRUE(json.contains(c.from)) << c.from.toStdString();
        json.replace(c.from, c.to);
        const Error e = loadError(json);
        EXPECT_EQ(e.field, c.field) << e.message.toStdString();
        const QString key = c.field.section(QLatin1Char('.'), -1);
        EXPECT_TRUE(
            e.message.startsWith(QStringLiteral("unknown key '%1' at bad.json:%2 (").arg(key).arg(lineOf(json, c.to))))
            << e.message.toStdString();
        if (!c.nearest.isEmpty()) {
            EXPECT_TRUE(e.message.endsWith(QStringLiteral("did you mean '%1'?").arg(c.nearest)))
                << e.message.toStdString();
        }
    }

    // Keys in the optional objects: an adapter's load, a VM's cpu, disks, faults, a host's
    // migration and volumes, the migration networks.
    const QByteArray adapter = "[{\"switch\": \"Public\"}]}\n  ]";
    const QList<QPair<QByteArray, QString>> optional = {
        { "[{\"switch\": \"Public\", \"load\": {\"inMbps\": 10, \"burst\": true}}]}\n  ]",
            QStringLiteral("vms[3].adapters[0].load.burst") },
        { "[{\"switch\": \"Public\"}], \"cpu\": {\"baseline\": 10, \"amplitud\": 5}}\n  ]",
            QStringLiteral("vms[3].cpu.amplitud") },
        { "[{\"switch\": \"Public\"}], \"disks\": [{\"path\": \"C:\\\\d.vhdx\", \"size\": 20}]}\n  ]",
            QStringLiteral("vms[3].disks[0].size") },
        { "[{\"switch\": \"Public\"}], \"faults\": {\"start\": {\"message\": \"no\", \"hint\": \"x\"}}}\n  ]",
            QStringLiteral("vms[3].faults.start.hint") },
    };
    for (const auto &[to, field] : optional) {
        QByteArray json = test::smallTopology();
        ASSERT_TRUE(json.contains(adapter));
        json.replace(adapter, to);
        const Error e = loadError(json);
        EXPECT_EQ(e.field, field) << e.message.toStdString();
    }
    const QByteArray hostEnd = "\"iov\": true}]\n";
    const QList<QPair<QByteArray, QString>> hostLevel = {
        { "\"iov\": true}],\n \"migration\": {\"enabled\": true, \"simultaneous\": 2}\n",
            QStringLiteral("hosts[0].migration.simultaneous") },
        { "\"iov\": true}],\n \"volumes\": [{\"path\": \"D:\\\\\", \"free\": 10}]\n",
            QStringLiteral("hosts[0].volumes[0].free") },
    };
    for (const auto &[to, field] : hostLevel) {
        QByteArray json = test::smallTopology();
        ASSERT_TRUE(json.contains(hostEnd));
        json.replace(hostEnd, to);
        const Error e = loadError(json);
        EXPECT_EQ(e.field, field) << e.message.toStdString();
    }
    QByteArray json = test::smallTopology();
    json.replace(
        "\"seed\": 7,", "\"seed\": 7, \"migrationNetworks\": [{\"subnet\": \"10.0.50.0/24\", \"speed\": 10}],");
    EXPECT_EQ(loadError(json).field, QStringLiteral("migrationNetworks[0].speed"));
}

TEST(TopologyLoaderTest, AKeyLikeNoOtherListsTheKeysThatAreKnown)
{
    QByteArray json = test::smallTopology();
    json.replace("\"seed\": 7,", "\"seed\": 7, \"xyzzy\": 1,");
    const Error e = loadError(json);
    EXPECT_EQ(e.field, QStringLiteral("xyzzy"));
    EXPECT_TRUE(e.message.contains(QStringLiteral("seed, name, hosts, migrationNetworks, vms")))
        << e.message.toStdString();
    EXPECT_FALSE(e.message.contains(QStringLiteral("did you mean"))) << e.message.toStdString();
}

namespace {

// A 4 GB host and one VM of `startupMB` in `state`.
QByteArray smallHost(const char *state, int startupMB, const char *more = "")
{
    return QStringLiteral(R"({
  "hosts": [{"name": "tiny", "processor": {"logicalProcessors": 4}, "memoryGB": 4,
             "integrationServicesVersion": "6.2.9200.16433"}],
  "vms": [
    {"name": "small", "host": "tiny", "state": "running", "memory": {"startupMB": 1024}},
    {"name": "big", "host": "tiny", "state": "%1",
     "memory": {"startupMB": %2%3}}
  ]
})")
        .arg(QLatin1String(state))
        .arg(startupMB)
        .arg(QLatin1String(more))
        .toUtf8();
}

} // namespace

TEST(TopologyLoaderTest, RunningVmsMustFitTheirHostsMemory)
{
    for (const char *state : { "running", "paused" }) {
        const QByteArray json = smallHost(state, 65536);
        const Error e = loadError(json);
        EXPECT_EQ(e.field, QStringLiteral("vms[1].memory.startupMB")) << state;
        // The VM, the host and the figures: 64 GB needed; 4 GB less the reserve and the other VM.
        for (const QString &part :
            { QStringLiteral("bad.json:%1:").arg(lineOf(json, "\"startupMB\": 65536")), QStringLiteral("'big'"),
                QStringLiteral("'tiny'"), Format::memoryMB(65536ULL << 20), Format::memoryMB(4096ULL << 20),
                Format::memoryMB(Simulation::HostReserveBytes), Format::memoryMB(1024ULL << 20) })
            EXPECT_TRUE(e.message.contains(part)) << part.toStdString() << " in " << e.message.toStdString();
        EXPECT_FALSE(e.fix.isEmpty());
    }
    // Exactly what is left fits; a megabyte more does not.
    Error e;
    EXPECT_TRUE(TopologyLoader::fromJson(smallHost("running", 1024), QStringLiteral("ok.json"), &e))
        << e.message.toStdString();
    EXPECT_FALSE(TopologyLoader::fromJson(smallHost("running", 1025), QStringLiteral("bad.json"), &e));
    // Dynamic memory needs its minimum.
    EXPECT_TRUE(TopologyLoader::fromJson(
        smallHost("running", 8192, ", \"dynamic\": true, \"minimumMB\": 512, \"maximumMB\": 16384"),
        QStringLiteral("ok.json"), &e))
        << e.message.toStdString();
    EXPECT_EQ(
        loadError(smallHost("running", 8192, ", \"dynamic\": true, \"minimumMB\": 4096, \"maximumMB\": 16384")).field,
        QStringLiteral("vms[1].memory.minimumMB"));
    // Off and saved VMs hold no memory on the host.
    for (const char *state : { "off", "saved" })
        EXPECT_TRUE(TopologyLoader::fromJson(smallHost(state, 65536), QStringLiteral("ok.json"), &e))
            << state << e.message.toStdString();
}
