package com.tradesense.marketdata.providers.massive;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal WebSocket server on the loopback interface (RFC 6455 handshake, unmasking of client text frames,
 * unmasked server frames) that plays Massive's socket: greets with {@code connected}, answers {@code auth} with
 * {@code auth_success} and records what clients send. Tests push frames, drop connections without a close frame
 * and refuse handshakes to play an outage.
 */
final class WebSocketStub implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<String> paths = new CopyOnWriteArrayList<>();
    volatile boolean refuse;
    volatile String authReply = "[{\"ev\":\"status\",\"status\":\"auth_success\",\"message\":\"authenticated\"}]";

    WebSocketStub() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "ws-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort());
    }

    int openConnections() {
        return (int) connections.stream().filter(s -> !s.isClosed()).count();
    }

    /** Sends a text frame to every open connection. */
    void broadcast(String text) throws IOException {
        for (Socket socket : connections) {
            if (!socket.isClosed()) {
                send(socket, text);
            }
        }
    }

    /** Closes every connection's TCP socket without a close frame: the network dropped. */
    void dropAll() throws IOException {
        for (Socket socket : connections) {
            socket.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread handler = new Thread(() -> handle(socket), "ws-stub-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void handle(Socket socket) {
        try (socket) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String requestLine = reader.readLine();
            String key = null;
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                if (line.toLowerCase().startsWith("sec-websocket-key:")) {
                    key = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            OutputStream out = socket.getOutputStream();
            if (refuse || key == null) {
                out.write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            paths.add(requestLine.split(" ")[1]);
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            connections.add(socket);
            send(socket, "[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
            // the reader buffered nothing past the blank line: the client waits for the 101 before framing
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                int opcode = first & 0x0f;
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] mask = new byte[4];
                if ((second & 0x80) != 0) {
                    in.readFully(mask);
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                if (opcode == 0x8) {
                    return;
                }
                if (opcode == 0x1) {
                    String text = new String(payload, StandardCharsets.UTF_8);
                    received.add(text);
                    if (text.contains("\"auth\"")) {
                        send(socket, authReply);
                    }
                }
            }
        } catch (IOException dropped) {
            // the test dropped it, or the client went away
        }
    }

    private static synchronized void send(Socket socket, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >> shift) & 0xff);
            }
        }
        out.write(payload);
        out.flush();
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropAll();
    }
}
