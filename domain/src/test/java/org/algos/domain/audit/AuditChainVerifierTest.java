package org.algos.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain checked against signed checkpoints, without a database: eight events sealed in
 * batches of two, the first two before links were keyed (as on a trail older than keyed links).
 */
class AuditChainVerifierTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 28, 9, 0);
    private static final Instant SEALED = Instant.parse("2026-11-28T09:10:00Z");

    @TempDir
    Path dir;

    private AuditCheckpoints checkpoints;
    private AuditChainHead head;
    private List<AuditEvent> events;

    @BeforeEach
    void sealEightEvents() throws ReflectiveOperationException {
        checkpoints = new AuditCheckpoints(dir.resolve("key.pem"), dir.resolve("checkpoints.log"), null);
        head = new AuditChainHead();
        set(head, AuditChainHead.class, "lastHash", AuditHash.GENESIS);
        events = new ArrayList<>();
        seal(2, null); // legacy: plain SHA-256 links, then the first checkpoint keys the rest
        checkpoints.publish(2, head.lastHash(), 3, SEALED);
        for (int batch = 0; batch < 3; batch++) {
            seal(2, checkpoints.linkKey());
            checkpoints.publish(head.lastEventId(), head.lastHash(), 3, SEALED.plusSeconds(batch + 1));
        }
    }

    private void seal(int count, byte[] key) {
        for (int i = 0; i < count; i++) {
            AuditFacts facts = new AuditFacts(T0.plusMinutes(events.size()), "dr.lee", "physician",
                    AuditRecord.success(AuditAction.READ, 7L, "Patient/7", "treatment", "demographics", false));
            events.add(head.seal(facts, key));
        }
    }

    private AuditVerification verify(List<AuditEvent> chain) {
        try (Stream<AuditCheckpoint> log = checkpoints.all()) {
            AuditChainVerifier verifier = checkpoints.verifier(log.iterator());
            for (AuditEvent e : chain) {
                if (!verifier.accept(e)) {
                    break;
                }
            }
            AuditEvent last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
            return verifier.finish(last == null ? 0 : last.id(), last == null ? AuditHash.GENESIS : last.hash());
        }
    }

    private static void set(Object target, Class<?> type, String field, Object value) throws ReflectiveOperationException {
        Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    private AuditFacts factsOf(AuditEvent event) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField("facts");
        f.setAccessible(true);
        return (AuditFacts) f.get(event);
    }

    @Test
    void anUntouchedChainIsIntactUpToItsNewestCheckpoint() {
        AuditVerification result = verify(events);
        assertTrue(result.intact(), result.message());
        assertEquals(8, result.eventsChecked());
        assertTrue(result.message().contains("checkpoint at event 8"), result.message());
        assertEquals(AuditHash.GENESIS, events.get(0).prevHash());
        assertEquals(events.get(0).hash(), events.get(1).prevHash());
    }

    @Test
    void anAlteredFieldIsFoundAtItsEvent() throws ReflectiveOperationException {
        set(factsOf(events.get(4)), AuditFacts.class, "username", "someone.else");
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenEventId());
        assertTrue(result.message().contains("altered"), result.message());
    }

    @Test
    void aRemovedEventIsFound() {
        events.remove(3);
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(4L, result.firstBrokenEventId());
        assertTrue(result.message().contains("missing"), result.message());
    }

    @Test
    void theNewestEventsRemovedWithTheHeadMovedBackAreFoundAgainstTheCheckpoint() {
        List<AuditEvent> truncated = new ArrayList<>(events.subList(0, 5));
        AuditVerification result = verify(truncated); // the head is taken from the new last event
        assertFalse(result.intact());
        assertEquals(6L, result.firstBrokenEventId());
        assertTrue(result.message().contains("reached event 6"), result.message());
    }

    @Test
    void everythingRemovedIsFound() {
        AuditVerification result = verify(List.of());
        assertFalse(result.intact());
        assertEquals(1L, result.firstBrokenEventId());
    }

    @Test
    void aRewrittenEventWhoseLaterLinksAreRecomputedWithoutTheKeyIsFoundAtIt() throws ReflectiveOperationException {
        byte[] guessed = new byte[32];
        String previous = events.get(3).hash();
        set(factsOf(events.get(4)), AuditFacts.class, "detail", "nothing to see");
        for (AuditEvent e : events.subList(4, 8)) {
            set(e, AuditEvent.class, "prevHash", previous);
            set(e, AuditEvent.class, "hash", e.computeHash(guessed));
            previous = e.hash();
        }
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenEventId());
    }

    @Test
    void aRewrittenUnkeyedEventWithRecomputedLinksIsFoundByTheCheckpointAfterIt() throws ReflectiveOperationException {
        set(factsOf(events.get(1)), AuditFacts.class, "detail", "nothing to see");
        set(events.get(1), AuditEvent.class, "hash", events.get(1).computeHash(null));
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(1L, result.firstBrokenEventId(), "the unkeyed stretch before the first checkpoint: events 1 to 2");
        assertTrue(result.message().contains("events 1 to 2"), result.message());
    }

    @Test
    void anInsertedEventIsFound() {
        AuditFacts facts = new AuditFacts(T0, "intruder", "physician",
                AuditRecord.success(AuditAction.READ, 7L, "Patient/7", "treatment", "inserted", false));
        AuditChainHead fork = new AuditChainHead();
        List<AuditEvent> chain = new ArrayList<>(events.subList(0, 4));
        try {
            set(fork, AuditChainHead.class, "lastEventId", 4L);
            set(fork, AuditChainHead.class, "lastHash", events.get(3).hash());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        chain.add(fork.seal(facts, new byte[32]));
        chain.addAll(events.subList(4, 8));
        AuditVerification result = verify(chain);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenEventId());
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsRefused() {
        AuditCheckpoints other = new AuditCheckpoints(dir.resolve("other.pem"), dir.resolve("checkpoints.log"), null);
        other.publish(8, head.lastHash(), 3, SEALED.plusSeconds(60));
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertTrue(result.message().contains("not signed"), result.message());
    }

    @Test
    void verificationResumesAfterACheckpointVerifiedBefore() {
        AuditCheckpoint six = checkpoints.at(6).orElseThrow();
        try (Stream<AuditCheckpoint> log = checkpoints.all()) {
            AuditChainVerifier verifier = checkpoints.verifier(log.iterator());
            verifier.resumeAfter(six, events.get(5));
            events.subList(6, 8).forEach(verifier::accept);
            AuditVerification result = verifier.finish(8, head.lastHash());
            assertTrue(result.intact(), result.message());
            assertEquals(2, result.eventsChecked(), "only the events after the checkpoint are read again");
        }
    }

    @Test
    void theNewestCheckpointsAreListedFirst() {
        List<AuditCheckpoint> newest = checkpoints.newest(0, 3);
        assertEquals(List.of(8L, 6L, 4L), newest.stream().map(AuditCheckpoint::position).toList());
        assertEquals(List.of(2L), checkpoints.newest(3, 5).stream().map(AuditCheckpoint::position).toList());
        assertTrue(checkpoints.signed(newest.get(0)));
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, "ab", "c"), AuditHash.of(AuditHash.GENESIS, "a", "bc"));
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, (Object) null), AuditHash.of(AuditHash.GENESIS, ""));
    }
}
