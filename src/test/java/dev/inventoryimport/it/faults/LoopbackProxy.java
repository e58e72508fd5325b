package dev.inventoryimport.it.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on loopback between the service and its database, which a test can cut: every open
 * connection is closed and new ones are refused, as when the database goes down; restored, it
 * listens on the same port again.
 */
final class LoopbackProxy implements AutoCloseable {

    private final int port;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    LoopbackProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = probe.getLocalPort();
        probe.close();
        restore();
    }

    int port() {
        return port;
    }

    synchronized void restore() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread acceptor = new Thread(() -> accept(socket), "proxy-accept-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void cut() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // one side closed or cut: close both below
            } finally {
                close(from);
                close(to);
            }
        }, "proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void close(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
