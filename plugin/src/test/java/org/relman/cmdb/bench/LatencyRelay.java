package org.relman.cmdb.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on loopback that holds every chunk of bytes for a fixed delay in each direction before passing it on,
 * so a benchmark on one machine sees the round trips of a LAN between Jira and its database (a Jira data center
 * node and PostgreSQL are rarely on one host). Chunks keep their order; bandwidth is not limited. Two threads per
 * direction and connection: one reads and stamps, one waits for the stamp to come due and writes. Thread hand-offs
 * add to the delay asked for, which is why the benchmark prints the round trip it measured.
 */
final class LatencyRelay implements AutoCloseable {
    private record Chunk(long dueNanos, byte[] bytes) {
    }

    private static final Chunk END = new Chunk(0, new byte[0]);
    /** The last stretch of a delay is spun, not parked: a parked thread wakes tens of microseconds late. */
    private static final long SPIN_NANOS = 80_000;

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final long delayNanos;
    private volatile boolean closed;

    LatencyRelay(String targetHost, int targetPort, double delayMs) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.delayNanos = Math.round(delayMs * 1_000_000);
        Thread acceptor = new Thread(this::accept, "latency-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket database = new Socket();
                database.connect(new InetSocketAddress(targetHost, targetPort));
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                pipe(client, database, "to-db");
                pipe(database, client, "from-db");
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("latency relay: " + e.getMessage());
                }
            }
        }
    }

    private void pipe(Socket from, Socket to, String name) throws IOException {
        BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        daemon(name + "-read", () -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    queue.add(new Chunk(System.nanoTime() + delayNanos, Arrays.copyOf(buffer, n)));
                }
            } catch (IOException e) {
                // the other side closed: pass the end on
            }
            queue.add(END);
        });
        daemon(name + "-write", () -> {
            try {
                for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                    for (long wait; (wait = chunk.dueNanos() - System.nanoTime()) > 0; ) {
                        if (wait > SPIN_NANOS) {
                            LockSupport.parkNanos(wait - SPIN_NANOS);
                        } else {
                            Thread.onSpinWait();
                        }
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side closed
            }
            closeQuietly(to);
            closeQuietly(from);
        });
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, "latency-relay-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
