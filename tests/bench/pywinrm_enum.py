#!/usr/bin/python3
"""pywinrm doing what hvdesk_bench_remote_enum does: Enumerate (optimized) and Pull until
EndOfSequence over every Msvm_ComputerSystem of one endpoint, each response parsed with
xml.etree into per-object dictionaries. Prints wall time, the process's CPU time and round trips
per run."""
import os
import sys
import time
import uuid
import xml.etree.ElementTree as ET

# pywinrm lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override server_cert_validation='ignore'; the
# simulator's certificate is self-signed, so this process does without them.
for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
    __import__("os").environ.pop(variable, None)

import winrm

url, runs, max_elements = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
NS = {"s": "http://www.w3.org/2003/05/soap-envelope", "n": "http://schemas.xmlsoap.org/ws/2004/09/enumeration",
      "w": "http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"}
RES = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ComputerSystem"
HEAD = ('<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
        'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" xmlns:n="http://schemas.xmlsoap.org/ws/2004/09/enumeration">'
        '<s:Header><a:To>%s</a:To><w:ResourceURI s:mustUnderstand="true">%s</w:ResourceURI><a:ReplyTo><a:Address s:mustUnderstand="true">'
        'http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:Address></a:ReplyTo><a:Action s:mustUnderstand="true">%s</a:Action>'
        '<w:MaxEnvelopeSize s:mustUnderstand="true">512000</w:MaxEnvelopeSize><a:MessageID>uuid:%s</a:MessageID>'
        '<w:OperationTimeout>PT60S</w:OperationTimeout></s:Header><s:Body>%s</s:Body></s:Envelope>')


def send(protocol, action, body):
    return ET.fromstring(protocol.send_message(HEAD % (url, RES, action, uuid.uuid4(), body)))


protocol = winrm.Protocol(url, transport="ssl" if url.startswith("https") else "plaintext", username="hvdesk",
                          password=os.environ["HVDESK_SIMD_PASSWORD"], server_cert_validation="ignore")
for run in range(runs + 1):  # run 0 warms the connection up
    start = time.perf_counter()
    cpu_start = time.process_time()
    trips = 1
    root = send(protocol, "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate",
                "<n:Enumerate><w:OptimizeEnumeration/><w:MaxElements>%d</w:MaxElements></n:Enumerate>" % max_elements)
    objects = []
    while True:
        response = root.find("s:Body", NS)[0]
        for container in response.iter():
            if container.tag.endswith("}Items"):
                objects.extend({child.tag.split("}")[-1]: child.text for child in item} for item in container)
        context = response.find(".//n:EnumerationContext", NS)
        if context is None or response.find(".//w:EndOfSequence", NS) is not None or response.find(".//n:EndOfSequence", NS) is not None:
            break
        root = send(protocol, "http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull",
                    "<n:Pull><n:EnumerationContext>%s</n:EnumerationContext><n:MaxElements>%d</n:MaxElements></n:Pull>"
                    % (context.text, max_elements))
        trips += 1
    ms = (time.perf_counter() - start) * 1000
    cpu_ms = (time.process_time() - cpu_start) * 1000
    if run > 0:
        print("pywinrm run %d: %d objects in %.1f ms, client CPU %.1f ms, %d round trips" % (run, len(objects), ms, cpu_ms, trips))
