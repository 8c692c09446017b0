package org.algos.domain.testkit;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
import org.algos.domain.access.BreakGlassGrant;
import org.algos.domain.access.PatientAccessGuard;
import org.algos.domain.audit.AuditChainHead;
import org.algos.domain.audit.AuditEvent;
import org.algos.domain.audit.AuditTrail;
import org.algos.domain.careteam.CareTeamMember;
import org.algos.domain.patient.Patient;
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
            CareTeamMember.class, BreakGlassGrant.class, AuditEvent.class, AuditChainHead.class);

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

    private JdbcDataSource dataSource;
    private EntityManagerFactory factory;
    private EntityManager current;
    private ServiceWiring wiring;
    private AuditTrail audit;
    private PatientAccessGuard guard;

    private InMemoryDatabase(List<String> modules, List<Class<?>> entities) {
        this.modules = List.copyOf(modules);
        this.entities = List.copyOf(entities);
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

    @Override
    public void beforeAll(ExtensionContext context) {
        FLYWAY_LOG.setLevel(Level.WARNING); // migrations are the application's; their progress is noise here
        // One name for the database and the unit: EclipseLink keeps deployed units (and their
        // sessions) by name, so each test class gets a unit of its own, never one left by another.
        String name = context.getRequiredTestClass().getSimpleName() + "-" + DATABASES.incrementAndGet();
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        Flyway.configure(Thread.currentThread().getContextClassLoader())
                .dataSource(dataSource)
                .locations(modules.stream().flatMap(m -> Stream.of("classpath:db/migration/" + m + "/common",
                        "classpath:db/migration/" + m + "/h2")).toArray(String[]::new))
                .failOnMissingLocations(false)
                .load()
                .migrate();
        factory = new PersistenceProvider().createContainerEntityManagerFactory(
                new ListedUnit(name, entities, dataSource), Map.of());
        audit = new ServiceWiring(transactionScoped, registry, List.of(clock, caller)).build(AuditTrail.class, List.of());
        guard = new ServiceWiring(transactionScoped, registry, List.of(clock, caller, audit))
                .build(PatientAccessGuard.class, List.of());
        wiring = new ServiceWiring(transactionScoped, registry, List.of(clock, caller, audit, guard));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (factory != null) {
            factory.close();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown"); // DB_CLOSE_DELAY=-1 keeps it until told
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

    /** The audit trail as committed, oldest first. */
    public List<AuditEvent> auditEvents() {
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
