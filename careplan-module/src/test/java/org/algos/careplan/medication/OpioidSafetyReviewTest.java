package org.algos.careplan.medication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.algos.careplan.medication.OpioidSafetyReview.Item;
import org.algos.careplan.medication.OpioidSafetyReview.Status;
import org.junit.jupiter.api.Test;

class OpioidSafetyReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final OpioidSafetyReview review = new OpioidSafetyReview();

    private Map<String, Item> reviewed(OpioidSafetyDates dates) {
        List<Item> items = review.review(dates, TODAY);
        return items.stream().collect(Collectors.toMap(Item::code, Function.identity()));
    }

    @Test
    void itemsArePressedFromFiftyMmeADay() {
        assertFalse(OpioidSafetyReview.applies(MmeLevel.BELOW_50));
        assertTrue(OpioidSafetyReview.applies(MmeLevel.FROM_50_TO_89));
        assertTrue(OpioidSafetyReview.applies(MmeLevel.AT_LEAST_90));
    }

    @Test
    void nothingRecordedLeavesEveryItemMissingWithItsSource() {
        Map<String, Item> items = reviewed(OpioidSafetyDates.NONE);
        assertEquals(List.of("treatmentAgreement", "drugScreen", "pdmpCheck", "naloxone"),
                review.review(OpioidSafetyDates.NONE, TODAY).stream().map(Item::code).toList());
        items.values().forEach(item -> {
            assertEquals(Status.MISSING, item.status(), item.code());
            assertNull(item.recordedOn());
            assertFalse(item.message().isBlank());
        });
        assertTrue(items.get("naloxone").source().endsWith("recommendation 8"));
        assertTrue(items.get("pdmpCheck").source().endsWith("recommendation 9"));
        assertTrue(items.get("drugScreen").source().endsWith("recommendation 10"));
    }

    @Test
    void recordedDatesAreShownWithoutMessage() {
        LocalDate longAgo = TODAY.minusYears(3);
        Map<String, Item> items = reviewed(new OpioidSafetyDates(longAgo, longAgo, "negative", TODAY, longAgo));
        items.values().forEach(item -> assertEquals(Status.RECORDED, item.status(), item.code()));
        // The guideline sets no interval for drug screens or the agreement, so old dates are not flagged.
        assertEquals(longAgo, items.get("drugScreen").recordedOn());
        assertNull(items.get("treatmentAgreement").message());
    }

    @Test
    void pdmpCheckExactlyThreeMonthsAgoIsCurrentOneDayMoreIsOverdue() {
        LocalDate threeMonthsAgo = LocalDate.of(2026, 8, 28);
        assertEquals(Status.RECORDED,
                reviewed(new OpioidSafetyDates(null, null, null, threeMonthsAgo, null)).get("pdmpCheck").status());
        Item overdue = reviewed(new OpioidSafetyDates(null, null, null, threeMonthsAgo.minusDays(1), null)).get("pdmpCheck");
        assertEquals(Status.OVERDUE, overdue.status());
        assertEquals(threeMonthsAgo.minusDays(1), overdue.recordedOn());
        assertTrue(overdue.message().contains("3 months"));
    }
}
