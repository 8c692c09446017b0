package org.algos.domain.testkit;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditChainHead;
import org.algos.domain.audit.AuditCheckpoints;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditFacts;
import org.algos.domain.audit.AuditGroupCommit;
import org.algos.domain.audit.AuditSealer;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.audit.QueuedAuditEvent;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.document.ClinicalDocument;
import org.algos.domain.message.PatientMessage;
import org.algos.domain.patient.Patient;
import org.algos.domain.patient.PatientContact;
import org.algos.domain.review.BreakGlassReview;
import org.algos.domain.user.Caller;
import org.algos.domain.user.ClinicUser;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A module's persistence without a server, as a JUnit extension on a static field: per test class
 * a fresh in-memory H2 database, migrated by Flyway from the modules' own folders as the
 * application migrates it, an EclipseLink RESOURCE_LOCAL unit of the listed entities, and
 * services wired with a real access guard and audit trail, a caller the test chooses and a
 * fixed clock.
 *
 * <p>Each {@link #call} runs in its own transaction with a fresh persistence context, as each
 * request does on the server: what a test reads back comes from the database, not from the
 * entities it just wrote. A failure rolls the transaction back unless it is an application
 * exception with {@code rollback = false} ({@code AccessDeniedException}), which commits so that
 * the audit event of the refused attempt stays, as the EJB container does.
 */
public final class InMemoryDatabase implements BeforeAllCallback, AfterAllCallback {

    /** "Now" of every test: a Monday morning, UTC. */
    public static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");

    /** The entities of the shared kernel, which every module's unit lists. */
    public static final List<Class<?>> DOMAIN_ENTITIES = List.of(Patient.class, ClinicUser.class,
            CareTeamMember.class, BreakGlassGrant.class, AuditEvent.class, AuditChainHead.class, AuditFacts.class,
            QueuedAuditEvent.class, ClinicalDocument.class, BreakGlassReview.class, PatientContact.class,
            PatientMessage.class);

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final List<String> modules;
    private final List<Class<?>> entities;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final FixedCaller caller = new FixedCaller();
    private final MapTransactionRegistry registry = new MapTransactionRegistry();
    private final EntityManager transactionScoped = transactionScopedEntityManager();
    private final People people = new People(this);

    private final String url;
    private final String user;
    private final String password;
    private DataSource dataSource;
    private String unitName;
    private Path auditFiles;
    private AuditCheckpoints checkpoints;
    private AuditSealer sealer;
    private EntityManagerFactory factory;
    private EntityManager current;
    private ServiceWiring wiring;
    private AuditTrail audit;
    private PatientAccessGuard guard;

    private InMemoryDatabase(List<String> modules, List<Class<?>> entities) {
        this(modules, entities, null, null, null);
    }

    private InMemoryDatabase(List<String> modules, List<Class<?>> entities, String url, String user, String password) {
        this.modules = List.copyOf(modules);
        this.entities = List.copyOf(entities);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The domain's tables on a database the test names (an H2 file, a PostgreSQL database), to
     * test what outlives the application: the database is left as it is after the class.
     */
    public static InMemoryDatabase forDomainAt(String url, String user, String password) {
        return new InMemoryDatabase(List.of("domain"), DOMAIN_ENTITIES, url, user, password);
    }

    /** The domain's tables and entities only. */
    public static InMemoryDatabase forDomain() {
        return new InMemoryDatabase(List.of("domain"), DOMAIN_ENTITIES);
    }

    /**
     * The domain's and one feature module's migrations ({@code db/migration/<module>/...}) and
     * entities, the unit web's persistence.xml would give that module.
     */
    public static InMemoryDatabase forModule(String module, Class<?>... moduleEntities) {
        return new InMemoryDatabase(List.of("domain", module),
                Stream.concat(DOMAIN_ENTITIES.stream(), Arrays.stream(moduleEntities)).toList());
    }

    /**
     * The domain's and several feature modules' migrations with the entities of one unit that
     * maps them all ({@code entities} include the domain's), as web's persistence.xml assembles them.
     */
    public static InMemoryDatabase forModules(List<String> modules, List<Class<?>> entities) {
        return new InMemoryDatabase(Stream.concat(Stream.of("domain"), modules.stream()).toList(), entities);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open(context.getRequiredTestClass().getSimpleName() + "-" + DATABASES.incrementAndGet());
    }

    /**
     * Migrates the database and starts the application on it (what {@link #beforeAll} does for
     * an extension); {@code name} names the in-memory database and the persistence unit.
     */
    public void open(String name) {
        FLYWAY_LOG.setLevel(Level.WARNING); // migrations are the application's; their progress is noise here
        dataSource = url == null ? memory(name) : new UrlDataSource(url, user, password);
        String vendor = url != null && url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(modules.stream().flatMap(m -> Stream.of("classpath:db/migration/" + m + "/common",
                        "classpath:db/migration/" + m + "/" + vendor)).toArray(String[]::new))
                .failOnMissingLocations(false)
                // one user migrates and runs here, so the PostgreSQL grants callback has nothing to grant
                .placeholders(Map.of("algosRuntimeRole", user == null ? "" : user))
                .load()
                .migrate();
        unitName = name;
        try {
            auditFiles = Files.createTempDirectory("algos-audit-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    private static DataSource memory(String name) {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return memory;
    }

    /** Starts the application on the database: a new persistence unit, services and sequencer. */
    public void start() {
        factory = new PersistenceProvider().createContainerEntityManagerFactory(
                new ListedUnit(unitName + "-" + DATABASES.incrementAndGet(), entities, dataSource,
                        url != null && url.startsWith("jdbc:postgresql:")), Map.of());
        checkpoints = new AuditCheckpoints(auditFiles.resolve("signing-key.pem"), auditFiles.resolve("checkpoints.log"),
                null);
        audit = new ServiceWiring(transactionScoped, registry, List.of(clock, caller, new AuditGroupCommit(dataSource)))
                .build(AuditTrail.class, List.of());
        sealer = new ServiceWiring(transactionScoped, registry, List.of(clock, checkpoints))
                .build(AuditSealer.class, List.of());
        guard = new ServiceWiring(transactionScoped, registry, List.of(clock, caller, audit))
                .build(PatientAccessGuard.class, List.of());
        wiring = new ServiceWiring(transactionScoped, registry, List.of(clock, caller, audit, guard, sealer,
                checkpoints));
    }

    /** Stops the application, sealing what is queued first, as the server does at shutdown. */
    public void stop() throws SQLException {
        seal();
        factory.close();
        closeH2File();
    }

    /** Closes an H2 file database for good (it stays open between connections otherwise). */
    public void closeH2File() throws SQLException {
        if (url != null && url.startsWith("jdbc:h2:file:")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
        }
    }

    /** The sequencer of the running application. */
    public AuditSealer sealer() {
        return sealer;
    }

    /** A plain connection to the database, as whoever edits it from outside the application. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Where the signing key and the checkpoint log of this database's audit trail are. */
    public Path auditFiles() {
        return auditFiles;
    }

    public AuditCheckpoints checkpoints() {
        return checkpoints;
    }

    /** Seals the queued audit events, as the sequencer does within a second on the server. */
    public int seal() {
        return call(() -> sealer.sealPending());
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        close();
    }

    /** Stops the application; an in-memory database is dropped, a named one left as it is. */
    public void close() throws SQLException {
        if (factory != null && factory.isOpen()) {
            factory.close();
        }
        if (url == null) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown"); // DB_CLOSE_DELAY=-1 keeps it until told
            }
        }
    }

    /**
     * A service as the container would build it. {@code collaborators} fill the {@code @Inject}
     * fields the harness does not (ports of other modules, an eligibility engine).
     */
    public <T> T service(Class<T> type, Object... collaborators) {
        return wiring.build(type, List.of(collaborators));
    }

    /** Who calls the services from now on. */
    public void actAs(Caller who) {
        caller.set(who);
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public PatientAccessGuard guard() {
        return guard;
    }

    /** Patients, users and care teams to test with. */
    public People people() {
        return people;
    }

    /** Runs the work in a transaction and returns its result. */
    public <T> T call(Supplier<T> work) {
        return inTransaction(em -> work.get());
    }

    /** Runs the work in a transaction with its entity manager (to set up data) and returns its result. */
    public <T> T call(Function<EntityManager, T> work) {
        return inTransaction(work);
    }

    public void run(Runnable work) {
        inTransaction(em -> {
            work.run();
            return null;
        });
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The audit trail as committed, oldest first, once the sequencer has sealed what is queued. */
    public List<AuditEvent> auditEvents() {
        seal();
        return call(em -> em.createQuery("select e from AuditEvent e order by e.id", AuditEvent.class).getResultList());
    }

    /** The committed audit events of one user, oldest first. */
    public List<AuditEvent> auditEventsOf(Caller who) {
        return auditEvents().stream().filter(e -> e.username().equals(who.username())).toList();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        if (current != null) {
            throw new IllegalStateException("A transaction is already running; calls do not nest");
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        current = em;
        registry.begin(transaction);
        try {
            T result = work.apply(em);
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            end(transaction, e);
            throw e;
        } finally {
            registry.end();
            current = null;
            em.close();
        }
    }

    private static void end(EntityTransaction transaction, RuntimeException cause) {
        if (!transaction.isActive()) {
            return;
        }
        try {
            if (commitsDespite(cause) && !transaction.getRollbackOnly()) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** An application exception marked {@code rollback = false} leaves the transaction to commit. */
    private static boolean commitsDespite(RuntimeException e) {
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            ApplicationException marker = c.getAnnotation(ApplicationException.class);
            if (marker != null) {
                return !marker.rollback() && (c == e.getClass() || marker.inherited());
            }
        }
        return false; // a system exception rolls back
    }

    /** What a service's {@code @PersistenceContext} holds: the entity manager of the running transaction. */
    private EntityManager transactionScopedEntityManager() {
        return (EntityManager) Proxy.newProxyInstance(InMemoryDatabase.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "transaction-scoped EntityManager";
                        };
                    }
                    if (current == null) {
                        throw new IllegalStateException("No transaction: wrap the service call in call(...) or run(...)");
                    }
                    try {
                        return method.invoke(current, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
