"""A TCP proxy on loopback that can freeze the connections it already carries.

It reproduces the silent failure of celery #8030/#10205 on demand: a worker whose broker
connections stay open but never deliver again. After ``freeze()`` the connections opened so far
neither forward nor close (the worker sees no error, only silence); connections opened later are
forwarded as usual. A few dozen lines of sockets and threads: no library offers a proxy that
freezes some of its connections and not others.
"""

from __future__ import annotations

import contextlib
import socket
import threading


class FreezingProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.generation = 0
        self.sockets: list[socket.socket] = []
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            self.sockets += [client, upstream]
            generation = self.generation
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink, generation), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, generation: int) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if generation < self.generation:
                return  # frozen: drop what came, forward nothing more, close nothing
            if not data:
                for s in (source, sink):
                    with contextlib.suppress(OSError):
                        s.shutdown(socket.SHUT_RDWR)
                return
            try:
                sink.sendall(data)
            except OSError:
                return

    def freeze(self) -> None:
        """From now on the connections opened so far carry nothing and stay open."""
        self.generation += 1

    def close(self) -> None:
        self.closed = True
        self.listener.close()
        for s in self.sockets:
            with contextlib.suppress(OSError):
                s.close()
