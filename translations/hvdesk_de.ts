<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackendFactory</name>
    <message>
        <source>Server: &apos;%1&apos; is not a connection URI.</source>
        <translation>Server: &apos;%1&apos; ist kein Verbindungs-URI.</translation>
    </message>
    <message>
        <source>Server: hvdesk cannot connect to &apos;%1&apos; URIs.</source>
        <translation>Server: hvdesk kann keine Verbindung zu &apos;%1&apos;-URIs herstellen.</translation>
    </message>
    <message>
        <source>Use one of: %1 (for example sim:demo).</source>
        <translation>Verwenden Sie eines der folgenden Schemas: %1 (zum Beispiel sim:demo).</translation>
    </message>
</context>
<context>
    <name>CapabilityNames</name>
    <message>
        <source>Start, stop, save and pause virtual machines</source>
        <translation>Virtuelle Computer starten, beenden, speichern und anhalten</translation>
    </message>
    <message>
        <source>Network adapter settings</source>
        <translation>Netzwerkkarteneinstellungen</translation>
    </message>
    <message>
        <source>VLAN identification</source>
        <translation>VLAN-Identifizierung</translation>
    </message>
    <message>
        <source>Minimum bandwidth in Mbps</source>
        <translation>Minimale Bandbreite in Mbps</translation>
    </message>
    <message>
        <source>Minimum bandwidth by weight</source>
        <translation>Minimale Bandbreite nach Gewichtung</translation>
    </message>
    <message>
        <source>Virtual machine queue</source>
        <translation>Warteschlange für virtuelle Computer</translation>
    </message>
    <message>
        <source>IPsec task offloading</source>
        <translation>IPsec-Taskabladung</translation>
    </message>
    <message>
        <source>SR-IOV</source>
        <translation>SR-IOV</translation>
    </message>
    <message>
        <source>Advanced network adapter features</source>
        <translation>Erweiterte Netzwerkkartenfeatures</translation>
    </message>
    <message>
        <source>Integration services</source>
        <translation>Integrationsdienste</translation>
    </message>
    <message>
        <source>Integration services upgrade</source>
        <translation>Aktualisierung der Integrationsdienste</translation>
    </message>
    <message>
        <source>Configuration version upgrade</source>
        <translation>Aktualisierung der Konfigurationsversion</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>Livemigration</translation>
    </message>
    <message>
        <source>Storage migration</source>
        <translation>Speichermigration</translation>
    </message>
    <message>
        <source>Shared-nothing live migration</source>
        <translation>Livemigration ohne gemeinsamen Speicher (Shared Nothing)</translation>
    </message>
    <message>
        <source>Host migration settings</source>
        <translation>Migrationseinstellungen des Hosts</translation>
    </message>
    <message>
        <source>Per-core network charts</source>
        <translation>Netzwerkdiagramme pro Kern</translation>
    </message>
    <message>
        <source>Adding and removing network adapters</source>
        <translation>Hinzufügen und Entfernen von Netzwerkkarten</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hvdesk: a desktop management console for Hyper-V hosts.</source>
        <translation>hvdesk: eine Desktop-Verwaltungskonsole für Hyper-V-Hosts.</translation>
    </message>
    <message>
        <source>Open the demo: the built-in simulator of a two-node cluster and a standalone host.</source>
        <translation>Die Demo öffnen: der integrierte Simulator mit einem Cluster aus zwei Knoten und einem eigenständigen Host.</translation>
    </message>
    <message>
        <source>Connect to the server at &lt;uri&gt; (sim:demo, sim:/path/topology.json, ...). May be given more than once.</source>
        <translation>Mit dem Server unter &lt;uri&gt; verbinden (sim:demo, sim:/path/topology.json, ...). Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (de, nl, en).</source>
        <translation>Die Sprache &lt;code&gt; verwenden (de, nl, en).</translation>
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
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection lost (showing last known state)</source>
        <translation>Verbindung verloren (letzter bekannter Zustand wird angezeigt)</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
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
        <translation>Privat</translation>
    </message>
    <message>
        <source>Use Credential Security Support Provider (CredSSP)</source>
        <translation>CredSSP (Credential Security Support Provider) verwenden</translation>
    </message>
    <message>
        <source>Use Kerberos</source>
        <translation>Kerberos verwenden</translation>
    </message>
    <message>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
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
        <translation>Herunterfahren des Betriebssystems</translation>
    </message>
    <message>
        <source>Time synchronization</source>
        <translation>Zeitsynchronisierung</translation>
    </message>
    <message>
        <source>Data Exchange</source>
        <translation>Datenaustausch</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Backup (volume shadow copy)</source>
        <translation>Sicherung (Volumeschattenkopie)</translation>
    </message>
    <message>
        <source>Guest services</source>
        <translation>Gastdienste</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Protocol mismatch</source>
        <translation>Protokollkonflikt</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Lost communication</source>
        <translation>Kommunikation unterbrochen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>NetworkAdapterRules</name>
    <message>
        <source>Virtual switch: the host has no switch named &apos;%1&apos; (names are case-sensitive).</source>
        <translation>Virtueller Switch: Der Host hat keinen Switch namens &apos;%1&apos; (Groß-/Kleinschreibung wird beachtet).</translation>
    </message>
    <message>
        <source>Choose one of the host&apos;s switches, or Not connected.</source>
        <translation>Wählen Sie einen der Switches des Hosts oder „Nicht verbunden“ aus.</translation>
    </message>
    <message>
        <source>VLAN ID: %1 is out of range.</source>
        <translation>VLAN-ID: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.</source>
        <translation>Geben Sie eine VLAN-ID von %1 bis %2 ein, oder deaktivieren Sie die Identifizierung virtueller LANs.</translation>
    </message>
    <message>
        <source>Maximum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation>Maximale Bandbreite: %1 Bit/s ist kein Vielfaches von 8.</translation>
    </message>
    <message>
        <source>Round the value to a multiple of 8 bit/s.</source>
        <translation>Runden Sie den Wert auf ein Vielfaches von 8 Bit/s.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 bit/s is not a multiple of 8.</source>
        <translation>Minimale Bandbreite: %1 Bit/s ist kein Vielfaches von 8.</translation>
    </message>
    <message>
        <source>Minimum bandwidth weight: %1 is out of range.</source>
        <translation>Gewichtung der minimalen Bandbreite: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter a weight from 0 (no reservation) to 100.</source>
        <translation>Geben Sie eine Gewichtung von 0 (keine Reservierung) bis 100 ein.</translation>
    </message>
    <message>
        <source>Minimum bandwidth does not apply on the SR-IOV switch &apos;%1&apos;: SR-IOV traffic bypasses the switch.</source>
        <translation>Die minimale Bandbreite gilt nicht für den SR-IOV-Switch &apos;%1&apos;: SR-IOV-Datenverkehr umgeht den Switch.</translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth, or connect the adapter to a switch without SR-IOV.</source>
        <translation>Entfernen Sie die minimale Bandbreite, oder verbinden Sie die Netzwerkkarte mit einem Switch ohne SR-IOV.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; was created without bandwidth reservation.</source>
        <translation>Minimale Bandbreite: Der Switch &apos;%1&apos; wurde ohne Bandbreitenreservierung erstellt.</translation>
    </message>
    <message>
        <source>Clear the minimum bandwidth; the switch&apos;s reservation mode cannot be changed after creation.</source>
        <translation>Entfernen Sie die minimale Bandbreite; der Reservierungsmodus des Switches kann nach dem Erstellen nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth by weight, not in Mbps.</source>
        <translation>Minimale Bandbreite: Der Switch &apos;%1&apos; reserviert Bandbreite nach Gewichtung, nicht in Mbps.</translation>
    </message>
    <message>
        <source>Enter a weight from 1 to 100 instead.</source>
        <translation>Geben Sie stattdessen eine Gewichtung von 1 bis 100 ein.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: the switch &apos;%1&apos; reserves bandwidth in Mbps, not by weight.</source>
        <translation>Minimale Bandbreite: Der Switch &apos;%1&apos; reserviert Bandbreite in Mbps, nicht nach Gewichtung.</translation>
    </message>
    <message>
        <source>Enter the minimum in Mbps instead.</source>
        <translation>Geben Sie das Minimum stattdessen in Mbps ein.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps is above the maximum of %2 Mbps.</source>
        <translation>Minimale Bandbreite: %1 Mbps liegt über dem Maximum von %2 Mbps.</translation>
    </message>
    <message>
        <source>Lower the minimum or raise the maximum.</source>
        <translation>Senken Sie das Minimum, oder erhöhen Sie das Maximum.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps plus the %2 Mbps other adapters reserve exceeds the %3 Mbps link of &apos;%4&apos;.</source>
        <translation>Minimale Bandbreite: %1 Mbps zuzüglich der %2 Mbps, die andere Netzwerkkarten reservieren, übersteigt die Verbindungsbandbreite von &apos;%4&apos; (%3 Mbps).</translation>
    </message>
    <message>
        <source>Reserve at most %1 Mbps.</source>
        <translation>Reservieren Sie höchstens %1 Mbps.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: reservations of 100 Mbps or less are not precise on a congested link.</source>
        <translation>Minimale Bandbreite: Reservierungen von 100 Mbps oder weniger sind bei einer ausgelasteten Verbindung nicht genau.</translation>
    </message>
    <message>
        <source>Reserve more than 100 Mbps where the guarantee matters.</source>
        <translation>Reservieren Sie mehr als 100 Mbps, wenn es auf die Garantie ankommt.</translation>
    </message>
    <message>
        <source>Virtual machine queue weight: %1 is out of range.</source>
        <translation>Gewichtung der Warteschlange für virtuelle Computer: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter a weight from 0 (off) to 100.</source>
        <translation>Geben Sie eine Gewichtung von 0 (aus) bis 100 ein.</translation>
    </message>
    <message>
        <source>SR-IOV weight: %1 is out of range.</source>
        <translation>SR-IOV-Gewichtung: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Maximum number of offloaded security associations: %1 is out of range.</source>
        <translation>Maximale Anzahl abgeladener Sicherheitszuordnungen: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1, or turn IPsec task offloading off.</source>
        <translation>Geben Sie eine Zahl von 1 bis %1 ein, oder deaktivieren Sie die IPsec-Taskabladung.</translation>
    </message>
    <message>
        <source>SR-IOV queue pairs: %1 is out of range.</source>
        <translation>SR-IOV-Warteschlangenpaare: %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Request from %1 to %2 queue pairs.</source>
        <translation>Fordern Sie %1 bis %2 Warteschlangenpaare an.</translation>
    </message>
    <message>
        <source>SR-IOV: the switch &apos;%1&apos; was not created with SR-IOV, so the adapter uses the synthetic path.</source>
        <translation>SR-IOV: Der Switch &apos;%1&apos; wurde nicht mit SR-IOV erstellt, daher verwendet die Netzwerkkarte den synthetischen Pfad.</translation>
    </message>
    <message>
        <source>Connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov).</source>
        <translation>Verbinden Sie die Netzwerkkarte mit einem Switch, der mit SR-IOV erstellt wurde (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>MAC address: &apos;%1&apos; %2</source>
        <translation>MAC-Adresse: &apos;%1&apos; %2</translation>
    </message>
    <message>
        <source>Enter 12 hexadecimal digits of a unicast address, e.g. 00-15-5D-01-02-03.</source>
        <translation>Geben Sie die 12 Hexadezimalziffern einer Unicastadresse ein, z. B. 00-15-5D-01-02-03.</translation>
    </message>
    <message>
        <source>MAC address: it can only be changed while the virtual machine is off.</source>
        <translation>MAC-Adresse: Sie kann nur geändert werden, während der virtuelle Computer ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine, or keep the current MAC address.</source>
        <translation>Fahren Sie den virtuellen Computer herunter, oder behalten Sie die aktuelle MAC-Adresse bei.</translation>
    </message>
    <message>
        <source>is not 12 hexadecimal digits.</source>
        <translation>besteht nicht aus 12 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>is all zeros.</source>
        <translation>besteht nur aus Nullen.</translation>
    </message>
    <message>
        <source>is a multicast address (the first octet is odd).</source>
        <translation>ist eine Multicastadresse (das erste Oktett ist ungerade).</translation>
    </message>
    <message>
        <source>None</source>
        <comment>port mirroring</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>port mirroring</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <comment>port mirroring</comment>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>interrupt moderation</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Adaptive</source>
        <comment>interrupt moderation</comment>
        <translation>Adaptiv</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>interrupt moderation</comment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>interrupt moderation</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>interrupt moderation</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <comment>interrupt moderation</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Weight</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Absolute</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Absolut</translation>
    </message>
    <message>
        <source>None</source>
        <comment>bandwidth reservation mode</comment>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>Applying settings (%1 %)</source>
        <translation>Einstellungen werden angewendet (%1 %)</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Operating normally</source>
        <translation>Normaler Betrieb</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its settings are being applied.</source>
        <translation>Aktion „%1“ für &apos;%2&apos; nicht möglich: Die Einstellungen werden gerade angewendet.</translation>
    </message>
    <message>
        <source>Wait until the settings are applied, then try again.</source>
        <translation>Warten Sie, bis die Einstellungen angewendet wurden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could not start: not enough memory on %2 (%3 needed, %4 available).</source>
        <translation>&apos;%1&apos; konnte nicht gestartet werden: Nicht genügend Arbeitsspeicher auf %2 (%3 benötigt, %4 verfügbar).</translation>
    </message>
    <message>
        <source>Shut down or save another virtual machine on %1, or lower the startup memory.</source>
        <translation>Fahren Sie einen anderen virtuellen Computer auf %1 herunter oder speichern Sie ihn, oder verringern Sie den Arbeitsspeicher beim Start.</translation>
    </message>
    <message>
        <source>Cannot shut down &apos;%1&apos;: the operating system shutdown integration service is not enabled or not installed in the guest.</source>
        <translation>&apos;%1&apos; kann nicht heruntergefahren werden: Der Integrationsdienst „Herunterfahren des Betriebssystems“ ist im Gastbetriebssystem nicht aktiviert oder nicht installiert.</translation>
    </message>
    <message>
        <source>Use Turn Off, or enable Operating system shutdown in Settings &gt; Integration Services.</source>
        <translation>Verwenden Sie „Ausschalten“, oder aktivieren Sie „Herunterfahren des Betriebssystems“ unter Einstellungen &gt; Integrationsdienste.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>Der virtuelle Computer ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Refresh the host.</source>
        <translation>Aktualisieren Sie den Host.</translation>
    </message>
    <message>
        <source>Network adapters of &apos;%1&apos; can only be added or removed while it is off.</source>
        <translation>Netzwerkkarten von &apos;%1&apos; können nur hinzugefügt oder entfernt werden, während der virtuelle Computer ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine first.</source>
        <translation>Fahren Sie zuerst den virtuellen Computer herunter.</translation>
    </message>
    <message>
        <source>The network adapter %1 no longer exists.</source>
        <translation>Die Netzwerkkarte %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Close the dialog and open the settings again.</source>
        <translation>Schließen Sie das Dialogfeld, und öffnen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot apply settings to &apos;%1&apos; while it is %2.</source>
        <translation>Die Einstellungen für &apos;%1&apos; können nicht angewendet werden, solange der virtuelle Computer den Zustand „%2“ hat.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then apply again.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist, und wenden Sie die Einstellungen dann erneut an.</translation>
    </message>
    <message>
        <source>SR-IOV needs an external switch bound to an SR-IOV network adapter.</source>
        <translation>SR-IOV erfordert einen externen Switch, der an eine SR-IOV-fähige Netzwerkkarte gebunden ist.</translation>
    </message>
    <message>
        <source>The switch was created without SR-IOV; it cannot be converted later (New-VMSwitch -EnableIov).</source>
        <translation>Der Switch wurde ohne SR-IOV erstellt; er kann nachträglich nicht umgewandelt werden (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>The physical network adapter &apos;%1&apos; does not support SR-IOV.</source>
        <translation>Die physische Netzwerkkarte &apos;%1&apos; unterstützt SR-IOV nicht.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No virtual function is free on &apos;%1&apos; (%2 of %2 in use).</source>
        <translation>Auf &apos;%1&apos; ist keine virtuelle Funktion frei (%2 von %2 belegt).</translation>
    </message>
    <message>
        <source>SR-IOV requested; using the synthetic path.</source>
        <translation>SR-IOV angefordert; der synthetische Pfad wird verwendet.</translation>
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
        <translation>Korrigieren Sie das Feld, und laden Sie die Topologie erneut.</translation>
    </message>
    <message>
        <source>is required (an object)</source>
        <translation>ist erforderlich (ein Objekt)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is required (a list)</source>
        <translation>ist erforderlich (eine Liste)</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>is required (a text)</source>
        <translation>ist erforderlich (ein Text)</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>muss ein Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is required (a number from %1 to %2)</source>
        <translation>ist erforderlich (eine Zahl von %1 bis %2)</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>%1 is out of range: use a number from %2 to %3</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs: Verwenden Sie eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; ist keiner der folgenden Werte: %2</translation>
    </message>
    <message>
        <source>the host has no physical NIC named &apos;%1&apos;</source>
        <translation>der Host hat keine physische Netzwerkkarte namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be even when hyperThreading is true (sibling pairs)</source>
        <translation>muss gerade sein, wenn hyperThreading true ist (Geschwisterpaare)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 6.2.9200.16433</source>
        <translation>&apos;%1&apos; ist keine Version wie 6.2.9200.16433</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a configuration version such as 5.0</source>
        <translation>&apos;%1&apos; ist keine Konfigurationsversion wie 5.0</translation>
    </message>
    <message>
        <source>the host already has a switch named &apos;%1&apos;</source>
        <translation>der Host hat bereits einen Switch namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no switch named &apos;%2&apos; (names are case-sensitive)</source>
        <translation>Host &apos;%1&apos; hat keinen Switch namens &apos;%2&apos; (Groß-/Kleinschreibung wird beachtet)</translation>
    </message>
    <message>
        <source>no host is named &apos;%1&apos;</source>
        <translation>es gibt keinen Host namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID</source>
        <translation>&apos;%1&apos; ist keine GUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: off, running, saved, paused</source>
        <translation>&apos;%1&apos; ist keiner der folgenden Werte: off, running, saved, paused</translation>
    </message>
    <message>
        <source>dynamic memory needs minimumMB &lt;= startupMB &lt;= maximumMB</source>
        <translation>dynamischer Arbeitsspeicher erfordert minimumMB &lt;= startupMB &lt;= maximumMB</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; supports configuration versions up to %2.%3</source>
        <translation>Host &apos;%1&apos; unterstützt Konfigurationsversionen bis %2.%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action: use one of %2</source>
        <translation>&apos;%1&apos; ist keine Aktion: Verwenden Sie eine der folgenden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: a topology is a JSON object with &quot;hosts&quot; and &quot;vms&quot;</source>
        <translation>%1: Eine Topologie ist ein JSON-Objekt mit &quot;hosts&quot; und &quot;vms&quot;</translation>
    </message>
    <message>
        <source>Correct the JSON and load the topology again.</source>
        <translation>Korrigieren Sie den JSON-Code, und laden Sie die Topologie erneut.</translation>
    </message>
    <message>
        <source>needs at least one host</source>
        <translation>erfordert mindestens einen Host</translation>
    </message>
    <message>
        <source>a host named &apos;%1&apos; is already defined</source>
        <translation>ein Host namens &apos;%1&apos; ist bereits definiert</translation>
    </message>
    <message>
        <source>the id %1 is already used by &apos;%2&apos;</source>
        <translation>die ID %1 wird bereits von &apos;%2&apos; verwendet</translation>
    </message>
    <message>
        <source>Cannot read the topology file &apos;%1&apos;: %2.</source>
        <translation>Die Topologiedatei &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the path in the URI (sim:/path/to/topology.json).</source>
        <translation>Überprüfen Sie den Pfad im URI (sim:/path/to/topology.json).</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>no version is reported</source>
        <translation>es wird keine Version gemeldet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>a version has at most four parts</source>
        <translation>eine Version hat höchstens vier Teile</translation>
    </message>
</context>
<context>
    <name>VmStates</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation>Wird angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation>Wird fortgesetzt</translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: the virtual machine is %3.</source>
        <translation>Aktion „%1“ für &apos;%2&apos; nicht möglich: Der virtuelle Computer hat den Zustand „%3“.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then try again.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot %1 &apos;%2&apos;: its state is unknown.</source>
        <translation>Aktion „%1“ für &apos;%2&apos; nicht möglich: Der Zustand ist unbekannt.</translation>
    </message>
    <message>
        <source>Refresh the host and try again.</source>
        <translation>Aktualisieren Sie den Host, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Use Resume to continue a paused virtual machine.</source>
        <translation>Verwenden Sie „Fortsetzen“, um einen angehaltenen virtuellen Computer fortzusetzen.</translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation>Der virtuelle Computer wird bereits ausgeführt.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be paused; start it first.</source>
        <translation>Nur ein ausgeführter virtueller Computer kann angehalten werden; starten Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Use Start to restore a saved virtual machine.</source>
        <translation>Verwenden Sie „Starten“, um einen gespeicherten virtuellen Computer wiederherzustellen.</translation>
    </message>
    <message>
        <source>Only a paused virtual machine can be resumed.</source>
        <translation>Nur ein angehaltener virtueller Computer kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Resume the virtual machine first, or use Turn Off.</source>
        <translation>Setzen Sie den virtuellen Computer zuerst fort, oder verwenden Sie „Ausschalten“.</translation>
    </message>
    <message>
        <source>Only a running virtual machine can be shut down.</source>
        <translation>Nur ein ausgeführter virtueller Computer kann heruntergefahren werden.</translation>
    </message>
    <message>
        <source>This action needs a running or paused virtual machine.</source>
        <translation>Diese Aktion erfordert einen ausgeführten oder angehaltenen virtuellen Computer.</translation>
    </message>
</context>
<context>
    <name>hvdesk::ActionsPane</name>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>hvdesk::ConnectDialog</name>
    <message>
        <source>&amp;Demo: the built-in simulator (a two-node cluster and a standalone host)</source>
        <translation>&amp;Demo: der integrierte Simulator (ein Cluster mit zwei Knoten und ein eigenständiger Host)</translation>
    </message>
    <message>
        <source>&amp;Another computer:</source>
        <translation>&amp;Anderer Computer:</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation>Server-URI</translation>
    </message>
    <message>
        <source>e.g. sim:/path/topology.json or wsman+https://host:5986</source>
        <translation>z. B. sim:/path/topology.json oder wsman+https://host:5986</translation>
    </message>
    <message>
        <source>Connections this build of hvdesk can open:</source>
        <translation>Verbindungen, die dieser Build von hvdesk öffnen kann:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Select the server to manage:</source>
        <translation>Wählen Sie den zu verwaltenden Server aus:</translation>
    </message>
    <message>
        <source>Server: enter a URI.</source>
        <translation>Server: Geben Sie einen URI ein.</translation>
    </message>
    <message>
        <source>For example sim:demo.</source>
        <translation>Zum Beispiel sim:demo.</translation>
    </message>
</context>
<context>
    <name>hvdesk::HostTreeModel</name>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-Manager</translation>
    </message>
    <message>
        <source>All connected servers</source>
        <translation>Alle verbundenen Server</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::Job</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
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
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>hvdesk::MainWindow</name>
    <message>
        <source>Hyper-V Manager - hvdesk</source>
        <translation>Hyper-V-Manager - hvdesk</translation>
    </message>
    <message>
        <source>&amp;Connect to Server...</source>
        <translation>&amp;Mit Server verbinden...</translation>
    </message>
    <message>
        <source>Connect to a Hyper-V host, the simulator or a local hypervisor</source>
        <translation>Mit einem Hyper-V-Host, dem Simulator oder einem lokalen Hypervisor verbinden</translation>
    </message>
    <message>
        <source>Re&amp;move Server</source>
        <translation>Server &amp;entfernen</translation>
    </message>
    <message>
        <source>Close the connection of the selected server</source>
        <translation>Die Verbindung zum ausgewählten Server schließen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the selected servers&apos; state again</source>
        <translation>Den Zustand der ausgewählten Server erneut lesen</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find Virtual Machine</source>
        <translation>Virtuellen Computer &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;About hvdesk</source>
        <translation>&amp;Info über hvdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Actions &amp;Pane</source>
        <translation>Aktions&amp;bereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Filter virtual machines by name</source>
        <translation>Virtuelle Computer nach Name filtern</translation>
    </message>
    <message>
        <source>Filter by name (Ctrl+F)</source>
        <translation>Nach Name filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtuelle Computer</translation>
    </message>
    <message>
        <source>No server is connected.

Use Action &gt; Connect to Server... to manage a Hyper-V host, or choose Demo there to explore hvdesk with the built-in simulator.</source>
        <translation>Es ist kein Server verbunden.

Verwenden Sie Aktion &gt; Mit Server verbinden..., um einen Hyper-V-Host zu verwalten, oder wählen Sie dort „Demo“, um hvdesk mit dem integrierten Simulator kennenzulernen.</translation>
    </message>
    <message>
        <source>Already connected to %1.</source>
        <translation>Bereits mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Hyper-V Manager</source>
        <translation>Hyper-V-Manager</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual machines</source>
        <translation>
            <numerusform>%n virtueller Computer</numerusform>
            <numerusform>%n virtuelle Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 für &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; completed.</source>
        <translation>%1 für &apos;%2&apos; abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag wird ausgeführt</numerusform>
            <numerusform>%n Aufträge werden ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %p%</source>
        <translation>%1 %2: %p%</translation>
    </message>
    <message>
        <source>About hvdesk</source>
        <translation>Info über hvdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;hvdesk %1&lt;/h3&gt;&lt;p&gt;A desktop management console for Hyper-V hosts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hvdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Verwaltungskonsole für Hyper-V-Hosts.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hvdesk::ScriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Equivalent %1</source>
        <translation>%1-Äquivalent</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmActions</name>
    <message>
        <source>Start the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Computer starten</translation>
    </message>
    <message>
        <source>Turn off the selected virtual machines at once, like pulling the plug</source>
        <translation>Die ausgewählten virtuellen Computer sofort ausschalten, wie beim Ziehen des Netzsteckers</translation>
    </message>
    <message>
        <source>Shut down the guest operating systems through the shutdown integration service</source>
        <translation>Die Gastbetriebssysteme über den Integrationsdienst zum Herunterfahren herunterfahren</translation>
    </message>
    <message>
        <source>Save the state of the selected virtual machines</source>
        <translation>Den Zustand der ausgewählten virtuellen Computer speichern</translation>
    </message>
    <message>
        <source>Pause the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Computer anhalten</translation>
    </message>
    <message>
        <source>Resume the selected paused virtual machines</source>
        <translation>Die ausgewählten angehaltenen virtuellen Computer fortsetzen</translation>
    </message>
    <message>
        <source>Reset the selected virtual machines</source>
        <translation>Die ausgewählten virtuellen Computer zurücksetzen</translation>
    </message>
    <message>
        <source>%1: the connection to its host is not available.</source>
        <translation>%1: Die Verbindung zum Host ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmDetailsPane</name>
    <message>
        <source>Virtual machine details</source>
        <translation>Details des virtuellen Computers</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Betriebszeit:</translation>
    </message>
    <message>
        <source>CPU usage:</source>
        <translation>CPU-Auslastung:</translation>
    </message>
    <message>
        <source>Virtual processors:</source>
        <translation>Virtuelle Prozessoren:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Configuration version:</source>
        <translation>Konfigurationsversion:</translation>
    </message>
    <message>
        <source>Generation:</source>
        <translation>Generation:</translation>
    </message>
    <message>
        <source>Integration services (guest):</source>
        <translation>Integrationsdienste (Gast):</translation>
    </message>
    <message>
        <source>Integration services (host):</source>
        <translation>Integrationsdienste (Host):</translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation>Takt:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Startup memory:</source>
        <translation>Arbeitsspeicher beim Start:</translation>
    </message>
    <message>
        <source>Dynamic memory:</source>
        <translation>Dynamischer Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Minimum memory:</source>
        <translation>Minimaler Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Maximum memory:</source>
        <translation>Maximaler Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Assigned memory:</source>
        <translation>Zugewiesener Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Memory demand:</source>
        <translation>Arbeitsspeicherbedarf:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Network adapters</source>
        <translation>Netzwerkkarten</translation>
    </message>
    <message>
        <source>Adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>IP Addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>MAC Address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>The PowerShell equivalent of what this pane shows, and of your last action.</source>
        <translation>Das PowerShell-Äquivalent dessen, was dieser Bereich anzeigt, und Ihrer letzten Aktion.</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>No virtual machine selected.</source>
        <translation>Kein virtueller Computer ausgewählt.</translation>
    </message>
    <message>
        <source># Last action</source>
        <translation># Letzte Aktion</translation>
    </message>
    <message>
        <source>%1 (cluster %2)</source>
        <translation>%1 (Cluster %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Not installed or not reported</source>
        <translation>Nicht installiert oder nicht gemeldet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>SR-IOV (VF %1)</source>
        <translation>SR-IOV (VF %1)</translation>
    </message>
    <message>
        <source>SR-IOV requested: synthetic path</source>
        <translation>SR-IOV angefordert: synthetischer Pfad</translation>
    </message>
    <message>
        <source>VMQ</source>
        <translation>VMQ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source> (static)</source>
        <translation> (statisch)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListDecorator</name>
    <message>
        <source>The connection to this host was lost: these are the last known values.</source>
        <translation>Die Verbindung zu diesem Host wurde unterbrochen: Dies sind die letzten bekannten Werte.</translation>
    </message>
</context>
<context>
    <name>hvdesk::VmListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU Usage</source>
        <translation>CPU-Auslastung</translation>
    </message>
    <message>
        <source>Assigned Memory</source>
        <translation>Zugewiesener Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Betriebszeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Configuration Version</source>
        <translation>Konfigurationsversion</translation>
    </message>
    <message>
        <source>Integration Services</source>
        <translation>Integrationsdienste</translation>
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
        <translation>Server: &apos;%1&apos; hat einen ungültigen Wert für %2.</translation>
    </message>
    <message>
        <source>Use whole numbers: hosts 1-%1, vms 1-%2, seed 1 or more.</source>
        <translation>Verwenden Sie ganze Zahlen: hosts 1-%1, vms 1-%2, seed 1 oder mehr.</translation>
    </message>
    <message>
        <source>Server: &apos;sim:&apos; needs a topology.</source>
        <translation>Server: &apos;sim:&apos; erfordert eine Topologie.</translation>
    </message>
    <message>
        <source>Use sim:demo, or sim: followed by the path of a topology file.</source>
        <translation>Verwenden Sie sim:demo oder sim: gefolgt vom Pfad einer Topologiedatei.</translation>
    </message>
    <message>
        <source>Simulator (%1)</source>
        <translation>Simulator (%1)</translation>
    </message>
    <message>
        <source>The connection to the hosts of %1 was lost; what is shown is the last known state.</source>
        <translation>Die Verbindung zu den Hosts von %1 wurde unterbrochen; angezeigt wird der letzte bekannte Zustand.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Reconnect, then try again.</source>
        <translation>Stellen Sie die Verbindung wieder her, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen anwenden</translation>
    </message>
    <message>
        <source>This simulator connection does not move virtual machines.</source>
        <translation>Diese Simulatorverbindung verschiebt keine virtuellen Computer.</translation>
    </message>
    <message>
        <source>Move the virtual machine from a connection that offers live or storage migration.</source>
        <translation>Verschieben Sie den virtuellen Computer über eine Verbindung, die Live- oder Speichermigration bietet.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>The connection to %1 was lost.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>hvdesk shows the last known state until the hosts answer again.</source>
        <translation>hvdesk zeigt den letzten bekannten Zustand an, bis die Hosts wieder antworten.</translation>
    </message>
</context>
</TS>
