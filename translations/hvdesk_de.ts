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
    <message>
        <source>RSS and VMQ on host network adapters</source>
        <translation>RSS und VMQ auf Netzwerkkarten des Hosts</translation>
    </message>
    <message>
        <source>Virtual machine definition XML</source>
        <translation>Definitions-XML des virtuellen Computers</translation>
    </message>
    <message>
        <source>Not offered by this connection: %1.</source>
        <translation>Von dieser Verbindung nicht angeboten: %1.</translation>
    </message>
</context>
<context>
    <name>CimXml</name>
    <message>
        <source>a property without a NAME</source>
        <translation>eine Eigenschaft ohne NAME</translation>
    </message>
    <message>
        <source>property %1 holds an embedded object that is not CIM-XML</source>
        <translation>Die Eigenschaft %1 enthält ein eingebettetes Objekt, das kein CIM-XML ist</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;INSTANCE&gt;</source>
        <translation>das Stammelement ist &lt;%1&gt;, erwartet wurde &lt;INSTANCE&gt;</translation>
    </message>
    <message>
        <source>no INSTANCE element</source>
        <translation>kein INSTANCE-Element</translation>
    </message>
    <message>
        <source>the INSTANCE has no CLASSNAME</source>
        <translation>die INSTANCE hat keinen CLASSNAME</translation>
    </message>
    <message>
        <source>The embedded instance is not valid CIM-XML</source>
        <translation>Die eingebettete Instanz ist kein gültiges CIM-XML</translation>
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
    <message>
        <source>Print the report &lt;name&gt; (integration-services) and exit.</source>
        <translation>Den Bericht &lt;name&gt; (integration-services) ausgeben und beenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The report&apos;s format: csv.</source>
        <translation>Das Format des Berichts: csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Report on the demo simulator.</source>
        <translation>Bericht über den Demosimulator erstellen.</translation>
    </message>
    <message>
        <source>Report on the server at &lt;uri&gt;. May be given more than once.</source>
        <translation>Bericht über den Server unter &lt;uri&gt; erstellen. Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; is not a report. Use --report integration-services.</source>
        <translation>--report: „%1“ ist kein Bericht. Verwenden Sie --report integration-services.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not supported. Use --format csv.</source>
        <translation>--format: „%1“ wird nicht unterstützt. Verwenden Sie --format csv.</translation>
    </message>
    <message>
        <source>--report needs at least one server: add --connect URI (for example --connect sim:demo).</source>
        <translation>--report benötigt mindestens einen Server: Fügen Sie --connect URI hinzu (zum Beispiel --connect sim:demo).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connection did not open in time.</source>
        <translation>die Verbindung wurde nicht rechtzeitig hergestellt.</translation>
    </message>
    <message>
        <source>Print the report &lt;name&gt; (integration-services) as CSV for the servers given with --connect, and exit without a window.</source>
        <translation>Den Bericht &lt;name&gt; (integration-services) als CSV für die mit --connect angegebenen Server ausgeben und ohne Fenster beenden.</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;. Available languages: %2.</source>
        <translation>--lang: Für „%1“ ist keine Übersetzung vorhanden. Verfügbare Sprachen: %2.</translation>
    </message>
</context>
<context>
    <name>ConfigurationVersion</name>
    <message>
        <source>The host of &apos;%1&apos; is not known.</source>
        <translation>Der Host von „%1“ ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Aktualisieren Sie die Verbindung.</translation>
    </message>
    <message>
        <source>The configuration version &apos;%1&apos; of &apos;%2&apos; cannot be read.</source>
        <translation>Die Konfigurationsversion „%1“ von „%2“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has configuration version %2, the highest %3 supports.</source>
        <translation>„%1“ hat bereits die Konfigurationsversion %2, die höchste, die %3 unterstützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: the configuration version can only be upgraded while the virtual machine is off.</source>
        <translation>„%1“ ist %2: Die Konfigurationsversion kann nur aktualisiert werden, während der virtuelle Computer ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine, then upgrade.</source>
        <translation>Fahren Sie den virtuellen Computer herunter, und führen Sie dann die Aktualisierung aus.</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>&apos;%1&apos; is a %2 interface; only network and bridge interfaces can be connected elsewhere.</source>
        <translation>&apos;%1&apos; ist eine Schnittstelle vom Typ %2; nur Netzwerk- und Bridge-Schnittstellen können anderweitig verbunden werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot move disconnected: libvirt keeps the guest&apos;s devices as they are during a move.</source>
        <translation>&apos;%1&apos; kann nicht getrennt verschoben werden: libvirt behält die Geräte des Gasts während des Verschiebens unverändert bei.</translation>
    </message>
    <message>
        <source>The domain XML cannot be read: %1</source>
        <translation>Die Domänen-XML kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Epr</name>
    <message>
        <source>&apos;%1&apos; is not a WMI object path: %2 at character %3.</source>
        <translation>&apos;%1&apos; ist kein WMI-Objektpfad: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>Write it as \\HOST\root\virtualization\v2:Class.Key=&quot;value&quot;.</source>
        <translation>Schreiben Sie ihn als \\HOST\root\virtualization\v2:Class.Key=&quot;value&quot;.</translation>
    </message>
    <message>
        <source>no namespace after the host</source>
        <translation>kein Namespace nach dem Host</translation>
    </message>
    <message>
        <source>no &apos;:&apos; between namespace and class</source>
        <translation>kein &apos;:&apos; zwischen Namespace und Klasse</translation>
    </message>
    <message>
        <source>the namespace is empty</source>
        <translation>der Namespace ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name</source>
        <translation>&apos;%1&apos; ist kein Namespacename</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>der Klassenname ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class name</source>
        <translation>&apos;%1&apos; ist kein Klassenname</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; before the keys</source>
        <translation>&apos;.&apos; vor den Schlüsseln erwartet</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos;</source>
        <translation>ein Schlüssel ohne &apos;=&apos;</translation>
    </message>
    <message>
        <source>a key without a name</source>
        <translation>ein Schlüssel ohne Namen</translation>
    </message>
    <message>
        <source>an unterminated quoted value</source>
        <translation>ein nicht abgeschlossener Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>a key without a value</source>
        <translation>ein Schlüssel ohne Wert</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between keys</source>
        <translation>&apos;,&apos; zwischen Schlüsseln erwartet</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>Der Host</translation>
    </message>
    <message>
        <source>The host %1</source>
        <translation>Der Host %1</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <translation>%1 hat die Anforderung abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>Connect with an account in the host&apos;s Administrators or Hyper-V Administrators group.</source>
        <translation>Stellen Sie die Verbindung mit einem Konto her, das Mitglied der Gruppe „Administratoren“ oder „Hyper-V-Administratoren“ des Hosts ist.</translation>
    </message>
    <message>
        <source>The object no longer exists or its key changed: refresh and try again.</source>
        <translation>Das Objekt ist nicht mehr vorhanden, oder sein Schlüssel hat sich geändert: Aktualisieren Sie die Ansicht, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The host does not provide this class. Check that the Hyper-V role is installed: the root/virtualization/v2 namespace needs Windows Server 2012 or later.</source>
        <translation>Der Host stellt diese Klasse nicht bereit. Prüfen Sie, ob die Hyper-V-Rolle installiert ist: Der Namespace root/virtualization/v2 erfordert Windows Server 2012 oder höher.</translation>
    </message>
    <message>
        <source>Ask for fewer items per request, or raise the host&apos;s limit: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;2048&quot;}.</source>
        <translation>Fordern Sie weniger Elemente pro Anforderung an, oder erhöhen Sie das Limit des Hosts: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;2048&quot;}.</translation>
    </message>
    <message>
        <source>The host dropped the enumeration (it expired): refresh to start it again.</source>
        <translation>Der Host hat die Enumeration verworfen (sie ist abgelaufen): Aktualisieren Sie, um sie erneut zu starten.</translation>
    </message>
    <message>
        <source>The host is busy: try again, or raise the operation timeout.</source>
        <translation>Der Host ist ausgelastet: Versuchen Sie es erneut, oder erhöhen Sie das Vorgangstimeout.</translation>
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
    <name>GuestAgent</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>hvdesk was built without libvirt-qemu</source>
        <translation>hvdesk wurde ohne libvirt-qemu erstellt</translation>
    </message>
</context>
<context>
    <name>HostMigrationRules</name>
    <message>
        <source>&apos;%1&apos; is not a subnet: write an address and a prefix length, such as 10.0.50.0/24.</source>
        <translation>„%1“ ist kein Subnetz: Geben Sie eine Adresse und eine Präfixlänge an, z. B. 10.0.50.0/24.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>The prefix length of &apos;%1&apos; must be 0-128.</source>
        <translation>Die Präfixlänge von „%1“ muss zwischen 0 und 128 liegen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address such as 10.0.50.0.</source>
        <translation>„%1“ ist keine IPv4-Adresse wie 10.0.50.0.</translation>
    </message>
    <message>
        <source>The prefix length of &apos;%1&apos; must be 0-32.</source>
        <translation>Die Präfixlänge von „%1“ muss zwischen 0 und 32 liegen.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range.</source>
        <translation>%1: %2 liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2 (the default is %3).</source>
        <translation>Verwenden Sie eine Zahl von %1 bis %2 (Standardwert: %3).</translation>
    </message>
    <message>
        <source>Simultaneous live migrations</source>
        <translation>Gleichzeitige Livemigrationen</translation>
    </message>
    <message>
        <source>Simultaneous storage migrations</source>
        <translation>Gleichzeitige Speichermigrationen</translation>
    </message>
    <message>
        <source>Migration network: %1</source>
        <translation>Migrationsnetzwerk: %1</translation>
    </message>
    <message>
        <source>Correct or remove the entry.</source>
        <translation>Korrigieren oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Migration network %1 is listed twice.</source>
        <translation>Das Migrationsnetzwerk %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Remove the second entry.</source>
        <translation>Entfernen Sie den zweiten Eintrag.</translation>
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
    <name>HttpAnswerReader</name>
    <message>
        <source>the connection ended in the middle of the answer</source>
        <translation>die Verbindung endete mitten in der Antwort</translation>
    </message>
    <message>
        <source>the answer&apos;s headers exceed %1 KB</source>
        <translation>die Kopfzeilen der Antwort überschreiten %1 KB</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP status line</source>
        <translation>die Antwort beginnt nicht mit einer HTTP-Statuszeile</translation>
    </message>
    <message>
        <source>the answer has a malformed header line</source>
        <translation>die Antwort enthält eine fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length</source>
        <translation>die Antwort hat eine ungültige Content-Length</translation>
    </message>
    <message>
        <source>the answer has a malformed chunk</source>
        <translation>die Antwort enthält einen fehlerhaften Chunk</translation>
    </message>
</context>
<context>
    <name>HyperVProvider</name>
    <message>
        <source>The method %1 of %2 is not supported by this provider.</source>
        <translation>Die Methode %1 von %2 wird von diesem Anbieter nicht unterstützt.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste einlegen</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Add network adapter</source>
        <translation>Netzwerkkarte hinzufügen</translation>
    </message>
    <message>
        <source>Remove network adapter</source>
        <translation>Netzwerkkarte entfernen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Konfigurationsversion aktualisieren</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is known.</source>
        <translation>Kein Host mit dem Namen &apos;%1&apos; ist bekannt.</translation>
    </message>
    <message>
        <source>Move storage</source>
        <translation>Speicher verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-Einstellungen</translation>
    </message>
    <message>
        <source>The WS-Management service does not support Put on %1.</source>
        <translation>Der WS-Verwaltungsdienst unterstützt Put für %1 nicht.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; is not supported by the service.</source>
        <translation>Die Aktion &apos;%1&apos; wird vom Dienst nicht unterstützt.</translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The WMI service or the WMI provider returned an unknown error: HRESULT 0x8004100e </source>
        <translation>Der WS-Verwaltungsdienst kann die Anforderung nicht verarbeiten. Der WMI-Dienst oder der WMI-Anbieter hat einen unbekannten Fehler zurückgegeben: HRESULT 0x8004100e </translation>
    </message>
    <message>
        <source>Invalid namespace </source>
        <translation>Ungültiger Namespace </translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The specified class does not exist in the given namespace. </source>
        <translation>Der WS-Verwaltungsdienst kann die Anforderung nicht verarbeiten. Die angegebene Klasse ist im angegebenen Namespace nicht vorhanden. </translation>
    </message>
    <message>
        <source>Invalid class </source>
        <translation>Ungültige Klasse </translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The resource URI &apos;%1&apos; is not supported.</source>
        <translation>Der WS-Verwaltungsdienst kann die Anforderung nicht verarbeiten. Der Ressourcen-URI &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The requested filter dialect &apos;%1&apos; is not supported.</source>
        <translation>Der angeforderte Filterdialekt &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The query names the class %1, the resource URI %2.</source>
        <translation>Die Abfrage nennt die Klasse %1, der Ressourcen-URI %2.</translation>
    </message>
    <message>
        <source>Enumerating a whole namespace needs a WQL filter.</source>
        <translation>Zum Enumerieren eines ganzen Namespaces ist ein WQL-Filter erforderlich.</translation>
    </message>
    <message>
        <source>The enumeration context supplied in the message is not valid: it is unknown, was released or has expired.</source>
        <translation>Der in der Nachricht angegebene Enumerationskontext ist ungültig: Er ist unbekannt, wurde freigegeben oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>The enumeration context supplied in the message is not valid.</source>
        <translation>Der in der Nachricht angegebene Enumerationskontext ist ungültig.</translation>
    </message>
    <message>
        <source>The resource URI &apos;%1&apos; does not name a class.</source>
        <translation>Der Ressourcen-URI &apos;%1&apos; bezeichnet keine Klasse.</translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request because the request contained invalid selectors for the resource. </source>
        <translation>Der WS-Verwaltungsdienst kann die Anforderung nicht verarbeiten, da die Anforderung ungültige Selektoren für die Ressource enthielt. </translation>
    </message>
    <message>
        <source>%1 is not a key of %2; its keys are %3.</source>
        <translation>%1 ist kein Schlüssel von %2; die Schlüssel sind %3.</translation>
    </message>
    <message>
        <source>The selector %1 of %2 is missing.</source>
        <translation>Der Selektor %1 von %2 fehlt.</translation>
    </message>
    <message>
        <source>No %1 has these selectors on %2.</source>
        <translation>Kein %1 auf %2 hat diese Selektoren.</translation>
    </message>
</context>
<context>
    <name>IntegrationEventLog</name>
    <message>
        <source>The integration services in virtual machine &apos;%1&apos; (version %2) are older than those on the host (version %3). Upgrade them with the Integration Services Setup Disk. (Virtual machine ID %4)</source>
        <translation>Die Integrationsdienste im virtuellen Computer „%1“ (Version %2) sind älter als die auf dem Host (Version %3). Aktualisieren Sie sie mit dem Setupdatenträger für Integrationsdienste. (ID des virtuellen Computers: %4)</translation>
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
    <name>IntegrationServicesCheck</name>
    <message>
        <source>The host &apos;%1&apos; of &apos;%2&apos; is not known to this connection.</source>
        <translation>Der Host „%1“ von „%2“ ist dieser Verbindung nicht bekannt.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Aktualisieren Sie die Verbindung.</translation>
    </message>
    <message>
        <source>The host %1 reports no readable integration services version (&apos;%2&apos;: %3).</source>
        <translation>Der Host %1 meldet keine lesbare Version der Integrationsdienste („%2“: %3).</translation>
    </message>
    <message>
        <source>Check the host&apos;s Hyper-V installation.</source>
        <translation>Überprüfen Sie die Hyper-V-Installation des Hosts.</translation>
    </message>
    <message>
        <source>Setup installed integration services %1; the guest still runs %2 until it restarts.</source>
        <translation>Das Setup hat die Integrationsdienste %1 installiert; der Gast führt bis zum Neustart weiterhin %2 aus.</translation>
    </message>
    <message>
        <source>no integration services</source>
        <translation>keine Integrationsdienste</translation>
    </message>
    <message>
        <source>Restart the virtual machine to finish the upgrade.</source>
        <translation>Starten Sie den virtuellen Computer neu, um die Aktualisierung abzuschließen.</translation>
    </message>
    <message>
        <source>The version is read from the running guest, and &apos;%1&apos; is %2.</source>
        <translation>Die Version wird aus dem laufenden Gast gelesen, und „%1“ ist %2.</translation>
    </message>
    <message>
        <source>It last reported %1, older than the host&apos;s %2.</source>
        <translation>Zuletzt wurde %1 gemeldet, eine ältere Version als %2 des Hosts.</translation>
    </message>
    <message>
        <source>It last reported %1.</source>
        <translation>Zuletzt wurde %1 gemeldet.</translation>
    </message>
    <message>
        <source>Start the virtual machine to check its integration services.</source>
        <translation>Starten Sie den virtuellen Computer, um seine Integrationsdienste zu überprüfen.</translation>
    </message>
    <message>
        <source>Data Exchange is turned off for &apos;%1&apos;, so the guest cannot report its version.</source>
        <translation>Der Datenaustausch ist für „%1“ deaktiviert, daher kann der Gast seine Version nicht melden.</translation>
    </message>
    <message>
        <source>Enable Data Exchange in Settings &gt; Integration Services.</source>
        <translation>Aktivieren Sie den Datenaustausch unter Einstellungen &gt; Integrationsdienste.</translation>
    </message>
    <message>
        <source>The guest reports the version &apos;%1&apos;, which cannot be read: %2.</source>
        <translation>Der Gast meldet die Version „%1“, die nicht gelesen werden kann: %2.</translation>
    </message>
    <message>
        <source>Reinstall integration services in the guest.</source>
        <translation>Installieren Sie die Integrationsdienste im Gast neu.</translation>
    </message>
    <message>
        <source>The guest runs the host&apos;s version.</source>
        <translation>Der Gast führt die Version des Hosts aus.</translation>
    </message>
    <message>
        <source>The guest runs %1, newer than the %2 that %3 offers (it came from a newer host).</source>
        <translation>Der Gast führt %1 aus, eine neuere Version als %2, die %3 anbietet (er stammt von einem neueren Host).</translation>
    </message>
    <message>
        <source>Update %1, or move the virtual machine to a host with the same version.</source>
        <translation>Aktualisieren Sie %1, oder verschieben Sie den virtuellen Computer auf einen Host mit derselben Version.</translation>
    </message>
    <message>
        <source>The guest runs %1, older than the host&apos;s %2.</source>
        <translation>Der Gast führt %1 aus, eine ältere Version als %2 des Hosts.</translation>
    </message>
    <message>
        <source>Run Windows Update in the guest: %1 updates guests through Windows Update, not a setup disk.</source>
        <translation>Führen Sie Windows Update im Gast aus: %1 aktualisiert Gäste über Windows Update, nicht über einen Setupdatenträger.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk (Action menu), install, then restart the virtual machine.</source>
        <translation>Legen Sie den Setupdatenträger für Integrationsdienste ein (Menü „Aktion“), installieren Sie, und starten Sie dann den virtuellen Computer neu.</translation>
    </message>
    <message>
        <source>%1 reports no readable integration services version (&apos;%2&apos;: %3).</source>
        <translation>%1 meldet keine lesbare Version der Integrationsdienste („%2“: %3).</translation>
    </message>
    <message>
        <source>%1 (build %2) updates guests through Windows Update; it has no setup disk.</source>
        <translation>%1 (Build %2) aktualisiert Gäste über Windows Update; es gibt keinen Setupdatenträger.</translation>
    </message>
    <message>
        <source>Keep Windows Update running in the guests.</source>
        <translation>Lassen Sie Windows Update in den Gästen weiterhin laufen.</translation>
    </message>
    <message>
        <source>%1 (build %2) offers integration services %3 on its setup disk.</source>
        <translation>%1 (Build %2) bietet auf seinem Setupdatenträger die Integrationsdienste %3 an.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The nodes of cluster %1 offer different integration services versions: %2.</source>
        <translation>Die Knoten des Clusters %1 bieten unterschiedliche Versionen der Integrationsdienste an: %2.</translation>
    </message>
    <message>
        <source>Update the other nodes to %1&apos;s version %2, so a virtual machine keeps a matching version on every node.</source>
        <translation>Aktualisieren Sie die anderen Knoten auf die Version %2 von %1, damit ein virtueller Computer auf jedem Knoten eine passende Version behält.</translation>
    </message>
    <message>
        <source>The host of &apos;%1&apos; is not known.</source>
        <translation>Der Host von „%1“ ist nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 (build %2) has no Integration Services Setup Disk: from Windows Server 2016 on, guests get integration services through Windows Update.</source>
        <translation>%1 (Build %2) hat keinen Setupdatenträger für Integrationsdienste: Ab Windows Server 2016 erhalten Gäste die Integrationsdienste über Windows Update.</translation>
    </message>
    <message>
        <source>Run Windows Update in the guest &apos;%1&apos;.</source>
        <translation>Führen Sie Windows Update im Gast „%1“ aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: setup runs inside the guest, which must be running.</source>
        <translation>„%1“ ist %2: Das Setup wird im Gast ausgeführt, der dafür laufen muss.</translation>
    </message>
    <message>
        <source>Start the virtual machine, then insert the setup disk.</source>
        <translation>Starten Sie den virtuellen Computer, und legen Sie dann den Setupdatenträger ein.</translation>
    </message>
    <message>
        <source>The setup disk holds Windows installers; &apos;%1&apos; runs %2.</source>
        <translation>Der Setupdatenträger enthält Windows-Installationsprogramme; „%1“ führt %2 aus.</translation>
    </message>
    <message>
        <source>Install the Hyper-V drivers that the guest&apos;s operating system provides.</source>
        <translation>Installieren Sie die Hyper-V-Treiber, die das Betriebssystem des Gasts bereitstellt.</translation>
    </message>
    <message>
        <source>Setup already installed integration services %1 in &apos;%2&apos;; they take effect when it restarts.</source>
        <translation>Das Setup hat die Integrationsdienste %1 bereits in „%2“ installiert; sie werden nach dem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Restart the virtual machine.</source>
        <translation>Starten Sie den virtuellen Computer neu.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs the host&apos;s integration services %2.</source>
        <translation>„%1“ führt bereits die Integrationsdienste %2 des Hosts aus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs integration services %2, newer than the host&apos;s %3: setup does not downgrade.</source>
        <translation>„%1“ führt die Integrationsdienste %2 aus, die neuer sind als %3 des Hosts: Das Setup führt kein Downgrade durch.</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>Aktualisierung erforderlich</translation>
    </message>
    <message>
        <source>Restart required</source>
        <translation>Neustart erforderlich</translation>
    </message>
    <message>
        <source>Newer than host</source>
        <translation>Neuer als Host</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Setup disk</source>
        <translation>Setupdatenträger</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no QEMU guest agent channel in its definition.</source>
        <translation>&apos;%1&apos; hat in seiner Definition keinen Kanal für den QEMU-Gast-Agent.</translation>
    </message>
    <message>
        <source>Add the channel (virt-manager: Add Hardware &gt; Channel, org.qemu.guest_agent.0) and install qemu-guest-agent in the guest.</source>
        <translation>Fügen Sie den Kanal hinzu (virt-manager: Add Hardware &gt; Channel, org.qemu.guest_agent.0), und installieren Sie qemu-guest-agent im Gast.</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers while the guest runs, and &apos;%1&apos; is %2.</source>
        <translation>Der QEMU-Gast-Agent antwortet nur, während der Gast ausgeführt wird, und &apos;%1&apos; ist %2.</translation>
    </message>
    <message>
        <source>It last reported agent %1.</source>
        <translation>Zuletzt wurde der Agent %1 gemeldet.</translation>
    </message>
    <message>
        <source>Start the virtual machine to check its guest agent.</source>
        <translation>Starten Sie den virtuellen Computer, um seinen Gast-Agent zu prüfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a guest agent channel, but no agent answers in the guest.</source>
        <translation>&apos;%1&apos; hat einen Kanal für den Gast-Agent, aber im Gast antwortet kein Agent.</translation>
    </message>
    <message>
        <source>The QEMU guest agent of &apos;%1&apos; stopped answering (it last reported %2).</source>
        <translation>Der QEMU-Gast-Agent von &apos;%1&apos; antwortet nicht mehr (zuletzt gemeldet: %2).</translation>
    </message>
    <message>
        <source>Install and start qemu-guest-agent in the guest (apt install qemu-guest-agent, or the virtio-win guest tools on Windows; systemctl enable --now qemu-guest-agent).</source>
        <translation>Installieren und starten Sie qemu-guest-agent im Gast (apt install qemu-guest-agent bzw. unter Windows die virtio-win-Gasttools; systemctl enable --now qemu-guest-agent).</translation>
    </message>
    <message>
        <source>The QEMU guest agent %1 answers. %2 does not ship it: it comes with the guest&apos;s own packages, so there is no host version to compare with.</source>
        <translation>Der QEMU-Gast-Agent %1 antwortet. %2 liefert ihn nicht mit: Er stammt aus den eigenen Paketen des Gasts, daher gibt es keine Hostversion zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 has no integration services of its own: its guests run the QEMU guest agent from their own packages.</source>
        <translation>%1 hat keine eigenen Integrationsdienste: Die Gäste führen den QEMU-Gast-Agent aus ihren eigenen Paketen aus.</translation>
    </message>
    <message>
        <source>Keep qemu-guest-agent installed and updated in the guests.</source>
        <translation>Halten Sie qemu-guest-agent in den Gästen installiert und aktuell.</translation>
    </message>
    <message>
        <source>%1 has no setup disk: &apos;%2&apos; gets the QEMU guest agent from its own packages.</source>
        <translation>%1 hat keinen Setupdatenträger: &apos;%2&apos; erhält den QEMU-Gast-Agent aus seinen eigenen Paketen.</translation>
    </message>
    <message>
        <source>Install or update qemu-guest-agent in the guest.</source>
        <translation>Installieren oder aktualisieren Sie qemu-guest-agent im Gast.</translation>
    </message>
    <message>
        <source>The guest&apos;s own packages (QEMU guest agent)</source>
        <translation>Die eigenen Pakete des Gasts (QEMU-Gast-Agent)</translation>
    </message>
    <message>
        <source>The guest reports no integration services version, so it cannot be compared with the host&apos;s %1: they may not be installed, or the guest has not reported its version yet.</source>
        <translation>Der Gast meldet keine Version der Integrationsdienste, daher kann sie nicht mit der Version %1 des Hosts verglichen werden: Möglicherweise sind sie nicht installiert, oder der Gast hat seine Version noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>If they are not installed: install the Hyper-V drivers that %1 provides (Linux Integration Services, or FreeBSD&apos;s hv modules); the setup disk is for Windows guests.</source>
        <translation>Falls sie nicht installiert sind: Installieren Sie die Hyper-V-Treiber, die %1 bereitstellt (Linux Integration Services oder die hv-Module von FreeBSD); der Setupdatenträger ist für Windows-Gäste bestimmt.</translation>
    </message>
    <message>
        <source>If they are not installed: install them through Windows Update in the guest: %1 has no setup disk.</source>
        <translation>Falls sie nicht installiert sind: Installieren Sie sie über Windows Update im Gast: %1 hat keinen Setupdatenträger.</translation>
    </message>
    <message>
        <source>If they are not installed: insert the Integration Services Setup Disk (Action menu) and run setup in the guest; setup shows the installed version.</source>
        <translation>Falls sie nicht installiert sind: Legen Sie den Setupdatenträger für Integrationsdienste ein (Menü „Aktion“), und führen Sie das Setup im Gast aus; das Setup zeigt die installierte Version an.</translation>
    </message>
    <message>
        <source>The guest reports the version &apos;%1&apos;, which is incomplete: a full version has four parts (like %2), so it cannot be compared with the host&apos;s.</source>
        <translation>Der Gast meldet die Version „%1“, die unvollständig ist: Eine vollständige Version besteht aus vier Teilen (wie %2), daher kann sie nicht mit der des Hosts verglichen werden.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk (Action menu): setup shows the installed version.</source>
        <translation>Legen Sie den Setupdatenträger für Integrationsdienste ein (Menü „Aktion“): Das Setup zeigt die installierte Version an.</translation>
    </message>
    <message>
        <source>Check the integration services version inside the guest.</source>
        <translation>Überprüfen Sie die Version der Integrationsdienste im Gast.</translation>
    </message>
</context>
<context>
    <name>LibvirtMigration</name>
    <message>
        <source>%L1 MiB</source>
        <translation>%L1 MiB</translation>
    </message>
    <message>
        <source>libvirt moves a domain&apos;s disks only together with the domain.</source>
        <translation>libvirt verschiebt die Datenträger einer Domäne nur zusammen mit der Domäne.</translation>
    </message>
    <message>
        <source>Move the virtual machine with its storage to another host, or copy the disks with virsh blockcopy.</source>
        <translation>Verschieben Sie den virtuellen Computer mit seinem Speicher auf einen anderen Host, oder kopieren Sie die Datenträger mit virsh blockcopy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a managed save image, which libvirt does not move.</source>
        <translation>&apos;%1&apos; hat ein verwaltetes Speicherabbild, das libvirt nicht verschiebt.</translation>
    </message>
    <message>
        <source>Start the virtual machine and move it running, or remove the saved state (virsh managedsave-remove).</source>
        <translation>Starten Sie den virtuellen Computer und verschieben Sie ihn im laufenden Betrieb, oder entfernen Sie den gespeicherten Zustand (virsh managedsave-remove).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2.</source>
        <translation>&apos;%1&apos; ist %2.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is off: libvirt moves a shut-off domain&apos;s definition only, not its disks.</source>
        <translation>&apos;%1&apos; ist ausgeschaltet: libvirt verschiebt bei einer ausgeschalteten Domäne nur die Definition, nicht ihre Datenträger.</translation>
    </message>
    <message>
        <source>Start it and move it running with its storage, or copy the disks yourself and move only the virtual machine.</source>
        <translation>Starten Sie ihn und verschieben Sie ihn im laufenden Betrieb mit seinem Speicher, oder kopieren Sie die Datenträger selbst und verschieben Sie nur den virtuellen Computer.</translation>
    </message>
    <message>
        <source>A libvirt connection has one host: the destination must be a host of another libvirt connection.</source>
        <translation>Eine libvirt-Verbindung hat einen einzigen Host: Das Ziel muss ein Host einer anderen libvirt-Verbindung sein.</translation>
    </message>
    <message>
        <source>Connect to the destination host too (File &gt; Connect to Server), then choose it in the Move wizard.</source>
        <translation>Stellen Sie auch eine Verbindung mit dem Zielhost her (Datei &gt; Verbindung mit Server herstellen), und wählen Sie ihn dann im Assistenten zum Verschieben aus.</translation>
    </message>
    <message>
        <source>Starting the migration</source>
        <translation>Migration wird gestartet</translation>
    </message>
    <message>
        <source>Copying storage: %1 of %2</source>
        <translation>Speicher wird kopiert: %1 von %2</translation>
    </message>
    <message>
        <source>Copying memory: %1 of %2, %3 remaining</source>
        <translation>Arbeitsspeicher wird kopiert: %1 von %2, %3 verbleibend</translation>
    </message>
    <message>
        <source>Copying: %1 of %2</source>
        <translation>Kopiervorgang: %1 von %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The move of &apos;%1&apos; was cancelled; it keeps running on the source host.</source>
        <translation>Das Verschieben von &apos;%1&apos; wurde abgebrochen; der virtuelle Computer wird weiterhin auf dem Quellhost ausgeführt.</translation>
    </message>
    <message>
        <source>The source host could not log in to %1 (%2).</source>
        <translation>Der Quellhost konnte sich nicht bei %1 anmelden (%2).</translation>
    </message>
    <message>
        <source>The move is peer to peer: the source host&apos;s libvirtd connects to the destination itself, as root. Give root on the source host an SSH key the destination accepts (ssh-copy-id), or use qemu+tls.</source>
        <translation>Das Verschieben erfolgt Peer-to-Peer: Der libvirtd des Quellhosts stellt selbst als root die Verbindung mit dem Ziel her. Geben Sie root auf dem Quellhost einen SSH-Schlüssel, den das Ziel akzeptiert (ssh-copy-id), oder verwenden Sie qemu+tls.</translation>
    </message>
    <message>
        <source>The destination&apos;s processor cannot run &apos;%1&apos; as it runs now (%2).</source>
        <translation>Der Prozessor des Ziels kann &apos;%1&apos; nicht so ausführen, wie er derzeit ausgeführt wird (%2).</translation>
    </message>
    <message>
        <source>Give the domain a CPU model both hosts support (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; with a common model), or choose a host with the same processor.</source>
        <translation>Weisen Sie der Domäne ein CPU-Modell zu, das beide Hosts unterstützen (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; mit einem gemeinsamen Modell), oder wählen Sie einen Host mit demselben Prozessor.</translation>
    </message>
    <message>
        <source>A network of &apos;%1&apos; does not exist on the destination (%2).</source>
        <translation>Ein Netzwerk von &apos;%1&apos; ist auf dem Ziel nicht vorhanden (%2).</translation>
    </message>
    <message>
        <source>Define and start the network there (virsh net-define, net-start), or connect the adapter to a network the destination has on the Compatibility page.</source>
        <translation>Definieren und starten Sie das Netzwerk dort (virsh net-define, net-start), oder verbinden Sie die Netzwerkkarte auf der Seite „Kompatibilität“ mit einem Netzwerk, das auf dem Ziel vorhanden ist.</translation>
    </message>
    <message>
        <source>The destination has no storage for the disks of &apos;%1&apos; (%2).</source>
        <translation>Das Ziel hat keinen Speicher für die Datenträger von &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Define and start a storage pool on the destination for the folder of each disk (virsh pool-define-as NAME dir --target FOLDER); libvirt creates the disks in it during the move.</source>
        <translation>Definieren und starten Sie auf dem Ziel für den Ordner jedes Datenträgers einen Speicherpool (virsh pool-define-as NAME dir --target FOLDER); libvirt erstellt die Datenträger darin während des Verschiebens.</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; without its disks is unsafe: %2</source>
        <translation>Das Verschieben von &apos;%1&apos; ohne seine Datenträger ist unsicher: %2</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well (shared-nothing), or put its disks on storage both hosts share with cache=&apos;none&apos;.</source>
        <translation>Wählen Sie, auch die Daten des virtuellen Computers zu verschieben (shared-nothing), oder legen Sie seine Datenträger auf Speicher ab, den beide Hosts gemeinsam nutzen, mit cache=&apos;none&apos;.</translation>
    </message>
    <message>
        <source>The destination already has a domain like &apos;%1&apos; (%2).</source>
        <translation>Das Ziel hat bereits eine Domäne wie &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Rename or undefine the domain on the destination (virsh domrename, undefine), then move again.</source>
        <translation>Benennen Sie die Domäne auf dem Ziel um, oder heben Sie ihre Definition auf (virsh domrename, undefine), und verschieben Sie dann erneut.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test hypervisor cannot migrate domains (%1).</source>
        <translation>Der Test-Hypervisor von libvirt kann keine Domänen migrieren (%1).</translation>
    </message>
    <message>
        <source>Move between KVM hosts (qemu:// URIs); the test hypervisor only imitates a host.</source>
        <translation>Verschieben Sie zwischen KVM-Hosts (qemu://-URIs); der Test-Hypervisor imitiert nur einen Host.</translation>
    </message>
    <message>
        <source>The source host cannot reach %1 (%2).</source>
        <translation>Der Quellhost kann %1 nicht erreichen (%2).</translation>
    </message>
    <message>
        <source>Check from the source host that the destination answers (virsh -c %1 list) and that libvirtd runs there; for qemu+ssh, that SSH is reachable, and that the migration ports 49152-49215 are open.</source>
        <translation>Prüfen Sie vom Quellhost aus, ob das Ziel antwortet (virsh -c %1 list) und dort libvirtd ausgeführt wird; bei qemu+ssh außerdem, ob SSH erreichbar ist und die Migrationsports 49152-49215 geöffnet sind.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s address and firewall, and that libvirtd runs there.</source>
        <translation>Prüfen Sie die Adresse und die Firewall des Ziels sowie, ob dort libvirtd ausgeführt wird.</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed: %2</source>
        <translation>Fehler beim Verschieben von &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Check the libvirt logs of both hosts (journalctl -u libvirtd, /var/log/libvirt/qemu/%1.log).</source>
        <translation>Prüfen Sie die libvirt-Protokolle beider Hosts (journalctl -u libvirtd, /var/log/libvirt/qemu/%1.log).</translation>
    </message>
</context>
<context>
    <name>MigrationCompatibility</name>
    <message>
        <source>Could not find Ethernet switch &apos;%1&apos; on %2 for &apos;%3&apos;.</source>
        <translation>Der Ethernet-Switch „%1“ wurde auf %2 für „%3“ nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not find Ethernet switch &apos;%1&apos; on %2 for &apos;%3&apos;: switch names are case-sensitive and %2 has &apos;%4&apos;.</source>
        <translation>Der Ethernet-Switch „%1“ wurde auf %2 für „%3“ nicht gefunden: Bei Switchnamen wird die Groß-/Kleinschreibung beachtet, und %2 hat „%4“.</translation>
    </message>
    <message>
        <source>Map the adapter to a switch of %1, or disconnect it.</source>
        <translation>Ordnen Sie die Netzwerkkarte einem Switch von %1 zu, oder trennen Sie sie.</translation>
    </message>
    <message>
        <source>Map the adapter to switch &apos;%1&apos;, or disconnect it.</source>
        <translation>Ordnen Sie die Netzwerkkarte dem Switch „%1“ zu, oder trennen Sie sie.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 and cannot continue on %3&apos;s processor (%4 on %5, %6 on %3).</source>
        <translation>„%1“ ist %2 und kann nicht auf dem Prozessor von %3 fortgesetzt werden (%4 auf %5, %6 auf %3).</translation>
    </message>
    <message>
        <source>Shut down the virtual machine and move it while it is off, or choose a host with a %1 processor.</source>
        <translation>Fahren Sie den virtuellen Computer herunter, und verschieben Sie ihn im ausgeschalteten Zustand, oder wählen Sie einen Host mit einem %1-Prozessor.</translation>
    </message>
    <message>
        <source>%1 has another processor model (%2) than %3 (%4).</source>
        <translation>%1 hat ein anderes Prozessormodell (%2) als %3 (%4).</translation>
    </message>
    <message>
        <source>If the move is refused, turn on &apos;Migrate to a physical computer with a different processor version&apos; in the virtual machine&apos;s processor settings (the VM must be off).</source>
        <translation>Wenn das Verschieben abgelehnt wird, aktivieren Sie in den Prozessoreinstellungen des virtuellen Computers „Zu einem physischen Computer mit einer anderen Prozessorversion migrieren“ (der virtuelle Computer muss ausgeschaltet sein).</translation>
    </message>
    <message>
        <source>Outgoing live migrations are not enabled on %1.</source>
        <translation>Ausgehende Livemigrationen sind auf %1 nicht aktiviert.</translation>
    </message>
    <message>
        <source>Incoming live migrations are not enabled on %1.</source>
        <translation>Eingehende Livemigrationen sind auf %1 nicht aktiviert.</translation>
    </message>
    <message>
        <source>Enable incoming and outgoing live migrations in Hyper-V Settings of %1 (Enable-VMMigration).</source>
        <translation>Aktivieren Sie eingehende und ausgehende Livemigrationen in den Hyper-V-Einstellungen von %1 (Enable-VMMigration).</translation>
    </message>
    <message>
        <source>%1 has %2 of memory available; running &apos;%3&apos; needs %4.</source>
        <translation>Auf %1 sind %2 Arbeitsspeicher verfügbar; zum Ausführen von „%3“ werden %4 benötigt.</translation>
    </message>
    <message>
        <source>Choose another host, free memory on %1, or shut the virtual machine down and move it off.</source>
        <translation>Wählen Sie einen anderen Host, geben Sie Arbeitsspeicher auf %1 frei, oder fahren Sie den virtuellen Computer herunter, und verschieben Sie ihn im ausgeschalteten Zustand.</translation>
    </message>
    <message>
        <source>%1 cannot reach &apos;%2&apos; of &apos;%3&apos;: it is not on storage both hosts share.</source>
        <translation>%1 kann nicht auf „%2“ von „%3“ zugreifen: Es befindet sich nicht auf einem Speicher, den beide Hosts gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>%1 has no volume for &apos;%2&apos; (%3).</source>
        <translation>%1 hat kein Volume für „%2“ (%3).</translation>
    </message>
    <message>
        <source>%1 reports no storage volumes: refresh the host.</source>
        <translation>%1 meldet keine Speichervolumes: Aktualisieren Sie den Host.</translation>
    </message>
    <message>
        <source>Choose a folder on one of: %1.</source>
        <translation>Wählen Sie einen Ordner auf einem der folgenden Volumes: %1.</translation>
    </message>
    <message>
        <source>%1 on %2 has %3 free; the files of &apos;%4&apos; need %5.</source>
        <translation>Auf %1 (%2) sind %3 frei; die Dateien von „%4“ benötigen %5.</translation>
    </message>
    <message>
        <source>Choose a location on another volume, or free space on %1.</source>
        <translation>Wählen Sie einen Speicherort auf einem anderen Volume, oder geben Sie Speicherplatz auf %1 frei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has configuration version %2; %3 supports versions up to %4.%5.</source>
        <translation>„%1“ hat die Konfigurationsversion %2; %3 unterstützt Versionen bis %4.%5.</translation>
    </message>
    <message>
        <source>Choose a host running a newer Hyper-V (configuration versions cannot be downgraded).</source>
        <translation>Wählen Sie einen Host mit einer neueren Hyper-V-Version (Konfigurationsversionen können nicht herabgestuft werden).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; uses SR-IOV, which switch &apos;%3&apos; on %4 does not offer: the adapter falls back to the synthetic path (no loss of connectivity, more host CPU).</source>
        <translation>„%1“ von „%2“ verwendet SR-IOV, das der Switch „%3“ auf %4 nicht bietet: Die Netzwerkkarte wechselt auf den synthetischen Pfad (kein Verbindungsverlust, mehr Host-CPU-Last).</translation>
    </message>
    <message>
        <source>Nothing to do for the move; to keep SR-IOV, choose a host whose switch was created with SR-IOV.</source>
        <translation>Für das Verschieben ist nichts zu tun; um SR-IOV beizubehalten, wählen Sie einen Host, dessen Switch mit SR-IOV erstellt wurde.</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; on %2 has no virtual machine queues: &apos;%3&apos; of &apos;%4&apos; loses the VMQ gain.</source>
        <translation>Der Switch „%1“ auf %2 hat keine Warteschlangen für virtuelle Computer: „%3“ von „%4“ verliert den VMQ-Vorteil.</translation>
    </message>
    <message>
        <source>Nothing to do for the move; enable VMQ on %1&apos;s network adapter to regain it.</source>
        <translation>Für das Verschieben ist nichts zu tun; aktivieren Sie VMQ auf der Netzwerkkarte von %1, um den Vorteil zurückzugewinnen.</translation>
    </message>
    <message>
        <source>%1 authenticates live migrations with CredSSP: the move must be started in a session on %1 itself.</source>
        <translation>%1 authentifiziert Livemigrationen mit CredSSP: Das Verschieben muss in einer Sitzung auf %1 selbst gestartet werden.</translation>
    </message>
    <message>
        <source>Sign in to %1 to start the move there, or use Kerberos with constrained delegation.</source>
        <translation>Melden Sie sich bei %1 an, um das Verschieben dort zu starten, oder verwenden Sie Kerberos mit eingeschränkter Delegierung.</translation>
    </message>
    <message>
        <source>%1 authenticates live migrations with Kerberos: its computer account needs constrained delegation to %2 for &apos;cifs&apos; and &apos;Microsoft Virtual System Migration Service&apos;.</source>
        <translation>%1 authentifiziert Livemigrationen mit Kerberos: Sein Computerkonto benötigt eine eingeschränkte Delegierung an %2 für „cifs“ und „Microsoft Virtual System Migration Service“.</translation>
    </message>
    <message>
        <source>If the move fails with an authentication error, configure the delegation in Active Directory.</source>
        <translation>Wenn das Verschieben mit einem Authentifizierungsfehler fehlschlägt, konfigurieren Sie die Delegierung in Active Directory.</translation>
    </message>
    <message>
        <source>%1 and %2 use different authentication for live migration (%3, %4).</source>
        <translation>%1 und %2 verwenden unterschiedliche Authentifizierung für die Livemigration (%3, %4).</translation>
    </message>
    <message>
        <source>Use the same protocol on both hosts in Hyper-V Settings.</source>
        <translation>Verwenden Sie auf beiden Hosts in den Hyper-V-Einstellungen dasselbe Protokoll.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on %2.</source>
        <translation>„%1“ befindet sich bereits auf %2.</translation>
    </message>
    <message>
        <source>Choose another host, or move only the virtual machine&apos;s storage.</source>
        <translation>Wählen Sie einen anderen Host, oder verschieben Sie nur den Speicher des virtuellen Computers.</translation>
    </message>
    <message>
        <source>%1 does not answer (%2).</source>
        <translation>%1 antwortet nicht (%2).</translation>
    </message>
    <message>
        <source>Wait until %1 is reachable again, or choose another host.</source>
        <translation>Warten Sie, bis %1 wieder erreichbar ist, oder wählen Sie einen anderen Host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2.</source>
        <translation>„%1“ ist %2.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well, to a folder of %1 (shared-nothing live migration).</source>
        <translation>Wählen Sie, auch die Daten des virtuellen Computers zu verschieben, und zwar in einen Ordner auf %1 (Livemigration ohne gemeinsamen Speicher).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>„%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>Type a full path such as %1.</source>
        <translation>Geben Sie einen vollständigen Pfad wie %1 ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves Cluster Shared Volume %2 for %3, outside the cluster storage: it will no longer be highly available in failover cluster &apos;%4&apos;.</source>
        <translation>„%1“ verlässt das freigegebene Clustervolume %2 und wechselt nach %3, außerhalb des Clusterspeichers: Der virtuelle Computer ist im Failovercluster „%4“ dann nicht mehr hochverfügbar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves shared storage %2 for %3, local storage of %4: other hosts no longer reach its files, and it will no longer be highly available.</source>
        <translation>„%1“ verlässt den gemeinsamen Speicher %2 und wechselt nach %3, auf lokalen Speicher von %4: Andere Hosts erreichen seine Dateien nicht mehr, und der virtuelle Computer ist nicht mehr hochverfügbar.</translation>
    </message>
    <message>
        <source>To keep it highly available, choose &apos;Move only the virtual machine&apos; (its files stay on %1) or a folder on shared storage.</source>
        <translation>Um die Hochverfügbarkeit beizubehalten, wählen Sie „Nur den virtuellen Computer verschieben“ (seine Dateien bleiben auf %1) oder einen Ordner auf gemeinsamem Speicher.</translation>
    </message>
    <message>
        <source>To keep it highly available, choose a folder on shared storage (a Cluster Shared Volume such as %1, or an SMB share).</source>
        <translation>Um die Hochverfügbarkeit beizubehalten, wählen Sie einen Ordner auf gemeinsamem Speicher (ein freigegebenes Clustervolume wie %1 oder eine SMB-Freigabe).</translation>
    </message>
    <message>
        <source>The destination folder is empty.</source>
        <translation>Es ist kein Zielordner angegeben.</translation>
    </message>
    <message>
        <source>The new location of &apos;%1&apos; is empty.</source>
        <translation>Für „%1“ ist kein neuer Speicherort angegeben.</translation>
    </message>
</context>
<context>
    <name>MigrationEngine</name>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>Der virtuelle Computer ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Refresh the host.</source>
        <translation>Aktualisieren Sie den Host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is busy with another operation.</source>
        <translation>„%1“ ist mit einem anderen Vorgang beschäftigt.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then move again.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist, und verschieben Sie dann erneut.</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is on this connection.</source>
        <translation>Auf dieser Verbindung gibt es keinen Host namens „%1“.</translation>
    </message>
    <message>
        <source>Choose one of this connection&apos;s hosts: moves between connections are not supported.</source>
        <translation>Wählen Sie einen der Hosts dieser Verbindung: Verschiebungen zwischen Verbindungen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Queued: %1 of %2 simultaneous live migrations on %3 are running.</source>
        <translation>In der Warteschlange: %1 von %2 gleichzeitigen Livemigrationen auf %3 werden ausgeführt.</translation>
    </message>
    <message>
        <source>Queued: %1 of %2 simultaneous storage migrations on %3 are running.</source>
        <translation>In der Warteschlange: %1 von %2 gleichzeitigen Speichermigrationen auf %3 werden ausgeführt.</translation>
    </message>
    <message>
        <source> over any available network</source>
        <translation> über ein beliebiges verfügbares Netzwerk</translation>
    </message>
    <message>
        <source> over %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>Copying storage to %1%2</source>
        <translation>Speicher wird nach %1%2 kopiert</translation>
    </message>
    <message>
        <source>Copying storage</source>
        <translation>Speicher wird kopiert</translation>
    </message>
    <message>
        <source>Copying memory to %1, round %2%3</source>
        <translation>Arbeitsspeicher wird nach %1 kopiert, Durchgang %2%3</translation>
    </message>
    <message>
        <source>Switching over to %1</source>
        <translation>Umschalten auf %1</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed at %2 % (%3): %4 stopped answering. &apos;%1&apos; is still %5 on %6 with its files intact.</source>
        <translation>Das Verschieben von „%1“ ist bei %2 % fehlgeschlagen (%3): %4 antwortet nicht mehr. „%1“ ist weiterhin %5 auf %6, mit intakten Dateien.</translation>
    </message>
    <message>
        <source>Check %1 and its network, then start the move again.</source>
        <translation>Überprüfen Sie %1 und sein Netzwerk, und starten Sie das Verschieben dann erneut.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Wird angewendet</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed: no migration network of %2 is reachable. &apos;%1&apos; is still on %2 with its files intact.</source>
        <translation>Das Verschieben von „%1“ ist fehlgeschlagen: Kein Migrationsnetzwerk von %2 ist erreichbar. „%1“ befindet sich weiterhin auf %2, mit intakten Dateien.</translation>
    </message>
    <message>
        <source>Check the migration networks in Hyper-V Settings of %1, then move again.</source>
        <translation>Überprüfen Sie die Migrationsnetzwerke in den Hyper-V-Einstellungen von %1, und verschieben Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 failed, continuing over %2</source>
        <translation>%1 fehlgeschlagen, Fortsetzung über %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <source>Storage moved</source>
        <translation>Speicher verschoben</translation>
    </message>
    <message>
        <source>Waiting to move</source>
        <translation>Warten auf Verschieben</translation>
    </message>
    <message>
        <source>Migrating (%1 %)</source>
        <translation>Wird migriert (%1 %)</translation>
    </message>
    <message>
        <source>Moving storage (%1 %)</source>
        <translation>Speicher wird verschoben (%1 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is being moved.</source>
        <translation>„%1“ wird verschoben.</translation>
    </message>
    <message>
        <source>Wait until the move has finished, or cancel it in the Jobs panel.</source>
        <translation>Warten Sie, bis das Verschieben abgeschlossen ist, oder brechen Sie es im Bereich „Aufträge“ ab.</translation>
    </message>
    <message>
        <source>The host is not on this connection.</source>
        <translation>Der Host gehört nicht zu dieser Verbindung.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Aktualisieren Sie die Verbindung.</translation>
    </message>
    <message>
        <source>Settings of %1 are already being applied.</source>
        <translation>Einstellungen von %1 werden bereits angewendet.</translation>
    </message>
    <message>
        <source>Wait until that change has finished.</source>
        <translation>Warten Sie, bis diese Änderung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>MigrationPaths</name>
    <message>
        <source>Virtual hard disk</source>
        <translation>Virtuelle Festplatte</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Smart paging</source>
        <translation>Smart Paging</translation>
    </message>
</context>
<context>
    <name>NetworkAdapterAdvisor</name>
    <message>
        <source>SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.</source>
        <translation>SR-IOV erfordert, dass die Netzwerkkarte mit einem virtuellen Switch verbunden ist, der mit SR-IOV erstellt wurde.</translation>
    </message>
    <message>
        <source>Minimum bandwidth applies only to an adapter connected to a virtual switch.</source>
        <translation>Die minimale Bandbreite gilt nur für eine Netzwerkkarte, die mit einem virtuellen Switch verbunden ist.</translation>
    </message>
    <message>
        <source>Minimum bandwidth does not apply on &apos;%1&apos;: it was created with SR-IOV, whose traffic bypasses the virtual switch and its bandwidth management.</source>
        <translation>Die minimale Bandbreite gilt nicht für „%1“: Der Switch wurde mit SR-IOV erstellt, dessen Datenverkehr den virtuellen Switch und seine Bandbreitenverwaltung umgeht.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without bandwidth reservation (mode None); that cannot be changed after creation.</source>
        <translation>Der Switch „%1“ wurde ohne Bandbreitenreservierung erstellt (Modus None); dies kann nach der Erstellung nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>VM queues are scarce and handed out first come, first served: %1 of %2 free on &apos;%3&apos;. A queue mainly speeds up inbound traffic; keep it for virtual machines that receive a lot.</source>
        <translation>VM-Warteschlangen sind knapp und werden in der Reihenfolge der Anforderung vergeben: %1 von %2 frei auf „%3“. Eine Warteschlange beschleunigt hauptsächlich eingehenden Datenverkehr; reservieren Sie sie für virtuelle Computer, die viel empfangen.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; has no VM queues (its network adapter has VMQ off or none); traffic goes through the default queue.</source>
        <translation>Der Switch „%1“ hat keine VM-Warteschlangen (auf seiner Netzwerkkarte ist VMQ deaktiviert oder nicht vorhanden); der Datenverkehr läuft über die Standardwarteschlange.</translation>
    </message>
    <message>
        <source>IPsec task offloading only moves the work: the number of security associations is this adapter&apos;s share of the network adapter&apos;s capacity.</source>
        <translation>Die IPsec-Taskabladung verlagert nur die Arbeit: Die Anzahl der Sicherheitszuordnungen ist der Anteil dieser Netzwerkkarte an der Kapazität der physischen Netzwerkkarte.</translation>
    </message>
    <message>
        <source>With 0 offloaded security associations, IPsec still works: it runs in the guest, on the guest&apos;s processors.</source>
        <translation>Mit 0 abgeladenen Sicherheitszuordnungen funktioniert IPsec weiterhin: Es wird im Gast auf den Prozessoren des Gasts ausgeführt.</translation>
    </message>
    <message>
        <source>IPsec task offload is deprecated on this host&apos;s Windows version.</source>
        <translation>Die IPsec-Taskabladung ist in der Windows-Version dieses Hosts veraltet.</translation>
    </message>
    <message>
        <source>Do not rely on it for new deployments.</source>
        <translation>Verlassen Sie sich bei neuen Bereitstellungen nicht darauf.</translation>
    </message>
    <message>
        <source>SR-IOV traffic bypasses the virtual switch: port ACLs, switch extensions and bandwidth management do not apply to it. Without a free virtual function the adapter falls back to the synthetic path without losing connectivity.</source>
        <translation>SR-IOV-Datenverkehr umgeht den virtuellen Switch: Port-ACLs, Switcherweiterungen und Bandbreitenverwaltung gelten dafür nicht. Ohne freie virtuelle Funktion wechselt die Netzwerkkarte auf den synthetischen Pfad, ohne die Verbindung zu verlieren.</translation>
    </message>
    <message>
        <source>The bandwidth limits of this adapter do not apply while it uses a virtual function.</source>
        <translation>Die Bandbreitenlimits dieser Netzwerkkarte gelten nicht, solange sie eine virtuelle Funktion verwendet.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without SR-IOV; it cannot be converted later.</source>
        <translation>Der Switch „%1“ wurde ohne SR-IOV erstellt; dies kann später nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>it needs Windows Server 2012 R2 or later; %1 runs build %2.</source>
        <translation>Dafür ist Windows Server 2012 R2 oder höher erforderlich; auf %1 läuft Build %2.</translation>
    </message>
    <message>
        <source>it needs Windows Server 2016 or later; %1 runs build %2.</source>
        <translation>Dafür ist Windows Server 2016 oder höher erforderlich; auf %1 läuft Build %2.</translation>
    </message>
    <message>
        <source>it is for generation 2 virtual machines only; &apos;%1&apos; is generation %2.</source>
        <translation>Dies ist nur für virtuelle Computer der Generation 2 verfügbar; „%1“ gehört zur Generation %2.</translation>
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
    <message>
        <source>Maximum bandwidth: %1 Mbps is out of range.</source>
        <translation>Maximale Bandbreite: %1 Mbps liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter from 0 (no limit) to %1 Mbps.</source>
        <translation>Geben Sie einen Wert von 0 (keine Begrenzung) bis %1 Mbps ein.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps is out of range.</source>
        <translation>Minimale Bandbreite: %1 Mbps liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Enter from 0 (no reservation) to %1 Mbps.</source>
        <translation>Geben Sie einen Wert von 0 (keine Reservierung) bis %1 Mbps ein.</translation>
    </message>
    <message>
        <source>SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.</source>
        <translation>SR-IOV erfordert, dass die Netzwerkkarte mit einem virtuellen Switch verbunden ist, der mit SR-IOV erstellt wurde.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without SR-IOV.</source>
        <translation>Der Switch „%1“ wurde ohne SR-IOV erstellt.</translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Leave SR-IOV off, or connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov).</source>
        <translation>Lassen Sie SR-IOV deaktiviert, oder verbinden Sie die Netzwerkkarte mit einem Switch, der mit SR-IOV erstellt wurde (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>Protected network is not available: %1</source>
        <translation>Geschütztes Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Keep the current setting.</source>
        <translation>Behalten Sie die aktuelle Einstellung bei.</translation>
    </message>
    <message>
        <source>Device naming is not available: %1</source>
        <translation>Gerätebenennung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Leave device naming off.</source>
        <translation>Lassen Sie die Gerätebenennung deaktiviert.</translation>
    </message>
    <message>
        <source>is the broadcast address.</source>
        <translation>ist die Broadcastadresse.</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>SR-IOV</source>
        <translation>SR-IOV</translation>
    </message>
    <message>
        <source>VMQ</source>
        <translation>VMQ</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Default queue</source>
        <translation>Standardwarteschlange</translation>
    </message>
    <message>
        <source>Maximum bandwidth</source>
        <translation>Maximale Bandbreite</translation>
    </message>
    <message>
        <source>Link congested</source>
        <translation>Verbindung überlastet</translation>
    </message>
    <message>
        <source>Host core saturated</source>
        <translation>Hostkern ausgelastet</translation>
    </message>
    <message>
        <source>VMBus receive buffer full</source>
        <translation>VMBus-Empfangspuffer voll</translation>
    </message>
    <message>
        <source>%1, CPU %2</source>
        <translation>%1, CPU %2</translation>
    </message>
</context>
<context>
    <name>NetworkSampler</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No /proc/interrupts here (a container?): receive queues cannot be tied to CPUs.</source>
        <translation>Hier ist kein /proc/interrupts vorhanden (ein Container?): Empfangswarteschlangen können keinen CPUs zugeordnet werden.</translation>
    </message>
    <message>
        <source>No /proc/stat: the time each CPU spends on network processing is unknown and shows as 0 %.</source>
        <translation>Kein /proc/stat: Die Zeit, die jede CPU für die Netzwerkverarbeitung aufwendet, ist unbekannt und wird als 0 % angezeigt.</translation>
    </message>
    <message>
        <source>No /proc/softirqs: the network share of softirq time is unknown; the load counts NIC interrupts only.</source>
        <translation>Kein /proc/softirqs: Der Netzwerkanteil der Softirq-Zeit ist unbekannt; die Last zählt nur NIC-Interrupts.</translation>
    </message>
    <message>
        <source>No /proc/net/softnet_stat: packets per CPU are unknown and show as 0.</source>
        <translation>Kein /proc/net/softnet_stat: Die Pakete pro CPU sind unbekannt und werden als 0 angezeigt.</translation>
    </message>
    <message>
        <source>No /sys/class/net: the host&apos;s network adapters and their queues are unknown.</source>
        <translation>Kein /sys/class/net: Die Netzwerkkarten des Hosts und ihre Warteschlangen sind unbekannt.</translation>
    </message>
    <message>
        <source>No CPU topology in /sys: hyper-threaded siblings are not marked.</source>
        <translation>Keine CPU-Topologie in /sys: Hyperthreading-Geschwister werden nicht gekennzeichnet.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>CPU %1 offline: no counters, shown at 0.</source>
        <translation>CPU %1 offline: keine Zähler, wird mit 0 angezeigt.</translation>
    </message>
    <message>
        <source>No receive queue interrupts of this host&apos;s network adapters in /proc/interrupts: the queue map is empty.</source>
        <translation>Keine Interrupts von Empfangswarteschlangen der Netzwerkkarten dieses Hosts in /proc/interrupts: Die Warteschlangenzuordnung ist leer.</translation>
    </message>
    <message>
        <source>No host counters for %1: a virtual function passed to the guest bypasses the host.</source>
        <translation>Keine Hostzähler für %1: Eine an den Gast durchgereichte virtuelle Funktion umgeht den Host.</translation>
    </message>
</context>
<context>
    <name>NicReceiveScalingNames</name>
    <message>
        <source>RSS and VMQ off</source>
        <translation>RSS und VMQ aus</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Dynamic VMQ</source>
        <translation>Dynamische VMQ</translation>
    </message>
    <message>
        <source>Static VMQ</source>
        <translation>Statische VMQ</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; has no physical network adapter named &apos;%2&apos;.</source>
        <translation>Der Host „%1“ hat keine physische Netzwerkkarte namens „%2“.</translation>
    </message>
    <message>
        <source>Refresh the host and choose one of its network adapters.</source>
        <translation>Aktualisieren Sie den Host, und wählen Sie eine seiner Netzwerkkarten aus.</translation>
    </message>
</context>
<context>
    <name>ProcNetStats</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The per-core charts need a Linux kernel with procfs mounted; the other views work without it.</source>
        <translation>Die Diagramme pro Kern benötigen einen Linux-Kernel mit eingehängtem procfs; die anderen Ansichten funktionieren auch ohne.</translation>
    </message>
</context>
<context>
    <name>RemoteUri</name>
    <message>
        <source>&apos;%1&apos; is not a WS-Management URI.</source>
        <translation>&apos;%1&apos; ist kein WS-Management-URI.</translation>
    </message>
    <message>
        <source>Use wsman+https://host[:port], for example wsman+https://hyperv01:5986.</source>
        <translation>Verwenden Sie wsman+https://host[:port], zum Beispiel wsman+https://hyperv01:5986.</translation>
    </message>
    <message>
        <source>The URI contains a password; hvdesk does not take passwords in URIs.</source>
        <translation>Der URI enthält ein Kennwort; hvdesk akzeptiert keine Kennwörter in URIs.</translation>
    </message>
    <message>
        <source>Remove the password from the URI: hvdesk asks for it and keeps it in the system keychain.</source>
        <translation>Entfernen Sie das Kennwort aus dem URI: hvdesk fragt danach und speichert es im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host.</source>
        <translation>&apos;%1&apos; nennt keinen Host.</translation>
    </message>
    <message>
        <source>Add the host&apos;s name: wsman+https://host.</source>
        <translation>Fügen Sie den Namen des Hosts hinzu: wsman+https://host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: WinRM listens on /wsman, not on &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;: WinRM lauscht auf /wsman, nicht auf &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Leave the path out, or use /wsman.</source>
        <translation>Lassen Sie den Pfad weg, oder verwenden Sie /wsman.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the option &apos;%2&apos; is not known.</source>
        <translation>&apos;%1&apos;: Die Option &apos;%2&apos; ist unbekannt.</translation>
    </message>
    <message>
        <source>Only host=name[:port] may follow the &apos;?&apos;.</source>
        <translation>Nach dem &apos;?&apos; darf nur host=name[:port] folgen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name with an optional port.</source>
        <translation>&apos;%1&apos; ist kein Hostname mit optionalem Port.</translation>
    </message>
    <message>
        <source>Write host=name or host=name:port.</source>
        <translation>Schreiben Sie host=name oder host=name:port.</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>MaxEnvelopeSize is not a positive number.</source>
        <translation>MaxEnvelopeSize ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>OperationTimeout is not an xs:duration such as PT60S.</source>
        <translation>OperationTimeout ist keine xs:duration wie PT60S.</translation>
    </message>
    <message>
        <source>%1 is not a positive number.</source>
        <translation>%1 ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>The request has no Action header.</source>
        <translation>Die Anforderung hat keinen Action-Header.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; names no method.</source>
        <translation>Die Aktion &apos;%1&apos; nennt keine Methode.</translation>
    </message>
    <message>
        <source>The body &lt;%1&gt; does not match the method %2 of the action.</source>
        <translation>Der Body &lt;%1&gt; passt nicht zur Methode %2 der Aktion.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; is not supported.</source>
        <translation>Die Aktion &apos;%1&apos; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The request has no ResourceURI header.</source>
        <translation>Die Anforderung hat keinen ResourceURI-Header.</translation>
    </message>
    <message>
        <source>The request has no MessageID header.</source>
        <translation>Die Anforderung hat keinen MessageID-Header.</translation>
    </message>
    <message>
        <source>The request has no EnumerationContext.</source>
        <translation>Die Anforderung hat keinen EnumerationContext.</translation>
    </message>
    <message>
        <source>the request has no XML element</source>
        <translation>die Anforderung hat kein XML-Element</translation>
    </message>
    <message>
        <source>The request is not well-formed</source>
        <translation>Die Anforderung ist nicht wohlgeformt</translation>
    </message>
    <message>
        <source>The envelope has no Body.</source>
        <translation>Der Envelope hat keinen Body.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>the SOAP body is empty</source>
        <translation>der SOAP-Body ist leer</translation>
    </message>
    <message>
        <source>the response has no XML element</source>
        <translation>die Antwort hat kein XML-Element</translation>
    </message>
    <message>
        <source>the envelope has no Body</source>
        <translation>der Envelope hat keinen Body</translation>
    </message>
    <message>
        <source>The host&apos;s response is not a valid WS-Management message</source>
        <translation>Die Antwort des Hosts ist keine gültige WS-Management-Nachricht</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service (https://host:5986/wsman).</source>
        <translation>Prüfen Sie, ob die Adresse auf einen WS-Management-Dienst verweist (https://host:5986/wsman).</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>Cannot create the server certificate: %1.</source>
        <translation>Das Serverzertifikat kann nicht erstellt werden: %1.</translation>
    </message>
    <message>
        <source>Check that the directory %1 is writable.</source>
        <translation>Prüfen Sie, ob das Verzeichnis %1 beschreibbar ist.</translation>
    </message>
    <message>
        <source>OpenSSL could not make an EC P-256 key</source>
        <translation>OpenSSL konnte keinen EC-P-256-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>OpenSSL refused a certificate extension</source>
        <translation>OpenSSL hat eine Zertifikaterweiterung abgelehnt</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL konnte das Zertifikat nicht signieren</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL konnte PEM nicht schreiben</translation>
    </message>
    <message>
        <source>the directory %1 cannot be created</source>
        <translation>das Verzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qt cannot read the certificate it was given</source>
        <translation>Qt kann das übergebene Zertifikat nicht lesen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate and key.</source>
        <translation>%1 oder %2 ist kein PEM-Zertifikat mit Schlüssel.</translation>
    </message>
    <message>
        <source>Delete both files: a new pair is made at the next start.</source>
        <translation>Löschen Sie beide Dateien: Beim nächsten Start wird ein neues Paar erstellt.</translation>
    </message>
</context>
<context>
    <name>SimdCommandLine</name>
    <message>
        <source>hvdesk-simd: serves a simulated Hyper-V estate over WS-Management (WMI root/virtualization/v2), one endpoint per simulated host.</source>
        <translation>hvdesk-simd: stellt einen simulierten Hyper-V-Bestand über WS-Management bereit (WMI root/virtualization/v2), ein Endpunkt pro simuliertem Host.</translation>
    </message>
    <message>
        <source>The estate to serve: sim:demo (default), sim:/path/topology.json or sim:generate?hosts=2&amp;vms=100.</source>
        <translation>Die bereitzustellende Umgebung: sim:demo (Standard), sim:/path/topology.json oder sim:generate?hosts=2&amp;vms=100.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1). Anything but a loopback address exposes the simulator to the network.</source>
        <translation>Auf &lt;Adresse&gt; lauschen (Standard: 127.0.0.1). Jede andere als eine Loopback-Adresse macht den Simulator im Netzwerk erreichbar.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The first host listens on &lt;port&gt;, the next on &lt;port&gt;+1, and so on (default 5986, or 5985 with --http; 0: any free ports).</source>
        <translation>Der erste Host lauscht auf &lt;Port&gt;, der nächste auf &lt;Port&gt;+1 usw. (Standard: 5986, bzw. 5985 mit --http; 0: beliebige freie Ports).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Serve plain HTTP instead of HTTPS (for tests).</source>
        <translation>Unverschlüsseltes HTTP statt HTTPS bereitstellen (für Tests).</translation>
    </message>
    <message>
        <source>Keep the self-signed certificate in &lt;directory&gt; (default: the user&apos;s application data directory).</source>
        <translation>Das selbstsignierte Zertifikat in &lt;Verzeichnis&gt; speichern (Standard: das Anwendungsdatenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>The account clients authenticate as (default hvdesk).</source>
        <translation>Das Konto, als das sich Clients authentifizieren (Standard: hvdesk).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read the account&apos;s password from the first line of &lt;file&gt; (or set HVDESK_SIMD_PASSWORD).</source>
        <translation>Das Kennwort des Kontos aus der ersten Zeile von &lt;Datei&gt; lesen (oder HVDESK_SIMD_PASSWORD festlegen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The largest request body accepted (default 512000, WinRM&apos;s MaxEnvelopeSize).</source>
        <translation>Die maximal akzeptierte Größe des Anforderungstexts (Standard: 512000, MaxEnvelopeSize von WinRM).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Connections each endpoint serves at once (default 64).</source>
        <translation>Gleichzeitige Verbindungen pro Endpunkt (Standard: 64).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Run the simulated clock &lt;factor&gt; times faster than real time (default 1).</source>
        <translation>Die simulierte Uhr &lt;Faktor&gt;-mal schneller als in Echtzeit laufen lassen (Standard: 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address.</source>
        <translation>--bind: &apos;%1&apos; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator.</source>
        <translation>Warnung: Lauscht auf %1, keiner Loopback-Adresse: Andere Computer können den Simulator erreichen.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0-65535).</source>
        <translation>--port: &apos;%1&apos; ist keine Portnummer (0-65535).</translation>
    </message>
    <message>
        <source>--max-request-bytes: &apos;%1&apos; is not a size of at least 4096.</source>
        <translation>--max-request-bytes: &apos;%1&apos; ist keine Größe von mindestens 4096.</translation>
    </message>
    <message>
        <source>--max-connections: &apos;%1&apos; is not a positive number.</source>
        <translation>--max-connections: &apos;%1&apos; ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>--speed: &apos;%1&apos; is not a factor between 0 and 1000.</source>
        <translation>--speed: &apos;%1&apos; ist kein Faktor zwischen 0 und 1000.</translation>
    </message>
    <message>
        <source>--password-file: cannot read &apos;%1&apos;: %2</source>
        <translation>--password-file: &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no password: give --password-file FILE or set HVDESK_SIMD_PASSWORD.</source>
        <translation>Kein Kennwort: Geben Sie --password-file DATEI an, oder legen Sie HVDESK_SIMD_PASSWORD fest.</translation>
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
    <message>
        <source>Cannot %1 &apos;%2&apos;: its configuration version is being upgraded.</source>
        <translation>Aktion „%1“ für „%2“ nicht möglich: Die Konfigurationsversion wird gerade aktualisiert.</translation>
    </message>
    <message>
        <source>Wait until the upgrade has finished, then try again.</source>
        <translation>Warten Sie, bis die Aktualisierung abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos; while another operation runs on it.</source>
        <translation>„%1“ kann nicht aktualisiert werden, während ein anderer Vorgang darauf ausgeführt wird.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Warten Sie, bis der Vorgang abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
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
    <message>
        <source>must not exceed capacityGB</source>
        <translation>darf capacityGB nicht überschreiten</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; at %2:%3 (%4); did you mean &apos;%5&apos;?</source>
        <translation>unbekannter Schlüssel „%1“ in %2:%3 (%4); meinten Sie „%5“?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; at %2:%3 (%4); the keys here are: %5</source>
        <translation>unbekannter Schlüssel „%1“ in %2:%3 (%4); hier zulässige Schlüssel: %5</translation>
    </message>
    <message>
        <source>Correct or remove the key and load the topology again.</source>
        <translation>Korrigieren oder entfernen Sie den Schlüssel, und laden Sie die Topologie erneut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 and needs %3 of memory, but host &apos;%4&apos; has %5 free for it (%6 of memory, less %7 reserved for the host and %8 held by its running and paused VMs listed before &apos;%1&apos;)</source>
        <translation>„%1“ ist %2 und benötigt %3 Arbeitsspeicher, aber auf Host „%4“ sind dafür nur %5 frei (%6 Arbeitsspeicher, abzüglich %7 für den Host reserviert und %8 belegt durch seine ausgeführten und angehaltenen VMs, die vor „%1“ aufgeführt sind)</translation>
    </message>
    <message>
        <source>Lower the VM&apos;s memory, raise the host&apos;s memoryGB, or make the VM off or saved.</source>
        <translation>Verringern Sie den Arbeitsspeicher der VM, erhöhen Sie memoryGB des Hosts, oder setzen Sie den Zustand der VM auf „off“ oder „saved“.</translation>
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
    <message>
        <source>To restart it, use Reset.</source>
        <translation>Verwenden Sie „Zurücksetzen“, um ihn neu zu starten.</translation>
    </message>
</context>
<context>
    <name>VmUpgrades</name>
    <message>
        <source>An upgrade of &apos;%1&apos; is already running.</source>
        <translation>Eine Aktualisierung von „%1“ wird bereits ausgeführt.</translation>
    </message>
    <message>
        <source>Wait until it has finished.</source>
        <translation>Warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was started during the upgrade of its configuration version.</source>
        <translation>„%1“ wurde während der Aktualisierung seiner Konfigurationsversion gestartet.</translation>
    </message>
    <message>
        <source>Turn it off and upgrade again.</source>
        <translation>Schalten Sie den virtuellen Computer aus, und führen Sie die Aktualisierung erneut aus.</translation>
    </message>
    <message>
        <source>Setup stopped: &apos;%1&apos; is %2 and no longer runs it.</source>
        <translation>Setup beendet: „%1“ ist %2 und führt das Setup nicht mehr aus.</translation>
    </message>
    <message>
        <source>Start the virtual machine and insert the setup disk again.</source>
        <translation>Starten Sie den virtuellen Computer, und legen Sie den Setupdatenträger erneut ein.</translation>
    </message>
    <message>
        <source>Setup failed in &apos;%1&apos; with error 1618: another installation is already in progress (a restart is pending, or Windows is installing a device).</source>
        <translation>Setup in „%1“ mit Fehler 1618 fehlgeschlagen: Eine andere Installation wird bereits ausgeführt (ein Neustart steht aus, oder Windows installiert ein Gerät).</translation>
    </message>
    <message>
        <source>Restart the guest cleanly (no other setup running), then insert the setup disk again.</source>
        <translation>Starten Sie den Gast ordnungsgemäß neu (ohne anderes laufendes Setup), und legen Sie dann den Setupdatenträger erneut ein.</translation>
    </message>
    <message>
        <source>Setup failed in &apos;%1&apos;: it needs %2 free on the guest&apos;s system drive, and %3 are free.</source>
        <translation>Setup in „%1“ fehlgeschlagen: Es benötigt %2 freien Speicherplatz auf dem Systemlaufwerk des Gasts, es sind jedoch nur %3 frei.</translation>
    </message>
    <message>
        <source>Free space in the guest (Disk Cleanup, or extend the virtual disk), then insert the setup disk again.</source>
        <translation>Geben Sie im Gast Speicherplatz frei (Datenträgerbereinigung oder Erweitern des virtuellen Datenträgers), und legen Sie dann den Setupdatenträger erneut ein.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>Der virtuelle Computer ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Installed %1: restart required</source>
        <translation>%1 installiert: Neustart erforderlich</translation>
    </message>
    <message>
        <source>Configuration version %1</source>
        <translation>Konfigurationsversion %1</translation>
    </message>
    <message>
        <source>Upgrading the configuration version from %1 to %2</source>
        <translation>Konfigurationsversion wird von %1 auf %2 aktualisiert</translation>
    </message>
    <message>
        <source>Inserting the Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste wird eingelegt</translation>
    </message>
    <message>
        <source>Setup: installed version %1, offered %2</source>
        <translation>Setup: installierte Version %1, angeboten %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Installing integration services %1</source>
        <translation>Integrationsdienste %1 werden installiert</translation>
    </message>
    <message>
        <source>Installing integration services (%1 %)</source>
        <translation>Integrationsdienste werden installiert (%1 %)</translation>
    </message>
    <message>
        <source>Upgrading configuration version (%1 %)</source>
        <translation>Konfigurationsversion wird aktualisiert (%1 %)</translation>
    </message>
    <message>
        <source>Restart required (integration services %1 installed)</source>
        <translation>Neustart erforderlich (Integrationsdienste %1 installiert)</translation>
    </message>
</context>
<context>
    <name>WqlQuery</name>
    <message>
        <source>the string starting here is not closed</source>
        <translation>die hier beginnende Zeichenfolge ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the condition is nested too deeply</source>
        <translation>die Bedingung ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>&apos;)&apos; erwartet, um die &apos;(&apos; an Position %1 zu schließen</translation>
    </message>
    <message>
        <source>expected a property or a value, found the keyword %1</source>
        <translation>Eigenschaft oder Wert erwartet, aber Schlüsselwort %1 gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>die Bedingung endet zu früh</translation>
    </message>
    <message>
        <source>expected a property or a value, found &apos;%1&apos;</source>
        <translation>Eigenschaft oder Wert erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>expected NULL after IS</source>
        <translation>NULL nach IS erwartet</translation>
    </message>
    <message>
        <source>expected LIKE after NOT</source>
        <translation>LIKE nach NOT erwartet</translation>
    </message>
    <message>
        <source>LIKE needs a quoted pattern</source>
        <translation>LIKE benötigt ein Muster in Anführungszeichen</translation>
    </message>
    <message>
        <source>expected a comparison after the operand at position %1</source>
        <translation>Vergleich nach dem Operanden an Position %1 erwartet</translation>
    </message>
    <message>
        <source>expected =, &lt;&gt;, &lt;, &gt;, &lt;=, &gt;=, LIKE or IS, found &apos;%1&apos;</source>
        <translation>=, &lt;&gt;, &lt;, &gt;, &lt;=, &gt;=, LIKE oder IS erwartet, aber &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>%1 OF queries are not supported; enumerate the association class instead</source>
        <translation>%1 OF-Abfragen werden nicht unterstützt; zählen Sie stattdessen die Zuordnungsklasse auf</translation>
    </message>
    <message>
        <source>a query starts with SELECT</source>
        <translation>eine Abfrage beginnt mit SELECT</translation>
    </message>
    <message>
        <source>expected a property name or *</source>
        <translation>Eigenschaftsname oder * erwartet</translation>
    </message>
    <message>
        <source>expected FROM</source>
        <translation>FROM erwartet</translation>
    </message>
    <message>
        <source>expected a class name after FROM</source>
        <translation>Klassenname nach FROM erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the query</source>
        <translation>unerwartetes &apos;%1&apos; nach der Abfrage</translation>
    </message>
    <message>
        <source>The WQL query is not valid: %1 at position %2 of &quot;%3&quot;.</source>
        <translation>Die WQL-Abfrage ist ungültig: %1 an Position %2 von &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Write it as SELECT * FROM Class WHERE Property = &apos;value&apos;.</source>
        <translation>Schreiben Sie sie in der Form SELECT * FROM Class WHERE Property = &apos;value&apos;.</translation>
    </message>
</context>
<context>
    <name>XmlReader</name>
    <message>
        <source>the document is not valid UTF-16</source>
        <translation>das Dokument ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <source>the document ends inside an element (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines Elements (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>the document has no root element (premature end of document)</source>
        <translation>das Dokument hat kein Stammelement (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>extra content at the end of the document</source>
        <translation>zusätzlicher Inhalt am Ende des Dokuments</translation>
    </message>
    <message>
        <source>a start tag is expected</source>
        <translation>ein Starttag wird erwartet</translation>
    </message>
    <message>
        <source>the document ends inside a tag (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines Tags (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>a CDATA section is only allowed inside an element</source>
        <translation>ein CDATA-Abschnitt ist nur innerhalb eines Elements zulässig</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed in SOAP</source>
        <translation>eine Dokumenttypdeklaration ist in SOAP nicht zulässig</translation>
    </message>
    <message>
        <source>invalid markup after &apos;&lt;!&apos;</source>
        <translation>ungültiges Markup nach &apos;&lt;!&apos;</translation>
    </message>
    <message>
        <source>the document is not valid UTF-8</source>
        <translation>das Dokument ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the character U+%1 is not allowed in XML</source>
        <translation>das Zeichen U+%1 ist in XML nicht zulässig</translation>
    </message>
    <message>
        <source>a name has more than one colon</source>
        <translation>ein Name enthält mehr als einen Doppelpunkt</translation>
    </message>
    <message>
        <source>a name is expected</source>
        <translation>ein Name wird erwartet</translation>
    </message>
    <message>
        <source>a name ends with a colon</source>
        <translation>ein Name endet mit einem Doppelpunkt</translation>
    </message>
    <message>
        <source>the document ends inside a reference (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines Verweises (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>a character reference is malformed</source>
        <translation>ein Zeichenverweis ist fehlerhaft</translation>
    </message>
    <message>
        <source>a character reference names a character XML does not allow</source>
        <translation>ein Zeichenverweis bezeichnet ein Zeichen, das in XML nicht zulässig ist</translation>
    </message>
    <message>
        <source>an entity reference is not terminated by &apos;;&apos;</source>
        <translation>ein Entitätsverweis ist nicht mit &apos;;&apos; abgeschlossen</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is not allowed: SOAP has no document type to declare it</source>
        <translation>der Entitätsverweis &amp;%1; ist nicht zulässig: SOAP hat keinen Dokumenttyp, um ihn zu deklarieren</translation>
    </message>
    <message>
        <source>the sequence &apos;]]&gt;&apos; is not allowed in text</source>
        <translation>die Zeichenfolge &apos;]]&gt;&apos; ist in Text nicht zulässig</translation>
    </message>
    <message>
        <source>the document ends inside a CDATA section (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines CDATA-Abschnitts (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>the document ends inside a comment (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines Kommentars (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>&apos;--&apos; is not allowed inside a comment</source>
        <translation>&apos;--&apos; ist innerhalb eines Kommentars nicht zulässig</translation>
    </message>
    <message>
        <source>an XML declaration is only allowed at the start of the document</source>
        <translation>eine XML-Deklaration ist nur am Anfang des Dokuments zulässig</translation>
    </message>
    <message>
        <source>a processing instruction&apos;s target is malformed</source>
        <translation>das Ziel einer Verarbeitungsanweisung ist fehlerhaft</translation>
    </message>
    <message>
        <source>the document ends inside a processing instruction (premature end of document)</source>
        <translation>das Dokument endet innerhalb einer Verarbeitungsanweisung (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>the document ends inside the XML declaration (premature end of document)</source>
        <translation>das Dokument endet innerhalb der XML-Deklaration (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>the XML declaration is malformed</source>
        <translation>die XML-Deklaration ist fehlerhaft</translation>
    </message>
    <message>
        <source>XML version %1 is not supported</source>
        <translation>XML-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the document&apos;s encoding %1 is not supported: only UTF-8 and UTF-16 are read</source>
        <translation>die Codierung %1 des Dokuments wird nicht unterstützt: nur UTF-8 und UTF-16 werden gelesen</translation>
    </message>
    <message>
        <source>the document ends inside an attribute value (premature end of document)</source>
        <translation>das Dokument endet innerhalb eines Attributwerts (vorzeitiges Dokumentende)</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; is not allowed in an attribute value</source>
        <translation>&apos;&lt;&apos; ist in einem Attributwert nicht zulässig</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; is expected after &apos;/&apos; in a tag</source>
        <translation>&apos;&gt;&apos; wird nach &apos;/&apos; in einem Tag erwartet</translation>
    </message>
    <message>
        <source>whitespace, &apos;&gt;&apos; or &apos;/&gt;&apos; is expected after a name in a tag</source>
        <translation>Leerraum, &apos;&gt;&apos; oder &apos;/&gt;&apos; wird nach einem Namen in einem Tag erwartet</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>ein Element hat mehr als %1 Attribute</translation>
    </message>
    <message>
        <source>&apos;=&apos; is expected after an attribute&apos;s name</source>
        <translation>&apos;=&apos; wird nach dem Namen eines Attributs erwartet</translation>
    </message>
    <message>
        <source>an attribute value must be in quotes</source>
        <translation>ein Attributwert muss in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the attribute %1 appears twice</source>
        <translation>das Attribut %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>the prefix xmlns cannot be declared</source>
        <translation>das Präfix xmlns kann nicht deklariert werden</translation>
    </message>
    <message>
        <source>the prefix xml cannot be bound to another namespace</source>
        <translation>das Präfix xml kann nicht an einen anderen Namespace gebunden werden</translation>
    </message>
    <message>
        <source>the xml and xmlns namespaces cannot be bound to another prefix</source>
        <translation>die Namespaces xml und xmlns können nicht an ein anderes Präfix gebunden werden</translation>
    </message>
    <message>
        <source>a prefix cannot be declared with an empty namespace</source>
        <translation>ein Präfix kann nicht mit einem leeren Namespace deklariert werden</translation>
    </message>
    <message>
        <source>the prefix %1 is not declared</source>
        <translation>das Präfix %1 ist nicht deklariert</translation>
    </message>
    <message>
        <source>the attributes %1 and %2 are the same attribute</source>
        <translation>die Attribute %1 und %2 sind dasselbe Attribut</translation>
    </message>
    <message>
        <source>an end tag without a start tag</source>
        <translation>ein Endtag ohne Starttag</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>das Endtag &lt;/%1&gt; passt nicht zum Starttag &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; is expected at the end of an end tag</source>
        <translation>&apos;&gt;&apos; wird am Ende eines Endtags erwartet</translation>
    </message>
    <message>
        <source>%1: %2 (line %3, column %4).</source>
        <translation>%1: %2 (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt; in namespace &apos;%2&apos;, expected a SOAP 1.2 Envelope</source>
        <translation>das Stammelement ist &lt;%1&gt; im Namespace &apos;%2&apos;, erwartet wurde ein SOAP 1.2-Envelope</translation>
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
    <name>hvdesk::AddHardwarePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add Hardware</source>
        <translation>Hardware hinzufügen</translation>
    </message>
    <message>
        <source>You can use this setting to add devices to your virtual machine. Select the device you want to add and click the Add button.</source>
        <translation>Mit dieser Einstellung können Sie dem virtuellen Computer Geräte hinzufügen. Wählen Sie das Gerät aus, das Sie hinzufügen möchten, und klicken Sie auf die Schaltfläche „Hinzufügen“.</translation>
    </message>
    <message>
        <source>Devices that can be added</source>
        <translation>Geräte, die hinzugefügt werden können</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Add network adapter</source>
        <translation>Netzwerkkarte hinzufügen</translation>
    </message>
    <message>
        <source>Network adapters can only be added while the virtual machine is off (it is %1).</source>
        <translation>Netzwerkkarten können nur hinzugefügt werden, während der virtuelle Computer ausgeschaltet ist (aktueller Zustand: %1).</translation>
    </message>
</context>
<context>
    <name>hvdesk::AdvancedFeaturesPage</name>
    <message>
        <source>&amp;Dynamic</source>
        <translation>&amp;Dynamisch</translation>
    </message>
    <message>
        <source>&amp;Static</source>
        <translation>&amp;Statisch</translation>
    </message>
    <message>
        <source>Enable MAC address s&amp;poofing</source>
        <translation>MAC-&amp;Spoofing aktivieren</translation>
    </message>
    <message>
        <source>Enable MAC address spoofing</source>
        <translation>MAC-Spoofing aktivieren</translation>
    </message>
    <message>
        <source>Enable D&amp;HCP guard</source>
        <translation>D&amp;HCP-Wächter aktivieren</translation>
    </message>
    <message>
        <source>Enable DHCP guard</source>
        <translation>DHCP-Wächter aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;router advertisement guard</source>
        <translation>&amp;Router-Wächter aktivieren</translation>
    </message>
    <message>
        <source>Enable router advertisement guard</source>
        <translation>Router-Wächter aktivieren</translation>
    </message>
    <message>
        <source>P&amp;rotected network</source>
        <translation>&amp;Geschütztes Netzwerk</translation>
    </message>
    <message>
        <source>Protected network</source>
        <translation>Geschütztes Netzwerk</translation>
    </message>
    <message>
        <source>Enable this network adapter to be part of a &amp;team in the guest operating system</source>
        <translation>Diese Netzwerkkarte als Teil eines &amp;Teams im Gastbetriebssystem zulassen</translation>
    </message>
    <message>
        <source>Allow NIC teaming in the guest</source>
        <translation>NIC-Teamvorgang im Gast zulassen</translation>
    </message>
    <message>
        <source>Enable device &amp;naming</source>
        <translation>Geräte&amp;benennung aktivieren</translation>
    </message>
    <message>
        <source>Enable device naming</source>
        <translation>Gerätebenennung aktivieren</translation>
    </message>
    <message>
        <source>Advanced Features</source>
        <translation>Erweiterte Features</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>Dynamic MAC address</source>
        <translation>Dynamische MAC-Adresse</translation>
    </message>
    <message>
        <source>Static MAC address</source>
        <translation>Statische MAC-Adresse</translation>
    </message>
    <message>
        <source>MAC address spoofing allows virtual machines to change the source MAC address in outgoing packets to one that is not assigned to them.</source>
        <translation>MAC-Spoofing ermöglicht es virtuellen Computern, die Quell-MAC-Adresse in ausgehenden Paketen in eine Adresse zu ändern, die ihnen nicht zugewiesen ist.</translation>
    </message>
    <message>
        <source>DHCP guard</source>
        <translation>DHCP-Wächter</translation>
    </message>
    <message>
        <source>DHCP guard drops DHCP server messages from unauthorized virtual machines pretending to be DHCP servers.</source>
        <translation>Der DHCP-Wächter verwirft DHCP-Servernachrichten von nicht autorisierten virtuellen Computern, die sich als DHCP-Server ausgeben.</translation>
    </message>
    <message>
        <source>Router guard</source>
        <translation>Router-Wächter</translation>
    </message>
    <message>
        <source>Router guard drops router advertisement and redirection messages from unauthorized virtual machines pretending to be routers.</source>
        <translation>Der Router-Wächter verwirft Routerankündigungs- und Umleitungsnachrichten von nicht autorisierten virtuellen Computern, die sich als Router ausgeben.</translation>
    </message>
    <message>
        <source>Move this virtual machine to another cluster node if a network disconnection is detected.</source>
        <translation>Diesen virtuellen Computer auf einen anderen Clusterknoten verschieben, wenn eine Netzwerktrennung erkannt wird.</translation>
    </message>
    <message>
        <source>Port mirroring</source>
        <translation>Portspiegelung</translation>
    </message>
    <message>
        <source>Port mirroring mode</source>
        <translation>Portspiegelungsmodus</translation>
    </message>
    <message>
        <source>&amp;Mirroring mode:</source>
        <translation>&amp;Spiegelungsmodus:</translation>
    </message>
    <message>
        <source>NIC Teaming</source>
        <translation>NIC-Teamvorgang</translation>
    </message>
    <message>
        <source>Device naming</source>
        <translation>Gerätebenennung</translation>
    </message>
    <message>
        <source>Device naming propagates the name of this network adapter into the guest operating system.</source>
        <translation>Die Gerätebenennung überträgt den Namen dieser Netzwerkkarte in das Gastbetriebssystem.</translation>
    </message>
    <message>
        <source>The MAC address can only be changed while the virtual machine is off (it is %1).</source>
        <translation>Die MAC-Adresse kann nur geändert werden, während der virtuelle Computer ausgeschaltet ist (aktueller Zustand: %1).</translation>
    </message>
    <message>
        <source>MAC address spoofing is needed for NIC teaming and network load balancing inside the guest.</source>
        <translation>MAC-Spoofing ist für den NIC-Teamvorgang und den Netzwerklastenausgleich im Gast erforderlich.</translation>
    </message>
    <message>
        <source>SR-IOV adapters cannot be teamed on the host; teaming them inside the guest works.</source>
        <translation>SR-IOV-Netzwerkkarten können auf dem Host nicht zu einem Team zusammengefasst werden; im Gast ist dies möglich.</translation>
    </message>
    <message>
        <source>Protected network is not available: %1</source>
        <translation>Geschütztes Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Device naming is not available: %1</source>
        <translation>Gerätebenennung ist nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::AdvisorNotes</name>
    <message>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>hvdesk::CertificatePinsDialog</name>
    <message>
        <source>No certificate is trusted yet. hvdesk asks before it trusts a server&apos;s certificate that this computer cannot verify.</source>
        <translation>Noch keinem Zertifikat wird vertraut. hvdesk fragt nach, bevor es dem Zertifikat eines Servers vertraut, das dieser Computer nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>The servers whose certificates you trusted, with the SHA-256 fingerprint hvdesk expects from each. A server that presents another certificate is refused. Remove a server&apos;s certificate when the change is expected (the certificate was renewed): hvdesk then shows the new one at the next connection, for you to compare and trust.</source>
        <translation>Die Server, deren Zertifikaten Sie vertraut haben, mit dem SHA-256-Fingerabdruck, den hvdesk jeweils erwartet. Ein Server, der ein anderes Zertifikat vorlegt, wird abgelehnt. Entfernen Sie das Zertifikat eines Servers, wenn die Änderung erwartet ist (das Zertifikat wurde erneuert): hvdesk zeigt dann bei der nächsten Verbindung das neue an, damit Sie es vergleichen und ihm vertrauen können.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Forget the selected server&apos;s certificate; the next connection asks again</source>
        <translation>Das Zertifikat des ausgewählten Servers vergessen; bei der nächsten Verbindung wird erneut gefragt</translation>
    </message>
</context>
<context>
    <name>hvdesk::CertificateTrustDialog</name>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verify the Certificate of %1</source>
        <translation>Zertifikat von %1 überprüfen</translation>
    </message>
    <message>
        <source>hvdesk cannot confirm that %1 is the host it claims to be.</source>
        <translation>hvdesk kann nicht bestätigen, dass %1 der Host ist, der er zu sein vorgibt.</translation>
    </message>
    <message>
        <source>The certificate is not trusted by this computer.</source>
        <translation>Diesem Zertifikat wird von diesem Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate&apos;s problems:</source>
        <translation>Probleme des Zertifikats:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust the certificate only if this fingerprint is the host&apos;s. To see the host&apos;s certificates, in PowerShell on the host:&lt;/p&gt;&lt;p style=&quot;margin-left:18px; white-space:pre&quot;&gt;&lt;code&gt;Get-ChildItem Cert:\LocalMachine\My | Format-List Subject, Thumbprint&lt;/code&gt;&lt;/p&gt;&lt;p&gt;lists each one with its SHA-1 thumbprint. For the SHA-256 fingerprint, export the certificate and run &lt;code&gt;certutil -dump&lt;/code&gt; on the file: compare the line &lt;i&gt;Cert Hash(sha256)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;If you trust it, hvdesk remembers this certificate for %1 and connects without asking again. Should the host later present a different certificate, hvdesk refuses to connect and says so; if the change was expected, remove the old one in Tools &amp;gt; Trusted Certificates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vertrauen Sie dem Zertifikat nur, wenn dieser Fingerabdruck der des Hosts ist. Um die Zertifikate des Hosts anzuzeigen, führen Sie in PowerShell auf dem Host&lt;/p&gt;&lt;p style=&quot;margin-left:18px; white-space:pre&quot;&gt;&lt;code&gt;Get-ChildItem Cert:\LocalMachine\My | Format-List Subject, Thumbprint&lt;/code&gt;&lt;/p&gt;&lt;p&gt;aus; dies listet jedes Zertifikat mit seinem SHA-1-Fingerabdruck auf. Für den SHA-256-Fingerabdruck exportieren Sie das Zertifikat und führen &lt;code&gt;certutil -dump&lt;/code&gt; für die Datei aus: Vergleichen Sie die Zeile &lt;i&gt;Cert Hash(sha256)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Wenn Sie ihm vertrauen, merkt sich hvdesk dieses Zertifikat für %1 und verbindet sich künftig ohne Nachfrage. Legt der Host später ein anderes Zertifikat vor, verweigert hvdesk die Verbindung und weist darauf hin; war die Änderung erwartet, entfernen Sie das alte unter Extras &amp;gt; Vertrauenswürdige Zertifikate.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hvdesk::CompatibilityPage</name>
    <message>
        <source>Apply &amp;Suggested Fixes</source>
        <translation>&amp;Vorgeschlagene Korrekturen anwenden</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>What the destination lacks, and how to fix it, before the move starts.</source>
        <translation>Was dem Ziel fehlt und wie Sie es beheben, bevor das Verschieben beginnt.</translation>
    </message>
    <message>
        <source>Network adapters whose switch the destination does not have (names are case-sensitive):</source>
        <translation>Netzwerkkarten, deren Switch auf dem Ziel nicht vorhanden ist (bei Namen wird die Groß-/Kleinschreibung beachtet):</translation>
    </message>
    <message>
        <source>Network adapter fixes</source>
        <translation>Korrekturen für Netzwerkkarten</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Aktueller Switch</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Map each adapter to the destination switch whose name differs only in case</source>
        <translation>Jede Netzwerkkarte dem Zielswitch zuordnen, dessen Name sich nur in der Groß-/Kleinschreibung unterscheidet</translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation>Kompatibilitätsergebnisse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Fix for %1 of %2</source>
        <translation>Korrektur für %1 von %2</translation>
    </message>
    <message>
        <source>Choose a fix...</source>
        <translation>Korrektur auswählen...</translation>
    </message>
    <message>
        <source>Map this adapter to switch &apos;%1&apos;</source>
        <translation>Diese Netzwerkkarte dem Switch „%1“ zuordnen</translation>
    </message>
    <message>
        <source>Disconnect this adapter</source>
        <translation>Diese Netzwerkkarte trennen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found: the move can start.</source>
        <translation>Keine Probleme gefunden: Das Verschieben kann beginnen.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3.</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3.</translation>
    </message>
    <message>
        <source>Errors block the move: fix them, or go back and choose differently.</source>
        <translation>Fehler verhindern das Verschieben: Beheben Sie sie, oder gehen Sie zurück, und treffen Sie eine andere Auswahl.</translation>
    </message>
    <message>
        <source>The move can start; warnings and notes do not stop it.</source>
        <translation>Das Verschieben kann beginnen; Warnungen und Hinweise halten es nicht auf.</translation>
    </message>
</context>
<context>
    <name>hvdesk::CompletionPage</name>
    <message>
        <source>&amp;Cancel Move</source>
        <translation>Verschieben a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Moves Started</source>
        <translation>Verschiebevorgänge gestartet</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verschiebevorgänge</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschiebevorgang</translation>
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancel the selected move: the virtual machine stays where it is, with its files</source>
        <translation>Ausgewählten Verschiebevorgang abbrechen: Der virtuelle Computer bleibt mit seinen Dateien, wo er ist</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Moves failed: %1; see the details.</source>
        <translation>Fehlgeschlagene Verschiebevorgänge: %1; siehe Details.</translation>
    </message>
    <message>
        <source>The moves have ended; cancelled: %1.</source>
        <translation>Die Verschiebevorgänge sind beendet; abgebrochen: %1.</translation>
    </message>
    <message>
        <source>All moves completed.</source>
        <translation>Alle Verschiebevorgänge abgeschlossen.</translation>
    </message>
    <message>
        <source>The moves run in the background; you can close the wizard and follow them in View &gt; Jobs (Ctrl+J). Waiting for a free migration slot: %1.</source>
        <translation>Die Verschiebevorgänge laufen im Hintergrund; Sie können den Assistenten schließen und sie unter Ansicht &gt; Aufträge (Strg+J) verfolgen. Warten auf einen freien Migrationsplatz: %1.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Move Failed</source>
        <translation>Verschiebevorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>Moves Failed</source>
        <translation>Verschiebevorgänge fehlgeschlagen</translation>
    </message>
    <message>
        <source>Move Cancelled</source>
        <translation>Verschiebevorgang abgebrochen</translation>
    </message>
    <message>
        <source>Moves Cancelled</source>
        <translation>Verschiebevorgänge abgebrochen</translation>
    </message>
    <message>
        <source>Moves Ended</source>
        <translation>Verschiebevorgänge beendet</translation>
    </message>
    <message>
        <source>Move Completed</source>
        <translation>Verschiebevorgang abgeschlossen</translation>
    </message>
    <message>
        <source>Moves Completed</source>
        <translation>Verschiebevorgänge abgeschlossen</translation>
    </message>
    <message>
        <source>Move Started</source>
        <translation>Verschiebevorgang gestartet</translation>
    </message>
</context>
<context>
    <name>hvdesk::ConnectDialog</name>
    <message>
        <source>&amp;Demo: the built-in simulator (a two-node cluster and a standalone host)</source>
        <translation>&amp;Demo: der integrierte Simulator (ein Cluster mit zwei Knoten und ein eigenständiger Host)</translation>
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
    <message>
        <source>&amp;Local computer: KVM/QEMU virtual machines through libvirt (%1)</source>
        <translation>&amp;Lokaler Computer: virtuelle KVM/QEMU-Computer über libvirt (%1)</translation>
    </message>
    <message>
        <source>This build of hvdesk has no libvirt backend.</source>
        <translation>Dieser Build von hvdesk enthält kein libvirt-Backend.</translation>
    </message>
    <message>
        <source>&amp;Another computer (Hyper-V over WS-Management):</source>
        <translation>&amp;Anderer Computer (Hyper-V über WS-Management):</translation>
    </message>
    <message>
        <source>Server &amp;URI:</source>
        <translation>Server-&amp;URI:</translation>
    </message>
    <message>
        <source>Use &amp;HTTPS (recommended)</source>
        <translation>&amp;HTTPS verwenden (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;I understand: send the password and all traffic unencrypted</source>
        <translation>&amp;Ich verstehe: Kennwort und gesamten Datenverkehr unverschlüsselt senden</translation>
    </message>
    <message>
        <source>Manages this computer&apos;s libvirt system instance. Without access to it, connect to qemu:///session by its URI.</source>
        <translation>Verwaltet die libvirt-Systeminstanz dieses Computers. Ohne Zugriff darauf verbinden Sie sich über den URI mit qemu:///session.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>hyperv01.example.com or 192.0.2.10</source>
        <translation>hyperv01.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>WinRM over HTTPS (port 5986): the host&apos;s certificate is verified, and the password and traffic are encrypted.</source>
        <translation>WinRM über HTTPS (Port 5986): Das Zertifikat des Hosts wird überprüft, und Kennwort und Datenverkehr werden verschlüsselt.</translation>
    </message>
    <message>
        <source>Without HTTPS the user name and password (Basic authentication) and everything hvdesk and the host exchange cross the network in clear text, readable by anyone on the path. The host must also allow it (WinRM service settings AllowUnencrypted and Basic). Use it only on a network you trust, such as an isolated lab.</source>
        <translation>Ohne HTTPS werden Benutzername und Kennwort (Standardauthentifizierung) sowie alles, was hvdesk und der Host austauschen, im Klartext über das Netzwerk übertragen und sind für jeden auf dem Übertragungsweg lesbar. Der Host muss dies außerdem zulassen (WinRM-Diensteinstellungen AllowUnencrypted und Basic). Verwenden Sie dies nur in einem vertrauenswürdigen Netzwerk, etwa einer isolierten Testumgebung.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>HOST\Administrator or user@domain</source>
        <translation>HOST\Administrator oder benutzer@domäne</translation>
    </message>
    <message>
        <source>The password is read from the system keychain, or asked when connecting.</source>
        <translation>Das Kennwort wird aus dem Systemschlüsselbund gelesen oder beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>Host&amp;name:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>Be&amp;nutzername:</translation>
    </message>
    <message>
        <source>Check &quot;I understand&quot; to connect without HTTPS, or use HTTPS.</source>
        <translation>Aktivieren Sie &quot;Ich verstehe&quot;, um ohne HTTPS zu verbinden, oder verwenden Sie HTTPS.</translation>
    </message>
    <message>
        <source>Host name: enter the name or address of the Hyper-V host.</source>
        <translation>Hostname: Geben Sie den Namen oder die Adresse des Hyper-V-Hosts ein.</translation>
    </message>
    <message>
        <source>For example hyperv01.example.com or 192.0.2.10.</source>
        <translation>Zum Beispiel hyperv01.example.com oder 192.0.2.10.</translation>
    </message>
    <message>
        <source>Host name: &apos;%1&apos; is not a host name or IP address.</source>
        <translation>Hostname: &apos;%1&apos; ist kein Hostname und keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter only the name or address (crusader or crusader.example.com); the port goes in Port.</source>
        <translation>Geben Sie nur den Namen oder die Adresse ein (crusader oder crusader.example.com); der Port gehört in das Feld Port.</translation>
    </message>
    <message>
        <source>A host name has letters, digits and hyphens, in labels separated by dots, for example crusader.example.com.</source>
        <translation>Ein Hostname besteht aus Buchstaben, Ziffern und Bindestrichen in durch Punkte getrennten Abschnitten, zum Beispiel crusader.example.com.</translation>
    </message>
    <message>
        <source>Port: enter the port of the host&apos;s WinRM listener.</source>
        <translation>Port: Geben Sie den Port des WinRM-Listeners des Hosts ein.</translation>
    </message>
    <message>
        <source>Port: &apos;%1&apos; is not a port number.</source>
        <translation>Port: &apos;%1&apos; ist keine Portnummer.</translation>
    </message>
    <message>
        <source>A number from 1 to 65535: WinRM listens on 5986 for HTTPS and 5985 for HTTP.</source>
        <translation>Eine Zahl von 1 bis 65535: WinRM lauscht auf 5986 für HTTPS und auf 5985 für HTTP.</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreBarsWidget</name>
    <message>
        <source>Current receive load per logical processor</source>
        <translation>Aktuelle Empfangslast pro logischem Prozessor</translation>
    </message>
    <message>
        <source>CPU %1: %2 % interrupt and DPC time, %L3 packets/s</source>
        <translation>CPU %1: %2 % Interrupt- und DPC-Zeit, %L3 Pakete/s</translation>
    </message>
    <message>
        <source>Hyper-threaded sibling: VMQ and RSS do not use it.</source>
        <translation>Hyperthreading-Partner: VMQ und RSS verwenden ihn nicht.</translation>
    </message>
    <message>
        <source>Now, per logical processor</source>
        <translation>Jetzt, pro logischem Prozessor</translation>
    </message>
    <message>
        <source>hyper-threaded sibling</source>
        <translation>Hyperthreading-Partner</translation>
    </message>
    <message>
        <source>%L1 packets/s dropped (backlog full), %L2 receive rounds/s cut short</source>
        <translation>%L1 Pakete/s verworfen (Backlog voll), %L2 Empfangsrunden/s vorzeitig abgebrochen</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreHeatmap</name>
    <message>
        <source>Per-core receive load over time, as a heat map</source>
        <translation>Empfangslast pro Kern im Zeitverlauf als Heatmap</translation>
    </message>
    <message>
        <source>Interrupt and DPC time per logical processor (rows) over time</source>
        <translation>Interrupt- und DPC-Zeit pro logischem Prozessor (Zeilen) im Zeitverlauf</translation>
    </message>
    <message>
        <source>Waiting for the first sample...</source>
        <translation>Warten auf die erste Messung...</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>CPU %1: no data yet</source>
        <translation>CPU %1: noch keine Daten</translation>
    </message>
    <message>
        <source>CPU %1: %2 % (%3 s ago)</source>
        <translation>CPU %1: %2 % (vor %3 s)</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreLoadChart</name>
    <message>
        <source>Per-core receive load over time</source>
        <translation>Empfangslast pro Kern im Zeitverlauf</translation>
    </message>
    <message>
        <source>Interrupt and DPC time per logical processor</source>
        <translation>Interrupt- und DPC-Zeit pro logischem Prozessor</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>% of the core</source>
        <translation>% des Kerns</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU %1: %2 % at %3 s</source>
        <translation>CPU %1: %2 % bei %3 s</translation>
    </message>
</context>
<context>
    <name>hvdesk::CredentialsDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Systemschlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Verbindung mit %1 herstellen</translation>
    </message>
    <message>
        <source>Enter the credentials of an administrator of %1.</source>
        <translation>Geben Sie die Anmeldeinformationen eines Administrators von %1 ein.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>HOST\Administrator or user@domain</source>
        <translation>HOST\Administrator oder benutzer@domäne</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Keeps the user name and password in the desktop&apos;s keychain (GNOME Keyring, KWallet), never in hvdesk&apos;s settings.</source>
        <translation>Speichert Benutzername und Kennwort im Schlüsselbund des Desktops (GNOME Keyring, KWallet), niemals in den Einstellungen von hvdesk.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>User name: enter the account to sign in with, for example %1\Administrator.</source>
        <translation>Benutzername: Geben Sie das Konto für die Anmeldung ein, zum Beispiel %1\Administrator.</translation>
    </message>
    <message>
        <source>Password: enter the password of %1. Windows refuses network sign-ins of accounts without one.</source>
        <translation>Kennwort: Geben Sie das Kennwort von %1 ein. Windows lehnt Netzwerkanmeldungen von Konten ohne Kennwort ab.</translation>
    </message>
</context>
<context>
    <name>hvdesk::DestinationPage</name>
    <message>
        <source>Specify Destination Computer</source>
        <translation>Zielcomputer angeben</translation>
    </message>
    <message>
        <source>Choose the Hyper-V host to move the virtual machine to.</source>
        <translation>Wählen Sie den Hyper-V-Host aus, auf den der virtuelle Computer verschoben werden soll.</translation>
    </message>
    <message>
        <source>Destination hosts</source>
        <translation>Zielhosts</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Verfügbarer Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>Livemigration</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
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
        <source>On another connection (%1): moves between connections are not supported; connect to both hosts through one connection.</source>
        <translation>In einer anderen Verbindung (%1): Verschiebungen zwischen Verbindungen werden nicht unterstützt; stellen Sie über eine einzige Verbindung eine Verbindung mit beiden Hosts her.</translation>
    </message>
    <message>
        <source>The virtual machine is on this host.</source>
        <translation>Der virtuelle Computer befindet sich auf diesem Host.</translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation>Nicht erreichbar: %1.</translation>
    </message>
    <message>
        <source>Live migrations are disabled on this host: enable them in its Hyper-V Settings.</source>
        <translation>Livemigrationen sind auf diesem Host deaktiviert: Aktivieren Sie sie in den Hyper-V-Einstellungen des Hosts.</translation>
    </message>
    <message>
        <source>Destination &amp;URI:</source>
        <translation>Ziel-&amp;URI:</translation>
    </message>
    <message>
        <source>Destination URI</source>
        <translation>Ziel-URI</translation>
    </message>
    <message>
        <source>Where the source host&apos;s hypervisor connects to for the move. It connects itself (peer to peer), so the URI must work from the source host, not only from this computer.</source>
        <translation>Wohin sich der Hypervisor des Quellhosts für das Verschieben verbindet. Er verbindet sich selbst (Peer-to-Peer), daher muss der URI vom Quellhost aus funktionieren, nicht nur von diesem Computer.</translation>
    </message>
    <message>
        <source>On another connection (%1): the move goes to %2.</source>
        <translation>Auf einer anderen Verbindung (%1): Das Verschieben erfolgt nach %2.</translation>
    </message>
    <message>
        <source>%1 cannot be chosen: %2</source>
        <translation>%1 kann nicht ausgewählt werden: %2</translation>
    </message>
    <message>
        <source>Choose the host to move the virtual machine to.</source>
        <translation>Wählen Sie den Host aus, auf den der virtuelle Computer verschoben werden soll.</translation>
    </message>
    <message>
        <source>Type the URI at which the source host reaches %1.</source>
        <translation>Geben Sie den URI ein, unter dem der Quellhost %1 erreicht.</translation>
    </message>
</context>
<context>
    <name>hvdesk::Dialogs</name>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>hvdesk::HardwareAccelerationPage</name>
    <message>
        <source>Enable virtual machine &amp;queue</source>
        <translation>&amp;Warteschlange für virtuelle Computer aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;IPsec task offloading</source>
        <translation>&amp;IPsec-Taskabladung aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;SR-IOV</source>
        <translation>&amp;SR-IOV aktivieren</translation>
    </message>
    <message>
        <source>Hardware Acceleration</source>
        <translation>Hardwarebeschleunigung</translation>
    </message>
    <message>
        <source>Specify networking tasks that can be offloaded to a physical network adapter.</source>
        <translation>Geben Sie Netzwerkaufgaben an, die an eine physische Netzwerkkarte abgeladen werden können.</translation>
    </message>
    <message>
        <source>Virtual machine queue</source>
        <translation>Warteschlange für virtuelle Computer</translation>
    </message>
    <message>
        <source>Enable virtual machine queue</source>
        <translation>Warteschlange für virtuelle Computer aktivieren</translation>
    </message>
    <message>
        <source>Virtual machine queue (VMQ) requires a physical network adapter that supports this feature.</source>
        <translation>Die Warteschlange für virtuelle Computer (VMQ) erfordert eine physische Netzwerkkarte, die dieses Feature unterstützt.</translation>
    </message>
    <message>
        <source>IPsec task offloading</source>
        <translation>IPsec-Taskabladung</translation>
    </message>
    <message>
        <source>Enable IPsec task offloading</source>
        <translation>IPsec-Taskabladung aktivieren</translation>
    </message>
    <message>
        <source>Maximum number of offloaded security associations</source>
        <translation>Maximale Anzahl abgeladener Sicherheitszuordnungen</translation>
    </message>
    <message>
        <source>Support from a physical network adapter and the guest operating system is required to offload IPsec tasks. When sufficient hardware resources are not available, the security associations are not offloaded and are handled in software by the guest operating system.</source>
        <translation>Zum Abladen von IPsec-Tasks ist Unterstützung durch eine physische Netzwerkkarte und das Gastbetriebssystem erforderlich. Wenn nicht genügend Hardwareressourcen verfügbar sind, werden die Sicherheitszuordnungen nicht abgeladen, sondern vom Gastbetriebssystem in Software verarbeitet.</translation>
    </message>
    <message>
        <source>Select the ma&amp;ximum number of offloaded security associations from 1 to 4096.</source>
        <translation>Wählen Sie die ma&amp;ximale Anzahl abgeladener Sicherheitszuordnungen von 1 bis 4096 aus.</translation>
    </message>
    <message>
        <source>Maximum number:</source>
        <translation>Maximale Anzahl:</translation>
    </message>
    <message>
        <source>Offloaded SA</source>
        <translation>Abgeladene SA</translation>
    </message>
    <message>
        <source>Single-root I/O virtualization</source>
        <translation>E/A-Virtualisierung mit Einzelstamm</translation>
    </message>
    <message>
        <source>Enable SR-IOV</source>
        <translation>SR-IOV aktivieren</translation>
    </message>
    <message>
        <source>Single-root I/O virtualization (SR-IOV) requires specific hardware. It also might require drivers to be installed in the guest operating system.</source>
        <translation>Die E/A-Virtualisierung mit Einzelstamm (SR-IOV) erfordert spezielle Hardware. Möglicherweise müssen auch Treiber im Gastbetriebssystem installiert werden.</translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actual:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ist-Zustand:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on (not applied yet)</source>
        <translation>ein (noch nicht angewendet)</translation>
    </message>
    <message>
        <source>off (not applied yet)</source>
        <translation>aus (noch nicht angewendet)</translation>
    </message>
    <message>
        <source>none yet: the adapter is created when you apply.</source>
        <translation>noch keine: Die Netzwerkkarte wird beim Anwenden erstellt.</translation>
    </message>
    <message>
        <source>none yet: the adapter moves to another switch when you apply.</source>
        <translation>noch keine: Die Netzwerkkarte wechselt beim Anwenden zu einem anderen Switch.</translation>
    </message>
    <message>
        <source>none: the adapter is not connected.</source>
        <translation>keine: Die Netzwerkkarte ist nicht verbunden.</translation>
    </message>
    <message>
        <source>none: the virtual machine is %1; resources are granted while it runs.</source>
        <translation>keine: Der virtuelle Computer ist %1; Ressourcen werden zugewiesen, während er ausgeführt wird.</translation>
    </message>
    <message>
        <source>a hardware queue is assigned.</source>
        <translation>eine Hardwarewarteschlange ist zugewiesen.</translation>
    </message>
    <message>
        <source>no queue needed: the virtual function carries the traffic.</source>
        <translation>keine Warteschlange erforderlich: Die virtuelle Funktion überträgt den Datenverkehr.</translation>
    </message>
    <message>
        <source>no queue: the switch&apos;s network adapter offers none; traffic uses the default queue.</source>
        <translation>keine Warteschlange: Die Netzwerkkarte des Switchs bietet keine an; der Datenverkehr verwendet die Standardwarteschlange.</translation>
    </message>
    <message>
        <source>no queue: all %1 queues of &apos;%2&apos; are in use; traffic uses the default queue.</source>
        <translation>keine Warteschlange: Alle %1 Warteschlangen von „%2“ sind belegt; der Datenverkehr verwendet die Standardwarteschlange.</translation>
    </message>
    <message>
        <source>no queue (not requested).</source>
        <translation>keine Warteschlange (nicht angefordert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requested:&lt;/b&gt; %1 &amp;nbsp; %2</source>
        <translation>&lt;b&gt;Angefordert:&lt;/b&gt; %1 &amp;nbsp; %2</translation>
    </message>
    <message>
        <source>off (0 SAs: IPsec runs in the guest)</source>
        <translation>aus (0 SAs: IPsec wird im Gast ausgeführt)</translation>
    </message>
    <message>
        <source> (not applied yet)</source>
        <translation> (noch nicht angewendet)</translation>
    </message>
    <message>
        <source>no SAs offloaded (offload is off).</source>
        <translation>keine SAs abgeladen (Abladung ist deaktiviert).</translation>
    </message>
    <message>
        <source>%1 of %2 SAs offloaded.</source>
        <translation>%1 von %2 SAs abgeladen.</translation>
    </message>
    <message>
        <source>synthetic path (SR-IOV not requested).</source>
        <translation>synthetischer Pfad (SR-IOV nicht angefordert).</translation>
    </message>
    <message>
        <source>virtual function %1 assigned; the data path is not active.</source>
        <translation>virtuelle Funktion %1 zugewiesen; der Datenpfad ist nicht aktiv.</translation>
    </message>
    <message>
        <source>fell back to the synthetic path: %1</source>
        <translation>auf den synthetischen Pfad zurückgefallen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free on switch &apos;%1&apos;:&lt;/b&gt; VM queues %2 of %3 &amp;middot; IPsec SAs %4 of %5 &amp;middot; virtual functions %6 of %7</source>
        <translation>&lt;b&gt;Frei auf Switch „%1“:&lt;/b&gt; VM-Warteschlangen %2 von %3 &amp;middot; IPsec-SAs %4 von %5 &amp;middot; virtuelle Funktionen %6 von %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; no switch resources apply.</source>
        <translation>&lt;b&gt;Nicht verbunden:&lt;/b&gt; Es gelten keine Switchressourcen.</translation>
    </message>
    <message>
        <source>virtio-net multiqueue: %1 queue pairs, the VMQ/vRSS analogue (set in the domain XML, &lt;driver queues=&apos;N&apos;/&gt;).</source>
        <translation>virtio-net-Multiqueue: %1 Warteschlangenpaare, das Gegenstück zu VMQ/vRSS (festgelegt im Domänen-XML, &lt;driver queues=&apos;N&apos;/&gt;).</translation>
    </message>
    <message>
        <source>a virtual function of %1%2 is passed to the guest; the data path bypasses the host.</source>
        <translation>Eine virtuelle Funktion von %1%2 wird an den Gast durchgereicht; der Datenpfad umgeht den Host.</translation>
    </message>
    <message>
        <source>the host&apos;s NIC</source>
        <translation>der NIC des Hosts</translation>
    </message>
    <message>
        <source> (PCI %1)</source>
        <translation> (PCI %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed through:&lt;/b&gt; no switch in the path; the virtual function belongs to %1.</source>
        <translation>&lt;b&gt;Durchgereicht:&lt;/b&gt; kein Switch im Pfad; die virtuelle Funktion gehört zu %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free on switch &apos;%1&apos;:&lt;/b&gt; virtual functions %2 of %3</source>
        <translation>&lt;b&gt;Frei auf Switch &apos;%1&apos;:&lt;/b&gt; virtuelle Funktionen %2 von %3</translation>
    </message>
    <message>
        <source>SAs</source>
        <comment>offloaded security associations</comment>
        <translation>SAs</translation>
    </message>
    <message>
        <source>up to 1 SA</source>
        <translation>bis zu 1 SA</translation>
    </message>
    <message numerus="yes">
        <source>up to %n SAs</source>
        <translation>
            <numerusform>bis zu %n SA</numerusform>
            <numerusform>bis zu %n SAs</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual function %1 assigned, 1 queue pair; the data path is active.</source>
        <translation>virtuelle Funktion %1 zugewiesen, 1 Warteschlangenpaar; der Datenpfad ist aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>virtual function %1 assigned, %n queue pairs; the data path is active.</source>
        <translation>
            <numerusform>virtuelle Funktion %1 zugewiesen, %n Warteschlangenpaar; der Datenpfad ist aktiv.</numerusform>
            <numerusform>virtuelle Funktion %1 zugewiesen, %n Warteschlangenpaare; der Datenpfad ist aktiv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvdesk::HostBackend</name>
    <message>
        <source>%1 does not change migration settings of %2.</source>
        <translation>%1 ändert keine Migrationseinstellungen von %2.</translation>
    </message>
    <message>
        <source>Change the settings in Hyper-V Manager on the host.</source>
        <translation>Ändern Sie die Einstellungen im Hyper-V-Manager auf dem Host.</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-Einstellungen</translation>
    </message>
    <message>
        <source>This connection cannot change the receive scaling of &apos;%1&apos; on %2.</source>
        <translation>Diese Verbindung kann die Empfangsskalierung von „%1“ auf %2 nicht ändern.</translation>
    </message>
    <message>
        <source>Change RSS and VMQ on the host itself (Set-NetAdapterRss, Set-NetAdapterVmq).</source>
        <translation>Ändern Sie RSS und VMQ direkt auf dem Host (Set-NetAdapterRss, Set-NetAdapterVmq).</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Empfangsskalierung festlegen</translation>
    </message>
    <message>
        <source>%1 is not available on %2.</source>
        <translation>%1 ist auf %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Use a connection that offers it.</source>
        <translation>Verwenden Sie eine Verbindung, die dies anbietet.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste einlegen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Konfigurationsversion aktualisieren</translation>
    </message>
</context>
<context>
    <name>hvdesk::HostMigrationSettingsDialog</name>
    <message>
        <source>&amp;Enable incoming and outgoing live migrations</source>
        <translation>Eingehende und ausgehende Livemigrationen &amp;aktivieren</translation>
    </message>
    <message>
        <source>Use &amp;any available network for live migration</source>
        <translation>&amp;Jedes verfügbare Netzwerk für Livemigration verwenden</translation>
    </message>
    <message>
        <source>Use &amp;these IP addresses for live migration (in order of preference):</source>
        <translation>&amp;Diese IP-Adressen für Livemigration verwenden (in der Reihenfolge der Priorität):</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Hyper-V Settings for %1</source>
        <translation>Hyper-V-Einstellungen für %1</translation>
    </message>
    <message>
        <source>Migration networks in order of preference</source>
        <translation>Migrationsnetzwerke in der Reihenfolge der Priorität</translation>
    </message>
    <message>
        <source>Authentication protocol</source>
        <translation>Authentifizierungsprotokoll</translation>
    </message>
    <message>
        <source>Performance option</source>
        <translation>Leistungsoption</translation>
    </message>
    <message>
        <source>The change in PowerShell:</source>
        <translation>Die Änderung in PowerShell:</translation>
    </message>
    <message>
        <source>Simultaneous live migrations</source>
        <translation>Gleichzeitige Livemigrationen</translation>
    </message>
    <message>
        <source>Simultaneous storage migrations</source>
        <translation>Gleichzeitige Speichermigrationen</translation>
    </message>
    <message>
        <source>Live Migrations</source>
        <translation>Livemigrationen</translation>
    </message>
    <message>
        <source>Simultaneous &amp;live migrations:</source>
        <translation>Gleichzeitige &amp;Livemigrationen:</translation>
    </message>
    <message>
        <source>Advanced Features</source>
        <translation>Erweiterte Features</translation>
    </message>
    <message>
        <source>Authentication &amp;protocol:</source>
        <translation>Authentifizierungs&amp;protokoll:</translation>
    </message>
    <message>
        <source>Per&amp;formance option:</source>
        <translation>Leistungs&amp;option:</translation>
    </message>
    <message>
        <source>Storage Migrations</source>
        <translation>Speichermigrationen</translation>
    </message>
    <message>
        <source>Simultaneous &amp;storage migrations:</source>
        <translation>Gleichzeitige &amp;Speichermigrationen:</translation>
    </message>
    <message>
        <source>This connection cannot change migration settings of %1.</source>
        <translation>Diese Verbindung kann die Migrationseinstellungen von %1 nicht ändern.</translation>
    </message>
    <message>
        <source># No change</source>
        <translation># Keine Änderung</translation>
    </message>
    <message>
        <source>The settings were not applied: %1</source>
        <translation>Die Einstellungen wurden nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Wird übernommen...</translation>
    </message>
    <message>
        <source>Part of the settings were applied. %1</source>
        <translation>Ein Teil der Einstellungen wurde übernommen. %1</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source># Not included until corrected: %1</source>
        <translation># Bis zur Korrektur nicht enthalten: %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::HostNetworkView</name>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <source>Network - %1</source>
        <translation>Netzwerk - %1</translation>
    </message>
    <message>
        <source>Network processing of %1</source>
        <translation>Netzwerkverarbeitung von %1</translation>
    </message>
    <message>
        <source>Virtual machines: offered and delivered throughput</source>
        <translation>Virtuelle Computer: angebotener und zugestellter Durchsatz</translation>
    </message>
    <message>
        <source>%1: the charts show the last samples received.</source>
        <translation>%1: Die Diagramme zeigen die zuletzt empfangenen Messwerte.</translation>
    </message>
    <message>
        <source>This connection does not report per-core network processing (%1).</source>
        <translation>Diese Verbindung meldet keine Netzwerkverarbeitung pro Kern (%1).</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Aktualisierung:</translation>
    </message>
    <message>
        <source>Refresh rate</source>
        <translation>Aktualisierungsrate</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Verlauf:</translation>
    </message>
    <message>
        <source>History length</source>
        <translation>Verlaufsdauer</translation>
    </message>
    <message>
        <source>60 s</source>
        <translation>60 s</translation>
    </message>
    <message>
        <source>2 min</source>
        <translation>2 min</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Freeze the charts to read them (Pause)</source>
        <translation>Diagramme einfrieren, um sie abzulesen (Pause)</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>Als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <source>Save this view as an image (Ctrl+S)</source>
        <translation>Diese Ansicht als Bild speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Save the per-core history as CSV (Ctrl+Shift+S)</source>
        <translation>Verlauf pro Kern als CSV speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;NIC:</source>
        <translation>&amp;NIC:</translation>
    </message>
    <message>
        <source>Physical network adapter</source>
        <translation>Physische Netzwerkkarte</translation>
    </message>
    <message>
        <source>Receive &amp;scaling:</source>
        <translation>&amp;Empfangsskalierung:</translation>
    </message>
    <message>
        <source>Receive scaling of the network adapter</source>
        <translation>Empfangsskalierung der Netzwerkkarte</translation>
    </message>
    <message>
        <source>RSS and VMQ off</source>
        <translation>RSS und VMQ aus</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Static VMQ</source>
        <translation>Statische VMQ</translation>
    </message>
    <message>
        <source>Dynamic VMQ</source>
        <translation>Dynamische VMQ</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Paused: the charts stand still. Hover over them to read values.</source>
        <translation>Angehalten: Die Diagramme stehen still. Zeigen Sie mit der Maus darauf, um Werte abzulesen.</translation>
    </message>
    <message>
        <source>RSS and VMQ are mutually exclusive on one network adapter. Dynamic VMQ moves queues off busy cores by itself; static VMQ does not.</source>
        <translation>RSS und VMQ schließen sich auf einer Netzwerkkarte gegenseitig aus. Dynamische VMQ verlagert Warteschlangen selbstständig von ausgelasteten Kernen weg; statische VMQ tut das nicht.</translation>
    </message>
    <message>
        <source>Not available: this connection does not support %1.</source>
        <translation>Nicht verfügbar: Diese Verbindung unterstützt %1 nicht.</translation>
    </message>
    <message>
        <source>%1, %2 Gbps</source>
        <translation>%1, %2 Gbps</translation>
    </message>
    <message>
        <source>Host %1 is not available.</source>
        <translation>Host %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 logical processors</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 logische Prozessoren</translation>
    </message>
    <message>
        <source> (hyper-threaded pairs)</source>
        <translation> (Hyperthreading-Paare)</translation>
    </message>
    <message>
        <source>dynamic VMQ</source>
        <translation>dynamische VMQ</translation>
    </message>
    <message>
        <source>static VMQ</source>
        <translation>statische VMQ</translation>
    </message>
    <message>
        <source>RSS and VMQ off: all receive work on CPU %1</source>
        <translation>RSS und VMQ aus: gesamte Empfangsarbeit auf CPU %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GbE): %4</source>
        <translation>%1 (%2, %3 GbE): %4</translation>
    </message>
    <message>
        <source>received %1 of %2 offered</source>
        <translation>%1 von %2 angebotenen empfangen</translation>
    </message>
    <message>
        <source>busiest CPU %1 at %2 %</source>
        <translation>am stärksten ausgelastete CPU %1 bei %2 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;drops: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02020&apos;&gt;Verworfen: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>waiting for the first sample</source>
        <translation>Warten auf den ersten Messwert</translation>
    </message>
    <message>
        <source>Use &amp;SR-IOV</source>
        <translation>&amp;SR-IOV verwenden</translation>
    </message>
    <message>
        <source>Receive by DMA into the guest: no host core touches the packets.</source>
        <translation>Empfang per DMA direkt in den Gast: Kein Hostkern berührt die Pakete.</translation>
    </message>
    <message>
        <source>Use &amp;VMQ</source>
        <translation>&amp;VMQ verwenden</translation>
    </message>
    <message>
        <source>A VM queue of its own on one core; queues are handed out first come, first served.</source>
        <translation>Eine eigene VM-Warteschlange auf einem Kern; Warteschlangen werden in der Reihenfolge der Anforderung vergeben.</translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; completed.</source>
        <translation>%1 &apos;%2&apos; abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;...</source>
        <translation>%1 &apos;%2&apos;...</translation>
    </message>
    <message>
        <source>Could not write the image &apos;%1&apos;.</source>
        <translation>Das Bild &apos;%1&apos; konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Ordner aus, für den Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Export network view as PNG</source>
        <translation>Netzwerkansicht als PNG exportieren</translation>
    </message>
    <message>
        <source>%1-network.png</source>
        <translation>%1-network.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Export per-core history as CSV</source>
        <translation>Verlauf pro Kern als CSV exportieren</translation>
    </message>
    <message>
        <source>%1-cores.csv</source>
        <translation>%1-cores.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>1 queue</source>
        <translation>1 Warteschlange</translation>
    </message>
    <message numerus="yes">
        <source>%n queues</source>
        <translation>
            <numerusform>%n Warteschlange</numerusform>
            <numerusform>%n Warteschlangen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, CPUs from %3</source>
        <translation>%1, %2, CPUs ab %3</translation>
    </message>
    <message>
        <source>RSS over 1 CPU from CPU %1</source>
        <translation>RSS über 1 CPU ab CPU %1</translation>
    </message>
    <message numerus="yes">
        <source>RSS over %n CPUs from CPU %1</source>
        <translation>
            <numerusform>RSS über %n CPU ab CPU %1</numerusform>
            <numerusform>RSS über %n CPUs ab CPU %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 VM on SR-IOV</source>
        <translation>1 VM mit SR-IOV</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs on SR-IOV</source>
        <translation>
            <numerusform>%n VM mit SR-IOV</numerusform>
            <numerusform>%n VMs mit SR-IOV</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>%1: its network on switch &apos;%2&apos; is interrupted while the adapter restarts.</source>
        <translation>%1: Sein Netzwerk am Switch „%2“ ist unterbrochen, während die Netzwerkkarte neu startet.</translation>
    </message>
    <message>
        <source>Change Receive Scaling</source>
        <translation>Empfangsskalierung ändern</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; on %2 to %3? The network adapter restarts: its link is down for a few seconds.</source>
        <translation>Empfangsskalierung von „%1“ auf %2 auf %3 umstellen? Die Netzwerkkarte wird neu gestartet: Ihre Verbindung ist einige Sekunden lang getrennt.</translation>
    </message>
    <message>
        <source>No running virtual machine uses a switch on &apos;%1&apos;.</source>
        <translation>Kein ausgeführter virtueller Computer verwendet einen Switch an „%1“.</translation>
    </message>
    <message>
        <source>Restart Adapter</source>
        <translation>Netzwerkkarte neu starten</translation>
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
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbindung wird hergestellt...</translation>
    </message>
    <message>
        <source>Connecting... %1 s left</source>
        <translation>Verbindung wird hergestellt... noch %1 s</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>a server&apos;s name - its connection state</comment>
        <translation>%1 - %2</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationReportModel</name>
    <message>
        <source>None of the %1 VMs needs an update.</source>
        <translation>Keiner der %1 virtuellen Computer benötigt ein Update.</translation>
    </message>
    <message>
        <source>%1 of %2 VMs need an update on 1 host.</source>
        <translation>%1 von %2 virtuellen Computern benötigen ein Update auf 1 Host.</translation>
    </message>
    <message>
        <source>%1 of %2 VMs need an update on %3 hosts.</source>
        <translation>%1 von %2 virtuellen Computern benötigen ein Update auf %3 Hosts.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a restart</source>
        <translation>
            <numerusform>%n wartet auf einen Neustart</numerusform>
            <numerusform>%n warten auf einen Neustart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer than the host</source>
        <translation>
            <numerusform>%n neuer als der Host</numerusform>
            <numerusform>%n neuer als der Host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without integration services</source>
        <translation>
            <numerusform>%n ohne Integrationsdienste</numerusform>
            <numerusform>%n ohne Integrationsdienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2 installed, active after a restart)</source>
        <translation>%1 (%2 installiert, aktiv nach einem Neustart)</translation>
    </message>
    <message>
        <source>%1 (%2 services)</source>
        <translation>%1 (%2 Dienste)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Guest Version</source>
        <translation>Gastversion</translation>
    </message>
    <message>
        <source>Host Version</source>
        <translation>Hostversion</translation>
    </message>
    <message>
        <source>Integration Services</source>
        <translation>Integrationsdienste</translation>
    </message>
    <message>
        <source>Services with Problems</source>
        <translation>Dienste mit Problemen</translation>
    </message>
    <message>
        <source>Config. Version</source>
        <translation>Konfig.-Version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationReportWindow</name>
    <message>
        <source>Integration Services Report - hvdesk</source>
        <translation>Bericht zu Integrationsdiensten - hvdesk</translation>
    </message>
    <message>
        <source>Show virtual machines by verdict</source>
        <translation>Virtuelle Computer nach Bewertung anzeigen</translation>
    </message>
    <message>
        <source>All virtual machines</source>
        <translation>Alle virtuellen Computer</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Filter by host, cluster or virtual machine</source>
        <translation>Nach Host, Cluster oder virtuellem Computer filtern</translation>
    </message>
    <message>
        <source>Filter by host, cluster or VM name</source>
        <translation>Nach Host, Cluster oder VM-Name filtern</translation>
    </message>
    <message>
        <source>Integration services of every virtual machine</source>
        <translation>Integrationsdienste jedes virtuellen Computers</translation>
    </message>
    <message>
        <source>&amp;Insert Setup Disk into Selected...</source>
        <translation>Setupdatenträger in ausgewählte VMs &amp;einlegen...</translation>
    </message>
    <message>
        <source>Upgrade the integration services of the selected virtual machines, a few at a time</source>
        <translation>Integrationsdienste der ausgewählten virtuellen Computer aktualisieren, jeweils einige gleichzeitig</translation>
    </message>
    <message>
        <source>Show Host &amp;Events</source>
        <translation>&amp;Hostereignisse anzeigen</translation>
    </message>
    <message>
        <source>The Hyper-V-Integration warnings of the selected virtual machine&apos;s host</source>
        <translation>Die Hyper-V-Integration-Warnungen des Hosts des ausgewählten virtuellen Computers</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the selected rows (or every shown row) as a CSV file</source>
        <translation>Ausgewählte Zeilen (oder alle angezeigten Zeilen) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Show the events of host</source>
        <translation>Ereignisse des Hosts anzeigen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Hyper-V-Integration events</source>
        <translation>Hyper-V-Integration-Ereignisse</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>What each host logs in Applications and Services Logs &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration for guests older than itself, gathered for every host.</source>
        <translation>Was jeder Host unter Anwendungs- und Dienstprotokolle &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration für Gäste protokolliert, die älter sind als er selbst, gesammelt für alle Hosts.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>Log: Applications and Services Logs &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration
Event ID: %1    Level: %2    Computer: %3

%4</source>
        <translation>Protokoll: Anwendungs- und Dienstprotokolle &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration
Ereignis-ID: %1    Ebene: %2    Computer: %3

%4</translation>
    </message>
    <message>
        <source>&amp;Virtual Machines</source>
        <translation>&amp;Virtuelle Computer</translation>
    </message>
    <message>
        <source>Hyper-V-Integration E&amp;vents</source>
        <translation>Hyper-V-Integration-E&amp;reignisse</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Hosts and how they update guests: %1.</source>
        <translation>Hosts und wie sie Gäste aktualisieren: %1.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hyper-V-Integration E&amp;vents (%1)</source>
        <translation>Hyper-V-Integration-E&amp;reignisse (%1)</translation>
    </message>
    <message>
        <source>No host logs a warning: every running guest is at least as new as its host.</source>
        <translation>Kein Host protokolliert eine Warnung: Jeder laufende Gast ist mindestens so aktuell wie sein Host.</translation>
    </message>
    <message>
        <source>%1 logs no warning: its running guests are at least as new as the host.</source>
        <translation>%1 protokolliert keine Warnung: Seine laufenden Gäste sind mindestens so aktuell wie der Host.</translation>
    </message>
    <message>
        <source>No virtual machine is shown: change the filter and export again.</source>
        <translation>Es wird kein virtueller Computer angezeigt: Ändern Sie den Filter, und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose another file.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2. Wählen Sie eine andere Datei aus.</translation>
    </message>
    <message>
        <source>Exported %1 virtual machines to %2.</source>
        <translation>%1 virtuelle Computer wurden nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export Integration Services Report</source>
        <translation>Bericht zu Integrationsdiensten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationServicesPage</name>
    <message>
        <source>Integration Services</source>
        <translation>Integrationsdienste</translation>
    </message>
    <message>
        <source>Select the services that you want Hyper-V to offer to this virtual machine. To use the services you select, they must be supported by the guest operating system.</source>
        <translation>Wählen Sie die Dienste aus, die Hyper-V für diesen virtuellen Computer bereitstellen soll. Die ausgewählten Dienste müssen vom Gastbetriebssystem unterstützt werden, damit Sie sie verwenden können.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>%1 (the guest&apos;s component is older than the host&apos;s)</source>
        <translation>%1 (die Komponente des Gasts ist älter als die des Hosts)</translation>
    </message>
    <message>
        <source>Integration services are not installed in the guest, or it has not reported a version.</source>
        <translation>Im Gast sind keine Integrationsdienste installiert, oder er hat keine Version gemeldet.</translation>
    </message>
    <message>
        <source>The guest&apos;s integration services are older than the host&apos;s: an upgrade is needed (Action &gt; Insert Integration Services Setup Disk).</source>
        <translation>Die Integrationsdienste des Gasts sind älter als die des Hosts: Ein Upgrade ist erforderlich (Aktion &gt; Setupdatenträger für Integrationsdienste einlegen).</translation>
    </message>
    <message>
        <source>The guest&apos;s integration services are current.</source>
        <translation>Die Integrationsdienste des Gasts sind aktuell.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest version:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Host version:&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Gastversion:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Hostversion:&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>&lt;b&gt;QEMU guest agent:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;QEMU-Gast-Agent:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationUpgrades</name>
    <message>
        <source>%1: the connection to its host is not available.</source>
        <translation>%1: Die Verbindung zu seinem Host ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1: %2 is not available on this connection.</source>
        <translation>%1: %2 ist über diese Verbindung nicht verfügbar.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup &amp;Disk...</source>
        <translation>Setupdatenträger für Integrationsdienste &amp;einlegen...</translation>
    </message>
    <message>
        <source>Upgrade Configuration &amp;Version...</source>
        <translation>Konfigurations&amp;version aktualisieren...</translation>
    </message>
    <message>
        <source>Upgrade the integration services of the selected virtual machines to their host&apos;s version</source>
        <translation>Integrationsdienste der ausgewählten virtuellen Computer auf die Version ihres Hosts aktualisieren</translation>
    </message>
    <message>
        <source>Insert Setup Disk...</source>
        <translation>Setupdatenträger einlegen...</translation>
    </message>
    <message>
        <source>Upgrade Config. Version...</source>
        <translation>Konfig.-Version aktualisieren...</translation>
    </message>
    <message>
        <source>Raise the configuration version of the selected virtual machines to their host&apos;s highest (one way)</source>
        <translation>Konfigurationsversion der ausgewählten virtuellen Computer auf die höchste Version ihres Hosts anheben (nicht umkehrbar)</translation>
    </message>
    <message>
        <source>%1 on %2: installed %3, offered %4</source>
        <translation>%1 auf %2: installiert %3, angeboten %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No virtual machine is selected.</source>
        <translation>Es ist kein virtueller Computer ausgewählt.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk into &apos;%1&apos; and upgrade its integration services? The virtual machine must restart afterwards to finish.</source>
        <translation>Setupdatenträger für Integrationsdienste in &apos;%1&apos; einlegen und die Integrationsdienste aktualisieren? Der virtuelle Computer muss anschließend neu gestartet werden, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk into %1 virtual machines and upgrade their integration services? Setup runs in up to %2 guests at a time; each must restart afterwards to finish.</source>
        <translation>Setupdatenträger für Integrationsdienste in %1 virtuelle Computer einlegen und deren Integrationsdienste aktualisieren? Das Setup wird in bis zu %2 Gästen gleichzeitig ausgeführt; jeder muss anschließend neu gestartet werden, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste einlegen</translation>
    </message>
    <message>
        <source>&amp;Insert and Upgrade</source>
        <translation>&amp;Einlegen und aktualisieren</translation>
    </message>
    <message>
        <source>%1 on %2: %3 to %4</source>
        <translation>%1 auf %2: von %3 auf %4</translation>
    </message>
    <message>
        <source>This cannot be undone: an upgraded virtual machine no longer runs on hosts that support only its current version.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Ein aktualisierter virtueller Computer kann nicht mehr auf Hosts ausgeführt werden, die nur seine aktuelle Version unterstützen.</translation>
    </message>
    <message>
        <source>Upgrade the configuration version of &apos;%1&apos;?</source>
        <translation>Konfigurationsversion von &apos;%1&apos; aktualisieren?</translation>
    </message>
    <message>
        <source>Upgrade the configuration version of %1 virtual machines?</source>
        <translation>Konfigurationsversion von %1 virtuellen Computern aktualisieren?</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Konfigurationsversion aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 &apos;%2&apos; fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3.</source>
        <translation>%1 &apos;%2&apos;: %3.</translation>
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
    <name>hvdesk::LocationsPage</name>
    <message>
        <source>Choose a New Location</source>
        <translation>Neuen Speicherort auswählen</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Destination of each item</source>
        <translation>Ziel der einzelnen Elemente</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>Aktueller Speicherort</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Neuer Speicherort</translation>
    </message>
    <message>
        <source>Volumes of the destination</source>
        <translation>Volumes des Ziels</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Needed here</source>
        <translation>Hier benötigt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Volumes of the destination:</source>
        <translation>Volumes des Ziels:</translation>
    </message>
    <message>
        <source>Type where each item goes on %1.</source>
        <translation>Geben Sie ein, wohin die einzelnen Elemente auf %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Choose the folder on %1 for the virtual machine&apos;s files.</source>
        <translation>Wählen Sie den Ordner auf %1 für die Dateien des virtuellen Computers aus.</translation>
    </message>
    <message>
        <source>Each virtual machine goes into a folder named after it under this one.</source>
        <translation>Jeder virtuelle Computer wird in einem nach ihm benannten Unterordner dieses Ordners abgelegt.</translation>
    </message>
    <message>
        <source>The virtual hard disks go into &apos;Virtual Hard Disks&apos; and checkpoints into &apos;Snapshots&apos; under this folder.</source>
        <translation>Die virtuellen Festplatten werden unter diesem Ordner in &apos;Virtual Hard Disks&apos; und die Prüfpunkte in &apos;Snapshots&apos; abgelegt.</translation>
    </message>
    <message>
        <source>Cluster Shared Volume</source>
        <translation>Freigegebenes Clustervolume</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
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
    <message>
        <source>&amp;Integration Services Report...</source>
        <translation>&amp;Bericht zu Integrationsdiensten...</translation>
    </message>
    <message>
        <source>Integration services versions of every virtual machine on every connected host</source>
        <translation>Versionen der Integrationsdienste aller virtuellen Computer auf allen verbundenen Hosts</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Open the settings of the selected virtual machine: network adapters, hardware acceleration, integration services</source>
        <translation>Einstellungen des ausgewählten virtuellen Computers öffnen: Netzwerkkarten, Hardwarebeschleunigung, Integrationsdienste</translation>
    </message>
    <message>
        <source>&amp;Network View</source>
        <translation>&amp;Netzwerkansicht</translation>
    </message>
    <message>
        <source>Show how the selected host spreads receive work over its processors, live</source>
        <translation>Live anzeigen, wie der ausgewählte Host die Empfangsarbeit auf seine Prozessoren verteilt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Select a host to see its network processing.</source>
        <translation>Wählen Sie einen Host aus, um seine Netzwerkverarbeitung anzuzeigen.</translation>
    </message>
    <message>
        <source>Show per-core network processing of %1 (Ctrl+Shift+N)</source>
        <translation>Netzwerkverarbeitung pro Kern von %1 anzeigen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Not available: this connection does not report %1.</source>
        <translation>Nicht verfügbar: Diese Verbindung meldet %1 nicht.</translation>
    </message>
    <message>
        <source>Select one virtual machine to open its settings.</source>
        <translation>Wählen Sie einen einzelnen virtuellen Computer aus, um seine Einstellungen zu öffnen.</translation>
    </message>
    <message>
        <source>The virtual machine is no longer available.</source>
        <translation>Der virtuelle Computer ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>This connection offers no settings to change: %1.</source>
        <translation>Diese Verbindung bietet keine änderbaren Einstellungen: %1.</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates...</source>
        <translation>&amp;Vertrauenswürdige Zertifikate...</translation>
    </message>
    <message>
        <source>The remote hosts&apos; certificates you trusted; remove one that changed</source>
        <translation>Die Zertifikate der Remotehosts, denen Sie vertraut haben; entfernen Sie eines, das sich geändert hat</translation>
    </message>
    <message>
        <source>Protocol &amp;Log</source>
        <translation>&amp;Protokollmitschnitt</translation>
    </message>
    <message>
        <source>Every WS-Management request and response of the remote connections, with timings</source>
        <translation>Jede WS-Management-Anforderung und -Antwort der Remoteverbindungen, mit Zeitangaben</translation>
    </message>
    <message>
        <source>&amp;Ask Again Before Every Action</source>
        <translation>Vor jeder Aktion erneut &amp;fragen</translation>
    </message>
    <message>
        <source>Ask again before the actions you chose &quot;Don&apos;t ask me again&quot; for</source>
        <translation>Vor den Aktionen, für die Sie „Nicht mehr fragen“ gewählt haben, wieder nachfragen</translation>
    </message>
    <message>
        <source>hvdesk asks again before every action that needs confirming.</source>
        <translation>hvdesk fragt vor jeder Aktion, die eine Bestätigung erfordert, wieder nach.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Connect again to the servers that failed or were lost</source>
        <translation>Erneut mit den Servern verbinden, deren Verbindung fehlgeschlagen ist oder verloren ging</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>1 Auftrag wird ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs running</source>
        <translation>
            <numerusform>%n Auftrag wird ausgeführt</numerusform>
            <numerusform>%n Aufträge werden ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbindung mit %1 verloren: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>Connecting to %1... %2 s left</source>
        <translation>Verbindung mit %1 wird hergestellt... noch %2 s</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveActions</name>
    <message>
        <source>Mo&amp;ve...</source>
        <translation>&amp;Verschieben...</translation>
    </message>
    <message>
        <source>Hyper-&amp;V Settings...</source>
        <translation>Hyper-&amp;V-Einstellungen...</translation>
    </message>
    <message>
        <source>Move the selected virtual machines to another host, or their storage to other folders</source>
        <translation>Die ausgewählten virtuellen Computer auf einen anderen Host oder ihren Speicher in andere Ordner verschieben</translation>
    </message>
    <message>
        <source>Live and storage migration settings of the selected host</source>
        <translation>Einstellungen für Live- und Speichermigration des ausgewählten Hosts</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>Wählen Sie einen oder mehrere virtuelle Computer aus.</translation>
    </message>
    <message>
        <source>The connection of a selected virtual machine is closed.</source>
        <translation>Die Verbindung eines ausgewählten virtuellen Computers ist geschlossen.</translation>
    </message>
    <message>
        <source>The selected virtual machines are on different connections: moves between connections are not supported; select virtual machines of one connection.</source>
        <translation>Die ausgewählten virtuellen Computer befinden sich auf verschiedenen Verbindungen: Verschiebungen zwischen Verbindungen werden nicht unterstützt. Wählen Sie virtuelle Computer einer einzigen Verbindung aus.</translation>
    </message>
    <message>
        <source>The connection to the host is not available.</source>
        <translation>Die Verbindung zum Host ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>This connection does not move virtual machines.</source>
        <translation>Diese Verbindung unterstützt das Verschieben virtueller Computer nicht.</translation>
    </message>
    <message>
        <source>A selected virtual machine no longer exists.</source>
        <translation>Ein ausgewählter virtueller Computer ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: wait until it has finished.</source>
        <translation>&apos;%1&apos; ist %2: Warten Sie, bis der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Select a host in the Servers list.</source>
        <translation>Wählen Sie in der Serverliste einen Host aus.</translation>
    </message>
    <message>
        <source>This connection cannot change a host&apos;s migration settings.</source>
        <translation>Diese Verbindung kann die Migrationseinstellungen eines Hosts nicht ändern.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveOptionsPage</name>
    <message>
        <source>Move the virtual machine&apos;s data to a &amp;single location</source>
        <translation>Daten des virtuellen Computers an einen &amp;einzelnen Speicherort verschieben</translation>
    </message>
    <message>
        <source>Move the virtual machine&apos;s data by selecting &amp;where to move the items</source>
        <translation>Daten des virtuellen Computers durch Auswahl des &amp;Ziels für die Elemente verschieben</translation>
    </message>
    <message>
        <source>Move &amp;only the virtual machine</source>
        <translation>&amp;Nur den virtuellen Computer verschieben</translation>
    </message>
    <message>
        <source>Choose Move Options</source>
        <translation>Verschiebungsoptionen auswählen</translation>
    </message>
    <message>
        <source>Choose where the virtual machine&apos;s files go on %1.</source>
        <translation>Wählen Sie aus, wohin die Dateien des virtuellen Computers auf %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Choose where the virtual machine&apos;s files go on %1; it keeps running.</source>
        <translation>Wählen Sie aus, wohin die Dateien des virtuellen Computers auf %1 verschoben werden; er wird weiter ausgeführt.</translation>
    </message>
    <message>
        <source>Available when one virtual machine moves: several go to one location, each in a folder named after it.</source>
        <translation>Verfügbar, wenn ein einzelner virtueller Computer verschoben wird: Mehrere werden an einen Speicherort verschoben, jeder in einen nach ihm benannten Ordner.</translation>
    </message>
    <message>
        <source>A storage move moves files.</source>
        <translation>Eine Speicherverschiebung verschiebt Dateien.</translation>
    </message>
    <message>
        <source>This connection does not offer live migration of the running state alone.</source>
        <translation>Diese Verbindung bietet keine Livemigration nur des Ausführungszustands.</translation>
    </message>
    <message>
        <source>The files stay where they are: %1 sees the same storage.</source>
        <translation>Die Dateien bleiben, wo sie sind: %1 sieht denselben Speicher.</translation>
    </message>
    <message>
        <source>This connection copies each disk to the same path on %1, into the storage pool there; the files&apos; locations cannot be chosen.</source>
        <translation>Diese Verbindung kopiert jeden Datenträger in denselben Pfad auf %1, in den dortigen Speicherpool; die Speicherorte der Dateien können nicht gewählt werden.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveTypePage</name>
    <message>
        <source>Move the &amp;virtual machine</source>
        <translation>&amp;Virtuellen Computer verschieben</translation>
    </message>
    <message>
        <source>Move the virtual machine&apos;s &amp;storage</source>
        <translation>&amp;Speicher des virtuellen Computers verschieben</translation>
    </message>
    <message>
        <source>Choose Move Type</source>
        <translation>Verschiebungstyp auswählen</translation>
    </message>
    <message>
        <source>What do you want to move?</source>
        <translation>Was möchten Sie verschieben?</translation>
    </message>
    <message>
        <source>Moves the virtual machine and, unless its files are on storage both hosts share, its storage to another Hyper-V host.</source>
        <translation>Verschiebt den virtuellen Computer und – sofern sich seine Dateien nicht auf einem von beiden Hosts gemeinsam genutzten Speicher befinden – seinen Speicher auf einen anderen Hyper-V-Host.</translation>
    </message>
    <message>
        <source>Moves the virtual machine&apos;s files to other folders of the same host; the virtual machine keeps running.</source>
        <translation>Verschiebt die Dateien des virtuellen Computers in andere Ordner desselben Hosts; der virtuelle Computer wird weiter ausgeführt.</translation>
    </message>
    <message>
        <source>This connection does not offer live migration.</source>
        <translation>Diese Verbindung bietet keine Livemigration.</translation>
    </message>
    <message>
        <source>This connection does not offer storage migration.</source>
        <translation>Diese Verbindung bietet keine Speichermigration.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveWizard</name>
    <message numerus="yes">
        <source>Move %n Virtual Machines</source>
        <translation>
            <numerusform>%n virtuellen Computer verschieben</numerusform>
            <numerusform>%n virtuelle Computer verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; Wizard</source>
        <translation>Assistent zum Verschieben von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Before You Begin</source>
        <translation>Vorbemerkungen</translation>
    </message>
    <message>
        <source>This wizard helps you move virtual machines, or their storage, to where you choose.&lt;p&gt;&lt;b&gt;Move the virtual machine&lt;/b&gt; moves it to another Hyper-V host: a live migration when its files are on storage both hosts share, a shared-nothing live migration that copies the storage first otherwise. A running virtual machine keeps running.&lt;p&gt;&lt;b&gt;Move the virtual machine&apos;s storage&lt;/b&gt; moves its disks, configuration, checkpoints and smart paging file to other folders of the same host while it keeps running.&lt;p&gt;Before anything starts, the wizard checks the destination and offers a fix for each problem it finds. Moves beyond a host&apos;s limit of simultaneous migrations wait in the Jobs panel (Ctrl+J) until a slot frees.</source>
        <translation>Mit diesem Assistenten können Sie virtuelle Computer oder deren Speicher an einen Ort Ihrer Wahl verschieben.&lt;p&gt;&lt;b&gt;Virtuellen Computer verschieben&lt;/b&gt; verschiebt ihn auf einen anderen Hyper-V-Host: als Livemigration, wenn sich seine Dateien auf einem von beiden Hosts gemeinsam genutzten Speicher befinden, andernfalls als Livemigration ohne gemeinsamen Speicher, bei der zuerst der Speicher kopiert wird. Ein laufender virtueller Computer wird weiter ausgeführt.&lt;p&gt;&lt;b&gt;Speicher des virtuellen Computers verschieben&lt;/b&gt; verschiebt seine Datenträger, seine Konfiguration, seine Prüfpunkte und seine Smart Paging-Datei in andere Ordner desselben Hosts, während er weiter ausgeführt wird.&lt;p&gt;Bevor etwas gestartet wird, überprüft der Assistent das Ziel und bietet für jedes gefundene Problem eine Lösung an. Verschiebungen, die das Limit eines Hosts für gleichzeitige Migrationen überschreiten, warten im Bereich „Aufträge“ (Strg+J), bis ein Platz frei wird.</translation>
    </message>
</context>
<context>
    <name>hvdesk::NetworkAdapterPage</name>
    <message>
        <source>%L1 Mbps</source>
        <translation>%L1 Mbps</translation>
    </message>
    <message>
        <source>&amp;Enable virtual LAN identification</source>
        <translation>&amp;Identifikation virtueller LANs aktivieren</translation>
    </message>
    <message>
        <source>Enable &amp;bandwidth management</source>
        <translation>&amp;Bandbreitenverwaltung aktivieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Specify the configuration of the network adapter or remove the network adapter.</source>
        <translation>Geben Sie die Konfiguration der Netzwerkkarte an, oder entfernen Sie die Netzwerkkarte.</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtueller Switch</translation>
    </message>
    <message>
        <source>&amp;Virtual switch:</source>
        <translation>&amp;Virtueller Switch:</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Enable virtual LAN identification</source>
        <translation>Identifikation virtueller LANs aktivieren</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN-ID</translation>
    </message>
    <message>
        <source>The VLAN identifier specifies the virtual LAN that this virtual machine will use for all network communications through this network adapter.</source>
        <translation>Die VLAN-ID gibt das virtuelle LAN an, das dieser virtuelle Computer für die gesamte Netzwerkkommunikation über diese Netzwerkkarte verwendet.</translation>
    </message>
    <message>
        <source>VLAN &amp;ID:</source>
        <translation>VLAN-&amp;ID:</translation>
    </message>
    <message>
        <source>Bandwidth Management</source>
        <translation>Bandbreitenverwaltung</translation>
    </message>
    <message>
        <source>Enable bandwidth management</source>
        <translation>Bandbreitenverwaltung aktivieren</translation>
    </message>
    <message>
        <source>Minimum bandwidth</source>
        <translation>Minimale Bandbreite</translation>
    </message>
    <message>
        <source>Maximum bandwidth in Mbps</source>
        <translation>Maximale Bandbreite in Mbps</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Mi&amp;nimum bandwidth:</source>
        <translation>Mi&amp;nimale Bandbreite:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum bandwidth:</source>
        <translation>Ma&amp;ximale Bandbreite:</translation>
    </message>
    <message>
        <source>Specify how this network adapter utilizes network bandwidth. To leave the minimum or maximum unrestricted, specify 0.</source>
        <translation>Geben Sie an, wie diese Netzwerkkarte die Netzwerkbandbreite nutzt. Geben Sie 0 an, um den Mindest- oder Höchstwert nicht zu begrenzen.</translation>
    </message>
    <message>
        <source>Remove network adapter</source>
        <translation>Netzwerkkarte entfernen</translation>
    </message>
    <message>
        <source>To remove the network adapter from this virtual machine, click Remove.</source>
        <translation>Klicken Sie auf „Entfernen“, um die Netzwerkkarte von diesem virtuellen Computer zu entfernen.</translation>
    </message>
    <message>
        <source>Minimum bandwidth in Mbps</source>
        <translation>Minimale Bandbreite in Mbps</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; reserves bandwidth in Mbps (absolute mode).</source>
        <translation>Der Switch &apos;%1&apos; reserviert Bandbreite in Mbps (absoluter Modus).</translation>
    </message>
    <message>
        <source>Minimum bandwidth weight</source>
        <translation>Gewichtung der minimalen Bandbreite</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; reserves bandwidth by relative weight, not in Mbps.</source>
        <translation>Der Switch &apos;%1&apos; reserviert Bandbreite nach relativer Gewichtung, nicht in Mbps.</translation>
    </message>
    <message>
        <source>VLAN ID: enter the VLAN this adapter uses.</source>
        <translation>VLAN-ID: Geben Sie das VLAN ein, das diese Netzwerkkarte verwendet.</translation>
    </message>
    <message>
        <source>Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.</source>
        <translation>Geben Sie eine VLAN-ID von %1 bis %2 ein, oder deaktivieren Sie die Identifikation virtueller LANs.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>bound to %1 (%2)</source>
        <translation>gebunden an %1 (%2)</translation>
    </message>
    <message>
        <source>created with SR-IOV</source>
        <translation>mit SR-IOV erstellt</translation>
    </message>
    <message>
        <source>without SR-IOV</source>
        <translation>ohne SR-IOV</translation>
    </message>
    <message>
        <source>bandwidth reservation: %1</source>
        <translation>Bandbreitenreservierung: %1</translation>
    </message>
    <message>
        <source>The adapter is not connected to any network.</source>
        <translation>Die Netzwerkkarte ist mit keinem Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>The host has no switch named &apos;%1&apos;.</source>
        <translation>Der Host hat keinen Switch namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reserved on &apos;%1&apos; by other adapters: %2 of %3; %4 left for this adapter.</source>
        <translation>Auf &apos;%1&apos; von anderen Netzwerkkarten reserviert: %2 von %3; %4 für diese Netzwerkkarte verfügbar.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; IP addresses: %1</source>
        <translation>; IP-Adressen: %1</translation>
    </message>
    <message>
        <source>Status: not yet added; the adapter is created when you apply.</source>
        <translation>Status: noch nicht hinzugefügt; die Netzwerkkarte wird beim Übernehmen erstellt.</translation>
    </message>
    <message>
        <source>Network adapters can only be removed while the virtual machine is off (it is %1).</source>
        <translation>Netzwerkkarten können nur entfernt werden, während der virtuelle Computer ausgeschaltet ist (aktueller Zustand: %1).</translation>
    </message>
    <message>
        <source>Maximum bandwidth</source>
        <translation>Maximale Bandbreite</translation>
    </message>
    <message>
        <source>0 means no limit</source>
        <translation>0 bedeutet keine Begrenzung</translation>
    </message>
    <message>
        <source>Mbps (0: no limit)</source>
        <translation>Mbps (0: keine Begrenzung)</translation>
    </message>
    <message>
        <source>0 means no reservation</source>
        <translation>0 bedeutet keine Reservierung</translation>
    </message>
    <message>
        <source>weight (0-100, 0: none)</source>
        <translation>Gewichtung (0-100, 0: keine)</translation>
    </message>
</context>
<context>
    <name>hvdesk::NetworkFlowModel</name>
    <message>
        <source>%1 Gbps</source>
        <translation>%1 Gbps</translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <source>%1 security associations offloaded to the NIC, %2 handled in the guest. IPsec task offload is deprecated in newer Windows versions.</source>
        <translation>%1 Sicherheitszuordnungen an die NIC abgeladen, %2 im Gast verarbeitet. Die IPsec-Taskabladung ist in neueren Windows-Versionen veraltet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 pkt/s</source>
        <translation>%1 Pkt./s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>offloaded (%1 SA)</source>
        <translation>abgeladen (%1 SA)</translation>
    </message>
    <message>
        <source>guest CPU %1 %</source>
        <translation>Gast-CPU %1 %</translation>
    </message>
    <message>
        <source>Host core time its receive work costs, in % of one core (RSS spreads it over several)</source>
        <translation>Hostkernzeit, die seine Empfangsarbeit kostet, in % eines Kerns (RSS verteilt sie auf mehrere)</translation>
    </message>
    <message>
        <source>Received packets lost per second, before they reached the guest</source>
        <translation>Pro Sekunde verlorene empfangene Pakete, bevor sie den Gast erreicht haben</translation>
    </message>
    <message>
        <source>SR-IOV: DMA into the guest. VMQ: its own queue on one core. RSS: spread. Default queue: shared.</source>
        <translation>SR-IOV: DMA in den Gast. VMQ: eigene Warteschlange auf einem Kern. RSS: verteilt. Standardwarteschlange: gemeinsam genutzt.</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtueller Computer</translation>
    </message>
    <message>
        <source>Receive path</source>
        <translation>Empfangspfad</translation>
    </message>
    <message>
        <source>Offered in</source>
        <translation>Eingehend angeboten</translation>
    </message>
    <message>
        <source>Delivered in</source>
        <translation>Eingehend zugestellt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Drop cause</source>
        <translation>Verwerfungsursache</translation>
    </message>
    <message>
        <source>Offered out</source>
        <translation>Ausgehend angeboten</translation>
    </message>
    <message>
        <source>Delivered out</source>
        <translation>Ausgehend zugestellt</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>Host-CPU</translation>
    </message>
    <message>
        <source>IPsec</source>
        <translation>IPsec</translation>
    </message>
</context>
<context>
    <name>hvdesk::NetworkHistory</name>
    <message>
        <source>The CSV file is not open for writing.</source>
        <translation>Die CSV-Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Wählen Sie eine Datei in einem Ordner aus, für den Sie Schreibrechte haben.</translation>
    </message>
    <message>
        <source>Writing the CSV file failed: %1.</source>
        <translation>Fehler beim Schreiben der CSV-Datei: %1.</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the folder.</source>
        <translation>Überprüfen Sie den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
</context>
<context>
    <name>hvdesk::NumberEdit</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>range, special value</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2 %3.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 %3 ein.</translation>
    </message>
    <message>
        <source>%1: no value is entered (the range is %2).</source>
        <translation>%1: Es wurde kein Wert eingegeben (gültiger Bereich: %2).</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (the range is %3).</source>
        <translation>%1: %2 liegt außerhalb des gültigen Bereichs (gültiger Bereich: %3).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number (the range is %3).</source>
        <translation>%1: „%2“ ist keine ganze Zahl (gültiger Bereich: %3).</translation>
    </message>
</context>
<context>
    <name>hvdesk::ProtocolLogDock</name>
    <message>
        <source>Protocol Log</source>
        <translation>Protokollmitschnitt</translation>
    </message>
    <message>
        <source>&amp;Enable logging</source>
        <translation>Protokollierung &amp;aktivieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
    <message>
        <source>Protocol calls</source>
        <translation>Protokollaufrufe</translation>
    </message>
    <message>
        <source>Filter the protocol log</source>
        <translation>Protokollmitschnitt filtern</translation>
    </message>
    <message>
        <source>Filter: operation, class, endpoint, status or error</source>
        <translation>Filter: Vorgang, Klasse, Endpunkt, Status oder Fehler</translation>
    </message>
    <message>
        <source>Records every WS-Management call while the Protocol Log is open. Passwords are never recorded: the Authorization header shows only its scheme.</source>
        <translation>Zeichnet jeden WS-Management-Aufruf auf, während der Protokollmitschnitt geöffnet ist. Kennwörter werden nie aufgezeichnet: Der Authorization-Header zeigt nur sein Schema.</translation>
    </message>
    <message>
        <source>Save the calls shown as XML (the envelopes as sent and received) or as text</source>
        <translation>Die angezeigten Aufrufe als XML (die Umschläge wie gesendet und empfangen) oder als Text speichern</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anforderungsheader</translation>
    </message>
    <message>
        <source>SOAP envelope, indented for reading (Copy takes it as sent)</source>
        <translation>SOAP-Umschlag, zum Lesen eingerückt (Kopieren übernimmt ihn wie gesendet)</translation>
    </message>
    <message>
        <source>SOAP envelope, indented for reading (Copy takes it as received)</source>
        <translation>SOAP-Umschlag, zum Lesen eingerückt (Kopieren übernimmt ihn wie empfangen)</translation>
    </message>
    <message>
        <source>1 call, %1 ms, %2</source>
        <translation>1 Aufruf, %1 ms, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 ms, %2</source>
        <translation>
            <numerusform>%n Aufruf, %1 ms, %2</numerusform>
            <numerusform>%n Aufrufe, %1 ms, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of %n recorded)</source>
        <translation>
            <numerusform> (von %n aufgezeichneten)</numerusform>
            <numerusform> (von %n aufgezeichneten)</numerusform>
        </translation>
    </message>
    <message>
        <source>. Logging is off.</source>
        <translation>. Die Protokollierung ist deaktiviert.</translation>
    </message>
    <message>
        <source>Select a call to see its request and response.</source>
        <translation>Wählen Sie einen Aufruf aus, um Anforderung und Antwort anzuzeigen.</translation>
    </message>
    <message>
        <source>Request: %1 %2, %3</source>
        <translation>Anforderung: %1 %2, %3</translation>
    </message>
    <message>
        <source>No response after %1 ms</source>
        <translation>Keine Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>Response: HTTP %1 after %2 ms, %3</source>
        <translation>Antwort: HTTP %1 nach %2 ms, %3</translation>
    </message>
    <message>
        <source>Could not save the protocol log to %1: %2.</source>
        <translation>Der Protokollmitschnitt konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>Save Protocol Log</source>
        <translation>Protokollmitschnitt speichern</translation>
    </message>
    <message>
        <source>XML: the envelopes as sent and received (*.xml);;Text (*.txt)</source>
        <translation>XML: die Umschläge wie gesendet und empfangen (*.xml);;Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>hvdesk::ProtocolLogModel</name>
    <message>
        <source>none</source>
        <comment>no HTTP response</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Request %1, response %2</source>
        <translation>Anforderung %1, Antwort %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
</context>
<context>
    <name>hvdesk::QueueMapWidget</name>
    <message>
        <source>%1k pkt/s</source>
        <translation>%1k Pkt./s</translation>
    </message>
    <message>
        <source>%1 pkt/s</source>
        <translation>%1 Pkt./s</translation>
    </message>
    <message>
        <source>Receive queues and the cores they are tied to</source>
        <translation>Empfangswarteschlangen und die Kerne, an die sie gebunden sind</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>%1 default queue  %2</source>
        <translation>%1 Standardwarteschlange  %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>RSS, spread</source>
        <translation>RSS, verteilt</translation>
    </message>
    <message>
        <source>SR-IOV, no host CPU</source>
        <translation>SR-IOV, keine Host-CPU</translation>
    </message>
    <message>
        <source>Receive queues to cores</source>
        <translation>Empfangswarteschlangen zu Kernen</translation>
    </message>
    <message>
        <source>No virtual machine receives traffic through this host&apos;s external switches.</source>
        <translation>Kein virtueller Computer empfängt Datenverkehr über die externen Switches dieses Hosts.</translation>
    </message>
    <message>
        <source>%1 irq/s</source>
        <translation>%1 IRQ/s</translation>
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
    <name>hvdesk::SettingsDialog</name>
    <message>
        <source>&amp;PowerShell</source>
        <translation>&amp;PowerShell</translation>
    </message>
    <message>
        <source>Settings for %1 on %2</source>
        <translation>Einstellungen für %1 auf %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hardware and management settings</source>
        <translation>Hardware- und Verwaltungseinstellungen</translation>
    </message>
    <message>
        <source>The PowerShell commands the pending change amounts to:</source>
        <translation>Die PowerShell-Befehle, denen die ausstehende Änderung entspricht:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Show the PowerShell commands the pending change amounts to (Ctrl+Shift+P)</source>
        <translation>PowerShell-Befehle anzeigen, denen die ausstehende Änderung entspricht (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Show the PowerShell preview</source>
        <translation>PowerShell-Vorschau anzeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>OK: apply the changes and close</source>
        <translation>OK: Änderungen übernehmen und schließen</translation>
    </message>
    <message>
        <source>Cancel: close without applying</source>
        <translation>Abbrechen: Schließen, ohne zu übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>The connection to the host was closed: these settings can no longer be applied.</source>
        <translation>Die Verbindung zum Host wurde geschlossen: Diese Einstellungen können nicht mehr übernommen werden.</translation>
    </message>
    <message>
        <source>%1 (removal)</source>
        <translation>%1 (Entfernen)</translation>
    </message>
    <message>
        <source>virtual switch</source>
        <translation>virtueller Switch</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN-ID</translation>
    </message>
    <message>
        <source>minimum bandwidth</source>
        <translation>minimale Bandbreite</translation>
    </message>
    <message>
        <source>maximum bandwidth</source>
        <translation>maximale Bandbreite</translation>
    </message>
    <message>
        <source>virtual machine queue</source>
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
        <source>MAC address</source>
        <translation>MAC-Adresse</translation>
    </message>
    <message>
        <source>MAC address spoofing</source>
        <translation>MAC-Spoofing</translation>
    </message>
    <message>
        <source>DHCP guard</source>
        <translation>DHCP-Wächter</translation>
    </message>
    <message>
        <source>router guard</source>
        <translation>Router-Wächter</translation>
    </message>
    <message>
        <source>protected network</source>
        <translation>geschütztes Netzwerk</translation>
    </message>
    <message>
        <source>port mirroring</source>
        <translation>Portspiegelung</translation>
    </message>
    <message>
        <source>NIC teaming</source>
        <translation>NIC-Teamvorgang</translation>
    </message>
    <message>
        <source>device naming</source>
        <translation>Gerätebenennung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (new adapter)</source>
        <translation>%1 (neue Netzwerkkarte)</translation>
    </message>
    <message>
        <source>Integration Services (%1)</source>
        <translation>Integrationsdienste (%1)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>The connection to the host is not available: changes cannot be applied until it is back. Your edits are kept.</source>
        <translation>Die Verbindung zum Host ist nicht verfügbar: Änderungen können erst übernommen werden, wenn sie wiederhergestellt ist. Ihre Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists on this connection.</source>
        <translation>Der virtuelle Computer ist über diese Verbindung nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>All services offered</source>
        <translation>Alle Dienste angeboten</translation>
    </message>
    <message>
        <source>No services offered</source>
        <translation>Keine Dienste angeboten</translation>
    </message>
    <message>
        <source>Some services offered</source>
        <translation>Einige Dienste angeboten</translation>
    </message>
    <message>
        <source>The host is not reachable.</source>
        <translation>Der Host ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The previous change is being applied.</source>
        <translation>Die vorherige Änderung wird gerade übernommen.</translation>
    </message>
    <message>
        <source># No pending changes.</source>
        <translation># Keine ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Applying the changes...</source>
        <translation>Änderungen werden übernommen...</translation>
    </message>
    <message>
        <source>Applying the changes... %1%</source>
        <translation>Änderungen werden übernommen... %1%</translation>
    </message>
    <message>
        <source>The changes were applied.</source>
        <translation>Die Änderungen wurden übernommen.</translation>
    </message>
    <message>
        <source>the job was cancelled.</source>
        <translation>der Auftrag wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The changes were not applied; nothing on the host changed. %1</source>
        <translation>Die Änderungen wurden nicht übernommen; auf dem Host wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>The changes were not applied; nothing on the host changed. %1
Not applied: %2.</source>
        <translation>Die Änderungen wurden nicht übernommen; auf dem Host wurde nichts geändert. %1
Nicht übernommen: %2.</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Part of the changes were applied. %1</source>
        <translation>Ein Teil der Änderungen wurde übernommen. %1</translation>
    </message>
    <message>
        <source>Revert this chan&amp;ge</source>
        <translation>Diese Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Diese Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Put back the original value of this field; your other edits are kept.</source>
        <translation>Den ursprünglichen Wert dieses Felds wiederherstellen; Ihre anderen Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source># Not included until corrected: %1: %2</source>
        <translation># Bis zur Korrektur nicht enthalten: %1: %2</translation>
    </message>
    <message>
        <source>The change was reverted to the value the virtual machine has; your other edits are kept.</source>
        <translation>Die Änderung wurde auf den Wert des virtuellen Computers zurückgesetzt; Ihre anderen Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 right now: settings can be applied once it is running or off. Your edits are kept; apply again then.</source>
        <translation>„%1“ hat gerade den Zustand „%2“: Einstellungen können übernommen werden, sobald der virtuelle Computer ausgeführt wird oder ausgeschaltet ist. Ihre Bearbeitungen bleiben erhalten; übernehmen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>%1: network adapters can only be added while the virtual machine is off (it is %2). Shut it down and apply again, or revert this change; your other edits are kept.</source>
        <translation>%1: Netzwerkkarten können nur hinzugefügt werden, während der virtuelle Computer ausgeschaltet ist (aktueller Zustand: %2). Fahren Sie ihn herunter, und übernehmen Sie erneut, oder machen Sie diese Änderung rückgängig; Ihre anderen Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1: network adapters can only be removed while the virtual machine is off (it is %2). Shut it down and apply again, or revert this change; your other edits are kept.</source>
        <translation>%1: Netzwerkkarten können nur entfernt werden, während der virtuelle Computer ausgeschaltet ist (aktueller Zustand: %2). Fahren Sie ihn herunter, und übernehmen Sie erneut, oder machen Sie diese Änderung rückgängig; Ihre anderen Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 Applied: %2.</source>
        <translation>%1 Übernommen: %2.</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>hvdesk::SummaryPage</name>
    <message>
        <source>Completing the Move Wizard</source>
        <translation>Abschließen des Verschieben-Assistenten</translation>
    </message>
    <message>
        <source>Check what will happen, then choose Move.</source>
        <translation>Überprüfen Sie, was geschehen wird, und wählen Sie dann „Verschieben“.</translation>
    </message>
    <message>
        <source>The same in PowerShell:</source>
        <translation>Dasselbe in PowerShell:</translation>
    </message>
    <message>
        <source>Live migration (the files stay on shared storage)</source>
        <translation>Livemigration (die Dateien bleiben auf dem gemeinsamen Speicher)</translation>
    </message>
    <message>
        <source>Shared-nothing live migration (storage first, then the running state)</source>
        <translation>Livemigration ohne gemeinsamen Speicher (zuerst der Speicher, dann der Ausführungszustand)</translation>
    </message>
    <message>
        <source>Storage migration (the virtual machine keeps running)</source>
        <translation>Speichermigration (der virtuelle Computer wird weiter ausgeführt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Virtual machines:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Virtuelle Computer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verschieben:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destination:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Network adapters:&lt;/b&gt; %n mapped to other switches or disconnected</source>
        <translation>
            <numerusform>&lt;b&gt;Netzwerkkarten:&lt;/b&gt; %n anderem Switch zugeordnet oder getrennt</numerusform>
            <numerusform>&lt;b&gt;Netzwerkkarten:&lt;/b&gt; %n anderen Switches zugeordnet oder getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Destination URI:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel-URI:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The same with virsh:</source>
        <translation>Dasselbe mit virsh:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move of %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Verschieben von %1:&lt;/b&gt; %2</translation>
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
    <message>
        <source>%1 on %2: turned off at once; unsaved data in the guest is lost.</source>
        <translation>%1 auf %2: wird sofort ausgeschaltet; nicht gespeicherte Daten im Gast gehen verloren.</translation>
    </message>
    <message>
        <source>%1 on %2: its operating system is asked to shut down; the guest&apos;s programs close and its users are logged off.</source>
        <translation>%1 auf %2: Das Betriebssystem wird zum Herunterfahren aufgefordert; die Programme des Gasts werden beendet und seine Benutzer abgemeldet.</translation>
    </message>
    <message>
        <source>%1 on %2: restarted at once, like pressing a reset button; unsaved data in the guest is lost.</source>
        <translation>%1 auf %2: wird sofort neu gestartet, wie beim Drücken einer Reset-Taste; nicht gespeicherte Daten im Gast gehen verloren.</translation>
    </message>
    <message>
        <source>Turn Off Machine</source>
        <translation>Computer ausschalten</translation>
    </message>
    <message>
        <source>Turn off &apos;%1&apos;?</source>
        <translation>„%1“ ausschalten?</translation>
    </message>
    <message numerus="yes">
        <source>Turn off these %n virtual machines?</source>
        <translation>
            <numerusform>Diesen %n virtuellen Computer ausschalten?</numerusform>
            <numerusform>Diese %n virtuellen Computer ausschalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Shut Down Machine</source>
        <translation>Computer herunterfahren</translation>
    </message>
    <message>
        <source>Shut down &apos;%1&apos;?</source>
        <translation>„%1“ herunterfahren?</translation>
    </message>
    <message numerus="yes">
        <source>Shut down these %n virtual machines?</source>
        <translation>
            <numerusform>Diesen %n virtuellen Computer herunterfahren?</numerusform>
            <numerusform>Diese %n virtuellen Computer herunterfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>Reset Machine</source>
        <translation>Computer zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &apos;%1&apos;?</source>
        <translation>„%1“ zurücksetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Reset these %n virtual machines?</source>
        <translation>
            <numerusform>Diesen %n virtuellen Computer zurücksetzen?</numerusform>
            <numerusform>Diese %n virtuellen Computer zurücksetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
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
    <message>
        <source>Integration services:</source>
        <translation>Integrationsdienste:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Vorgehensweise:</translation>
    </message>
    <message>
        <source>%1 (the host supports up to %2)</source>
        <translation>%1 (der Host unterstützt bis zu %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 installed, active after a restart)</source>
        <translation>%1 (%2 installiert, aktiv nach einem Neustart)</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s definition as the hypervisor stores it (read-only).</source>
        <translation>Die Definition des virtuellen Computers, wie der Hypervisor sie speichert (schreibgeschützt).</translation>
    </message>
    <message>
        <source>Definition XML</source>
        <translation>Definitions-XML</translation>
    </message>
    <message>
        <source>Hard disks:</source>
        <translation>Festplatten:</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Letzte Aktion: %1</translation>
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
    <message>
        <source>Guest: %1. Host: %2.</source>
        <translation>Gast: %1. Host: %2.</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>hvdesk::keychain::KeychainCredentialStore</name>
    <message>
        <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on a desktop without one: install gnome-keyring and log in again). Until then hvdesk asks for the password at each connection.</source>
        <translation>Installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet (auf einem Desktop ohne einen solchen: installieren Sie gnome-keyring und melden Sie sich erneut an). Bis dahin fragt hvdesk bei jeder Verbindung nach dem Kennwort.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the credentials for %1 (%2).</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, um die Anmeldeinformationen für %1 aufzubewahren (%2).</translation>
    </message>
    <message>
        <source>The system keychain refused access to the credentials for %1 (%2).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff auf die Anmeldeinformationen für %1 verweigert (%2).</translation>
    </message>
    <message>
        <source>Unlock the keychain when it asks, or enter the password for this connection.</source>
        <translation>Entsperren Sie den Schlüsselbund, wenn er danach fragt, oder geben Sie das Kennwort für diese Verbindung ein.</translation>
    </message>
    <message>
        <source>The credentials for %1 could not be removed from the system keychain (%2).</source>
        <translation>Die Anmeldeinformationen für %1 konnten nicht aus dem Systemschlüsselbund entfernt werden (%2).</translation>
    </message>
    <message>
        <source>Remove the entry &apos;hvdesk&apos; / %1 with the keychain&apos;s own tool (Passwords and Keys, KWalletManager).</source>
        <translation>Entfernen Sie den Eintrag &apos;hvdesk&apos; / %1 mit dem Werkzeug des Schlüsselbunds (Passwörter und Verschlüsselung, KWalletManager).</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds for %2.</source>
        <translation>Der Systemschlüsselbund hat für %2 nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for %1 was not written by hvdesk.</source>
        <translation>Der Eintrag im Systemschlüsselbund für %1 wurde nicht von hvdesk geschrieben.</translation>
    </message>
    <message>
        <source>Enter the credentials again and let hvdesk remember them: they replace the entry.</source>
        <translation>Geben Sie die Anmeldeinformationen erneut ein und lassen Sie hvdesk sie speichern: Sie ersetzen den Eintrag.</translation>
    </message>
    <message>
        <source>No user name to remember for %1.</source>
        <translation>Kein Benutzername für %1 zu speichern.</translation>
    </message>
    <message>
        <source>Enter the user name, for example HOST\Administrator.</source>
        <translation>Geben Sie den Benutzernamen ein, zum Beispiel HOST\Administrator.</translation>
    </message>
</context>
<context>
    <name>hvdesk::local::LibvirtWorker</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>unknown libvirt error</source>
        <translation>unbekannter libvirt-Fehler</translation>
    </message>
    <message>
        <source>This hypervisor driver does not offer the operation; use virsh on the host to check.</source>
        <translation>Dieser Hypervisor-Treiber bietet den Vorgang nicht an; prüfen Sie es mit virsh auf dem Host.</translation>
    </message>
    <message>
        <source>Add your user to the libvirt group, or connect to qemu:///session.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe libvirt hinzu, oder verbinden Sie sich mit qemu:///session.</translation>
    </message>
    <message>
        <source>Check that libvirtd (or virtqemud) runs on the host.</source>
        <translation>Prüfen Sie, ob libvirtd (oder virtqemud) auf dem Host läuft.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung mit %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Check the URI (qemu:///system, qemu:///session, test:///default) and that libvirt runs.</source>
        <translation>Prüfen Sie den URI (qemu:///system, qemu:///session, test:///default) und ob libvirt läuft.</translation>
    </message>
    <message>
        <source>Listing the virtual machines</source>
        <translation>Die virtuellen Computer werden aufgelistet</translation>
    </message>
    <message>
        <source>Operating normally</source>
        <translation>Normaler Betrieb</translation>
    </message>
    <message>
        <source>Linux, libvirt %1 (%2)</source>
        <translation>Linux, libvirt %1 (%2)</translation>
    </message>
    <message>
        <source>libvirt passes virtual functions as hostdev interfaces; hvdesk does not create them.</source>
        <translation>libvirt reicht virtuelle Funktionen als hostdev-Schnittstellen durch; hvdesk erstellt sie nicht.</translation>
    </message>
    <message>
        <source>Finding the virtual machine %1</source>
        <translation>Der virtuelle Computer %1 wird gesucht</translation>
    </message>
    <message>
        <source>Setting the bandwidth of %1</source>
        <translation>Die Bandbreite von %1 wird festgelegt</translation>
    </message>
    <message>
        <source>The virtual functions of %1 reach guests through a hostdev network or a hostdev interface, not through &apos;%2&apos;.</source>
        <translation>Die virtuellen Funktionen von %1 erreichen Gäste über ein hostdev-Netzwerk oder eine hostdev-Schnittstelle, nicht über &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>bandwidth of %1 (running domain only)</source>
        <translation>Bandbreite von %1 (nur laufende Domäne)</translation>
    </message>
    <message>
        <source>bandwidth of %1</source>
        <translation>Bandbreite von %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::local::LocalBackend</name>
    <message>
        <source>&apos;%1&apos; is not a libvirt URI.</source>
        <translation>„%1“ ist kein libvirt-URI.</translation>
    </message>
    <message>
        <source>Write it as %1:///system, %1:///session or %1+ssh://host/system.</source>
        <translation>Schreiben Sie ihn als %1:///system, %1:///session oder %1+ssh://host/system.</translation>
    </message>
    <message>
        <source>KVM/QEMU virtual machines through libvirt (qemu:///system, qemu:///session, test:///default)</source>
        <translation>Virtuelle KVM/QEMU-Computer über libvirt (qemu:///system, qemu:///session, test:///default)</translation>
    </message>
    <message>
        <source>%1 (libvirt)</source>
        <translation>%1 (libvirt)</translation>
    </message>
    <message>
        <source>libvirt has no IPsec task offload: IPsec runs in the guest, on its own processors.</source>
        <translation>libvirt hat keine IPsec-Taskabladung: IPsec läuft im Gast, auf dessen eigenen Prozessoren.</translation>
    </message>
    <message>
        <source>libvirt has no VMQ weight; virtio-net multiqueue (&lt;driver queues=&apos;N&apos;/&gt;) is shown as VMQ, set it with virsh edit.</source>
        <translation>libvirt hat keine VMQ-Gewichtung; virtio-net-Multiqueue (&lt;driver queues=&apos;N&apos;/&gt;) wird als VMQ angezeigt, ändern Sie sie mit virsh edit.</translation>
    </message>
    <message>
        <source>libvirt has no bandwidth weight; use an absolute floor on a network interface.</source>
        <translation>libvirt hat keine Bandbreitengewichtung; verwenden Sie eine absolute Untergrenze (floor) an einer Netzwerkschnittstelle.</translation>
    </message>
    <message>
        <source>SR-IOV on libvirt is a hostdev interface or a hostdev network; hvdesk does not create them yet.</source>
        <translation>SR-IOV ist bei libvirt eine hostdev-Schnittstelle oder ein hostdev-Netzwerk; hvdesk erstellt sie noch nicht.</translation>
    </message>
    <message>
        <source>VLAN tags are shown from the domain XML; change them with virsh edit.</source>
        <translation>VLAN-Tags werden aus dem Domänen-XML angezeigt; ändern Sie sie mit virsh edit.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Reconnect to the server, then try again.</source>
        <translation>Verbinden Sie sich erneut mit dem Server, und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>There is no virtual machine with the id %1 on %2.</source>
        <translation>Auf %2 gibt es keinen virtuellen Computer mit der ID %1.</translation>
    </message>
    <message>
        <source>Refresh the list and select the virtual machine again.</source>
        <translation>Aktualisieren Sie die Liste, und wählen Sie den virtuellen Computer erneut aus.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>Change only the bandwidth limits here; edit the rest with virsh edit or virt-manager.</source>
        <translation>Ändern Sie hier nur die Bandbreitengrenzen; bearbeiten Sie den Rest mit virsh edit oder virt-manager.</translation>
    </message>
    <message>
        <source>Adding or removing adapters and integration services is not available through libvirt in hvdesk.</source>
        <translation>Hinzufügen oder Entfernen von Netzwerkkarten und Integrationsdiensten ist über libvirt in hvdesk nicht verfügbar.</translation>
    </message>
    <message>
        <source>Adapter %1: only the minimum and maximum bandwidth can be changed on a libvirt host.</source>
        <translation>Netzwerkkarte %1: Auf einem libvirt-Host können nur die minimale und die maximale Bandbreite geändert werden.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>The QEMU guest agent&apos;s commands are turned on or off in the guest (qemu-ga --block-rpcs); hvdesk shows what the agent answers.</source>
        <translation>Die Befehle des QEMU-Gast-Agenten werden im Gast aktiviert oder deaktiviert (qemu-ga --block-rpcs); hvdesk zeigt an, was der Agent antwortet.</translation>
    </message>
    <message>
        <source>libvirt guests get the QEMU guest agent from their own packages (qemu-guest-agent); there is no setup disk.</source>
        <translation>libvirt-Gäste erhalten den QEMU-Gast-Agenten aus ihren eigenen Paketen (qemu-guest-agent); es gibt keinen Setupdatenträger.</translation>
    </message>
    <message>
        <source>On Linux, receive queues and steering are the administrator&apos;s: set them with ethtool -L (queues) and /sys/class/net/&lt;nic&gt;/queues/rx-*/rps_cpus (receive packet steering), as root.</source>
        <translation>Unter Linux sind Empfangswarteschlangen und Steuerung Sache des Administrators: Legen Sie sie als root mit ethtool -L (Warteschlangen) und /sys/class/net/&lt;nic&gt;/queues/rx-*/rps_cpus (Receive Packet Steering) fest.</translation>
    </message>
    <message>
        <source>Per-core network counters are read from this computer&apos;s /proc; %1 is another host.</source>
        <translation>Netzwerkzähler pro Kern werden aus /proc dieses Computers gelesen; %1 ist ein anderer Host.</translation>
    </message>
    <message>
        <source>hvdesk does not change the receive scaling of &apos;%1&apos; on %2: Linux has no RSS/VMQ switch of that kind.</source>
        <translation>hvdesk ändert die Empfangsskalierung von &apos;%1&apos; auf %2 nicht: Linux hat keinen RSS/VMQ-Schalter dieser Art.</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Empfangsskalierung festlegen</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verschoben nach %1</translation>
    </message>
    <message>
        <source>%1 has %2 of memory free; running &apos;%3&apos; holds %4.</source>
        <translation>%1 hat %2 freien Arbeitsspeicher; der laufende virtuelle Computer &apos;%3&apos; belegt %4.</translation>
    </message>
    <message>
        <source>Choose another host, free memory on %1, or shut the virtual machine down and move it off.</source>
        <translation>Wählen Sie einen anderen Host, geben Sie Arbeitsspeicher auf %1 frei, oder fahren Sie den virtuellen Computer herunter und verschieben Sie ihn dann.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2 now but may grow to %3; %4 has %5 free.</source>
        <translation>&apos;%1&apos; belegt jetzt %2, kann aber auf %3 anwachsen; %4 hat %5 frei.</translation>
    </message>
    <message>
        <source>Nothing to do for the move; lower its maximum memory if it must not grow there.</source>
        <translation>Für das Verschieben ist nichts zu tun; verringern Sie den maximalen Arbeitsspeicher, wenn er dort nicht anwachsen darf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is a virtual function passed to the guest (PCI %3): QEMU does not migrate assigned PCI devices.</source>
        <translation>&apos;%1&apos; von &apos;%2&apos; ist eine an den Gast durchgereichte virtuelle Funktion (PCI %3): QEMU migriert keine zugewiesenen PCI-Geräte.</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>Adresse unbekannt</translation>
    </message>
    <message>
        <source>Detach it for the move (virsh detach-device) and attach a free virtual function on %1 afterwards, or pair it with a virtio adapter (&lt;teaming&gt;) so the guest fails over.</source>
        <translation>Trennen Sie sie für das Verschieben (virsh detach-device) und verbinden Sie anschließend eine freie virtuelle Funktion auf %1, oder koppeln Sie sie mit einer virtio-Netzwerkkarte (&lt;teaming&gt;), damit der Gast ein Failover durchführt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; cannot move disconnected: libvirt keeps the guest&apos;s devices as they are.</source>
        <translation>&apos;%1&apos; von &apos;%2&apos; kann nicht ohne Verbindung verschoben werden: libvirt behält die Geräte des Gasts unverändert bei.</translation>
    </message>
    <message>
        <source>Connect it to a network or bridge of %1.</source>
        <translation>Verbinden Sie sie mit einem Netzwerk oder einer Bridge von %1.</translation>
    </message>
    <message>
        <source>%1 has no network or bridge &apos;%2&apos; for &apos;%3&apos; of &apos;%4&apos;.</source>
        <translation>%1 hat kein Netzwerk und keine Bridge &apos;%2&apos; für &apos;%3&apos; von &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Connect the adapter to a network of %1 here, or define and start &apos;%2&apos; there (virsh net-define, net-start; a bridge with ip link or nmcli).</source>
        <translation>Verbinden Sie die Netzwerkkarte hier mit einem Netzwerk von %1, oder definieren und starten Sie &apos;%2&apos; dort (virsh net-define, net-start; eine Bridge mit ip link oder nmcli).</translation>
    </message>
    <message>
        <source>%1 already defines &apos;%2&apos; (UUID %3).</source>
        <translation>%1 definiert bereits &apos;%2&apos; (UUID %3).</translation>
    </message>
    <message>
        <source>Undefine the stale definition on %1 (virsh undefine), then move again.</source>
        <translation>Entfernen Sie die veraltete Definition auf %1 (virsh undefine) und verschieben Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 already has a domain named &apos;%2&apos;.</source>
        <translation>%1 hat bereits eine Domäne namens &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Rename one of them (virsh domrename) before the move.</source>
        <translation>Benennen Sie vor dem Verschieben eine davon um (virsh domrename).</translation>
    </message>
    <message>
        <source>%1 has no active storage pool at %2 for disk %3 of &apos;%4&apos;.</source>
        <translation>%1 hat keinen aktiven Speicherpool unter %2 für Datenträger %3 von &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Define and start a directory pool there (virsh pool-define-as NAME dir --target %1; virsh pool-start NAME): libvirt creates the disk in it during the move.</source>
        <translation>Definieren und starten Sie dort einen Verzeichnispool (virsh pool-define-as NAME dir --target %1; virsh pool-start NAME): libvirt erstellt den Datenträger darin während des Verschiebens.</translation>
    </message>
    <message>
        <source>%1 cannot reach disk %2 of &apos;%3&apos; (%4): it is not on storage both hosts share.</source>
        <translation>%1 kann Datenträger %2 von &apos;%3&apos; nicht erreichen (%4): Er liegt nicht auf Speicher, den beide Hosts gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well (shared-nothing live migration).</source>
        <translation>Wählen Sie, auch die Daten des virtuellen Computers zu verschieben (Livemigration ohne gemeinsamen Speicher).</translation>
    </message>
    <message>
        <source>Only the definition of &apos;%1&apos; moves: %2 must find disk %3 at %4 itself.</source>
        <translation>Nur die Definition von &apos;%1&apos; wird verschoben: %2 muss Datenträger %3 selbst unter %4 finden.</translation>
    </message>
    <message>
        <source>Copy the disk there first, or put it on storage both hosts share.</source>
        <translation>Kopieren Sie den Datenträger zuerst dorthin, oder legen Sie ihn auf Speicher, den beide Hosts gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>Comparing the processors of %1 and %2...</source>
        <translation>Prozessoren von %1 und %2 werden verglichen...</translation>
    </message>
    <message>
        <source>%1&apos;s processor lacks features of %2&apos;s: &apos;%3&apos; could not continue there (virConnectCompareCPU).</source>
        <translation>Dem Prozessor von %1 fehlen Features des Prozessors von %2: &apos;%3&apos; könnte dort nicht weiterlaufen (virConnectCompareCPU).</translation>
    </message>
    <message>
        <source>Give the domain a CPU model both hosts support (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; with a common model), or shut it down and move it off.</source>
        <translation>Geben Sie der Domäne ein CPU-Modell, das beide Hosts unterstützen (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; mit einem gemeinsamen Modell), oder fahren Sie sie herunter und verschieben Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 could not compare processors (%2); the move checks them when it starts.</source>
        <translation>%1 konnte die Prozessoren nicht vergleichen (%2); das Verschieben prüft sie beim Start.</translation>
    </message>
    <message>
        <source>The move is peer to peer: %1&apos;s libvirtd connects to %2 itself, as root.</source>
        <translation>Das Verschieben erfolgt Peer-to-Peer: libvirtd auf %1 verbindet sich selbst als root mit %2.</translation>
    </message>
    <message>
        <source>For qemu+ssh, root on %1 needs an SSH key that %2 accepts.</source>
        <translation>Für qemu+ssh benötigt root auf %1 einen SSH-Schlüssel, den %2 akzeptiert.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test hypervisor cannot migrate: the move will fail.</source>
        <translation>Der Test-Hypervisor von libvirt kann nicht migrieren: Das Verschieben wird fehlschlagen.</translation>
    </message>
    <message>
        <source>Move between KVM hosts (qemu:// URIs).</source>
        <translation>Verschieben Sie zwischen KVM-Hosts (qemu://-URIs).</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::HostConnection</name>
    <message>
        <source>No keychain is available to hold credentials for %1.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, um Anmeldeinformationen für %1 aufzubewahren.</translation>
    </message>
    <message>
        <source>No credentials are stored for %1.</source>
        <translation>Für %1 sind keine Anmeldeinformationen gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No credentials for %1: %2</source>
        <translation>Keine Anmeldeinformationen für %1: %2</translation>
    </message>
    <message>
        <source>Store credentials for %1 in the keychain, or connect from the Connect to Server dialog, which asks for them.</source>
        <translation>Speichern Sie Anmeldeinformationen für %1 im Schlüsselbund, oder verbinden Sie sich über das Dialogfeld „Mit Server verbinden“, das danach fragt.</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled: no credentials were given.</source>
        <translation>Die Verbindung mit %1 wurde abgebrochen: Es wurden keine Anmeldeinformationen angegeben.</translation>
    </message>
    <message>
        <source>Connect again and enter a user name and password.</source>
        <translation>Verbinden Sie sich erneut und geben Sie einen Benutzernamen und ein Kennwort ein.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of &apos;%2&apos;.</source>
        <translation>%1 hat die Anmeldeinformationen von &apos;%2&apos; abgelehnt.</translation>
    </message>
    <message>
        <source>%1 did not finish connecting within %2 s.</source>
        <translation>%1 hat den Verbindungsaufbau nicht innerhalb von %2 s abgeschlossen.</translation>
    </message>
    <message>
        <source>Check that the host is running and not overloaded, and that the network to it is not congested; then retry.</source>
        <translation>Überprüfen Sie, ob der Host ausgeführt wird und nicht überlastet ist und ob das Netzwerk zum Host nicht ausgelastet ist; versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::JobWatcher</name>
    <message>
        <source>Cancelling the job</source>
        <translation>Auftrag wird abgebrochen</translation>
    </message>
    <message>
        <source>Lost the connection while following the job: %1</source>
        <translation>Die Verbindung ging beim Verfolgen des Auftrags verloren: %1</translation>
    </message>
    <message>
        <source>The host no longer lists the job; its outcome is unknown.</source>
        <translation>Der Host führt den Auftrag nicht mehr auf; sein Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>Refresh and check the virtual machine.</source>
        <translation>Aktualisieren Sie die Ansicht und überprüfen Sie den virtuellen Computer.</translation>
    </message>
    <message>
        <source>%1: the host denied access (%2).</source>
        <translation>%1: Der Host hat den Zugriff verweigert (%2).</translation>
    </message>
    <message>
        <source>Connect with an account in the host&apos;s Hyper-V Administrators group.</source>
        <translation>Verbinden Sie sich mit einem Konto aus der Gruppe „Hyper-V-Administratoren“ des Hosts.</translation>
    </message>
    <message>
        <source>%1: the host does not support this (%2).</source>
        <translation>%1: Der Host unterstützt dies nicht (%2).</translation>
    </message>
    <message>
        <source>%1: the host refused a parameter (%2).</source>
        <translation>%1: Der Host hat einen Parameter abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Refresh the connection and try again.</source>
        <translation>Aktualisieren Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: not possible in the virtual machine&apos;s current state (%2).</source>
        <translation>%1: Im aktuellen Zustand des virtuellen Computers nicht möglich (%2).</translation>
    </message>
    <message>
        <source>%1: the virtual machine is busy with another operation (%2).</source>
        <translation>%1: Der virtuelle Computer ist mit einem anderen Vorgang beschäftigt (%2).</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then try again.</source>
        <translation>Warten Sie, bis der aktuelle Vorgang abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1: not enough memory on the host (%2).</source>
        <translation>%1: Nicht genügend Arbeitsspeicher auf dem Host (%2).</translation>
    </message>
    <message>
        <source>%1: a file was not found on the host (%2).</source>
        <translation>%1: Eine Datei wurde auf dem Host nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>%1 failed on the host with code %2.</source>
        <translation>%1 ist auf dem Host mit Code %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::RemoteBackend</name>
    <message>
        <source>Hyper-V hosts over WS-Management: wsman+https://host[:5986], wsman+http://host[:5985] (more hosts with ?host=name[:port])</source>
        <translation>Hyper-V-Hosts über WS-Management: wsman+https://host[:5986], wsman+http://host[:5985] (weitere Hosts mit ?host=name[:port])</translation>
    </message>
    <message>
        <source>%1 (WS-Management)</source>
        <translation>%1 (WS-Management)</translation>
    </message>
    <message>
        <source>%1, cluster %2 (WS-Management)</source>
        <translation>%1, Cluster %2 (WS-Management)</translation>
    </message>
    <message>
        <source>%1 has no MSFT_NetAdapterRssSettingData / MSFT_NetAdapterVmqSettingData (root/StandardCimv2).</source>
        <translation>%1 hat keine MSFT_NetAdapterRssSettingData / MSFT_NetAdapterVmqSettingData (root/StandardCimv2).</translation>
    </message>
    <message>
        <source>%1 (%2) does not offer configuration version upgrades (no UpgradeSystemVersion).</source>
        <translation>%1 (%2) bietet keine Aktualisierung der Konfigurationsversion an (kein UpgradeSystemVersion).</translation>
    </message>
    <message>
        <source>%1 has no Msvm_VirtualSystemMigrationService.</source>
        <translation>%1 hat keinen Msvm_VirtualSystemMigrationService.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost; what is shown is the last known state.</source>
        <translation>%1: Die Verbindung mit %2 wurde getrennt; angezeigt wird der letzte bekannte Zustand.</translation>
    </message>
    <message>
        <source>%1: not connected to %2.</source>
        <translation>%1: Nicht mit %2 verbunden.</translation>
    </message>
    <message>
        <source>Reconnect, then try again.</source>
        <translation>Stellen Sie die Verbindung wieder her und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot shut down &apos;%1&apos;: the host lists no shutdown integration component for it.</source>
        <translation>&apos;%1&apos; kann nicht heruntergefahren werden: Der Host führt dafür keine Integrationskomponente zum Herunterfahren auf.</translation>
    </message>
    <message>
        <source>Use Turn Off, or enable Operating system shutdown in Settings &gt; Integration Services.</source>
        <translation>Verwenden Sie „Ausschalten“, oder aktivieren Sie „Herunterfahren des Betriebssystems“ unter Einstellungen &gt; Integrationsdienste.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Einstellungen übernehmen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>hardware acceleration, VLAN, bandwidth or advanced features of %1</source>
        <translation>Hardwarebeschleunigung, VLAN, Bandbreite oder erweiterte Features von %1</translation>
    </message>
    <message>
        <source>new features of %1</source>
        <translation>neue Features von %1</translation>
    </message>
    <message>
        <source>removed features of %1</source>
        <translation>entfernte Features von %1</translation>
    </message>
    <message>
        <source>name, MAC address or protection of %1</source>
        <translation>Name, MAC-Adresse oder Schutz von %1</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>%1 trennen</translation>
    </message>
    <message>
        <source>connect %1 to &apos;%2&apos;</source>
        <translation>%1 mit &apos;%2&apos; verbinden</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>integration services (%1)</source>
        <translation>Integrationsdienste (%1)</translation>
    </message>
    <message>
        <source>Move storage</source>
        <translation>Speicher verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is on this connection.</source>
        <translation>Auf dieser Verbindung gibt es keinen Host namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one of this connection&apos;s hosts: moves between connections are not supported.</source>
        <translation>Wählen Sie einen der Hosts dieser Verbindung: Verschiebungen zwischen Verbindungen werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>move the storage of &apos;%1&apos;</source>
        <translation>Speicher von &apos;%1&apos; verschieben</translation>
    </message>
    <message>
        <source>move &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; nach %2 verschieben</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-Einstellungen</translation>
    </message>
    <message>
        <source>live and storage migration settings of %1</source>
        <translation>Einstellungen für Live- und Speichermigration von %1</translation>
    </message>
    <message>
        <source>remove the migration networks of %1</source>
        <translation>Migrationsnetzwerke von %1 entfernen</translation>
    </message>
    <message>
        <source>migration networks of %1</source>
        <translation>Migrationsnetzwerke von %1</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste einlegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no DVD drive to insert the setup disk into.</source>
        <translation>&apos;%1&apos; hat kein DVD-Laufwerk, in das der Setupdatenträger eingelegt werden kann.</translation>
    </message>
    <message>
        <source>Add a DVD drive to the virtual machine in Hyper-V Manager, then try again.</source>
        <translation>Fügen Sie dem virtuellen Computer im Hyper-V-Manager ein DVD-Laufwerk hinzu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>insert the setup disk into &apos;%1&apos;</source>
        <translation>Setupdatenträger in &apos;%1&apos; einlegen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Konfigurationsversion aktualisieren</translation>
    </message>
    <message>
        <source>upgrade the configuration version of &apos;%1&apos;</source>
        <translation>Konfigurationsversion von &apos;%1&apos; aktualisieren</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Empfangsskalierung festlegen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>enable RSS on %1</source>
        <translation>RSS auf %1 aktivieren</translation>
    </message>
    <message>
        <source>enable VMQ on %1</source>
        <translation>VMQ auf %1 aktivieren</translation>
    </message>
    <message>
        <source>disable RSS on %1</source>
        <translation>RSS auf %1 deaktivieren</translation>
    </message>
    <message>
        <source>disable VMQ on %1</source>
        <translation>VMQ auf %1 deaktivieren</translation>
    </message>
    <message>
        <source>Asking %1 whether it can make this move (CheckVirtualSystemIsMigratableToHost)...</source>
        <translation>%1 wird gefragt, ob dieses Verschieben möglich ist (CheckVirtualSystemIsMigratableToHost)...</translation>
    </message>
    <message>
        <source>%1 could not check the move itself: CheckVirtualSystemIsMigratableToHost failed: %2</source>
        <translation>%1 konnte das Verschieben nicht selbst prüfen: CheckVirtualSystemIsMigratableToHost ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The move can still start; %1 checks it again then.</source>
        <translation>Das Verschieben kann trotzdem gestartet werden; %1 prüft es dann erneut.</translation>
    </message>
    <message>
        <source>it gives no reason (IsMigratable is false).</source>
        <translation>der Host nennt keinen Grund (IsMigratable ist false).</translation>
    </message>
    <message>
        <source>%1&apos;s own check refuses the move: %2</source>
        <translation>Die eigene Prüfung von %1 lehnt das Verschieben ab: %2</translation>
    </message>
    <message>
        <source>The host&apos;s verdict: fix what it names on %1 or %2, or choose differently.</source>
        <translation>Bewertung des Hosts: Beheben Sie die genannten Punkte auf %1 oder %2, oder treffen Sie eine andere Auswahl.</translation>
    </message>
    <message>
        <source>%1&apos;s own check accepts the move (CheckVirtualSystemIsMigratableToHost).</source>
        <translation>Die eigene Prüfung von %1 lässt das Verschieben zu (CheckVirtualSystemIsMigratableToHost).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::RemoteOperation</name>
    <message>
        <source>The connection to the host was closed.</source>
        <translation>Die Verbindung mit dem Host wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1 Nothing was applied; not applied: %2.</source>
        <translation>%1 Es wurde nichts übernommen; nicht übernommen: %2.</translation>
    </message>
    <message>
        <source>%1 Applied: %2. Not applied: %3.</source>
        <translation>%1 Übernommen: %2. Nicht übernommen: %3.</translation>
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
    <message>
        <source>Move storage</source>
        <translation>Speicher verschieben</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-Einstellungen</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Setupdatenträger für Integrationsdienste einlegen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Konfigurationsversion aktualisieren</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Empfangsskalierung festlegen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>hvdesk::simd::SimdServer</name>
    <message>
        <source>Cannot create the state directory &apos;%1&apos;.</source>
        <translation>Das Zustandsverzeichnis &apos;%1&apos; kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Choose a writable directory with --state-dir.</source>
        <translation>Wählen Sie mit --state-dir ein beschreibbares Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>hvdesk::simd::SimulationHost</name>
    <message>
        <source>No job has the id %1.</source>
        <translation>Kein Auftrag hat die ID %1.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; cannot be cancelled now.</source>
        <translation>Der Auftrag &apos;%1&apos; kann jetzt nicht abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>hvdesk::wsman::WsmanClient</name>
    <message>
        <source>&apos;%1&apos; is not a WS-Management address.</source>
        <translation>&apos;%1&apos; ist keine WS-Management-Adresse.</translation>
    </message>
    <message>
        <source>Write it as https://host:5986/wsman.</source>
        <translation>Schreiben Sie sie als https://host:5986/wsman.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is not allowed: the password and all data would cross the network unencrypted.</source>
        <translation>Unverschlüsseltes HTTP zu %1 ist nicht zulässig: Das Kennwort und alle Daten würden unverschlüsselt über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Use https://%1:5986/wsman, or allow plain HTTP explicitly for this connection.</source>
        <translation>Verwenden Sie https://%1:5986/wsman, oder lassen Sie unverschlüsseltes HTTP für diese Verbindung ausdrücklich zu.</translation>
    </message>
    <message>
        <source>%1 sent a response larger than %2 MB.</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MB ist.</translation>
    </message>
    <message>
        <source>Ask for fewer items per request (MaxElements).</source>
        <translation>Fordern Sie weniger Elemente pro Anforderung an (MaxElements).</translation>
    </message>
    <message>
        <source>%1 did not accept the connection within %2 s.</source>
        <translation>%1 hat die Verbindung nicht innerhalb von %2 s angenommen.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable; a busy host may need a longer timeout.</source>
        <translation>Überprüfen Sie, ob der Host läuft und erreichbar ist; ein ausgelasteter Host benötigt möglicherweise ein längeres Timeout.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: it was %2 when you trusted it, it is now %3. The connection was refused.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Es war %2, als Sie ihm vertraut haben, jetzt ist es %3. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>If the host&apos;s certificate was replaced on purpose, remove the pin for %1 from the trusted certificates and connect again; otherwise someone may be intercepting the connection.</source>
        <translation>Wenn das Zertifikat des Hosts absichtlich ersetzt wurde, entfernen Sie die Anheftung für %1 aus den vertrauenswürdigen Zertifikaten und verbinden Sie sich erneut; andernfalls fängt möglicherweise jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>Install the host&apos;s CA certificate, or connect where you can accept it.</source>
        <translation>Installieren Sie das Zertifizierungsstellenzertifikat des Hosts, oder verbinden Sie sich dort, wo Sie es akzeptieren können.</translation>
    </message>
    <message>
        <source>certificate not yet trusted</source>
        <translation>Zertifikat noch nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Check that WinRM listens there (winrm quickconfig -transport:https) and that the firewall lets port %1 through.</source>
        <translation>Überprüfen Sie, ob WinRM dort lauscht (winrm quickconfig -transport:https) und ob die Firewall Port %1 durchlässt.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the name, or use the host&apos;s IP address.</source>
        <translation>Überprüfen Sie den Namen, oder verwenden Sie die IP-Adresse des Hosts.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable.</source>
        <translation>Überprüfen Sie, ob der Host läuft und erreichbar ist.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check that the address uses the HTTPS listener (port 5986) and that the host&apos;s certificate is usable.</source>
        <translation>Überprüfen Sie, ob die Adresse den HTTPS-Listener (Port 5986) verwendet und ob das Zertifikat des Hosts verwendbar ist.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the network and that the host is running.</source>
        <translation>Überprüfen Sie das Netzwerk und ob der Host läuft.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of %2.</source>
        <translation>%1 hat die Anmeldeinformationen von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>Check the user name and password. Basic authentication needs a local account on the host and must be enabled there: winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}.</source>
        <translation>Überprüfen Sie Benutzername und Kennwort. Die Standardauthentifizierung erfordert ein lokales Konto auf dem Host und muss dort aktiviert sein: winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}.</translation>
    </message>
    <message>
        <source>%1 refused a request of %2 bytes as too large.</source>
        <translation>%1 hat eine Anforderung mit %2 Bytes als zu groß abgelehnt.</translation>
    </message>
    <message>
        <source>Change fewer settings at once, or raise MaxEnvelopeSizekb on the host.</source>
        <translation>Ändern Sie weniger Einstellungen auf einmal, oder erhöhen Sie MaxEnvelopeSizekb auf dem Host.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 hat mit HTTP %2 %3 geantwortet.</translation>
    </message>
    <message>
        <source>Check the path of the address (normally /wsman).</source>
        <translation>Überprüfen Sie den Pfad der Adresse (normalerweise /wsman).</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service.</source>
        <translation>Überprüfen Sie, ob die Adresse auf einen WS-Management-Dienst verweist.</translation>
    </message>
    <message>
        <source>You did not trust the certificate of %1 (SHA-256 %2).</source>
        <translation>Sie haben dem Zertifikat von %1 nicht vertraut (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Connect again and accept the certificate if its fingerprint is the host&apos;s.</source>
        <translation>Verbinden Sie sich erneut und akzeptieren Sie das Zertifikat, wenn sein Fingerabdruck der des Hosts ist.</translation>
    </message>
    <message>
        <source>the host had closed the connection; sent again on a new one</source>
        <translation>der Host hatte die Verbindung geschlossen; über eine neue erneut gesendet</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering; the change may or may not have been applied.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen; die Änderung wurde möglicherweise angewendet, möglicherweise auch nicht.</translation>
    </message>
    <message>
        <source>Refresh to see the host&apos;s current state, then make the change again if it is missing.</source>
        <translation>Aktualisieren Sie, um den aktuellen Zustand des Hosts zu sehen, und nehmen Sie die Änderung erneut vor, falls sie fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer the request %2 within %3 s (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 hat auf die Anforderung %2 nicht innerhalb von %3 s geantwortet (%n Versuch).</numerusform>
            <numerusform>%1 hat auf die Anforderung %2 nicht innerhalb von %3 s geantwortet (%n Versuche).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the host is running and not overloaded, and that nothing between slows the connection.</source>
        <translation>Überprüfen Sie, ob der Host ausgeführt wird und nicht überlastet ist und ob nichts dazwischen die Verbindung verlangsamt.</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service (normally https://host:5986/wsman) and that nothing between rewrites its answers.</source>
        <translation>Überprüfen Sie, ob die Adresse auf einen WS-Management-Dienst verweist (normalerweise https://host:5986/wsman) und ob nichts dazwischen seine Antworten umschreibt.</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with %3 instead of %4.</source>
        <translation>%1 hat die Anforderung %2 mit %3 statt mit %4 beantwortet.</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with the answer to another request (RelatesTo &apos;%3&apos;, expected &apos;%4&apos;).</source>
        <translation>%1 hat die Anforderung %2 mit der Antwort auf eine andere Anforderung beantwortet (RelatesTo „%3“, erwartet „%4“).</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with a body of %3 instead of %4.</source>
        <translation>%1 hat die Anforderung %2 mit einem Body %3 statt %4 beantwortet.</translation>
    </message>
</context>
<context>
    <name>hvdesk::wsman::WsmanServer</name>
    <message>
        <source>TLS is not available: Qt has no TLS backend.</source>
        <translation>TLS ist nicht verfügbar: Qt hat kein TLS-Back-End.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s OpenSSL plug-in (libssl3).</source>
        <translation>Installieren Sie das OpenSSL-Plug-in von Qt (libssl3).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Choose another port, or stop the program that uses it.</source>
        <translation>Wählen Sie einen anderen Port, oder beenden Sie das Programm, das ihn verwendet.</translation>
    </message>
</context>
</TS>
