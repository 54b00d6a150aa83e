#pragma once

#include <QString>

namespace hvdesk::sim {

// The traffic a simulated VM network adapter offers, and the guest-side limits that bound what
// it can take: the "load" object of an adapter in a topology file.
struct AdapterLoad
{
    enum class Profile {
        Steady, // constant
        Bursty, // each second either a burst (2.5x) or a lull (0.5x); the mean is the given rate
        Daily,  // a day's curve compressed into DailyPeriodMs: 0.4x to 1.6x around the given rate
    };
    static constexpr int DefaultPacketBytes = 1500;
    static constexpr int DefaultReceiveBufferKB = 1024; // the VMBus receive buffer (ReceiveBufferSize)
    static constexpr double DefaultDescheduleMs = 10.0; // how long the guest may be descheduled

    double inMbps = 0;
    double outMbps = 0;
    int packetBytes = DefaultPacketBytes;
    Profile profile = Profile::Steady;
    int receiveBufferKB = DefaultReceiveBufferKB;
    double descheduleMs = DefaultDescheduleMs;
    int ipsecSAs = 0; // security associations of the guest's IPsec traffic; 0: no IPsec

    // A lively default for adapters the topology gives no load: 40-400 Mbps in, a third of
    // that out, 1,200-byte packets, a profile picked from the adapter's id. Deterministic.
    static AdapterLoad defaultFor(const QString &adapterId);
    bool operator==(const AdapterLoad &) const = default;
};

} // namespace hvdesk::sim
