<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackendFactory</name>
    <message>
        <source>Server: &apos;%1&apos; is not a connection URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: hvdesk cannot connect to &apos;%1&apos; URIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1 (for example sim:demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityNames</name>
    <message>
        <source>Start, stop, save and pause virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth in Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPsec task offloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced network adapter features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration services upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration version upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared-nothing live migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host migration settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-core network charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding and removing network adapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost (showing last known state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Credential Security Support Provider (CredSSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Kerberos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP/IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrationServiceNames</name>
    <message>
        <source>Operating system shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (volume shadow copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkAdapterRules</name>
    <message>
        <source>Virtual switch: the host has no switch named &apos;%1&apos; (names are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the host&apos;s switches, or Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN ID: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round the value to a multiple of 8 bit/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth weight: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a weight from 0 (no reservation) to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth does not apply on the SR-IOV switch &apos;%1&apos;: SR-IOV traffic bypasses the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth, or connect the adapter to a switch without SR-IOV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; was created without bandwidth reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth; the switch&apos;s reservation mode cannot be changed after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth by weight, not in Mbps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a weight from 1 to 100 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth in Mbps, not by weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minimum in Mbps instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps is above the maximum of %2 Mbps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the minimum or raise the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps plus the %2 Mbps other adapters reserve exceeds the %3 Mbps link of &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve at most %1 Mbps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum bandwidth: reservations of 100 Mbps or less are not precise on a congested link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve more than 100 Mbps where the guarantee matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machine queue weight: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a weight from 0 (off) to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV weight: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of offloaded security associations: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1, or turn IPsec task offloading off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV queue pairs: %1 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from %1 to %2 queue pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV: the switch &apos;%1&apos; was not created with SR-IOV, so the adapter uses the synthetic path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address: &apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 12 hexadecimal digits of a unicast address, e.g. 00-15-5D-01-02-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address: it can only be changed while the virtual machine is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the virtual machine, or keep the current MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not 12 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is all zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a multicast address (the first octet is odd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>port mirroring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>port mirroring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <comment>port mirroring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <comment>interrupt moderation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <comment>bandwidth reservation mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>bandwidth reservation mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute</source>
        <comment>bandwidth reservation mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>bandwidth reservation mode</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>Applying settings (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating normally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its settings are being applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the settings are applied, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not start: not enough memory on %2 (%3 needed, %4 available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down or save another virtual machine on %1, or lower the startup memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot shut down &apos;%1&apos;: the operating system shutdown integration service is not enabled or not installed in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Turn Off, or enable Operating system shutdown in Settings &gt; Integration Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapters of &apos;%1&apos; can only be added or removed while it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the virtual machine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network adapter %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog and open the settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot apply settings to &apos;%1&apos; while it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV needs an external switch bound to an SR-IOV network adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The switch was created without SR-IOV; it cannot be converted later (New-VMSwitch -EnableIov).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The physical network adapter &apos;%1&apos; does not support SR-IOV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual function is free on &apos;%1&apos; (%2 of %2 in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV requested; using the synthetic path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field and load the topology again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (a number from %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host has no physical NIC named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be even when hyperThreading is true (sibling pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 6.2.9200.16433</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configuration version such as 5.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host already has a switch named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no switch named &apos;%2&apos; (names are case-sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host is named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: off, running, saved, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic memory needs minimumMB &lt;= startupMB &lt;= maximumMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; supports configuration versions up to %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a topology is a JSON object with &quot;hosts&quot; and &quot;vms&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the JSON and load the topology again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host named &apos;%1&apos; is already defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is already used by &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the topology file &apos;%1&apos;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path in the URI (sim:/path/to/topology.json).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>no version is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version has at most four parts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmStates</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: the virtual machine is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its state is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the host and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Resume to continue a paused virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Start to restore a saved virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paused virtual machine can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the virtual machine first, or use Turn Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action needs a running or paused virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::ConnectDialog</name>
    <message>
        <source>&amp;Demo: the built-in simulator (a two-node cluster and a standalone host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sim:/path/topology.json or wsman+https://host:5986</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections this build of hvdesk can open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the server to manage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: enter a URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example sim:demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::HostTreeDelegate</name>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::HostTreeModel</name>
    <message>
        <source>Hyper-V Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::Job</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::JobListModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::MainWindow</name>
    <message>
        <source>Hyper-V Manager - hvdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Hyper-V host, the simulator or a local hypervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected servers&apos; state again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hvdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions &amp;Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter virtual machines by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is connected.

Use Action &gt; Connect to Server... to manage a Hyper-V host, or choose Demo there to explore hvdesk with the built-in simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper-V Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hvdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;hvdesk %1&lt;/h3&gt;&lt;p&gt;A desktop management console for Hyper-V hosts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::ScriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::VmActions</name>
    <message>
        <source>Start the selected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off the selected virtual machines at once, like pulling the plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down the guest operating systems through the shutdown integration service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the state of the selected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the selected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected paused virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the selected virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection to its host is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::VmDetailsPane</name>
    <message>
        <source>Virtual machine details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual processors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration services (guest):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration services (host):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PowerShell equivalent of what this pane shows, and of your last action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virtual machine selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed or not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV (VF %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SR-IOV requested: synthetic path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (static)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListDecorator</name>
    <message>
        <source>The connection to this host was lost: these are the last known values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hvdesk::sim::SimulatedBackend</name>
    <message>
        <source>Simulator: sim:demo, sim:/path/to/topology.json, sim:generate?hosts=10&amp;vms=1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: &apos;%1&apos; has an invalid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use whole numbers: hosts 1-%1, vms 1-%2, seed 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: &apos;sim:&apos; needs a topology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sim:demo, or sim: followed by the path of a topology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hosts of %1 was lost; what is shown is the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This simulator connection does not move virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the virtual machine from a connection that offers live or storage migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hvdesk shows the last known state until the hosts answer again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
