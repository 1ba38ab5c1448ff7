package com.loopin.pictures;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy (an S3-compatible server, from Maven Central) in a process of its own, keeping objects in memory: the
 * tests' stand-in for AWS S3, Supabase Storage, R2 or MinIO. Its jar comes from the build (system property
 * {@code s3proxy.jar}, set by the POM) and stays off the test class path.
 */
final class S3CompatibleServer implements AutoCloseable {

    static final String ACCESS_KEY = "local-identity";
    static final String SECRET_KEY = "local-credential";

    private final Process process;
    private final int port;

    private S3CompatibleServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3CompatibleServer start() throws IOException, InterruptedException {
        String jar = System.getProperty("s3proxy.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("s3proxy.jar is not set: run the tests through Maven");
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path settings = Files.createTempFile("s3proxy", ".conf");
        Files.writeString(
                settings,
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + ACCESS_KEY,
                        "s3proxy.credential=" + SECRET_KEY,
                        "jclouds.provider=transient",
                        "jclouds.identity=unused",
                        "jclouds.credential=unused"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar, "--properties", settings.toString())
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("s3proxy", ".log").toFile())
                .start();
        var server = new S3CompatibleServer(process, port);
        server.awaitListening();
        return server;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    S3Client client() {
        return S3Client.builder()
                .requestChecksumCalculation(
                        software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(
                        software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .build();
    }

    @Override
    public void close() {
        process.destroy();
    }

    private void awaitListening() throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited at start");
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy did not listen within a minute");
    }
}
