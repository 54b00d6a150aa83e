#!/usr/bin/python3
"""The wsl tools (wslenum) against hvdesk-simd: a WQL-filtered enumeration of the running VMs,
compared with the topology the simulator serves. wsl writes MessageIDs without the "uuid:" prefix
and pulls one item at a time; it runs with a temporary HOME so no user configuration is touched."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from simd_process import Simd, PASSWORD, USER, expected_vms, fail  # noqa: E402

WQL = "http://schemas.microsoft.com/wbem/wsman/1/WQL"
V2 = "http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--simd", required=True)
    parser.add_argument("--topology", required=True)
    parser.add_argument("--scheme", choices=["http", "https"], default="http")
    args = parser.parse_args()
    for tool in ("wslenum", "curl", "xmllint", "uuidgen"):
        if not shutil.which(tool):
            print("SKIP: %s is not installed (scripts/setup.sh installs wsl, curl, libxml2-utils, uuid-runtime)" % tool)
            sys.exit(77)

    simd = Simd(args.simd, args.topology, https=args.scheme == "https", speed=1)
    home = tempfile.TemporaryDirectory(prefix="hvdesk-wsl-home-")
    try:
        failures = []
        for host in ("crusader", "paladin"):
            url, _ = simd.endpoints[host]
            endpoint = url.split("://", 1)[1].split("/", 1)[0]
            with open(os.path.join(home.name, ".wsl-config"), "w", encoding="utf-8") as f:
                f.write("OUTLEVEL=1\nKEEPHISTORY=0\nWGETTIMEOUTSECS=20\n")
                if args.scheme == "http":
                    f.write("WSNOSSL=true\n")
            env = dict(os.environ, HOME=home.name, WSENDPOINT=endpoint, WSUSER=USER, WSPASS=PASSWORD, WSAUTOMATED="1")
            query = "SELECT * FROM Msvm_ComputerSystem WHERE EnabledState = 2 AND Caption = 'Virtual Machine'"
            result = subprocess.run(["wslenum", V2 + "Msvm_ComputerSystem", "-filter", query, "-dialect", WQL],
                                    cwd=home.name, env=env, capture_output=True, text=True, timeout=120)
            names = sorted(set(re.findall(r"<p:ElementName>([^<]*)</p:ElementName>", result.stdout)))
            expected = sorted(name for name, state in expected_vms(args.topology, host).items() if state == 2)
            print("%s (%s): wslenum -filter \"%s\"" % (host, endpoint, query))
            print("  wslenum sees running: " + ", ".join(names))
            print("  simulator runs:       " + ", ".join(expected))
            if "Fault" in result.stdout or result.returncode != 0:
                failures.append("%s: wslenum failed (%d): %s %s" % (host, result.returncode, result.stdout[-2000:], result.stderr[-500:]))
            elif names != expected:
                failures.append("%s: the running VMs differ" % host)
        if failures:
            fail("; ".join(failures))
        print("PASSED")
    finally:
        home.cleanup()
        code = simd.stop()
        if code != 0:
            fail("hvdesk-simd ended with %s on SIGTERM" % code)


if __name__ == "__main__":
    main()
