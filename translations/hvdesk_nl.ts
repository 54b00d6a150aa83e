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
    <message>
        <source>RSS and VMQ on host network adapters</source>
        <translation>RSS en VMQ op netwerkadapters van de host</translation>
    </message>
    <message>
        <source>Virtual machine definition XML</source>
        <translation>Definitie-XML van de virtuele machine</translation>
    </message>
    <message>
        <source>Not offered by this connection: %1.</source>
        <translation>Niet aangeboden door deze verbinding: %1.</translation>
    </message>
</context>
<context>
    <name>CimXml</name>
    <message>
        <source>a property without a NAME</source>
        <translation>een eigenschap zonder NAME</translation>
    </message>
    <message>
        <source>property %1 holds an embedded object that is not CIM-XML</source>
        <translation>eigenschap %1 bevat een ingesloten object dat geen CIM-XML is</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;INSTANCE&gt;</source>
        <translation>het hoofdelement is &lt;%1&gt;, &lt;INSTANCE&gt; verwacht</translation>
    </message>
    <message>
        <source>no INSTANCE element</source>
        <translation>geen INSTANCE-element</translation>
    </message>
    <message>
        <source>the INSTANCE has no CLASSNAME</source>
        <translation>de INSTANCE heeft geen CLASSNAME</translation>
    </message>
    <message>
        <source>The embedded instance is not valid CIM-XML</source>
        <translation>Het ingesloten exemplaar is geen geldige CIM-XML</translation>
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
    <message>
        <source>Print the report &lt;name&gt; (integration-services) and exit.</source>
        <translation>Het rapport &lt;name&gt; (integration-services) afdrukken en afsluiten.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>The report&apos;s format: csv.</source>
        <translation>De indeling van het rapport: csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>indeling</translation>
    </message>
    <message>
        <source>Report on the demo simulator.</source>
        <translation>Rapporteren over de demosimulator.</translation>
    </message>
    <message>
        <source>Report on the server at &lt;uri&gt;. May be given more than once.</source>
        <translation>Rapporteren over de server op &lt;uri&gt;. Kan meerdere keren worden opgegeven.</translation>
    </message>
    <message>
        <source>--report: &apos;%1&apos; is not a report. Use --report integration-services.</source>
        <translation>--report: &apos;%1&apos; is geen rapport. Gebruik --report integration-services.</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not supported. Use --format csv.</source>
        <translation>--format: &apos;%1&apos; wordt niet ondersteund. Gebruik --format csv.</translation>
    </message>
    <message>
        <source>--report needs at least one server: add --connect URI (for example --connect sim:demo).</source>
        <translation>--report vereist ten minste één server: voeg --connect URI toe (bijvoorbeeld --connect sim:demo).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the connection did not open in time.</source>
        <translation>de verbinding is niet op tijd geopend.</translation>
    </message>
    <message>
        <source>Print the report &lt;name&gt; (integration-services) as CSV for the servers given with --connect, and exit without a window.</source>
        <translation>Het rapport &lt;name&gt; (integration-services) als CSV afdrukken voor de servers die met --connect zijn opgegeven, en afsluiten zonder venster.</translation>
    </message>
    <message>
        <source>--lang: there is no translation for &apos;%1&apos;. Available languages: %2.</source>
        <translation>--lang: er is geen vertaling voor &apos;%1&apos;. Beschikbare talen: %2.</translation>
    </message>
</context>
<context>
    <name>ConfigurationVersion</name>
    <message>
        <source>The host of &apos;%1&apos; is not known.</source>
        <translation>De host van &apos;%1&apos; is niet bekend.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Vernieuw de verbinding.</translation>
    </message>
    <message>
        <source>The configuration version &apos;%1&apos; of &apos;%2&apos; cannot be read.</source>
        <translation>De configuratieversie &apos;%1&apos; van &apos;%2&apos; kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has configuration version %2, the highest %3 supports.</source>
        <translation>&apos;%1&apos; heeft al configuratieversie %2, de hoogste die %3 ondersteunt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: the configuration version can only be upgraded while the virtual machine is off.</source>
        <translation>&apos;%1&apos; is %2: de configuratieversie kan alleen worden bijgewerkt als de virtuele machine is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Shut down the virtual machine, then upgrade.</source>
        <translation>Sluit de virtuele machine af en voer daarna de upgrade uit.</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>&apos;%1&apos; is a %2 interface; only network and bridge interfaces can be connected elsewhere.</source>
        <translation>&apos;%1&apos; is een %2-interface; alleen netwerk- en bridge-interfaces kunnen ergens anders worden verbonden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot move disconnected: libvirt keeps the guest&apos;s devices as they are during a move.</source>
        <translation>&apos;%1&apos; kan niet losgekoppeld worden verplaatst: libvirt laat de apparaten van de gast tijdens een verplaatsing ongewijzigd.</translation>
    </message>
    <message>
        <source>The domain XML cannot be read: %1</source>
        <translation>De domein-XML kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>Epr</name>
    <message>
        <source>&apos;%1&apos; is not a WMI object path: %2 at character %3.</source>
        <translation>&apos;%1&apos; is geen WMI-objectpad: %2 bij teken %3.</translation>
    </message>
    <message>
        <source>Write it as \\HOST\root\virtualization\v2:Class.Key=&quot;value&quot;.</source>
        <translation>Schrijf het als \\HOST\root\virtualization\v2:Class.Key=&quot;value&quot;.</translation>
    </message>
    <message>
        <source>no namespace after the host</source>
        <translation>geen naamruimte na de host</translation>
    </message>
    <message>
        <source>no &apos;:&apos; between namespace and class</source>
        <translation>geen &apos;:&apos; tussen naamruimte en klasse</translation>
    </message>
    <message>
        <source>the namespace is empty</source>
        <translation>de naamruimte is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a namespace name</source>
        <translation>&apos;%1&apos; is geen naamruimtenaam</translation>
    </message>
    <message>
        <source>the class name is empty</source>
        <translation>de klassenaam is leeg</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class name</source>
        <translation>&apos;%1&apos; is geen klassenaam</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; before the keys</source>
        <translation>&apos;.&apos; verwacht vóór de sleutels</translation>
    </message>
    <message>
        <source>a key without &apos;=&apos;</source>
        <translation>een sleutel zonder &apos;=&apos;</translation>
    </message>
    <message>
        <source>a key without a name</source>
        <translation>een sleutel zonder naam</translation>
    </message>
    <message>
        <source>an unterminated quoted value</source>
        <translation>een niet-afgesloten waarde tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>a key without a value</source>
        <translation>een sleutel zonder waarde</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between keys</source>
        <translation>&apos;,&apos; verwacht tussen sleutels</translation>
    </message>
</context>
<context>
    <name>Fault</name>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>The host</source>
        <translation>De host</translation>
    </message>
    <message>
        <source>The host %1</source>
        <translation>De host %1</translation>
    </message>
    <message>
        <source>%1 refused the request (%2): %3</source>
        <translation>%1 heeft de aanvraag geweigerd (%2): %3</translation>
    </message>
    <message>
        <source>Connect with an account in the host&apos;s Administrators or Hyper-V Administrators group.</source>
        <translation>Maak verbinding met een account in de groep Administrators of Hyper-V Administrators van de host.</translation>
    </message>
    <message>
        <source>The object no longer exists or its key changed: refresh and try again.</source>
        <translation>Het object bestaat niet meer of de sleutel is gewijzigd: vernieuw en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The host does not provide this class. Check that the Hyper-V role is installed: the root/virtualization/v2 namespace needs Windows Server 2012 or later.</source>
        <translation>De host biedt deze klasse niet. Controleer of de Hyper-V-rol is geïnstalleerd: de naamruimte root/virtualization/v2 vereist Windows Server 2012 of hoger.</translation>
    </message>
    <message>
        <source>Ask for fewer items per request, or raise the host&apos;s limit: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;2048&quot;}.</source>
        <translation>Vraag minder items per aanvraag op, of verhoog de limiet van de host: winrm set winrm/config @{MaxEnvelopeSizekb=&quot;2048&quot;}.</translation>
    </message>
    <message>
        <source>The host dropped the enumeration (it expired): refresh to start it again.</source>
        <translation>De host heeft de opsomming beëindigd (deze is verlopen): vernieuw om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>The host is busy: try again, or raise the operation timeout.</source>
        <translation>De host is bezet: probeer het opnieuw, of verhoog de time-out van de bewerking.</translation>
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
        <translation>hvdesk is gebouwd zonder libvirt-qemu</translation>
    </message>
</context>
<context>
    <name>HostMigrationRules</name>
    <message>
        <source>&apos;%1&apos; is not a subnet: write an address and a prefix length, such as 10.0.50.0/24.</source>
        <translation>&apos;%1&apos; is geen subnet: geef een adres en een voorvoegsellengte op, zoals 10.0.50.0/24.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address.</source>
        <translation>&apos;%1&apos; is geen IPv6-adres.</translation>
    </message>
    <message>
        <source>The prefix length of &apos;%1&apos; must be 0-128.</source>
        <translation>De voorvoegsellengte van &apos;%1&apos; moet tussen 0 en 128 liggen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address such as 10.0.50.0.</source>
        <translation>&apos;%1&apos; is geen IPv4-adres zoals 10.0.50.0.</translation>
    </message>
    <message>
        <source>The prefix length of &apos;%1&apos; must be 0-32.</source>
        <translation>De voorvoegsellengte van &apos;%1&apos; moet tussen 0 en 32 liggen.</translation>
    </message>
    <message>
        <source>%1: %2 is out of range.</source>
        <translation>%1: %2 valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2 (the default is %3).</source>
        <translation>Gebruik een getal van %1 tot en met %2 (de standaardwaarde is %3).</translation>
    </message>
    <message>
        <source>Simultaneous live migrations</source>
        <translation>Gelijktijdige livemigraties</translation>
    </message>
    <message>
        <source>Simultaneous storage migrations</source>
        <translation>Gelijktijdige opslagmigraties</translation>
    </message>
    <message>
        <source>Migration network: %1</source>
        <translation>Migratienetwerk: %1</translation>
    </message>
    <message>
        <source>Correct or remove the entry.</source>
        <translation>Corrigeer of verwijder de vermelding.</translation>
    </message>
    <message>
        <source>Migration network %1 is listed twice.</source>
        <translation>Migratienetwerk %1 wordt twee keer vermeld.</translation>
    </message>
    <message>
        <source>Remove the second entry.</source>
        <translation>Verwijder de tweede vermelding.</translation>
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
    <name>HttpAnswerReader</name>
    <message>
        <source>the connection ended in the middle of the answer</source>
        <translation>de verbinding eindigde midden in het antwoord</translation>
    </message>
    <message>
        <source>the answer&apos;s headers exceed %1 KB</source>
        <translation>de headers van het antwoord zijn groter dan %1 KB</translation>
    </message>
    <message>
        <source>the answer does not start with an HTTP status line</source>
        <translation>het antwoord begint niet met een HTTP-statusregel</translation>
    </message>
    <message>
        <source>the answer has a malformed header line</source>
        <translation>het antwoord bevat een ongeldige headerregel</translation>
    </message>
    <message>
        <source>the answer has an invalid Content-Length</source>
        <translation>het antwoord heeft een ongeldige Content-Length</translation>
    </message>
    <message>
        <source>the answer has a malformed chunk</source>
        <translation>het antwoord bevat een ongeldige chunk</translation>
    </message>
</context>
<context>
    <name>HyperVProvider</name>
    <message>
        <source>The method %1 of %2 is not supported by this provider.</source>
        <translation>De methode %1 van %2 wordt niet ondersteund door deze provider.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Instellingen toepassen</translation>
    </message>
    <message>
        <source>Add network adapter</source>
        <translation>Netwerkadapter toevoegen</translation>
    </message>
    <message>
        <source>Remove network adapter</source>
        <translation>Netwerkadapter verwijderen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Configuratieversie bijwerken</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is known.</source>
        <translation>Er is geen host met de naam &apos;%1&apos; bekend.</translation>
    </message>
    <message>
        <source>Move storage</source>
        <translation>Opslag verplaatsen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-instellingen</translation>
    </message>
    <message>
        <source>The WS-Management service does not support Put on %1.</source>
        <translation>De WS-Management-service ondersteunt geen Put op %1.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; is not supported by the service.</source>
        <translation>De actie &apos;%1&apos; wordt niet ondersteund door de service.</translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The WMI service or the WMI provider returned an unknown error: HRESULT 0x8004100e </source>
        <translation>De WS-Management-service kan de aanvraag niet verwerken. De WMI-service of de WMI-provider heeft een onbekende fout geretourneerd: HRESULT 0x8004100e </translation>
    </message>
    <message>
        <source>Invalid namespace </source>
        <translation>Ongeldige naamruimte </translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The specified class does not exist in the given namespace. </source>
        <translation>De WS-Management-service kan de aanvraag niet verwerken. De opgegeven klasse bestaat niet in de opgegeven naamruimte. </translation>
    </message>
    <message>
        <source>Invalid class </source>
        <translation>Ongeldige klasse </translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request. The resource URI &apos;%1&apos; is not supported.</source>
        <translation>De WS-Management-service kan de aanvraag niet verwerken. De resource-URI &apos;%1&apos; wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The requested filter dialect &apos;%1&apos; is not supported.</source>
        <translation>Het aangevraagde filterdialect &apos;%1&apos; wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The query names the class %1, the resource URI %2.</source>
        <translation>De query noemt de klasse %1, de resource-URI %2.</translation>
    </message>
    <message>
        <source>Enumerating a whole namespace needs a WQL filter.</source>
        <translation>Voor het opsommen van een volledige naamruimte is een WQL-filter nodig.</translation>
    </message>
    <message>
        <source>The enumeration context supplied in the message is not valid: it is unknown, was released or has expired.</source>
        <translation>De opsommingscontext in het bericht is niet geldig: deze is onbekend, vrijgegeven of verlopen.</translation>
    </message>
    <message>
        <source>The enumeration context supplied in the message is not valid.</source>
        <translation>De opsommingscontext in het bericht is niet geldig.</translation>
    </message>
    <message>
        <source>The resource URI &apos;%1&apos; does not name a class.</source>
        <translation>De resource-URI &apos;%1&apos; noemt geen klasse.</translation>
    </message>
    <message>
        <source>The WS-Management service cannot process the request because the request contained invalid selectors for the resource. </source>
        <translation>De WS-Management-service kan de aanvraag niet verwerken omdat de aanvraag ongeldige selectors voor de resource bevatte. </translation>
    </message>
    <message>
        <source>%1 is not a key of %2; its keys are %3.</source>
        <translation>%1 is geen sleutel van %2; de sleutels zijn %3.</translation>
    </message>
    <message>
        <source>The selector %1 of %2 is missing.</source>
        <translation>De selector %1 van %2 ontbreekt.</translation>
    </message>
    <message>
        <source>No %1 has these selectors on %2.</source>
        <translation>Geen %1 heeft deze selectors op %2.</translation>
    </message>
</context>
<context>
    <name>IntegrationEventLog</name>
    <message>
        <source>The integration services in virtual machine &apos;%1&apos; (version %2) are older than those on the host (version %3). Upgrade them with the Integration Services Setup Disk. (Virtual machine ID %4)</source>
        <translation>De integratieservices in virtuele machine &apos;%1&apos; (versie %2) zijn ouder dan die op de host (versie %3). Voer een upgrade uit met het installatiemedium voor integratieservices. (Id van virtuele machine: %4)</translation>
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
    <name>IntegrationServicesCheck</name>
    <message>
        <source>The host &apos;%1&apos; of &apos;%2&apos; is not known to this connection.</source>
        <translation>De host &apos;%1&apos; van &apos;%2&apos; is niet bekend bij deze verbinding.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Vernieuw de verbinding.</translation>
    </message>
    <message>
        <source>The host %1 reports no readable integration services version (&apos;%2&apos;: %3).</source>
        <translation>De host %1 meldt geen leesbare versie van de integratieservices (&apos;%2&apos;: %3).</translation>
    </message>
    <message>
        <source>Check the host&apos;s Hyper-V installation.</source>
        <translation>Controleer de Hyper-V-installatie van de host.</translation>
    </message>
    <message>
        <source>Setup installed integration services %1; the guest still runs %2 until it restarts.</source>
        <translation>Setup heeft integratieservices %1 geïnstalleerd; de gast gebruikt nog %2 totdat deze opnieuw wordt opgestart.</translation>
    </message>
    <message>
        <source>no integration services</source>
        <translation>geen integratieservices</translation>
    </message>
    <message>
        <source>Restart the virtual machine to finish the upgrade.</source>
        <translation>Start de virtuele machine opnieuw op om de upgrade te voltooien.</translation>
    </message>
    <message>
        <source>The version is read from the running guest, and &apos;%1&apos; is %2.</source>
        <translation>De versie wordt uitgelezen uit de actieve gast, en &apos;%1&apos; is %2.</translation>
    </message>
    <message>
        <source>It last reported %1, older than the host&apos;s %2.</source>
        <translation>De laatst gemelde versie is %1, ouder dan %2 van de host.</translation>
    </message>
    <message>
        <source>It last reported %1.</source>
        <translation>De laatst gemelde versie is %1.</translation>
    </message>
    <message>
        <source>Start the virtual machine to check its integration services.</source>
        <translation>Start de virtuele machine om de integratieservices ervan te controleren.</translation>
    </message>
    <message>
        <source>Data Exchange is turned off for &apos;%1&apos;, so the guest cannot report its version.</source>
        <translation>Gegevensuitwisseling is uitgeschakeld voor &apos;%1&apos;, dus de gast kan zijn versie niet melden.</translation>
    </message>
    <message>
        <source>Enable Data Exchange in Settings &gt; Integration Services.</source>
        <translation>Schakel Gegevensuitwisseling in via Instellingen &gt; Integratieservices.</translation>
    </message>
    <message>
        <source>The guest reports the version &apos;%1&apos;, which cannot be read: %2.</source>
        <translation>De gast meldt de versie &apos;%1&apos;, die niet kan worden gelezen: %2.</translation>
    </message>
    <message>
        <source>Reinstall integration services in the guest.</source>
        <translation>Installeer de integratieservices opnieuw in de gast.</translation>
    </message>
    <message>
        <source>The guest runs the host&apos;s version.</source>
        <translation>De gast gebruikt de versie van de host.</translation>
    </message>
    <message>
        <source>The guest runs %1, newer than the %2 that %3 offers (it came from a newer host).</source>
        <translation>De gast gebruikt %1, nieuwer dan de %2 die %3 aanbiedt (de virtuele machine komt van een nieuwere host).</translation>
    </message>
    <message>
        <source>Update %1, or move the virtual machine to a host with the same version.</source>
        <translation>Werk %1 bij of verplaats de virtuele machine naar een host met dezelfde versie.</translation>
    </message>
    <message>
        <source>The guest runs %1, older than the host&apos;s %2.</source>
        <translation>De gast gebruikt %1, ouder dan %2 van de host.</translation>
    </message>
    <message>
        <source>Run Windows Update in the guest: %1 updates guests through Windows Update, not a setup disk.</source>
        <translation>Voer Windows Update uit in de gast: %1 werkt gasten bij via Windows Update, niet via een installatiemedium.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk (Action menu), install, then restart the virtual machine.</source>
        <translation>Voeg het installatiemedium voor integratieservices in (menu Actie), installeer en start de virtuele machine daarna opnieuw op.</translation>
    </message>
    <message>
        <source>%1 reports no readable integration services version (&apos;%2&apos;: %3).</source>
        <translation>%1 meldt geen leesbare versie van de integratieservices (&apos;%2&apos;: %3).</translation>
    </message>
    <message>
        <source>%1 (build %2) updates guests through Windows Update; it has no setup disk.</source>
        <translation>%1 (build %2) werkt gasten bij via Windows Update; er is geen installatiemedium.</translation>
    </message>
    <message>
        <source>Keep Windows Update running in the guests.</source>
        <translation>Laat Windows Update actief in de gasten.</translation>
    </message>
    <message>
        <source>%1 (build %2) offers integration services %3 on its setup disk.</source>
        <translation>%1 (build %2) biedt integratieservices %3 aan op het installatiemedium.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The nodes of cluster %1 offer different integration services versions: %2.</source>
        <translation>De knooppunten van cluster %1 bieden verschillende versies van de integratieservices aan: %2.</translation>
    </message>
    <message>
        <source>Update the other nodes to %1&apos;s version %2, so a virtual machine keeps a matching version on every node.</source>
        <translation>Werk de andere knooppunten bij naar versie %2 van %1, zodat een virtuele machine op elk knooppunt een overeenkomende versie behoudt.</translation>
    </message>
    <message>
        <source>The host of &apos;%1&apos; is not known.</source>
        <translation>De host van &apos;%1&apos; is niet bekend.</translation>
    </message>
    <message>
        <source>%1 (build %2) has no Integration Services Setup Disk: from Windows Server 2016 on, guests get integration services through Windows Update.</source>
        <translation>%1 (build %2) heeft geen installatiemedium voor integratieservices: vanaf Windows Server 2016 krijgen gasten integratieservices via Windows Update.</translation>
    </message>
    <message>
        <source>Run Windows Update in the guest &apos;%1&apos;.</source>
        <translation>Voer Windows Update uit in de gast &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: setup runs inside the guest, which must be running.</source>
        <translation>&apos;%1&apos; is %2: Setup wordt uitgevoerd in de gast, die daarvoor actief moet zijn.</translation>
    </message>
    <message>
        <source>Start the virtual machine, then insert the setup disk.</source>
        <translation>Start de virtuele machine en voeg daarna het installatiemedium in.</translation>
    </message>
    <message>
        <source>The setup disk holds Windows installers; &apos;%1&apos; runs %2.</source>
        <translation>Het installatiemedium bevat Windows-installatieprogramma&apos;s; &apos;%1&apos; draait %2.</translation>
    </message>
    <message>
        <source>Install the Hyper-V drivers that the guest&apos;s operating system provides.</source>
        <translation>Installeer de Hyper-V-stuurprogramma&apos;s die het besturingssysteem van de gast levert.</translation>
    </message>
    <message>
        <source>Setup already installed integration services %1 in &apos;%2&apos;; they take effect when it restarts.</source>
        <translation>Setup heeft integratieservices %1 al geïnstalleerd in &apos;%2&apos;; ze worden actief wanneer de virtuele machine opnieuw wordt opgestart.</translation>
    </message>
    <message>
        <source>Restart the virtual machine.</source>
        <translation>Start de virtuele machine opnieuw op.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already runs the host&apos;s integration services %2.</source>
        <translation>&apos;%1&apos; gebruikt al integratieservices %2 van de host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; runs integration services %2, newer than the host&apos;s %3: setup does not downgrade.</source>
        <translation>&apos;%1&apos; gebruikt integratieservices %2, nieuwer dan %3 van de host: Setup voert geen downgrade uit.</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up-to-date</translation>
    </message>
    <message>
        <source>Update required</source>
        <translation>Update vereist</translation>
    </message>
    <message>
        <source>Restart required</source>
        <translation>Opnieuw opstarten vereist</translation>
    </message>
    <message>
        <source>Newer than host</source>
        <translation>Nieuwer dan host</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Niet geïnstalleerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Setup disk</source>
        <translation>Installatiemedium</translation>
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
        <translation>&apos;%1&apos; heeft geen kanaal voor de QEMU-gastagent in de definitie.</translation>
    </message>
    <message>
        <source>Add the channel (virt-manager: Add Hardware &gt; Channel, org.qemu.guest_agent.0) and install qemu-guest-agent in the guest.</source>
        <translation>Voeg het kanaal toe (virt-manager: Add Hardware &gt; Channel, org.qemu.guest_agent.0) en installeer qemu-guest-agent in de gast.</translation>
    </message>
    <message>
        <source>The QEMU guest agent answers while the guest runs, and &apos;%1&apos; is %2.</source>
        <translation>De QEMU-gastagent antwoordt terwijl de gast actief is, en &apos;%1&apos; is %2.</translation>
    </message>
    <message>
        <source>It last reported agent %1.</source>
        <translation>Laatst gerapporteerde agent: %1.</translation>
    </message>
    <message>
        <source>Start the virtual machine to check its guest agent.</source>
        <translation>Start de virtuele machine om de gastagent te controleren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a guest agent channel, but no agent answers in the guest.</source>
        <translation>&apos;%1&apos; heeft een kanaal voor de gastagent, maar er antwoordt geen agent in de gast.</translation>
    </message>
    <message>
        <source>The QEMU guest agent of &apos;%1&apos; stopped answering (it last reported %2).</source>
        <translation>De QEMU-gastagent van &apos;%1&apos; antwoordt niet meer (laatst gerapporteerd: %2).</translation>
    </message>
    <message>
        <source>Install and start qemu-guest-agent in the guest (apt install qemu-guest-agent, or the virtio-win guest tools on Windows; systemctl enable --now qemu-guest-agent).</source>
        <translation>Installeer en start qemu-guest-agent in de gast (apt install qemu-guest-agent, of de virtio-win-gasthulpprogramma&apos;s op Windows; systemctl enable --now qemu-guest-agent).</translation>
    </message>
    <message>
        <source>The QEMU guest agent %1 answers. %2 does not ship it: it comes with the guest&apos;s own packages, so there is no host version to compare with.</source>
        <translation>De QEMU-gastagent %1 antwoordt. %2 levert deze niet mee: de agent komt uit de eigen pakketten van de gast, dus er is geen hostversie om mee te vergelijken.</translation>
    </message>
    <message>
        <source>%1 has no integration services of its own: its guests run the QEMU guest agent from their own packages.</source>
        <translation>%1 heeft geen eigen integratieservices: de gasten gebruiken de QEMU-gastagent uit hun eigen pakketten.</translation>
    </message>
    <message>
        <source>Keep qemu-guest-agent installed and updated in the guests.</source>
        <translation>Houd qemu-guest-agent geïnstalleerd en bijgewerkt in de gasten.</translation>
    </message>
    <message>
        <source>%1 has no setup disk: &apos;%2&apos; gets the QEMU guest agent from its own packages.</source>
        <translation>%1 heeft geen installatiemedium: &apos;%2&apos; krijgt de QEMU-gastagent uit de eigen pakketten.</translation>
    </message>
    <message>
        <source>Install or update qemu-guest-agent in the guest.</source>
        <translation>Installeer of werk qemu-guest-agent bij in de gast.</translation>
    </message>
    <message>
        <source>The guest&apos;s own packages (QEMU guest agent)</source>
        <translation>De eigen pakketten van de gast (QEMU-gastagent)</translation>
    </message>
    <message>
        <source>The guest reports no integration services version, so it cannot be compared with the host&apos;s %1: they may not be installed, or the guest has not reported its version yet.</source>
        <translation>De gast meldt geen versie van de integratieservices, dus deze kan niet worden vergeleken met %1 van de host: ze zijn mogelijk niet geïnstalleerd, of de gast heeft de versie nog niet gemeld.</translation>
    </message>
    <message>
        <source>If they are not installed: install the Hyper-V drivers that %1 provides (Linux Integration Services, or FreeBSD&apos;s hv modules); the setup disk is for Windows guests.</source>
        <translation>Als ze niet zijn geïnstalleerd: installeer de Hyper-V-stuurprogramma&apos;s die %1 levert (Linux Integration Services, of de hv-modules van FreeBSD); het installatiemedium is bedoeld voor Windows-gasten.</translation>
    </message>
    <message>
        <source>If they are not installed: install them through Windows Update in the guest: %1 has no setup disk.</source>
        <translation>Als ze niet zijn geïnstalleerd: installeer ze via Windows Update in de gast: %1 heeft geen installatiemedium.</translation>
    </message>
    <message>
        <source>If they are not installed: insert the Integration Services Setup Disk (Action menu) and run setup in the guest; setup shows the installed version.</source>
        <translation>Als ze niet zijn geïnstalleerd: voeg het installatiemedium voor integratieservices in (menu Actie) en voer Setup uit in de gast; Setup toont de geïnstalleerde versie.</translation>
    </message>
    <message>
        <source>The guest reports the version &apos;%1&apos;, which is incomplete: a full version has four parts (like %2), so it cannot be compared with the host&apos;s.</source>
        <translation>De gast meldt de versie &apos;%1&apos;, die onvolledig is: een volledige versie bestaat uit vier delen (zoals %2), dus deze kan niet worden vergeleken met die van de host.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk (Action menu): setup shows the installed version.</source>
        <translation>Voeg het installatiemedium voor integratieservices in (menu Actie): Setup toont de geïnstalleerde versie.</translation>
    </message>
    <message>
        <source>Check the integration services version inside the guest.</source>
        <translation>Controleer de versie van de integratieservices in de gast.</translation>
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
        <translation>libvirt verplaatst de schijven van een domein alleen samen met het domein.</translation>
    </message>
    <message>
        <source>Move the virtual machine with its storage to another host, or copy the disks with virsh blockcopy.</source>
        <translation>Verplaats de virtuele machine met de opslag naar een andere host, of kopieer de schijven met virsh blockcopy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a managed save image, which libvirt does not move.</source>
        <translation>&apos;%1&apos; heeft een beheerde opgeslagen toestand (managed save image), die libvirt niet verplaatst.</translation>
    </message>
    <message>
        <source>Start the virtual machine and move it running, or remove the saved state (virsh managedsave-remove).</source>
        <translation>Start de virtuele machine en verplaats deze terwijl deze actief is, of verwijder de opgeslagen toestand (virsh managedsave-remove).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2.</source>
        <translation>&apos;%1&apos; is %2.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished.</source>
        <translation>Wacht tot de huidige bewerking is voltooid.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is off: libvirt moves a shut-off domain&apos;s definition only, not its disks.</source>
        <translation>&apos;%1&apos; is uitgeschakeld: libvirt verplaatst van een uitgeschakeld domein alleen de definitie, niet de schijven.</translation>
    </message>
    <message>
        <source>Start it and move it running with its storage, or copy the disks yourself and move only the virtual machine.</source>
        <translation>Start de machine en verplaats deze actief met de opslag, of kopieer de schijven zelf en verplaats alleen de virtuele machine.</translation>
    </message>
    <message>
        <source>A libvirt connection has one host: the destination must be a host of another libvirt connection.</source>
        <translation>Een libvirt-verbinding heeft één host: de bestemming moet een host van een andere libvirt-verbinding zijn.</translation>
    </message>
    <message>
        <source>Connect to the destination host too (File &gt; Connect to Server), then choose it in the Move wizard.</source>
        <translation>Maak ook verbinding met de doelhost (Bestand &gt; Verbinding maken met server) en kies deze vervolgens in de wizard Verplaatsen.</translation>
    </message>
    <message>
        <source>Starting the migration</source>
        <translation>De migratie wordt gestart</translation>
    </message>
    <message>
        <source>Copying storage: %1 of %2</source>
        <translation>Opslag kopiëren: %1 van %2</translation>
    </message>
    <message>
        <source>Copying memory: %1 of %2, %3 remaining</source>
        <translation>Geheugen kopiëren: %1 van %2, %3 resterend</translation>
    </message>
    <message>
        <source>Copying: %1 of %2</source>
        <translation>Kopiëren: %1 van %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>geen details</translation>
    </message>
    <message>
        <source>The move of &apos;%1&apos; was cancelled; it keeps running on the source host.</source>
        <translation>Het verplaatsen van &apos;%1&apos; is geannuleerd; de machine blijft actief op de bronhost.</translation>
    </message>
    <message>
        <source>The source host could not log in to %1 (%2).</source>
        <translation>De bronhost kon zich niet aanmelden bij %1 (%2).</translation>
    </message>
    <message>
        <source>The move is peer to peer: the source host&apos;s libvirtd connects to the destination itself, as root. Give root on the source host an SSH key the destination accepts (ssh-copy-id), or use qemu+tls.</source>
        <translation>De verplaatsing is peer-to-peer: libvirtd op de bronhost maakt zelf verbinding met de bestemming, als root. Geef root op de bronhost een SSH-sleutel die de bestemming accepteert (ssh-copy-id), of gebruik qemu+tls.</translation>
    </message>
    <message>
        <source>The destination&apos;s processor cannot run &apos;%1&apos; as it runs now (%2).</source>
        <translation>De processor van de bestemming kan &apos;%1&apos; niet uitvoeren zoals deze nu wordt uitgevoerd (%2).</translation>
    </message>
    <message>
        <source>Give the domain a CPU model both hosts support (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; with a common model), or choose a host with the same processor.</source>
        <translation>Geef het domein een CPU-model dat beide hosts ondersteunen (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; met een gemeenschappelijk model), of kies een host met dezelfde processor.</translation>
    </message>
    <message>
        <source>A network of &apos;%1&apos; does not exist on the destination (%2).</source>
        <translation>Een netwerk van &apos;%1&apos; bestaat niet op de bestemming (%2).</translation>
    </message>
    <message>
        <source>Define and start the network there (virsh net-define, net-start), or connect the adapter to a network the destination has on the Compatibility page.</source>
        <translation>Definieer en start het netwerk daar (virsh net-define, net-start), of verbind de adapter op de pagina Compatibiliteit met een netwerk dat de bestemming wel heeft.</translation>
    </message>
    <message>
        <source>The destination has no storage for the disks of &apos;%1&apos; (%2).</source>
        <translation>De bestemming heeft geen opslag voor de schijven van &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Define and start a storage pool on the destination for the folder of each disk (virsh pool-define-as NAME dir --target FOLDER); libvirt creates the disks in it during the move.</source>
        <translation>Definieer en start op de bestemming een opslaggroep voor de map van elke schijf (virsh pool-define-as NAME dir --target FOLDER); libvirt maakt de schijven daarin aan tijdens de verplaatsing.</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; without its disks is unsafe: %2</source>
        <translation>Het verplaatsen van &apos;%1&apos; zonder de schijven is onveilig: %2</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well (shared-nothing), or put its disks on storage both hosts share with cache=&apos;none&apos;.</source>
        <translation>Kies ervoor om ook de gegevens van de virtuele machine te verplaatsen (shared-nothing), of plaats de schijven op opslag die beide hosts delen met cache=&apos;none&apos;.</translation>
    </message>
    <message>
        <source>The destination already has a domain like &apos;%1&apos; (%2).</source>
        <translation>De bestemming heeft al een domein zoals &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Rename or undefine the domain on the destination (virsh domrename, undefine), then move again.</source>
        <translation>Wijzig de naam van het domein op de bestemming of maak de definitie ongedaan (virsh domrename, undefine) en verplaats vervolgens opnieuw.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test hypervisor cannot migrate domains (%1).</source>
        <translation>De test-hypervisor van libvirt kan geen domeinen migreren (%1).</translation>
    </message>
    <message>
        <source>Move between KVM hosts (qemu:// URIs); the test hypervisor only imitates a host.</source>
        <translation>Verplaats tussen KVM-hosts (qemu://-URI&apos;s); de test-hypervisor bootst alleen een host na.</translation>
    </message>
    <message>
        <source>The source host cannot reach %1 (%2).</source>
        <translation>De bronhost kan %1 niet bereiken (%2).</translation>
    </message>
    <message>
        <source>Check from the source host that the destination answers (virsh -c %1 list) and that libvirtd runs there; for qemu+ssh, that SSH is reachable, and that the migration ports 49152-49215 are open.</source>
        <translation>Controleer vanaf de bronhost of de bestemming antwoordt (virsh -c %1 list) en of libvirtd daar actief is; bij qemu+ssh ook of SSH bereikbaar is en of de migratiepoorten 49152-49215 open zijn.</translation>
    </message>
    <message>
        <source>Check the destination&apos;s address and firewall, and that libvirtd runs there.</source>
        <translation>Controleer het adres en de firewall van de bestemming, en of libvirtd daar actief is.</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed: %2</source>
        <translation>Het verplaatsen van &apos;%1&apos; is mislukt: %2</translation>
    </message>
    <message>
        <source>Check the libvirt logs of both hosts (journalctl -u libvirtd, /var/log/libvirt/qemu/%1.log).</source>
        <translation>Controleer de libvirt-logboeken van beide hosts (journalctl -u libvirtd, /var/log/libvirt/qemu/%1.log).</translation>
    </message>
</context>
<context>
    <name>MigrationCompatibility</name>
    <message>
        <source>Could not find Ethernet switch &apos;%1&apos; on %2 for &apos;%3&apos;.</source>
        <translation>Kan Ethernet-switch &apos;%1&apos; niet vinden op %2 voor &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Could not find Ethernet switch &apos;%1&apos; on %2 for &apos;%3&apos;: switch names are case-sensitive and %2 has &apos;%4&apos;.</source>
        <translation>Kan Ethernet-switch &apos;%1&apos; niet vinden op %2 voor &apos;%3&apos;: switchnamen zijn hoofdlettergevoelig en %2 heeft &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Map the adapter to a switch of %1, or disconnect it.</source>
        <translation>Koppel de adapter aan een switch van %1 of verbreek de verbinding ervan.</translation>
    </message>
    <message>
        <source>Map the adapter to switch &apos;%1&apos;, or disconnect it.</source>
        <translation>Koppel de adapter aan switch &apos;%1&apos; of verbreek de verbinding ervan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 and cannot continue on %3&apos;s processor (%4 on %5, %6 on %3).</source>
        <translation>&apos;%1&apos; is %2 en kan niet doorgaan op de processor van %3 (%4 op %5, %6 op %3).</translation>
    </message>
    <message>
        <source>Shut down the virtual machine and move it while it is off, or choose a host with a %1 processor.</source>
        <translation>Sluit de virtuele machine af en verplaats deze in uitgeschakelde toestand, of kies een host met een %1-processor.</translation>
    </message>
    <message>
        <source>%1 has another processor model (%2) than %3 (%4).</source>
        <translation>%1 heeft een ander processormodel (%2) dan %3 (%4).</translation>
    </message>
    <message>
        <source>If the move is refused, turn on &apos;Migrate to a physical computer with a different processor version&apos; in the virtual machine&apos;s processor settings (the VM must be off).</source>
        <translation>Als de verplaatsing wordt geweigerd, schakelt u &apos;Migreren naar een fysieke computer met een andere processorversie&apos; in bij de processorinstellingen van de virtuele machine (de VM moet zijn uitgeschakeld).</translation>
    </message>
    <message>
        <source>Outgoing live migrations are not enabled on %1.</source>
        <translation>Uitgaande livemigraties zijn niet ingeschakeld op %1.</translation>
    </message>
    <message>
        <source>Incoming live migrations are not enabled on %1.</source>
        <translation>Inkomende livemigraties zijn niet ingeschakeld op %1.</translation>
    </message>
    <message>
        <source>Enable incoming and outgoing live migrations in Hyper-V Settings of %1 (Enable-VMMigration).</source>
        <translation>Schakel inkomende en uitgaande livemigraties in bij Hyper-V-instellingen van %1 (Enable-VMMigration).</translation>
    </message>
    <message>
        <source>%1 has %2 of memory available; running &apos;%3&apos; needs %4.</source>
        <translation>%1 heeft %2 geheugen beschikbaar; voor het uitvoeren van &apos;%3&apos; is %4 nodig.</translation>
    </message>
    <message>
        <source>Choose another host, free memory on %1, or shut the virtual machine down and move it off.</source>
        <translation>Kies een andere host, maak geheugen vrij op %1, of sluit de virtuele machine af en verplaats deze in uitgeschakelde toestand.</translation>
    </message>
    <message>
        <source>%1 cannot reach &apos;%2&apos; of &apos;%3&apos;: it is not on storage both hosts share.</source>
        <translation>%1 kan &apos;%2&apos; van &apos;%3&apos; niet bereiken: het bevindt zich niet op opslag die beide hosts delen.</translation>
    </message>
    <message>
        <source>%1 has no volume for &apos;%2&apos; (%3).</source>
        <translation>%1 heeft geen volume voor &apos;%2&apos; (%3).</translation>
    </message>
    <message>
        <source>%1 reports no storage volumes: refresh the host.</source>
        <translation>%1 meldt geen opslagvolumes: vernieuw de host.</translation>
    </message>
    <message>
        <source>Choose a folder on one of: %1.</source>
        <translation>Kies een map op een van: %1.</translation>
    </message>
    <message>
        <source>%1 on %2 has %3 free; the files of &apos;%4&apos; need %5.</source>
        <translation>%1 op %2 heeft %3 vrij; de bestanden van &apos;%4&apos; hebben %5 nodig.</translation>
    </message>
    <message>
        <source>Choose a location on another volume, or free space on %1.</source>
        <translation>Kies een locatie op een ander volume of maak ruimte vrij op %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has configuration version %2; %3 supports versions up to %4.%5.</source>
        <translation>&apos;%1&apos; heeft configuratieversie %2; %3 ondersteunt versies tot en met %4.%5.</translation>
    </message>
    <message>
        <source>Choose a host running a newer Hyper-V (configuration versions cannot be downgraded).</source>
        <translation>Kies een host met een nieuwere versie van Hyper-V (configuratieversies kunnen niet worden verlaagd).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; uses SR-IOV, which switch &apos;%3&apos; on %4 does not offer: the adapter falls back to the synthetic path (no loss of connectivity, more host CPU).</source>
        <translation>&apos;%1&apos; van &apos;%2&apos; gebruikt SR-IOV, dat switch &apos;%3&apos; op %4 niet biedt: de adapter valt terug op het synthetische pad (geen verlies van connectiviteit, meer CPU-belasting op de host).</translation>
    </message>
    <message>
        <source>Nothing to do for the move; to keep SR-IOV, choose a host whose switch was created with SR-IOV.</source>
        <translation>Voor de verplaatsing hoeft u niets te doen; om SR-IOV te behouden, kiest u een host waarvan de switch met SR-IOV is gemaakt.</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; on %2 has no virtual machine queues: &apos;%3&apos; of &apos;%4&apos; loses the VMQ gain.</source>
        <translation>Switch &apos;%1&apos; op %2 heeft geen wachtrijen voor virtuele machines: &apos;%3&apos; van &apos;%4&apos; verliest het voordeel van VMQ.</translation>
    </message>
    <message>
        <source>Nothing to do for the move; enable VMQ on %1&apos;s network adapter to regain it.</source>
        <translation>Voor de verplaatsing hoeft u niets te doen; schakel VMQ in op de netwerkadapter van %1 om het voordeel terug te krijgen.</translation>
    </message>
    <message>
        <source>%1 authenticates live migrations with CredSSP: the move must be started in a session on %1 itself.</source>
        <translation>%1 verifieert livemigraties met CredSSP: de verplaatsing moet worden gestart in een sessie op %1 zelf.</translation>
    </message>
    <message>
        <source>Sign in to %1 to start the move there, or use Kerberos with constrained delegation.</source>
        <translation>Meld u aan bij %1 om de verplaatsing daar te starten, of gebruik Kerberos met beperkte delegering.</translation>
    </message>
    <message>
        <source>%1 authenticates live migrations with Kerberos: its computer account needs constrained delegation to %2 for &apos;cifs&apos; and &apos;Microsoft Virtual System Migration Service&apos;.</source>
        <translation>%1 verifieert livemigraties met Kerberos: het computeraccount ervan heeft beperkte delegering naar %2 nodig voor &apos;cifs&apos; en &apos;Microsoft Virtual System Migration Service&apos;.</translation>
    </message>
    <message>
        <source>If the move fails with an authentication error, configure the delegation in Active Directory.</source>
        <translation>Als de verplaatsing mislukt met een verificatiefout, configureert u de delegering in Active Directory.</translation>
    </message>
    <message>
        <source>%1 and %2 use different authentication for live migration (%3, %4).</source>
        <translation>%1 en %2 gebruiken verschillende verificatie voor livemigratie (%3, %4).</translation>
    </message>
    <message>
        <source>Use the same protocol on both hosts in Hyper-V Settings.</source>
        <translation>Gebruik op beide hosts hetzelfde protocol in Hyper-V-instellingen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already on %2.</source>
        <translation>&apos;%1&apos; staat al op %2.</translation>
    </message>
    <message>
        <source>Choose another host, or move only the virtual machine&apos;s storage.</source>
        <translation>Kies een andere host of verplaats alleen de opslag van de virtuele machine.</translation>
    </message>
    <message>
        <source>%1 does not answer (%2).</source>
        <translation>%1 reageert niet (%2).</translation>
    </message>
    <message>
        <source>Wait until %1 is reachable again, or choose another host.</source>
        <translation>Wacht tot %1 weer bereikbaar is of kies een andere host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2.</source>
        <translation>&apos;%1&apos; is %2.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished.</source>
        <translation>Wacht tot de huidige bewerking is voltooid.</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well, to a folder of %1 (shared-nothing live migration).</source>
        <translation>Kies ervoor ook de gegevens van de virtuele machine te verplaatsen, naar een map op %1 (livemigratie zonder gedeelde opslag).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path.</source>
        <translation>&apos;%1&apos; is geen absoluut pad.</translation>
    </message>
    <message>
        <source>Type a full path such as %1.</source>
        <translation>Typ een volledig pad, zoals %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves Cluster Shared Volume %2 for %3, outside the cluster storage: it will no longer be highly available in failover cluster &apos;%4&apos;.</source>
        <translation>&apos;%1&apos; verlaat gedeeld clustervolume %2 voor %3, buiten de clusteropslag: de machine is niet langer maximaal beschikbaar in failovercluster &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; leaves shared storage %2 for %3, local storage of %4: other hosts no longer reach its files, and it will no longer be highly available.</source>
        <translation>&apos;%1&apos; verlaat gedeelde opslag %2 voor %3, lokale opslag van %4: andere hosts kunnen de bestanden niet meer bereiken en de machine is niet langer maximaal beschikbaar.</translation>
    </message>
    <message>
        <source>To keep it highly available, choose &apos;Move only the virtual machine&apos; (its files stay on %1) or a folder on shared storage.</source>
        <translation>Om de machine maximaal beschikbaar te houden, kiest u &apos;Alleen de virtuele machine verplaatsen&apos; (de bestanden blijven op %1) of een map op gedeelde opslag.</translation>
    </message>
    <message>
        <source>To keep it highly available, choose a folder on shared storage (a Cluster Shared Volume such as %1, or an SMB share).</source>
        <translation>Om de machine maximaal beschikbaar te houden, kiest u een map op gedeelde opslag (een gedeeld clustervolume zoals %1, of een SMB-share).</translation>
    </message>
    <message>
        <source>The destination folder is empty.</source>
        <translation>Er is geen doelmap opgegeven.</translation>
    </message>
    <message>
        <source>The new location of &apos;%1&apos; is empty.</source>
        <translation>Er is geen nieuwe locatie voor &apos;%1&apos; opgegeven.</translation>
    </message>
</context>
<context>
    <name>MigrationEngine</name>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>De virtuele machine bestaat niet meer.</translation>
    </message>
    <message>
        <source>Refresh the host.</source>
        <translation>Vernieuw de host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is busy with another operation.</source>
        <translation>&apos;%1&apos; is bezig met een andere bewerking.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then move again.</source>
        <translation>Wacht tot de huidige bewerking is voltooid en verplaats daarna opnieuw.</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is on this connection.</source>
        <translation>Er bevindt zich geen host met de naam &apos;%1&apos; op deze verbinding.</translation>
    </message>
    <message>
        <source>Choose one of this connection&apos;s hosts: moves between connections are not supported.</source>
        <translation>Kies een van de hosts van deze verbinding: verplaatsingen tussen verbindingen worden niet ondersteund.</translation>
    </message>
    <message>
        <source>Queued: %1 of %2 simultaneous live migrations on %3 are running.</source>
        <translation>In wachtrij: %1 van %2 gelijktijdige livemigraties op %3 worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Queued: %1 of %2 simultaneous storage migrations on %3 are running.</source>
        <translation>In wachtrij: %1 van %2 gelijktijdige opslagmigraties op %3 worden uitgevoerd.</translation>
    </message>
    <message>
        <source> over any available network</source>
        <translation> via elk beschikbaar netwerk</translation>
    </message>
    <message>
        <source> over %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>Copying storage to %1%2</source>
        <translation>Opslag kopiëren naar %1%2</translation>
    </message>
    <message>
        <source>Copying storage</source>
        <translation>Opslag kopiëren</translation>
    </message>
    <message>
        <source>Copying memory to %1, round %2%3</source>
        <translation>Geheugen kopiëren naar %1, ronde %2%3</translation>
    </message>
    <message>
        <source>Switching over to %1</source>
        <translation>Overschakelen naar %1</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed at %2 % (%3): %4 stopped answering. &apos;%1&apos; is still %5 on %6 with its files intact.</source>
        <translation>Verplaatsen van &apos;%1&apos; is mislukt bij %2 % (%3): %4 reageert niet meer. &apos;%1&apos; is nog steeds %5 op %6, met intacte bestanden.</translation>
    </message>
    <message>
        <source>Check %1 and its network, then start the move again.</source>
        <translation>Controleer %1 en het netwerk ervan en start de verplaatsing daarna opnieuw.</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Moving &apos;%1&apos; failed: no migration network of %2 is reachable. &apos;%1&apos; is still on %2 with its files intact.</source>
        <translation>Verplaatsen van &apos;%1&apos; is mislukt: geen enkel migratienetwerk van %2 is bereikbaar. &apos;%1&apos; staat nog steeds op %2, met intacte bestanden.</translation>
    </message>
    <message>
        <source>Check the migration networks in Hyper-V Settings of %1, then move again.</source>
        <translation>Controleer de migratienetwerken in Hyper-V-instellingen van %1 en verplaats daarna opnieuw.</translation>
    </message>
    <message>
        <source>%1 failed, continuing over %2</source>
        <translation>%1 is mislukt, doorgaan via %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verplaatst naar %1</translation>
    </message>
    <message>
        <source>Storage moved</source>
        <translation>Opslag verplaatst</translation>
    </message>
    <message>
        <source>Waiting to move</source>
        <translation>Wachten op verplaatsing</translation>
    </message>
    <message>
        <source>Migrating (%1 %)</source>
        <translation>Migreren (%1 %)</translation>
    </message>
    <message>
        <source>Moving storage (%1 %)</source>
        <translation>Opslag verplaatsen (%1 %)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is being moved.</source>
        <translation>&apos;%1&apos; wordt verplaatst.</translation>
    </message>
    <message>
        <source>Wait until the move has finished, or cancel it in the Jobs panel.</source>
        <translation>Wacht tot de verplaatsing is voltooid of annuleer deze in het deelvenster Taken.</translation>
    </message>
    <message>
        <source>The host is not on this connection.</source>
        <translation>De host bevindt zich niet op deze verbinding.</translation>
    </message>
    <message>
        <source>Refresh the connection.</source>
        <translation>Vernieuw de verbinding.</translation>
    </message>
    <message>
        <source>Settings of %1 are already being applied.</source>
        <translation>Instellingen van %1 worden al toegepast.</translation>
    </message>
    <message>
        <source>Wait until that change has finished.</source>
        <translation>Wacht tot die wijziging is voltooid.</translation>
    </message>
</context>
<context>
    <name>MigrationPaths</name>
    <message>
        <source>Virtual hard disk</source>
        <translation>Virtuele harde schijf</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuratie</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Controlepunten</translation>
    </message>
    <message>
        <source>Smart paging</source>
        <translation>Slimme paginering</translation>
    </message>
</context>
<context>
    <name>NetworkAdapterAdvisor</name>
    <message>
        <source>SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.</source>
        <translation>Voor SR-IOV moet de adapter verbonden zijn met een virtuele switch die met SR-IOV is gemaakt.</translation>
    </message>
    <message>
        <source>Minimum bandwidth applies only to an adapter connected to a virtual switch.</source>
        <translation>Minimale bandbreedte is alleen van toepassing op een adapter die met een virtuele switch is verbonden.</translation>
    </message>
    <message>
        <source>Minimum bandwidth does not apply on &apos;%1&apos;: it was created with SR-IOV, whose traffic bypasses the virtual switch and its bandwidth management.</source>
        <translation>Minimale bandbreedte is niet van toepassing op &apos;%1&apos;: deze is gemaakt met SR-IOV, waarvan het verkeer de virtuele switch en het bandbreedtebeheer ervan omzeilt.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without bandwidth reservation (mode None); that cannot be changed after creation.</source>
        <translation>De switch &apos;%1&apos; is gemaakt zonder bandbreedtereservering (modus None); dat kan na het maken niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>VM queues are scarce and handed out first come, first served: %1 of %2 free on &apos;%3&apos;. A queue mainly speeds up inbound traffic; keep it for virtual machines that receive a lot.</source>
        <translation>VM-wachtrijen zijn schaars en worden toegewezen in volgorde van aanvraag: %1 van %2 vrij op &apos;%3&apos;. Een wachtrij versnelt vooral inkomend verkeer; reserveer deze voor virtuele machines die veel ontvangen.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; has no VM queues (its network adapter has VMQ off or none); traffic goes through the default queue.</source>
        <translation>De switch &apos;%1&apos; heeft geen VM-wachtrijen (VMQ is uitgeschakeld of ontbreekt op de netwerkadapter); verkeer loopt via de standaardwachtrij.</translation>
    </message>
    <message>
        <source>IPsec task offloading only moves the work: the number of security associations is this adapter&apos;s share of the network adapter&apos;s capacity.</source>
        <translation>IPsec-taakoffloading verplaatst alleen het werk: het aantal beveiligingskoppelingen is het aandeel van deze adapter in de capaciteit van de netwerkadapter.</translation>
    </message>
    <message>
        <source>With 0 offloaded security associations, IPsec still works: it runs in the guest, on the guest&apos;s processors.</source>
        <translation>Met 0 geoffloade beveiligingskoppelingen werkt IPsec nog steeds: het wordt uitgevoerd in de gast, op de processors van de gast.</translation>
    </message>
    <message>
        <source>IPsec task offload is deprecated on this host&apos;s Windows version.</source>
        <translation>IPsec-taakoffloading is afgeschaft in de Windows-versie van deze host.</translation>
    </message>
    <message>
        <source>Do not rely on it for new deployments.</source>
        <translation>Vertrouw er niet op voor nieuwe implementaties.</translation>
    </message>
    <message>
        <source>SR-IOV traffic bypasses the virtual switch: port ACLs, switch extensions and bandwidth management do not apply to it. Without a free virtual function the adapter falls back to the synthetic path without losing connectivity.</source>
        <translation>SR-IOV-verkeer omzeilt de virtuele switch: poort-ACL&apos;s, switchextensies en bandbreedtebeheer zijn er niet op van toepassing. Zonder vrije virtuele functie valt de adapter terug op het synthetische pad, zonder verlies van connectiviteit.</translation>
    </message>
    <message>
        <source>The bandwidth limits of this adapter do not apply while it uses a virtual function.</source>
        <translation>De bandbreedtelimieten van deze adapter zijn niet van toepassing zolang deze een virtuele functie gebruikt.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without SR-IOV; it cannot be converted later.</source>
        <translation>De switch &apos;%1&apos; is zonder SR-IOV gemaakt; dit kan achteraf niet worden omgezet.</translation>
    </message>
    <message>
        <source>it needs Windows Server 2012 R2 or later; %1 runs build %2.</source>
        <translation>hiervoor is Windows Server 2012 R2 of hoger vereist; %1 gebruikt build %2.</translation>
    </message>
    <message>
        <source>it needs Windows Server 2016 or later; %1 runs build %2.</source>
        <translation>hiervoor is Windows Server 2016 of hoger vereist; %1 gebruikt build %2.</translation>
    </message>
    <message>
        <source>it is for generation 2 virtual machines only; &apos;%1&apos; is generation %2.</source>
        <translation>dit is alleen voor virtuele machines van generatie 2; &apos;%1&apos; is van generatie %2.</translation>
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
    <message>
        <source>Maximum bandwidth: %1 Mbps is out of range.</source>
        <translation>Maximale bandbreedte: %1 Mbps valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter from 0 (no limit) to %1 Mbps.</source>
        <translation>Voer een waarde van 0 (geen limiet) tot en met %1 Mbps in.</translation>
    </message>
    <message>
        <source>Minimum bandwidth: %1 Mbps is out of range.</source>
        <translation>Minimale bandbreedte: %1 Mbps valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Enter from 0 (no reservation) to %1 Mbps.</source>
        <translation>Voer een waarde van 0 (geen reservering) tot en met %1 Mbps in.</translation>
    </message>
    <message>
        <source>SR-IOV needs the adapter to be connected to a virtual switch created with SR-IOV.</source>
        <translation>Voor SR-IOV moet de adapter verbonden zijn met een virtuele switch die met SR-IOV is gemaakt.</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; was created without SR-IOV.</source>
        <translation>De switch &apos;%1&apos; is zonder SR-IOV gemaakt.</translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Leave SR-IOV off, or connect the adapter to a switch created with SR-IOV (New-VMSwitch -EnableIov).</source>
        <translation>Laat SR-IOV uitgeschakeld, of verbind de adapter met een switch die met SR-IOV is gemaakt (New-VMSwitch -EnableIov).</translation>
    </message>
    <message>
        <source>Protected network is not available: %1</source>
        <translation>Beveiligd netwerk is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Keep the current setting.</source>
        <translation>Behoud de huidige instelling.</translation>
    </message>
    <message>
        <source>Device naming is not available: %1</source>
        <translation>Apparaatnaamgeving is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Leave device naming off.</source>
        <translation>Laat apparaatnaamgeving uitgeschakeld.</translation>
    </message>
    <message>
        <source>is the broadcast address.</source>
        <translation>is het broadcastadres.</translation>
    </message>
</context>
<context>
    <name>NetworkNames</name>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
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
        <translation>Standaardwachtrij</translation>
    </message>
    <message>
        <source>Maximum bandwidth</source>
        <translation>Maximale bandbreedte</translation>
    </message>
    <message>
        <source>Link congested</source>
        <translation>Verbinding overbelast</translation>
    </message>
    <message>
        <source>Host core saturated</source>
        <translation>Hostkern verzadigd</translation>
    </message>
    <message>
        <source>VMBus receive buffer full</source>
        <translation>VMBus-ontvangstbuffer vol</translation>
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
        <translation>Geen /proc/interrupts hier (een container?): ontvangstwachtrijen kunnen niet aan CPU&apos;s worden gekoppeld.</translation>
    </message>
    <message>
        <source>No /proc/stat: the time each CPU spends on network processing is unknown and shows as 0 %.</source>
        <translation>Geen /proc/stat: de tijd die elke CPU aan netwerkverwerking besteedt is onbekend en wordt weergegeven als 0 %.</translation>
    </message>
    <message>
        <source>No /proc/softirqs: the network share of softirq time is unknown; the load counts NIC interrupts only.</source>
        <translation>Geen /proc/softirqs: het netwerkaandeel van de softirq-tijd is onbekend; de belasting telt alleen NIC-interrupts.</translation>
    </message>
    <message>
        <source>No /proc/net/softnet_stat: packets per CPU are unknown and show as 0.</source>
        <translation>Geen /proc/net/softnet_stat: pakketten per CPU zijn onbekend en worden weergegeven als 0.</translation>
    </message>
    <message>
        <source>No /sys/class/net: the host&apos;s network adapters and their queues are unknown.</source>
        <translation>Geen /sys/class/net: de netwerkadapters van de host en hun wachtrijen zijn onbekend.</translation>
    </message>
    <message>
        <source>No CPU topology in /sys: hyper-threaded siblings are not marked.</source>
        <translation>Geen CPU-topologie in /sys: hyperthreading-siblings worden niet gemarkeerd.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan %1 niet lezen.</translation>
    </message>
    <message>
        <source>CPU %1 offline: no counters, shown at 0.</source>
        <translation>CPU %1 offline: geen tellers, weergegeven als 0.</translation>
    </message>
    <message>
        <source>No receive queue interrupts of this host&apos;s network adapters in /proc/interrupts: the queue map is empty.</source>
        <translation>Geen interrupts van ontvangstwachtrijen van de netwerkadapters van deze host in /proc/interrupts: de wachtrijtoewijzing is leeg.</translation>
    </message>
    <message>
        <source>No host counters for %1: a virtual function passed to the guest bypasses the host.</source>
        <translation>Geen hosttellers voor %1: een virtuele functie die aan de gast is doorgegeven, omzeilt de host.</translation>
    </message>
</context>
<context>
    <name>NicReceiveScalingNames</name>
    <message>
        <source>RSS and VMQ off</source>
        <translation>RSS en VMQ uit</translation>
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
        <translation>Host &apos;%1&apos; heeft geen fysieke netwerkadapter met de naam &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Refresh the host and choose one of its network adapters.</source>
        <translation>Vernieuw de host en kies een van de netwerkadapters ervan.</translation>
    </message>
</context>
<context>
    <name>ProcNetStats</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The per-core charts need a Linux kernel with procfs mounted; the other views work without it.</source>
        <translation>De grafieken per kern hebben een Linux-kernel met gekoppeld procfs nodig; de andere weergaven werken ook zonder.</translation>
    </message>
</context>
<context>
    <name>RemoteUri</name>
    <message>
        <source>&apos;%1&apos; is not a WS-Management URI.</source>
        <translation>&apos;%1&apos; is geen WS-Management-URI.</translation>
    </message>
    <message>
        <source>Use wsman+https://host[:port], for example wsman+https://hyperv01:5986.</source>
        <translation>Gebruik wsman+https://host[:poort], bijvoorbeeld wsman+https://hyperv01:5986.</translation>
    </message>
    <message>
        <source>The URI contains a password; hvdesk does not take passwords in URIs.</source>
        <translation>De URI bevat een wachtwoord; hvdesk accepteert geen wachtwoorden in URI&apos;s.</translation>
    </message>
    <message>
        <source>Remove the password from the URI: hvdesk asks for it and keeps it in the system keychain.</source>
        <translation>Verwijder het wachtwoord uit de URI: hvdesk vraagt erom en bewaart het in de sleutelhanger van het systeem.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no host.</source>
        <translation>&apos;%1&apos; noemt geen host.</translation>
    </message>
    <message>
        <source>Add the host&apos;s name: wsman+https://host.</source>
        <translation>Voeg de naam van de host toe: wsman+https://host.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: WinRM listens on /wsman, not on &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;: WinRM luistert op /wsman, niet op &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Leave the path out, or use /wsman.</source>
        <translation>Laat het pad weg, of gebruik /wsman.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the option &apos;%2&apos; is not known.</source>
        <translation>&apos;%1&apos;: de optie &apos;%2&apos; is onbekend.</translation>
    </message>
    <message>
        <source>Only host=name[:port] may follow the &apos;?&apos;.</source>
        <translation>Na het &apos;?&apos; mag alleen host=naam[:poort] volgen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name with an optional port.</source>
        <translation>&apos;%1&apos; is geen hostnaam met een optionele poort.</translation>
    </message>
    <message>
        <source>Write host=name or host=name:port.</source>
        <translation>Schrijf host=naam of host=naam:poort.</translation>
    </message>
</context>
<context>
    <name>RequestParser</name>
    <message>
        <source>MaxEnvelopeSize is not a positive number.</source>
        <translation>MaxEnvelopeSize is geen positief getal.</translation>
    </message>
    <message>
        <source>OperationTimeout is not an xs:duration such as PT60S.</source>
        <translation>OperationTimeout is geen xs:duration zoals PT60S.</translation>
    </message>
    <message>
        <source>%1 is not a positive number.</source>
        <translation>%1 is geen positief getal.</translation>
    </message>
    <message>
        <source>The request has no Action header.</source>
        <translation>De aanvraag heeft geen Action-header.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; names no method.</source>
        <translation>De actie &apos;%1&apos; noemt geen methode.</translation>
    </message>
    <message>
        <source>The body &lt;%1&gt; does not match the method %2 of the action.</source>
        <translation>De body &lt;%1&gt; komt niet overeen met de methode %2 van de actie.</translation>
    </message>
    <message>
        <source>The action &apos;%1&apos; is not supported.</source>
        <translation>De actie &apos;%1&apos; wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The request has no ResourceURI header.</source>
        <translation>De aanvraag heeft geen ResourceURI-header.</translation>
    </message>
    <message>
        <source>The request has no MessageID header.</source>
        <translation>De aanvraag heeft geen MessageID-header.</translation>
    </message>
    <message>
        <source>The request has no EnumerationContext.</source>
        <translation>De aanvraag heeft geen EnumerationContext.</translation>
    </message>
    <message>
        <source>the request has no XML element</source>
        <translation>de aanvraag heeft geen XML-element</translation>
    </message>
    <message>
        <source>The request is not well-formed</source>
        <translation>De aanvraag is niet goed gevormd</translation>
    </message>
    <message>
        <source>The envelope has no Body.</source>
        <translation>De envelop heeft geen Body.</translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>the SOAP body is empty</source>
        <translation>de SOAP-body is leeg</translation>
    </message>
    <message>
        <source>the response has no XML element</source>
        <translation>het antwoord heeft geen XML-element</translation>
    </message>
    <message>
        <source>the envelope has no Body</source>
        <translation>de envelop heeft geen Body</translation>
    </message>
    <message>
        <source>The host&apos;s response is not a valid WS-Management message</source>
        <translation>Het antwoord van de host is geen geldig WS-Management-bericht</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service (https://host:5986/wsman).</source>
        <translation>Controleer of het adres naar een WS-Management-service verwijst (https://host:5986/wsman).</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>Cannot create the server certificate: %1.</source>
        <translation>Kan het servercertificaat niet maken: %1.</translation>
    </message>
    <message>
        <source>Check that the directory %1 is writable.</source>
        <translation>Controleer of de map %1 beschrijfbaar is.</translation>
    </message>
    <message>
        <source>OpenSSL could not make an EC P-256 key</source>
        <translation>OpenSSL kon geen EC P-256-sleutel maken</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <source>OpenSSL refused a certificate extension</source>
        <translation>OpenSSL heeft een certificaatextensie geweigerd</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL kon het certificaat niet ondertekenen</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL kon geen PEM schrijven</translation>
    </message>
    <message>
        <source>the directory %1 cannot be created</source>
        <translation>de map %1 kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qt cannot read the certificate it was given</source>
        <translation>Qt kan het opgegeven certificaat niet lezen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate and key.</source>
        <translation>%1 of %2 is geen PEM-certificaat en -sleutel.</translation>
    </message>
    <message>
        <source>Delete both files: a new pair is made at the next start.</source>
        <translation>Verwijder beide bestanden: bij de volgende start wordt een nieuw paar gemaakt.</translation>
    </message>
</context>
<context>
    <name>SimdCommandLine</name>
    <message>
        <source>hvdesk-simd: serves a simulated Hyper-V estate over WS-Management (WMI root/virtualization/v2), one endpoint per simulated host.</source>
        <translation>hvdesk-simd: levert een gesimuleerde Hyper-V-omgeving via WS-Management (WMI root/virtualization/v2), één eindpunt per gesimuleerde host.</translation>
    </message>
    <message>
        <source>The estate to serve: sim:demo (default), sim:/path/topology.json or sim:generate?hosts=2&amp;vms=100.</source>
        <translation>De te leveren omgeving: sim:demo (standaard), sim:/path/topology.json of sim:generate?hosts=2&amp;vms=100.</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>Listen on &lt;address&gt; (default 127.0.0.1). Anything but a loopback address exposes the simulator to the network.</source>
        <translation>Luisteren op &lt;adres&gt; (standaard 127.0.0.1). Elk ander adres dan een loopback-adres stelt de simulator bloot aan het netwerk.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>The first host listens on &lt;port&gt;, the next on &lt;port&gt;+1, and so on (default 5986, or 5985 with --http; 0: any free ports).</source>
        <translation>De eerste host luistert op &lt;poort&gt;, de volgende op &lt;poort&gt;+1, enzovoort (standaard 5986, of 5985 met --http; 0: willekeurige vrije poorten).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>Serve plain HTTP instead of HTTPS (for tests).</source>
        <translation>Gewone HTTP in plaats van HTTPS leveren (voor tests).</translation>
    </message>
    <message>
        <source>Keep the self-signed certificate in &lt;directory&gt; (default: the user&apos;s application data directory).</source>
        <translation>Het zelfondertekende certificaat bewaren in &lt;map&gt; (standaard: de map met toepassingsgegevens van de gebruiker).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>map</translation>
    </message>
    <message>
        <source>The account clients authenticate as (default hvdesk).</source>
        <translation>Het account waarmee clients zich verifiëren (standaard hvdesk).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Read the account&apos;s password from the first line of &lt;file&gt; (or set HVDESK_SIMD_PASSWORD).</source>
        <translation>Het wachtwoord van het account lezen uit de eerste regel van &lt;bestand&gt; (of stel HVDESK_SIMD_PASSWORD in).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>The largest request body accepted (default 512000, WinRM&apos;s MaxEnvelopeSize).</source>
        <translation>De grootste geaccepteerde aanvraagbody (standaard 512000, de MaxEnvelopeSize van WinRM).</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Connections each endpoint serves at once (default 64).</source>
        <translation>Aantal verbindingen dat elk eindpunt tegelijk bedient (standaard 64).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>aantal</translation>
    </message>
    <message>
        <source>Run the simulated clock &lt;factor&gt; times faster than real time (default 1).</source>
        <translation>De gesimuleerde klok &lt;factor&gt; keer sneller laten lopen dan de werkelijke tijd (standaard 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address.</source>
        <translation>--bind: &apos;%1&apos; is geen IP-adres.</translation>
    </message>
    <message>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator.</source>
        <translation>waarschuwing: luistert op %1, dat geen loopback-adres is: andere computers kunnen de simulator bereiken.</translation>
    </message>
    <message>
        <source>--port: &apos;%1&apos; is not a port number (0-65535).</source>
        <translation>--port: &apos;%1&apos; is geen poortnummer (0-65535).</translation>
    </message>
    <message>
        <source>--max-request-bytes: &apos;%1&apos; is not a size of at least 4096.</source>
        <translation>--max-request-bytes: &apos;%1&apos; is geen grootte van ten minste 4096.</translation>
    </message>
    <message>
        <source>--max-connections: &apos;%1&apos; is not a positive number.</source>
        <translation>--max-connections: &apos;%1&apos; is geen positief getal.</translation>
    </message>
    <message>
        <source>--speed: &apos;%1&apos; is not a factor between 0 and 1000.</source>
        <translation>--speed: &apos;%1&apos; is geen factor tussen 0 en 1000.</translation>
    </message>
    <message>
        <source>--password-file: cannot read &apos;%1&apos;: %2</source>
        <translation>--password-file: kan &apos;%1&apos; niet lezen: %2</translation>
    </message>
    <message>
        <source>no password: give --password-file FILE or set HVDESK_SIMD_PASSWORD.</source>
        <translation>geen wachtwoord: geef --password-file FILE op of stel HVDESK_SIMD_PASSWORD in.</translation>
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
    <message>
        <source>Cannot %1 &apos;%2&apos;: its configuration version is being upgraded.</source>
        <translation>Kan &apos;%2&apos; niet %1: de configuratieversie ervan wordt bijgewerkt.</translation>
    </message>
    <message>
        <source>Wait until the upgrade has finished, then try again.</source>
        <translation>Wacht tot de upgrade is voltooid en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Cannot upgrade &apos;%1&apos; while another operation runs on it.</source>
        <translation>Kan geen upgrade uitvoeren voor &apos;%1&apos; terwijl er een andere bewerking op wordt uitgevoerd.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Wacht tot deze is voltooid en probeer het opnieuw.</translation>
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
    <message>
        <source>must not exceed capacityGB</source>
        <translation>mag capacityGB niet overschrijden</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>het hoofdniveau</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; at %2:%3 (%4); did you mean &apos;%5&apos;?</source>
        <translation>onbekende sleutel &apos;%1&apos; op %2:%3 (%4); bedoelde u &apos;%5&apos;?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; at %2:%3 (%4); the keys here are: %5</source>
        <translation>onbekende sleutel &apos;%1&apos; op %2:%3 (%4); de sleutels hier zijn: %5</translation>
    </message>
    <message>
        <source>Correct or remove the key and load the topology again.</source>
        <translation>Corrigeer of verwijder de sleutel en laad de topologie opnieuw.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 and needs %3 of memory, but host &apos;%4&apos; has %5 free for it (%6 of memory, less %7 reserved for the host and %8 held by its running and paused VMs listed before &apos;%1&apos;)</source>
        <translation>&apos;%1&apos; heeft de toestand %2 en heeft %3 geheugen nodig, maar host &apos;%4&apos; heeft daarvoor %5 vrij (%6 geheugen, min %7 gereserveerd voor de host en %8 in gebruik door de actieve en onderbroken VM&apos;s die vóór &apos;%1&apos; staan)</translation>
    </message>
    <message>
        <source>Lower the VM&apos;s memory, raise the host&apos;s memoryGB, or make the VM off or saved.</source>
        <translation>Verlaag het geheugen van de VM, verhoog memoryGB van de host, of zet de toestand van de VM op off of saved.</translation>
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
    <message>
        <source>To restart it, use Reset.</source>
        <translation>Gebruik Opnieuw instellen om de machine opnieuw op te starten.</translation>
    </message>
</context>
<context>
    <name>VmUpgrades</name>
    <message>
        <source>An upgrade of &apos;%1&apos; is already running.</source>
        <translation>Er wordt al een upgrade van &apos;%1&apos; uitgevoerd.</translation>
    </message>
    <message>
        <source>Wait until it has finished.</source>
        <translation>Wacht tot deze is voltooid.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was started during the upgrade of its configuration version.</source>
        <translation>&apos;%1&apos; is gestart tijdens de upgrade van de configuratieversie.</translation>
    </message>
    <message>
        <source>Turn it off and upgrade again.</source>
        <translation>Schakel de virtuele machine uit en voer de upgrade opnieuw uit.</translation>
    </message>
    <message>
        <source>Setup stopped: &apos;%1&apos; is %2 and no longer runs it.</source>
        <translation>Setup is gestopt: &apos;%1&apos; is %2 en voert Setup niet meer uit.</translation>
    </message>
    <message>
        <source>Start the virtual machine and insert the setup disk again.</source>
        <translation>Start de virtuele machine en voeg het installatiemedium opnieuw in.</translation>
    </message>
    <message>
        <source>Setup failed in &apos;%1&apos; with error 1618: another installation is already in progress (a restart is pending, or Windows is installing a device).</source>
        <translation>Setup is mislukt in &apos;%1&apos; met fout 1618: er wordt al een andere installatie uitgevoerd (er moet opnieuw worden opgestart, of Windows installeert een apparaat).</translation>
    </message>
    <message>
        <source>Restart the guest cleanly (no other setup running), then insert the setup disk again.</source>
        <translation>Start de gast correct opnieuw op (zonder dat er een andere installatie actief is) en voeg het installatiemedium daarna opnieuw in.</translation>
    </message>
    <message>
        <source>Setup failed in &apos;%1&apos;: it needs %2 free on the guest&apos;s system drive, and %3 are free.</source>
        <translation>Setup is mislukt in &apos;%1&apos;: er is %2 vrije ruimte nodig op het systeemstation van de gast, en er is %3 vrij.</translation>
    </message>
    <message>
        <source>Free space in the guest (Disk Cleanup, or extend the virtual disk), then insert the setup disk again.</source>
        <translation>Maak ruimte vrij in de gast (Schijfopruiming, of vergroot de virtuele schijf) en voeg het installatiemedium daarna opnieuw in.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists.</source>
        <translation>De virtuele machine bestaat niet meer.</translation>
    </message>
    <message>
        <source>Installed %1: restart required</source>
        <translation>%1 geïnstalleerd: opnieuw opstarten vereist</translation>
    </message>
    <message>
        <source>Configuration version %1</source>
        <translation>Configuratieversie %1</translation>
    </message>
    <message>
        <source>Upgrading the configuration version from %1 to %2</source>
        <translation>Configuratieversie bijwerken van %1 naar %2</translation>
    </message>
    <message>
        <source>Inserting the Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>Setup: installed version %1, offered %2</source>
        <translation>Setup: geïnstalleerde versie %1, aangeboden %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Installing integration services %1</source>
        <translation>Integratieservices %1 installeren</translation>
    </message>
    <message>
        <source>Installing integration services (%1 %)</source>
        <translation>Integratieservices installeren (%1 %)</translation>
    </message>
    <message>
        <source>Upgrading configuration version (%1 %)</source>
        <translation>Configuratieversie bijwerken (%1 %)</translation>
    </message>
    <message>
        <source>Restart required (integration services %1 installed)</source>
        <translation>Opnieuw opstarten vereist (integratieservices %1 geïnstalleerd)</translation>
    </message>
</context>
<context>
    <name>WqlQuery</name>
    <message>
        <source>the string starting here is not closed</source>
        <translation>de tekenreeks die hier begint, is niet afgesloten</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>onverwacht teken &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the condition is nested too deeply</source>
        <translation>de voorwaarde is te diep genest</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at position %1</source>
        <translation>&apos;)&apos; verwacht om de &apos;(&apos; op positie %1 af te sluiten</translation>
    </message>
    <message>
        <source>expected a property or a value, found the keyword %1</source>
        <translation>een eigenschap of waarde verwacht, maar trefwoord %1 gevonden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; is geen getal</translation>
    </message>
    <message>
        <source>the condition ends too early</source>
        <translation>de voorwaarde eindigt te vroeg</translation>
    </message>
    <message>
        <source>expected a property or a value, found &apos;%1&apos;</source>
        <translation>een eigenschap of waarde verwacht, maar &apos;%1&apos; gevonden</translation>
    </message>
    <message>
        <source>expected NULL after IS</source>
        <translation>NULL verwacht na IS</translation>
    </message>
    <message>
        <source>expected LIKE after NOT</source>
        <translation>LIKE verwacht na NOT</translation>
    </message>
    <message>
        <source>LIKE needs a quoted pattern</source>
        <translation>LIKE vereist een patroon tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>expected a comparison after the operand at position %1</source>
        <translation>een vergelijking verwacht na de operand op positie %1</translation>
    </message>
    <message>
        <source>expected =, &lt;&gt;, &lt;, &gt;, &lt;=, &gt;=, LIKE or IS, found &apos;%1&apos;</source>
        <translation>=, &lt;&gt;, &lt;, &gt;, &lt;=, &gt;=, LIKE of IS verwacht, maar &apos;%1&apos; gevonden</translation>
    </message>
    <message>
        <source>%1 OF queries are not supported; enumerate the association class instead</source>
        <translation>%1 OF-query&apos;s worden niet ondersteund; inventariseer in plaats daarvan de koppelingsklasse</translation>
    </message>
    <message>
        <source>a query starts with SELECT</source>
        <translation>een query begint met SELECT</translation>
    </message>
    <message>
        <source>expected a property name or *</source>
        <translation>een eigenschapsnaam of * verwacht</translation>
    </message>
    <message>
        <source>expected FROM</source>
        <translation>FROM verwacht</translation>
    </message>
    <message>
        <source>expected a class name after FROM</source>
        <translation>een klassenaam verwacht na FROM</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the query</source>
        <translation>onverwacht &apos;%1&apos; na de query</translation>
    </message>
    <message>
        <source>The WQL query is not valid: %1 at position %2 of &quot;%3&quot;.</source>
        <translation>De WQL-query is niet geldig: %1 op positie %2 van &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Write it as SELECT * FROM Class WHERE Property = &apos;value&apos;.</source>
        <translation>Schrijf deze als SELECT * FROM Class WHERE Property = &apos;value&apos;.</translation>
    </message>
</context>
<context>
    <name>XmlReader</name>
    <message>
        <source>the document is not valid UTF-16</source>
        <translation>het document is geen geldige UTF-16</translation>
    </message>
    <message>
        <source>the document ends inside an element (premature end of document)</source>
        <translation>het document eindigt binnen een element (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>the document has no root element (premature end of document)</source>
        <translation>het document heeft geen hoofdelement (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>extra content at the end of the document</source>
        <translation>extra inhoud aan het einde van het document</translation>
    </message>
    <message>
        <source>a start tag is expected</source>
        <translation>er wordt een begintag verwacht</translation>
    </message>
    <message>
        <source>the document ends inside a tag (premature end of document)</source>
        <translation>het document eindigt binnen een tag (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>a CDATA section is only allowed inside an element</source>
        <translation>een CDATA-sectie is alleen toegestaan binnen een element</translation>
    </message>
    <message>
        <source>a document type declaration is not allowed in SOAP</source>
        <translation>een documenttypedeclaratie is niet toegestaan in SOAP</translation>
    </message>
    <message>
        <source>invalid markup after &apos;&lt;!&apos;</source>
        <translation>ongeldige markering na &apos;&lt;!&apos;</translation>
    </message>
    <message>
        <source>the document is not valid UTF-8</source>
        <translation>het document is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>the character U+%1 is not allowed in XML</source>
        <translation>het teken U+%1 is niet toegestaan in XML</translation>
    </message>
    <message>
        <source>a name has more than one colon</source>
        <translation>een naam bevat meer dan één dubbele punt</translation>
    </message>
    <message>
        <source>a name is expected</source>
        <translation>er wordt een naam verwacht</translation>
    </message>
    <message>
        <source>a name ends with a colon</source>
        <translation>een naam eindigt op een dubbele punt</translation>
    </message>
    <message>
        <source>the document ends inside a reference (premature end of document)</source>
        <translation>het document eindigt binnen een verwijzing (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>a character reference is malformed</source>
        <translation>een tekenverwijzing is onjuist opgemaakt</translation>
    </message>
    <message>
        <source>a character reference names a character XML does not allow</source>
        <translation>een tekenverwijzing verwijst naar een teken dat XML niet toestaat</translation>
    </message>
    <message>
        <source>an entity reference is not terminated by &apos;;&apos;</source>
        <translation>een entiteitsverwijzing wordt niet afgesloten met &apos;;&apos;</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is not allowed: SOAP has no document type to declare it</source>
        <translation>de entiteitsverwijzing &amp;%1; is niet toegestaan: SOAP heeft geen documenttype waarin deze kan worden gedeclareerd</translation>
    </message>
    <message>
        <source>the sequence &apos;]]&gt;&apos; is not allowed in text</source>
        <translation>de reeks &apos;]]&gt;&apos; is niet toegestaan in tekst</translation>
    </message>
    <message>
        <source>the document ends inside a CDATA section (premature end of document)</source>
        <translation>het document eindigt binnen een CDATA-sectie (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>the document ends inside a comment (premature end of document)</source>
        <translation>het document eindigt binnen een opmerking (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>&apos;--&apos; is not allowed inside a comment</source>
        <translation>&apos;--&apos; is niet toegestaan binnen een opmerking</translation>
    </message>
    <message>
        <source>an XML declaration is only allowed at the start of the document</source>
        <translation>een XML-declaratie is alleen toegestaan aan het begin van het document</translation>
    </message>
    <message>
        <source>a processing instruction&apos;s target is malformed</source>
        <translation>het doel van een verwerkingsinstructie is onjuist opgemaakt</translation>
    </message>
    <message>
        <source>the document ends inside a processing instruction (premature end of document)</source>
        <translation>het document eindigt binnen een verwerkingsinstructie (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>the document ends inside the XML declaration (premature end of document)</source>
        <translation>het document eindigt binnen de XML-declaratie (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>the XML declaration is malformed</source>
        <translation>de XML-declaratie is onjuist opgemaakt</translation>
    </message>
    <message>
        <source>XML version %1 is not supported</source>
        <translation>XML-versie %1 wordt niet ondersteund</translation>
    </message>
    <message>
        <source>the document&apos;s encoding %1 is not supported: only UTF-8 and UTF-16 are read</source>
        <translation>de codering %1 van het document wordt niet ondersteund: alleen UTF-8 en UTF-16 worden gelezen</translation>
    </message>
    <message>
        <source>the document ends inside an attribute value (premature end of document)</source>
        <translation>het document eindigt binnen een kenmerkwaarde (voortijdig einde van het document)</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; is not allowed in an attribute value</source>
        <translation>&apos;&lt;&apos; is niet toegestaan in een kenmerkwaarde</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; is expected after &apos;/&apos; in a tag</source>
        <translation>&apos;&gt;&apos; wordt verwacht na &apos;/&apos; in een tag</translation>
    </message>
    <message>
        <source>whitespace, &apos;&gt;&apos; or &apos;/&gt;&apos; is expected after a name in a tag</source>
        <translation>witruimte, &apos;&gt;&apos; of &apos;/&gt;&apos; wordt verwacht na een naam in een tag</translation>
    </message>
    <message>
        <source>an element has more than %1 attributes</source>
        <translation>een element heeft meer dan %1 kenmerken</translation>
    </message>
    <message>
        <source>&apos;=&apos; is expected after an attribute&apos;s name</source>
        <translation>&apos;=&apos; wordt verwacht na de naam van een kenmerk</translation>
    </message>
    <message>
        <source>an attribute value must be in quotes</source>
        <translation>een kenmerkwaarde moet tussen aanhalingstekens staan</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>elementen zijn dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>the attribute %1 appears twice</source>
        <translation>het kenmerk %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>the prefix xmlns cannot be declared</source>
        <translation>het voorvoegsel xmlns kan niet worden gedeclareerd</translation>
    </message>
    <message>
        <source>the prefix xml cannot be bound to another namespace</source>
        <translation>het voorvoegsel xml kan niet aan een andere naamruimte worden gekoppeld</translation>
    </message>
    <message>
        <source>the xml and xmlns namespaces cannot be bound to another prefix</source>
        <translation>de naamruimten xml en xmlns kunnen niet aan een ander voorvoegsel worden gekoppeld</translation>
    </message>
    <message>
        <source>a prefix cannot be declared with an empty namespace</source>
        <translation>een voorvoegsel kan niet worden gedeclareerd met een lege naamruimte</translation>
    </message>
    <message>
        <source>the prefix %1 is not declared</source>
        <translation>het voorvoegsel %1 is niet gedeclareerd</translation>
    </message>
    <message>
        <source>the attributes %1 and %2 are the same attribute</source>
        <translation>de kenmerken %1 en %2 zijn hetzelfde kenmerk</translation>
    </message>
    <message>
        <source>an end tag without a start tag</source>
        <translation>een eindtag zonder begintag</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match the start tag &lt;%2&gt;</source>
        <translation>de eindtag &lt;/%1&gt; komt niet overeen met de begintag &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&apos;&gt;&apos; is expected at the end of an end tag</source>
        <translation>&apos;&gt;&apos; wordt verwacht aan het einde van een eindtag</translation>
    </message>
    <message>
        <source>%1: %2 (line %3, column %4).</source>
        <translation>%1: %2 (regel %3, kolom %4).</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt; in namespace &apos;%2&apos;, expected a SOAP 1.2 Envelope</source>
        <translation>het hoofdelement is &lt;%1&gt; in naamruimte &apos;%2&apos;, SOAP 1.2-Envelope verwacht</translation>
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
    <name>hvdesk::AddHardwarePage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add Hardware</source>
        <translation>Hardware toevoegen</translation>
    </message>
    <message>
        <source>You can use this setting to add devices to your virtual machine. Select the device you want to add and click the Add button.</source>
        <translation>Met deze instelling kunt u apparaten toevoegen aan uw virtuele machine. Selecteer het apparaat dat u wilt toevoegen en klik op de knop Toevoegen.</translation>
    </message>
    <message>
        <source>Devices that can be added</source>
        <translation>Apparaten die kunnen worden toegevoegd</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netwerkadapter</translation>
    </message>
    <message>
        <source>Add network adapter</source>
        <translation>Netwerkadapter toevoegen</translation>
    </message>
    <message>
        <source>Network adapters can only be added while the virtual machine is off (it is %1).</source>
        <translation>Netwerkadapters kunnen alleen worden toegevoegd als de virtuele machine is uitgeschakeld (de toestand is %1).</translation>
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
        <translation>&amp;MAC-adresvervalsing inschakelen</translation>
    </message>
    <message>
        <source>Enable MAC address spoofing</source>
        <translation>MAC-adresvervalsing inschakelen</translation>
    </message>
    <message>
        <source>Enable D&amp;HCP guard</source>
        <translation>D&amp;HCP-beveiliging inschakelen</translation>
    </message>
    <message>
        <source>Enable DHCP guard</source>
        <translation>DHCP-beveiliging inschakelen</translation>
    </message>
    <message>
        <source>Enable &amp;router advertisement guard</source>
        <translation>&amp;Routeradvertentiebeveiliging inschakelen</translation>
    </message>
    <message>
        <source>Enable router advertisement guard</source>
        <translation>Routeradvertentiebeveiliging inschakelen</translation>
    </message>
    <message>
        <source>P&amp;rotected network</source>
        <translation>&amp;Beveiligd netwerk</translation>
    </message>
    <message>
        <source>Protected network</source>
        <translation>Beveiligd netwerk</translation>
    </message>
    <message>
        <source>Enable this network adapter to be part of a &amp;team in the guest operating system</source>
        <translation>Toestaan dat deze netwerkadapter deel uitmaakt van een &amp;team in het gastbesturingssysteem</translation>
    </message>
    <message>
        <source>Allow NIC teaming in the guest</source>
        <translation>NIC-teaming in de gast toestaan</translation>
    </message>
    <message>
        <source>Enable device &amp;naming</source>
        <translation>Apparaat&amp;naamgeving inschakelen</translation>
    </message>
    <message>
        <source>Enable device naming</source>
        <translation>Apparaatnaamgeving inschakelen</translation>
    </message>
    <message>
        <source>Advanced Features</source>
        <translation>Geavanceerde functies</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>Dynamic MAC address</source>
        <translation>Dynamisch MAC-adres</translation>
    </message>
    <message>
        <source>Static MAC address</source>
        <translation>Statisch MAC-adres</translation>
    </message>
    <message>
        <source>MAC address spoofing allows virtual machines to change the source MAC address in outgoing packets to one that is not assigned to them.</source>
        <translation>Met MAC-adresvervalsing kunnen virtuele machines het bron-MAC-adres in uitgaande pakketten wijzigen in een adres dat niet aan hen is toegewezen.</translation>
    </message>
    <message>
        <source>DHCP guard</source>
        <translation>DHCP-beveiliging</translation>
    </message>
    <message>
        <source>DHCP guard drops DHCP server messages from unauthorized virtual machines pretending to be DHCP servers.</source>
        <translation>DHCP-beveiliging verwijdert DHCP-serverberichten van niet-geautoriseerde virtuele machines die zich voordoen als DHCP-server.</translation>
    </message>
    <message>
        <source>Router guard</source>
        <translation>Routerbeveiliging</translation>
    </message>
    <message>
        <source>Router guard drops router advertisement and redirection messages from unauthorized virtual machines pretending to be routers.</source>
        <translation>Routerbeveiliging verwijdert routeradvertentie- en omleidingsberichten van niet-geautoriseerde virtuele machines die zich voordoen als router.</translation>
    </message>
    <message>
        <source>Move this virtual machine to another cluster node if a network disconnection is detected.</source>
        <translation>Deze virtuele machine naar een ander clusterknooppunt verplaatsen als een verbroken netwerkverbinding wordt gedetecteerd.</translation>
    </message>
    <message>
        <source>Port mirroring</source>
        <translation>Poortspiegeling</translation>
    </message>
    <message>
        <source>Port mirroring mode</source>
        <translation>Poortspiegelingsmodus</translation>
    </message>
    <message>
        <source>&amp;Mirroring mode:</source>
        <translation>S&amp;piegelingsmodus:</translation>
    </message>
    <message>
        <source>NIC Teaming</source>
        <translation>NIC-teaming</translation>
    </message>
    <message>
        <source>Device naming</source>
        <translation>Apparaatnaamgeving</translation>
    </message>
    <message>
        <source>Device naming propagates the name of this network adapter into the guest operating system.</source>
        <translation>Met apparaatnaamgeving wordt de naam van deze netwerkadapter doorgegeven aan het gastbesturingssysteem.</translation>
    </message>
    <message>
        <source>The MAC address can only be changed while the virtual machine is off (it is %1).</source>
        <translation>Het MAC-adres kan alleen worden gewijzigd als de virtuele machine is uitgeschakeld (de toestand is %1).</translation>
    </message>
    <message>
        <source>MAC address spoofing is needed for NIC teaming and network load balancing inside the guest.</source>
        <translation>MAC-adresvervalsing is nodig voor NIC-teaming en taakverdeling van netwerkverkeer in de gast.</translation>
    </message>
    <message>
        <source>SR-IOV adapters cannot be teamed on the host; teaming them inside the guest works.</source>
        <translation>SR-IOV-adapters kunnen niet in een team worden opgenomen op de host; in de gast werkt teaming wel.</translation>
    </message>
    <message>
        <source>Protected network is not available: %1</source>
        <translation>Beveiligd netwerk is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>Device naming is not available: %1</source>
        <translation>Apparaatnaamgeving is niet beschikbaar: %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::AdvisorNotes</name>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
</context>
<context>
    <name>hvdesk::CertificatePinsDialog</name>
    <message>
        <source>No certificate is trusted yet. hvdesk asks before it trusts a server&apos;s certificate that this computer cannot verify.</source>
        <translation>Er wordt nog geen certificaat vertrouwd. hvdesk vraagt het u voordat het een servercertificaat vertrouwt dat deze computer niet kan verifiëren.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Trusted Certificates</source>
        <translation>Vertrouwde certificaten</translation>
    </message>
    <message>
        <source>The servers whose certificates you trusted, with the SHA-256 fingerprint hvdesk expects from each. A server that presents another certificate is refused. Remove a server&apos;s certificate when the change is expected (the certificate was renewed): hvdesk then shows the new one at the next connection, for you to compare and trust.</source>
        <translation>De servers waarvan u de certificaten hebt vertrouwd, met de SHA-256-vingerafdruk die hvdesk van elke server verwacht. Een server die een ander certificaat aanbiedt, wordt geweigerd. Verwijder het certificaat van een server wanneer de wijziging verwacht is (het certificaat is vernieuwd): hvdesk toont dan bij de volgende verbinding het nieuwe certificaat, zodat u het kunt vergelijken en vertrouwen.</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrouwde certificaten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Forget the selected server&apos;s certificate; the next connection asks again</source>
        <translation>Het certificaat van de geselecteerde server vergeten; bij de volgende verbinding wordt het opnieuw gevraagd</translation>
    </message>
</context>
<context>
    <name>hvdesk::CertificateTrustDialog</name>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrouwen en verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Verify the Certificate of %1</source>
        <translation>Het certificaat van %1 verifiëren</translation>
    </message>
    <message>
        <source>hvdesk cannot confirm that %1 is the host it claims to be.</source>
        <translation>hvdesk kan niet bevestigen dat %1 de host is die deze beweert te zijn.</translation>
    </message>
    <message>
        <source>The certificate is not trusted by this computer.</source>
        <translation>Het certificaat wordt niet vertrouwd door deze computer.</translation>
    </message>
    <message>
        <source>The certificate&apos;s problems:</source>
        <translation>Problemen met het certificaat:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Verleend aan:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Verleend door:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Geldig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust the certificate only if this fingerprint is the host&apos;s. To see the host&apos;s certificates, in PowerShell on the host:&lt;/p&gt;&lt;p style=&quot;margin-left:18px; white-space:pre&quot;&gt;&lt;code&gt;Get-ChildItem Cert:\LocalMachine\My | Format-List Subject, Thumbprint&lt;/code&gt;&lt;/p&gt;&lt;p&gt;lists each one with its SHA-1 thumbprint. For the SHA-256 fingerprint, export the certificate and run &lt;code&gt;certutil -dump&lt;/code&gt; on the file: compare the line &lt;i&gt;Cert Hash(sha256)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;If you trust it, hvdesk remembers this certificate for %1 and connects without asking again. Should the host later present a different certificate, hvdesk refuses to connect and says so; if the change was expected, remove the old one in Tools &amp;gt; Trusted Certificates.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vertrouw het certificaat alleen als deze vingerafdruk die van de host is. Om de certificaten van de host te bekijken, voert u in PowerShell op de host het volgende uit:&lt;/p&gt;&lt;p style=&quot;margin-left:18px; white-space:pre&quot;&gt;&lt;code&gt;Get-ChildItem Cert:\LocalMachine\My | Format-List Subject, Thumbprint&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Dit toont elk certificaat met zijn SHA-1-vingerafdruk. Voor de SHA-256-vingerafdruk exporteert u het certificaat en voert u &lt;code&gt;certutil -dump&lt;/code&gt; uit op het bestand: vergelijk de regel &lt;i&gt;Cert Hash(sha256)&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Als u het vertrouwt, onthoudt hvdesk dit certificaat voor %1 en maakt het verbinding zonder het opnieuw te vragen. Als de host later een ander certificaat aanbiedt, weigert hvdesk verbinding te maken en meldt het dit; als de wijziging verwacht was, verwijdert u het oude certificaat via Extra &amp;gt; Vertrouwde certificaten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hvdesk::CompatibilityPage</name>
    <message>
        <source>Apply &amp;Suggested Fixes</source>
        <translation>&amp;Voorgestelde oplossingen toepassen</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibiliteit</translation>
    </message>
    <message>
        <source>What the destination lacks, and how to fix it, before the move starts.</source>
        <translation>Wat de bestemming mist en hoe u dit oplost, voordat de verplaatsing begint.</translation>
    </message>
    <message>
        <source>Network adapters whose switch the destination does not have (names are case-sensitive):</source>
        <translation>Netwerkadapters waarvan de bestemming de switch niet heeft (namen zijn hoofdlettergevoelig):</translation>
    </message>
    <message>
        <source>Network adapter fixes</source>
        <translation>Oplossingen voor netwerkadapters</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>Network adapter</source>
        <translation>Netwerkadapter</translation>
    </message>
    <message>
        <source>Switch now</source>
        <translation>Huidige switch</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>Map each adapter to the destination switch whose name differs only in case</source>
        <translation>Koppel elke adapter aan de doelswitch waarvan de naam alleen in hoofdlettergebruik verschilt</translation>
    </message>
    <message>
        <source>Compatibility findings</source>
        <translation>Compatibiliteitsbevindingen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Fix for %1 of %2</source>
        <translation>Oplossing voor %1 van %2</translation>
    </message>
    <message>
        <source>Choose a fix...</source>
        <translation>Kies een oplossing...</translation>
    </message>
    <message>
        <source>Map this adapter to switch &apos;%1&apos;</source>
        <translation>Deze adapter koppelen aan switch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Disconnect this adapter</source>
        <translation>Verbinding van deze adapter verbreken</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No problems found: the move can start.</source>
        <translation>Geen problemen gevonden: de verplaatsing kan beginnen.</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, notes: %3.</source>
        <translation>Fouten: %1, waarschuwingen: %2, opmerkingen: %3.</translation>
    </message>
    <message>
        <source>Errors block the move: fix them, or go back and choose differently.</source>
        <translation>Fouten blokkeren de verplaatsing: los ze op, of ga terug en maak een andere keuze.</translation>
    </message>
    <message>
        <source>The move can start; warnings and notes do not stop it.</source>
        <translation>De verplaatsing kan beginnen; waarschuwingen en opmerkingen houden deze niet tegen.</translation>
    </message>
</context>
<context>
    <name>hvdesk::CompletionPage</name>
    <message>
        <source>&amp;Cancel Move</source>
        <translation>Verplaatsing &amp;annuleren</translation>
    </message>
    <message>
        <source>Moves Started</source>
        <translation>Verplaatsingen gestart</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Verplaatsingen</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsing</translation>
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Cancel the selected move: the virtual machine stays where it is, with its files</source>
        <translation>De geselecteerde verplaatsing annuleren: de virtuele machine blijft waar deze is, met de bestanden</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Moves failed: %1; see the details.</source>
        <translation>Mislukte verplaatsingen: %1; zie de details.</translation>
    </message>
    <message>
        <source>The moves have ended; cancelled: %1.</source>
        <translation>De verplaatsingen zijn beëindigd; geannuleerd: %1.</translation>
    </message>
    <message>
        <source>All moves completed.</source>
        <translation>Alle verplaatsingen zijn voltooid.</translation>
    </message>
    <message>
        <source>The moves run in the background; you can close the wizard and follow them in View &gt; Jobs (Ctrl+J). Waiting for a free migration slot: %1.</source>
        <translation>De verplaatsingen worden op de achtergrond uitgevoerd; u kunt de wizard sluiten en ze volgen via Beeld &gt; Taken (Ctrl+J). Wachtend op een vrije migratieplaats: %1.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Move Failed</source>
        <translation>Verplaatsing mislukt</translation>
    </message>
    <message>
        <source>Moves Failed</source>
        <translation>Verplaatsingen mislukt</translation>
    </message>
    <message>
        <source>Move Cancelled</source>
        <translation>Verplaatsing geannuleerd</translation>
    </message>
    <message>
        <source>Moves Cancelled</source>
        <translation>Verplaatsingen geannuleerd</translation>
    </message>
    <message>
        <source>Moves Ended</source>
        <translation>Verplaatsingen beëindigd</translation>
    </message>
    <message>
        <source>Move Completed</source>
        <translation>Verplaatsing voltooid</translation>
    </message>
    <message>
        <source>Moves Completed</source>
        <translation>Verplaatsingen voltooid</translation>
    </message>
    <message>
        <source>Move Started</source>
        <translation>Verplaatsing gestart</translation>
    </message>
</context>
<context>
    <name>hvdesk::ConnectDialog</name>
    <message>
        <source>&amp;Demo: the built-in simulator (a two-node cluster and a standalone host)</source>
        <translation>&amp;Demo: de ingebouwde simulator (een cluster met twee knooppunten en een zelfstandige host)</translation>
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
    <message>
        <source>&amp;Local computer: KVM/QEMU virtual machines through libvirt (%1)</source>
        <translation>&amp;Lokale computer: KVM/QEMU-virtuele machines via libvirt (%1)</translation>
    </message>
    <message>
        <source>This build of hvdesk has no libvirt backend.</source>
        <translation>Deze build van hvdesk heeft geen libvirt-back-end.</translation>
    </message>
    <message>
        <source>&amp;Another computer (Hyper-V over WS-Management):</source>
        <translation>&amp;Andere computer (Hyper-V via WS-Management):</translation>
    </message>
    <message>
        <source>Server &amp;URI:</source>
        <translation>Server-&amp;URI:</translation>
    </message>
    <message>
        <source>Use &amp;HTTPS (recommended)</source>
        <translation>&amp;HTTPS gebruiken (aanbevolen)</translation>
    </message>
    <message>
        <source>&amp;I understand: send the password and all traffic unencrypted</source>
        <translation>&amp;Ik begrijp het: het wachtwoord en al het verkeer onversleuteld verzenden</translation>
    </message>
    <message>
        <source>Manages this computer&apos;s libvirt system instance. Without access to it, connect to qemu:///session by its URI.</source>
        <translation>Beheert het libvirt-systeemexemplaar van deze computer. Zonder toegang daartoe maakt u verbinding met qemu:///session via de URI.</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostnaam</translation>
    </message>
    <message>
        <source>hyperv01.example.com or 192.0.2.10</source>
        <translation>hyperv01.example.com of 192.0.2.10</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>WinRM over HTTPS (port 5986): the host&apos;s certificate is verified, and the password and traffic are encrypted.</source>
        <translation>WinRM via HTTPS (poort 5986): het certificaat van de host wordt geverifieerd en het wachtwoord en het verkeer worden versleuteld.</translation>
    </message>
    <message>
        <source>Without HTTPS the user name and password (Basic authentication) and everything hvdesk and the host exchange cross the network in clear text, readable by anyone on the path. The host must also allow it (WinRM service settings AllowUnencrypted and Basic). Use it only on a network you trust, such as an isolated lab.</source>
        <translation>Zonder HTTPS gaan de gebruikersnaam en het wachtwoord (basisverificatie) en alles wat hvdesk en de host uitwisselen als leesbare tekst over het netwerk, leesbaar voor iedereen onderweg. De host moet dit ook toestaan (WinRM-service-instellingen AllowUnencrypted en Basic). Gebruik dit alleen op een netwerk dat u vertrouwt, zoals een geïsoleerd testlab.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>HOST\Administrator or user@domain</source>
        <translation>HOST\Administrator of gebruiker@domein</translation>
    </message>
    <message>
        <source>The password is read from the system keychain, or asked when connecting.</source>
        <translation>Het wachtwoord wordt gelezen uit de sleutelhanger van het systeem of bij het verbinden gevraagd.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>Host &amp;name:</source>
        <translation>Host&amp;naam:</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Check &quot;I understand&quot; to connect without HTTPS, or use HTTPS.</source>
        <translation>Schakel &quot;Ik begrijp het&quot; in om zonder HTTPS verbinding te maken, of gebruik HTTPS.</translation>
    </message>
    <message>
        <source>Host name: enter the name or address of the Hyper-V host.</source>
        <translation>Hostnaam: voer de naam of het adres van de Hyper-V-host in.</translation>
    </message>
    <message>
        <source>For example hyperv01.example.com or 192.0.2.10.</source>
        <translation>Bijvoorbeeld hyperv01.example.com of 192.0.2.10.</translation>
    </message>
    <message>
        <source>Host name: &apos;%1&apos; is not a host name or IP address.</source>
        <translation>Hostnaam: &apos;%1&apos; is geen hostnaam of IP-adres.</translation>
    </message>
    <message>
        <source>Enter only the name or address (crusader or crusader.example.com); the port goes in Port.</source>
        <translation>Voer alleen de naam of het adres in (crusader of crusader.example.com); de poort komt in Poort.</translation>
    </message>
    <message>
        <source>A host name has letters, digits and hyphens, in labels separated by dots, for example crusader.example.com.</source>
        <translation>Een hostnaam bestaat uit letters, cijfers en koppeltekens, in labels gescheiden door punten, bijvoorbeeld crusader.example.com.</translation>
    </message>
    <message>
        <source>Port: enter the port of the host&apos;s WinRM listener.</source>
        <translation>Poort: voer de poort van de WinRM-listener van de host in.</translation>
    </message>
    <message>
        <source>Port: &apos;%1&apos; is not a port number.</source>
        <translation>Poort: &apos;%1&apos; is geen poortnummer.</translation>
    </message>
    <message>
        <source>A number from 1 to 65535: WinRM listens on 5986 for HTTPS and 5985 for HTTP.</source>
        <translation>Een getal van 1 tot en met 65535: WinRM luistert op 5986 voor HTTPS en op 5985 voor HTTP.</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreBarsWidget</name>
    <message>
        <source>Current receive load per logical processor</source>
        <translation>Huidige ontvangstbelasting per logische processor</translation>
    </message>
    <message>
        <source>CPU %1: %2 % interrupt and DPC time, %L3 packets/s</source>
        <translation>CPU %1: %2 % interrupt- en DPC-tijd, %L3 pakketten/s</translation>
    </message>
    <message>
        <source>Hyper-threaded sibling: VMQ and RSS do not use it.</source>
        <translation>Hyperthreading-partner: VMQ en RSS gebruiken deze niet.</translation>
    </message>
    <message>
        <source>Now, per logical processor</source>
        <translation>Nu, per logische processor</translation>
    </message>
    <message>
        <source>hyper-threaded sibling</source>
        <translation>hyperthreading-partner</translation>
    </message>
    <message>
        <source>%L1 packets/s dropped (backlog full), %L2 receive rounds/s cut short</source>
        <translation>%L1 pakketten/s verwijderd (achterstand vol), %L2 ontvangstrondes/s voortijdig afgebroken</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreHeatmap</name>
    <message>
        <source>Per-core receive load over time, as a heat map</source>
        <translation>Ontvangstbelasting per kern in de tijd, als heatmap</translation>
    </message>
    <message>
        <source>Interrupt and DPC time per logical processor (rows) over time</source>
        <translation>Interrupt- en DPC-tijd per logische processor (rijen) in de tijd</translation>
    </message>
    <message>
        <source>Waiting for the first sample...</source>
        <translation>Wachten op de eerste meting...</translation>
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
        <translation>nu</translation>
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
        <translation>CPU %1: nog geen gegevens</translation>
    </message>
    <message>
        <source>CPU %1: %2 % (%3 s ago)</source>
        <translation>CPU %1: %2 % (%3 s geleden)</translation>
    </message>
</context>
<context>
    <name>hvdesk::CoreLoadChart</name>
    <message>
        <source>Per-core receive load over time</source>
        <translation>Ontvangstbelasting per kern in de tijd</translation>
    </message>
    <message>
        <source>Interrupt and DPC time per logical processor</source>
        <translation>Interrupt- en DPC-tijd per logische processor</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>% of the core</source>
        <translation>% van de kern</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU %1: %2 % at %3 s</source>
        <translation>CPU %1: %2 % op %3 s</translation>
    </message>
</context>
<context>
    <name>hvdesk::CredentialsDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Verbinding maken met %1</translation>
    </message>
    <message>
        <source>Enter the credentials of an administrator of %1.</source>
        <translation>Voer de referenties in van een beheerder van %1.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>HOST\Administrator or user@domain</source>
        <translation>HOST\Administrator of gebruiker@domein</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Keeps the user name and password in the desktop&apos;s keychain (GNOME Keyring, KWallet), never in hvdesk&apos;s settings.</source>
        <translation>Bewaart de gebruikersnaam en het wachtwoord in de sleutelhanger van het bureaublad (GNOME Keyring, KWallet), nooit in de instellingen van hvdesk.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>User name: enter the account to sign in with, for example %1\Administrator.</source>
        <translation>Gebruikersnaam: voer het account in waarmee u zich aanmeldt, bijvoorbeeld %1\Administrator.</translation>
    </message>
    <message>
        <source>Password: enter the password of %1. Windows refuses network sign-ins of accounts without one.</source>
        <translation>Wachtwoord: voer het wachtwoord van %1 in. Windows weigert netwerkaanmeldingen van accounts zonder wachtwoord.</translation>
    </message>
</context>
<context>
    <name>hvdesk::DestinationPage</name>
    <message>
        <source>Specify Destination Computer</source>
        <translation>Doelcomputer opgeven</translation>
    </message>
    <message>
        <source>Choose the Hyper-V host to move the virtual machine to.</source>
        <translation>Kies de Hyper-V-host waarnaar u de virtuele machine wilt verplaatsen.</translation>
    </message>
    <message>
        <source>Destination hosts</source>
        <translation>Doelhosts</translation>
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
        <translation>Beschikbaar geheugen</translation>
    </message>
    <message>
        <source>Live migration</source>
        <translation>Livemigratie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
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
        <source>On another connection (%1): moves between connections are not supported; connect to both hosts through one connection.</source>
        <translation>Op een andere verbinding (%1): verplaatsingen tussen verbindingen worden niet ondersteund; maak via één verbinding verbinding met beide hosts.</translation>
    </message>
    <message>
        <source>The virtual machine is on this host.</source>
        <translation>De virtuele machine staat op deze host.</translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation>Niet bereikbaar: %1.</translation>
    </message>
    <message>
        <source>Live migrations are disabled on this host: enable them in its Hyper-V Settings.</source>
        <translation>Livemigraties zijn uitgeschakeld op deze host: schakel ze in via de Hyper-V-instellingen van de host.</translation>
    </message>
    <message>
        <source>Destination &amp;URI:</source>
        <translation>&amp;Doel-URI:</translation>
    </message>
    <message>
        <source>Destination URI</source>
        <translation>Doel-URI</translation>
    </message>
    <message>
        <source>Where the source host&apos;s hypervisor connects to for the move. It connects itself (peer to peer), so the URI must work from the source host, not only from this computer.</source>
        <translation>Waarmee de hypervisor van de bronhost verbinding maakt voor de verplaatsing. Deze maakt zelf verbinding (peer-to-peer), dus de URI moet werken vanaf de bronhost, niet alleen vanaf deze computer.</translation>
    </message>
    <message>
        <source>On another connection (%1): the move goes to %2.</source>
        <translation>Via een andere verbinding (%1): de verplaatsing gaat naar %2.</translation>
    </message>
    <message>
        <source>%1 cannot be chosen: %2</source>
        <translation>%1 kan niet worden gekozen: %2</translation>
    </message>
    <message>
        <source>Choose the host to move the virtual machine to.</source>
        <translation>Kies de host waarnaar de virtuele machine moet worden verplaatst.</translation>
    </message>
    <message>
        <source>Type the URI at which the source host reaches %1.</source>
        <translation>Typ de URI waarmee de bronhost %1 bereikt.</translation>
    </message>
</context>
<context>
    <name>hvdesk::Dialogs</name>
    <message>
        <source>Don&apos;t ask me again</source>
        <translation>Niet meer vragen</translation>
    </message>
</context>
<context>
    <name>hvdesk::HardwareAccelerationPage</name>
    <message>
        <source>Enable virtual machine &amp;queue</source>
        <translation>&amp;Wachtrij voor virtuele machines inschakelen</translation>
    </message>
    <message>
        <source>Enable &amp;IPsec task offloading</source>
        <translation>&amp;IPsec-taakoffloading inschakelen</translation>
    </message>
    <message>
        <source>Enable &amp;SR-IOV</source>
        <translation>&amp;SR-IOV inschakelen</translation>
    </message>
    <message>
        <source>Hardware Acceleration</source>
        <translation>Hardwareversnelling</translation>
    </message>
    <message>
        <source>Specify networking tasks that can be offloaded to a physical network adapter.</source>
        <translation>Geef netwerktaken op die kunnen worden geoffload naar een fysieke netwerkadapter.</translation>
    </message>
    <message>
        <source>Virtual machine queue</source>
        <translation>Wachtrij voor virtuele machines</translation>
    </message>
    <message>
        <source>Enable virtual machine queue</source>
        <translation>Wachtrij voor virtuele machines inschakelen</translation>
    </message>
    <message>
        <source>Virtual machine queue (VMQ) requires a physical network adapter that supports this feature.</source>
        <translation>Voor een wachtrij voor virtuele machines (VMQ) is een fysieke netwerkadapter vereist die deze functie ondersteunt.</translation>
    </message>
    <message>
        <source>IPsec task offloading</source>
        <translation>IPsec-taakoffloading</translation>
    </message>
    <message>
        <source>Enable IPsec task offloading</source>
        <translation>IPsec-taakoffloading inschakelen</translation>
    </message>
    <message>
        <source>Maximum number of offloaded security associations</source>
        <translation>Maximumaantal geoffloade beveiligingskoppelingen</translation>
    </message>
    <message>
        <source>Support from a physical network adapter and the guest operating system is required to offload IPsec tasks. When sufficient hardware resources are not available, the security associations are not offloaded and are handled in software by the guest operating system.</source>
        <translation>Voor het offloaden van IPsec-taken is ondersteuning van een fysieke netwerkadapter en van het gastbesturingssysteem vereist. Als er onvoldoende hardwareresources beschikbaar zijn, worden de beveiligingskoppelingen niet geoffload, maar in software afgehandeld door het gastbesturingssysteem.</translation>
    </message>
    <message>
        <source>Select the ma&amp;ximum number of offloaded security associations from 1 to 4096.</source>
        <translation>Selecteer het ma&amp;ximumaantal geoffloade beveiligingskoppelingen, van 1 tot 4096.</translation>
    </message>
    <message>
        <source>Maximum number:</source>
        <translation>Maximumaantal:</translation>
    </message>
    <message>
        <source>Offloaded SA</source>
        <translation>Geoffloade SA&apos;s</translation>
    </message>
    <message>
        <source>Single-root I/O virtualization</source>
        <translation>Single-root I/O-virtualisatie</translation>
    </message>
    <message>
        <source>Enable SR-IOV</source>
        <translation>SR-IOV inschakelen</translation>
    </message>
    <message>
        <source>Single-root I/O virtualization (SR-IOV) requires specific hardware. It also might require drivers to be installed in the guest operating system.</source>
        <translation>Voor Single-root I/O-virtualisatie (SR-IOV) is specifieke hardware vereist. Mogelijk moeten er ook stuurprogramma&apos;s worden geïnstalleerd in het gastbesturingssysteem.</translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actual:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Werkelijk:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>on (not applied yet)</source>
        <translation>aan (nog niet toegepast)</translation>
    </message>
    <message>
        <source>off (not applied yet)</source>
        <translation>uit (nog niet toegepast)</translation>
    </message>
    <message>
        <source>none yet: the adapter is created when you apply.</source>
        <translation>nog geen: de adapter wordt gemaakt wanneer u toepast.</translation>
    </message>
    <message>
        <source>none yet: the adapter moves to another switch when you apply.</source>
        <translation>nog geen: de adapter wordt naar een andere switch verplaatst wanneer u toepast.</translation>
    </message>
    <message>
        <source>none: the adapter is not connected.</source>
        <translation>geen: de adapter is niet verbonden.</translation>
    </message>
    <message>
        <source>none: the virtual machine is %1; resources are granted while it runs.</source>
        <translation>geen: de virtuele machine is %1; resources worden toegewezen zolang deze actief is.</translation>
    </message>
    <message>
        <source>a hardware queue is assigned.</source>
        <translation>er is een hardwarewachtrij toegewezen.</translation>
    </message>
    <message>
        <source>no queue needed: the virtual function carries the traffic.</source>
        <translation>geen wachtrij nodig: de virtuele functie verwerkt het verkeer.</translation>
    </message>
    <message>
        <source>no queue: the switch&apos;s network adapter offers none; traffic uses the default queue.</source>
        <translation>geen wachtrij: de netwerkadapter van de switch biedt er geen; verkeer gebruikt de standaardwachtrij.</translation>
    </message>
    <message>
        <source>no queue: all %1 queues of &apos;%2&apos; are in use; traffic uses the default queue.</source>
        <translation>geen wachtrij: alle %1 wachtrijen van &apos;%2&apos; zijn in gebruik; verkeer gebruikt de standaardwachtrij.</translation>
    </message>
    <message>
        <source>no queue (not requested).</source>
        <translation>geen wachtrij (niet aangevraagd).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requested:&lt;/b&gt; %1 &amp;nbsp; %2</source>
        <translation>&lt;b&gt;Aangevraagd:&lt;/b&gt; %1 &amp;nbsp; %2</translation>
    </message>
    <message>
        <source>off (0 SAs: IPsec runs in the guest)</source>
        <translation>uit (0 SA&apos;s: IPsec wordt uitgevoerd in de gast)</translation>
    </message>
    <message>
        <source> (not applied yet)</source>
        <translation> (nog niet toegepast)</translation>
    </message>
    <message>
        <source>no SAs offloaded (offload is off).</source>
        <translation>geen SA&apos;s geoffload (offloading is uitgeschakeld).</translation>
    </message>
    <message>
        <source>%1 of %2 SAs offloaded.</source>
        <translation>%1 van %2 SA&apos;s geoffload.</translation>
    </message>
    <message>
        <source>synthetic path (SR-IOV not requested).</source>
        <translation>synthetisch pad (SR-IOV niet aangevraagd).</translation>
    </message>
    <message>
        <source>virtual function %1 assigned; the data path is not active.</source>
        <translation>virtuele functie %1 toegewezen; het gegevenspad is niet actief.</translation>
    </message>
    <message>
        <source>fell back to the synthetic path: %1</source>
        <translation>teruggevallen op het synthetische pad: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free on switch &apos;%1&apos;:&lt;/b&gt; VM queues %2 of %3 &amp;middot; IPsec SAs %4 of %5 &amp;middot; virtual functions %6 of %7</source>
        <translation>&lt;b&gt;Vrij op switch &apos;%1&apos;:&lt;/b&gt; VM-wachtrijen %2 van %3 &amp;middot; IPsec-SA&apos;s %4 van %5 &amp;middot; virtuele functies %6 van %7</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not connected:&lt;/b&gt; no switch resources apply.</source>
        <translation>&lt;b&gt;Niet verbonden:&lt;/b&gt; er zijn geen switchresources van toepassing.</translation>
    </message>
    <message>
        <source>virtio-net multiqueue: %1 queue pairs, the VMQ/vRSS analogue (set in the domain XML, &lt;driver queues=&apos;N&apos;/&gt;).</source>
        <translation>virtio-net multiqueue: %1 wachtrijparen, het equivalent van VMQ/vRSS (ingesteld in de domein-XML, &lt;driver queues=&apos;N&apos;/&gt;).</translation>
    </message>
    <message>
        <source>a virtual function of %1%2 is passed to the guest; the data path bypasses the host.</source>
        <translation>een virtuele functie van %1%2 wordt doorgegeven aan de gast; het gegevenspad omzeilt de host.</translation>
    </message>
    <message>
        <source>the host&apos;s NIC</source>
        <translation>de NIC van de host</translation>
    </message>
    <message>
        <source> (PCI %1)</source>
        <translation> (PCI %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Passed through:&lt;/b&gt; no switch in the path; the virtual function belongs to %1.</source>
        <translation>&lt;b&gt;Doorgegeven:&lt;/b&gt; geen switch in het pad; de virtuele functie behoort tot %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free on switch &apos;%1&apos;:&lt;/b&gt; virtual functions %2 of %3</source>
        <translation>&lt;b&gt;Vrij op switch &apos;%1&apos;:&lt;/b&gt; virtuele functies %2 van %3</translation>
    </message>
    <message>
        <source>SAs</source>
        <comment>offloaded security associations</comment>
        <translation>SA&apos;s</translation>
    </message>
    <message>
        <source>up to 1 SA</source>
        <translation>maximaal 1 SA</translation>
    </message>
    <message numerus="yes">
        <source>up to %n SAs</source>
        <translation>
            <numerusform>maximaal %n SA</numerusform>
            <numerusform>maximaal %n SA&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>virtual function %1 assigned, 1 queue pair; the data path is active.</source>
        <translation>virtuele functie %1 toegewezen, 1 wachtrijpaar; het gegevenspad is actief.</translation>
    </message>
    <message numerus="yes">
        <source>virtual function %1 assigned, %n queue pairs; the data path is active.</source>
        <translation>
            <numerusform>virtuele functie %1 toegewezen, %n wachtrijpaar; het gegevenspad is actief.</numerusform>
            <numerusform>virtuele functie %1 toegewezen, %n wachtrijparen; het gegevenspad is actief.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvdesk::HostBackend</name>
    <message>
        <source>%1 does not change migration settings of %2.</source>
        <translation>%1 wijzigt geen migratie-instellingen van %2.</translation>
    </message>
    <message>
        <source>Change the settings in Hyper-V Manager on the host.</source>
        <translation>Wijzig de instellingen in Hyper-V-beheer op de host.</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-instellingen</translation>
    </message>
    <message>
        <source>This connection cannot change the receive scaling of &apos;%1&apos; on %2.</source>
        <translation>Deze verbinding kan de ontvangstschaling van &apos;%1&apos; op %2 niet wijzigen.</translation>
    </message>
    <message>
        <source>Change RSS and VMQ on the host itself (Set-NetAdapterRss, Set-NetAdapterVmq).</source>
        <translation>Wijzig RSS en VMQ op de host zelf (Set-NetAdapterRss, Set-NetAdapterVmq).</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Ontvangstschaling instellen</translation>
    </message>
    <message>
        <source>%1 is not available on %2.</source>
        <translation>%1 is niet beschikbaar op %2.</translation>
    </message>
    <message>
        <source>Use a connection that offers it.</source>
        <translation>Gebruik een verbinding die dit biedt.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Configuratieversie bijwerken</translation>
    </message>
</context>
<context>
    <name>hvdesk::HostMigrationSettingsDialog</name>
    <message>
        <source>&amp;Enable incoming and outgoing live migrations</source>
        <translation>Inkomende en uitgaande livemigraties &amp;inschakelen</translation>
    </message>
    <message>
        <source>Use &amp;any available network for live migration</source>
        <translation>Elk &amp;beschikbaar netwerk gebruiken voor livemigratie</translation>
    </message>
    <message>
        <source>Use &amp;these IP addresses for live migration (in order of preference):</source>
        <translation>&amp;Deze IP-adressen gebruiken voor livemigratie (in volgorde van voorkeur):</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Hyper-V Settings for %1</source>
        <translation>Hyper-V-instellingen voor %1</translation>
    </message>
    <message>
        <source>Migration networks in order of preference</source>
        <translation>Migratienetwerken in volgorde van voorkeur</translation>
    </message>
    <message>
        <source>Authentication protocol</source>
        <translation>Verificatieprotocol</translation>
    </message>
    <message>
        <source>Performance option</source>
        <translation>Prestatieoptie</translation>
    </message>
    <message>
        <source>The change in PowerShell:</source>
        <translation>De wijziging in PowerShell:</translation>
    </message>
    <message>
        <source>Simultaneous live migrations</source>
        <translation>Gelijktijdige livemigraties</translation>
    </message>
    <message>
        <source>Simultaneous storage migrations</source>
        <translation>Gelijktijdige opslagmigraties</translation>
    </message>
    <message>
        <source>Live Migrations</source>
        <translation>Livemigraties</translation>
    </message>
    <message>
        <source>Simultaneous &amp;live migrations:</source>
        <translation>Gelijktijdige live&amp;migraties:</translation>
    </message>
    <message>
        <source>Advanced Features</source>
        <translation>Geavanceerde functies</translation>
    </message>
    <message>
        <source>Authentication &amp;protocol:</source>
        <translation>Verificatie&amp;protocol:</translation>
    </message>
    <message>
        <source>Per&amp;formance option:</source>
        <translation>Optie voor &amp;prestaties:</translation>
    </message>
    <message>
        <source>Storage Migrations</source>
        <translation>Opslagmigraties</translation>
    </message>
    <message>
        <source>Simultaneous &amp;storage migrations:</source>
        <translation>Gelijktijdige &amp;opslagmigraties:</translation>
    </message>
    <message>
        <source>This connection cannot change migration settings of %1.</source>
        <translation>Deze verbinding kan de migratie-instellingen van %1 niet wijzigen.</translation>
    </message>
    <message>
        <source># No change</source>
        <translation># Geen wijziging</translation>
    </message>
    <message>
        <source>The settings were not applied: %1</source>
        <translation>De instellingen zijn niet toegepast: %1</translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Bezig met toepassen...</translation>
    </message>
    <message>
        <source>Part of the settings were applied. %1</source>
        <translation>Een deel van de instellingen is toegepast. %1</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>migraties</translation>
    </message>
    <message>
        <source># Not included until corrected: %1</source>
        <translation># Pas opgenomen na correctie: %1</translation>
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
        <translation>Netwerk - %1</translation>
    </message>
    <message>
        <source>Network processing of %1</source>
        <translation>Netwerkverwerking van %1</translation>
    </message>
    <message>
        <source>Virtual machines: offered and delivered throughput</source>
        <translation>Virtuele machines: aangeboden en geleverde doorvoer</translation>
    </message>
    <message>
        <source>%1: the charts show the last samples received.</source>
        <translation>%1: de grafieken tonen de laatst ontvangen meetwaarden.</translation>
    </message>
    <message>
        <source>This connection does not report per-core network processing (%1).</source>
        <translation>Deze verbinding rapporteert geen netwerkverwerking per kern (%1).</translation>
    </message>
    <message>
        <source>&amp;Refresh:</source>
        <translation>&amp;Vernieuwen:</translation>
    </message>
    <message>
        <source>Refresh rate</source>
        <translation>Vernieuwingsfrequentie</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>&amp;Geschiedenis:</translation>
    </message>
    <message>
        <source>History length</source>
        <translation>Lengte van geschiedenis</translation>
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
        <translation>&amp;Pauzeren</translation>
    </message>
    <message>
        <source>Freeze the charts to read them (Pause)</source>
        <translation>De grafieken stilzetten om ze af te lezen (Pause)</translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation>&amp;PNG exporteren...</translation>
    </message>
    <message>
        <source>Save this view as an image (Ctrl+S)</source>
        <translation>Deze weergave opslaan als afbeelding (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exporteren...</translation>
    </message>
    <message>
        <source>Save the per-core history as CSV (Ctrl+Shift+S)</source>
        <translation>De geschiedenis per kern opslaan als CSV (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;NIC:</source>
        <translation>&amp;NIC:</translation>
    </message>
    <message>
        <source>Physical network adapter</source>
        <translation>Fysieke netwerkadapter</translation>
    </message>
    <message>
        <source>Receive &amp;scaling:</source>
        <translation>&amp;Ontvangstschaling:</translation>
    </message>
    <message>
        <source>Receive scaling of the network adapter</source>
        <translation>Ontvangstschaling van de netwerkadapter</translation>
    </message>
    <message>
        <source>RSS and VMQ off</source>
        <translation>RSS en VMQ uit</translation>
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
        <translation>&amp;Hervatten</translation>
    </message>
    <message>
        <source>Paused: the charts stand still. Hover over them to read values.</source>
        <translation>Gepauzeerd: de grafieken staan stil. Beweeg de muisaanwijzer erover om waarden af te lezen.</translation>
    </message>
    <message>
        <source>RSS and VMQ are mutually exclusive on one network adapter. Dynamic VMQ moves queues off busy cores by itself; static VMQ does not.</source>
        <translation>RSS en VMQ sluiten elkaar uit op één netwerkadapter. Dynamische VMQ verplaatst wachtrijen zelf weg van drukke kernen; statische VMQ doet dat niet.</translation>
    </message>
    <message>
        <source>Not available: this connection does not support %1.</source>
        <translation>Niet beschikbaar: deze verbinding ondersteunt %1 niet.</translation>
    </message>
    <message>
        <source>%1, %2 Gbps</source>
        <translation>%1, %2 Gbps</translation>
    </message>
    <message>
        <source>Host %1 is not available.</source>
        <translation>Host %1 is niet beschikbaar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 logical processors</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 logische processors</translation>
    </message>
    <message>
        <source> (hyper-threaded pairs)</source>
        <translation> (hyperthreading-paren)</translation>
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
        <translation>RSS en VMQ uit: al het ontvangstwerk op CPU %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 GbE): %4</source>
        <translation>%1 (%2, %3 GbE): %4</translation>
    </message>
    <message>
        <source>received %1 of %2 offered</source>
        <translation>%1 van %2 aangeboden ontvangen</translation>
    </message>
    <message>
        <source>busiest CPU %1 at %2 %</source>
        <translation>drukste CPU %1 op %2 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b02020&apos;&gt;drops: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b02020&apos;&gt;verloren: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>waiting for the first sample</source>
        <translation>wachten op de eerste meetwaarde</translation>
    </message>
    <message>
        <source>Use &amp;SR-IOV</source>
        <translation>&amp;SR-IOV gebruiken</translation>
    </message>
    <message>
        <source>Receive by DMA into the guest: no host core touches the packets.</source>
        <translation>Ontvangst via DMA rechtstreeks in de gast: geen enkele hostkern raakt de pakketten aan.</translation>
    </message>
    <message>
        <source>Use &amp;VMQ</source>
        <translation>&amp;VMQ gebruiken</translation>
    </message>
    <message>
        <source>A VM queue of its own on one core; queues are handed out first come, first served.</source>
        <translation>Een eigen VM-wachtrij op één kern; wachtrijen worden toegewezen in volgorde van aanvraag.</translation>
    </message>
    <message>
        <source>PowerShell: %1</source>
        <translation>PowerShell: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 &apos;%2&apos; is mislukt: %3</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; completed.</source>
        <translation>%1 &apos;%2&apos; is voltooid.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;...</source>
        <translation>%1 &apos;%2&apos;...</translation>
    </message>
    <message>
        <source>Could not write the image &apos;%1&apos;.</source>
        <translation>Kan de afbeelding &apos;%1&apos; niet schrijven.</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Kies een bestand in een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2.</source>
        <translation>Kan &apos;%1&apos; niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Export network view as PNG</source>
        <translation>Netwerkweergave exporteren als PNG</translation>
    </message>
    <message>
        <source>%1-network.png</source>
        <translation>%1-netwerk.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Export per-core history as CSV</source>
        <translation>Geschiedenis per kern exporteren als CSV</translation>
    </message>
    <message>
        <source>%1-cores.csv</source>
        <translation>%1-kernen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>1 queue</source>
        <translation>1 wachtrij</translation>
    </message>
    <message numerus="yes">
        <source>%n queues</source>
        <translation>
            <numerusform>%n wachtrij</numerusform>
            <numerusform>%n wachtrijen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, CPUs from %3</source>
        <translation>%1, %2, CPU&apos;s vanaf %3</translation>
    </message>
    <message>
        <source>RSS over 1 CPU from CPU %1</source>
        <translation>RSS over 1 CPU vanaf CPU %1</translation>
    </message>
    <message numerus="yes">
        <source>RSS over %n CPUs from CPU %1</source>
        <translation>
            <numerusform>RSS over %n CPU vanaf CPU %1</numerusform>
            <numerusform>RSS over %n CPU&apos;s vanaf CPU %1</numerusform>
        </translation>
    </message>
    <message>
        <source>1 VM on SR-IOV</source>
        <translation>1 VM op SR-IOV</translation>
    </message>
    <message numerus="yes">
        <source>%n VMs on SR-IOV</source>
        <translation>
            <numerusform>%n VM op SR-IOV</numerusform>
            <numerusform>%n VM&apos;s op SR-IOV</numerusform>
        </translation>
    </message>
    <message>
        <source>SR-IOV is not available: %1</source>
        <translation>SR-IOV is niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Instellingen toepassen</translation>
    </message>
    <message>
        <source>%1: its network on switch &apos;%2&apos; is interrupted while the adapter restarts.</source>
        <translation>%1: het netwerk op switch &apos;%2&apos; wordt onderbroken terwijl de adapter opnieuw wordt opgestart.</translation>
    </message>
    <message>
        <source>Change Receive Scaling</source>
        <translation>Ontvangstschaling wijzigen</translation>
    </message>
    <message>
        <source>Switch &apos;%1&apos; on %2 to %3? The network adapter restarts: its link is down for a few seconds.</source>
        <translation>&apos;%1&apos; op %2 overschakelen naar %3? De netwerkadapter wordt opnieuw opgestart: de verbinding is enkele seconden verbroken.</translation>
    </message>
    <message>
        <source>No running virtual machine uses a switch on &apos;%1&apos;.</source>
        <translation>Geen actieve virtuele machine gebruikt een switch op &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Restart Adapter</source>
        <translation>Adapter opnieuw opstarten</translation>
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
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbinding verloren</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbinding verloren: %1</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Verbinding maken...</translation>
    </message>
    <message>
        <source>Connecting... %1 s left</source>
        <translation>Verbinding maken... nog %1 s</translation>
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
        <translation>Geen van de %1 VM&apos;s heeft een update nodig.</translation>
    </message>
    <message>
        <source>%1 of %2 VMs need an update on 1 host.</source>
        <translation>%1 van %2 VM&apos;s hebben een update nodig op 1 host.</translation>
    </message>
    <message>
        <source>%1 of %2 VMs need an update on %3 hosts.</source>
        <translation>%1 van %2 VM&apos;s hebben een update nodig op %3 hosts.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a restart</source>
        <translation>
            <numerusform>%n wacht op opnieuw opstarten</numerusform>
            <numerusform>%n wachten op opnieuw opstarten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newer than the host</source>
        <translation>
            <numerusform>%n nieuwer dan de host</numerusform>
            <numerusform>%n nieuwer dan de host</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without integration services</source>
        <translation>
            <numerusform>%n zonder integratieservices</numerusform>
            <numerusform>%n zonder integratieservices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n onbekend</numerusform>
            <numerusform>%n onbekend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 (%2 installed, active after a restart)</source>
        <translation>%1 (%2 geïnstalleerd, actief na opnieuw opstarten)</translation>
    </message>
    <message>
        <source>%1 (%2 services)</source>
        <translation>%1 (%2 services)</translation>
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
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Guest Version</source>
        <translation>Gastversie</translation>
    </message>
    <message>
        <source>Host Version</source>
        <translation>Hostversie</translation>
    </message>
    <message>
        <source>Integration Services</source>
        <translation>Integratieservices</translation>
    </message>
    <message>
        <source>Services with Problems</source>
        <translation>Services met problemen</translation>
    </message>
    <message>
        <source>Config. Version</source>
        <translation>Config.versie</translation>
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
        <translation>Rapport integratieservices - hvdesk</translation>
    </message>
    <message>
        <source>Show virtual machines by verdict</source>
        <translation>Virtuele machines weergeven op beoordeling</translation>
    </message>
    <message>
        <source>All virtual machines</source>
        <translation>Alle virtuele machines</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Aandacht vereist</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Weergeven:</translation>
    </message>
    <message>
        <source>Filter by host, cluster or virtual machine</source>
        <translation>Filteren op host, cluster of virtuele machine</translation>
    </message>
    <message>
        <source>Filter by host, cluster or VM name</source>
        <translation>Filteren op host, cluster of VM-naam</translation>
    </message>
    <message>
        <source>Integration services of every virtual machine</source>
        <translation>Integratieservices van elke virtuele machine</translation>
    </message>
    <message>
        <source>&amp;Insert Setup Disk into Selected...</source>
        <translation>&amp;Installatiemedium in selectie invoegen...</translation>
    </message>
    <message>
        <source>Upgrade the integration services of the selected virtual machines, a few at a time</source>
        <translation>De integratieservices van de geselecteerde virtuele machines bijwerken, telkens een paar tegelijk</translation>
    </message>
    <message>
        <source>Show Host &amp;Events</source>
        <translation>Host&amp;gebeurtenissen weergeven</translation>
    </message>
    <message>
        <source>The Hyper-V-Integration warnings of the selected virtual machine&apos;s host</source>
        <translation>De Hyper-V-Integration-waarschuwingen van de host van de geselecteerde virtuele machine</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xporteren...</translation>
    </message>
    <message>
        <source>Save the selected rows (or every shown row) as a CSV file</source>
        <translation>De geselecteerde rijen (of alle weergegeven rijen) opslaan als CSV-bestand</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Show the events of host</source>
        <translation>De gebeurtenissen van de host weergeven</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Hyper-V-Integration events</source>
        <translation>Hyper-V-Integration-gebeurtenissen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Gebeurtenis-id</translation>
    </message>
    <message>
        <source>Virtual Machine</source>
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>What each host logs in Applications and Services Logs &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration for guests older than itself, gathered for every host.</source>
        <translation>Wat elke host vastlegt in Logboeken Toepassingen en services &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration voor gasten die ouder zijn dan de host zelf, verzameld voor alle hosts.</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Geselecteerde gebeurtenis</translation>
    </message>
    <message>
        <source>Log: Applications and Services Logs &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration
Event ID: %1    Level: %2    Computer: %3

%4</source>
        <translation>Logboek: Logboeken Toepassingen en services &gt; Microsoft &gt; Windows &gt; Hyper-V-Integration
Gebeurtenis-id: %1    Niveau: %2    Computer: %3

%4</translation>
    </message>
    <message>
        <source>&amp;Virtual Machines</source>
        <translation>&amp;Virtuele machines</translation>
    </message>
    <message>
        <source>Hyper-V-Integration E&amp;vents</source>
        <translation>Hyper-V-Integration-&amp;gebeurtenissen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Hosts and how they update guests: %1.</source>
        <translation>Hosts en hoe zij gasten bijwerken: %1.</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle hosts</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Hyper-V-Integration E&amp;vents (%1)</source>
        <translation>Hyper-V-Integration-&amp;gebeurtenissen (%1)</translation>
    </message>
    <message>
        <source>No host logs a warning: every running guest is at least as new as its host.</source>
        <translation>Geen enkele host legt een waarschuwing vast: elke actieve gast is minstens even nieuw als zijn host.</translation>
    </message>
    <message>
        <source>%1 logs no warning: its running guests are at least as new as the host.</source>
        <translation>%1 legt geen waarschuwing vast: de actieve gasten zijn minstens even nieuw als de host.</translation>
    </message>
    <message>
        <source>No virtual machine is shown: change the filter and export again.</source>
        <translation>Er wordt geen virtuele machine weergegeven: wijzig het filter en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2. Choose another file.</source>
        <translation>Kan &apos;%1&apos; niet schrijven: %2. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>Exported %1 virtual machines to %2.</source>
        <translation>%1 virtuele machines geëxporteerd naar %2.</translation>
    </message>
    <message>
        <source>Export Integration Services Report</source>
        <translation>Rapport integratieservices exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationServicesPage</name>
    <message>
        <source>Integration Services</source>
        <translation>Integratieservices</translation>
    </message>
    <message>
        <source>Select the services that you want Hyper-V to offer to this virtual machine. To use the services you select, they must be supported by the guest operating system.</source>
        <translation>Selecteer de services die Hyper-V moet aanbieden aan deze virtuele machine. De services die u selecteert, kunnen alleen worden gebruikt als het gastbesturingssysteem ze ondersteunt.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status van %1</translation>
    </message>
    <message>
        <source>%1 (the guest&apos;s component is older than the host&apos;s)</source>
        <translation>%1 (het onderdeel van de gast is ouder dan dat van de host)</translation>
    </message>
    <message>
        <source>Integration services are not installed in the guest, or it has not reported a version.</source>
        <translation>Er zijn geen integratieservices in de gast geïnstalleerd, of de gast heeft geen versie gerapporteerd.</translation>
    </message>
    <message>
        <source>The guest&apos;s integration services are older than the host&apos;s: an upgrade is needed (Action &gt; Insert Integration Services Setup Disk).</source>
        <translation>De integratieservices van de gast zijn ouder dan die van de host: een upgrade is nodig (Actie &gt; Installatiemedium voor integratieservices invoegen).</translation>
    </message>
    <message>
        <source>The guest&apos;s integration services are current.</source>
        <translation>De integratieservices van de gast zijn actueel.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guest version:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Host version:&lt;/b&gt; %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;Gastversie:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Hostversie:&lt;/b&gt; %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <source>&lt;b&gt;QEMU guest agent:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;QEMU-gastagent:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>hvdesk::IntegrationUpgrades</name>
    <message>
        <source>%1: the connection to its host is not available.</source>
        <translation>%1: de verbinding met de host is niet beschikbaar.</translation>
    </message>
    <message>
        <source>%1: %2 is not available on this connection.</source>
        <translation>%1: %2 is niet beschikbaar via deze verbinding.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup &amp;Disk...</source>
        <translation>Installatiemedium voor integratieservices &amp;invoegen...</translation>
    </message>
    <message>
        <source>Upgrade Configuration &amp;Version...</source>
        <translation>Upgrade uitvoeren van &amp;configuratieversie...</translation>
    </message>
    <message>
        <source>Upgrade the integration services of the selected virtual machines to their host&apos;s version</source>
        <translation>De integratieservices van de geselecteerde virtuele machines bijwerken naar de versie van hun host</translation>
    </message>
    <message>
        <source>Insert Setup Disk...</source>
        <translation>Installatiemedium invoegen...</translation>
    </message>
    <message>
        <source>Upgrade Config. Version...</source>
        <translation>Upgrade config.versie...</translation>
    </message>
    <message>
        <source>Raise the configuration version of the selected virtual machines to their host&apos;s highest (one way)</source>
        <translation>De configuratieversie van de geselecteerde virtuele machines verhogen naar de hoogste versie van hun host (onomkeerbaar)</translation>
    </message>
    <message>
        <source>%1 on %2: installed %3, offered %4</source>
        <translation>%1 op %2: geïnstalleerd %3, aangeboden %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>No virtual machine is selected.</source>
        <translation>Er is geen virtuele machine geselecteerd.</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk into &apos;%1&apos; and upgrade its integration services? The virtual machine must restart afterwards to finish.</source>
        <translation>Het installatiemedium voor integratieservices invoegen in &apos;%1&apos; en de integratieservices bijwerken? De virtuele machine moet daarna opnieuw worden opgestart om het proces te voltooien.</translation>
    </message>
    <message>
        <source>Insert the Integration Services Setup Disk into %1 virtual machines and upgrade their integration services? Setup runs in up to %2 guests at a time; each must restart afterwards to finish.</source>
        <translation>Het installatiemedium voor integratieservices invoegen in %1 virtuele machines en hun integratieservices bijwerken? Setup wordt in maximaal %2 gasten tegelijk uitgevoerd; elke gast moet daarna opnieuw worden opgestart om het proces te voltooien.</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>&amp;Insert and Upgrade</source>
        <translation>&amp;Invoegen en bijwerken</translation>
    </message>
    <message>
        <source>%1 on %2: %3 to %4</source>
        <translation>%1 op %2: %3 naar %4</translation>
    </message>
    <message>
        <source>This cannot be undone: an upgraded virtual machine no longer runs on hosts that support only its current version.</source>
        <translation>Dit kan niet ongedaan worden gemaakt: een bijgewerkte virtuele machine kan niet meer worden uitgevoerd op hosts die alleen de huidige versie ondersteunen.</translation>
    </message>
    <message>
        <source>Upgrade the configuration version of &apos;%1&apos;?</source>
        <translation>Upgrade uitvoeren van de configuratieversie van &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Upgrade the configuration version of %1 virtual machines?</source>
        <translation>Upgrade uitvoeren van de configuratieversie van %1 virtuele machines?</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Upgrade uitvoeren van configuratieversie</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade uitvoeren</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <translation>%1 &apos;%2&apos; is mislukt: %3</translation>
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
    <name>hvdesk::LocationsPage</name>
    <message>
        <source>Choose a New Location</source>
        <translation>Een nieuwe locatie kiezen</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Doelmap</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Destination of each item</source>
        <translation>Doel van elk item</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Current location</source>
        <translation>Huidige locatie</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>Volumes of the destination</source>
        <translation>Volumes van het doel</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <source>Needed here</source>
        <translation>Hier nodig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Volumes of the destination:</source>
        <translation>Volumes van het doel:</translation>
    </message>
    <message>
        <source>Type where each item goes on %1.</source>
        <translation>Typ waar elk item op %1 naartoe gaat.</translation>
    </message>
    <message>
        <source>Choose the folder on %1 for the virtual machine&apos;s files.</source>
        <translation>Kies de map op %1 voor de bestanden van de virtuele machine.</translation>
    </message>
    <message>
        <source>Each virtual machine goes into a folder named after it under this one.</source>
        <translation>Elke virtuele machine komt in een eigen map met haar naam onder deze map.</translation>
    </message>
    <message>
        <source>The virtual hard disks go into &apos;Virtual Hard Disks&apos; and checkpoints into &apos;Snapshots&apos; under this folder.</source>
        <translation>De virtuele harde schijven komen in &apos;Virtual Hard Disks&apos; en controlepunten in &apos;Snapshots&apos; onder deze map.</translation>
    </message>
    <message>
        <source>Cluster Shared Volume</source>
        <translation>Gedeeld clustervolume</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokaal</translation>
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
    <message>
        <source>&amp;Integration Services Report...</source>
        <translation>Rapport &amp;integratieservices...</translation>
    </message>
    <message>
        <source>Integration services versions of every virtual machine on every connected host</source>
        <translation>Versies van de integratieservices van elke virtuele machine op elke verbonden host</translation>
    </message>
    <message>
        <source>S&amp;ettings...</source>
        <translation>Inst&amp;ellingen...</translation>
    </message>
    <message>
        <source>Open the settings of the selected virtual machine: network adapters, hardware acceleration, integration services</source>
        <translation>De instellingen van de geselecteerde virtuele machine openen: netwerkadapters, hardwareversnelling, integratieservices</translation>
    </message>
    <message>
        <source>&amp;Network View</source>
        <translation>&amp;Netwerkweergave</translation>
    </message>
    <message>
        <source>Show how the selected host spreads receive work over its processors, live</source>
        <translation>Live weergeven hoe de geselecteerde host het ontvangstwerk over zijn processors verdeelt</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>Select a host to see its network processing.</source>
        <translation>Selecteer een host om de netwerkverwerking ervan te bekijken.</translation>
    </message>
    <message>
        <source>Show per-core network processing of %1 (Ctrl+Shift+N)</source>
        <translation>Netwerkverwerking per kern van %1 weergeven (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Not available: this connection does not report %1.</source>
        <translation>Niet beschikbaar: deze verbinding rapporteert %1 niet.</translation>
    </message>
    <message>
        <source>Select one virtual machine to open its settings.</source>
        <translation>Selecteer één virtuele machine om de instellingen ervan te openen.</translation>
    </message>
    <message>
        <source>The virtual machine is no longer available.</source>
        <translation>De virtuele machine is niet meer beschikbaar.</translation>
    </message>
    <message>
        <source>This connection offers no settings to change: %1.</source>
        <translation>Deze verbinding biedt geen instellingen om te wijzigen: %1.</translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates...</source>
        <translation>&amp;Vertrouwde certificaten...</translation>
    </message>
    <message>
        <source>The remote hosts&apos; certificates you trusted; remove one that changed</source>
        <translation>De certificaten van externe hosts die u hebt vertrouwd; verwijder een certificaat dat is gewijzigd</translation>
    </message>
    <message>
        <source>Protocol &amp;Log</source>
        <translation>Protocol&amp;logboek</translation>
    </message>
    <message>
        <source>Every WS-Management request and response of the remote connections, with timings</source>
        <translation>Elke WS-Management-aanvraag en -respons van de externe verbindingen, met tijden</translation>
    </message>
    <message>
        <source>&amp;Ask Again Before Every Action</source>
        <translation>&amp;Opnieuw vragen vóór elke actie</translation>
    </message>
    <message>
        <source>Ask again before the actions you chose &quot;Don&apos;t ask me again&quot; for</source>
        <translation>Opnieuw vragen vóór de acties waarvoor u &quot;Niet meer vragen&quot; hebt gekozen</translation>
    </message>
    <message>
        <source>hvdesk asks again before every action that needs confirming.</source>
        <translation>hvdesk vraagt opnieuw vóór elke actie die bevestiging vereist.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Connect again to the servers that failed or were lost</source>
        <translation>Opnieuw verbinding maken met de servers waarmee de verbinding is mislukt of verloren</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>1 taak actief</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs running</source>
        <translation>
            <numerusform>%n taak actief</numerusform>
            <numerusform>%n taken actief</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>er is geen reden opgegeven</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2</source>
        <translation>Verbinding met %1 verloren: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Kan geen verbinding maken met %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinding maken met %1...</translation>
    </message>
    <message>
        <source>Connecting to %1... %2 s left</source>
        <translation>Verbinding maken met %1... nog %2 s</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveActions</name>
    <message>
        <source>Mo&amp;ve...</source>
        <translation>&amp;Verplaatsen...</translation>
    </message>
    <message>
        <source>Hyper-&amp;V Settings...</source>
        <translation>Hyper-V-&amp;instellingen...</translation>
    </message>
    <message>
        <source>Move the selected virtual machines to another host, or their storage to other folders</source>
        <translation>De geselecteerde virtuele machines naar een andere host verplaatsen, of hun opslag naar andere mappen</translation>
    </message>
    <message>
        <source>Live and storage migration settings of the selected host</source>
        <translation>Instellingen voor livemigratie en opslagmigratie van de geselecteerde host</translation>
    </message>
    <message>
        <source>Select one or more virtual machines.</source>
        <translation>Selecteer een of meer virtuele machines.</translation>
    </message>
    <message>
        <source>The connection of a selected virtual machine is closed.</source>
        <translation>De verbinding van een geselecteerde virtuele machine is gesloten.</translation>
    </message>
    <message>
        <source>The selected virtual machines are on different connections: moves between connections are not supported; select virtual machines of one connection.</source>
        <translation>De geselecteerde virtuele machines bevinden zich op verschillende verbindingen: verplaatsen tussen verbindingen wordt niet ondersteund; selecteer virtuele machines van één verbinding.</translation>
    </message>
    <message>
        <source>The connection to the host is not available.</source>
        <translation>De verbinding met de host is niet beschikbaar.</translation>
    </message>
    <message>
        <source>This connection does not move virtual machines.</source>
        <translation>Deze verbinding kan geen virtuele machines verplaatsen.</translation>
    </message>
    <message>
        <source>A selected virtual machine no longer exists.</source>
        <translation>Een geselecteerde virtuele machine bestaat niet meer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2: wait until it has finished.</source>
        <translation>&apos;%1&apos; is %2: wacht tot dit is voltooid.</translation>
    </message>
    <message>
        <source>Select a host in the Servers list.</source>
        <translation>Selecteer een host in de lijst Servers.</translation>
    </message>
    <message>
        <source>This connection cannot change a host&apos;s migration settings.</source>
        <translation>Deze verbinding kan de migratie-instellingen van een host niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveOptionsPage</name>
    <message>
        <source>Move the virtual machine&apos;s data to a &amp;single location</source>
        <translation>De gegevens van de virtuele machine naar één &amp;locatie verplaatsen</translation>
    </message>
    <message>
        <source>Move the virtual machine&apos;s data by selecting &amp;where to move the items</source>
        <translation>De gegevens van de virtuele machine verplaatsen door te selecteren &amp;waar de items naartoe moeten</translation>
    </message>
    <message>
        <source>Move &amp;only the virtual machine</source>
        <translation>&amp;Alleen de virtuele machine verplaatsen</translation>
    </message>
    <message>
        <source>Choose Move Options</source>
        <translation>Verplaatsingsopties kiezen</translation>
    </message>
    <message>
        <source>Choose where the virtual machine&apos;s files go on %1.</source>
        <translation>Kies waar de bestanden van de virtuele machine op %1 terechtkomen.</translation>
    </message>
    <message>
        <source>Choose where the virtual machine&apos;s files go on %1; it keeps running.</source>
        <translation>Kies waar de bestanden van de virtuele machine op %1 terechtkomen; de virtuele machine blijft actief.</translation>
    </message>
    <message>
        <source>Available when one virtual machine moves: several go to one location, each in a folder named after it.</source>
        <translation>Beschikbaar wanneer één virtuele machine wordt verplaatst: meerdere gaan naar één locatie, elk in een eigen map met haar naam.</translation>
    </message>
    <message>
        <source>A storage move moves files.</source>
        <translation>Bij het verplaatsen van opslag worden bestanden verplaatst.</translation>
    </message>
    <message>
        <source>This connection does not offer live migration of the running state alone.</source>
        <translation>Deze verbinding biedt geen livemigratie van alleen de actieve toestand.</translation>
    </message>
    <message>
        <source>The files stay where they are: %1 sees the same storage.</source>
        <translation>De bestanden blijven waar ze zijn: %1 ziet dezelfde opslag.</translation>
    </message>
    <message>
        <source>This connection copies each disk to the same path on %1, into the storage pool there; the files&apos; locations cannot be chosen.</source>
        <translation>Deze verbinding kopieert elke schijf naar hetzelfde pad op %1, in de opslaggroep daar; de locaties van de bestanden kunnen niet worden gekozen.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveTypePage</name>
    <message>
        <source>Move the &amp;virtual machine</source>
        <translation>De &amp;virtuele machine verplaatsen</translation>
    </message>
    <message>
        <source>Move the virtual machine&apos;s &amp;storage</source>
        <translation>De &amp;opslag van de virtuele machine verplaatsen</translation>
    </message>
    <message>
        <source>Choose Move Type</source>
        <translation>Type verplaatsing kiezen</translation>
    </message>
    <message>
        <source>What do you want to move?</source>
        <translation>Wat wilt u verplaatsen?</translation>
    </message>
    <message>
        <source>Moves the virtual machine and, unless its files are on storage both hosts share, its storage to another Hyper-V host.</source>
        <translation>Verplaatst de virtuele machine naar een andere Hyper-V-host, en ook de opslag, tenzij de bestanden zich op opslag bevinden die beide hosts delen.</translation>
    </message>
    <message>
        <source>Moves the virtual machine&apos;s files to other folders of the same host; the virtual machine keeps running.</source>
        <translation>Verplaatst de bestanden van de virtuele machine naar andere mappen van dezelfde host; de virtuele machine blijft actief.</translation>
    </message>
    <message>
        <source>This connection does not offer live migration.</source>
        <translation>Deze verbinding biedt geen livemigratie.</translation>
    </message>
    <message>
        <source>This connection does not offer storage migration.</source>
        <translation>Deze verbinding biedt geen opslagmigratie.</translation>
    </message>
</context>
<context>
    <name>hvdesk::MoveWizard</name>
    <message numerus="yes">
        <source>Move %n Virtual Machines</source>
        <translation>
            <numerusform>%n virtuele machine verplaatsen</numerusform>
            <numerusform>%n virtuele machines verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; Wizard</source>
        <translation>Wizard &quot;%1&quot; verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>Before You Begin</source>
        <translation>Voordat u begint</translation>
    </message>
    <message>
        <source>This wizard helps you move virtual machines, or their storage, to where you choose.&lt;p&gt;&lt;b&gt;Move the virtual machine&lt;/b&gt; moves it to another Hyper-V host: a live migration when its files are on storage both hosts share, a shared-nothing live migration that copies the storage first otherwise. A running virtual machine keeps running.&lt;p&gt;&lt;b&gt;Move the virtual machine&apos;s storage&lt;/b&gt; moves its disks, configuration, checkpoints and smart paging file to other folders of the same host while it keeps running.&lt;p&gt;Before anything starts, the wizard checks the destination and offers a fix for each problem it finds. Moves beyond a host&apos;s limit of simultaneous migrations wait in the Jobs panel (Ctrl+J) until a slot frees.</source>
        <translation>Met deze wizard kunt u virtuele machines, of hun opslag, verplaatsen naar de locatie die u kiest.&lt;p&gt;&lt;b&gt;De virtuele machine verplaatsen&lt;/b&gt; verplaatst deze naar een andere Hyper-V-host: een livemigratie wanneer de bestanden zich op opslag bevinden die beide hosts delen, en anders een livemigratie zonder gedeelde opslag (shared-nothing) die eerst de opslag kopieert. Een actieve virtuele machine blijft actief.&lt;p&gt;&lt;b&gt;De opslag van de virtuele machine verplaatsen&lt;/b&gt; verplaatst de schijven, configuratie, controlepunten en het Smart Paging-bestand naar andere mappen van dezelfde host, terwijl de virtuele machine actief blijft.&lt;p&gt;Voordat er iets begint, controleert de wizard het doel en biedt voor elk gevonden probleem een oplossing. Verplaatsingen boven de limiet van een host voor gelijktijdige migraties wachten in het deelvenster Taken (Ctrl+J) tot er een plaats vrijkomt.</translation>
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
        <translation>&amp;VLAN-identificatie inschakelen</translation>
    </message>
    <message>
        <source>Enable &amp;bandwidth management</source>
        <translation>&amp;Bandbreedtebeheer inschakelen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netwerkadapter</translation>
    </message>
    <message>
        <source>Specify the configuration of the network adapter or remove the network adapter.</source>
        <translation>Geef de configuratie van de netwerkadapter op of verwijder de netwerkadapter.</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>Virtuele switch</translation>
    </message>
    <message>
        <source>&amp;Virtual switch:</source>
        <translation>&amp;Virtuele switch:</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Enable virtual LAN identification</source>
        <translation>VLAN-identificatie inschakelen</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN-id</translation>
    </message>
    <message>
        <source>The VLAN identifier specifies the virtual LAN that this virtual machine will use for all network communications through this network adapter.</source>
        <translation>De VLAN-id geeft het virtuele LAN op dat deze virtuele machine gebruikt voor alle netwerkcommunicatie via deze netwerkadapter.</translation>
    </message>
    <message>
        <source>VLAN &amp;ID:</source>
        <translation>VLAN-&amp;id:</translation>
    </message>
    <message>
        <source>Bandwidth Management</source>
        <translation>Bandbreedtebeheer</translation>
    </message>
    <message>
        <source>Enable bandwidth management</source>
        <translation>Bandbreedtebeheer inschakelen</translation>
    </message>
    <message>
        <source>Minimum bandwidth</source>
        <translation>Minimale bandbreedte</translation>
    </message>
    <message>
        <source>Maximum bandwidth in Mbps</source>
        <translation>Maximale bandbreedte in Mbps</translation>
    </message>
    <message>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <source>Mi&amp;nimum bandwidth:</source>
        <translation>Mi&amp;nimale bandbreedte:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum bandwidth:</source>
        <translation>Ma&amp;ximale bandbreedte:</translation>
    </message>
    <message>
        <source>Specify how this network adapter utilizes network bandwidth. To leave the minimum or maximum unrestricted, specify 0.</source>
        <translation>Geef op hoe deze netwerkadapter netwerkbandbreedte gebruikt. Geef 0 op om het minimum of maximum onbeperkt te laten.</translation>
    </message>
    <message>
        <source>Remove network adapter</source>
        <translation>Netwerkadapter verwijderen</translation>
    </message>
    <message>
        <source>To remove the network adapter from this virtual machine, click Remove.</source>
        <translation>Klik op Verwijderen om de netwerkadapter uit deze virtuele machine te verwijderen.</translation>
    </message>
    <message>
        <source>Minimum bandwidth in Mbps</source>
        <translation>Minimale bandbreedte in Mbps</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; reserves bandwidth in Mbps (absolute mode).</source>
        <translation>De switch &apos;%1&apos; reserveert bandbreedte in Mbps (absolute modus).</translation>
    </message>
    <message>
        <source>Minimum bandwidth weight</source>
        <translation>Gewicht voor minimale bandbreedte</translation>
    </message>
    <message>
        <source>The switch &apos;%1&apos; reserves bandwidth by relative weight, not in Mbps.</source>
        <translation>De switch &apos;%1&apos; reserveert bandbreedte op basis van relatief gewicht, niet in Mbps.</translation>
    </message>
    <message>
        <source>VLAN ID: enter the VLAN this adapter uses.</source>
        <translation>VLAN-id: voer het VLAN in dat deze adapter gebruikt.</translation>
    </message>
    <message>
        <source>Enter a VLAN ID from %1 to %2, or turn off virtual LAN identification.</source>
        <translation>Voer een VLAN-id van %1 tot %2 in, of schakel VLAN-identificatie uit.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>bound to %1 (%2)</source>
        <translation>gekoppeld aan %1 (%2)</translation>
    </message>
    <message>
        <source>created with SR-IOV</source>
        <translation>gemaakt met SR-IOV</translation>
    </message>
    <message>
        <source>without SR-IOV</source>
        <translation>zonder SR-IOV</translation>
    </message>
    <message>
        <source>bandwidth reservation: %1</source>
        <translation>bandbreedtereservering: %1</translation>
    </message>
    <message>
        <source>The adapter is not connected to any network.</source>
        <translation>De adapter is met geen enkel netwerk verbonden.</translation>
    </message>
    <message>
        <source>The host has no switch named &apos;%1&apos;.</source>
        <translation>De host heeft geen switch met de naam &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reserved on &apos;%1&apos; by other adapters: %2 of %3; %4 left for this adapter.</source>
        <translation>Door andere adapters gereserveerd op &apos;%1&apos;: %2 van %3; %4 over voor deze adapter.</translation>
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
        <translation>; IP-adressen: %1</translation>
    </message>
    <message>
        <source>Status: not yet added; the adapter is created when you apply.</source>
        <translation>Status: nog niet toegevoegd; de adapter wordt gemaakt wanneer u de wijzigingen toepast.</translation>
    </message>
    <message>
        <source>Network adapters can only be removed while the virtual machine is off (it is %1).</source>
        <translation>Netwerkadapters kunnen alleen worden verwijderd terwijl de virtuele machine is uitgeschakeld (toestand: %1).</translation>
    </message>
    <message>
        <source>Maximum bandwidth</source>
        <translation>Maximale bandbreedte</translation>
    </message>
    <message>
        <source>0 means no limit</source>
        <translation>0 betekent geen limiet</translation>
    </message>
    <message>
        <source>Mbps (0: no limit)</source>
        <translation>Mbps (0: geen limiet)</translation>
    </message>
    <message>
        <source>0 means no reservation</source>
        <translation>0 betekent geen reservering</translation>
    </message>
    <message>
        <source>weight (0-100, 0: none)</source>
        <translation>gewicht (0-100, 0: geen)</translation>
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
        <translation>%1 beveiligingskoppelingen naar de NIC geoffload, %2 verwerkt in de gast. IPsec-taakoffloading is afgeschaft in nieuwere Windows-versies.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 pkt/s</source>
        <translation>%1 pakt./s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>offloaded (%1 SA)</source>
        <translation>geoffload (%1 SA)</translation>
    </message>
    <message>
        <source>guest CPU %1 %</source>
        <translation>gast-CPU %1 %</translation>
    </message>
    <message>
        <source>Host core time its receive work costs, in % of one core (RSS spreads it over several)</source>
        <translation>Hostkerntijd die het ontvangstwerk kost, in % van één kern (RSS verdeelt dit over meerdere)</translation>
    </message>
    <message>
        <source>Received packets lost per second, before they reached the guest</source>
        <translation>Ontvangen pakketten die per seconde verloren gaan voordat ze de gast bereiken</translation>
    </message>
    <message>
        <source>SR-IOV: DMA into the guest. VMQ: its own queue on one core. RSS: spread. Default queue: shared.</source>
        <translation>SR-IOV: DMA rechtstreeks in de gast. VMQ: eigen wachtrij op één kern. RSS: verdeeld. Standaardwachtrij: gedeeld.</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuele machine</translation>
    </message>
    <message>
        <source>Receive path</source>
        <translation>Ontvangstpad</translation>
    </message>
    <message>
        <source>Offered in</source>
        <translation>Aangeboden in</translation>
    </message>
    <message>
        <source>Delivered in</source>
        <translation>Geleverd in</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Drop cause</source>
        <translation>Oorzaak verlies</translation>
    </message>
    <message>
        <source>Offered out</source>
        <translation>Aangeboden uit</translation>
    </message>
    <message>
        <source>Delivered out</source>
        <translation>Geleverd uit</translation>
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
        <translation>Het CSV-bestand is niet geopend om te schrijven.</translation>
    </message>
    <message>
        <source>Choose a file in a folder you can write to.</source>
        <translation>Kies een bestand in een map waarin u kunt schrijven.</translation>
    </message>
    <message>
        <source>Writing the CSV file failed: %1.</source>
        <translation>Schrijven van het CSV-bestand is mislukt: %1.</translation>
    </message>
    <message>
        <source>Check the free space and the permissions of the folder.</source>
        <translation>Controleer de vrije ruimte en de machtigingen van de map.</translation>
    </message>
</context>
<context>
    <name>hvdesk::NumberEdit</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>range, special value</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Invoerfout</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Voer een geheel getal van %1 tot en met %2 in.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2 %3.</source>
        <translation>Voer een geheel getal van %1 tot en met %2 %3 in.</translation>
    </message>
    <message>
        <source>%1: no value is entered (the range is %2).</source>
        <translation>%1: er is geen waarde ingevoerd (het bereik is %2).</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (the range is %3).</source>
        <translation>%1: %2 valt buiten het bereik (het bereik is %3).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number (the range is %3).</source>
        <translation>%1: &apos;%2&apos; is geen geheel getal (het bereik is %3).</translation>
    </message>
</context>
<context>
    <name>hvdesk::ProtocolLogDock</name>
    <message>
        <source>Protocol Log</source>
        <translation>Protocollogboek</translation>
    </message>
    <message>
        <source>&amp;Enable logging</source>
        <translation>&amp;Logboekregistratie inschakelen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Opslaan als...</translation>
    </message>
    <message>
        <source>Protocol calls</source>
        <translation>Protocolaanroepen</translation>
    </message>
    <message>
        <source>Filter the protocol log</source>
        <translation>Het protocollogboek filteren</translation>
    </message>
    <message>
        <source>Filter: operation, class, endpoint, status or error</source>
        <translation>Filter: bewerking, klasse, eindpunt, status of fout</translation>
    </message>
    <message>
        <source>Records every WS-Management call while the Protocol Log is open. Passwords are never recorded: the Authorization header shows only its scheme.</source>
        <translation>Registreert elke WS-Management-aanroep terwijl het protocollogboek geopend is. Wachtwoorden worden nooit vastgelegd: de Authorization-header toont alleen het schema.</translation>
    </message>
    <message>
        <source>Save the calls shown as XML (the envelopes as sent and received) or as text</source>
        <translation>De weergegeven aanroepen opslaan als XML (de enveloppen zoals verzonden en ontvangen) of als tekst</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Aanvraagheaders</translation>
    </message>
    <message>
        <source>SOAP envelope, indented for reading (Copy takes it as sent)</source>
        <translation>SOAP-envelop, ingesprongen voor leesbaarheid (Kopiëren neemt deze zoals verzonden)</translation>
    </message>
    <message>
        <source>SOAP envelope, indented for reading (Copy takes it as received)</source>
        <translation>SOAP-envelop, ingesprongen voor leesbaarheid (Kopiëren neemt deze zoals ontvangen)</translation>
    </message>
    <message>
        <source>1 call, %1 ms, %2</source>
        <translation>1 aanroep, %1 ms, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 ms, %2</source>
        <translation>
            <numerusform>%n aanroep, %1 ms, %2</numerusform>
            <numerusform>%n aanroepen, %1 ms, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (of %n recorded)</source>
        <translation>
            <numerusform> (van %n vastgelegde)</numerusform>
            <numerusform> (van %n vastgelegde)</numerusform>
        </translation>
    </message>
    <message>
        <source>. Logging is off.</source>
        <translation>. Logboekregistratie is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Select a call to see its request and response.</source>
        <translation>Selecteer een aanroep om de aanvraag en respons ervan te bekijken.</translation>
    </message>
    <message>
        <source>Request: %1 %2, %3</source>
        <translation>Aanvraag: %1 %2, %3</translation>
    </message>
    <message>
        <source>No response after %1 ms</source>
        <translation>Geen respons na %1 ms</translation>
    </message>
    <message>
        <source>Response: HTTP %1 after %2 ms, %3</source>
        <translation>Respons: HTTP %1 na %2 ms, %3</translation>
    </message>
    <message>
        <source>Could not save the protocol log to %1: %2.</source>
        <translation>Kan het protocollogboek niet opslaan in %1: %2.</translation>
    </message>
    <message>
        <source>Save Protocol Log</source>
        <translation>Protocollogboek opslaan</translation>
    </message>
    <message>
        <source>XML: the envelopes as sent and received (*.xml);;Text (*.txt)</source>
        <translation>XML: de enveloppen zoals verzonden en ontvangen (*.xml);;Tekst (*.txt)</translation>
    </message>
</context>
<context>
    <name>hvdesk::ProtocolLogModel</name>
    <message>
        <source>none</source>
        <comment>no HTTP response</comment>
        <translation>geen</translation>
    </message>
    <message>
        <source>Request %1, response %2</source>
        <translation>Aanvraag %1, respons %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duur (ms)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(geen respons)</translation>
    </message>
</context>
<context>
    <name>hvdesk::QueueMapWidget</name>
    <message>
        <source>%1k pkt/s</source>
        <translation>%1k pakt./s</translation>
    </message>
    <message>
        <source>%1 pkt/s</source>
        <translation>%1 pakt./s</translation>
    </message>
    <message>
        <source>Receive queues and the cores they are tied to</source>
        <translation>Ontvangstwachtrijen en de kernen waaraan ze zijn gekoppeld</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>%1 default queue  %2</source>
        <translation>%1 standaardwachtrij  %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>RSS, spread</source>
        <translation>RSS, verdeeld</translation>
    </message>
    <message>
        <source>SR-IOV, no host CPU</source>
        <translation>SR-IOV, geen host-CPU</translation>
    </message>
    <message>
        <source>Receive queues to cores</source>
        <translation>Ontvangstwachtrijen naar kernen</translation>
    </message>
    <message>
        <source>No virtual machine receives traffic through this host&apos;s external switches.</source>
        <translation>Geen enkele virtuele machine ontvangt verkeer via de externe switches van deze host.</translation>
    </message>
    <message>
        <source>%1 irq/s</source>
        <translation>%1 irq/s</translation>
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
    <name>hvdesk::SettingsDialog</name>
    <message>
        <source>&amp;PowerShell</source>
        <translation>&amp;PowerShell</translation>
    </message>
    <message>
        <source>Settings for %1 on %2</source>
        <translation>Instellingen voor %1 op %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Hardware and management settings</source>
        <translation>Hardware- en beheerinstellingen</translation>
    </message>
    <message>
        <source>The PowerShell commands the pending change amounts to:</source>
        <translation>De PowerShell-opdrachten waarop de openstaande wijziging neerkomt:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Show the PowerShell commands the pending change amounts to (Ctrl+Shift+P)</source>
        <translation>De PowerShell-opdrachten weergeven waarop de openstaande wijziging neerkomt (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Show the PowerShell preview</source>
        <translation>Het PowerShell-voorbeeld weergeven</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>OK: apply the changes and close</source>
        <translation>OK: de wijzigingen toepassen en sluiten</translation>
    </message>
    <message>
        <source>Cancel: close without applying</source>
        <translation>Annuleren: sluiten zonder toe te passen</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>De wijzigingen toepassen</translation>
    </message>
    <message>
        <source>The connection to the host was closed: these settings can no longer be applied.</source>
        <translation>De verbinding met de host is gesloten: deze instellingen kunnen niet meer worden toegepast.</translation>
    </message>
    <message>
        <source>%1 (removal)</source>
        <translation>%1 (verwijdering)</translation>
    </message>
    <message>
        <source>virtual switch</source>
        <translation>virtuele switch</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN-id</translation>
    </message>
    <message>
        <source>minimum bandwidth</source>
        <translation>minimale bandbreedte</translation>
    </message>
    <message>
        <source>maximum bandwidth</source>
        <translation>maximale bandbreedte</translation>
    </message>
    <message>
        <source>virtual machine queue</source>
        <translation>wachtrij voor virtuele machines</translation>
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
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <source>MAC address spoofing</source>
        <translation>MAC-adresvervalsing</translation>
    </message>
    <message>
        <source>DHCP guard</source>
        <translation>DHCP-beveiliging</translation>
    </message>
    <message>
        <source>router guard</source>
        <translation>routerbeveiliging</translation>
    </message>
    <message>
        <source>protected network</source>
        <translation>beveiligd netwerk</translation>
    </message>
    <message>
        <source>port mirroring</source>
        <translation>poortspiegeling</translation>
    </message>
    <message>
        <source>NIC teaming</source>
        <translation>NIC-teaming</translation>
    </message>
    <message>
        <source>device naming</source>
        <translation>apparaatnaamgeving</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (new adapter)</source>
        <translation>%1 (nieuwe adapter)</translation>
    </message>
    <message>
        <source>Integration Services (%1)</source>
        <translation>Integratieservices (%1)</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>The connection to the host is not available: changes cannot be applied until it is back. Your edits are kept.</source>
        <translation>De verbinding met de host is niet beschikbaar: wijzigingen kunnen pas worden toegepast wanneer deze terug is. Uw bewerkingen blijven behouden.</translation>
    </message>
    <message>
        <source>The virtual machine no longer exists on this connection.</source>
        <translation>De virtuele machine bestaat niet meer op deze verbinding.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>All services offered</source>
        <translation>Alle services aangeboden</translation>
    </message>
    <message>
        <source>No services offered</source>
        <translation>Geen services aangeboden</translation>
    </message>
    <message>
        <source>Some services offered</source>
        <translation>Enkele services aangeboden</translation>
    </message>
    <message>
        <source>The host is not reachable.</source>
        <translation>De host is niet bereikbaar.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The previous change is being applied.</source>
        <translation>De vorige wijziging wordt nog toegepast.</translation>
    </message>
    <message>
        <source># No pending changes.</source>
        <translation># Geen openstaande wijzigingen.</translation>
    </message>
    <message>
        <source>Applying the changes...</source>
        <translation>Bezig met toepassen van de wijzigingen...</translation>
    </message>
    <message>
        <source>Applying the changes... %1%</source>
        <translation>Bezig met toepassen van de wijzigingen... %1%</translation>
    </message>
    <message>
        <source>The changes were applied.</source>
        <translation>De wijzigingen zijn toegepast.</translation>
    </message>
    <message>
        <source>the job was cancelled.</source>
        <translation>de taak is geannuleerd.</translation>
    </message>
    <message>
        <source>The changes were not applied; nothing on the host changed. %1</source>
        <translation>De wijzigingen zijn niet toegepast; er is niets gewijzigd op de host. %1</translation>
    </message>
    <message>
        <source>The changes were not applied; nothing on the host changed. %1
Not applied: %2.</source>
        <translation>De wijzigingen zijn niet toegepast; er is niets gewijzigd op de host. %1
Niet toegepast: %2.</translation>
    </message>
    <message>
        <source>Network Adapter</source>
        <translation>Netwerkadapter</translation>
    </message>
    <message>
        <source>Part of the changes were applied. %1</source>
        <translation>Een deel van de wijzigingen is toegepast. %1</translation>
    </message>
    <message>
        <source>Revert this chan&amp;ge</source>
        <translation>Deze wijziging &amp;terugdraaien</translation>
    </message>
    <message>
        <source>Revert this change</source>
        <translation>Deze wijziging terugdraaien</translation>
    </message>
    <message>
        <source>Put back the original value of this field; your other edits are kept.</source>
        <translation>De oorspronkelijke waarde van dit veld herstellen; uw andere bewerkingen blijven behouden.</translation>
    </message>
    <message>
        <source># Not included until corrected: %1: %2</source>
        <translation># Pas opgenomen na correctie: %1: %2</translation>
    </message>
    <message>
        <source>The change was reverted to the value the virtual machine has; your other edits are kept.</source>
        <translation>De wijziging is teruggezet naar de waarde van de virtuele machine; uw andere bewerkingen blijven behouden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 right now: settings can be applied once it is running or off. Your edits are kept; apply again then.</source>
        <translation>&apos;%1&apos; heeft op dit moment de toestand &apos;%2&apos;: instellingen kunnen worden toegepast zodra de machine actief of uitgeschakeld is. Uw bewerkingen blijven behouden; pas ze dan opnieuw toe.</translation>
    </message>
    <message>
        <source>%1: network adapters can only be added while the virtual machine is off (it is %2). Shut it down and apply again, or revert this change; your other edits are kept.</source>
        <translation>%1: netwerkadapters kunnen alleen worden toegevoegd terwijl de virtuele machine uit staat (toestand: %2). Sluit de machine af en pas opnieuw toe, of draai deze wijziging terug; uw andere bewerkingen blijven behouden.</translation>
    </message>
    <message>
        <source>%1: network adapters can only be removed while the virtual machine is off (it is %2). Shut it down and apply again, or revert this change; your other edits are kept.</source>
        <translation>%1: netwerkadapters kunnen alleen worden verwijderd terwijl de virtuele machine uit staat (toestand: %2). Sluit de machine af en pas opnieuw toe, of draai deze wijziging terug; uw andere bewerkingen blijven behouden.</translation>
    </message>
    <message>
        <source>%1 Applied: %2.</source>
        <translation>%1 Toegepast: %2.</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Niet toegepast: %1.</translation>
    </message>
</context>
<context>
    <name>hvdesk::SummaryPage</name>
    <message>
        <source>Completing the Move Wizard</source>
        <translation>De wizard Verplaatsen voltooien</translation>
    </message>
    <message>
        <source>Check what will happen, then choose Move.</source>
        <translation>Controleer wat er gaat gebeuren en kies vervolgens Verplaatsen.</translation>
    </message>
    <message>
        <source>The same in PowerShell:</source>
        <translation>Hetzelfde in PowerShell:</translation>
    </message>
    <message>
        <source>Live migration (the files stay on shared storage)</source>
        <translation>Livemigratie (de bestanden blijven op gedeelde opslag)</translation>
    </message>
    <message>
        <source>Shared-nothing live migration (storage first, then the running state)</source>
        <translation>Livemigratie zonder gedeelde opslag (eerst de opslag, daarna de actieve toestand)</translation>
    </message>
    <message>
        <source>Storage migration (the virtual machine keeps running)</source>
        <translation>Opslagmigratie (de virtuele machine blijft actief)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Virtual machines:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Virtuele machines:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verplaatsen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destination:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Doel:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Network adapters:&lt;/b&gt; %n mapped to other switches or disconnected</source>
        <translation>
            <numerusform>&lt;b&gt;Netwerkadapters:&lt;/b&gt; %n toegewezen aan andere switches of losgekoppeld</numerusform>
            <numerusform>&lt;b&gt;Netwerkadapters:&lt;/b&gt; %n toegewezen aan andere switches of losgekoppeld</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Destination URI:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Doel-URI:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The same with virsh:</source>
        <translation>Hetzelfde met virsh:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Move of %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Verplaatsing van %1:&lt;/b&gt; %2</translation>
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
    <message>
        <source>%1 on %2: turned off at once; unsaved data in the guest is lost.</source>
        <translation>%1 op %2: wordt direct uitgeschakeld; niet-opgeslagen gegevens in de gast gaan verloren.</translation>
    </message>
    <message>
        <source>%1 on %2: its operating system is asked to shut down; the guest&apos;s programs close and its users are logged off.</source>
        <translation>%1 op %2: het besturingssysteem wordt gevraagd af te sluiten; de programma&apos;s van de gast worden gesloten en de gebruikers worden afgemeld.</translation>
    </message>
    <message>
        <source>%1 on %2: restarted at once, like pressing a reset button; unsaved data in the guest is lost.</source>
        <translation>%1 op %2: wordt direct opnieuw opgestart, zoals met een resetknop; niet-opgeslagen gegevens in de gast gaan verloren.</translation>
    </message>
    <message>
        <source>Turn Off Machine</source>
        <translation>Machine uitschakelen</translation>
    </message>
    <message>
        <source>Turn off &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; uitschakelen?</translation>
    </message>
    <message numerus="yes">
        <source>Turn off these %n virtual machines?</source>
        <translation>
            <numerusform>Deze %n virtuele machine uitschakelen?</numerusform>
            <numerusform>Deze %n virtuele machines uitschakelen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Shut Down Machine</source>
        <translation>Machine afsluiten</translation>
    </message>
    <message>
        <source>Shut down &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; afsluiten?</translation>
    </message>
    <message numerus="yes">
        <source>Shut down these %n virtual machines?</source>
        <translation>
            <numerusform>Deze %n virtuele machine afsluiten?</numerusform>
            <numerusform>Deze %n virtuele machines afsluiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Reset Machine</source>
        <translation>Machine opnieuw instellen</translation>
    </message>
    <message>
        <source>Reset &apos;%1&apos;?</source>
        <translation>&apos;%1&apos; opnieuw instellen?</translation>
    </message>
    <message numerus="yes">
        <source>Reset these %n virtual machines?</source>
        <translation>
            <numerusform>Deze %n virtuele machine opnieuw instellen?</numerusform>
            <numerusform>Deze %n virtuele machines opnieuw instellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
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
    <message>
        <source>Integration services:</source>
        <translation>Integratieservices:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <source>%1 (the host supports up to %2)</source>
        <translation>%1 (de host ondersteunt maximaal %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 installed, active after a restart)</source>
        <translation>%1 (%2 geïnstalleerd, actief na opnieuw opstarten)</translation>
    </message>
    <message>
        <source>The virtual machine&apos;s definition as the hypervisor stores it (read-only).</source>
        <translation>De definitie van de virtuele machine zoals de hypervisor die opslaat (alleen-lezen).</translation>
    </message>
    <message>
        <source>Definition XML</source>
        <translation>Definitie-XML</translation>
    </message>
    <message>
        <source>Hard disks:</source>
        <translation>Harde schijven:</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Resultaat van de laatste actie</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Last action: %1</source>
        <translation>Laatste actie: %1</translation>
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
    <message>
        <source>Guest: %1. Host: %2.</source>
        <translation>Gast: %1. Host: %2.</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>geen gerapporteerd</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>hvdesk::keychain::KeychainCredentialStore</name>
    <message>
        <source>Install and unlock a Secret Service such as GNOME Keyring or KWallet (on a desktop without one: install gnome-keyring and log in again). Until then hvdesk asks for the password at each connection.</source>
        <translation>Installeer en ontgrendel een Secret Service zoals GNOME Keyring of KWallet (op een bureaublad zonder: installeer gnome-keyring en meld u opnieuw aan). Tot die tijd vraagt hvdesk bij elke verbinding om het wachtwoord.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the credentials for %1 (%2).</source>
        <translation>Er is geen systeemsleutelhanger beschikbaar om de referenties voor %1 te bewaren (%2).</translation>
    </message>
    <message>
        <source>The system keychain refused access to the credentials for %1 (%2).</source>
        <translation>De systeemsleutelhanger heeft de toegang tot de referenties voor %1 geweigerd (%2).</translation>
    </message>
    <message>
        <source>Unlock the keychain when it asks, or enter the password for this connection.</source>
        <translation>Ontgrendel de sleutelhanger wanneer daarom wordt gevraagd, of voer het wachtwoord voor deze verbinding in.</translation>
    </message>
    <message>
        <source>The credentials for %1 could not be removed from the system keychain (%2).</source>
        <translation>De referenties voor %1 kunnen niet uit de systeemsleutelhanger worden verwijderd (%2).</translation>
    </message>
    <message>
        <source>Remove the entry &apos;hvdesk&apos; / %1 with the keychain&apos;s own tool (Passwords and Keys, KWalletManager).</source>
        <translation>Verwijder de vermelding &apos;hvdesk&apos; / %1 met het eigen hulpprogramma van de sleutelhanger (Wachtwoorden en sleutels, KWalletManager).</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds for %2.</source>
        <translation>De systeemsleutelhanger heeft niet binnen %1 seconden geantwoord voor %2.</translation>
    </message>
    <message>
        <source>The system keychain&apos;s entry for %1 was not written by hvdesk.</source>
        <translation>De vermelding van de systeemsleutelhanger voor %1 is niet door hvdesk geschreven.</translation>
    </message>
    <message>
        <source>Enter the credentials again and let hvdesk remember them: they replace the entry.</source>
        <translation>Voer de referenties opnieuw in en laat hvdesk ze onthouden: ze vervangen de vermelding.</translation>
    </message>
    <message>
        <source>No user name to remember for %1.</source>
        <translation>Geen gebruikersnaam om te onthouden voor %1.</translation>
    </message>
    <message>
        <source>Enter the user name, for example HOST\Administrator.</source>
        <translation>Voer de gebruikersnaam in, bijvoorbeeld HOST\Administrator.</translation>
    </message>
</context>
<context>
    <name>hvdesk::local::LibvirtWorker</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 is mislukt: %2</translation>
    </message>
    <message>
        <source>unknown libvirt error</source>
        <translation>onbekende libvirt-fout</translation>
    </message>
    <message>
        <source>This hypervisor driver does not offer the operation; use virsh on the host to check.</source>
        <translation>Dit hypervisorstuurprogramma biedt de bewerking niet aan; controleer het met virsh op de host.</translation>
    </message>
    <message>
        <source>Add your user to the libvirt group, or connect to qemu:///session.</source>
        <translation>Voeg uw gebruiker toe aan de groep libvirt, of maak verbinding met qemu:///session.</translation>
    </message>
    <message>
        <source>Check that libvirtd (or virtqemud) runs on the host.</source>
        <translation>Controleer of libvirtd (of virtqemud) op de host actief is.</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinding maken met %1</translation>
    </message>
    <message>
        <source>Check the URI (qemu:///system, qemu:///session, test:///default) and that libvirt runs.</source>
        <translation>Controleer de URI (qemu:///system, qemu:///session, test:///default) en of libvirt actief is.</translation>
    </message>
    <message>
        <source>Listing the virtual machines</source>
        <translation>De virtuele machines worden opgesomd</translation>
    </message>
    <message>
        <source>Operating normally</source>
        <translation>Werkt normaal</translation>
    </message>
    <message>
        <source>Linux, libvirt %1 (%2)</source>
        <translation>Linux, libvirt %1 (%2)</translation>
    </message>
    <message>
        <source>libvirt passes virtual functions as hostdev interfaces; hvdesk does not create them.</source>
        <translation>libvirt geeft virtuele functies door als hostdev-interfaces; hvdesk maakt ze niet aan.</translation>
    </message>
    <message>
        <source>Finding the virtual machine %1</source>
        <translation>De virtuele machine %1 wordt gezocht</translation>
    </message>
    <message>
        <source>Setting the bandwidth of %1</source>
        <translation>De bandbreedte van %1 wordt ingesteld</translation>
    </message>
    <message>
        <source>The virtual functions of %1 reach guests through a hostdev network or a hostdev interface, not through &apos;%2&apos;.</source>
        <translation>De virtuele functies van %1 bereiken gasten via een hostdev-netwerk of een hostdev-interface, niet via &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>de verbinding is gesloten</translation>
    </message>
    <message>
        <source>bandwidth of %1 (running domain only)</source>
        <translation>bandbreedte van %1 (alleen actief domein)</translation>
    </message>
    <message>
        <source>bandwidth of %1</source>
        <translation>bandbreedte van %1</translation>
    </message>
</context>
<context>
    <name>hvdesk::local::LocalBackend</name>
    <message>
        <source>&apos;%1&apos; is not a libvirt URI.</source>
        <translation>&apos;%1&apos; is geen libvirt-URI.</translation>
    </message>
    <message>
        <source>Write it as %1:///system, %1:///session or %1+ssh://host/system.</source>
        <translation>Schrijf deze als %1:///system, %1:///session of %1+ssh://host/system.</translation>
    </message>
    <message>
        <source>KVM/QEMU virtual machines through libvirt (qemu:///system, qemu:///session, test:///default)</source>
        <translation>KVM/QEMU-virtuele machines via libvirt (qemu:///system, qemu:///session, test:///default)</translation>
    </message>
    <message>
        <source>%1 (libvirt)</source>
        <translation>%1 (libvirt)</translation>
    </message>
    <message>
        <source>libvirt has no IPsec task offload: IPsec runs in the guest, on its own processors.</source>
        <translation>libvirt heeft geen IPsec-taakoffloading: IPsec wordt in de gast uitgevoerd, op de eigen processors.</translation>
    </message>
    <message>
        <source>libvirt has no VMQ weight; virtio-net multiqueue (&lt;driver queues=&apos;N&apos;/&gt;) is shown as VMQ, set it with virsh edit.</source>
        <translation>libvirt heeft geen VMQ-gewicht; virtio-net-multiqueue (&lt;driver queues=&apos;N&apos;/&gt;) wordt als VMQ weergegeven, stel dit in met virsh edit.</translation>
    </message>
    <message>
        <source>libvirt has no bandwidth weight; use an absolute floor on a network interface.</source>
        <translation>libvirt heeft geen bandbreedtegewicht; gebruik een absolute ondergrens (floor) op een netwerkinterface.</translation>
    </message>
    <message>
        <source>SR-IOV on libvirt is a hostdev interface or a hostdev network; hvdesk does not create them yet.</source>
        <translation>SR-IOV is bij libvirt een hostdev-interface of een hostdev-netwerk; hvdesk maakt deze nog niet aan.</translation>
    </message>
    <message>
        <source>VLAN tags are shown from the domain XML; change them with virsh edit.</source>
        <translation>VLAN-tags worden uit de domein-XML weergegeven; wijzig ze met virsh edit.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Geen verbinding met %1.</translation>
    </message>
    <message>
        <source>Reconnect to the server, then try again.</source>
        <translation>Maak opnieuw verbinding met de server en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>There is no virtual machine with the id %1 on %2.</source>
        <translation>Er is geen virtuele machine met de id %1 op %2.</translation>
    </message>
    <message>
        <source>Refresh the list and select the virtual machine again.</source>
        <translation>Vernieuw de lijst en selecteer de virtuele machine opnieuw.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Instellingen toepassen</translation>
    </message>
    <message>
        <source>Change only the bandwidth limits here; edit the rest with virsh edit or virt-manager.</source>
        <translation>Wijzig hier alleen de bandbreedtelimieten; bewerk de rest met virsh edit of virt-manager.</translation>
    </message>
    <message>
        <source>Adding or removing adapters and integration services is not available through libvirt in hvdesk.</source>
        <translation>Netwerkadapters en integratieservices toevoegen of verwijderen is via libvirt niet beschikbaar in hvdesk.</translation>
    </message>
    <message>
        <source>Adapter %1: only the minimum and maximum bandwidth can be changed on a libvirt host.</source>
        <translation>Adapter %1: op een libvirt-host kunnen alleen de minimale en maximale bandbreedte worden gewijzigd.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>The QEMU guest agent&apos;s commands are turned on or off in the guest (qemu-ga --block-rpcs); hvdesk shows what the agent answers.</source>
        <translation>De opdrachten van de QEMU-gastagent worden in de gast in- of uitgeschakeld (qemu-ga --block-rpcs); hvdesk toont wat de agent antwoordt.</translation>
    </message>
    <message>
        <source>libvirt guests get the QEMU guest agent from their own packages (qemu-guest-agent); there is no setup disk.</source>
        <translation>libvirt-gasten krijgen de QEMU-gastagent uit hun eigen pakketten (qemu-guest-agent); er is geen installatiemedium.</translation>
    </message>
    <message>
        <source>On Linux, receive queues and steering are the administrator&apos;s: set them with ethtool -L (queues) and /sys/class/net/&lt;nic&gt;/queues/rx-*/rps_cpus (receive packet steering), as root.</source>
        <translation>Onder Linux zijn ontvangstwachtrijen en -sturing een taak van de beheerder: stel ze als root in met ethtool -L (wachtrijen) en /sys/class/net/&lt;nic&gt;/queues/rx-*/rps_cpus (receive packet steering).</translation>
    </message>
    <message>
        <source>Per-core network counters are read from this computer&apos;s /proc; %1 is another host.</source>
        <translation>Netwerktellers per kern worden gelezen uit /proc van deze computer; %1 is een andere host.</translation>
    </message>
    <message>
        <source>hvdesk does not change the receive scaling of &apos;%1&apos; on %2: Linux has no RSS/VMQ switch of that kind.</source>
        <translation>hvdesk wijzigt de ontvangstschaling van &apos;%1&apos; op %2 niet: Linux heeft geen RSS/VMQ-schakelaar van dat type.</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Ontvangstschaling instellen</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verplaatst naar %1</translation>
    </message>
    <message>
        <source>%1 has %2 of memory free; running &apos;%3&apos; holds %4.</source>
        <translation>%1 heeft %2 geheugen vrij; de actieve &apos;%3&apos; gebruikt %4.</translation>
    </message>
    <message>
        <source>Choose another host, free memory on %1, or shut the virtual machine down and move it off.</source>
        <translation>Kies een andere host, maak geheugen vrij op %1, of sluit de virtuele machine af en verplaats deze dan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2 now but may grow to %3; %4 has %5 free.</source>
        <translation>&apos;%1&apos; gebruikt nu %2 maar kan groeien tot %3; %4 heeft %5 vrij.</translation>
    </message>
    <message>
        <source>Nothing to do for the move; lower its maximum memory if it must not grow there.</source>
        <translation>Niets te doen voor de verplaatsing; verlaag het maximale geheugen als het daar niet mag groeien.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; is a virtual function passed to the guest (PCI %3): QEMU does not migrate assigned PCI devices.</source>
        <translation>&apos;%1&apos; van &apos;%2&apos; is een virtuele functie die aan de gast is doorgegeven (PCI %3): QEMU migreert geen toegewezen PCI-apparaten.</translation>
    </message>
    <message>
        <source>address unknown</source>
        <translation>adres onbekend</translation>
    </message>
    <message>
        <source>Detach it for the move (virsh detach-device) and attach a free virtual function on %1 afterwards, or pair it with a virtio adapter (&lt;teaming&gt;) so the guest fails over.</source>
        <translation>Ontkoppel deze voor de verplaatsing (virsh detach-device) en koppel daarna een vrije virtuele functie op %1, of combineer deze met een virtio-adapter (&lt;teaming&gt;) zodat de gast een failover uitvoert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; of &apos;%2&apos; cannot move disconnected: libvirt keeps the guest&apos;s devices as they are.</source>
        <translation>&apos;%1&apos; van &apos;%2&apos; kan niet worden verplaatst terwijl deze niet verbonden is: libvirt laat de apparaten van de gast zoals ze zijn.</translation>
    </message>
    <message>
        <source>Connect it to a network or bridge of %1.</source>
        <translation>Verbind deze met een netwerk of bridge van %1.</translation>
    </message>
    <message>
        <source>%1 has no network or bridge &apos;%2&apos; for &apos;%3&apos; of &apos;%4&apos;.</source>
        <translation>%1 heeft geen netwerk of bridge &apos;%2&apos; voor &apos;%3&apos; van &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Connect the adapter to a network of %1 here, or define and start &apos;%2&apos; there (virsh net-define, net-start; a bridge with ip link or nmcli).</source>
        <translation>Verbind de adapter hier met een netwerk van %1, of definieer en start &apos;%2&apos; daar (virsh net-define, net-start; een bridge met ip link of nmcli).</translation>
    </message>
    <message>
        <source>%1 already defines &apos;%2&apos; (UUID %3).</source>
        <translation>%1 definieert &apos;%2&apos; al (UUID %3).</translation>
    </message>
    <message>
        <source>Undefine the stale definition on %1 (virsh undefine), then move again.</source>
        <translation>Verwijder de verouderde definitie op %1 (virsh undefine) en verplaats opnieuw.</translation>
    </message>
    <message>
        <source>%1 already has a domain named &apos;%2&apos;.</source>
        <translation>%1 heeft al een domein met de naam &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Rename one of them (virsh domrename) before the move.</source>
        <translation>Wijzig de naam van een van beide (virsh domrename) vóór de verplaatsing.</translation>
    </message>
    <message>
        <source>%1 has no active storage pool at %2 for disk %3 of &apos;%4&apos;.</source>
        <translation>%1 heeft geen actieve opslagpool op %2 voor schijf %3 van &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Define and start a directory pool there (virsh pool-define-as NAME dir --target %1; virsh pool-start NAME): libvirt creates the disk in it during the move.</source>
        <translation>Definieer en start daar een directorypool (virsh pool-define-as NAME dir --target %1; virsh pool-start NAME): libvirt maakt de schijf daarin aan tijdens de verplaatsing.</translation>
    </message>
    <message>
        <source>%1 cannot reach disk %2 of &apos;%3&apos; (%4): it is not on storage both hosts share.</source>
        <translation>%1 kan schijf %2 van &apos;%3&apos; (%4) niet bereiken: deze staat niet op opslag die beide hosts delen.</translation>
    </message>
    <message>
        <source>Choose to move the virtual machine&apos;s data as well (shared-nothing live migration).</source>
        <translation>Kies ervoor ook de gegevens van de virtuele machine te verplaatsen (livemigratie zonder gedeelde opslag).</translation>
    </message>
    <message>
        <source>Only the definition of &apos;%1&apos; moves: %2 must find disk %3 at %4 itself.</source>
        <translation>Alleen de definitie van &apos;%1&apos; wordt verplaatst: %2 moet schijf %3 zelf vinden op %4.</translation>
    </message>
    <message>
        <source>Copy the disk there first, or put it on storage both hosts share.</source>
        <translation>Kopieer de schijf er eerst naartoe, of plaats deze op opslag die beide hosts delen.</translation>
    </message>
    <message>
        <source>Comparing the processors of %1 and %2...</source>
        <translation>De processors van %1 en %2 worden vergeleken...</translation>
    </message>
    <message>
        <source>%1&apos;s processor lacks features of %2&apos;s: &apos;%3&apos; could not continue there (virConnectCompareCPU).</source>
        <translation>De processor van %1 mist functies van die van %2: &apos;%3&apos; kan daar niet verdergaan (virConnectCompareCPU).</translation>
    </message>
    <message>
        <source>Give the domain a CPU model both hosts support (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; with a common model), or shut it down and move it off.</source>
        <translation>Geef het domein een CPU-model dat beide hosts ondersteunen (virsh edit: &lt;cpu mode=&apos;custom&apos;&gt; met een gemeenschappelijk model), of sluit het af en verplaats het dan.</translation>
    </message>
    <message>
        <source>%1 could not compare processors (%2); the move checks them when it starts.</source>
        <translation>%1 kan de processors niet vergelijken (%2); de verplaatsing controleert ze bij het starten.</translation>
    </message>
    <message>
        <source>The move is peer to peer: %1&apos;s libvirtd connects to %2 itself, as root.</source>
        <translation>De verplaatsing is peer-to-peer: libvirtd van %1 maakt zelf verbinding met %2, als root.</translation>
    </message>
    <message>
        <source>For qemu+ssh, root on %1 needs an SSH key that %2 accepts.</source>
        <translation>Voor qemu+ssh heeft root op %1 een SSH-sleutel nodig die %2 accepteert.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test hypervisor cannot migrate: the move will fail.</source>
        <translation>De testhypervisor van libvirt kan niet migreren: de verplaatsing zal mislukken.</translation>
    </message>
    <message>
        <source>Move between KVM hosts (qemu:// URIs).</source>
        <translation>Verplaatsen tussen KVM-hosts (qemu://-URI&apos;s).</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::HostConnection</name>
    <message>
        <source>No keychain is available to hold credentials for %1.</source>
        <translation>Er is geen sleutelhanger beschikbaar om referenties voor %1 te bewaren.</translation>
    </message>
    <message>
        <source>No credentials are stored for %1.</source>
        <translation>Er zijn geen referenties opgeslagen voor %1.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>De sleutelhanger kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No credentials for %1: %2</source>
        <translation>Geen referenties voor %1: %2</translation>
    </message>
    <message>
        <source>Store credentials for %1 in the keychain, or connect from the Connect to Server dialog, which asks for them.</source>
        <translation>Sla referenties voor %1 op in de sleutelhanger, of maak verbinding via het dialoogvenster Verbinding maken met server, dat erom vraagt.</translation>
    </message>
    <message>
        <source>Connecting to %1 was cancelled: no credentials were given.</source>
        <translation>Verbinding maken met %1 is geannuleerd: er zijn geen referenties opgegeven.</translation>
    </message>
    <message>
        <source>Connect again and enter a user name and password.</source>
        <translation>Maak opnieuw verbinding en voer een gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of &apos;%2&apos;.</source>
        <translation>%1 heeft de referenties van &apos;%2&apos; geweigerd.</translation>
    </message>
    <message>
        <source>%1 did not finish connecting within %2 s.</source>
        <translation>%1 heeft de verbinding niet binnen %2 s voltooid.</translation>
    </message>
    <message>
        <source>Check that the host is running and not overloaded, and that the network to it is not congested; then retry.</source>
        <translation>Controleer of de host actief en niet overbelast is, en of het netwerk ernaartoe niet overbelast is; probeer het daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::JobWatcher</name>
    <message>
        <source>Cancelling the job</source>
        <translation>Taak wordt geannuleerd</translation>
    </message>
    <message>
        <source>Lost the connection while following the job: %1</source>
        <translation>Verbinding verbroken tijdens het volgen van de taak: %1</translation>
    </message>
    <message>
        <source>The host no longer lists the job; its outcome is unknown.</source>
        <translation>De host vermeldt de taak niet meer; het resultaat is onbekend.</translation>
    </message>
    <message>
        <source>Refresh and check the virtual machine.</source>
        <translation>Vernieuw en controleer de virtuele machine.</translation>
    </message>
    <message>
        <source>%1: the host denied access (%2).</source>
        <translation>%1: de host heeft de toegang geweigerd (%2).</translation>
    </message>
    <message>
        <source>Connect with an account in the host&apos;s Hyper-V Administrators group.</source>
        <translation>Maak verbinding met een account in de groep Hyper-V Administrators van de host.</translation>
    </message>
    <message>
        <source>%1: the host does not support this (%2).</source>
        <translation>%1: de host ondersteunt dit niet (%2).</translation>
    </message>
    <message>
        <source>%1: the host refused a parameter (%2).</source>
        <translation>%1: de host heeft een parameter geweigerd (%2).</translation>
    </message>
    <message>
        <source>Refresh the connection and try again.</source>
        <translation>Vernieuw de verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1: not possible in the virtual machine&apos;s current state (%2).</source>
        <translation>%1: niet mogelijk in de huidige toestand van de virtuele machine (%2).</translation>
    </message>
    <message>
        <source>%1: the virtual machine is busy with another operation (%2).</source>
        <translation>%1: de virtuele machine is bezig met een andere bewerking (%2).</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished, then try again.</source>
        <translation>Wacht tot de huidige bewerking is voltooid en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>%1: not enough memory on the host (%2).</source>
        <translation>%1: onvoldoende geheugen op de host (%2).</translation>
    </message>
    <message>
        <source>%1: a file was not found on the host (%2).</source>
        <translation>%1: een bestand is niet gevonden op de host (%2).</translation>
    </message>
    <message>
        <source>%1 failed on the host with code %2.</source>
        <translation>%1 is mislukt op de host met code %2.</translation>
    </message>
</context>
<context>
    <name>hvdesk::remote::RemoteBackend</name>
    <message>
        <source>Hyper-V hosts over WS-Management: wsman+https://host[:5986], wsman+http://host[:5985] (more hosts with ?host=name[:port])</source>
        <translation>Hyper-V-hosts via WS-Management: wsman+https://host[:5986], wsman+http://host[:5985] (meer hosts met ?host=name[:port])</translation>
    </message>
    <message>
        <source>%1 (WS-Management)</source>
        <translation>%1 (WS-Management)</translation>
    </message>
    <message>
        <source>%1, cluster %2 (WS-Management)</source>
        <translation>%1, cluster %2 (WS-Management)</translation>
    </message>
    <message>
        <source>%1 has no MSFT_NetAdapterRssSettingData / MSFT_NetAdapterVmqSettingData (root/StandardCimv2).</source>
        <translation>%1 heeft geen MSFT_NetAdapterRssSettingData / MSFT_NetAdapterVmqSettingData (root/StandardCimv2).</translation>
    </message>
    <message>
        <source>%1 (%2) does not offer configuration version upgrades (no UpgradeSystemVersion).</source>
        <translation>%1 (%2) biedt geen upgrades van de configuratieversie aan (geen UpgradeSystemVersion).</translation>
    </message>
    <message>
        <source>%1 has no Msvm_VirtualSystemMigrationService.</source>
        <translation>%1 heeft geen Msvm_VirtualSystemMigrationService.</translation>
    </message>
    <message>
        <source>%1: the connection to %2 was lost; what is shown is the last known state.</source>
        <translation>%1: de verbinding met %2 is verbroken; wat wordt weergegeven is de laatst bekende toestand.</translation>
    </message>
    <message>
        <source>%1: not connected to %2.</source>
        <translation>%1: niet verbonden met %2.</translation>
    </message>
    <message>
        <source>Reconnect, then try again.</source>
        <translation>Maak opnieuw verbinding en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Cannot shut down &apos;%1&apos;: the host lists no shutdown integration component for it.</source>
        <translation>Kan &apos;%1&apos; niet afsluiten: de host vermeldt er geen integratieonderdeel voor afsluiten voor.</translation>
    </message>
    <message>
        <source>Use Turn Off, or enable Operating system shutdown in Settings &gt; Integration Services.</source>
        <translation>Gebruik Uitschakelen, of schakel Afsluiten van besturingssysteem in via Instellingen &gt; Integratieservices.</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>Instellingen toepassen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>hardware acceleration, VLAN, bandwidth or advanced features of %1</source>
        <translation>hardwareversnelling, VLAN, bandbreedte of geavanceerde functies van %1</translation>
    </message>
    <message>
        <source>new features of %1</source>
        <translation>nieuwe functies van %1</translation>
    </message>
    <message>
        <source>removed features of %1</source>
        <translation>verwijderde functies van %1</translation>
    </message>
    <message>
        <source>name, MAC address or protection of %1</source>
        <translation>naam, MAC-adres of beveiliging van %1</translation>
    </message>
    <message>
        <source>disconnect %1</source>
        <translation>%1 loskoppelen</translation>
    </message>
    <message>
        <source>connect %1 to &apos;%2&apos;</source>
        <translation>%1 verbinden met &apos;%2&apos;</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>integration services (%1)</source>
        <translation>integratieservices (%1)</translation>
    </message>
    <message>
        <source>Move storage</source>
        <translation>Opslag verplaatsen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>No host named &apos;%1&apos; is on this connection.</source>
        <translation>Er is geen host met de naam &apos;%1&apos; in deze verbinding.</translation>
    </message>
    <message>
        <source>Choose one of this connection&apos;s hosts: moves between connections are not supported.</source>
        <translation>Kies een van de hosts van deze verbinding: verplaatsen tussen verbindingen wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>move the storage of &apos;%1&apos;</source>
        <translation>de opslag van &apos;%1&apos; verplaatsen</translation>
    </message>
    <message>
        <source>move &apos;%1&apos; to %2</source>
        <translation>&apos;%1&apos; verplaatsen naar %2</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-instellingen</translation>
    </message>
    <message>
        <source>live and storage migration settings of %1</source>
        <translation>instellingen voor livemigratie en opslagmigratie van %1</translation>
    </message>
    <message>
        <source>remove the migration networks of %1</source>
        <translation>de migratienetwerken van %1 verwijderen</translation>
    </message>
    <message>
        <source>migration networks of %1</source>
        <translation>migratienetwerken van %1</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no DVD drive to insert the setup disk into.</source>
        <translation>&apos;%1&apos; heeft geen dvd-station om het installatiemedium in te voegen.</translation>
    </message>
    <message>
        <source>Add a DVD drive to the virtual machine in Hyper-V Manager, then try again.</source>
        <translation>Voeg in Hyper-V-beheer een dvd-station toe aan de virtuele machine en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>insert the setup disk into &apos;%1&apos;</source>
        <translation>het installatiemedium invoegen in &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Configuratieversie bijwerken</translation>
    </message>
    <message>
        <source>upgrade the configuration version of &apos;%1&apos;</source>
        <translation>de configuratieversie van &apos;%1&apos; bijwerken</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Ontvangstschaling instellen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>enable RSS on %1</source>
        <translation>RSS inschakelen op %1</translation>
    </message>
    <message>
        <source>enable VMQ on %1</source>
        <translation>VMQ inschakelen op %1</translation>
    </message>
    <message>
        <source>disable RSS on %1</source>
        <translation>RSS uitschakelen op %1</translation>
    </message>
    <message>
        <source>disable VMQ on %1</source>
        <translation>VMQ uitschakelen op %1</translation>
    </message>
    <message>
        <source>Asking %1 whether it can make this move (CheckVirtualSystemIsMigratableToHost)...</source>
        <translation>%1 wordt gevraagd of deze verplaatsing mogelijk is (CheckVirtualSystemIsMigratableToHost)...</translation>
    </message>
    <message>
        <source>%1 could not check the move itself: CheckVirtualSystemIsMigratableToHost failed: %2</source>
        <translation>%1 kon de verplaatsing zelf niet controleren: CheckVirtualSystemIsMigratableToHost is mislukt: %2</translation>
    </message>
    <message>
        <source>The move can still start; %1 checks it again then.</source>
        <translation>De verplaatsing kan nog steeds worden gestart; %1 controleert deze dan opnieuw.</translation>
    </message>
    <message>
        <source>it gives no reason (IsMigratable is false).</source>
        <translation>er wordt geen reden opgegeven (IsMigratable is false).</translation>
    </message>
    <message>
        <source>%1&apos;s own check refuses the move: %2</source>
        <translation>De eigen controle van %1 weigert de verplaatsing: %2</translation>
    </message>
    <message>
        <source>The host&apos;s verdict: fix what it names on %1 or %2, or choose differently.</source>
        <translation>Oordeel van de host: los op wat deze noemt op %1 of %2, of maak een andere keuze.</translation>
    </message>
    <message>
        <source>%1&apos;s own check accepts the move (CheckVirtualSystemIsMigratableToHost).</source>
        <translation>De eigen controle van %1 accepteert de verplaatsing (CheckVirtualSystemIsMigratableToHost).</translation>
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
        <translation>De verbinding met de host is gesloten.</translation>
    </message>
    <message>
        <source>%1 Nothing was applied; not applied: %2.</source>
        <translation>%1 Er is niets toegepast; niet toegepast: %2.</translation>
    </message>
    <message>
        <source>%1 Applied: %2. Not applied: %3.</source>
        <translation>%1 Toegepast: %2. Niet toegepast: %3.</translation>
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
    <message>
        <source>Move storage</source>
        <translation>Opslag verplaatsen</translation>
    </message>
    <message>
        <source>Hyper-V Settings</source>
        <translation>Hyper-V-instellingen</translation>
    </message>
    <message>
        <source>Insert Integration Services Setup Disk</source>
        <translation>Installatiemedium voor integratieservices invoegen</translation>
    </message>
    <message>
        <source>Upgrade Configuration Version</source>
        <translation>Upgrade uitvoeren van configuratieversie</translation>
    </message>
    <message>
        <source>Set receive scaling</source>
        <translation>Ontvangstschaling instellen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>hvdesk::simd::SimdServer</name>
    <message>
        <source>Cannot create the state directory &apos;%1&apos;.</source>
        <translation>Kan de statusmap &apos;%1&apos; niet maken.</translation>
    </message>
    <message>
        <source>Choose a writable directory with --state-dir.</source>
        <translation>Kies een beschrijfbare map met --state-dir.</translation>
    </message>
</context>
<context>
    <name>hvdesk::simd::SimulationHost</name>
    <message>
        <source>No job has the id %1.</source>
        <translation>Er is geen taak met de id %1.</translation>
    </message>
    <message>
        <source>The job &apos;%1&apos; cannot be cancelled now.</source>
        <translation>De taak &apos;%1&apos; kan nu niet worden geannuleerd.</translation>
    </message>
</context>
<context>
    <name>hvdesk::wsman::WsmanClient</name>
    <message>
        <source>&apos;%1&apos; is not a WS-Management address.</source>
        <translation>&apos;%1&apos; is geen WS-Management-adres.</translation>
    </message>
    <message>
        <source>Write it as https://host:5986/wsman.</source>
        <translation>Schrijf het als https://host:5986/wsman.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 is not allowed: the password and all data would cross the network unencrypted.</source>
        <translation>Onversleuteld HTTP naar %1 is niet toegestaan: het wachtwoord en alle gegevens zouden onversleuteld over het netwerk gaan.</translation>
    </message>
    <message>
        <source>Use https://%1:5986/wsman, or allow plain HTTP explicitly for this connection.</source>
        <translation>Gebruik https://%1:5986/wsman, of sta onversleuteld HTTP expliciet toe voor deze verbinding.</translation>
    </message>
    <message>
        <source>%1 sent a response larger than %2 MB.</source>
        <translation>%1 heeft een antwoord verzonden dat groter is dan %2 MB.</translation>
    </message>
    <message>
        <source>Ask for fewer items per request (MaxElements).</source>
        <translation>Vraag minder items per aanvraag op (MaxElements).</translation>
    </message>
    <message>
        <source>%1 did not accept the connection within %2 s.</source>
        <translation>%1 heeft de verbinding niet binnen %2 s geaccepteerd.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 heeft niet binnen %2 s geantwoord.</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable; a busy host may need a longer timeout.</source>
        <translation>Controleer of de host actief en bereikbaar is; een drukbezette host heeft mogelijk een langere time-out nodig.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: it was %2 when you trusted it, it is now %3. The connection was refused.</source>
        <translation>Het certificaat van %1 is gewijzigd: het was %2 toen u het vertrouwde, nu is het %3. De verbinding is geweigerd.</translation>
    </message>
    <message>
        <source>If the host&apos;s certificate was replaced on purpose, remove the pin for %1 from the trusted certificates and connect again; otherwise someone may be intercepting the connection.</source>
        <translation>Als het certificaat van de host bewust is vervangen, verwijdert u de pin voor %1 uit de vertrouwde certificaten en maakt u opnieuw verbinding; anders onderschept iemand mogelijk de verbinding.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Het certificaat van %1 wordt niet vertrouwd: %2</translation>
    </message>
    <message>
        <source>Install the host&apos;s CA certificate, or connect where you can accept it.</source>
        <translation>Installeer het CA-certificaat van de host, of maak verbinding waar u het kunt accepteren.</translation>
    </message>
    <message>
        <source>certificate not yet trusted</source>
        <translation>certificaat nog niet vertrouwd</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 heeft de verbinding geweigerd.</translation>
    </message>
    <message>
        <source>Check that WinRM listens there (winrm quickconfig -transport:https) and that the firewall lets port %1 through.</source>
        <translation>Controleer of WinRM daar luistert (winrm quickconfig -transport:https) en of de firewall poort %1 doorlaat.</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation>De hostnaam %1 kan niet worden omgezet.</translation>
    </message>
    <message>
        <source>Check the name, or use the host&apos;s IP address.</source>
        <translation>Controleer de naam, of gebruik het IP-adres van de host.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>Check that the host is running and reachable.</source>
        <translation>Controleer of de host actief en bereikbaar is.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>De TLS-verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Check that the address uses the HTTPS listener (port 5986) and that the host&apos;s certificate is usable.</source>
        <translation>Controleer of het adres de HTTPS-listener gebruikt (poort 5986) en of het certificaat van de host bruikbaar is.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>De verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>Check the network and that the host is running.</source>
        <translation>Controleer het netwerk en of de host actief is.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of %2.</source>
        <translation>%1 heeft de referenties van %2 geweigerd.</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(geen gebruiker)</translation>
    </message>
    <message>
        <source>Check the user name and password. Basic authentication needs a local account on the host and must be enabled there: winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord. Basisverificatie vereist een lokaal account op de host en moet daar zijn ingeschakeld: winrm set winrm/config/service/auth @{Basic=&quot;true&quot;}.</translation>
    </message>
    <message>
        <source>%1 refused a request of %2 bytes as too large.</source>
        <translation>%1 heeft een aanvraag van %2 bytes geweigerd omdat deze te groot is.</translation>
    </message>
    <message>
        <source>Change fewer settings at once, or raise MaxEnvelopeSizekb on the host.</source>
        <translation>Wijzig minder instellingen tegelijk, of verhoog MaxEnvelopeSizekb op de host.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 heeft geantwoord met HTTP %2 %3.</translation>
    </message>
    <message>
        <source>Check the path of the address (normally /wsman).</source>
        <translation>Controleer het pad van het adres (normaal /wsman).</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service.</source>
        <translation>Controleer of het adres naar een WS-Management-service verwijst.</translation>
    </message>
    <message>
        <source>You did not trust the certificate of %1 (SHA-256 %2).</source>
        <translation>U hebt het certificaat van %1 niet vertrouwd (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Connect again and accept the certificate if its fingerprint is the host&apos;s.</source>
        <translation>Maak opnieuw verbinding en accepteer het certificaat als de vingerafdruk die van de host is.</translation>
    </message>
    <message>
        <source>the host had closed the connection; sent again on a new one</source>
        <translation>de host had de verbinding gesloten; opnieuw verzonden via een nieuwe</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering; the change may or may not have been applied.</source>
        <translation>%1 heeft de verbinding gesloten zonder te antwoorden; de wijziging is mogelijk wel of niet toegepast.</translation>
    </message>
    <message>
        <source>Refresh to see the host&apos;s current state, then make the change again if it is missing.</source>
        <translation>Vernieuw om de huidige toestand van de host te zien en breng de wijziging opnieuw aan als die ontbreekt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer the request %2 within %3 s (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 heeft niet binnen %3 s geantwoord op de aanvraag %2 (%n poging).</numerusform>
            <numerusform>%1 heeft niet binnen %3 s geantwoord op de aanvraag %2 (%n pogingen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that the host is running and not overloaded, and that nothing between slows the connection.</source>
        <translation>Controleer of de host actief en niet overbelast is, en of niets daartussen de verbinding vertraagt.</translation>
    </message>
    <message>
        <source>Check that the address points to a WS-Management service (normally https://host:5986/wsman) and that nothing between rewrites its answers.</source>
        <translation>Controleer of het adres naar een WS-Management-service verwijst (normaal https://host:5986/wsman) en of niets daartussen de antwoorden herschrijft.</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with %3 instead of %4.</source>
        <translation>%1 heeft op de aanvraag %2 geantwoord met %3 in plaats van %4.</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with the answer to another request (RelatesTo &apos;%3&apos;, expected &apos;%4&apos;).</source>
        <translation>%1 heeft op de aanvraag %2 geantwoord met het antwoord op een andere aanvraag (RelatesTo &apos;%3&apos;, verwacht &apos;%4&apos;).</translation>
    </message>
    <message>
        <source>%1 answered the request %2 with a body of %3 instead of %4.</source>
        <translation>%1 heeft op de aanvraag %2 geantwoord met een body van %3 in plaats van %4.</translation>
    </message>
</context>
<context>
    <name>hvdesk::wsman::WsmanServer</name>
    <message>
        <source>TLS is not available: Qt has no TLS backend.</source>
        <translation>TLS is niet beschikbaar: Qt heeft geen TLS-back-end.</translation>
    </message>
    <message>
        <source>Install Qt&apos;s OpenSSL plug-in (libssl3).</source>
        <translation>Installeer de OpenSSL-invoegtoepassing van Qt (libssl3).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3.</source>
        <translation>Kan niet luisteren op %1:%2: %3.</translation>
    </message>
    <message>
        <source>Choose another port, or stop the program that uses it.</source>
        <translation>Kies een andere poort, of stop het programma dat deze gebruikt.</translation>
    </message>
</context>
</TS>
