package org.algos.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 28, 9, 0);

    private AuditChainHead head;
    private List<AuditEvent> events;

    @BeforeEach
    void writeFiveEvents() throws ReflectiveOperationException {
        head = new AuditChainHead();
        Field hash = AuditChainHead.class.getDeclaredField("lastHash");
        hash.setAccessible(true);
        hash.set(head, AuditHash.GENESIS);
        events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(head.append(T0.plusMinutes(i), "dr.lee", "physician", AuditAction.READ, 7L, "Patient",
                    AuditOutcome.SUCCESS, "treatment", "demographics", false));
        }
    }

    private AuditVerification verify(List<AuditEvent> chain) {
        AuditChainVerifier verifier = new AuditChainVerifier();
        for (AuditEvent e : chain) {
            if (!verifier.accept(e)) {
                break;
            }
        }
        return verifier.finish(head.lastEventId(), head.lastHash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification result = verify(events);
        assertTrue(result.intact(), result.message());
        assertEquals(5, result.eventsChecked());
        assertEquals(1, events.get(0).id());
        assertEquals(AuditHash.GENESIS, events.get(0).prevHash());
        assertEquals(events.get(0).hash(), events.get(1).prevHash());
    }

    @Test
    void anAlteredFieldIsFoundAtItsEvent() throws ReflectiveOperationException {
        Field who = AuditEvent.class.getDeclaredField("username");
        who.setAccessible(true);
        who.set(events.get(2), "someone.else");
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenEventId());
        assertTrue(result.message().contains("altered"), result.message());
    }

    @Test
    void aRemovedEventIsFound() {
        events.remove(1);
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(2L, result.firstBrokenEventId());
        assertTrue(result.message().contains("missing"), result.message());
    }

    @Test
    void aRemovedLastEventIsFoundAgainstTheHead() {
        events.remove(4);
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(5L, result.firstBrokenEventId());
    }

    @Test
    void aRewrittenEventWithARecomputedHashBreaksTheNextLink() throws ReflectiveOperationException {
        AuditEvent forged = events.get(1);
        Field detail = AuditEvent.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(forged, "nothing to see");
        Field hash = AuditEvent.class.getDeclaredField("hash");
        hash.setAccessible(true);
        hash.set(forged, forged.computeHash());
        AuditVerification result = verify(events);
        assertFalse(result.intact());
        assertEquals(3L, result.firstBrokenEventId());
        assertTrue(result.message().contains("does not link"), result.message());
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, "ab", "c"), AuditHash.of(AuditHash.GENESIS, "a", "bc"));
        assertNotEquals(AuditHash.of(AuditHash.GENESIS, (Object) null), AuditHash.of(AuditHash.GENESIS, ""));
    }
}
