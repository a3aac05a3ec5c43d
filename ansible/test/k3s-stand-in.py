#!/usr/bin/python3
"""Stands in for the k3s binary in the Ansible drill (k3s cannot be downloaded here): answers --version,
and otherwise tells systemd it is ready (Type=notify, as k3s server does) and idles."""
import os
import socket
import sys
import time

if sys.argv[1:2] == ["--version"]:
    print("k3s version v0.0.0+stand-in (the Ansible drill's stand-in, not k3s)")
    sys.exit(0)
address = os.environ.get("NOTIFY_SOCKET")
if address:
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as notify:
        notify.connect("\0" + address[1:] if address.startswith("@") else address)
        notify.send(b"READY=1")
while True:
    time.sleep(3600)
