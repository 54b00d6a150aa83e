#!/usr/bin/python3
"""pywinrm (python3-winrm) against hvdesk-simd: Enumerate/Pull of Msvm_ComputerSystem, Get of one
VM, Invoke of RequestStateChange, and the job followed to completion. pywinrm has no Enumerate
helper, so the envelopes are written here and sent through its transport; responses are read with
xml.etree. Everything each side sees is printed and compared with the topology the simulator
serves."""
import argparse
import sys
import time
import uuid
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

sys.path.insert(0, __import__("os").path.dirname(__file__))
from simd_process import Simd, PASSWORD, USER, expected_vms, fail  # noqa: E402

# pywinrm lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override server_cert_validation='ignore'; the
# simulator's certificate is self-signed, so this process does without them.
for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
    __import__("os").environ.pop(variable, None)

try:
    import winrm
except ImportError:
    print("SKIP: python3-winrm is not installed (scripts/setup.sh installs it)")
    sys.exit(77)

NS = {
    "s": "http://www.w3.org/2003/05/soap-envelope",
    "a": "http://schemas.xmlsoap.org/ws/2004/08/addressing",
    "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd",
    "n": "http://schemas.xmlsoap.org/ws/2004/09/enumeration",
}
V2 = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
ACTIONS = {
    "Enumerate": "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate",
    "Pull": "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull",
    "Get": "http://schemas.xmlsoap.org/ws/2004/09/transfer/Get",
}


def envelope(to, resource, action, body, selectors=None):
    sel = ""
    if selectors:
        sel = "<w:SelectorSet>" + "".join(
            '<w:Selector Name="%s">%s</w:Selector>' % (k, escape(v)) for k, v in selectors) + "</w:SelectorSet>"
    return ('<s:Envelope xmlns:s="%(s)s" xmlns:a="%(a)s" xmlns:w="%(w)s" xmlns:n="%(n)s"><s:Header>'
            '<a:To>%(to)s</a:To><w:ResourceURI s:mustUnderstand="true">%(res)s</w:ResourceURI>'
            '<a:ReplyTo><a:Address s:mustUnderstand="true">http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo>'
            '<a:Action s:mustUnderstand="true">%(action)s</a:Action><w:MaxEnvelopeSize s:mustUnderstand="true">512000</w:MaxEnvelopeSize>'
            '<a:MessageID>uuid:%(id)s</a:MessageID><w:Locale xml:lang="en-US" s:mustUnderstand="false"/>'
            '<w:OperationTimeout>PT60S</w:OperationTimeout>%(sel)s</s:Header><s:Body>%(body)s</s:Body></s:Envelope>'
            % dict(NS, to=to, res=resource, action=action, id=str(uuid.uuid4()).upper(), sel=sel, body=body))


def local(tag):
    return tag.split("}", 1)[-1]


def instance(element):
    """A WMI object's properties: name -> text (or list of texts for repeated elements)."""
    props = {}
    for child in element:
        name = local(child.tag)
        value = child.text or ""
        if name in props:
            props[name] = props[name] if isinstance(props[name], list) else [props[name]]
            props[name].append(value)
        else:
            props[name] = value
    return props


def enumerate_all(protocol, to, resource):
    root = ET.fromstring(protocol.send_message(envelope(
        to, resource, ACTIONS["Enumerate"], "<n:Enumerate><w:OptimizeEnumeration/><w:MaxElements>5</w:MaxElements></n:Enumerate>")))
    items, trips = [], 1
    while True:
        body = root.find("s:Body", NS)
        response = body[0]
        for container in response.iter():
            if local(container.tag) == "Items":
                items.extend(instance(i) for i in container)
        context = response.find(".//n:EnumerationContext", NS)
        if response.find(".//w:EndOfSequence", NS) is not None or response.find(".//n:EndOfSequence", NS) is not None \
                or context is None:
            return items, trips
        root = ET.fromstring(protocol.send_message(envelope(
            to, resource, ACTIONS["Pull"],
            "<n:Pull><n:EnumerationContext>%s</n:EnumerationContext><n:MaxElements>5</n:MaxElements></n:Pull>" % context.text)))
        trips += 1


def get(protocol, to, resource, selectors):
    root = ET.fromstring(protocol.send_message(envelope(to, resource, ACTIONS["Get"], "", selectors)))
    return instance(root.find("s:Body", NS)[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--simd", required=True)
    parser.add_argument("--topology", required=True)
    parser.add_argument("--scheme", choices=["http", "https"], default="http")
    args = parser.parse_args()

    simd = Simd(args.simd, args.topology, https=args.scheme == "https")
    try:
        host = "crusader"
        url, fingerprint = simd.endpoints[host]
        print("hvdesk-simd %s endpoint: %s %s" % (host, url, fingerprint))
        # Basic authentication: 'plaintext' over HTTP, 'ssl' (Basic over HTTPS) with the
        # self-signed certificate not validated.
        protocol = winrm.Protocol(url, transport="plaintext" if args.scheme == "http" else "ssl", username=USER,
                                  password=PASSWORD, server_cert_validation="ignore")

        systems, trips = enumerate_all(protocol, url, V2 + "Msvm_ComputerSystem")
        seen = {s["ElementName"]: int(s["EnabledState"]) for s in systems if s.get("Caption") == "Virtual Machine"}
        expected = expected_vms(args.topology, host)
        print("Enumerate + Pull in %d round trips" % trips)
        print("pywinrm sees:   " + ", ".join("%s=%d" % kv for kv in sorted(seen.items())))
        print("simulator has:  " + ", ".join("%s=%d" % kv for kv in sorted(expected.items())))
        if seen != expected:
            fail("the VMs and states differ")

        off = sorted(name for name, state in seen.items() if state == 3)
        if not off:
            fail("no VM is off on %s" % host)
        target = next(s for s in systems if s.get("ElementName") == off[0])
        selectors = [("CreationClassName", "Msvm_ComputerSystem"), ("Name", target["Name"])]
        got = get(protocol, url, V2 + "Msvm_ComputerSystem", selectors)
        print("Get %s: ElementName=%s EnabledState=%s" % (target["Name"], got["ElementName"], got["EnabledState"]))
        if got["ElementName"] != off[0] or got["EnabledState"] != "3":
            fail("Get returned another VM or state")

        # Invoke RequestStateChange(2): ReturnValue 4096 and a job to follow.
        body = ('<p:RequestStateChange_INPUT xmlns:p="%sMsvm_ComputerSystem"><p:RequestedState>2</p:RequestedState>'
                '</p:RequestStateChange_INPUT>' % V2)
        root = ET.fromstring(protocol.send_message(envelope(url, V2 + "Msvm_ComputerSystem",
                                                            V2 + "Msvm_ComputerSystem/RequestStateChange", body, selectors)))
        output = root.find("s:Body", NS)[0]
        values = {local(c.tag): c for c in output}
        print("RequestStateChange(2): ReturnValue=%s" % values["ReturnValue"].text)
        if values["ReturnValue"].text != "4096":
            fail("expected ReturnValue 4096 (job started)")
        job_selectors = [(s.get("Name"), s.text) for s in values["Job"].iter() if local(s.tag) == "Selector"]
        deadline = time.monotonic() + 30
        while True:
            job = get(protocol, url, V2 + "Msvm_ConcreteJob", job_selectors)
            if int(job["JobState"]) >= 7 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        print("job %s: JobState=%s PercentComplete=%s" % (job["InstanceID"], job["JobState"], job["PercentComplete"]))
        if job["JobState"] != "7":
            fail("the job did not complete: %s" % job.get("ErrorDescription"))
        after = get(protocol, url, V2 + "Msvm_ComputerSystem", selectors)
        print("after the job: %s EnabledState=%s" % (after["ElementName"], after["EnabledState"]))
        if after["EnabledState"] != "2":
            fail("the VM is not running")
        print("PASSED")
    finally:
        code = simd.stop()
        if code != 0:
            fail("hvdesk-simd ended with %s on SIGTERM" % code)


if __name__ == "__main__":
    main()
