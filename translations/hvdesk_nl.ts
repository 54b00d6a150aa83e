<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BackendFactory</name>
    <message>
        <source>Server: &apos;%1&apos; is not a connection URI.</source>
        <translation>Server: &apos;%1&apos; is geen verbindings-URI.</translation>
    </message>
    <message>
        <source>Server: hvdesk cannot connect to &apos;%1&apos; URIs.</source>
        <translation>Server: hvdesk kan geen verbinding maken met &apos;%1&apos;-URI&apos;s.</translation>
    </message>
    <message>
        <source>Use one of: %1 (for example sim:demo).</source>
        <translation>Gebruik een van deze schema&apos;s: %1 (bijvoorbeeld sim:demo).</translation>
    </message>
</context>
<context>
    <name>CapabilityNames</name>
    <message>
        <source>Start, stop, save and pause virtual machines</source>
        <translation>Virtuele machines starten, stoppen, opslaan en onderbreken</translation>
    </message>
    <message>
        <source>Network adapter settings</source>
        <translation>Instellingen van netwerkadapter</translation>
    </message>
    <message>
        <source>VLAN identification</source>
        <translation>VLAN-identificatie</translation>
    </message>
    <message>
        <source>Minimum bandwidth in Mbps</source>
        <translation>Minimale bandbreedte in Mbps</translation>
    </message>
    <message>
        <source>Minimum bandwidth by weight</source>
        <translation>Minimale bandbreedte op gewicht</translation>
    </message>
    <message>
        <source>Virtual machine queue</source>
        <translation>Wachtrij voor virtuele machines</translation>
    </message>
    <message>
        <source>IPsec task offloading</source>
        <translation>IPsec-taakoffloading</translation>
    </message>
    <message>
        <source>SR-IOV</source>
        <translation>SR-IOV</translation>
    </message>
    <message>
        <source>Advanced network adapter features</source>
        <translation>Geavanceerde functies van netwerkadapter</translation>
    </message>
    <message>
        <source>Integration services</source>
        <translation>Integratieservices</translation>
    </message>
    <message>
        <source>Integration services upgrade</source>
        <translation>Upgrade van integratieservices</translation>
    </message>
    <message>
        <source>Configuration version upgrade</source>
        <translation>Upgrade van configuratieversie</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>Livemigratie</translation>
    </message>
    <message>
        <source>Storage migration</source>
        <translation>Opslagmigratie</translation>
    </message>
    <message>
        <source>Shared-nothing live migration</source>
        <translation>Livemigratie zonder gedeelde opslag (shared-nothing)</translation>
    </message>
    <message>
        <source>Host migration settings</source>
        <translation>Migratie-instellingen van host</translation>
    </message>
    <message>
        <source>Per-core network charts</source>
        <translation>Netwerkgrafieken per kern</translation>
    </message>
    <message>
        <source>Adding and removing network adapters</source>
        <translation>Netwerkadapters toevoegen en verwijderen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hvdesk: a desktop management console for Hyper-V hosts.</source>
        <translation>hvdesk: een desktopbeheerconsole voor Hyper-V-hosts.</translation>
    </message>
    <message>
        <source>Open the demo: the built-in simulator of a two-node cluster and a standalone host.</source>
        <translation>De demo openen: de ingebouwde simulator van een cluster met twee knooppunten en een zelfstandige host.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;uri&gt; (sim:demo, sim:/path/topology.json, ...). May be given more than once.</source>
        <translation>Verbinding maken met de server op &lt;uri&gt; (sim:demo, sim:/path/topology.json, ...). Kan meerdere keren worden opgegeven.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (de, nl, en).</source>
        <translation>De taal &lt;code&gt; gebruiken (de, nl, en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
</context>
<context>
    <name>HostNames</name>
    <message>
        <source>Disconnected</source>
        <translation>Verbinding verbroken</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinding wordt gemaakt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>Connection lost (showing last known state)</source>
        <translation>Verbinding verloren (laatst bekende toestand wordt weergegeven)</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbinding mislukt</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Use Credential Security Support Provider (CredSSP)</source>
        <translation>CredSSP (Credential Security Support Provider) gebruiken</translation>
    </message>
    <message>
        <source>Use Kerberos</source>
        <translation>Kerberos gebruiken</translation>
    </message>
    <message>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compressie</translation>
    </message>
    <message>
        <source>SMB</source>
        <translation>SMB</translation>
    </message>
</context>
<context>
    <name>IntegrationServiceNames</name>
    <message>
        <source>Operating system shutdown</source>
        <translation>Afsluiten van besturingssysteem</translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation>Tijdsynchronisatie</translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation>Gegevensuitwisseling</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Backup (volume shadow copy)</source>
        <translation>Back-up (Volume Shadow Copy)</translation>
    </message>
    <message>
        <source>Guest services</source>
        <translation>Gastservices</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Protocol mismatch</source>
        <translation>Protocol komt niet overeen</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Geen contact</translation>
    </message>
    <message>
        <source>Lost communication</source>
        <translation>Communicatie verbroken</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
</context>
<context>
    <name>NetworkAdapterRules</name>
    <message>
        <source>Virtual switch: the host has no switch named &apos;%1&apos; (names are case-sensitive).</source>
        <translation>Virtuele switch: de host heeft geen switch met de naam &apos;%1&apos; (namen zijn hoofdlettergevoelig).</translation>
    </message>
    <message>
        <source>Choose one of the host&apos;s switches, or Not connected.</source>
        <translation>Kies een van de switches van de host, of &apos;Niet verbonden&apos;.</translation>
    </message>
    <message>
        <source>VLAN ID: %1 is out of range.</source>
        <translation>VLAN-id: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.</source>
        <translation>Voer een VLAN-id van %1 tot en met %2 in, of schakel de VLAN-identificatie uit.</translation>
    </message>
    <message>
        <source>Maximum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation>Maximale bandbreedte: %1 bit/s is geen veelvoud van 8.</translation>
    </message>
    <message>
        <source>Round the value to a multiple of 8 bit/s.</source>
        <translation>Rond de waarde af op een veelvoud van 8 bit/s.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation>Minimale bandbreedte: %1 bit/s is geen veelvoud van 8.</translation>
    </message>
    <message>
        <source>Minimum bandwidth weight: %1 is out of range.</source>
        <translation>Gewicht van minimale bandbreedte: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter a weight from 0 (no reservation) to 100.</source>
        <translation>Voer een gewicht van 0 (geen reservering) tot en met 100 in.</translation>
    </message>
    <message>
        <source>Minimum bandwidth does not apply on the SR-IOV switch &apos;%1&apos;: SR-IOV traffic bypasses the switch.</source>
        <translation>Minimale bandbreedte is niet van toepassing op de SR-IOV-switch &apos;%1&apos;: SR-IOV-verkeer gaat buiten de switch om.</translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth, or connect the adapter to a switch without SR-IOV.</source>
        <translation>Wis de minimale bandbreedte, of verbind de adapter met een switch zonder SR-IOV.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; was created without bandwidth reservation.</source>
        <translation>Minimale bandbreedte: de switch &apos;%1&apos; is gemaakt zonder bandbreedtereservering.</translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth; the switch&apos;s reservation mode cannot be changed after creation.</source>
        <translation>Wis de minimale bandbreedte; de reserveringsmodus van de switch kan na het maken niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth by weight, not in Mbps.</source>
        <translation>Minimale bandbreedte: de switch &apos;%1&apos; reserveert bandbreedte op gewicht, niet in Mbps.</translation>
    </message>
    <message>
        <source>Enter a weight from 1 to 100 instead.</source>
        <translation>Voer in plaats daarvan een gewicht van 1 tot en met 100 in.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth in Mbps, not by weight.</source>
        <translation>Minimale bandbreedte: de switch &apos;%1&apos; reserveert bandbreedte in Mbps, niet op gewicht.</translation>
    </message>
    <message>
        <source>Enter the minimum in Mbps instead.</source>
        <translation>Voer in plaats daarvan het minimum in Mbps in.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps is above the maximum of %2 Mbps.</source>
        <translation>Minimale bandbreedte: %1 Mbps is hoger dan het maximum van %2 Mbps.</translation>
    </message>
    <message>
        <source>Lower the minimum or raise the maximum.</source>
        <translation>Verlaag het minimum of verhoog het maximum.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps plus the %2 Mbps other adapters reserve exceeds the %3 Mbps link of &apos;%4&apos;.</source>
        <translation>Minimale bandbreedte: %1 Mbps plus de %2 Mbps die andere adapters reserveren, overschrijdt de verbindingssnelheid van &apos;%4&apos; (%3 Mbps).</translation>
    </message>
    <message>
        <source>Reserve at most %1 Mbps.</source>
        <translation>Reserveer maximaal %1 Mbps.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: reservations of 100 Mbps or less are not precise on a congested link.</source>
        <translation>Minimale bandbreedte: reserveringen van 100 Mbps of minder zijn niet nauwkeurig op een overbelaste verbinding.</translation>
    </message>
    <message>
        <source>Reserve more than 100 Mbps where the guarantee matters.</source>
        <translation>Reserveer meer dan 100 Mbps als de garantie belangrijk is.</translation>
    </message>
    <message>
        <source>Virtual machine queue weight: %1 is out of range.</source>
        <translation>Gewicht van wachtrij voor virtuele machines: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter a weight from 0 (off) to 100.</source>
        <translation>Voer een gewicht van 0 (uit) tot en met 100 in.</translation>
    </message>
    <message>
        <source>SR-IOV weight: %1 is out of range.</source>
        <translation>SR-IOV-gewicht: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Maximum number of offloaded security associations: %1 is out of range.</source>
        <translation>Maximumaantal overgedragen beveiligingskoppelingen: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1, or turn IPsec task offloading off.</source>
        <translation>Voer een getal van 1 tot en met %1 in, of schakel IPsec-taakoffloading uit.</translation>
    </message>
    <message>
        <source>SR-IOV queue pairs: %1 is out of range.</source>
        <translation>SR-IOV-wachtrijparen: %1 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Request from %1 to %2 queue pairs.</source>
        <translation>Vraag %1 tot en met %2 wachtrijparen aan.</translation>
    </message>
    <message>
        <source>SR-IOV: the switch &apos;%1&apos; was not created with SR-IOV, so the adapter uses the synthetic path.</source>
        <translation>SR-IOV: de switch &apos;%1&apos; is niet met SR-IOV gemaakt, dus de adapter gebruikt het synthetische pad.</translation>
    </message>
    <message>
        <source>Connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov).</source>
        <translation>Verbind de adapter met een switch die met SR-IOV is gemaakt (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>MAC address: &apos;%1&apos; %2</source>
        <translation>MAC-adres: &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Enter 12 hexadecimal digits of a unicast address, e.g. 00-15-5D-01-02-03.</source>
        <translation>Voer de 12 hexadecimale cijfers van een unicastadres in, bijvoorbeeld 00-15-5D-01-02-03.</translation>
    </message>
    <message>
        <source>MAC address: it can only be changed while the virtual machine is off.</source>
        <translation>MAC-adres: dit kan alleen worden gewijzigd terwijl de virtuele machine uit staat.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine, or keep the current MAC address.</source>
        <translation>Sluit de virtuele machine af, of behoud het huidige MAC-adres.</translation>
    </message>
    <message>
        <source>is not 12 hexadecimal digits.</source>
        <translation>bestaat niet uit 12 hexadecimale cijfers.</translation>
    </message>
    <message>
        <source>is all zeros.</source>
        <translation>bestaat alleen uit nullen.</translation>
    </message>
    <message>
        <source>is a multicast address (the first octet is odd).</source>
        <translation>is een multicastadres (het eerste octet is oneven).</translation>
    </message>
    <message>
        <source>None</source>
        <comment>port mirroring</comment>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>port mirroring</comment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Destination</source>
        <comment>port mirroring</comment>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>interrupt moderation</comment>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <comment>interrupt moderation</comment>
        <translation>Adaptief</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>interrupt moderation</comment>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>interrupt moderation</comment>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>interrupt moderation</comment>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <comment>interrupt moderation</comment>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Absolute</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Absoluut</translation>
    </message>
    <message>
        <source>None</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>Applying settings (%1 %)</source>
        <translation>Instellingen worden toegepast (%1 %)</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Operating normally</source>
        <translation>Werkt normaal</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its settings are being applied.</source>
        <translation>Kan &apos;%2&apos; niet %1: de instellingen worden op dit moment toegepast.</translation>
    </message>
    <message>
        <source>Wait until the settings are applied, then try again.</source>
        <translation>Wacht tot de instellingen zijn toegepast en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not start: not enough memory on %2 (%3 needed, %4 available).</source>
        <translation>&apos;%1&apos; kan niet starten: onvoldoende geheugen op %2 (%3 nodig, %4 beschikbaar).</translation>
    </message>
    <message>
        <source>Shut down or save another virtual machine on %1, or lower the startup memory.</source>
        <translation>Sluit een andere virtuele machine op %1 af of sla deze op, of verlaag het opstartgeheugen.</translation>
    </message>
    <message>
        <source>Cannot shut down &apos;%1&apos;: the operating system shutdown integration service is not enabled or not installed in the guest.</source>
        <translation>Kan &apos;%1&apos; niet afsluiten: de integratieservice &apos;Afsluiten van besturingssysteem&apos; is niet ingeschakeld of niet geïnstalleerd in het gastbesturingssysteem.</translation>
    </message>
    <message>
        <source>Use Turn Off, or enable Operating system shutdown in Settings &gt; Integration Services.</source>
        <translation>Gebruik Uitschakelen, of schakel &apos;Afsluiten van besturingssysteem&apos; in via Instellingen &gt; Integratieservices.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>De virtuele machine bestaat niet meer.</translation>
    </message>
    <message>
        <source>Refresh the host.</source>
        <translation>Vernieuw de host.</translation>
    </message>
    <message>
        <source>Network adapters of &apos;%1&apos; can only be added or removed while it is off.</source>
        <translation>Netwerkadapters van &apos;%1&apos; kunnen alleen worden toegevoegd of verwijderd terwijl de virtuele machine uit staat.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine first.</source>
        <translation>Sluit eerst de virtuele machine af.</translation>
    </message>
    <message>
        <source>The network adapter %1 no longer exists.</source>
        <translation>De netwerkadapter %1 bestaat niet meer.</translation>
    </message>
    <message>
        <source>Close the dialog and open the settings again.</source>
        <translation>Sluit het dialoogvenster en open de instellingen opnieuw.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot apply settings to &apos;%1&apos; while it is %2.</source>
        <translation>Kan geen instellingen toepassen op &apos;%1&apos; zolang de virtuele machine de toestand &apos;%2&apos; heeft.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then apply again.</source>
        <translation>Wacht tot de huidige bewerking is voltooid en pas de instellingen daarna opnieuw toe.</translation>
    </message>
    <message>
        <source>SR-IOV needs an external switch bound to an SR-IOV network adapter.</source>
        <translation>SR-IOV vereist een externe switch die is gekoppeld aan een SR-IOV-netwerkadapter.</translation>
    </message>
    <message>
        <source>The switch was created without SR-IOV; it cannot be converted later (New-VMSwitch -EnableIov).</source>
        <translation>De switch is zonder SR-IOV gemaakt; dit kan achteraf niet worden omgezet (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>The physical network adapter &apos;%1&apos; does not support SR-IOV.</source>
        <translation>De fysieke netwerkadapter &apos;%1&apos; ondersteunt geen SR-IOV.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>No virtual function is free on &apos;%1&apos; (%2 of %2 in use).</source>
        <translation>Er is geen virtuele functie vrij op &apos;%1&apos; (%2 van %2 in gebruik).</translation>
    </message>
    <message>
        <source>SR-IOV requested; using the synthetic path.</source>
        <translation>SR-IOV aangevraagd; het synthetische pad wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>TopologyLoader</name>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>Correct the field and load the topology again.</source>
        <translation>Corrigeer het veld en laad de topologie opnieuw.</translation>
    </message>
    <message>
        <source>is required (an object)</source>
        <translation>is vereist (een object)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>is required (a list)</source>
        <translation>is vereist (een lijst)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>is required (a text)</source>
        <translation>is vereist (een tekst)</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>moet een tekst tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>is required (a number from %1 to %2)</source>
        <translation>is vereist (een getal van %1 tot en met %2)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>moet een getal van %1 tot en met %2 zijn</translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3</source>
        <translation>%1 valt buiten het bereik: gebruik een getal van %2 tot en met %3</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; is geen van de volgende waarden: %2</translation>
    </message>
    <message>
        <source>the host has no physical NIC named &apos;%1&apos;</source>
        <translation>de host heeft geen fysieke netwerkadapter met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be even when hyperThreading is true (sibling pairs)</source>
        <translation>moet even zijn als hyperThreading true is (paren van siblings)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 6.2.9200.16433</source>
        <translation>&apos;%1&apos; is geen versie zoals 6.2.9200.16433</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configuration version such as 5.0</source>
        <translation>&apos;%1&apos; is geen configuratieversie zoals 5.0</translation>
    </message>
    <message>
        <source>the host already has a switch named &apos;%1&apos;</source>
        <translation>de host heeft al een switch met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no switch named &apos;%2&apos; (names are case-sensitive)</source>
        <translation>host &apos;%1&apos; heeft geen switch met de naam &apos;%2&apos; (namen zijn hoofdlettergevoelig)</translation>
    </message>
    <message>
        <source>no host is named &apos;%1&apos;</source>
        <translation>er is geen host met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID</source>
        <translation>&apos;%1&apos; is geen GUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: off, running, saved, paused</source>
        <translation>&apos;%1&apos; is geen van de volgende waarden: off, running, saved, paused</translation>
    </message>
    <message>
        <source>dynamic memory needs minimumMB &lt;= startupMB &lt;= maximumMB</source>
        <translation>dynamisch geheugen vereist minimumMB &lt;= startupMB &lt;= maximumMB</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; supports configuration versions up to %2.%3</source>
        <translation>host &apos;%1&apos; ondersteunt configuratieversies tot en met %2.%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action: use one of %2</source>
        <translation>&apos;%1&apos; is geen actie: gebruik een van de volgende: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: a topology is a JSON object with &quot;hosts&quot; and &quot;vms&quot;</source>
        <translation>%1: een topologie is een JSON-object met &quot;hosts&quot; en &quot;vms&quot;</translation>
    </message>
    <message>
        <source>Correct the JSON and load the topology again.</source>
        <translation>Corrigeer de JSON en laad de topologie opnieuw.</translation>
    </message>
    <message>
        <source>needs at least one host</source>
        <translation>vereist ten minste één host</translation>
    </message>
    <message>
        <source>a host named &apos;%1&apos; is already defined</source>
        <translation>er is al een host met de naam &apos;%1&apos; gedefinieerd</translation>
    </message>
    <message>
        <source>the id %1 is already used by &apos;%2&apos;</source>
        <translation>de id %1 wordt al gebruikt door &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot read the topology file &apos;%1&apos;: %2.</source>
        <translation>Kan het topologiebestand &apos;%1&apos; niet lezen: %2.</translation>
    </message>
    <message>
        <source>Check the path in the URI (sim:/path/to/topology.json).</source>
        <translation>Controleer het pad in de URI (sim:/path/to/topology.json).</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>no version is reported</source>
        <translation>er wordt geen versie gerapporteerd</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>a version has at most four parts</source>
        <translation>een versie heeft maximaal vier delen</translation>
    </message>
</context>
<context>
    <name>VmStates</name>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wordt gestart</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wordt gestopt</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wordt opgeslagen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wordt onderbroken</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wordt hervat</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Wordt opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Onderbreken</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: the virtual machine is %3.</source>
        <translation>Kan &apos;%2&apos; niet %1: de virtuele machine heeft de toestand &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then try again.</source>
        <translation>Wacht tot de huidige bewerking is voltooid en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its state is unknown.</source>
        <translation>Kan &apos;%2&apos; niet %1: de toestand is onbekend.</translation>
    </message>
    <message>
        <source>Refresh the host and try again.</source>
        <translation>Vernieuw de host en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Use Resume to continue a paused virtual machine.</source>
        <translation>Gebruik Hervatten om een onderbroken virtuele machine voort te zetten.</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>De virtuele machine wordt al uitgevoerd.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused; start it first.</source>
        <translation>Alleen een actieve virtuele machine kan worden onderbroken; start deze eerst.</translation>
    </message>
    <message>
        <source>Use Start to restore a saved virtual machine.</source>
        <translation>Gebruik Starten om een opgeslagen virtuele machine te herstellen.</translation>
    </message>
    <message>
        <source>Only a paused virtual machine can be resumed.</source>
        <translation>Alleen een onderbroken virtuele machine kan worden hervat.</translation>
    </message>
    <message>
        <source>Resume the virtual machine first, or use Turn Off.</source>
        <translation>Hervat eerst de virtuele machine, of gebruik Uitschakelen.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down.</source>
        <translation>Alleen een actieve virtuele machine kan worden afgesloten.</translation>
    </message>
    <message>
        <source>This action needs a running or paused virtual machine.</source>
        <translation>Voor deze actie is een actieve of onderbroken virtuele machine nodig.</translation>
    </message>
</context>
<context>
    <name>hvdesk::ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
<context>
    <name>hvdesk::ConnectDialog</name>
    <message>
        <source>&amp;Demo: the built-in simulator (a two-node cluster and a standalone host)</source>
        <translation>&amp;Demo: de ingebouwde simulator (een cluster met twee knooppunten en een zelfstandige host)</translation>
    </message>
    <message>
        <source>&amp;Another computer:</source>
        <translation>Andere &amp;computer:</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Verbinding maken met server</translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation>Server-URI</translation>
    </message>
    <message>
        <source>e.g. sim:/path/topology.json or wsman+https://host:5986</source>
        <translation>bijv. sim:/path/topology.json of wsman+https://host:5986</translation>
    </message>
    <message>
        <source>Connections this build of hvdesk can open:</source>
        <translation>Verbindingen die deze build van hvdesk kan openen:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Select the server to manage:</source>
        <translation>Selecteer de server die u wilt beheren:</translation>
    </message>
    <message>
        <source>Server: enter a URI.</source>
        <translation>Server: voer een URI in.</translation>
    </message>
    <message>
        <source>For example sim:demo.</source>
        <translation>Bijvoorbeeld sim:demo.</translation>
    </message>
</context>
<context>
    <name>hvdesk::HostTreeModel</name>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-beheer</translation>
    </message>
    <message>
        <source>All connected servers</source>
        <translation>Alle verbonden servers</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (build %2)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::Job</name>
    <message>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wordt uitgevoerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>hvdesk::JobListModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hvdesk::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Taak &amp;annuleren</translation>
    </message>
</context>
<context>
    <name>hvdesk::MainWindow</name>
    <message>
        <source>Hyper-V Manager - hvdesk</source>
        <translation>Hyper-V-beheer - hvdesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>&amp;Verbinding maken met server...</translation>
    </message>
    <message>
        <source>Connect to a Hyper-V host, the simulator or a local hypervisor</source>
        <translation>Verbinding maken met een Hyper-V-host, de simulator of een lokale hypervisor</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Server ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Close the connection of the selected server</source>
        <translation>De verbinding met de geselecteerde server sluiten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the selected servers&apos; state again</source>
        <translation>De toestand van de geselecteerde servers opnieuw lezen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Find Virtual Machine</source>
        <translation>Virtuele machine &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;About hvdesk</source>
        <translation>&amp;Over hvdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Actie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Actions &amp;Pane</source>
        <translation>&amp;Deelvenster Acties</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Filter virtual machines by name</source>
        <translation>Virtuele machines filteren op naam</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Filteren op naam (Ctrl+F)</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtuele machines</translation>
    </message>
    <message>
        <source>No server is connected.

Use Action &gt; Connect to Server... to manage a Hyper-V host, or choose Demo there to explore hvdesk with the built-in simulator.</source>
        <translation>Er is geen server verbonden.

Gebruik Actie &gt; Verbinding maken met server... om een Hyper-V-host te beheren, of kies daar Demo om hvdesk te verkennen met de ingebouwde simulator.</translation>
    </message>
    <message>
        <source>Already connected to %1.</source>
        <translation>Al verbonden met %1.</translation>
    </message>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-beheer</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machines</source>
        <translation>
            <numerusform>%n virtuele machine</numerusform>
            <numerusform>%n virtuele machines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 van &apos;%2&apos; mislukt: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; completed.</source>
        <translation>%1 van &apos;%2&apos; voltooid.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n taak wordt uitgevoerd</numerusform>
            <numerusform>%n taken worden uitgevoerd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %p%</source>
        <translation>%1 %2: %p%</translation>
    </message>
    <message>
        <source>About hvdesk</source>
        <translation>Over hvdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hvdesk %1&lt;/h3&gt;&lt;p&gt;A desktop management console for Hyper-V hosts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hvdesk %1&lt;/h3&gt;&lt;p&gt;Een desktopbeheerconsole voor Hyper-V-hosts.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hvdesk::ScriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Equivalent %1</source>
        <translation>%1-equivalent</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Naar het klembord kopiëren</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmActions</name>
    <message>
        <source>Start the selected virtual machines</source>
        <translation>De geselecteerde virtuele machines starten</translation>
    </message>
    <message>
        <source>Turn off the selected virtual machines at once, like pulling the plug</source>
        <translation>De geselecteerde virtuele machines direct uitschakelen, alsof de stekker eruit wordt getrokken</translation>
    </message>
    <message>
        <source>Shut down the guest operating systems through the shutdown integration service</source>
        <translation>De gastbesturingssystemen afsluiten via de integratieservice voor afsluiten</translation>
    </message>
    <message>
        <source>Save the state of the selected virtual machines</source>
        <translation>De toestand van de geselecteerde virtuele machines opslaan</translation>
    </message>
    <message>
        <source>Pause the selected virtual machines</source>
        <translation>De geselecteerde virtuele machines onderbreken</translation>
    </message>
    <message>
        <source>Resume the selected paused virtual machines</source>
        <translation>De geselecteerde onderbroken virtuele machines hervatten</translation>
    </message>
    <message>
        <source>Reset the selected virtual machines</source>
        <translation>De geselecteerde virtuele machines opnieuw instellen</translation>
    </message>
    <message>
        <source>%1: the connection to its host is not available.</source>
        <translation>%1: de verbinding met de host is niet beschikbaar.</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmDetailsPane</name>
    <message>
        <source>Virtual machine details</source>
        <translation>Details van virtuele machine</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Toestand:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Actieve tijd:</translation>
    </message>
    <message>
        <source>CPU usage:</source>
        <translation>CPU-gebruik:</translation>
    </message>
    <message>
        <source>Virtual processors:</source>
        <translation>Virtuele processors:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Besturingssysteem:</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Configuratieversie:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generatie:</translation>
    </message>
    <message>
        <source>Integration services (guest):</source>
        <translation>Integratieservices (gast):</translation>
    </message>
    <message>
        <source>Integration services (host):</source>
        <translation>Integratieservices (host):</translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation>Heartbeat:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Startup memory:</source>
        <translation>Opstartgeheugen:</translation>
    </message>
    <message>
        <source>Dynamic memory:</source>
        <translation>Dynamisch geheugen:</translation>
    </message>
    <message>
        <source>Minimum memory:</source>
        <translation>Minimaal geheugen:</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>Maximaal geheugen:</translation>
    </message>
    <message>
        <source>Assigned memory:</source>
        <translation>Toegewezen geheugen:</translation>
    </message>
    <message>
        <source>Memory demand:</source>
        <translation>Geheugenvraag:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Geheugen</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netwerkadapters</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbonden met</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-adressen</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Versnelling</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>The PowerShell equivalent of what this pane shows, and of your last action.</source>
        <translation>Het PowerShell-equivalent van wat dit deelvenster weergeeft en van uw laatste actie.</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>No virtual machine selected.</source>
        <translation>Geen virtuele machine geselecteerd.</translation>
    </message>
    <message>
        <source># Last action</source>
        <translation># Laatste actie</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (cluster %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Niet gerapporteerd</translation>
    </message>
    <message>
        <source>Not installed or not reported</source>
        <translation>Niet geïnstalleerd of niet gerapporteerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>SR-IOV (VF %1)</source>
        <translation>SR-IOV (VF %1)</translation>
    </message>
    <message>
        <source>SR-IOV requested: synthetic path</source>
        <translation>SR-IOV aangevraagd: synthetisch pad</translation>
    </message>
    <message>
        <source>VMQ</source>
        <translation>VMQ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source> (static)</source>
        <translation> (statisch)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListDecorator</name>
    <message>
        <source>The connection to this host was lost: these are the last known values.</source>
        <translation>De verbinding met deze host is verbroken: dit zijn de laatst bekende waarden.</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation>CPU-gebruik</translation>
    </message>
    <message>
        <source>Assigned Memory</source>
        <translation>Toegewezen geheugen</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Actieve tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Configuration Version</source>
        <translation>Configuratieversie</translation>
    </message>
    <message>
        <source>Integration Services</source>
        <translation>Integratieservices</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>hvdesk::sim::SimulatedBackend</name>
    <message>
        <source>Simulator: sim:demo, sim:/path/to/topology.json, sim:generate?hosts=10&amp;vms=1000</source>
        <translation>Simulator: sim:demo, sim:/path/to/topology.json, sim:generate?hosts=10&amp;vms=1000</translation>
    </message>
    <message>
        <source>Server: &apos;%1&apos; has an invalid %2.</source>
        <translation>Server: &apos;%1&apos; heeft een ongeldige waarde voor %2.</translation>
    </message>
    <message>
        <source>Use whole numbers: hosts 1-%1, vms 1-%2, seed 1 or more.</source>
        <translation>Gebruik gehele getallen: hosts 1-%1, vms 1-%2, seed 1 of meer.</translation>
    </message>
    <message>
        <source>Server: &apos;sim:&apos; needs a topology.</source>
        <translation>Server: &apos;sim:&apos; vereist een topologie.</translation>
    </message>
    <message>
        <source>Use sim:demo, or sim: followed by the path of a topology file.</source>
        <translation>Gebruik sim:demo, of sim: gevolgd door het pad van een topologiebestand.</translation>
    </message>
    <message>
        <source>Simulator (%1)</source>
        <translation>Simulator (%1)</translation>
    </message>
    <message>
        <source>The connection to the hosts of %1 was lost; what is shown is the last known state.</source>
        <translation>De verbinding met de hosts van %1 is verbroken; wat wordt weergegeven, is de laatst bekende toestand.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Niet verbonden met %1.</translation>
    </message>
    <message>
        <source>Reconnect, then try again.</source>
        <translation>Maak opnieuw verbinding en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Instellingen toepassen</translation>
    </message>
    <message>
        <source>This simulator connection does not move virtual machines.</source>
        <translation>Deze simulatorverbinding verplaatst geen virtuele machines.</translation>
    </message>
    <message>
        <source>Move the virtual machine from a connection that offers live or storage migration.</source>
        <translation>Verplaats de virtuele machine via een verbinding die livemigratie of opslagmigratie biedt.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>De verbinding met %1 is verbroken.</translation>
    </message>
    <message>
        <source>hvdesk shows the last known state until the hosts answer again.</source>
        <translation>hvdesk toont de laatst bekende toestand totdat de hosts weer reageren.</translation>
    </message>
</context>
</TS>
