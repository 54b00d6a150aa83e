#pragma once

#include "SimulationHost.h"

#include <wsman/CimInstance.h>
#include <wsman/Epr.h>
#include <wsman/XmlIo.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace hvdesk::simd {

// The WMI objects of one simulated host, mapped from the simulation when they are asked for
// (nothing is cached, so every answer is current): root/virtualization/v2, root/cimv2,
// root/StandardCimv2, root/MSCluster (clustered hosts only) and root/default.
class HostInstances
{
public:
    enum class Lookup { Ok, InvalidNamespace, InvalidClass };

    HostInstances(SimulationHost &host, QString hostName);

    QString hostName() const { return m_hostName; }
    int hostIndex() const;
    // Every instance of a class (no subclasses: WMI's shallow enumeration is what hvdesk uses).
    Lookup instances(const QString &wmiNamespace, const QString &className, std::vector<wsman::CimInstance> *out);
    // The instances of a class written straight from the simulation as XML items, for the class
    // whose enumerations are large (Msvm_ComputerSystem: the host and every VM): byte for byte
    // what writing the objects of instances() gives, without building them. False for the other
    // classes, whose objects are mapped and then written.
    struct ItemWriter
    {
        size_t count = 0;
        std::function<void(wsman::XmlOut &, size_t)> write; // writes the i-th object
    };
    bool itemWriter(const QString &wmiNamespace, const QString &className, ItemWriter *out) const;
    // References and WMI paths the provider hands out.
    QString wmiPath(const wsman::CimInstance &instance) const; // \\host\ns:Class.Key="v"
    wsman::Epr eprOf(const wsman::CimInstance &instance) const;
    wsman::Epr jobEpr(const QString &instanceId) const;
    wsman::Epr vmEpr(const QString &vmIdLower) const;
    QString switchGuid(const QString &hostName, const QString &switchName) const;
    QString switchPath(const QString &hostName, const QString &switchName) const;

    // Single objects the methods need.
    wsman::CimInstance vmSystem(const VmInfo &vm) const;
    // vmSystem(vm) as an enumeration item: what InstanceXml::writeInstance() writes of it.
    static void writeVmSystem(wsman::XmlOut &out, const VmInfo &vm);
    wsman::CimInstance summary(const VmInfo &vm) const;
    wsman::CimInstance job(const WmiJob &job) const;
    wsman::CimInstance systemSettings(const VmInfo &vm) const;
    static wsman::CimInstance cimError(const Error &error, int code);

private:
    QList<const VmInfo *> vms() const;
    const HostInfo *host() const;

    wsman::CimInstance hostSystem() const;
    void hostSystems(std::vector<wsman::CimInstance> *out) const;
    void services(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void vmSettings(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void adapters(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void switches(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void integrationComponents(int kind, bool settingData, std::vector<wsman::CimInstance> *out) const;
    void migration(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void cimv2(const QString &className, std::vector<wsman::CimInstance> *out) const;
    void performance(const QString &className, std::vector<wsman::CimInstance> *out);
    void netAdapters(const QString &className, std::vector<wsman::CimInstance> *out);
    void cluster(const QString &className, std::vector<wsman::CimInstance> *out) const;

    SimulationHost &m_host;
    QString m_hostName;
};

} // namespace hvdesk::simd
