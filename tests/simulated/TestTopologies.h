#pragma once

#include <simulated/Simulation.h>
#include <simulated/TopologyLoader.h>

#include <gtest/gtest.h>

namespace hvdesk::test {

inline sim::Topology demo()
{
    return sim::TopologyLoader::demo();
}

inline int vmIndex(const sim::Simulation &s, const QString &name)
{
    for (int i = 0; i < s.vmCount(); ++i) {
        if (s.vm(i).name == name)
            return i;
    }
    ADD_FAILURE() << "no VM named " << name.toStdString();
    return -1;
}

// One small host with one external SR-IOV switch of `vfs` virtual functions and `queues` VMQs.
inline QByteArray smallTopology(int vfs = 2, int queues = 2)
{
    return QStringLiteral(R"({
  "seed": 7,
  "hosts": [{
    "name": "h1",
    "processor": {"logicalProcessors": 8},
    "memoryGB": 16,
    "integrationServicesVersion": "6.2.9200.16433",
    "nics": [{"name": "nic", "linkSpeedGbps": 10, "vmq": {"enabled": true, "queues": %2},
              "sriov": {"supported": true, "virtualFunctions": %1}}],
    "switches": [{"name": "Public", "type": "external", "nic": "nic", "iov": true}]
  }],
  "vms": [
    {"name": "a", "host": "h1", "state": "running", "memory": {"startupMB": 2048},
     "integrationServices": {"version": "6.2.9200.16433"},
     "adapters": [{"switch": "Public", "iovWeight": 100}]},
    {"name": "b", "host": "h1", "state": "running", "memory": {"startupMB": 2048},
     "integrationServices": {"version": "6.1.7601.17514"},
     "adapters": [{"switch": "Public", "iovWeight": 100}]},
    {"name": "c", "host": "h1", "state": "running", "memory": {"startupMB": 2048},
     "adapters": [{"switch": "Public", "iovWeight": 100}]},
    {"name": "d", "host": "h1", "state": "off", "memory": {"startupMB": 8192},
     "integrationServices": {"version": "6.2.9200.16433"},
     "adapters": [{"switch": "Public"}]}
  ]
})")
        .arg(vfs)
        .arg(queues)
        .toUtf8();
}

inline sim::Topology small(int vfs = 2, int queues = 2)
{
    Error e;
    auto t = sim::TopologyLoader::fromJson(smallTopology(vfs, queues), QStringLiteral("small.json"), &e);
    EXPECT_TRUE(t.has_value()) << e.message.toStdString();
    return t ? *t : sim::Topology();
}

} // namespace hvdesk::test
