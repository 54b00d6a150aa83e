// Value types: resource URIs, EPRs and their WMI object path form, CIM instances and their
// typed accessors.
#include "WsmanTestUtil.h"

#include <wsman/Namespaces.h>

using namespace hvdesk;
using namespace hvdesk::wsman;

TEST(WsmanNamespaces, WmiResourceUris)
{
    EXPECT_EQ(wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem")),
        QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem"));
    EXPECT_EQ(wmiResourceUri(wmi::Cimv2, QStringLiteral("*")),
        QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/cimv2/*"));
    const QString uri = wmiResourceUri(wmi::Cluster, QStringLiteral("MSCluster_Node"));
    EXPECT_EQ(classFromResourceUri(uri), QStringLiteral("MSCluster_Node"));
    EXPECT_EQ(wmiNamespaceOf(uri), QStringLiteral("root/MSCluster"));
    EXPECT_EQ(wmiNamespaceOf(QStringLiteral("http://example.org/other/Class")), QString());
}

TEST(WsmanEpr, WmiPathRoundTrip)
{
    const QString path = QStringLiteral(
        "\\\\CRUSADER\\root\\virtualization\\v2:Msvm_ComputerSystem.CreationClassName=\"Msvm_ComputerSystem\","
        "Name=\"8A1B7C3E-52D4-4F6B-9E0A-1C2D3E4F5A6B\"");
    Error error;
    QString host;
    const Epr epr = Epr::fromWmiPath(path, &error, &host);
    ASSERT_TRUE(error.isNull()) << error.message.toStdString();
    EXPECT_EQ(host, QStringLiteral("CRUSADER"));
    EXPECT_EQ(epr.resourceUri, wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem")));
    ASSERT_EQ(epr.selectors.size(), 2);
    EXPECT_EQ(
        epr.selectors[0], (Selector { QStringLiteral("CreationClassName"), QStringLiteral("Msvm_ComputerSystem") }));
    EXPECT_EQ(epr.selector(QStringLiteral("name")), QStringLiteral("8A1B7C3E-52D4-4F6B-9E0A-1C2D3E4F5A6B"));
    EXPECT_EQ(epr.address, QString(AnonymousAddress));
    EXPECT_EQ(epr.toWmiPath(QStringLiteral("CRUSADER")), path);
}

TEST(WsmanEpr, WmiPathEscapesAndNumbers)
{
    // Hyper-V's InstanceIDs carry backslashes; inside a path they are doubled.
    Epr epr = Epr::make(wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_SyntheticEthernetPortSettingData")),
        { { QStringLiteral("InstanceID"), QStringLiteral("Microsoft:AB\\CD \"q\"") },
            { QStringLiteral("Index"), QStringLiteral("42") } });
    const QString path = epr.toWmiPath();
    EXPECT_EQ(path,
        QStringLiteral("root\\virtualization\\v2:Msvm_SyntheticEthernetPortSettingData."
                       "InstanceID=\"Microsoft:AB\\\\CD \\\"q\\\"\",Index=42"));
    Error error;
    QString host = QStringLiteral("unchanged");
    EXPECT_EQ(Epr::fromWmiPath(path, &error, &host), epr);
    EXPECT_TRUE(error.isNull());
    EXPECT_EQ(host, QString());
}

TEST(WsmanEpr, WmiPathErrorsNamePosition)
{
    Error error;
    Epr::fromWmiPath(QStringLiteral("root\\cimv2:Win32_Service.Name=\"unterminated"), &error);
    EXPECT_EQ(error.code, QStringLiteral("wsman.wmi-path"));
    EXPECT_TRUE(error.message.contains(QStringLiteral("unterminated"))) << error.message.toStdString();
    EXPECT_FALSE(error.fix.isEmpty());
    Epr::fromWmiPath(QStringLiteral("no-colon-here"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("character"))) << error.message.toStdString();
    Epr::fromWmiPath(QStringLiteral("root\\cimv2:Win32_Service.Name"), &error);
    EXPECT_FALSE(error.isNull());
    // Found by fuzzing: a class name with a '/' broke the namespace on the way back.
    Epr::fromWmiPath(QStringLiteral("root:Bad</Class"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a class name"))) << error.message.toStdString();
    Epr::fromWmiPath(QStringLiteral("ro ot\\x:Class"), &error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("not a namespace name"))) << error.message.toStdString();
    // A singleton has no keys.
    const Epr single = Epr::fromWmiPath(QStringLiteral("root\\cimv2:Win32_WMISetting=@"), &error);
    EXPECT_TRUE(error.isNull());
    EXPECT_EQ(single.className(), QStringLiteral("Win32_WMISetting"));
}

TEST(WsmanCimInstance, TypedAccessorsTellMissingFromNull)
{
    CimInstance vm(QStringLiteral("Msvm_ComputerSystem"));
    vm.set(QStringLiteral("ElementName"), CimValue(QStringLiteral("web01")))
        .set(QStringLiteral("EnabledState"), CimValue(QStringLiteral("2")))
        .set(QStringLiteral("OnTimeInMilliseconds"), CimValue(QStringLiteral("18446744073709551615")))
        .set(QStringLiteral("Dedicated"), CimValue::null())
        .set(QStringLiteral("OperationalStatus"), CimValue::array({ QStringLiteral("2"), QStringLiteral("32768") }))
        .set(QStringLiteral("IsClustered"), CimValue(QStringLiteral("TRUE")));
    EXPECT_EQ(vm.string(QStringLiteral("elementname")), QStringLiteral("web01"));
    EXPECT_EQ(vm.int64(QStringLiteral("EnabledState")), 2);
    EXPECT_EQ(vm.uint64(QStringLiteral("OnTimeInMilliseconds")), std::numeric_limits<quint64>::max());
    EXPECT_EQ(vm.int64(QStringLiteral("OnTimeInMilliseconds")), std::nullopt); // out of range
    EXPECT_EQ(vm.int64(QStringLiteral("ElementName")), std::nullopt); // not a number
    EXPECT_EQ(vm.boolean(QStringLiteral("IsClustered")), true);
    EXPECT_EQ(vm.stringList(QStringLiteral("OperationalStatus")),
        (QStringList { QStringLiteral("2"), QStringLiteral("32768") }));
    EXPECT_EQ(vm.stringList(QStringLiteral("ElementName")), QStringList { QStringLiteral("web01") });

    EXPECT_TRUE(vm.has(QStringLiteral("Dedicated")));
    EXPECT_TRUE(vm.isNull(QStringLiteral("Dedicated")));
    EXPECT_EQ(vm.string(QStringLiteral("Dedicated")), std::nullopt);
    EXPECT_FALSE(vm.has(QStringLiteral("Roles")));
    EXPECT_FALSE(vm.isNull(QStringLiteral("Roles")));
    EXPECT_EQ(vm.string(QStringLiteral("Roles")), std::nullopt);

    vm.set(QStringLiteral("elementNAME"), CimValue(QStringLiteral("web02")));
    EXPECT_EQ(vm.properties().size(), 6) << "set() replaces a property whatever its case";
    EXPECT_EQ(vm.properties().constFirst().name, QStringLiteral("ElementName"));
    vm.remove(QStringLiteral("ELEMENTNAME"));
    EXPECT_FALSE(vm.has(QStringLiteral("ElementName")));
}

TEST(WsmanCimInstance, ReferencesEmbeddedAndOwnEpr)
{
    const QString csUri = wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ComputerSystem"));
    const Epr job = Epr::make(wmiResourceUri(wmi::Virtualization, QStringLiteral("Msvm_ConcreteJob")),
        { { QStringLiteral("InstanceID"), QStringLiteral("J1") } });
    CimInstance kvpItem(QStringLiteral("Msvm_KvpExchangeDataItem"));
    kvpItem.set(QStringLiteral("Name"), CimValue(QStringLiteral("OSName")));
    CimInstance out(QStringLiteral("RequestStateChange_OUTPUT"), csUri);
    out.set(QStringLiteral("Job"), CimValue::reference(job));
    out.set(QStringLiteral("Items"), CimValue::instances({ kvpItem, kvpItem }));
    EXPECT_EQ(out.epr(QStringLiteral("job")), job);
    EXPECT_EQ(out.eprs(QStringLiteral("Job")).size(), 1);
    EXPECT_EQ(out.instances(QStringLiteral("Items")).size(), 2u);
    EXPECT_EQ(out.epr(QStringLiteral("Items")), std::nullopt);

    CimInstance vm(QStringLiteral("Msvm_ComputerSystem"), csUri);
    vm.set(QStringLiteral("CreationClassName"), CimValue(QStringLiteral("Msvm_ComputerSystem")));
    vm.set(QStringLiteral("Name"), CimValue(QStringLiteral("GUID-1")));
    const Epr self = vm.toEpr({ QStringLiteral("CreationClassName"), QStringLiteral("Name") });
    EXPECT_EQ(self.resourceUri, csUri);
    EXPECT_EQ(self.selector(QStringLiteral("Name")), QStringLiteral("GUID-1"));
}

TEST(WsmanCimValue, AppendBuildsArrays)
{
    CimValue v;
    v.append(CimValue(QStringLiteral("1")));
    EXPECT_EQ(v.kind(), CimValue::Kind::String);
    v.append(CimValue(QStringLiteral("2")));
    EXPECT_EQ(v.kind(), CimValue::Kind::StringArray);
    EXPECT_EQ(v.texts(), (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    v.append(CimValue::null());
    EXPECT_EQ(v.texts().size(), 2);
    CimValue r = CimValue::reference(Epr::make(QStringLiteral("u"), {}));
    r.append(CimValue::reference(Epr::make(QStringLiteral("v"), {})));
    EXPECT_EQ(r.kind(), CimValue::Kind::ReferenceArray);
    EXPECT_EQ(r.eprs().size(), 2);
}
