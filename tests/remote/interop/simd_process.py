"""Starts hvdesk-simd for an interoperability test and stops it again, bounded in time."""
import os
import signal
import subprocess
import sys
import tempfile
import time

PASSWORD = "interop-Secret-1"  # a test account of a throw-away simulator on 127.0.0.1
USER = "hvdesk"
STATES = {"running": 2, "off": 3, "saved": 6, "paused": 9}


class Simd:
    def __init__(self, binary, topology, https, speed=20):
        self.state_dir = tempfile.TemporaryDirectory(prefix="hvdesk-simd-interop-")
        env = dict(os.environ, HVDESK_SIMD_PASSWORD=PASSWORD)
        args = [binary, "--topology", "sim:" + topology, "--port", "0", "--state-dir", self.state_dir.name,
                "--user", USER, "--speed", str(speed)]
        if not https:
            args.append("--http")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.endpoints = {}  # host name -> (url, sha256)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("hvdesk-simd ended before it was ready: " + self.process.stderr.read())
            parts = line.split()
            if parts == ["ready"]:
                return
            if len(parts) >= 2:
                self.endpoints[parts[0]] = (parts[1], parts[3] if len(parts) >= 4 else "")
        self.stop()
        raise RuntimeError("hvdesk-simd did not get ready within 30 s")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.state_dir.cleanup()
        return self.process.returncode


def expected_vms(topology_path, host):
    """The VMs the topology puts on `host`: name -> EnabledState."""
    import json
    with open(topology_path, encoding="utf-8") as f:
        topology = json.load(f)
    return {vm["name"]: STATES[vm["state"]] for vm in topology["vms"] if vm["host"] == host}


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)
