#pragma once

#include "Topology.h"

namespace hvdesk::sim {

// Large, varied estates for benchmarks and load tests: `hostCount` hosts (clusters of four),
// `vmCount` VMs spread over them, all derived from `seed`.
class TopologyGenerator
{
public:
    static Topology generate(int hostCount, int vmCount, quint64 seed);
};

} // namespace hvdesk::sim
