#pragma once

#include <models/HostInfo.h>
#include <models/IntegrationServicesCheck.h>
#include <models/VmState.h>

#include <QIcon>

namespace hvdesk {

// The console's icons, drawn in code so they are crisp at any scale and follow no icon theme.
class Icons
{
public:
    static QIcon vmState(VmState state);
    static QIcon host(ConnectionState state);
    static QIcon hostFailed(); // a server with a red error badge: host(ConnectionState::Failed)
    static QIcon manager();
    static QIcon application();
    static QIcon action(VmAction action);
    static QIcon connectServer();
    static QIcon refresh();
    static QIcon jobs();
    static QIcon settings(); // VM Settings: a gear
    // The integration services verdict: a shield, green/amber/red/grey.
    static QIcon integrationVerdict(IntegrationVerdict verdict);
    static QIcon setupDisk();
};

} // namespace hvdesk
