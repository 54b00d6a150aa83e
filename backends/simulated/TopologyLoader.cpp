#include "TopologyLoader.h"

#include "JsonLocator.h"
#include "Simulation.h"

#include <models/Format.h>
#include <models/Version.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace hvdesk::sim {

namespace {

constexpr quint64 MiB = 1024ULL * 1024ULL;
constexpr quint64 GiB = 1024ULL * MiB;

// Walks the JSON with a current path; the first problem wins and stops the load.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(TopologyLoader)

public:
    Reader(const QByteArray &json, QString source)
        : m_json(json)
        , m_source(std::move(source))
    {
    }

    bool failed() const { return !m_error.isNull(); }
    Error error() const { return m_error; }

    void fail(const QString &path, const QString &what, const QString &fix = QString())
    {
        if (failed())
            return;
        // A missing field is reported at its object's line.
        const int line = lineOf(path);
        m_error.code = QStringLiteral("topology.field");
        m_error.field = path;
        m_error.message = tr("%1:%2: %3: %4").arg(m_source).arg(line).arg(path, what);
        m_error.fix = fix.isEmpty() ? tr("Correct the field and load the topology again.") : fix;
    }

    // Every key of `o` must be one the loader reads: a misspelt key would otherwise be ignored
    // and its default used without a word.
    void onlyKeys(const QJsonObject &o, const QString &path, const char *keys)
    {
        const QStringList known = QString::fromLatin1(keys).split(QLatin1Char(' '));
        for (auto it = o.begin(); it != o.end() && !failed(); ++it) {
            if (known.contains(it.key()))
                continue;
            const QString field = join(path, it.key());
            QString nearest;
            int best = 0;
            for (const QString &k : known) {
                const int d = editDistance(it.key().toLower(), k.toLower());
                if (nearest.isEmpty() || d < best) {
                    nearest = k;
                    best = d;
                }
            }
            const int line = lineOf(field);
            const QString where = path.isEmpty() ? tr("the top level") : path;
            QString message = best <= qMax(2, int(nearest.size() / 3))
                ? tr("unknown key '%1' at %2:%3 (%4); did you mean '%5'?")
                      .arg(it.key(), m_source)
                      .arg(line)
                      .arg(where, nearest)
                : tr("unknown key '%1' at %2:%3 (%4); the keys here are: %5")
                      .arg(it.key(), m_source)
                      .arg(line)
                      .arg(where, known.join(QStringLiteral(", ")));
            m_error.code = QStringLiteral("topology.unknown-key");
            m_error.field = field;
            m_error.message = message;
            m_error.fix = tr("Correct or remove the key and load the topology again.");
        }
    }

    // Levenshtein distance.
    static int editDistance(const QString &a, const QString &b)
    {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int above = row[j];
                row[j] = qMin(qMin(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.size()];
    }

    // The line of a field, or of the nearest enclosing value that is in the text.
    int lineOf(QString at)
    {
        if (!m_locator)
            m_locator = std::make_unique<JsonLocator>(m_json);
        int line = m_locator->lineOf(at);
        while (line == 0 && !at.isEmpty()) {
            const qsizetype cut = qMax(at.lastIndexOf(QLatin1Char('.')), at.lastIndexOf(QLatin1Char('[')));
            at = cut > 0 ? at.left(cut) : QString();
            line = m_locator->lineOf(at);
        }
        return line;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject())
            fail(join(path, key), v.isUndefined() ? tr("is required (an object)") : tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(join(path, key), v.isUndefined() ? tr("is required (a list)") : tr("must be a list"));
        return v.toArray();
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required,
                   const QString &fallback = QString())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), tr("is required (a text)"));
            return fallback;
        }
        if (!v.isString()) {
            fail(join(path, key), tr("must be a text in quotes"));
            return fallback;
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(join(path, key), tr("must not be empty"));
        return v.toString();
    }

    double number(const QJsonObject &o, const QString &path, const QString &key, double min, double max,
                  double fallback, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(join(path, key), tr("is required (a number from %1 to %2)").arg(min).arg(max));
            return fallback;
        }
        if (!v.isDouble()) {
            fail(join(path, key), tr("must be a number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        const double d = v.toDouble();
        if (d < min || d > max) {
            fail(join(path, key), tr("%1 is out of range: use a number from %2 to %3").arg(d).arg(min).arg(max));
            return fallback;
        }
        return d;
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max, int fallback,
                bool required = false)
    {
        const double d = number(o, path, key, min, max, fallback, required);
        if (!failed() && o.contains(key) && d != double(qint64(d)))
            fail(join(path, key), tr("must be a whole number"));
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(join(path, key), tr("must be true or false"));
        return v.toBool(fallback);
    }

    template<typename E>
    E choice(const QJsonObject &o, const QString &path, const QString &key, const QList<QPair<QString, E>> &options,
             E fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        QStringList names;
        for (const auto &[name, value] : options) {
            if (v.toString() == name)
                return value;
            names << name;
        }
        fail(join(path, key), tr("'%1' is not one of: %2").arg(v.toVariant().toString(), names.join(QStringLiteral(", "))));
        return fallback;
    }

private:
    const QByteArray &m_json;
    QString m_source;
    Error m_error;
    std::unique_ptr<JsonLocator> m_locator;
};

const QList<QPair<QString, BandwidthReservationMode>> reservationModes = {
    {QStringLiteral("Default"), BandwidthReservationMode::Default},
    {QStringLiteral("Weight"), BandwidthReservationMode::Weight},
    {QStringLiteral("Absolute"), BandwidthReservationMode::Absolute},
    {QStringLiteral("None"), BandwidthReservationMode::None},
};

int parseConfigurationVersion(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return -1;
    bool ok1 = false, ok2 = false;
    const int major = parts[0].toInt(&ok1);
    const int minor = parts[1].toInt(&ok2);
    return ok1 && ok2 && minor >= 0 && minor < 10 ? major * 10 + minor : -1;
}

PhysicalNic readNic(Reader &r, const QJsonObject &o, const QString &path)
{
    PhysicalNic nic;
    r.onlyKeys(
        o, path, "name description linkSpeedGbps rss vmq sriov ipsecOffloadSAs checksumOffload largeSendOffload");
    nic.name = r.string(o, path, QStringLiteral("name"), true);
    nic.description = r.string(o, path, QStringLiteral("description"), false);
    nic.linkSpeedBps = quint64(r.number(o, path, QStringLiteral("linkSpeedGbps"), 0.01, 400, 10) * 1e9);
    const QJsonObject rss = r.object(o, path, QStringLiteral("rss"), false);
    const QString rssPath = Reader::join(path, QStringLiteral("rss"));
    r.onlyKeys(rss, rssPath, "enabled baseProcessor maxProcessors queues");
    nic.rss.enabled = r.boolean(rss, rssPath, QStringLiteral("enabled"), true);
    nic.rss.baseProcessor = r.integer(rss, rssPath, QStringLiteral("baseProcessor"), 0, 1023, 0);
    nic.rss.maxProcessors = r.integer(rss, rssPath, QStringLiteral("maxProcessors"), 1, 1024, 8);
    nic.rss.queues = r.integer(rss, rssPath, QStringLiteral("queues"), 1, 1024, 8);
    const QJsonObject vmq = r.object(o, path, QStringLiteral("vmq"), false);
    const QString vmqPath = Reader::join(path, QStringLiteral("vmq"));
    r.onlyKeys(vmq, vmqPath, "enabled queues baseProcessor maxProcessors dynamic");
    nic.vmq.enabled = r.boolean(vmq, vmqPath, QStringLiteral("enabled"), !vmq.isEmpty());
    nic.vmq.queues = r.integer(vmq, vmqPath, QStringLiteral("queues"), 0, 1024, 0);
    nic.vmq.baseProcessor = r.integer(vmq, vmqPath, QStringLiteral("baseProcessor"), 0, 1023, 0);
    nic.vmq.maxProcessors = r.integer(vmq, vmqPath, QStringLiteral("maxProcessors"), 1, 1024, 8);
    nic.vmq.dynamic = r.boolean(vmq, vmqPath, QStringLiteral("dynamic"), true);
    const QJsonObject sriov = r.object(o, path, QStringLiteral("sriov"), false);
    const QString sriovPath = Reader::join(path, QStringLiteral("sriov"));
    r.onlyKeys(sriov, sriovPath, "supported virtualFunctions");
    nic.sriovSupported = r.boolean(sriov, sriovPath, QStringLiteral("supported"), false);
    nic.sriovVirtualFunctions = r.integer(sriov, sriovPath, QStringLiteral("virtualFunctions"), 0, 256,
                                          nic.sriovSupported ? 32 : 0);
    nic.ipsecOffloadCapacity = quint32(r.integer(o, path, QStringLiteral("ipsecOffloadSAs"), 0, 65535, 0));
    nic.checksumOffload = r.boolean(o, path, QStringLiteral("checksumOffload"), true);
    nic.largeSendOffload = r.boolean(o, path, QStringLiteral("largeSendOffload"), true);
    return nic;
}

VirtualSwitch readSwitch(Reader &r, const QJsonObject &o, const QString &path, const HostInfo &host)
{
    VirtualSwitch sw;
    r.onlyKeys(o, path, "name type nic iov reservationMode");
    sw.name = r.string(o, path, QStringLiteral("name"), true);
    sw.type = r.choice<SwitchType>(o, path, QStringLiteral("type"),
                                   {{QStringLiteral("external"), SwitchType::External},
                                    {QStringLiteral("internal"), SwitchType::Internal},
                                    {QStringLiteral("private"), SwitchType::Private}},
                                   SwitchType::External);
    sw.boundNic = r.string(o, path, QStringLiteral("nic"), sw.type == SwitchType::External);
    if (sw.type == SwitchType::External && !r.failed() && !host.findNic(sw.boundNic))
        r.fail(Reader::join(path, QStringLiteral("nic")),
               TopologyLoader::tr("the host has no physical NIC named '%1'").arg(sw.boundNic));
    sw.iovEnabled = r.boolean(o, path, QStringLiteral("iov"), false);
    sw.reservationMode = r.choice(o, path, QStringLiteral("reservationMode"), reservationModes,
                                  BandwidthReservationMode::Default);
    return sw;
}

HostInfo readHost(Reader &r, const QJsonObject &o, const QString &path)
{
    HostInfo h;
    r.onlyKeys(o, path,
        "name cluster os build processor memoryGB integrationServicesVersion maxConfigurationVersion nics switches "
        "migration volumes");
    h.name = r.string(o, path, QStringLiteral("name"), true);
    h.cluster = r.string(o, path, QStringLiteral("cluster"), false);
    h.osName = r.string(o, path, QStringLiteral("os"), false, QStringLiteral("Windows Server 2012 Datacenter"));
    h.osBuild = r.string(o, path, QStringLiteral("build"), false, QStringLiteral("6.2.9200"));
    const QJsonObject cpu = r.object(o, path, QStringLiteral("processor"), true);
    const QString cpuPath = Reader::join(path, QStringLiteral("processor"));
    r.onlyKeys(cpu, cpuPath, "vendor model logicalProcessors hyperThreading");
    h.processorVendor = r.string(cpu, cpuPath, QStringLiteral("vendor"), false, QStringLiteral("GenuineIntel"));
    h.processorModel = r.string(cpu, cpuPath, QStringLiteral("model"), false);
    h.logicalProcessors = r.integer(cpu, cpuPath, QStringLiteral("logicalProcessors"), 1, 1024, 8, true);
    h.hyperThreading = r.boolean(cpu, cpuPath, QStringLiteral("hyperThreading"), false);
    if (!r.failed() && h.hyperThreading && h.logicalProcessors % 2 != 0)
        r.fail(Reader::join(cpuPath, QStringLiteral("logicalProcessors")),
               TopologyLoader::tr("must be even when hyperThreading is true (sibling pairs)"));
    h.memoryBytes = quint64(r.number(o, path, QStringLiteral("memoryGB"), 1, 24576, 64, true) * double(GiB));
    h.integrationServicesVersion = r.string(o, path, QStringLiteral("integrationServicesVersion"), true);
    if (!r.failed() && !Version::parse(h.integrationServicesVersion).isValid())
        r.fail(Reader::join(path, QStringLiteral("integrationServicesVersion")),
               TopologyLoader::tr("'%1' is not a version such as 6.2.9200.16433").arg(h.integrationServicesVersion));
    const QString maxConfig = r.string(o, path, QStringLiteral("maxConfigurationVersion"), false, QStringLiteral("4.0"));
    h.maxConfigurationVersion = parseConfigurationVersion(maxConfig);
    if (!r.failed() && h.maxConfigurationVersion < 0)
        r.fail(Reader::join(path, QStringLiteral("maxConfigurationVersion")),
               TopologyLoader::tr("'%1' is not a configuration version such as 5.0").arg(maxConfig));

    const QJsonArray nics = r.array(o, path, QStringLiteral("nics"), false);
    for (int i = 0; i < nics.size() && !r.failed(); ++i) {
        const QString p = Reader::join(path, QStringLiteral("nics[%1]").arg(i));
        h.nics << readNic(r, nics[i].toObject(), p);
    }
    const QJsonArray switches = r.array(o, path, QStringLiteral("switches"), false);
    for (int i = 0; i < switches.size() && !r.failed(); ++i) {
        const QString p = Reader::join(path, QStringLiteral("switches[%1]").arg(i));
        const VirtualSwitch sw = readSwitch(r, switches[i].toObject(), p, h);
        if (!r.failed() && h.findSwitch(sw.name))
            r.fail(Reader::join(p, QStringLiteral("name")), TopologyLoader::tr("the host already has a switch named '%1'").arg(sw.name));
        h.switches << sw;
    }

    const QJsonObject m = r.object(o, path, QStringLiteral("migration"), false);
    const QString mPath = Reader::join(path, QStringLiteral("migration"));
    r.onlyKeys(m, mPath, "enabled simultaneousLive simultaneousStorage networks authentication performance");
    h.migration.liveMigrationEnabled = r.boolean(m, mPath, QStringLiteral("enabled"), false);
    h.migration.simultaneousLiveMigrations = r.integer(m, mPath, QStringLiteral("simultaneousLive"), 1, 512, 2);
    h.migration.simultaneousStorageMigrations = r.integer(m, mPath, QStringLiteral("simultaneousStorage"), 1, 512, 2);
    for (const QJsonValue &net : r.array(m, mPath, QStringLiteral("networks"), false))
        h.migration.migrationNetworks << net.toString();
    h.migration.authentication = r.choice<MigrationAuthentication>(
        m, mPath, QStringLiteral("authentication"),
        {{QStringLiteral("CredSSP"), MigrationAuthentication::CredSSP},
         {QStringLiteral("Kerberos"), MigrationAuthentication::Kerberos}},
        MigrationAuthentication::CredSSP);
    h.migration.performance = r.choice<MigrationPerformance>(
        m, mPath, QStringLiteral("performance"),
        {{QStringLiteral("TCPIP"), MigrationPerformance::TcpIp},
         {QStringLiteral("Compression"), MigrationPerformance::Compression},
         {QStringLiteral("SMB"), MigrationPerformance::Smb}},
        MigrationPerformance::Compression);

    // Storage volumes with free space (optional): where VM files can be moved to.
    const QJsonArray volumes = r.array(o, path, QStringLiteral("volumes"), false);
    for (int i = 0; i < volumes.size() && !r.failed(); ++i) {
        const QString p = Reader::join(path, QStringLiteral("volumes[%1]").arg(i));
        const QJsonObject v = volumes[i].toObject();
        r.onlyKeys(v, p, "path capacityGB freeGB clusterShared");
        StorageVolume vol;
        vol.path = r.string(v, p, QStringLiteral("path"), true);
        vol.capacityBytes = quint64(r.number(v, p, QStringLiteral("capacityGB"), 1, 1048576, 1024) * double(GiB));
        vol.freeBytes = quint64(r.number(v, p, QStringLiteral("freeGB"), 0, 1048576, 512) * double(GiB));
        vol.clusterShared = r.boolean(v, p, QStringLiteral("clusterShared"), false);
        if (!r.failed() && vol.freeBytes > vol.capacityBytes)
            r.fail(Reader::join(p, QStringLiteral("freeGB")), TopologyLoader::tr("must not exceed capacityGB"));
        h.volumes << vol;
    }
    if (volumes.isEmpty()) {
        // A host without a listed volume has its system drive.
        StorageVolume system;
        system.path = QStringLiteral("C:\\");
        system.capacityBytes = 2048 * GiB;
        system.freeBytes = 1024 * GiB;
        h.volumes << system;
    }
    return h;
}

NetworkAdapterSettings readAdapter(Reader &r, const QJsonObject &o, const QString &path, const HostInfo &host,
                                   NetworkAdapterRuntime *runtime, int ordinal, const QString &vmId)
{
    NetworkAdapterSettings a;
    r.onlyKeys(o, path,
        "name switch vlan minimumMbps minimumWeight maximumMbps vmqWeight ipsecSAs iovWeight staticMac mac "
        "macSpoofing dhcpGuard routerGuard allowTeaming ip ipsecActiveSAs load");
    a.id = QStringLiteral("Microsoft:%1\\%2").arg(vmId.toUpper()).arg(ordinal);
    a.name = r.string(o, path, QStringLiteral("name"), false, QStringLiteral("Network Adapter"));
    a.switchName = r.string(o, path, QStringLiteral("switch"), false);
    if (!r.failed() && !a.switchName.isEmpty() && !host.findSwitch(a.switchName))
        r.fail(Reader::join(path, QStringLiteral("switch")),
               TopologyLoader::tr("host '%1' has no switch named '%2' (names are case-sensitive)").arg(host.name, a.switchName));
    if (o.contains(QStringLiteral("vlan"))) {
        a.vlanEnabled = true;
        a.vlanId = r.integer(o, path, QStringLiteral("vlan"), NetworkAdapterSettings::VlanIdMin,
                             NetworkAdapterSettings::VlanIdMax, 1);
    }
    a.minimumBandwidthAbsolute = quint64(r.integer(o, path, QStringLiteral("minimumMbps"), 0, 400000, 0)) * 1'000'000ULL;
    a.minimumBandwidthWeight = r.integer(o, path, QStringLiteral("minimumWeight"), 0, 100, 0);
    a.maximumBandwidth = quint64(r.integer(o, path, QStringLiteral("maximumMbps"), 0, 400000, 0)) * 1'000'000ULL;
    a.vmqWeight = r.integer(o, path, QStringLiteral("vmqWeight"), 0, 100, NetworkAdapterSettings::DefaultVmqWeight);
    a.ipsecOffloadMaximumSecurityAssociation =
        quint32(r.integer(o, path, QStringLiteral("ipsecSAs"), 0, 4096, int(NetworkAdapterSettings::DefaultIpsecOffloadSa)));
    a.iovWeight = r.integer(o, path, QStringLiteral("iovWeight"), 0, 100, 0);
    a.staticMacAddress = o.contains(QStringLiteral("staticMac"));
    const QString mac = a.staticMacAddress ? r.string(o, path, QStringLiteral("staticMac"), true)
                                           : r.string(o, path, QStringLiteral("mac"), false);
    if (!r.failed() && !mac.isEmpty()) {
        QString why;
        if (!NetworkAdapterRules::isValidUnicastMac(NetworkAdapterRules::normalizeMac(mac), &why))
            r.fail(Reader::join(path, a.staticMacAddress ? QStringLiteral("staticMac") : QStringLiteral("mac")),
                   QStringLiteral("'%1' %2").arg(mac, why));
    }
    a.macAddress = NetworkAdapterRules::normalizeMac(mac);
    a.macAddressSpoofing = r.boolean(o, path, QStringLiteral("macSpoofing"), false);
    a.dhcpGuard = r.boolean(o, path, QStringLiteral("dhcpGuard"), false);
    a.routerGuard = r.boolean(o, path, QStringLiteral("routerGuard"), false);
    a.allowTeaming = r.boolean(o, path, QStringLiteral("allowTeaming"), false);
    runtime->macAddress = a.macAddress;
    for (const QJsonValue &ip : r.array(o, path, QStringLiteral("ip"), false))
        runtime->ipAddresses << ip.toString();
    return a;
}

// The optional "load" of an adapter: what traffic it offers and the guest's VMBus limits.
AdapterLoad readLoad(Reader &r, const QJsonObject &o, const QString &path)
{
    AdapterLoad load;
    r.onlyKeys(o, path, "inMbps outMbps packetBytes profile receiveBufferKB descheduleMs ipsecSAs");
    load.inMbps = r.number(o, path, QStringLiteral("inMbps"), 0, 400000, 0);
    load.outMbps = r.number(o, path, QStringLiteral("outMbps"), 0, 400000, 0);
    load.packetBytes = r.integer(o, path, QStringLiteral("packetBytes"), 64, 9014, AdapterLoad::DefaultPacketBytes);
    load.profile = r.choice<AdapterLoad::Profile>(o, path, QStringLiteral("profile"),
                                                  {{QStringLiteral("steady"), AdapterLoad::Profile::Steady},
                                                   {QStringLiteral("bursty"), AdapterLoad::Profile::Bursty},
                                                   {QStringLiteral("daily"), AdapterLoad::Profile::Daily}},
                                                  AdapterLoad::Profile::Steady);
    load.receiveBufferKB = r.integer(o, path, QStringLiteral("receiveBufferKB"), 64, 65536, AdapterLoad::DefaultReceiveBufferKB);
    load.descheduleMs = r.number(o, path, QStringLiteral("descheduleMs"), 0, 100, AdapterLoad::DefaultDescheduleMs);
    load.ipsecSAs = r.integer(o, path, QStringLiteral("ipsecSAs"), 0, 65535, 0);
    return load;
}

SimVmSpec readVm(Reader &r, const QJsonObject &o, const QString &path, const QList<HostInfo> &hosts, quint64 seed)
{
    SimVmSpec spec;
    VmInfo &vm = spec.info;
    r.onlyKeys(o, path,
        "name host id state generation processors memory cpu uptimeHours configurationVersion os "
        "integrationServices adapters disks path faults");
    vm.name = r.string(o, path, QStringLiteral("name"), true);
    vm.hostName = r.string(o, path, QStringLiteral("host"), true);
    const HostInfo *host = nullptr;
    for (const HostInfo &h : hosts) {
        if (h.name == vm.hostName)
            host = &h;
    }
    if (!r.failed() && !host)
        r.fail(Reader::join(path, QStringLiteral("host")), TopologyLoader::tr("no host is named '%1'").arg(vm.hostName));
    if (r.failed())
        return spec;

    const QString id = r.string(o, path, QStringLiteral("id"), false);
    if (id.isEmpty()) {
        // Stable across runs: derived from the seed, the host and the name.
        static const QUuid ns(QStringLiteral("{6f5a4b1c-2d3e-4f50-8a9b-0c1d2e3f4a5b}"));
        vm.id = QUuid::createUuidV5(ns, QStringLiteral("%1/%2/%3").arg(seed).arg(vm.hostName, vm.name))
                    .toString(QUuid::WithoutBraces);
    } else {
        const QUuid uuid(id);
        if (uuid.isNull())
            r.fail(Reader::join(path, QStringLiteral("id")), TopologyLoader::tr("'%1' is not a GUID").arg(id));
        vm.id = uuid.toString(QUuid::WithoutBraces);
    }

    const QString stateKey = r.string(o, path, QStringLiteral("state"), false, QStringLiteral("off"));
    bool stateOk = false;
    vm.state = VmStates::stateFromKey(stateKey, &stateOk);
    if (!r.failed() && (!stateOk || VmStates::isTransitional(vm.state) || vm.state == VmState::Unknown))
        r.fail(Reader::join(path, QStringLiteral("state")),
               TopologyLoader::tr("'%1' is not one of: off, running, saved, paused").arg(stateKey));
    vm.generation = r.integer(o, path, QStringLiteral("generation"), 1, 2, 1);
    vm.processorCount = r.integer(o, path, QStringLiteral("processors"), 1, 64, 1);
    const QJsonObject mem = r.object(o, path, QStringLiteral("memory"), true);
    const QString memPath = Reader::join(path, QStringLiteral("memory"));
    r.onlyKeys(mem, memPath, "startupMB dynamic minimumMB maximumMB");
    vm.memoryStartupBytes = quint64(r.integer(mem, memPath, QStringLiteral("startupMB"), 32, 1048576, 1024, true)) * MiB;
    vm.dynamicMemory = r.boolean(mem, memPath, QStringLiteral("dynamic"), false);
    vm.memoryMinimumBytes = quint64(r.integer(mem, memPath, QStringLiteral("minimumMB"), 32, 1048576,
                                              int(vm.memoryStartupBytes / MiB))) * MiB;
    vm.memoryMaximumBytes = quint64(r.integer(mem, memPath, QStringLiteral("maximumMB"), 32, 1048576,
                                              int(vm.memoryStartupBytes / MiB))) * MiB;
    if (!r.failed() && vm.dynamicMemory
        && !(vm.memoryMinimumBytes <= vm.memoryStartupBytes && vm.memoryStartupBytes <= vm.memoryMaximumBytes))
        r.fail(memPath, TopologyLoader::tr("dynamic memory needs minimumMB <= startupMB <= maximumMB"));

    const QJsonObject cpu = r.object(o, path, QStringLiteral("cpu"), false);
    const QString cpuPath = Reader::join(path, QStringLiteral("cpu"));
    r.onlyKeys(cpu, cpuPath, "baseline amplitude");
    spec.behaviour.cpuBaseline = r.integer(cpu, cpuPath, QStringLiteral("baseline"), 0, 100, 10);
    spec.behaviour.cpuAmplitude = r.integer(cpu, cpuPath, QStringLiteral("amplitude"), 0, 100, 5);
    vm.uptimeMs = qint64(r.number(o, path, QStringLiteral("uptimeHours"), 0, 100000, 0) * 3600.0 * 1000.0);
    if (vm.state != VmState::Running && vm.state != VmState::Paused)
        vm.uptimeMs = 0;

    vm.configurationVersion = r.string(o, path, QStringLiteral("configurationVersion"), false, QStringLiteral("4.0"));
    const int config = parseConfigurationVersion(vm.configurationVersion);
    if (!r.failed() && config < 0)
        r.fail(Reader::join(path, QStringLiteral("configurationVersion")),
               TopologyLoader::tr("'%1' is not a configuration version such as 5.0").arg(vm.configurationVersion));
    if (!r.failed() && config > host->maxConfigurationVersion)
        r.fail(Reader::join(path, QStringLiteral("configurationVersion")),
               TopologyLoader::tr("host '%1' supports configuration versions up to %2.%3")
                   .arg(host->name)
                   .arg(host->maxConfigurationVersion / 10)
                   .arg(host->maxConfigurationVersion % 10));
    vm.operatingSystem = r.string(o, path, QStringLiteral("os"), false);

    const QJsonObject is = r.object(o, path, QStringLiteral("integrationServices"), false);
    const QString isPath = Reader::join(path, QStringLiteral("integrationServices"));
    r.onlyKeys(is, isPath, "version guestFreeDiskMB installationInProgress disabled enabled");
    vm.integrationServices.guestVersion = r.string(is, isPath, QStringLiteral("version"), false);
    if (!r.failed() && !vm.integrationServices.guestVersion.isEmpty()
        && !Version::parse(vm.integrationServices.guestVersion).isValid())
        r.fail(Reader::join(isPath, QStringLiteral("version")),
               TopologyLoader::tr("'%1' is not a version such as 6.2.9200.16433").arg(vm.integrationServices.guestVersion));
    // What integration services setup finds in the guest (optional; see GuestInstallerState).
    spec.behaviour.guest.freeDiskBytes = quint64(r.number(is, isPath, QStringLiteral("guestFreeDiskMB"), 0, 1.0e9,
                                                          double(GuestInstallerState::DefaultFreeDiskBytes / MiB)))
        * MiB;
    spec.behaviour.guest.installationInProgress = r.boolean(is, isPath, QStringLiteral("installationInProgress"), false);
    const QJsonArray disabled = r.array(is, isPath, QStringLiteral("disabled"), false);
    const QJsonArray enabled = r.array(is, isPath, QStringLiteral("enabled"), false);
    for (int pass = 0; pass < 2 && !r.failed(); ++pass) {
        const QJsonArray &list = pass == 0 ? disabled : enabled;
        const QString key = pass == 0 ? QStringLiteral("disabled") : QStringLiteral("enabled");
        for (int i = 0; i < list.size(); ++i) {
            bool ok = false;
            const IntegrationServiceKind kind = IntegrationServiceNames::fromKey(list[i].toString(), &ok);
            if (!ok) {
                QStringList names;
                for (IntegrationServiceKind k : IntegrationServiceNames::all())
                    names << IntegrationServiceNames::key(k);
                r.fail(Reader::join(isPath, key + QStringLiteral("[%1]").arg(i)),
                       TopologyLoader::tr("'%1' is not one of: %2").arg(list[i].toString(), names.join(QStringLiteral(", "))));
                break;
            }
            for (IntegrationService &s : vm.integrationServices.services) {
                if (s.kind == kind)
                    s.enabled = pass == 1;
            }
        }
    }

    const QJsonArray adapters = r.array(o, path, QStringLiteral("adapters"), false);
    for (int i = 0; i < adapters.size() && !r.failed(); ++i) {
        NetworkAdapter adapter;
        adapter.settings = readAdapter(r, adapters[i].toObject(), Reader::join(path, QStringLiteral("adapters[%1]").arg(i)),
                                       *host, &adapter.runtime, i, vm.id);
        if (adapter.settings.macAddress.isEmpty()) {
            // Hyper-V's dynamic range: 00-15-5D, then bytes of the host and VM.
            const quint32 h = qHash(vm.id) ^ quint32(i);
            adapter.settings.macAddress = QStringLiteral("00155D%1").arg(h & 0xFFFFFF, 6, 16, QLatin1Char('0')).toUpper();
            adapter.runtime.macAddress = adapter.settings.macAddress;
        }
        const QString adapterPath = Reader::join(path, QStringLiteral("adapters[%1]").arg(i));
        if (!adapter.runtime.ipAddresses.isEmpty())
            spec.behaviour.guestIpAddresses.insert(adapter.settings.id, adapter.runtime.ipAddresses);
        if (const int sas = r.integer(adapters[i].toObject(), adapterPath, QStringLiteral("ipsecActiveSAs"), 0, 65535, 0))
            spec.behaviour.ipsecActiveSas.insert(adapter.settings.id, quint32(sas));
        const QJsonObject adapterObject = adapters[i].toObject();
        if (adapterObject.contains(QStringLiteral("load"))) {
            const QString p = Reader::join(path, QStringLiteral("adapters[%1]").arg(i));
            const QJsonObject load = r.object(adapterObject, p, QStringLiteral("load"), true);
            spec.behaviour.adapterLoads.insert(adapter.settings.id, readLoad(r, load, Reader::join(p, QStringLiteral("load"))));
        }
        vm.adapters << adapter;
    }

    const QJsonArray disks = r.array(o, path, QStringLiteral("disks"), false);
    for (int i = 0; i < disks.size() && !r.failed(); ++i) {
        const QString p = Reader::join(path, QStringLiteral("disks[%1]").arg(i));
        const QJsonObject d = disks[i].toObject();
        r.onlyKeys(d, p, "path sizeGB maxSizeGB");
        VirtualDisk disk;
        disk.path = r.string(d, p, QStringLiteral("path"), true);
        disk.sizeBytes = quint64(r.number(d, p, QStringLiteral("sizeGB"), 0, 65536, 20) * double(GiB));
        disk.maxSizeBytes = quint64(r.number(d, p, QStringLiteral("maxSizeGB"), 0, 65536, 127) * double(GiB));
        vm.disks << disk;
    }
    vm.configurationPath = r.string(o, path, QStringLiteral("path"), false,
                                    QStringLiteral("C:\\ProgramData\\Microsoft\\Windows\\Hyper-V\\%1").arg(vm.name));
    vm.checkpointPath = vm.configurationPath + QStringLiteral("\\Snapshots");
    vm.smartPagingPath = vm.configurationPath;

    const QJsonObject faults = r.object(o, path, QStringLiteral("faults"), false);
    for (auto it = faults.begin(); it != faults.end() && !r.failed(); ++it) {
        const QString p = Reader::join(Reader::join(path, QStringLiteral("faults")), it.key());
        bool ok = false;
        const VmAction action = VmStates::actionFromKey(it.key(), &ok);
        if (!ok) {
            QStringList names;
            for (VmAction a : VmStates::allActions())
                names << VmStates::key(a);
            r.fail(p, TopologyLoader::tr("'%1' is not an action: use one of %2").arg(it.key(), names.join(QStringLiteral(", "))));
            break;
        }
        const QJsonObject f = it.value().toObject();
        r.onlyKeys(f, p, "code message fix");
        Error e;
        e.code = r.string(f, p, QStringLiteral("code"), false, QStringLiteral("32768"));
        e.message = r.string(f, p, QStringLiteral("message"), true);
        e.fix = r.string(f, p, QStringLiteral("fix"), false);
        spec.behaviour.faults.insert(action, e);
    }
    return spec;
}

// A running or paused VM holds its memory on its host (a saved one keeps it on disk): together
// they must fit the host's memory less the root partition's reserve, as they would on Hyper-V.
// A VM with dynamic memory needs at least its minimum. The first VM that does not fit is named.
void checkMemory(Reader &r, const Topology &t)
{
    QHash<QString, quint64> used;
    for (int i = 0; i < t.vms.size() && !r.failed(); ++i) {
        const VmInfo &vm = t.vms[i].info;
        if (!VmStates::holdsMemory(vm.state))
            continue;
        const auto host
            = std::find_if(t.hosts.begin(), t.hosts.end(), [&](const HostInfo &h) { return h.name == vm.hostName; });
        if (host == t.hosts.end())
            continue;
        const quint64 needed = vm.dynamicMemory ? vm.memoryMinimumBytes : vm.memoryStartupBytes;
        const quint64 forVms
            = host->memoryBytes > Simulation::HostReserveBytes ? host->memoryBytes - Simulation::HostReserveBytes : 0;
        const quint64 before = used.value(vm.hostName);
        if (before + needed > forVms) {
            const quint64 free = forVms > before ? forVms - before : 0;
            r.fail(QStringLiteral("vms[%1].memory.%2")
                       .arg(i)
                       .arg(vm.dynamicMemory ? QStringLiteral("minimumMB") : QStringLiteral("startupMB")),
                TopologyLoader::tr(
                    "'%1' is %2 and needs %3 of memory, but host '%4' has %5 free for it (%6 of memory, less "
                    "%7 reserved for the host and %8 held by its running and paused VMs listed before '%1')")
                    .arg(vm.name, VmStates::key(vm.state), Format::memoryMB(needed), host->name, Format::memoryMB(free),
                        Format::memoryMB(host->memoryBytes), Format::memoryMB(Simulation::HostReserveBytes),
                        Format::memoryMB(before)),
                TopologyLoader::tr("Lower the VM's memory, raise the host's memoryGB, or make the VM off or saved."));
            break;
        }
        used[vm.hostName] = before + needed;
    }
}

} // namespace

std::optional<Topology> TopologyLoader::fromJson(const QByteArray &json, const QString &sourceName, Error *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            const auto [line, column] = JsonLocator::lineColumn(json, parseError.offset);
            error->code = QStringLiteral("topology.syntax");
            error->message = parseError.error != QJsonParseError::NoError
                ? tr("%1:%2:%3: %4").arg(sourceName).arg(line).arg(column).arg(parseError.errorString())
                : tr("%1: a topology is a JSON object with \"hosts\" and \"vms\"").arg(sourceName);
            error->fix = tr("Correct the JSON and load the topology again.");
        }
        return std::nullopt;
    }

    Reader r(json, sourceName);
    const QJsonObject root = doc.object();
    r.onlyKeys(root, QString(), "seed name hosts migrationNetworks vms");
    Topology t;
    t.seed = quint64(r.number(root, QString(), QStringLiteral("seed"), 0, 9007199254740991.0, 1));
    t.name = r.string(root, QString(), QStringLiteral("name"), false, QFileInfo(sourceName).baseName());
    const QJsonArray hosts = r.array(root, QString(), QStringLiteral("hosts"), true);
    if (!r.failed() && hosts.isEmpty())
        r.fail(QStringLiteral("hosts"), tr("needs at least one host"));
    for (int i = 0; i < hosts.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("hosts[%1]").arg(i);
        if (!hosts[i].isObject()) {
            r.fail(p, tr("must be an object"));
            break;
        }
        const HostInfo h = readHost(r, hosts[i].toObject(), p);
        for (const HostInfo &other : std::as_const(t.hosts)) {
            if (!r.failed() && other.name.compare(h.name, Qt::CaseInsensitive) == 0)
                r.fail(p + QStringLiteral(".name"), tr("a host named '%1' is already defined").arg(h.name));
        }
        t.hosts << h;
    }
    const QJsonArray networks = r.array(root, QString(), QStringLiteral("migrationNetworks"), false);
    for (int i = 0; i < networks.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("migrationNetworks[%1]").arg(i);
        const QJsonObject n = networks[i].toObject();
        r.onlyKeys(n, p, "subnet linkSpeedGbps");
        SimMigrationNetwork net;
        net.subnet = r.string(n, p, QStringLiteral("subnet"), true);
        net.linkSpeedBps = quint64(r.number(n, p, QStringLiteral("linkSpeedGbps"), 0.01, 400, 10) * 1e9);
        t.migrationNetworks << net;
    }
    const QJsonArray vms = r.array(root, QString(), QStringLiteral("vms"), false);
    for (int i = 0; i < vms.size() && !r.failed(); ++i) {
        const QString p = QStringLiteral("vms[%1]").arg(i);
        if (!vms[i].isObject()) {
            r.fail(p, tr("must be an object"));
            break;
        }
        SimVmSpec vm = readVm(r, vms[i].toObject(), p, t.hosts, t.seed);
        for (const SimVmSpec &other : std::as_const(t.vms)) {
            if (!r.failed() && other.info.id == vm.info.id)
                r.fail(p + QStringLiteral(".id"), tr("the id %1 is already used by '%2'").arg(vm.info.id, other.info.name));
        }
        t.vms << vm;
    }
    checkMemory(r, t);
    if (r.failed()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return t;
}

std::optional<Topology> TopologyLoader::fromFile(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            error->code = QStringLiteral("topology.file");
            error->field = QStringLiteral("uri");
            error->message = tr("Cannot read the topology file '%1': %2.").arg(path, file.errorString());
            error->fix = tr("Check the path in the URI (sim:/path/to/topology.json).");
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), QFileInfo(path).fileName(), error);
}

Topology TopologyLoader::demo()
{
    Error error;
    const std::optional<Topology> t = fromFile(QStringLiteral(":/hvdesk/topologies/demo.json"), &error);
    Q_ASSERT_X(t, "TopologyLoader::demo", qPrintable(error.message));
    return t ? *t : Topology();
}

} // namespace hvdesk::sim
