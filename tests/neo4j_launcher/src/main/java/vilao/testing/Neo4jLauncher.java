package vilao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Test-only launcher: an embedded Neo4j 5 Community DBMS with its Bolt connector on
 * 127.0.0.1:PORT, auth disabled, HTTP off, small memory footprint.
 *
 * <pre>
 * java -cp "target/classes:target/dependency/*" vilao.testing.Neo4jLauncher DATA_DIR PORT [--ignore-stdin]
 * </pre>
 *
 * Prints {@code VILAO-NEO4J-READY bolt://127.0.0.1:PORT} on stdout once the default
 * database is available. Shuts down cleanly on SIGTERM/SIGINT (shutdown hook) or when
 * stdin reaches EOF (so a parent that dies takes the server with it); pass
 * {@code --ignore-stdin} to run it by hand with stdin redirected from /dev/null.
 */
public final class Neo4jLauncher {
    private static final String HOST = "127.0.0.1";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--ignore-stdin"))) {
            System.err.println("usage: Neo4jLauncher DATA_DIR PORT [--ignore-stdin]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port;
        try {
            port = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            System.err.println("Neo4jLauncher: PORT must be an integer, got: " + args[1]);
            System.exit(2);
            return;
        }
        boolean watchStdin = args.length < 3;
        // With VILAO_NEO4J_PASSWORD set, authentication is on and the user neo4j has that password.
        String password = System.getenv("VILAO_NEO4J_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                    .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, ByteUnit.mebiBytes(128))
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Test server: don't spend ~10 s in Netty's graceful Bolt shutdown.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            // Summarise the cause chain last, so a tail of stderr shows why it failed.
            StringBuilder why = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                why.append(why.length() == 0 ? "" : " <- caused by: ").append(c);
            }
            System.err.println("Neo4jLauncher: failed to start Neo4j on " + HOST + ":" + port + ": " + why);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                    System.out.println("VILAO-NEO4J-STOPPED");
                    System.out.flush();
                } catch (Throwable t) {
                    System.err.println("Neo4jLauncher: error during shutdown: " + t);
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "vilao-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            System.err.println("Neo4jLauncher: default database did not become available in 120 s");
            System.exit(1);
        }

        if (auth) {
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
            } catch (RuntimeException e) {
                // Started again on the same data: the user has this password already.
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    throw e;
                }
            }
        }

        System.out.println("VILAO-NEO4J-READY bolt://" + HOST + ":" + port);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                try {
                    while (in.read(buf) != -1) {
                        // ignore input; we only care about EOF
                    }
                } catch (IOException ignored) {
                    // treat a broken stdin like EOF
                }
                System.exit(0); // runs the shutdown hook
            }, "vilao-neo4j-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Keep the main thread alive; exit happens via System.exit / signals.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }
}
