package org.healthequity.exchange.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A {@link SecondNode} for the tests of one class, as a JUnit extension: register it on a static field with
 * {@code @RegisterExtension}. The node starts the first time a test asks for it, against the database of the test's
 * own context, keeps running for the class's other tests, and is closed, with its data folder removed, after the last.
 * A test that takes the node down ({@link #stop()}) gets the same node back, on the same folder and id, the next time
 * it asks.
 */
public final class RunningNode implements BeforeEachCallback, AfterAllCallback {

    private final String nodeId;
    private final String[] properties;
    private @Nullable ApplicationContext primary;
    private @Nullable Path dataDir;
    private @Nullable SecondNode node;

    private RunningNode(String nodeId, String[] properties) {
        this.nodeId = nodeId;
        this.properties = properties;
    }

    /** A node with this id; {@code properties} ("name=value") override the defaults, as for {@link SecondNode}. */
    public static RunningNode named(String nodeId, String... properties) {
        return new RunningNode(nodeId, properties);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        primary = SpringExtension.getApplicationContext(extension);
    }

    /** The running node, started now if it is not running. */
    public SecondNode node() {
        if (node == null) {
            if (primary == null) {
                throw new IllegalStateException("RunningNode must be registered with @RegisterExtension on a static field");
            }
            node = SecondNode.start(primary, nodeId, dataDir(), properties);
        }
        return node;
    }

    public boolean isRunning() {
        return node != null;
    }

    /** Takes the node down, as a crash or a stop would; its data folder stays for its return. */
    public void stop() {
        if (node != null) {
            SecondNode stopping = node;
            node = null;
            stopping.close();
        }
    }

    public <T> T bean(Class<T> type) {
        return node().bean(type);
    }

    public int port() {
        return node().port();
    }

    @Override
    public void afterAll(ExtensionContext extension) throws IOException {
        stop();
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
            dataDir = null;
        }
        primary = null;
    }

    private Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("node-" + nodeId + "-");
            } catch (IOException e) {
                throw new IllegalStateException("No data folder for node " + nodeId, e);
            }
        }
        return dataDir;
    }
}
