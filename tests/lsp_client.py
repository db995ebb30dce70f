"""A small Language Server Protocol client for msklint's tests and benchmark:
starts `msklint server`, writes framed JSON-RPC messages to it and reads its
replies with a deadline."""

import json
import os
import select
import subprocess
import time


class Server:
    def __init__(self, msklint, cwd, args=("server", "--stdio")):
        self.process = subprocess.Popen([msklint, *args], cwd=cwd, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 1
        self.notifications = []  # read while waiting for something else

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def send_raw(self, data):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=60):
        """Sends a request; returns (its response, seconds it took)."""
        request_id = self.next_id
        self.next_id += 1
        start = time.monotonic()
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            message = self.read(timeout)
            if message.get("id") == request_id and "method" not in message:
                return message, time.monotonic() - start
            self.notifications.append(message)

    def wait_for(self, method, timeout=60, where=lambda params: True):
        """The first notification of `method` (already read or coming) whose params pass `where`."""
        for i, message in enumerate(self.notifications):
            if message.get("method") == method and where(message["params"]):
                return self.notifications.pop(i)["params"]
        while True:
            message = self.read(timeout)
            if message.get("method") == method and where(message["params"]):
                return message["params"]
            self.notifications.append(message)

    def read(self, timeout):
        deadline = time.monotonic() + timeout
        while True:
            header_end = self.buffer.find(b"\r\n\r\n")
            if header_end >= 0:
                headers = self.buffer[:header_end].decode("ascii").split("\r\n")
                length = next(int(h.split(":", 1)[1]) for h in headers if h.lower().startswith("content-length:"))
                if len(self.buffer) >= header_end + 4 + length:
                    body = self.buffer[header_end + 4:header_end + 4 + length]
                    self.buffer = self.buffer[header_end + 4 + length:]
                    return json.loads(body)
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("msklint server did not answer in time")
            ready, _, _ = select.select([self.process.stdout], [], [], left)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    raise EOFError("msklint server closed its output; stderr: " + self.process.stderr.read().decode())
                self.buffer += chunk

    def drain(self, seconds):
        """Reads whatever arrives within `seconds` into the notifications."""
        end = time.monotonic() + seconds
        while True:
            try:
                self.notifications.append(self.read(max(0.0, end - time.monotonic())))
            except TimeoutError:
                return

    def finish(self, timeout=30):
        self.process.stdin.close()
        code = self.process.wait(timeout)
        return code, self.process.stderr.read().decode()
